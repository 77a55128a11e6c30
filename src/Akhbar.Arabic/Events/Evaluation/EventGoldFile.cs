using System.Text.Json;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// The events of one gold file with the mentions of its gold entities (which actor ids refer to). A file is
/// <see cref="Annotated"/> for events when it has entities: gold/README.md annotates events in exactly those files, so an
/// empty events array there means "no events", while elsewhere it means "not annotated" and the file is not scored.
/// </summary>
public sealed record EventGoldFile(string Path, IReadOnlyList<GoldEvent> Events, IReadOnlyDictionary<string, IReadOnlyList<TextSpan>> Entities)
{
    public bool Annotated => Entities.Count > 0;

    /// <summary>Reads the events and entity mentions of a gold file; a malformed event or an unknown entity id is a one-line error naming the file.</summary>
    public static EventGoldFile Load(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var entities = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
            if (root.TryGetProperty("entities", out var ents))
            {
                foreach (var e in ents.EnumerateArray())
                {
                    entities[e.GetProperty("id").GetString() ?? throw new InvalidOperationException("an entity id is null")] =
                        e.GetProperty("mentions").EnumerateArray().Select(Span).ToList();
                }
            }

            var events = new List<GoldEvent>();
            if (root.TryGetProperty("events", out var evs))
            {
                var n = 0;
                foreach (var e in evs.EnumerateArray())
                {
                    n++;
                    events.Add(Read(e, entities, $"event {n}"));
                }
            }

            return new EventGoldFile(path, events, entities);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: bad events array ({e.Message}).");
        }
    }

    /// <summary>
    /// Checks every offset against the length of the record's raw text (known only once the record is read); throws a
    /// one-line error naming the file and the event.
    /// </summary>
    public void CheckOffsets(int textLength)
    {
        for (var i = 0; i < Events.Count; i++)
        {
            var e = Events[i];
            Check(e.Trigger, textLength, i, "trigger");
            if (e.Source?.Span is { } s)
            {
                Check(s, textLength, i, "source_span");
            }

            if (e.Target?.Span is { } t)
            {
                Check(t, textLength, i, "target_span");
            }
        }

        // Entity mentions too: a compared annotation's actors are read from them (GoldAsPrediction).
        foreach (var (id, mentions) in Entities)
        {
            foreach (var m in mentions)
            {
                Akhbar.Arabic.Entities.Linking.Evaluation.GoldEntity.CheckMention(Path, id, m, textLength);
            }
        }
    }

    private void Check(TextSpan span, int textLength, int index, string field)
    {
        if (span.Start < 0 || span.End <= span.Start || span.End > textLength)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord,
                $"{Path}: event {index + 1} has {field} {span.Start}-{span.End}, outside the record's text (length {textLength}).");
        }
    }

    private static GoldEvent Read(JsonElement e, Dictionary<string, IReadOnlyList<TextSpan>> entities, string where)
    {
        var trigger = Span(e.GetProperty("trigger"));
        if (trigger.End <= trigger.Start || trigger.Start < 0)
        {
            throw new FormatException($"{where}: trigger {trigger.Start}-{trigger.End} is empty or negative");
        }

        var cameo = e.GetProperty("cameo").GetString() ?? "";
        if (!IsCameo(cameo))
        {
            throw new FormatException($"{where}: \"{cameo}\" is not a CAMEO code (3 or 4 digits, root 01-20)");
        }

        var placeId = Optional(e, "where");
        if (placeId is not null && !entities.ContainsKey(placeId))
        {
            throw new FormatException($"{where}: where \"{placeId}\" is not an entity of the file");
        }

        return new GoldEvent(trigger, cameo, Actor(e, "source", entities, where), Actor(e, "target", entities, where), placeId, Optional(e, "when"),
            Flag(e, "negated"), Flag(e, "hypothetical"), Optional(e, "note"));
    }

    private static GoldActor? Actor(JsonElement e, string role, Dictionary<string, IReadOnlyList<TextSpan>> entities, string where)
    {
        var id = Optional(e, role);
        TextSpan? span = e.TryGetProperty(role + "_span", out var s) && s.ValueKind == JsonValueKind.Object ? Span(s) : null;
        if (id is not null && span is not null)
        {
            throw new FormatException($"{where}: both {role} and {role}_span are set; give one");
        }

        if (id is not null && !entities.ContainsKey(id))
        {
            throw new FormatException($"{where}: {role} \"{id}\" is not an entity of the file");
        }

        return id is null && span is null ? null : new GoldActor(id, span);
    }

    /// <summary>Three or four digits whose root is a CAMEO root (01 to 20); the code table is not required, since it lacks some parent codes (183).</summary>
    private static bool IsCameo(string code) =>
        code.Length is 3 or 4 && code.All(char.IsAsciiDigit) && int.Parse(code[..2], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 20;

    private static TextSpan Span(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Flag(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
