using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قوات النظام السوري المدعومة من إيران وروسيا"، "الحوثيين المدعومين من إيران"، "لحزب الله اللبناني المدعوم من إيران":
/// the passive participle of دعم followed by من names who backs the side it describes. The gold codes such backing of an
/// armed side or a government as the backer's aid (070) to that side, one event per backer, like "بدعم من"
/// (<see cref="SupportedByEvent"/>). The participle agrees with the noun right before it, so the side is the actor ending
/// there even inside a genitive ("الأمين العام لحزب الله المدعوم": the party, not its secretary-general), or a group
/// phrase ending there ("الحكومة المدعومة"). "مدعومة بالأدلة" (ب: with evidence) and a backer that is no actor or group
/// ("المدعوم من الخارج") code nothing.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Where the backing phrases of the document start ("المدعومة من"، "بدعم من"); made on the first. Such a phrase describes
    /// a side, it is no clause: a verb joined by و after it does not share its backer as subject ("معقل الميليشيا المدعومة
    /// من إيران، ودعم الاقتصاد").
    /// </summary>
    private List<int>? _backingStarts;

    /// <summary>Whether an event was coded from a backing phrase (<see cref="_backingStarts"/>).</summary>
    private bool IsBackingPhrase(CodedEvent e) => _backingStarts is { } starts && starts.Contains(e.Trigger.Start);

    /// <summary>Records that the events at token k come from a backing phrase.</summary>
    private void MarkBackingPhrase(int k) => (_backingStarts ??= []).Add(_tokens[k].Span.Start);

    /// <summary>Codes "X المدعوم(ة) من Y" at token k as Y's aid (070) to X; false when token k is no such phrase.</summary>
    private bool BackedSideEvent(int k)
    {
        if (!IsBackedParticiple(ArticleActors.WithoutConjunctionSpan(_tokens[k].Key)))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        // "المدعومة من قبل السعودية": قبل only marks the agent.
        var from = k + 1 < end && _tokens[k + 1].Key == "من" ? k + 2 : -1;
        if (from > 0 && from < end && _tokens[from].Key == "قبل")
        {
            from++;
        }

        if (from < 0 || from >= end || ParticipleSide(k, start) is not { } backed)
        {
            return false;
        }

        // The participle describes who backs the side now; the mood of the clause around it (تستعد قوات ... المدعومة من
        // إيران لشن هجوم: the attack is intended, the backing is not) does not reach it.
        const bool hypothetical = false;
        if (_actors.StartingAt(from) is { IsActor: true } first)
        {
            // "من إيران وروسيا": one event per backer.
            var backers = new List<ActorMention> { first };
            AddCoordinated(backers, first, end);
            var added = false;
            foreach (var backer in backers)
            {
                if (!SameActor(backed, backer.Argument))
                {
                    Add(_tokens[k].Span, k, sentence, "070", backer.Argument, [], false, hypothetical, EventBasis.Trigger, backed);
                    added = true;
                }
            }

            if (added)
            {
                MarkBackingPhrase(k);
            }

            return added;
        }

        if (!GroupActors.Is(_tokens[from]))
        {
            return false;
        }

        var group = GroupArgument(from, end);
        if (SameActor(backed, group))
        {
            return false;
        }

        Add(_tokens[k].Span, k, sentence, "070", group, [], false, hypothetical, EventBasis.Trigger, backed);
        MarkBackingPhrase(k);
        return true;
    }

    /// <summary>The folded participle without the article (مدعوم، مدعومة، مدعومين، مدعومون).</summary>
    private static readonly HashSet<string> BackedParticiples = new(StringComparer.Ordinal) { "مدعوم", "مدعومه", "مدعومين", "مدعومون" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BackedParticipleSpans = BackedParticiples.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The folded participle with or without the article (المدعوم، مدعومة ...), looked up by span: no string is made.</summary>
    private static bool IsBackedParticiple(ReadOnlySpan<char> key) =>
        BackedParticipleSpans.Contains(key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key);

    /// <summary>
    /// The side a participle at token k describes (backed "المدعومة" or backing "الداعمة"): the actor (not a place below a
    /// country) or the group phrase ending right before it, or before a comma there ("الحوثيون، مدعومين من إيران"), across up
    /// to two adjectives with the article ("الميليشيا الحوثية المدعومة"); null when neither does.
    /// </summary>
    private EventArgument? ParticipleSide(int k, int start)
    {
        var last = k - 1;
        if (last > start && _tokens[last].Key is "،" or ",")
        {
            last--;
        }

        if (last < start)
        {
            return null;
        }

        // Adjectives with the article may stand between the side's head and the participle ("لحزب الله اللبناني المدعوم").
        for (var j = last; j >= start && j >= last - 2; j--)
        {
            if (_actors.EndingAt(j) is { } named)
            {
                return named.IsActor ? named.Argument : null;
            }

            if (_tokens[j].Kind != TokenKind.Word || ClauseStops.Contains(_tokens[j].Key))
            {
                return null;
            }

            if (GroupActors.Is(_tokens[j]))
            {
                while (j - 1 >= start && GroupActors.Is(_tokens[j - 1]))
                {
                    j--;
                }

                return GroupArgument(j, k);
            }

            if (!_tokens[j].Key.StartsWith("ال", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }
}
