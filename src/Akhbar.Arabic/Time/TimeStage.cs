using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using NodaTime;

namespace Akhbar.Arabic.Time;

/// <summary>
/// Adds the time expressions of a document, normalized against its publication date (or, when the input has
/// none, against a dateline found in the text, with a diagnostic saying so). A weekday that does not agree with
/// the day it names ("أمس الجمعة" on a Monday) is kept as written and reported with a diagnostic.
/// </summary>
public sealed class TimeStage : IPipelineStage
{
    private readonly TimeLexicon _lexicon;
    private readonly TimeRecognizer _recognizer;

    private readonly TimeConvention _convention;

    [ThreadStatic]
    private static TimeToken[]? t_tokens;

    /// <param name="defaultDirection">
    /// Where a bare weekday or a month without a year leans when the sentence has no future marker: Past for news
    /// (the default); Future reproduces the convention of assistant-style test sets such as Duckling's.
    /// </param>
    public TimeStage(TimeDirection defaultDirection = TimeDirection.Past, TimeLexicon? lexicon = null)
        : this(new TimeConvention(defaultDirection, false), lexicon)
    {
    }

    /// <param name="convention">How open words are read (<see cref="TimeConvention.News"/> in the default pipeline).</param>
    public TimeStage(TimeConvention convention, TimeLexicon? lexicon = null)
    {
        _convention = convention;
        _lexicon = lexicon ?? TimeLexicon.Default;
        _recognizer = new TimeRecognizer(_lexicon);
    }

    public string Name => "time";

