using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A joint act (03-06) among reported words that open with a name is that actor's act, not the speaker's: "ذكرت صحيفة
/// واشنطن بوست أن المحقق الخاص روبرت مولر أثار في اجتماع مع محامي الرئيس" is Mueller's meeting, and the paper's words a
/// statement of its own (010), which the rule "a statement whose words are the speaker's own act is that act" had
/// dropped along with it. A joint noun with no subject at it took the speaker of the words whatever they opened with.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The actor that opens the reported words holding token <paramref name="k"/>, within the same clause and before
    /// <paramref name="k"/>, through a title ("المحقق الخاص روبرت مولر"); null when the words open otherwise, when a
    /// clause word or a comma stands between, or when the actor is the speaker of the words. A definite noun ("للاجتماع"،
    /// "وأسفر هذا اللقاء") refers back to a meeting already told, whose sides are those told then, and is left alone.
    /// </summary>
    private EventArgument? SubjectOpeningWords(int k, TextSpan trigger)
    {
        if (!_doc.HasQuotes || IsDefinite(k))
        {
            return null;
        }

        foreach (var q in _doc.Quotes)
        {
            if (!q.Content.Contains(trigger))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, q.Content.Start);
            if (first < 0 || first >= k || (NextActor(first, k) ?? NamedAfterRoleNoun(first, k)) is not { IsActor: true, Preposition: null } opener || opener.Last >= k
                || ArticleActors.TokenAt(_tokens, opener.Span.Start) - first > 2)
            {
                return null;
            }

            for (var j = opener.Last + 1; j < k; j++)
            {
                if (ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key) || _tokens[j].Key is "،" or ",")
                {
                    return null;
                }
            }

            var speaker = SpeakerOfWordsAt(trigger);
            return speaker is not null && SameActor(speaker, opener.Argument) ? null : opener.Argument;
        }

        return null;
    }

    /// <summary>
    /// "المحقق الخاص روبرت مولر": a person named right after a definite role noun that is no title for <see cref="NextActor"/>
    /// (المحقق، المحامي), with at most one definite adjective between; null otherwise.
    /// </summary>
    private ActorMention? NamedAfterRoleNoun(int first, int end)
    {
        if (_tokens[first].Kind != TokenKind.Word || _tokens[first].Has(SegmentRole.Preposition) || !_tokens[first].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }

        var j = first + 1;
        if (j < end && _actors.StartingAt(j) is null && _tokens[j].Kind == TokenKind.Word && !_tokens[j].Has(SegmentRole.Preposition)
            && _tokens[j].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            j++;
        }

        return j < end && _actors.StartingAt(j) is { Entity.Type: EntityType.Person } named ? named : null;
    }
}
