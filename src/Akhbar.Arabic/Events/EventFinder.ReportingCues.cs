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
        if (_cues.Cue(_tokens[cue]) is not { Kind: CueKind.Verb or CueKind.Participle } entry || ArabicFolding.Fold(entry.Lemma) is var lemma && !PlainReportingCues.Contains(lemma))
        {
            return null;
        }

        var impersonal = ArticleActors.WithoutConjunctionSpan(_tokens[cue].Key).StartsWith('ي') && cue + 1 < _tokens.Length && _tokens[cue + 1].Key == "ان";
        return impersonal || (lemma == Approved && !AdmissionFrame(quote, cue)) ? null : PlainReportingStatement with { Lemma = lemma };
    }

    private static readonly string Approved = ArabicFolding.Fold("أقر");

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
