using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A title whose genitive is a country or body, followed by the name of whoever holds it: "وانتقد وزير خارجية البحرين
/// الشيخ خالد بن أحمد تصريحات ..."، "واتهم رئيس وزراء العراق حيدر العبادي التنظيم". The country in the genitive says whose
/// minister he is; the person named right after it acts, and the words after the name are the object.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The person named right after <paramref name="genitive"/> (a country or organization in the genitive of a title), a
    /// rank or honorific (الشيخ، الأمير) may stand between; else null.
    /// </summary>
    private ActorMention? HolderAfterTitleGenitive(ActorMention genitive, int end)
    {
        if (genitive.Entity.Type == EntityType.Person || genitive.Preposition is not null)
        {
            return null;
        }

        var next = genitive.Last + 1;
        if (next < end && _tokens[next].Kind == TokenKind.Word && ArticleActors.ListsWithoutConjunction(Ranks, _tokens[next].Key)
            && _actors.StartingAt(next) is null)
        {
            next++;
        }

        return PersonNamedAt(next, end);
    }

    /// <summary>
    /// The person named right after <paramref name="genitive"/>, a body or country after ل in a title phrase ("الأمين العام
    /// للأمم المتحدة أنطونيو غوتيريش"), a comma may stand between; else null.
    /// </summary>
    private ActorMention? HolderAfterLamGenitive(ActorMention genitive, int end)
    {
        if (genitive.Entity.Type == EntityType.Person || genitive.First == 0 || !IsTitlePhraseWord(genitive.First - 1, ArticleActors.WithoutConjunction(_tokens[genitive.First - 1].Key)))
        {
            return null;
        }

        var next = genitive.Last + 1;
        if (next < end && _tokens[next].Key is "،" or ",")
        {
            next++;
        }

        return PersonNamedAt(next, end);
    }

    /// <summary>The person whose mention starts at <paramref name="next"/>, before <paramref name="end"/>, with no preposition; else null.</summary>
    private ActorMention? PersonNamedAt(int next, int end) =>
        next < end && _actors.StartingAt(next) is { IsActor: true, Preposition: null, Entity.Type: EntityType.Person } holder ? holder : null;
}
