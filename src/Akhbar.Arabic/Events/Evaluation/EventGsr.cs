using System.Text.Json;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Input;

namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// Reads ../shared/data/arabic-event-gsr (its README.md and SOURCE.md): <c>protest_gsr.csv</c> / <c>assault_gsr.csv</c>
/// label sentences for detection; <c>protest_spans.json</c> / <c>assault_spans.json</c> give the source and target
/// words all coders agreed on (<c>source_gold</c>, <c>target_gold</c>) for sentences that hold the event.
/// </summary>
public static class EventGsr
{
    public static readonly string[] Categories = ["PROTEST", "ASSAULT"];

    /// <summary>
    /// The detection sentences of one category. "yes" (every annotator accepted) is positive; "easy no" and "difficult
    /// no" (a majority rejected) are negative; "ambiguous" (too few labels to tell) is null and is not scored.
    /// </summary>
    public static List<DetectionSentence> ReadDetection(string folder, string category)
    {
        var path = Path.Combine(folder, category.ToLowerInvariant() + "_gsr.csv");
        try
        {
            return CsvRecords.Read(path).Select(r => new DetectionSentence(r["id"], r["text"], category, Label(r["label"], path))).ToList();
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: not an event GSR file ({e.Message}).");
        }
    }

    /// <summary>The span-annotated sentences of one category.</summary>
    public static List<ArgumentSentence> ReadSpans(string folder, string category)
    {
        var path = Path.Combine(folder, category.ToLowerInvariant() + "_spans.json");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var list = new List<ArgumentSentence>();
            foreach (var s in doc.RootElement.EnumerateArray())
            {
                list.Add(new ArgumentSentence(s.GetProperty("_id").GetString() ?? "", s.GetProperty("text").GetString() ?? "", category,
                    Words(s, "source_gold"), Words(s, "target_gold"), null, null, null));
            }

            return list;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: not an event spans file ({e.Message}).");
        }
    }

    private static bool? Label(string label, string path) => label switch
    {
        "yes" => true,
        "easy no" or "difficult no" => false,
        "ambiguous" => null,
        _ => throw new FormatException($"unknown label \"{label}\" in {path}"),
    };

    private static List<string> Words(JsonElement s, string name) =>
        s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? (v.GetString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()
            : [];
}
