using System.Text.Json;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Arabic.Quotes.Evaluation;

/// <summary>
/// One gold quote of gold/README.md: the content's half-open offsets into the record's raw <c>text</c> field, its
/// kind, and the speaker as written at the mention a reader would point to (null when the text names nobody).
/// </summary>
public sealed record GoldQuote(int Start, int End, string Kind, string? SpeakerText);

/// <summary>The "quotes" array of a gold file.</summary>
public static class QuoteGold
{
    public static List<GoldQuote> Load(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var list = new List<GoldQuote>();
            if (!doc.RootElement.TryGetProperty("quotes", out var quotes))
            {
                return list;
            }

            foreach (var q in quotes.EnumerateArray())
            {
                list.Add(new GoldQuote(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("kind").GetString() ?? "",
                    q.TryGetProperty("speaker_text", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null));
            }

            return list;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: not a gold file ({e.Message}).");
        }
    }
}
