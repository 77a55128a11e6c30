using System.Globalization;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// Scores predicted events against gold events, article by article (gold/README.md, "events"; docs/stages/events.md).
/// <list type="bullet">
/// <item><b>Triggers</b>: a prediction detects a gold event when their trigger spans overlap (any type), one to one.</item>
/// <item><b>Triples</b>: a prediction matches a gold event when it lies in the same sentence, has the same type (CAMEO root,
/// or PLOVER type for the second figure), the same source and target (<see cref="SameActor"/>), and the same negated and
/// hypothetical flags. Pairs are one to one: first among predictions whose trigger overlaps the gold one, then among the
/// rest of the sentence, so a coder that picks another word of the same clause as trigger is not penalized.</item>
/// </list>
/// The flags are part of the match because a negated or hypothetical event that is reported as a fact (or a fact
/// reported as negated) is a wrong statement about the world, not a near miss.
/// </summary>
public sealed class EventScore
{
    private readonly CameoCodes _codes;

    public EventScore(CameoCodes codes) => _codes = codes;

    public int Articles { get; private set; }

    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int TriggerMatched { get; private set; }

    public int RootMatched { get; private set; }

    public int PloverMatched { get; private set; }

    /// <summary>
    /// On the trigger matches, how many agree on each part of the triple taken alone: which part a coder gets wrong when it
    /// finds the right words (the error analysis behind the triple figures).
    /// </summary>
    public TriggerAgreement OnTriggers { get; private set; } = new(0, 0, 0, 0);

    /// <summary>Per CAMEO root: gold events, predicted events and root-level triple matches.</summary>
    public SortedDictionary<string, (int Gold, int Predicted, int Matched)> ByRoot { get; } = new(StringComparer.Ordinal);

    /// <summary>On root-level matches whose gold names a place: those whose predicted place is that entity (<see cref="SameActor"/>).</summary>
    public (int Right, int Total) Where { get; private set; }

    /// <summary>On root-level matches whose gold gives a date: those whose predicted date is it, or a day inside it (<see cref="SameDate"/>).</summary>
    public (int Right, int Total) When { get; private set; }

    /// <summary>
    /// Place and date on every trigger match whose gold gives one, whatever the triple: a sample about three times the
    /// root-level one, since where and when are found from the trigger and its sentence, not from the actors.
    /// </summary>
    public (int Right, int Total) WhereOnTriggers { get; private set; }

    /// <inheritdoc cref="WhereOnTriggers"/>
    public (int Right, int Total) WhenOnTriggers { get; private set; }

    /// <summary>Root-level misses and spurious predictions, and the misses whose trigger was found with the parts it got wrong, one line each, for --verbose.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Adds one article; <paramref name="text"/> is the record's raw text (for the error lines and the offset check).</summary>
    public void Add(string id, string text, EventGoldFile gold, PredictedEvents predicted)
    {
        gold.CheckOffsets(text.Length);
        var events = gold.Events;
        var preds = predicted.Events;
        Articles++;
        Gold += events.Count;
        Predicted += preds.Count;
        foreach (var g in events)
        {
            Bump(g.Root, 1, 0, 0);
        }

        foreach (var p in preds)
        {
            Bump(p.Root, 0, 1, 0);
        }

        var triggerPairs = PairTriggers(events, preds);
        foreach (var (gi, p) in triggerPairs)
        {
            TriggerMatched++;
            var (g, e) = (events[gi], preds[p]);
            OnTriggers = new TriggerAgreement(
                OnTriggers.Root + (g.Root == e.Root ? 1 : 0),
                OnTriggers.Source + (SameActor(g.Source, e.Source, gold.Entities, text) ? 1 : 0),
                OnTriggers.Target + (SameActor(g.Target, e.Target, gold.Entities, text) ? 1 : 0),
                OnTriggers.Flags + (g.Negated == e.Negated && g.Hypothetical == e.Hypothetical ? 1 : 0));
            var (whereRight, whenRight) = CheckPlaceAndDate("trigger-level ", id, text, g, e, gold);
            WhereOnTriggers = Tally(WhereOnTriggers, whereRight);
            WhenOnTriggers = Tally(WhenOnTriggers, whenRight);
        }

        var sentences = events.Select(g => SentenceOf(g.Trigger, predicted.Sentences)).ToList();
        var byRoot = Pair(events, sentences, preds, gold, text, (g, p) => g.Root == p.Root);
        RootMatched += byRoot.Count(x => x >= 0);
        PloverMatched += Pair(events, sentences, preds, gold, text, (g, p) => EventTypeKeys.Plover(g.Cameo, _codes) == EventTypeKeys.Plover(p.Cameo, _codes)).Count(x => x >= 0);

        var used = new bool[preds.Count];
        for (var i = 0; i < events.Count; i++)
        {
            if (byRoot[i] >= 0)
            {
                used[byRoot[i]] = true;
                Bump(events[i].Root, 0, 0, 1);
                var (whereRight, whenRight) = CheckPlaceAndDate("", id, text, events[i], preds[byRoot[i]], gold);
                Where = Tally(Where, whereRight);
                When = Tally(When, whenRight);
            }
            else
            {
                var g = events[i];
                Errors.Add($"{id} missed {g.Cameo}{Flags(g.Negated, g.Hypothetical)} at {g.Trigger.Start}-{g.Trigger.End} {Slice(text, g.Trigger)}: " +
                    $"{GoldActorText(g.Source, text)} -> {GoldActorText(g.Target, text)}");
            }
        }

        foreach (var (gi, p) in triggerPairs)
        {
            if (byRoot[gi] < 0)
            {
                Errors.Add(WrongOnTrigger(id, text, events[gi], preds[p], gold));
            }
        }

        for (var p = 0; p < preds.Count; p++)
        {
            if (!used[p])
            {
                var e = preds[p];
                Errors.Add($"{id} spurious {e.Cameo}{Flags(e.Negated, e.Hypothetical)} at {e.Trigger.Start}-{e.Trigger.End} {Slice(text, e.Trigger)}: " +
                    $"{ActorText(e.Source, text)} -> {ActorText(e.Target, text)}");
            }
        }
    }

