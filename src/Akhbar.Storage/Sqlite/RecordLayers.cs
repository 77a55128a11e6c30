using System.Text.Json;
using Akhbar.Core.Text;
using Microsoft.Data.Sqlite;

namespace Akhbar.Storage.Sqlite;

/// <summary>
/// Copies the layers of an <c>akhbar.article/1</c> record (entities with mentions, quotes, times, events) into
/// the query tables. It reads the JSON contract rather than the pipeline's types, so the store follows the
/// contract and keeps working as stages are added; missing fields are simply left empty.
/// </summary>
public sealed class RecordLayers : IDisposable
{
    private readonly SqliteCommand _entity;
    private readonly SqliteCommand _total;
    private readonly SqliteCommand _mention;
    private readonly SqliteCommand _quote;
    private readonly SqliteCommand _speakerTotal;
    private readonly SqliteCommand _time;
    private readonly SqliteCommand _event;

    public RecordLayers(SqliteConnection connection)
    {
        _entity = Prepare(connection, "INSERT INTO entities(article_id, idx, type, name, name_key, group_key, name_en, country, mention_count) VALUES($a, $i, $type, $name, $key, $group, $en, $country, $n)");
        _total = Prepare(connection, """
            INSERT INTO entity_totals(group_key, type, name, articles, mentions) VALUES($group, $type, $name, 1, $n)
            ON CONFLICT(group_key, type, name) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions
            """);
        _mention = Prepare(connection, "INSERT INTO mentions(article_id, entity_idx, start_offset, end_offset, key) VALUES($a, $i, $s, $e, $key)");
        _quote = Prepare(connection, "INSERT INTO quotes(article_id, speaker_idx, speaker_text, speaker_key, kind, cue, start_offset, end_offset, text) VALUES($a, $sp, $st, $sk, $kind, $cue, $s, $e, $text)");
        _speakerTotal = Prepare(connection, """
            INSERT INTO speaker_totals(speaker_key, label, quotes, articles) VALUES($key, $label, $n, 1)
            ON CONFLICT(speaker_key, label) DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + 1
            """);
        _time = Prepare(connection, "INSERT INTO times(article_id, start_offset, end_offset, type, value) VALUES($a, $s, $e, $type, $value)");
        _event = Prepare(connection, "INSERT INTO events(article_id, source_idx, target_idx, cameo, plover, when_value, negated, hypothetical) VALUES($a, $src, $tgt, $cameo, $plover, $when, $neg, $hyp)");
    }

