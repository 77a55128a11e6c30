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

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static void Write(Stream output, Document doc, RecordOptions options)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Encoder, Indented = options.Indented, SkipValidation = !options.Indented });
        Write(w, doc, options);
    }

    public static string ToJson(Document doc, RecordOptions options)
    {
        using var ms = new MemoryStream();
        Write(ms, doc, options);
        return System.Text.Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }

    public static void Write(Utf8JsonWriter w, Document doc, RecordOptions options)
    {
        var raw = doc.Raw;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("id", raw.Id);
        WriteNullable(w, "url", raw.Url);
        WriteNullable(w, "source", raw.Source);
        WriteNullable(w, "published", raw.Published?.DateText);
        WriteNullable(w, "published_time", raw.Published?.MomentText);

        w.WritePropertyName("title");
        if (doc.Title is { } title)
        {
            w.WriteStartObject();
            w.WriteString("text", doc.Slice(title));
            WriteSpan(w, doc, title);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteString("text", doc.Text);

        w.WriteStartArray("removed");
        foreach (var r in doc.Removed)
        {
            w.WriteStartObject();
            w.WriteNumber("raw_start", r.RawStart);
            w.WriteNumber("raw_end", r.RawEnd);
            w.WriteString("reason", ReasonName(r.Reason));
            if (r.Rule is not null)
            {
                w.WriteString("rule", r.Rule);
            }

            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("paragraphs");
        foreach (var p in doc.Paragraphs)
        {
            w.WriteStartObject();
            w.WriteNumber("start", p.Span.Start);
            w.WriteNumber("end", p.Span.End);
            if (p.RawStart is { } rs && p.RawEnd is { } re)
            {
                w.WriteNumber("raw_start", rs);
                w.WriteNumber("raw_end", re);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("sentences");
        if (doc.HasSentences)
        {
            foreach (var s in doc.Sentences)
            {
                w.WriteStartObject();
                w.WriteNumber("start", s.Span.Start);
                w.WriteNumber("end", s.Span.End);
                if (s.Paragraph >= 0)
                {
                    w.WriteNumber("paragraph", s.Paragraph);
                }
                else
                {
                    w.WriteNull("paragraph");
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

        // Filled by the quote, time and event stages; present, empty, until those stages exist.
        w.WriteStartArray("quotes");
        w.WriteEndArray();
        w.WriteStartArray("times");
        w.WriteEndArray();
        w.WriteStartArray("events");
        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in doc.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (raw.Meta.Count > 0)
        {
            w.WriteStartObject("meta");
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

    /// <summary>
    /// One entry per distinct (type, folded name), in order of first mention, with all its mentions. The
    /// entity stage of a later issue clusters these into real entities ("لافروف" with "سيرغي لافروف").
    /// </summary>
    private static void WriteEntities(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("entities");
        if (doc.HasEntities)
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

            foreach (var key in order)
            {
                var mentions = groups[key];
                w.WriteStartObject();
                w.WriteString("type", key.Item1.Label());
                w.WriteString("name", doc.Slice(mentions[0].Span));
                w.WriteStartArray("mentions");
                foreach (var m in mentions)
                {
                    w.WriteStartObject();
                    w.WriteNumber("start", m.Span.Start);
                    w.WriteNumber("end", m.Span.End);
                    w.WriteString("text", doc.Text.AsSpan(m.Span.Start, m.Span.Length));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    private static void WriteTokens(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("tokens");
        foreach (var t in doc.Tokens)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.Span.Start);
            w.WriteNumber("end", t.Span.End);
            w.WriteString("text", doc.Text.AsSpan(t.Span.Start, t.Span.Length));
            w.WriteString("key", t.Key);
            w.WriteString("kind", t.Kind.ToString().ToLowerInvariant());
            w.WriteStartArray("segments");
            foreach (var s in t.Segments)
            {
                w.WriteStartObject();
                w.WriteNumber("start", s.Span.Start);
                w.WriteNumber("end", s.Span.End);
                w.WriteString("text", doc.Text.AsSpan(s.Span.Start, s.Span.Length));
                w.WriteString("role", s.Role.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, Document doc, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        if (doc.Offsets.ToRaw(span) is { } raw)
        {
            w.WriteNumber("raw_start", raw.Start);
            w.WriteNumber("raw_end", raw.End);
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
