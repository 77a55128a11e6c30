using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The agent in the genitive of an arrest noun. The genitive of "اعتقال" or "احتجاز" is who was arrested ("اعتقال الصحفي"),
/// but when the one arrested follows it, marked by ل or as an indefinite object ("احتجاز أنقرة للقس الأمريكي"، "بعد احتجاز
/// الشرطة أعضاء من جماعتهم"، "اعتقال السلطات لعشرات الناشطين"), the genitive is who made the arrest and the words after
/// it are the target.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// For arrest noun ending at <paramref name="last"/>: the agent in its genitive and the first token of what follows it
    /// (the one arrested), or null when the genitive is the one arrested.
    /// </summary>
    private (EventArgument Agent, ActorMention? Named, int PatientAt)? AgentGenitive(int last, int end, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || lexeme.Cameo != "173" || last + 2 >= end)
        {
            return null;
        }

        ActorMention? named = null;
        EventArgument agent;
        if (_actors.StartingAt(last + 1) is { IsActor: true, Preposition: null } actor && actor.Entity.Type != EntityType.Person)
        {
            named = actor;
            agent = new EventArgument(actor.Span, actor.Entity.Id);
        }
        else if (GroupActors.IsCollective(_tokens[last + 1]))
        {
            agent = GroupArgument(last + 1, end);
        }
        else
        {
            return null;
        }

        var after = ArticleActors.TokenAt(_tokens, agent.Span.End - 1) + 1;
        if (after >= end || _tokens[after].Kind != TokenKind.Word)
        {
            return null;
        }

        // "للقس"، "لعشرات": the one arrested marked by ل; "أعضاء"، "عشرات": an indefinite object after a group's genitive.
        var marked = _tokens[after].SegmentWith(SegmentRole.Preposition) is { } preposition && _doc.Text[preposition.Span.Start] == 'ل';
        var indefinite = named is null && (_tokens[after].Kind == TokenKind.Number || ArticleActors.ListsWithoutConjunction(CountWords, _tokens[after].Key)
            || (IsObjectWord(after) && !ArticleActors.WithoutConjunctionSpan(_tokens[after].Key).StartsWith("ال", StringComparison.Ordinal) && !IsNisba(_tokens[after].Key)));
        return marked || indefinite ? (agent, named, after) : null;
    }
}
