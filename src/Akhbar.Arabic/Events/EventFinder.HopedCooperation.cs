using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وعبر كيم عن أمله في إيجاد حل لمسألة العلاقات مع الولايات المتحدة"، "معبرا عن ثقته في تطوير نهج دبلوماسي مع
/// الأوروبيين"، "أعرب عن الأمل في أن تحسن بلاده علاقاتها مع واشنطن": hope or confidence (013) whose words are about
/// relations, dialogue or cooperation with a side is the speaker's stated will to cooperate with that side, CAMEO 030, as
/// the gold codes it; a hope about anything else ("أن تنتهي الأزمة") stays an optimistic comment.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Nouns and adjectives of relations and cooperation between sides (folded, without the article and a possessive pronoun's
    /// letters): what the hope is about when "مع X" follows them.
    /// </summary>
    private static readonly HashSet<string> CooperationWords = new(StringComparer.Ordinal)
    {
        "علاقات", "علاقه", "علاقت", "حوار", "تعاون", "شراكه", "تقارب", "تفاهم", "دبلوماسي", "دبلوماسيه", "مفاوضات",
        "محادثات", "حل", "اتفاق",
    };

    /// <summary>How many words after the hope's cue the "مع X" of the relation may stand.</summary>
    private const int HopedPartnerWindow = 16;

    /// <summary>How many words before مع the word of relations may stand ("علاقاتها الثنائية مع"، "نهج دبلوماسي مع").</summary>
    private const int CooperationWordReach = 2;

    /// <summary>Recodes hope (013) with no target whose words are about relations with a side as intent to cooperate (030) with it.</summary>
    private void HopedCooperation()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var hope = _events[i];
            if (hope.Cameo != "013" || hope.Target is not null || hope.Negated || _codes.Find("030") is not { } intent)
            {
                continue;
            }

            var cue = ArticleActors.TokenAt(_tokens, hope.Trigger.End - 1);
            if (cue >= 0 && CooperationPartner(cue + 1, Math.Min(_sentenceEnd[_sentenceOf[cue]], cue + 1 + HopedPartnerWindow), hope.Source) is { } partner)
            {
                _events[i] = Recoded(hope, intent) with { Target = partner };
            }
        }
    }

    /// <summary>
    /// The side after the first "مع" in [from, end) that follows a word of relations (<see cref="CooperationWords"/>) within
    /// <see cref="CooperationWordReach"/> words: an actor, or a group or people the text names by a common noun. Null when
    /// there is none, or it is the speaker.
    /// </summary>
    private EventArgument? CooperationPartner(int from, int end, EventArgument? speaker)
    {
        for (var j = from; j + 1 < end; j++)
        {
            if (ArticleActors.WithoutConjunction(_tokens[j].Key) != "مع")
            {
                continue;
            }

            if (!CooperationWordBefore(j, from))
            {
                return null;
            }

            if (_actors.StartingAt(j + 1) is { } named)
            {
                return named.IsActor && named.Preposition is null or "مع" && !SameActor(named.Argument, speaker) ? named.Argument : null;
            }

            var token = _tokens[j + 1];
            return GroupActors.Is(token) || GenericActors.IsActorNoun(token) || IsPeopleNisba(token) ? GroupArgument(j + 1, end) : null;
        }

        return null;
    }

    /// <summary>Whether a word of relations stands within <see cref="CooperationWordReach"/> words before token <paramref name="with"/>.</summary>
    private bool CooperationWordBefore(int with, int from)
    {
        for (var j = with - 1; j >= from && j >= with - CooperationWordReach; j--)
        {
            var key = WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key));
            if (key.Length > 2 && key[0] == 'ل' && _tokens[j].Has(SegmentRole.Preposition))
            {
                key = WithoutArticle(key[1..]);
            }

            if (_tokens[j].Has(SegmentRole.Pronoun) && _tokens[j].SegmentWith(SegmentRole.Pronoun) is { } pronoun)
            {
                // "علاقتها"، "علاقاته": the stem before the possessive pronoun.
                var cut = pronoun.Span.End - pronoun.Span.Start;
                key = key.Length > cut ? key[..^cut] : key;
            }

            if (CooperationWords.Contains(key))
            {
                return true;
            }
        }

        return false;
    }
}
