using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قتل 16 طفلا في غارة"، "أسفرت الغارات عن مقتل مئات المدنيين"، "خلف الهجوم مقتل 14 شخصا": people a sentence counts as dead
/// or hurt without naming a side are what the attack left, not whom it was aimed at. The gold codes such an attack with no
/// target (gold/README.md: the target is the actor the text makes responsible for suffering it, a side; EventFinder.CasualtySides
/// gives the side of the dead when one is named), and codes the counted dead as target only when they are the men of a side
/// that fights ("مقتل 25 عنصرا من الميليشيات"، "ثلاثة من عناصر الشرطة"). So the casualty rules keep counted fighters and
/// security men as the target and leave counted civilians, persons and protesters out.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether <paramref name="dead"/>, a casualty phrase found as an attack's target, counts people who belong to no fighting
    /// side: no entity, and a generic phrase whose head is of the people or protester kind ("16 طفلا"، "مئات المدنيين"،
    /// "العشرات"، "3 إسرائيليين"), not armed men or a state's men ("جنديان"، "عناصر الشرطة").
    /// </summary>
    private bool CountsCivilianDead(EventArgument? dead)
    {
        if (dead is not { EntityId: null } words || ArticleActors.TokenAt(_tokens, words.Span.Start) is not (>= 0 and var first))
        {
            return false;
        }

        return GenericPhrase(first, _sentenceEnd[_sentenceOf[first]]) is { } phrase && IsCivilianKind(phrase.Kind);
    }

    /// <summary>The counted dead as an attack's target, or null when they are civilians (<see cref="CountsCivilianDead"/>).</summary>
    private EventArgument? DeadSide((int First, int Last, GenericActors.Kind Kind) dead) => IsCivilianKind(dead.Kind) ? null : PhraseArgument(dead);

    private static bool IsCivilianKind(GenericActors.Kind kind) => kind is GenericActors.Kind.People or GenericActors.Kind.Protester;
}
