using System.Text.Json;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking.Evaluation;

/// <summary>
/// One gold entity of a gold/dev file (gold/README.md): its type label, English name, country, point and
/// mentions as half-open offsets into the record's raw <c>text</c> field.
/// </summary>
public sealed record GoldEntity(string Type, string? NameEn, string? Country, double? Lat, double? Lon, IReadOnlyList<TextSpan> Mentions)
{
    /// <summary>The entities array of a gold file; empty when the file has none.</summary>
    public static List<GoldEntity> LoadAll(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var result = new List<GoldEntity>();
            if (!doc.RootElement.TryGetProperty("entities", out var entities))
            {
                return result;
            }

            foreach (var e in entities.EnumerateArray())
            {
                var mentions = e.GetProperty("mentions").EnumerateArray().Select(m => new TextSpan(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32())).ToList();
                double? lat = null, lon = null;
                if (e.TryGetProperty("geo", out var geo) && geo.ValueKind == JsonValueKind.Object)
                {
                    lat = geo.GetProperty("lat").GetDouble();
                    lon = geo.GetProperty("lon").GetDouble();
                }

                result.Add(new GoldEntity(e.GetProperty("type").GetString() ?? "", Optional(e, "name_en"), Optional(e, "country"), lat, lon, mentions));
            }

            return result;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: bad entities array ({e.Message}).");
        }
    }

    /// <summary>
    /// Checks that an entity's mention lies in the record's text (known only once the record is read), so that a bad offset
    /// is a one-line error naming the file and the entity, never an exception where the text is cut.
    /// </summary>
    public static void CheckMention(string path, string entity, TextSpan mention, int textLength)
    {
        if (mention.Start < 0 || mention.End <= mention.Start || mention.End > textLength)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord,
                $"{path}: entity {entity} has a mention {mention.Start}-{mention.End}, outside the record's text (length {textLength}).");
        }
    }

    /// <summary>
    /// This entity as if the linker had predicted it (for comparing two annotations with <see cref="LinkingScore"/>): its
    /// type, English name, country and point, and its mentions as the raw spans the score compares. A type label that is
    /// not PERS, LOC, ORG or MISC is a one-line error.
    /// </summary>
    public (Entity Entity, HashSet<TextSpan> Raw) AsPredicted(string id)
    {
        if (!EntityTypeLabels.TryParse(Type, out var type))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"entity {id}: \"{Type}\" is not an entity type (PERS, LOC, ORG or MISC).");
        }

        var geo = Lat is { } lat && Lon is { } lon ? new GeoLink(0, lat, lon, "", Country ?? "") : null;
        return (new Entity(id, type, NameEn ?? "", NameEn, Country, [], null, geo, []), Mentions.ToHashSet());
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
