using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قتل 16 طفلا في غارة"، "أسفرت الغارات عن مقتل مئات المدنيين"، "خلف الهجوم مقتل 14 شخصا": people a sentence counts as dead
/// or hurt without naming a side are what the attack left, not whom it was aimed at. The gold codes such an attack with no
/// target (over the tuning folders the casualty rules gave anonymous dead as target a dozen times where the gold has none,
/// and once where it has them), and codes the counted dead as target when they are the men of a side that fights ("مقتل 25
/// عنصرا من الميليشيات"، "ثلاثة من عناصر الشرطة"), as EventFinder.CasualtySides gives the side of the dead when one is named.
/// So the casualty rules keep counted fighters, a state's men and a people named by its nisba ("7 إيرانيين") as the target,
/// and leave out counted persons, civilians and children ("أشخاص"، "مدنيين"، "أطفال") and a bare count ("العشرات"). A killing,
/// abduction or assassination word is itself done to the people it counts, and keeps them.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether <paramref name="dead"/>, a casualty phrase found as an attack's target, counts people who belong to no side:
    /// no entity, and a generic phrase that <see cref="CountsCivilians"/>.
    /// </summary>
    private bool CountsCivilianDead(EventArgument? dead) =>
        dead is { EntityId: null } words && ArticleActors.TokenAt(_tokens, words.Span.Start) is >= 0 and var first
        && GenericPhrase(first, _sentenceEnd[_sentenceOf[first]]) is { } phrase && CountsCivilians(phrase);

    /// <summary>
    /// The counted dead as the target of the attack noun or verb at <paramref name="k"/>, or null when they are civilians and
    /// the word is an attack, not a killing, abduction or assassination of its own (CAMEO 181, 186, 193).
    /// </summary>
    private EventArgument? DeadSide(int k, (int First, int Last, GenericActors.Kind Kind) dead) =>
        CountsCivilians(dead) && _readings.Lexeme(k)?.Cameo is not ("181" or "186" or "193") ? null : PhraseArgument(dead);

    /// <summary>
    /// Whether a generic phrase counts civilians: a noun of people of the list in it ("14 شخصا"، "عشرات المدنيين"), or a bare
    /// definite count with no من after it to say whom it counts ("مقتل العشرات"; not "المئات من قوات الجيش").
    /// </summary>
    private bool CountsCivilians((int First, int Last, GenericActors.Kind Kind) phrase)
    {
        if (phrase.Kind is not (GenericActors.Kind.People or GenericActors.Kind.Protester))
        {
            return false;
        }

        for (var t = phrase.First; t <= phrase.Last; t++)
        {
            if (_readings.GenericKind(t) is GenericActors.Kind.People or GenericActors.Kind.Protester)
            {
                return true;
            }
        }

        // A people named by a nisba plural ("5 فلسطينيين") is a side; a bare count is nobody in particular.
        return phrase.First == phrase.Last && _readings.GenericKind(phrase.First) == GenericActors.Kind.Quantity
            && !(phrase.Last + 1 < _tokens.Length && _tokens[phrase.Last + 1].Key == "من");
    }
}
