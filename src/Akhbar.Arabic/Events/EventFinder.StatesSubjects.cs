using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقال قادة فرنسا وألمانيا ... ودعت الدول الأربع روسيا إلى"، "وأكدت دول عربية ضرورة التصدي": states named together by
/// "الدول" or "دول" right after a feminine cue are its subject (a plural of things takes the feminine singular verb), not
/// the speaker the quote stage carried over from an earlier sentence. After a masculine cue ("ودعا الدول الأعضاء إلى") the
/// states are whom the cue addresses, and are left to the addressee rules.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Plurals of state (folded, without the article) that head a subject of several states.</summary>
    private static readonly HashSet<string> StatesHeads = new(StringComparer.Ordinal) { "دول", "بلدان" };

    /// <summary>Whether a plural of states opens at token <paramref name="j"/>, right after a feminine cue verb that it is the subject of.</summary>
    private bool StatesSubjectAt(int j)
    {
        if (j < 1 || _tokens[j].Kind != TokenKind.Word || _tokens[j].Has(SegmentRole.Preposition) || _actors.StartingAt(j) is not null
            || !StatesHeads.Contains(WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key))))
        {
            return false;
        }

        return AgreesWith(VerbWithoutObject(j - 1), 'f');
    }
}
