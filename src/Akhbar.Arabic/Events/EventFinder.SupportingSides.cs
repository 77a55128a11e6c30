using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وتركيا الداعمة للمعارضة"، "التحالف العربي الداعم للشرعية"، "دول التحالف بقيادة السعودية، الداعمة للشرعية": the active
/// participle of دعم followed by ل names whom the side it describes supports. The gold codes every such phrase of the tuning
/// texts as that side's support (051) for the one after ل, as it codes "دعم X لـY" (<see cref="SupportNounEvent"/>); it is
/// the active counterpart of "المدعومة من" (<see cref="BackedSideEvent"/>), and reads its side the same way
/// (<see cref="ParticipleSide"/>). Only a supported side that is an actor or a group is coded: support for an idea or a
/// policy ("الداعمين للبريكست"، "الداعم لاستعادة ...") or a stance towards terrorism ("الدول الداعمة للإرهاب") is no
/// cooperation between two sides.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Folded nouns, with the article, that name a supported side though they are no group actor of their own: the
    /// legitimate government of a war ("الشرعية" in Yemen), the opposition and its factions, the regime.
    /// </summary>
    private static readonly HashSet<string> SupportedSideNouns = new(StringComparer.Ordinal)
    {
        "الشرعيه", "المعارضه", "الفصايل", "النظام",
    };

    /// <summary>Codes "X الداعم(ة) لـY" at token k as X's support (051) for Y; false when token k is no such phrase.</summary>
    private bool SupportingSideEvent(int k)
    {
        if (!IsSupportingParticiple(ArticleActors.WithoutConjunctionSpan(_tokens[k].Key)))
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        if (k + 1 >= end || ParticipleSide(k, start) is not { } side)
        {
            return false;
        }

        // The participle describes the side as it is, whatever the mood of its clause (as for "المدعومة من").
        if (_actors.StartingAt(k + 1) is { IsActor: true, Preposition: "ل" } supported)
        {
            if (SameActor(side, supported.Argument))
            {
                return false;
            }

            Add(_tokens[k].Span, k, sentence, "051", side, [supported], false, false, EventBasis.Trigger);
            return true;
        }

        if (!StartsWithLam(_tokens[k + 1])
            || LamPhraseAuthor(k, end, static noun => GroupActors.IsListed(noun) || SupportedSideNouns.Contains(noun), stopAtTime: true) is not { } group
            || SameActor(side, group))
        {
            return false;
        }

        Add(_tokens[k].Span, k, sentence, "051", side, [], false, false, EventBasis.Trigger, group);
        return true;
    }

    /// <summary>The folded active participle of دعم with the article (الداعم، الداعمة، الداعمين، الداعمون).</summary>
    private static readonly HashSet<string> SupportingParticiples = new(StringComparer.Ordinal) { "الداعم", "الداعمه", "الداعمين", "الداعمون" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SupportingParticipleSpans = SupportingParticiples.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the key is one of <see cref="SupportingParticiples"/>, looked up by span: no string is made.</summary>
    private static bool IsSupportingParticiple(ReadOnlySpan<char> key) => SupportingParticipleSpans.Contains(key);
}