    /// <summary>
    /// Whether a predicted actor is the gold one: both absent; or the gold entity has a mention that the predicted words
    /// overlap, or that a mention of the predicted entity overlaps (so a pronoun resolved to the right entity counts); or
    /// the predicted words overlap the gold actor phrase. With the raw <paramref name="text"/>, a name glued to لل ("للصين"),
    /// which gold does not mark as a mention because the article's alef is gone (gold/README.md), is the entity when the
    /// words after لل are one of its mentions after ال.
    /// </summary>
    public static bool SameActor(GoldActor? gold, PredictedActor? predicted, IReadOnlyDictionary<string, IReadOnlyList<TextSpan>> entities, string? text = null)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        if (gold.Span is { } phrase)
        {
            return predicted.Span is { } s && s.Overlaps(phrase);
        }

        var mentions = entities[gold.EntityId!];
        return mentions.Any(m => (predicted.Span is { } s && s.Overlaps(m)) || predicted.EntityMentions.Any(p => p.Overlaps(m)))
            || (text is not null && GluedToLamLam(predicted.Span, mentions, text));
    }

    /// <summary>"للصين" (or "لصين" after its ل) against a gold mention "الصين": the words, without a leading و or ف, are لل and the mention after ال.</summary>
    private static bool GluedToLamLam(TextSpan? predicted, IReadOnlyList<TextSpan> mentions, string text)
    {
        if (predicted is not { } p || p.End > text.Length)
        {
            return false;
        }

        // The entity stage starts such a mention at the article's ل ("لصين", EntityMention.ArticleElided): read the word whole.
        var start = p.Start > 0 && text[p.Start] == 'ل' && text[p.Start - 1] == 'ل' ? p.Start - 1 : p.Start;
        var words = text[start..p.End];
        if (words.Length > 3 && words[0] is 'و' or 'ف')
        {
            words = words[1..];
        }

        if (!words.StartsWith("لل", StringComparison.Ordinal) || words.Length < 4)
        {
            return false;
        }

        var stem = words[2..];
        return mentions.Any(m => m.End <= text.Length && text.AsSpan(m.Start, m.Length) is var t && t.StartsWith("ال", StringComparison.Ordinal) && t[2..].SequenceEqual(stem));
    }

    /// <summary>
    /// Whether a predicted date is the gold one: equal, or a day of the gold month or year ("2017-08-25" for "2017-08"),
    /// since the coder gives days and gold keeps the precision of the text.
    /// </summary>
    public static bool SameDate(string gold, string? predicted) =>
        predicted is not null && (predicted == gold || predicted.StartsWith(gold + "-", StringComparison.Ordinal));

    public static double F1(int matched, int predicted, int gold) => matched == 0 ? 0 : 2.0 * matched / (predicted + gold);

    /// <summary>The index of the sentence holding the start of <paramref name="span"/>, or -1 (text the pipeline removed).</summary>
    public static int SentenceOf(TextSpan span, IReadOnlyList<TextSpan> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Start <= span.Start && span.Start < sentences[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gold events (by index) paired one to one with the first unused prediction whose trigger overlaps theirs.</summary>
    private static List<(int Gold, int Predicted)> PairTriggers(IReadOnlyList<GoldEvent> gold, IReadOnlyList<PredictedEvent> preds)
    {
        var used = new bool[preds.Count];
        var pairs = new List<(int, int)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < preds.Count; p++)
            {
                if (!used[p] && preds[p].Trigger.Overlaps(gold[g].Trigger))
                {
                    used[p] = true;
                    pairs.Add((g, p));
                    break;
                }
            }
        }

        return pairs;
    }

    /// <summary>For each gold event, the index of its matching prediction or -1.</summary>
    private static int[] Pair(IReadOnlyList<GoldEvent> gold, List<int> sentences, IReadOnlyList<PredictedEvent> preds, EventGoldFile file, string text, Func<GoldEvent, PredictedEvent, bool> sameType)
    {
        var result = Enumerable.Repeat(-1, gold.Count).ToArray();
        var used = new bool[preds.Count];
        foreach (var triggerMustOverlap in (bool[])[true, false])
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (result[i] >= 0 || sentences[i] < 0)
                {
                    continue;
                }

                var g = gold[i];
                for (var p = 0; p < preds.Count; p++)
                {
                    var e = preds[p];
                    if (used[p] || e.Sentence != sentences[i] || (triggerMustOverlap && !e.Trigger.Overlaps(g.Trigger)))
                    {
                        continue;
                    }

                    if (sameType(g, e) && g.Negated == e.Negated && g.Hypothetical == e.Hypothetical
                        && SameActor(g.Source, e.Source, file.Entities, text) && SameActor(g.Target, e.Target, file.Entities, text))
                    {
                        used[p] = true;
                        result[i] = p;
                        break;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the predicted place and date agree with the gold's (null for a part the gold leaves open), noting each
    /// disagreement in <see cref="Errors"/> under <paramref name="label"/> ("" for root-level matches, "trigger-level " for
    /// all trigger matches).
    /// </summary>
    private (bool? Where, bool? When) CheckPlaceAndDate(string label, string id, string text, GoldEvent gold, PredictedEvent predicted, EventGoldFile file)
    {
        bool? whereRight = null, whenRight = null;
        if (gold.Where is { } place)
        {
            whereRight = SameActor(new GoldActor(place, null), predicted.Where, file.Entities, text);
            if (whereRight == false)
            {
                Errors.Add($"{id} {label}place of {gold.Cameo} at {gold.Trigger.Start}-{gold.Trigger.End} {Slice(text, gold.Trigger)}: gold {place}, predicted {ActorText(predicted.Where, text)}");
            }
        }

        if (gold.When is { } day)
        {
            whenRight = SameDate(day, predicted.When);
            if (whenRight == false)
            {
                Errors.Add($"{id} {label}date of {gold.Cameo} at {gold.Trigger.Start}-{gold.Trigger.End} {Slice(text, gold.Trigger)}: gold {day}, predicted {predicted.When ?? "null"}");
            }
        }

        return (whereRight, whenRight);
    }

    /// <summary>A right/total count with one more judgment, or unchanged when there was none to make.</summary>
    private static (int Right, int Total) Tally((int Right, int Total) count, bool? right) =>
        right is { } r ? (count.Right + (r ? 1 : 0), count.Total + 1) : count;

    /// <summary>
    /// A gold event whose trigger was found but whose triple was not matched: which parts the prediction on the same words
    /// got wrong (root, source, target, flags), with both triples, so the errors of actor and code resolution can be told
    /// from those of trigger finding.
    /// </summary>
    private static string WrongOnTrigger(string id, string text, GoldEvent g, PredictedEvent e, EventGoldFile file)
    {
        var wrong = new List<string>();
        if (g.Root != e.Root)
        {
            wrong.Add("root");
        }

        if (!SameActor(g.Source, e.Source, file.Entities, text))
        {
            wrong.Add("source");
        }

        if (!SameActor(g.Target, e.Target, file.Entities, text))
        {
            wrong.Add("target");
        }

        if (g.Negated != e.Negated || g.Hypothetical != e.Hypothetical)
        {
            wrong.Add("flags");
        }

        var parts = wrong.Count == 0 ? "none (paired elsewhere)" : string.Join('+', wrong);
        return $"{id} on-trigger wrong {parts} at {g.Trigger.Start}-{g.Trigger.End} {Slice(text, g.Trigger)}: gold {g.Cameo}{Flags(g.Negated, g.Hypothetical)} " +
            $"{GoldActorText(g.Source, text, file)} -> {GoldActorText(g.Target, text, file)}, predicted {e.Cameo}{Flags(e.Negated, e.Hypothetical)} {ActorText(e.Source, text)} -> {ActorText(e.Target, text)}";
    }

    private void Bump(string root, int gold, int predicted, int matched)
    {
        var c = ByRoot.GetValueOrDefault(root);
        ByRoot[root] = (c.Gold + gold, c.Predicted + predicted, c.Matched + matched);
    }

    private static string Flags(bool negated, bool hypothetical) => (negated ? " negated" : "") + (hypothetical ? " hypothetical" : "");

    private static string GoldActorText(GoldActor? a, string text, EventGoldFile? file = null) =>
        a is null ? "null"
        : a.EntityId is { } e ? e + (file is not null && file.Entities.TryGetValue(e, out var m) && m.Count > 0 ? Slice(text, m[0]) : "")
        : Slice(text, a.Span!.Value);

    private static string ActorText(PredictedActor? a, string text) =>
        a is null ? "null" : a.Span is { } s ? Slice(text, s) : "(title)";

    private static string Slice(string text, TextSpan span) =>
        span.End <= text.Length ? "«" + text[span.Start..span.End].Replace('\n', ' ') + "»" : span.ToString();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Articles} articles, {Gold} gold, {Predicted} predicted");
}
