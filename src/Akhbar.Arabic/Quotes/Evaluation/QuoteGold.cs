using System.Text.Json;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Arabic.Quotes.Evaluation;

/// <summary>
/// One gold quote of gold/README.md: the content's half-open offsets into the record's raw <c>text</c> field, its
/// kind, and the offsets of the speaker phrase as the text writes it (null when the text names nobody). The gold
/// holds offsets only, so the speaker's words are read from the article at evaluation time.
/// </summary>
public sealed record GoldQuote(int Start, int End, string Kind, int? SpeakerStart, int? SpeakerEnd)
{
    /// <summary>The speaker phrase in <paramref name="text"/> (the record's raw text), or null when the gold names nobody.</summary>
    public string? SpeakerText(string text, string path)
    {
        if (SpeakerStart is not { } s || SpeakerEnd is not { } e)
        {
            return null;
        }

        if (s < 0 || e <= s || e > text.Length)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: the speaker span {s}-{e} of the quote at {Start}-{End} is outside the text ({text.Length} characters).");
        }

        return text[s..e];
    }
}

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
                // The old format copied the speaker's words into the gold; refuse it so a stale file is noticed, not half read.
                if (q.TryGetProperty("speaker_text", out _))
                {
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: \"speaker_text\" is no longer read; give the speaker as \"speaker\": {{\"start\", \"end\"}} offsets (gold/README.md).");
                }

                int? start = null, end = null;
                if (q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.Object)
                {
                    start = s.GetProperty("start").GetInt32();
                    end = s.GetProperty("end").GetInt32();
                }

                list.Add(new GoldQuote(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("kind").GetString() ?? "", start, end));
            }

            return list;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: not a gold file ({e.Message}).");
        }
    }
}