    public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Sentences, LayerNames.Tokens];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Times];

    public void Process(Document document)
    {
        // One reusable buffer per thread for the time view of the tokens: a long article has thousands of them, and
        // allocating (or renting) that much per article costs more than the recognition itself.
        var count = document.Tokens.Count;
        if (t_tokens is not { } tokens || tokens.Length < count)
        {
            t_tokens = tokens = new TimeToken[Math.Max(count, 1024)];
        }

        try
        {
            document.Times = Analyze(document, tokens);
        }
        finally
        {
            // Drop the references to this document's strings.
            Array.Clear(tokens, 0, count);
        }
    }

    private List<TimeExpression> Analyze(Document document, TimeToken[] tokens)
    {
        TimeToken.From(document.Text, document.Tokens, _lexicon, tokens);
        var mentions = new List<TimeMention>();
        var sentenceOf = new List<(int Start, int End)>();
        var t = 0;
        var all = document.Tokens;
        var count = all.Count;
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var start = t;
            while (t < count && all[t].Span.Start < sentences[s].Span.End)
            {
                t++;
            }

            // "16. نوفمبر. 2016": the sentence splitter ends a sentence at the dot of a day or a month; the date goes on.
            while (s + 1 < sentences.Count && t < count && DotInsideDate(tokens, start, t))
            {
                s++;
                while (t < count && all[t].Span.Start < sentences[s].Span.End)
                {
                    t++;
                }
            }

            var before = mentions.Count;
            _recognizer.Recognize(tokens, start, t, mentions);
            for (var m = before; m < mentions.Count; m++)
            {
                sentenceOf.Add((start, t));
            }
        }

        LocalDate? anchor = document.Raw.Published?.Date;
        // The publication moment's wall-clock time, when the input gives one: hours counted from it are clock times.
        LocalTime? anchorTime = document.Raw.Published?.Moment?.LocalDateTime.TimeOfDay;
        var dateline = -1;
        if (anchor is null)
        {
            dateline = DatelineFinder.Find(tokens, mentions, out var found);
            if (dateline >= 0)
            {
                anchor = found;
                var span = mentions[dateline];
                document.AddDiagnostic(DiagnosticCodes.DateFromDateline,
                    $"no publication date in the input: relative times were resolved against {TimeValues.Date(found)}, the date at {span.Start}-{span.End} of the clean text (dateline).");
            }
        }

        var kept = new List<EquivalentDates.Entry>(mentions.Count);
        var datelineEntry = -1;
        // The first future marker of the current sentence, found once per sentence rather than once per expression.
        var markerSentence = -1;
        var marker = int.MaxValue;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (sentenceOf[m].Start != markerSentence)
            {
                markerSentence = sentenceOf[m].Start;
                marker = FirstFutureMarker(document.Text, document.Tokens, tokens, sentenceOf[m].Start, sentenceOf[m].End);
            }

            if (MonthNamedEntity.IsPartOfName(document, tokens, mention) || PaperNamedToday.IsPaperName(document.Text, mention)
                || MatchScores.IsScore(document.Text.AsSpan(mention.Start, mention.End - mention.Start)))
            {
                continue;
            }

            var direction = marker <= mention.LastToken ? TimeDirection.Upcoming : _convention.Direction;
            if (TimeNormalizer.Normalize(mention.Meaning, anchor, direction, _convention.ModifierNamesAdjacentUnit, anchorTime) is not { } n)
            {
                continue;
            }

            if (n.WrongWeekday is { } wrong && n.Day is { } day)
            {
                document.AddDiagnostic(DiagnosticCodes.WeekdayMismatch, n.FollowsWeekday
                    ? $"\"{document.Text[mention.Start..mention.End]}\" at {mention.Start}-{mention.End}: against the publication date the day is {TimeValues.Date(day)}, a {day.DayOfWeek}, not a {wrong}; the value is the nearest {wrong}, {n.Value}."
                    : $"\"{document.Text[mention.Start..mention.End]}\" at {mention.Start}-{mention.End}: {TimeValues.Date(day)} is a {day.DayOfWeek}, not a {wrong}; the value follows the date.");
            }

            if (m == dateline)
            {
                datelineEntry = kept.Count;
            }

            kept.Add(new EquivalentDates.Entry(mention, n));
        }

        EquivalentDates.Align(kept, tokens);
        var times = new List<TimeExpression>(kept.Count);
        for (var k = 0; k < kept.Count; k++)
        {
            var (mention, n) = (kept[k].Mention, kept[k].Normalized);
            times.Add(new TimeExpression(new TextSpan(mention.Start, mention.End), n.Type, n.Value, n.Anchored)
            {
                Values = n.Values,
                IsDateline = k == datelineEntry,
            });
        }

        return times;
    }

    /// <summary>
    /// Whether the sentence [start, end) ends with a dot that belongs to a date: a day number before a month name
    /// ("2. أكتوبر") or a month name before a year ("نوفمبر. 2016").
    /// </summary>
    private static bool DotInsideDate(TimeToken[] tokens, int start, int end)
    {
        if (end - start < 2 || !tokens[end - 1].IsPunct('.'))
        {
            return false;
        }

        var before = tokens[end - 2];
        var next = tokens[end];
        var dayThenMonth = before.Kind == TokenKind.Number && before.Key.Length <= 2 && next.HasAny(MonthKinds);
        var monthThenYear = before.HasAny(MonthKinds) && next.Kind == TokenKind.Number && next.Key.Length == 4;
        return dayThenMonth || monthThenYear;
    }

    private static readonly ulong MonthKinds = TimeToken.MaskOf(TimeWordKind.Month, TimeWordKind.HijriMonth);

    /// <summary>
    /// The index of the first future marker (سـ، سوف، من المقرر، يعتزم) of the sentence [from, to), or int.MaxValue: an
    /// expression is future when the marker comes before its last token (earlier in the sentence or inside it).
    /// </summary>
    private static int FirstFutureMarker(string text, IReadOnlyList<Token> tokens, TimeToken[] timeTokens, int from, int to)
    {
        for (var i = from; i < to && i < tokens.Count; i++)
        {
            if (timeTokens[i].Has(TimeWordKind.FutureCue) || LooksLikeFutureVerb(text, tokens[i], timeTokens[i]))
            {
                return i;
            }

            foreach (var s in tokens[i].Segments)
            {
                if (s.Role == SegmentRole.Future)
                {
                    return i;
                }
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// سـ on an imperfect verb (سأعود، سيعقد، ستبدأ، سنعمل), which the clitic segmenter leaves whole when no conjunction
    /// precedes it. Nouns and names that start the same way end in teh marbuta or -ات, or are listed as not-future.
    /// </summary>
    private static bool LooksLikeFutureVerb(string text, Token token, TimeToken timeToken)
    {
        var key = token.Key;
        if (token.Kind != TokenKind.Word || key.Length is < 4 or > 8 || key[0] != 'س' || timeToken.Words.Length > 0)
        {
            return false;
        }

        if (text[token.Span.Start + 1] == 'أ')
        {
            return true;
        }

        // The imperfect verb after سـ must be a word of its own (ستواصل: تواصل), which names that start the same way
        // are not (سيلانوف: يلانوف, سيرغي: يرغي).
        return key.Length >= 5 && key[1] is 'ي' or 'ت' or 'ن' && text[token.Span.End - 1] != 'ة' && !key.EndsWith("ات", StringComparison.Ordinal) && !key.EndsWith("ين", StringComparison.Ordinal)
            && Segmentation.WordFrequencies.Default.Frequency(key.AsSpan(1)) > 0;
    }
}
