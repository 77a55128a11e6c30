using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// The holder between commas (AppositeHolder) after a description the lexicon does not list: "قال صانع ألعاب فريق ليستر
/// سيتي، فلان، إن"، "وتقول منسقة وزارة الثقافة، فلانة، إن"، "واعتبر لاعب نادي الزمالك السابق، فلان، أن". The role is an
/// indefinite noun heading a construct (a player's position, a job), and the organization it belongs to is often named
/// inside it; the person between the commas is who speaks. Before, the search stopped at the organization's name and an
/// indefinite opener was never a role, so the quote had the description as its speaker (or, over four words, none), and
/// the next cue without a subject carried the description where the text then writes the name.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>
    /// Whether the word at <paramref name="k"/> may open a description whose holder follows between commas: a plain word
    /// (the caller has already turned away a phrase that opens with a name).
    /// </summary>
    private bool IsDescribedHolder(int k) =>
        _tokens[k].Kind == TokenKind.Word && !HasPreposition(_tokens[k]) && !Demonstratives.Contains(_tokens[k].Key);

    /// <summary>
    /// Whether the search for the comma before the holder stops at <paramref name="k"/>: at a person (who is then named in
    /// the phrase itself, or told), not at an organization or place inside the description ("فريق ليستر سيتي"، "وزارة الثقافة").
    /// </summary>
    private bool StopsHolderSearch(int k) => _mentionStarting[k] is { Type: EntityType.Person };

    /// <summary>
    /// Whether the person mention opens its word: the tagger reads some names as a glued بـ and a name ("بايك" as ب + "ايك"،
    /// "بريان" as ب + "ريان"), and a holder cut so is worse than the role phrase it would replace.
    /// </summary>
    private bool StartsItsWord(EntityMention person, int k) => person.Span.Start == _tokens[k].Span.Start;
}