    public void Insert(SqliteTransaction tx, long articleId, byte[] recordJson)
    {
        using var doc = JsonDocument.Parse(recordJson);
        var root = doc.RootElement;
        var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var entityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var entityGroups = new List<(string Group, string Name)>();

        if (root.TryGetProperty("entities", out var entities))
        {
            var i = 0;
            foreach (var e in entities.EnumerateArray())
            {
                var id = Str(e, "id");
                if (id is not null)
                {
                    entityIndex[id] = i;
                }

                var name = Str(e, "name") ?? string.Empty;
                var mentions = e.TryGetProperty("mentions", out var m) ? m : default;
                var mentionCount = mentions.ValueKind == JsonValueKind.Array ? mentions.GetArrayLength() : 0;
                var nameEn = Str(e, "name_en");
                // Across articles an entity is the same when its linked English name is; unlinked ones by their folded name.
                var group = string.IsNullOrWhiteSpace(nameEn) ? ArabicFolding.Fold(name) : nameEn.Trim().ToLowerInvariant();
                entityGroups.Add((group, name));
                Run(_entity, tx, ("$a", articleId), ("$i", i), ("$type", Str(e, "type")), ("$name", name), ("$key", ArabicFolding.Fold(name)),
                    ("$group", group), ("$en", nameEn), ("$country", Str(e, "country")), ("$n", Math.Max(1, mentionCount)));
                // Running totals make an unfiltered ranking a lookup instead of a scan of every entity row.
                Run(_total, tx, ("$group", group), ("$type", Str(e, "type") ?? string.Empty), ("$name", name), ("$n", Math.Max(1, mentionCount)));
                if (mentionCount > 0)
                {
                    foreach (var mention in mentions.EnumerateArray())
                    {
                        var (s, end) = (Int(mention, "start"), Int(mention, "end"));
                        var surface = Str(mention, "text") ?? Slice(text, s, end);
                        Run(_mention, tx, ("$a", articleId), ("$i", i), ("$s", s), ("$e", end), ("$key", ArabicFolding.Fold(surface)));
                    }
                }

                i++;
            }
        }

        if (root.TryGetProperty("quotes", out var quotes))
        {
            var speakers = new Dictionary<(string Key, string Label), int>();
            foreach (var q in quotes.EnumerateArray())
            {
                var speaker = Str(q, "speaker");
                var speakerText = Str(q, "speaker_text");
                int? speakerIndex = speaker is not null && entityIndex.TryGetValue(speaker, out var si) ? si : null;
                var cue = q.TryGetProperty("cue", out var c) && c.ValueKind == JsonValueKind.Object ? Str(c, "text") : Str(q, "cue");
                Run(_quote, tx, ("$a", articleId), ("$sp", speakerIndex),
                    ("$st", speakerText), ("$sk", speakerText is null ? null : ArabicFolding.Fold(speakerText)), ("$kind", Str(q, "kind")), ("$cue", cue),
                    ("$s", Int(q, "start")), ("$e", Int(q, "end")), ("$text", Str(q, "text") ?? Slice(text, Int(q, "start"), Int(q, "end"))));

                // The same key as the speaker ranking: the speaker entity's group, else the folded words of the speaker.
                (string Key, string Label)? who = speakerIndex is { } idx && idx < entityGroups.Count
                    ? entityGroups[idx]
                    : speakerText is null ? null : (ArabicFolding.Fold(speakerText), speakerText);
                if (who is { } w)
                {
                    speakers[w] = speakers.GetValueOrDefault(w) + 1;
                }
            }

            foreach (var ((key, label), n) in speakers)
            {
                Run(_speakerTotal, tx, ("$key", key), ("$label", label), ("$n", n));
            }
        }

        if (root.TryGetProperty("times", out var times))
        {
            foreach (var tm in times.EnumerateArray())
            {
                var value = tm.TryGetProperty("value", out var v)
                    ? v.ValueKind == JsonValueKind.Array ? string.Join(',', v.EnumerateArray().Select(x => x.ToString())) : v.ToString()
                    : null;
                Run(_time, tx, ("$a", articleId), ("$s", Int(tm, "start")), ("$e", Int(tm, "end")), ("$type", Str(tm, "type")), ("$value", value));
            }
        }

        if (root.TryGetProperty("events", out var events))
        {
            foreach (var ev in events.EnumerateArray())
            {
                int? Actor(string field) => Str(ev, field) is { } id && entityIndex.TryGetValue(id, out var idx) ? idx : null;
                Run(_event, tx, ("$a", articleId), ("$src", Actor("source")), ("$tgt", Actor("target")), ("$cameo", Str(ev, "cameo")),
                    ("$plover", Str(ev, "plover")), ("$when", Str(ev, "when")), ("$neg", Bool(ev, "negated") ? 1 : 0), ("$hyp", Bool(ev, "hypothetical") ? 1 : 0));
            }
        }
    }

    public void Dispose()
    {
        _entity.Dispose();
        _total.Dispose();
        _mention.Dispose();
        _quote.Dispose();
        _speakerTotal.Dispose();
        _time.Dispose();
        _event.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection c, string sql)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd;
    }

    private static void Run(SqliteCommand cmd, SqliteTransaction tx, params (string Name, object? Value)[] values)
    {
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        cmd.ExecuteNonQuery();
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    private static bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && end > start ? text[start..end] : string.Empty;
}
