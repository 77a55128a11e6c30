using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Quotes.Evaluation;

/// <summary>A predicted quote in raw offsets, with the speaker text.</summary>
public sealed record PredictedQuote(int Start, int End, string Kind, string? SpeakerText, string Text);

/// <summary>
/// Quote detection and speaker scores on a gold folder. A prediction matches a gold quote (one to one, in text order)
/// when their contents overlap by at least half of the gold content. The speaker of a match is right when both are
/// null, or when the folded speaker texts are equal or one holds the other as whole words ("لافروف" and "سيرغي
/// لافروف"), so that a carried-over speaker is judged by who it names, not by which mention it points at.
/// </summary>
public sealed class QuoteScore
{
    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int Matched { get; private set; }

    public int SpeakerRight { get; private set; }

    public int KindRight { get; private set; }

    public List<string> Errors { get; } = [];

    public static QuoteScore Run(AnalysisPipeline pipeline, IEnumerable<string> goldFiles, string newsFolder, GoldRecordCache cache)
    {
        var score = new QuoteScore();
        foreach (var path in goldFiles)
        {
            var article = GoldArticle.Load(path);
            var record = article.ReadRecord(newsFolder, cache);
            var gold = QuoteGold.Load(path).Select(q => new ScoredGold(q.Start, q.End, q.Kind, q.SpeakerText(record.Body, path))).ToList();
            score.Add(article.Id, gold, Predictions(pipeline.Process(record)));
        }

        return score;
    }

    /// <summary>The quotes of a document in raw offsets; those of a separate title field have none and are left out.</summary>
    public static List<PredictedQuote> Predictions(Document doc)
    {
        var list = new List<PredictedQuote>();
        foreach (var q in doc.Quotes)
        {
            if (doc.Offsets.ToRaw(q.Content) is { } raw)
            {
                list.Add(new PredictedQuote(raw.Start, raw.End, Quote.KindName(q.Kind), q.Speaker is { } s ? doc.Slice(s) : null, doc.Slice(q.Content)));
            }
        }

        return list;
    }

    public void Add(string id, IReadOnlyList<ScoredGold> gold, IReadOnlyList<PredictedQuote> predicted)
    {
        Gold += gold.Count;
        Predicted += predicted.Count;
        var used = new bool[predicted.Count];
        foreach (var g in gold)
        {
            var match = -1;
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(g.End, predicted[p].End) - Math.Max(g.Start, predicted[p].Start);
                if (!used[p] && overlap * 2 >= g.End - g.Start)
                {
                    match = p;
                    break;
                }
            }

            if (match < 0)
            {
                Errors.Add($"{id} missed {g.Start}-{g.End} ({g.Kind}, {g.SpeakerText ?? "no speaker"})");
                continue;
            }

            used[match] = true;
            Matched++;
            var pred = predicted[match];
            KindRight += pred.Kind == g.Kind ? 1 : 0;
            if (SameSpeaker(g.SpeakerText, pred.SpeakerText))
            {
                SpeakerRight++;
            }
            else
            {
                Errors.Add($"{id} speaker at {g.Start}-{g.End}: gold {g.SpeakerText ?? "null"}, predicted {pred.SpeakerText ?? "null"}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!used[p])
            {
                Errors.Add($"{id} spurious {predicted[p].Start}-{predicted[p].End} ({predicted[p].Kind}, {predicted[p].SpeakerText ?? "null"}): {Shorten(predicted[p].Text)}");
            }
        }
    }

    public static bool SameSpeaker(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        var g = Words(gold);
        var p = Words(predicted);
        return g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal);
    }

    /// <summary>
    /// The folded words of a speaker text between single spaces, without punctuation or quotation marks. A hashtag's #
    /// and the _ that joins its words are punctuation too: "#تيريزا_ماي" names the same person as "تيريزا ماي" and "ماي".
    /// </summary>
    private static string Words(string text)
    {
        var words = ArabicFolding.Fold(text).Split((char[])[' ', '\n', '،', ',', '"', '“', '”', '«', '»', ':', '(', ')', '#', '_'], StringSplitOptions.RemoveEmptyEntries);
        return " " + string.Join(' ', words) + " ";
    }

    public static double F1(int matched, int predicted, int gold) =>
        matched == 0 ? 0 : 2.0 * matched / (predicted + gold);

    private static string Shorten(string text) => text.Length <= 60 ? text.Replace('\n', ' ') : text[..60].Replace('\n', ' ') + "…";
}
