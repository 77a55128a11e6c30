using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وأعلنت زوجة مينغ أنها فقدت الاتصال به"، "وقال محامي بوتينا، روبرت دريسكول، إن"، "ويشدد أنصار ماكرون على": a noun of
/// kinship, counsel or following in construct with a name makes the name its genitive, the one whose wife, lawyer or
/// supporters acted, not the actor. The quote stage and the subject searches reach the name through the noun as they reach
/// it through a title, so the act went to the owner. The actor is the person named right after in apposition, set off by
/// a comma ("زوجة الرئيس السوري بشار الأسد، أسماء الأسد"), else the phrase itself, with no entity (gold/README.md, events:
/// an actor that is no gold entity is a span, head noun with the entity it is qualified by).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Nouns of kinship, counsel and following that take the owner's name as their genitive. Not ابن (a part of names:
    /// "ابن سلمان"), أم and أب (also "or" and the month), and the feminine nouns whose folded form is a masculine noun with
    /// the pronoun ه ("والدة" / "والده" "his father", "ابنة" / "ابنه"), which name the person after them.
    /// </summary>
    private static readonly HashSet<string> RelationNouns = new(
        new[]
        {
            "زوجة", "زوج", "أرملة", "خطيبة", "خطيب", "نجل", "نجلة", "شقيق", "شقيقة", "حفيد", "حفيدة", "عائلة", "أسرة", "أقارب",
            "محامي", "محامية", "محامو", "أنصار", "مؤيدو",
        }.Select(word => ArabicFolding.Fold(word)),
        StringComparer.Ordinal);

    /// <summary>Gives the events whose source is a name in construct with a relation noun the relative for their source.</summary>
    private void RelativesOfNamed()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Source is not { EntityId: not null } source || RelativeOfNamed(e.Trigger, source) is not { } relative)
            {
                continue;
            }

            _events[i] = e with { Source = relative };
        }
    }

    /// <summary>
    /// The actor for a source named in construct with a relation noun that stands at the trigger (the subject after the verb,
    /// or right before it), or null when the name is not in such a construct.
    /// </summary>
    private EventArgument? RelativeOfNamed(TextSpan trigger, EventArgument source)
    {
        var name = ArticleActors.TokenAt(_tokens, source.Span.Start);
        var nameLast = ArticleActors.TokenAt(_tokens, source.Span.End - 1);
        var cue = ArticleActors.TokenAt(_tokens, trigger.Start);
        var cueLast = ArticleActors.TokenAt(_tokens, trigger.End - 1);
        if (name <= 0 || nameLast < name || cue < 0)
        {
            return null;
        }

        // "زوجة الرئيس السوري بشار الأسد": the owner's title and its adjectives may stand between the noun and the name.
        var relation = name - 1;
        for (var titles = 0; titles < 3 && relation > 0 && !IsRelationNoun(relation) && IsOwnersTitleWord(_tokens[relation]); titles++)
        {
            relation--;
        }

        // "محامي الدفاع فكرت إيلكيز": a genitive that is no title is the noun's owner, and the name after it is the lawyer.
        var atTrigger = (relation > cueLast && relation - cueLast <= 2) || nameLast + 1 == cue;
        if (!atTrigger || !IsRelationNoun(relation) || (relation + 1 < name && !IsTitle(_tokens[relation + 1])))
        {
            return null;
        }

        if (nameLast + 2 < _tokens.Length && _tokens[nameLast + 1].Key is "،" or ","
            && _actors.StartingAt(nameLast + 2) is { Preposition: null, Entity.Type: EntityType.Person } apposed && apposed.Entity.Id != source.EntityId)
        {
            return apposed.Argument;
        }

        return new EventArgument(new TextSpan(_tokens[relation].Span.Start, source.Span.End), null);
    }

    /// <summary>A title or a definite adjective of the owner's title phrase ("الرئيس السوري"), with no preposition.</summary>
    private bool IsOwnersTitleWord(Token token) =>
        token.Kind == TokenKind.Word && !token.Has(SegmentRole.Preposition)
        && (IsTitle(token) || ArticleActors.WithoutConjunction(token.Key).StartsWith("ال", StringComparison.Ordinal));

    /// <summary>Whether the word is a relation noun in construct: no preposition, and ة written where the fold reads ه.</summary>
    private bool IsRelationNoun(int j)
    {
        var token = _tokens[j];
        // No pronoun test: the segmenter reads the ي of "محامي" as "my"; a noun with a pronoun has a key of its own.
        if (token.Kind != TokenKind.Word || token.Has(SegmentRole.Preposition)
            || !RelationNouns.Contains(ArticleActors.WithoutConjunction(token.Key)))
        {
            return false;
        }

        var written = _doc.Slice(token.Span);
        return !token.Key.EndsWith('ه') || written.EndsWith('ة');
    }
}
