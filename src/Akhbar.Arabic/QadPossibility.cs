using Akhbar.Arabic.Events;
using Akhbar.Core.Model;

namespace Akhbar.Arabic;

/// <summary>
/// "قد" before a verb in the present says what may happen or be said ("قد يشن الجيش هجوما"، "وقد يتساءل البعض عن ..."),
/// not what was done or said; before a perfect it reports a done act ("كانت الشركة قد توقعت"، "وقد تبنى تنظيم داعش
/// الهجوم"). The quote stage (a reporting verb that says what someone might say) and the event stage (an event told as
/// possible) ask this one test.
/// </summary>
public static class QadPossibility
{
    /// <summary>
    /// Whether the word at <paramref name="k"/> is a present right after قد (with or without و or ف: "وقد"، "فقد"), in a
    /// sentence that starts at <paramref name="sentenceStart"/>. <paramref name="lemma"/> is the verb's lemma (its perfect),
    /// when known.
    /// </summary>
    public static bool IsPresentAfterQad(IReadOnlyList<Token> tokens, int k, int sentenceStart, string? lemma)
    {
        if (k <= sentenceStart || ArticleActors.WithoutConjunctionSpan(tokens[k - 1].Key) is not "قد")
        {
            return false;
        }

        // The verb after قد carries no conjunction: a first و or ف is its own ("قد فتحت"، "قد وضعت"), not to be stripped.
        var word = tokens[k].Key;
        if (word.Length < 3 || word[0] is not ('ي' or 'ت' or 'ن') || word.EndsWith("وا", StringComparison.Ordinal))
        {
            // A plural in وا is a perfect ("قد نفوا"، "قد تحدثوا").
            return false;
        }

        // With the lemma known, the present is the form that opens with a prefix the perfect lacks: "يشن، تحث، نرى" against
        // "شن، حث، رأى"; "نفت، نشرت، تبنى، تحدث" open as their perfect does ("كانت قد نفذت" is done). A verb of form V or VI
        // (lemma in ت) has its present in "تت". Without the lemma a three-letter word may be a perfect ("قد نفت"), so the
        // present needs at least four letters.
        return lemma is { Length: > 0 }
            ? word[0] != lemma[0] || word.StartsWith("تت", StringComparison.Ordinal)
            : word.Length >= 4;
    }
}
