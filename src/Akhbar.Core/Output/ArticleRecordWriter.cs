using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Akhbar.Core.Model;

namespace Akhbar.Core.Output;

/// <summary>Options of the JSON record that do not change its schema.</summary>
public sealed record RecordOptions
{
    /// <summary>Write the token layer (large: about ten times the size of the text).</summary>
    public bool IncludeTokens { get; init; }

    /// <summary>Indent the JSON for people; JSON Lines output is never indented.</summary>
    public bool Indented { get; init; }
}

/// <summary>
/// Writes a <see cref="Document"/> as the <c>akhbar.article/1</c> JSON record (docs/CONTRACT.md). Arabic is
/// written as UTF-8, not as \u escapes, so that records stay readable and small.
/// </summary>
public static class ArticleRecordWriter
{
    public const string Schema = "akhbar.article/1";

    private const int MaxKeptBuffer = 4 * 1024 * 1024;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonEncodedText[] KindNames = LowerCaseNames<TokenKind>();

    /// <summary><see cref="LinkedMention.KindName"/> of each kind, encoded once: the writer runs for every mention of every entity.</summary>
    private static readonly JsonEncodedText[] MentionKindNames = Enum.GetValues<MentionKind>().Select(k => JsonEncodedText.Encode(LinkedMention.KindName(k), Encoder)).ToArray();
    private static readonly JsonEncodedText[] RoleNames = LowerCaseNames<SegmentRole>();

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static void Write(Stream output, Document doc, RecordOptions options)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Encoder, Indented = options.Indented, SkipValidation = !options.Indented });
        Write(w, doc, options);
    }

    public static string ToJson(Document doc, RecordOptions options) => System.Text.Encoding.UTF8.GetString(ToUtf8(doc, options));

    /// <summary>
    /// The record as UTF-8 bytes. Batch runs call this once per article on every core, so each thread keeps
    /// one growing buffer instead of allocating a stream that doubles its way up to the record's size.
    /// </summary>
    public static byte[] ToUtf8(Document doc, RecordOptions options)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, Indented = options.Indented, SkipValidation = !options.Indented }))
        {
            Write(w, doc, options);
        }

        var bytes = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxKeptBuffer)
        {
            // One huge article must not pin its buffer on this thread for the rest of the run.
            t_buffer = null;
        }

        return bytes;
    }

    public static void Write(Utf8JsonWriter w, Document doc, RecordOptions options)
    {
        var raw = doc.Raw;
        w.WriteStartObject();
        w.WriteString(RecordNames.Schema, Schema);
        w.WriteString(RecordNames.Id, raw.Id);
        WriteNullable(w, "url", raw.Url);
        WriteNullable(w, "source", raw.Source);
        WriteNullable(w, "published", raw.Published?.DateText);
        WriteNullable(w, "published_time", raw.Published?.MomentText);

        w.WritePropertyName(RecordNames.Title);
        if (doc.Title is { } title)
        {
            w.WriteStartObject();
            w.WriteString(RecordNames.Text, doc.Slice(title));
            WriteSpan(w, doc, title);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteString(RecordNames.Text, doc.Text);

        w.WriteStartArray(RecordNames.Removed);
        foreach (var r in doc.Removed)
        {
            w.WriteStartObject();
            w.WriteNumber(RecordNames.RawStart, r.RawStart);
            w.WriteNumber(RecordNames.RawEnd, r.RawEnd);
            w.WriteString(RecordNames.Reason, ReasonName(r.Reason));
            if (r.Rule is not null)
            {
                w.WriteString(RecordNames.Rule, r.Rule);
            }

            w.WriteString(RecordNames.Text, r.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(RecordNames.Paragraphs);
        foreach (var p in doc.Paragraphs)
        {
            w.WriteStartObject();
            w.WriteNumber(RecordNames.Start, p.Span.Start);
            w.WriteNumber(RecordNames.End, p.Span.End);
            if (p.RawStart is { } rs && p.RawEnd is { } re)
            {
                w.WriteNumber(RecordNames.RawStart, rs);
                w.WriteNumber(RecordNames.RawEnd, re);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(RecordNames.Sentences);
        if (doc.HasSentences)
        {
            foreach (var s in doc.Sentences)
            {
                w.WriteStartObject();
                w.WriteNumber(RecordNames.Start, s.Span.Start);
                w.WriteNumber(RecordNames.End, s.Span.End);
                if (s.Paragraph >= 0)
                {
                    w.WriteNumber(RecordNames.Paragraph, s.Paragraph);
                }
                else
                {
                    w.WriteNull(RecordNames.Paragraph);
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndArray();

        if (options.IncludeTokens && doc.HasTokens)
        {
            WriteTokens(w, doc);
        }

        WriteEntities(w, doc);

        WriteQuotes(w, doc);
        WriteTimes(w, doc);

        WriteEvents(w, doc);

        w.WriteStartArray(RecordNames.Diagnostics);
        foreach (var d in doc.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString(RecordNames.Code, d.Code);
            w.WriteString(RecordNames.Message, d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (raw.Meta.Count > 0)
        {
            w.WriteStartObject(RecordNames.Meta);
            foreach (var (k, v) in raw.Meta)
            {
                w.WritePropertyName(k);
                v.WriteTo(w);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.Flush();
    }

    public static string ReasonName(RemovalReason reason) => reason switch
    {
        RemovalReason.DuplicateTitle => "duplicate-title",
        RemovalReason.AdPlaceholder => "ad-placeholder",
        RemovalReason.Boilerplate => "boilerplate",
        RemovalReason.Markup => "markup",
        RemovalReason.ControlChar => "control-char",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    private static void WriteTimes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray(RecordNames.Times);
        if (doc.HasTimes)
        {
            foreach (var t in doc.Times)
            {
                w.WriteStartObject();
                WriteSpan(w, doc, t.Span);
                w.WriteString(RecordNames.Text, doc.Text.AsSpan(t.Span.Start, t.Span.Length));
                w.WriteString(RecordNames.Type, TimeExpression.TypeName(t.Type));
                if (t.Values is { } values)
                {
                    w.WriteStartArray(RecordNames.Value);
                    foreach (var v in values)
                    {
                        w.WriteStringValue(v);
                    }

                    w.WriteEndArray();
                }
                else
                {
                    w.WriteString(RecordNames.Value, t.Value);
                }

                w.WriteBoolean(RecordNames.Anchored, t.Anchored);
                if (t.IsDateline)
                {
                    w.WriteBoolean(RecordNames.Dateline, true);
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// The linked entities when the linking stage ran; otherwise one entry per distinct (type, folded name),
    /// in order of first mention, with all its mentions, so that a pipeline without linking still reports names.
    /// </summary>
    private static void WriteEntities(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray(RecordNames.Entities);
        if (doc.HasLinkedEntities)
        {
            foreach (var e in doc.LinkedEntities)
            {
                WriteLinkedEntity(w, doc, e);
            }
        }
        else if (doc.HasEntities)
        {
            var groups = new Dictionary<(EntityType, string), List<EntityMention>>();
            var order = new List<(EntityType, string)>();
            foreach (var m in doc.Entities)
            {
                var key = (m.Type, Text.ArabicFolding.Fold(doc.Text.AsSpan(m.Span.Start, m.Span.Length)));
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                    order.Add(key);
                }

                list.Add(m);
            }

            for (var g = 0; g < order.Count; g++)
            {
                var key = order[g];
                var mentions = groups[key];
                w.WriteStartObject();
                w.WriteString(RecordNames.Id, "e" + (g + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString(RecordNames.Type, key.Item1.Label());
                w.WriteString(RecordNames.Name, doc.Slice(mentions[0].Span));
                w.WriteStartArray(RecordNames.Mentions);
                foreach (var m in mentions)
                {
                    w.WriteStartObject();
                    w.WriteNumber(RecordNames.Start, m.Span.Start);
                    w.WriteNumber(RecordNames.End, m.Span.End);
                    w.WriteString(RecordNames.Text, doc.Text.AsSpan(m.Span.Start, m.Span.Length));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    private static void WriteLinkedEntity(Utf8JsonWriter w, Document doc, Entity e)
    {
        w.WriteStartObject();
        w.WriteString(RecordNames.Id, e.Id);
        w.WriteString(RecordNames.Type, e.Type.Label());
        w.WriteString(RecordNames.Name, e.Name);
        WriteNullable(w, RecordNames.NameEn, e.NameEn);
        WriteNullable(w, RecordNames.Country, e.Country);
        w.WriteStartArray(RecordNames.Roles);
        foreach (var role in e.Roles)
        {
            w.WriteStringValue(role);
        }

        w.WriteEndArray();
        WriteNullable(w, RecordNames.Cameo, e.Cameo);

        // Written only when true, so that the records of named entities keep their fields.
        if (e.Descriptive)
        {
            w.WriteBoolean(RecordNames.Descriptive, true);
        }

        w.WritePropertyName(RecordNames.Geo);
        if (e.Geo is { } geo)
        {
            w.WriteStartObject();
            w.WriteNumber(RecordNames.Geonameid, geo.GeonameId);
            if (geo.Lat is { } lat && geo.Lon is { } lon)
            {
                w.WriteNumber(RecordNames.Lat, lat);
                w.WriteNumber(RecordNames.Lon, lon);
            }
            else
            {
                w.WriteNull(RecordNames.Lat);
                w.WriteNull(RecordNames.Lon);
            }

            w.WriteString(RecordNames.Feature, geo.Feature);
            w.WriteString(RecordNames.Country, geo.Country);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteStartArray(RecordNames.Mentions);
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber(RecordNames.Start, m.Span.Start);
            w.WriteNumber(RecordNames.End, m.Span.End);
            w.WriteString(RecordNames.Text, doc.Text.AsSpan(m.Span.Start, m.Span.Length));
            w.WriteString(RecordNames.Kind, MentionKindNames[(int)m.Kind]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Each quote with its speaker: the entity id of the speaker mention (or of a role phrase, once entity clustering
    /// links role phrases to people), null for unnamed sources and for role phrases that only contain a place.
    /// </summary>
    private static void WriteQuotes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray(RecordNames.Quotes);
        if (doc.HasQuotes)
        {
            foreach (var q in doc.Quotes)
            {
                w.WriteStartObject();
                WriteNullable(w, "speaker", QuoteSpeakers.EntityId(doc, q));
                if (q.Speaker is { } s)
                {
                    w.WriteString(RecordNames.SpeakerText, doc.Text.AsSpan(s.Start, s.Length));
                }
                else
                {
                    w.WriteNull(RecordNames.SpeakerText);
                }

                w.WriteString(RecordNames.Kind, Quote.KindName(q.Kind));
                w.WriteStartObject(RecordNames.Cue);
                WriteSpan(w, doc, q.Cue);
                w.WriteString(RecordNames.Text, doc.Text.AsSpan(q.Cue.Start, q.Cue.Length));
                w.WriteEndObject();
                WriteSpan(w, doc, q.Content);
                w.WriteString(RecordNames.Text, doc.Text.AsSpan(q.Content.Start, q.Content.Length));
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// The coded events (docs/CONTRACT.md): actors by entity id, with their words as a span when they have no entity; the
    /// code with its PLOVER type, quad class and Goldstein score; the trigger; place, day and where the day came from.
    /// </summary>
    private static void WriteEvents(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray(RecordNames.Events);
        if (doc.HasEvents)
        {
            foreach (var e in doc.Events)
            {
                w.WriteStartObject();
                WriteNullable(w, "source", e.Source?.EntityId);
                WriteNullable(w, "target", e.Target?.EntityId);
                w.WriteString(RecordNames.Cameo, e.Cameo);
                WriteNullable(w, "plover", e.Plover);
                w.WriteNumber(RecordNames.QuadClass, e.QuadClass);
                if (e.Goldstein is { } g)
                {
                    w.WriteNumber(RecordNames.Goldstein, g);
                }
                else
                {
                    w.WriteNull(RecordNames.Goldstein);
                }

                WriteTextSpan(w, doc, "trigger", e.Trigger);
                WriteNullable(w, "where", e.Where?.EntityId);
                WriteNullable(w, "when", e.When);
                w.WriteString(RecordNames.WhenFrom, e.When is null ? "none" : e.WhenFromPublication ? "publication" : "text");
                w.WriteNumber(RecordNames.Sentence, e.Sentence);
                w.WriteBoolean(RecordNames.Negated, e.Negated);
                w.WriteBoolean(RecordNames.Hypothetical, e.Hypothetical);
                w.WriteString(RecordNames.Basis, e.Basis == EventBasis.Quote ? "quote" : "trigger");
                WriteArgumentSpan(w, doc, "source_span", e.Source);
                WriteArgumentSpan(w, doc, "target_span", e.Target);
                WriteArgumentSpan(w, doc, "where_span", e.Where);
                if (e.WhenSpan is { } when)
                {
                    WriteTextSpan(w, doc, "when_span", when);
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    /// <summary>The words that name an event's actor or place, so that an actor without an entity id is still shown.</summary>
    private static void WriteArgumentSpan(Utf8JsonWriter w, Document doc, string name, EventArgument? argument)
    {
        if (argument is null)
        {
            w.WriteNull(name);
            return;
        }

        WriteTextSpan(w, doc, name, argument.Span);
    }

    private static void WriteTextSpan(Utf8JsonWriter w, Document doc, string name, TextSpan span)
    {
        w.WriteStartObject(name);
        WriteSpan(w, doc, span);
        w.WriteString(RecordNames.Text, doc.Text.AsSpan(span.Start, span.Length));
        w.WriteEndObject();
    }

    private static void WriteTokens(Utf8JsonWriter w, Document doc)
    {
        // The token layer is most of a record: its names are encoded once, not once per token.
        w.WriteStartArray(RecordNames.Tokens);
        var text = doc.Text.AsSpan();
        foreach (var t in doc.Tokens)
        {
            w.WriteStartObject();
            w.WriteNumber(RecordNames.Start, t.Span.Start);
            w.WriteNumber(RecordNames.End, t.Span.End);
            w.WriteString(RecordNames.Text, text.Slice(t.Span.Start, t.Span.Length));
            w.WriteString(RecordNames.Key, t.Key);
            w.WriteString(RecordNames.Kind, KindNames[(int)t.Kind]);
            w.WriteStartArray(RecordNames.Segments);
            foreach (var s in t.Segments)
            {
                w.WriteStartObject();
                w.WriteNumber(RecordNames.Start, s.Span.Start);
                w.WriteNumber(RecordNames.End, s.Span.End);
                w.WriteString(RecordNames.Text, text.Slice(s.Span.Start, s.Span.Length));
                w.WriteString(RecordNames.Role, RoleNames[(int)s.Role]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Lower-case enum names indexed by value: <c>word</c>, <c>stem</c>, ...</summary>
    private static JsonEncodedText[] LowerCaseNames<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new JsonEncodedText[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
        foreach (var v in values)
        {
            names[Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(v.ToString().ToLowerInvariant(), Encoder);
        }

        return names;
    }

    private static void WriteSpan(Utf8JsonWriter w, Document doc, TextSpan span)
    {
        w.WriteNumber(RecordNames.Start, span.Start);
        w.WriteNumber(RecordNames.End, span.End);
        if (doc.Offsets.ToRaw(span) is { } raw)
        {
            w.WriteNumber(RecordNames.RawStart, raw.Start);
            w.WriteNumber(RecordNames.RawEnd, raw.End);
        }
    }

    /// <inheritdoc cref="WriteNullable(Utf8JsonWriter, string, string?)"/>
    private static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
