using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "معرض القوات المسلحة لدعم التصنيع المحلي"، "منحة لدعم الموازنة"، "جمعية سند لدعم الأطفال"، "قوات التحالف العربي لدعم
/// الشرعية"، "كرّم البنك لدعمه برامج الجمعية": support with the preposition ل is a purpose, a name or a reason, not an act
/// of support the text reports. Read as the verb دعم, its nearest actor became a supporter (051) of whatever followed: in a
/// 1,500-article ant-multisource sample 18 such events, in SaudiNewsNet 2015-07-21 .. 23 47, nearly all purposes of a
/// grant, an exhibition, a charity or a campaign; the gold annotates none of the ل forms of its tuning texts.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Lemmas of support whose form after ل is a purpose (folded): دعم and ساند (مساندة).</summary>
    private static readonly HashSet<string> SupportLemmas = new(StringComparer.Ordinal) { "دعم", "ساند" };

    /// <summary>
    /// Whether token k is a support word after ل: the clitic on the word ("لدعم"، "ولمساندة"), or glued to a quotation
    /// mark before it (ل"دعم الشرعية", where the tokenizer leaves the word bare).
    /// </summary>
    private bool IsSupportPurpose(int k, EventLexeme lexeme)
    {
        if (!SupportLemmas.Contains(lexeme.Lemma))
        {
            return false;
        }

        var token = _tokens[k];
        foreach (var segment in token.Segments)
        {
            if (segment.Role == SegmentRole.Preposition)
            {
                return _doc.Text[segment.Span.Start] == 'ل';
            }
        }

        var i = token.Span.Start - 1;
        while (i >= 0 && _doc.Text[i] is '"' or '«' or '“' or '\'')
        {
            i--;
        }

        return i < token.Span.Start - 1 && i >= 0 && _doc.Text[i] == 'ل' && (i == 0 || char.IsWhiteSpace(_doc.Text[i - 1]) || _doc.Text[i - 1] == 'و');
    }
}
