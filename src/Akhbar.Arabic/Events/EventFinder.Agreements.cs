using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Agreements named as things: "الانسحاب من الاتفاق النووي"، "إنقاذ الاتفاق"، "بنود الاتفاق"، "في حال خرق اتفاق فك الاشتباك"،
/// "مستقبل اتفاقية التجارة الحرة"، "اتفاق 2015"، "أي معاهدة سلام". News mostly writes an agreement noun for a treaty that
/// already exists, which the sentence withdraws from, defends or quotes; that is no act of agreeing (030), and the gold codes
/// none of them. A signed agreement (<see cref="IsSigned"/>, 057) and an indefinite one that is reached or proposed
/// ("التوصل إلى اتفاق"، "أسفر اللقاء عن اتفاق على التعاون") stay events.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether agreement noun k names an agreement rather than reporting one made: definite ("الاتفاق"، "بالاتفاق") or with a
    /// possessive ("اتفاقها"), in construct with a definite word, a chain ending in one or a year ("اتفاق الدفاع المشترك"،
    /// "اتفاق فك الاشتباك"، "اتفاق 2015"; a bare name is left alone, since it may be the parties: "اتفاق روسيا وتركيا"),
    /// or after أي ("بأي معاهدة"); and not signed.
    /// </summary>
    private bool IsNamedAgreement(int k, int start, int end, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || !AgreementLemmas.Contains(lexeme.Lemma) || IsSigned(k, start, lexeme))
        {
            return false;
        }

        if (IsDefinite(k) || _tokens[k].Has(SegmentRole.Pronoun))
        {
            return true;
        }

        if (k - 1 >= start && (WithoutProclitics(_tokens[k - 1]) ?? ArticleActors.WithoutConjunction(_tokens[k - 1].Key)) == "اي")
        {
            return true;
        }

        if (k + 1 >= end)
        {
            return false;
        }

        var next = _tokens[k + 1];
        if (next.Kind == TokenKind.Number || IsDefiniteGenitive(k + 1))
        {
            return true;
        }

        // "اتفاق فك الاشتباك"، "اتفاقية حظر الأسلحة": a chain whose last word is definite names the treaty by its subject.
        return k + 2 < end && next.Kind == TokenKind.Word && !next.Has(SegmentRole.Preposition) && !next.Has(SegmentRole.Conjunction) && !next.Has(SegmentRole.Pronoun)
            && !StandalonePrepositions.Contains(next.Key) && !ClauseStops.Contains(next.Key) && !_inTime[k + 1] && _actors.StartingAt(k + 1) is null
            && _readings.Lexeme(k + 1) is null && IsDefiniteGenitive(k + 2);
    }

    /// <summary>Whether token j is a definite word that can be a genitive: the article without a conjunction, no nisba.</summary>
    private bool IsDefiniteGenitive(int j) =>
        _tokens[j].Kind == TokenKind.Word && _tokens[j].Key.StartsWith("ال", StringComparison.Ordinal) && !_tokens[j].Has(SegmentRole.Conjunction)
        && !IsNisba(_tokens[j].Key);
}
