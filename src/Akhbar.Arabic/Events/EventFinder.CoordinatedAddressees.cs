using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// An appeal or a demand addressed to several sides joined by و, where one of them is named by a common noun: "دعا الأمين
/// العام الفلسطينيين والإسرائيليين إلى"، "طالب مجلس الأمن والمجتمع الدولي بإدانة"، "دعت منظمات المجتمع المدني وكافة
/// الهيئات المعنية إلى". The gold makes one event per source-target pair; the addressee search joins names to names
/// (<see cref="AddCoordinated"/>) but stops at a group phrase, before or after the و.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many addressees one appeal may gather, as <see cref="AddCoordinated"/> allows for names.</summary>
    private const int MaxAddressees = 4;

    /// <summary>
    /// For each appeal or demand told by a quote (02, 10) whose last addressee is followed by و and another side, a named
    /// actor or a group phrase (<see cref="AppealedGroup"/>), adds the same act at that side, and so on down the list.
    /// </summary>
    private void CoordinatedAddressees()
    {
        var count = _events.Count;
        for (var i = 0; i < count; i++)
        {
            var appeal = _events[i];
            if (appeal.Basis != EventBasis.Quote || appeal.Target is not { } target || Root(appeal.Cameo) is not ("02" or "10")
                || LaterAddresseeOf(appeal, target, count))
            {
                continue;
            }

            var last = ArticleActors.TokenAt(_tokens, target.Span.End - 1);
            var added = 0;
            while (last >= 0 && added < MaxAddressees && NextJoinedAddressee(last, appeal) is { } next)
            {
                _events.Add(appeal with { Target = next.Argument });
                last = next.Last;
                added++;
            }
        }
    }

    /// <summary>Whether another event of the same trigger has an addressee after <paramref name="target"/>: the list is walked from its last one.</summary>
    private bool LaterAddresseeOf(CodedEvent appeal, EventArgument target, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (_events[i].Trigger == appeal.Trigger && _events[i].Target is { } other && other.Span.Start > target.Span.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The side joined by و right after token <paramref name="last"/>: a named actor with no preposition, or a group phrase an
    /// appeal can address (without the و in its words); null when no و follows, or the side is the appeal's source or one
    /// of its addressees already.
    /// </summary>
    private (EventArgument Argument, int Last)? NextJoinedAddressee(int last, CodedEvent appeal)
    {
        var j = last + 1;
        var end = _sentenceEnd[_sentenceOf[last]];
        if (j >= end || _tokens[j].Kind != TokenKind.Word)
        {
            return null;
        }

        var bareWa = _tokens[j].Key == "و";
        if (!bareWa && !(_tokens[j].Has(SegmentRole.Conjunction) && _doc.Text[_tokens[j].Span.Start] == 'و'))
        {
            return null;
        }

        var at = bareWa ? j + 1 : j;
        if (at >= end)
        {
            return null;
        }

        EventArgument argument;
        int lastToken;
        if (_actors.StartingAt(at) is { } named)
        {
            if (!named.IsActor || named.Preposition is not null)
            {
                return null;
            }

            argument = named.Argument;
            lastToken = named.Last;
        }
        else if (AppealedGroup(at, end) is { } group)
        {
            // The group's words start after its و ("والإسرائيليين": the side is الإسرائيليين).
            var start = _tokens[at].Segments is [{ Role: SegmentRole.Conjunction }, { } second, ..] ? second.Span.Start : group.Span.Start;
            argument = group with { Span = new TextSpan(start, group.Span.End) };
            lastToken = ArticleActors.TokenAt(_tokens, group.Span.End - 1);
        }
        else
        {
            return null;
        }

        if (SameActor(argument, appeal.Source) || (appeal.Source is { } source && argument.Span.Overlaps(source.Span)) || AddressedAlready(appeal, argument))
        {
            return null;
        }

        return (argument, lastToken);
    }

    /// <summary>Whether an event of the appeal's trigger has this addressee already.</summary>
    private bool AddressedAlready(CodedEvent appeal, EventArgument argument) =>
        _events.Exists(e => e.Trigger == appeal.Trigger && e.Target is { } t && (SameActor(t, argument) || t.Span.Overlaps(argument.Span)));
}
