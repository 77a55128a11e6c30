using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "اجتمع بومبيو مع زعيم كوريا الشمالية": a leader named by his title and his country, when the article names the person
/// who holds that title for that country ("الزعيم الكوري الشمالي كيم جونغ أون"), is that person, not the country. The
/// linker ties the country's name to the country, so the event would otherwise meet a state.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Titles of heads of state and government written before the name of their country (folded, without ال).</summary>
    private static readonly HashSet<string> LeaderTitles = new(StringComparer.Ordinal) { "زعيم", "رييس", "رييسه", "ملك", "امير", "عاهل" };

    /// <summary>The mention as the person it stands for when it is a country after a leader's title; else the mention as it is.</summary>
    private ActorMention LeaderOf(ActorMention mention) =>
        mention.Entity.Type == EntityType.Location && LeaderNamedBy(mention.Entity, mention.First) is { } person ? mention with { Entity = person } : mention;

    /// <summary>The same for an event argument that is a country's mention.</summary>
    private EventArgument? LeaderOf(EventArgument? argument)
    {
        if (argument?.EntityId is not { } id || EntityById(id) is not { Type: EntityType.Location } country)
        {
            return argument;
        }

        return LeaderNamedBy(country, ArticleActors.TokenAt(_tokens, argument.Span.Start)) is { } person ? argument with { EntityId = person.Id } : argument;
    }

    /// <summary>
    /// The person of the article whose role is the title before the country's name at <paramref name="first"/> for that
    /// country (a role with the title as its head and no "السابق": "الزعيم الكوري الشمالي" for "زعيم كوريا الشمالية").
    /// </summary>
    private Entity? LeaderNamedBy(Entity country, int first)
    {
        if (first < 1 || country.Country is not { } code || country.Geo?.Feature != "PCLI" || _tokens[first - 1].Kind != TokenKind.Word
            || _tokens[first - 1].Has(SegmentRole.Preposition))
        {
            return null;
        }

        var title = ArticleActors.WithoutConjunction(_tokens[first - 1].Key);
        if (!LeaderTitles.Contains(title))
        {
            return null;
        }

        Entity? found = null;
        foreach (var e in _doc.LinkedEntities)
        {
            if (e.Type != EntityType.Person || e.Country != code)
            {
                continue;
            }

            foreach (var role in e.Roles)
            {
                var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is >= 2 and <= 3 && Akhbar.Core.Text.ArabicFolding.Fold(words[0]) == "ال" + title && !role.Contains("سابق", StringComparison.Ordinal))
                {
                    if (found is not null && found.Id != e.Id)
                    {
                        // Two holders of the title for one country: the text does not say which.
                        return null;
                    }

                    found = e;
                }
            }
        }

        return found;
    }
}
