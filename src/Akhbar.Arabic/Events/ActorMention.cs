using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A mention of a linked entity as the event stage sees it: the tokens it covers and the preposition before it, folded
/// ("مع", "علي", "ب", "في"), which decides whether it can be a subject (none), a partner or target (مع, على, ضد, ب) or a
/// place (في). <see cref="Preposition"/> is "*" after a noun with a preposition clitic ("بقيادة X", "بمشاركة X"): a
/// phrase that is neither the subject nor a target.
/// </summary>
internal readonly record struct ActorMention(Entity Entity, TextSpan Span, int First, int Last, string? Preposition)
{
    /// <summary>
    /// Whether the mention is part of the article's dateline ("دبي، الإمارات العربية المتحدة (CNN)--"): the place it
    /// was filed from, which acts in none of its events (<see cref="DatelineTokens"/>).
    /// </summary>
    public bool InDateline { get; init; }

    /// <summary>
    /// Whether the entity can do or undergo an event: a person, an organization, or a country or capital (which news text
    /// uses for its government: "طالب موسكو"). Other places are where events happen, not who acts.
    /// </summary>
    public bool IsActor => !InDateline && (Entity.Type is EntityType.Person or EntityType.Organization
        || (Entity.Type == EntityType.Location && Entity.Geo?.Feature is "PCLI" or "PPLC"));

    public bool IsPlace => Entity.Type == EntityType.Location;

    public EventArgument Argument => new(Span, Entity.Id);
}
