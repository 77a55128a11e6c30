using Akhbar.Arabic.Quotes;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Reporting verbs the event lexicon does not list. The quote stage knows more cues (quotes/cues.tsv) than the event
/// lexicon codes, and a quote behind such a cue made no event, although the gold codes every speech act whose speaker
/// the text identifies (gold/README.md, events). Their verbs were left out of the lexicon, or dropped from it, because
/// alone they are often no speech ("أقر البرلمان القانون" approved, "توقع اتفاقا" reached an agreement), but once the
/// quote stage has read words reported after them they are statements. Only the cues whose words are, as a rule, a
/// plain statement are taken: pledges (تعهد، متعهدا: "وتعهد الوزير بمواصلة"), admissions (أقر، اعترف), forecasts (توقع،
/// رجح), answers and reports (أجاب، أورد، روى، خلص، ختم، جزم، نوه، أخبر، أخطر، استطرد). Left out are the cues whose words
/// the gold codes by what they do more often than as 010 (on the tuning sets: "وتابع" went on with a criticism, an
/// appeal or a demand in 5 of 7 gold events; "تساءل" and "رأى" judge; "أصر"، "أنكر"، "تمنى" insist, deny, hope; "أبدى"،
/// "معبرا" express what verb-object patterns code), وصف (its own rule, EventFinder.DescribedAs) and the noun تأكيد.
/// The word never becomes a trigger outside a quote.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Folded lemmas of quote-lexicon cues whose quote is a plain statement (010).</summary>
    private static readonly HashSet<string> PlainReportingCues = new(
        new[] { "تعهد", "متعهدا", "أقر", "اعترف", "معترفا", "توقع", "متوقعا", "رجح", "مرجحا", "أجاب", "أورد", "روى", "خلص", "ختم", "جزم", "نوه", "منوها", "أخبر", "أخطر", "استطرد", "مستطردا" }
            .Select(w => ArabicFolding.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>The lexeme a plain reporting cue the event lexicon lacks is coded with.</summary>
    private static readonly EventLexeme PlainReportingStatement = new(string.Empty, EventWordKind.Verb, "010", null, false, [], true);

    /// <summary>
    /// A statement lexeme for the quote cue at <paramref name="cue"/> when the quote lexicon has it as a plain reporting
    /// verb or participle; null otherwise, and for the impersonal present right before أن ("ويتوقع أن"، "ويرجح أن": the
    /// outlet's own forecast, spoken by nobody, as "ويذكر أن"). أقر is "approved" as often as "admitted" ("وأقر مجلس
    /// الشيوخ الإصلاح"، "البرلمان يقر الميزانية": 6 of 26 such quotes on the sample): it is taken only when what is admitted
    /// follows أن or بـ ("وأقر الوزير بأن"، "أقر ... بفقدان").
    /// </summary>
    private EventLexeme? UnlistedReportingCue(int cue, Quote quote)
    {
        if (_cues.Cue(_tokens[cue]) is not { Kind: CueKind.Verb or CueKind.Participle } entry)
        {
            return null;
        }

        var lemma = ArabicFolding.Fold(entry.Lemma);
        if (lemma == WentOn && quote.Cue.Start == _tokens[cue].Span.Start && !SayingParticipleAfter(cue, quote))
        {
            // "وتابع: "على إسرائيل أن ..."": coded for now, kept only if its words do something (EventFinder.WentOnActs).
            _wentOnCues.Add(quote.Cue.Start);
            return PlainReportingStatement with { Lemma = lemma };
        }

        if (!PlainReportingCues.Contains(lemma))
        {
            return null;
        }

        var impersonal = ArticleActors.WithoutConjunctionSpan(_tokens[cue].Key).StartsWith('ي') && cue + 1 < _tokens.Length && _tokens[cue + 1].Key == "ان";
        return impersonal || (lemma == Approved && !AdmissionFrame(quote, cue)) ? null : PlainReportingStatement with { Lemma = lemma };
    }

    private static readonly string Approved = ArabicFolding.Fold("أقر");

    /// <summary>
    /// "وتابع قائلا:"، "وتابعت رئيسة الوزراء قائلة": a participle of قال right after a plain reporting verb the event lexicon
    /// lacks or تابع, or after that verb and its subject, opens the verb's words; the two are one speech act, and the gold codes it at
    /// the verb (gold/README.md: one event per speech act, on its first verb), where a listed verb is already coded
    /// (EventFinder.DoubledCues). Returns the verb's token, or -1.
    /// </summary>
    private int ReportingVerbBeforeParticiple(int cue)
    {
        if (!ArticleActors.WithoutConjunctionSpan(_tokens[cue].Key).StartsWith("قايل", StringComparison.Ordinal))
        {
            return -1;
        }

        // Back over the subject ("وتابعت رئيسة الوزراء البريطانية تيريزا ماي قائلة") to the first cue; a comma, a clause word or
        // another cue ("وعلق المذيع قائلا") ends the search.
        var start = _sentenceStart[_sentenceOf[cue]];
        for (var j = cue - 1; j >= start && j >= cue - ParticipleSubjectWindow; j--)
        {
            if (_tokens[j].Kind != TokenKind.Word || ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
            {
                return -1;
            }

            if (_cues.Cue(_tokens[j]) is { } entry)
            {
                return entry.Kind == CueKind.Verb && (ArabicFolding.Fold(entry.Lemma) is var lemma && (PlainReportingCues.Contains(lemma) || lemma == WentOn)) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// تابع "went on": alone its quote is no plain statement (above), but with قائلا after it the speech act is told at it,
    /// whatever the act turns out to be.
    /// </summary>
    private static readonly string WentOn = ArabicFolding.Fold("تابع");

    /// <summary>How many words the subject between a reporting verb and its participle may take.</summary>
    private const int ParticipleSubjectWindow = 7;

    /// <summary>
    /// Whether the words of <paramref name="quote"/> open with أن / بأن or a word in بـ right after the cue and who spoke
    /// (the speaker's words, names and titles, commas and words of time may stand between: "أقر الرئيس التركي، رجب طيب
    /// أردوغان، بفقدان"); not after an object ("وأقر مجلس الشيوخ الإصلاح ... بتأييد 245 صوتا").
    /// </summary>
    private bool AdmissionFrame(Quote quote, int cue)
    {
        var first = ArticleActors.TokenAt(_tokens, quote.Content.Start);
        if (first <= cue)
        {
            return false;
        }

        var that = ThatForms.Contains(_tokens[first - 1].Key);
        var end = that ? first - 1 : first;
        // A speaker named after the cue ("وأقر وزير الداخلية الفرنسي جيرار كولومب بأن") is its subject, title and all.
        var from = quote.Speaker is { } after && after.Start > quote.Cue.Start ? Math.Max(cue + 1, ArticleActors.TokenAt(_tokens, after.End - 1) + 1) : cue + 1;
        for (var j = from; j < end; j++)
        {
            if (ActorOrTitledName(j) is { } named)
            {
                j = named.Last;
                continue;
            }

            if (_tokens[j].Kind == TokenKind.Word && !_inTime[j] && !(quote.Speaker is { } said && said.Contains(_tokens[j].Span)))
            {
                return false;
            }
        }

        return that || ArticleActors.WithoutConjunctionSpan(_tokens[first].Key).StartsWith('ب');
    }

    /// <summary>أن and بأن as they open admitted words (folded), with the pronoun the words begin with.</summary>
    private static readonly HashSet<string> ThatForms = new(StringComparer.Ordinal) { "ان", "بان", "انه", "بانه", "انها", "بانها", "انهم", "بانهم" };
}
