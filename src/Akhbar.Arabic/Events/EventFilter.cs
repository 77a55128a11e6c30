using System.Globalization;
using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;
using Akhbar.Resources.Models;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The learned event filter (docs/stages/events.md, "The event filter"; Models/MODEL_CARD.md): a logistic regression per
/// category over <see cref="EventFilterFeatures"/> that drops a realized PROTEST or ASSAULT event whose sentence a reader
/// would not call a report of one (a reference back to an earlier protest, the banners and chants of one already told, a
/// generic mention). Trained on arabic-event-gsr by <c>akhbar train event-filter</c>; other events pass untouched. Off by
/// default (<see cref="EventStage"/>): on the gold articles it drops attacks and battles they code, and its PROTEST
/// decisions sit close to the threshold on plain reports (docs/stages/events.md, "The event filter").
/// </summary>
public sealed class EventFilter
{
    public const string ResourceName = "event-filter.tsv";

    private static readonly Lazy<EventFilter> Shipped = new(() =>
    {
        using var stream = ModelResource.Open(ResourceName);
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    private readonly Dictionary<string, CategoryModel> _models;

    public EventFilter(Dictionary<string, CategoryModel> models) => _models = models;

    /// <summary>The filter shipped in Akhbar.Resources (Models/event-filter.tsv).</summary>
    public static EventFilter Default => Shipped.Value;

    /// <summary>One category's weights, its decision threshold on the probability, and the figures its file records.</summary>
    /// <summary>The words that mark the note of a category's cross-validated figures, written by training and found by the evaluation.</summary>
    public const string CrossValidatedNote = "nested cross-validation, rules + filter";

    public sealed record CategoryModel(Dictionary<string, double> Weights, double Threshold, string Notes);

    public IReadOnlyDictionary<string, CategoryModel> Models => _models;

    /// <summary>The probability that <paramref name="features"/> describe a reported event of <paramref name="category"/>.</summary>
    public double Score(string category, IEnumerable<string> features) => EventFilterTraining.Probability(_models[category].Weights, features);

    /// <summary>
    /// The events without the PROTEST and ASSAULT events the filter drops; negated and hypothetical events, named events and
    /// other codes are kept.
    /// </summary>
    public List<CodedEvent> Apply(Document doc, List<CodedEvent> events, EventLexicon lexicon)
    {
        HashSet<int>? dropped = null;
        foreach (var (index, category, features, named) in Candidates(doc, events, lexicon))
        {
            if (!named && _models.TryGetValue(category, out var model) && Score(category, features) < model.Threshold)
            {
                (dropped ??= []).Add(index);
            }
        }

        if (dropped is null)
        {
            return events;
        }

        var kept = new List<CodedEvent>(events.Count - dropped.Count);
        for (var i = 0; i < events.Count; i++)
        {
            if (!dropped.Contains(i))
            {
                kept.Add(events[i]);
            }
        }

        return kept;
    }

    /// <summary>
    /// The realized (not negated, not hypothetical) PROTEST and ASSAULT events of a document, each with its index in
    /// <paramref name="events"/>, its category, its features and whether it is a named event the filter leaves alone
    /// (<see cref="IsNamedEvent"/>): what the filter scores, and what training reads.
    /// </summary>
    public static List<(int Index, string Category, List<string> Features, bool Named)> Candidates(Document doc, IReadOnlyList<CodedEvent> events, EventLexicon lexicon)
    {
        var candidates = new List<(int, string, List<string>, bool)>();
        int[]? sentenceStart = null, sentenceEnd = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Negated || e.Hypothetical || Evaluation.EventCategory.Of(e.Cameo) is not { } category)
            {
                continue;
            }

            if (sentenceStart is null)
            {
                SentenceTokens.Index(doc, out _, out sentenceStart, out sentenceEnd);
            }

            if (e.Sentence < 0 || e.Sentence >= sentenceStart.Length)
            {
                continue;
            }

            int rank = 0, count = 0;
            for (var j = 0; j < events.Count; j++)
            {
                var other = events[j];
                if (other.Sentence == e.Sentence && !other.Negated && !other.Hypothetical && Evaluation.EventCategory.Of(other.Cameo) == category)
                {
                    rank = j < i ? rank + 1 : rank;
                    count++;
                }
            }

            candidates.Add((i, category, EventFilterFeatures.Of(doc, e, lexicon, sentenceStart[e.Sentence], sentenceEnd![e.Sentence], rank, count),
                IsNamedEvent(doc, e)));
        }

        return candidates;
    }

    /// <summary>
    /// "بعد هجمات مومباي"، "تفجيرات مدينة الحلة": an event noun with the place it happened in its genitive names an event
    /// of its own, which gold/README.md codes (the place as where) even where the sentence only recalls it; the GSR's
    /// annotators did not count such a recalled event as a report, so the filter, trained on their labels, does not judge it.
    /// </summary>
    public static bool IsNamedEvent(Document doc, CodedEvent e)
    {
        if (e.Where is not { } where || e.Basis != EventBasis.Trigger || where.Span.Start < e.Trigger.End)
        {
            return false;
        }

        // Only spaces, quotation marks and a noun of place ("مدينة") may stand between the noun and the place.
        var between = doc.Text.AsSpan(e.Trigger.End, where.Span.Start - e.Trigger.End).Trim().Trim("\"«»“”'").Trim();
        return between.Length == 0 || (between.IndexOfAny(' ', '،', ',') < 0 && PlaceNouns.Contains(Akhbar.Core.Text.ArabicFolding.Fold(between)));
    }

    /// <summary>Nouns of place that may stand between an event noun and the name of its place ("تفجيرات مدينة الحلة"), folded.</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal) { "مدينه", "بلده", "قريه", "مخيم", "حي", "منطقه", "محافظه", "ولايه", "جزيره" };

    /// <summary>
    /// Reads the model file: "#" comment lines, then tab-separated rows: <c>threshold CATEGORY p</c>,
    /// <c>note CATEGORY text</c> and <c>weight CATEGORY feature w</c>.
    /// </summary>
    public static EventFilter Read(TextReader reader)
    {
        var weights = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        var notes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f)
            {
                case ["threshold", var category, var p]:
                    thresholds[category] = double.Parse(p, CultureInfo.InvariantCulture);
                    break;
                case ["note", var category, var text]:
                    (notes.TryGetValue(category, out var list) ? list : notes[category] = []).Add(text);
                    break;
                case ["weight", var category, var feature, var w]:
                    (weights.TryGetValue(category, out var table) ? table : weights[category] = new(StringComparer.Ordinal))[feature] =
                        double.Parse(w, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new FormatException($"{ResourceName} line {number}: not a filter row.");
            }
        }

        return new EventFilter(thresholds.ToDictionary(
            t => t.Key,
            t => new CategoryModel(weights.GetValueOrDefault(t.Key) ?? new(StringComparer.Ordinal), t.Value,
                string.Join('\n', notes.GetValueOrDefault(t.Key) ?? [])),
            StringComparer.Ordinal));
    }

    /// <summary>Writes the model file <see cref="Read"/> reads, features in ordinal order so that a retrain diffs cleanly.</summary>
    public void Write(TextWriter writer, IEnumerable<string> header)
    {
        foreach (var line in header)
        {
            writer.Write("# " + line + "\n");
        }

        foreach (var (category, model) in _models.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"threshold\t{category}\t{model.Threshold:0.####}\n"));
            foreach (var note in model.Notes.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                writer.Write($"note\t{category}\t{note}\n");
            }

            foreach (var (feature, w) in model.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"weight\t{category}\t{feature}\t{w:0.####}\n"));
            }
        }
    }
}
