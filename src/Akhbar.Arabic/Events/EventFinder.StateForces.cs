using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Gunfire is unconventional violence (180) when a gunman, an attacker or nobody named fires ("إطلاق نار داخل مدرسة"، "أطلق
/// مسلح النار"), but not when an army or a police force does: "قبل أن تطلق الشرطة النار عليه"، "وأطلق جيش الاحتلال النار"،
/// "شرطي يطلق النار على رجل" are a state's use of its arms, conventional force (190), as the gold codes the police shooting a
/// gunman down. Fired at protesters ("أطلقت الشرطة النار على المحتجين") it is violent repression (175), as the gold codes
/// soldiers opening fire on rioters: EventFinder.ProtestRepression recodes it, with the state's other acts of force. Militias
/// and gunmen (مسلحون، ميليشيات) stay 180: they are armed sides, not a state's forces.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Folded first words of a state's armed or police forces, without a leading و (رجال and عناصر: <see cref="PoliceGenitives"/>).</summary>
    private static readonly HashSet<string> StateForceHeads = new(StringComparer.Ordinal)
    {
        "الجيش", "جيش", "القوات", "قوات", "الشرطه", "شرطه", "شرطي", "شرطيا", "الشرطي", "الامن", "الجنود", "جنود", "جنوده",
        "جنودها", "الحرس", "حرس", "الدرك", "دوريه",
    };

    /// <summary>Folded words that make رجال or عناصر a state's force ("رجال الشرطة"، "عناصر الأمن").</summary>
    private static readonly HashSet<string> PoliceGenitives = new(StringComparer.Ordinal) { "الشرطه", "الامن", "الجيش", "الدرك" };

    /// <summary>
    /// Whether the source names a state's armed or police forces by its first word ("الشرطة"، "قوات الأمن"، "الجيش
    /// الإسرائيلي"، "مجموعة من رجال الشرطة"); "رجال" and "عناصر" only with the police, security or army after them.
    /// </summary>
    private bool IsStateForce(EventArgument? source)
    {
        if (source is not { } s || ArticleActors.TokenAt(_tokens, s.Span.Start) is not (>= 0 and var first))
        {
            return false;
        }

        var last = ArticleActors.TokenAt(_tokens, s.Span.End - 1);
        for (var j = first; j <= last && j <= first + 3; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key is "رجال" or "عناصر")
            {
                return j + 1 <= last && ArticleActors.ListsWithoutConjunction(PoliceGenitives, _tokens[j + 1].Key);
            }

            if (StateForceHeads.Contains(key))
            {
                return true;
            }

            // "مجموعة من رجال الشرطة": a count or a group of before the force.
            if (key is not ("مجموعه" or "عدد" or "من"))
            {
                return false;
            }
        }

        return false;
    }
}
