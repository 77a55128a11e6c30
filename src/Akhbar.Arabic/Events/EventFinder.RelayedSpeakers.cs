using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقالت الصحيفة نقلا عن أربعة أشخاص"، "وذكرت شينخوا نقلا عن": the quote stage may end the speaker's words with نقلا, the
/// word that says whose words the speaker relays. It is no part of the speaker: without it the phrase is the outlet alone,
/// which the entity rules can then match to the outlet named before ("صحيفة واشنطن بوست ... وقالت الصحيفة").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The speaker's words without a last word نقلا (folded, with or without tanween); null when it does not end so.</summary>
    private TextSpan? WithoutRelayWord(TextSpan speaker)
    {
        int first = ArticleActors.TokenAt(_tokens, speaker.Start), last = ArticleActors.TokenAt(_tokens, speaker.End - 1);
        if (first < 0 || last <= first || ArticleActors.WithoutConjunction(_tokens[last].Key) != "نقلا")
        {
            return null;
        }

        return new TextSpan(speaker.Start, _tokens[last - 1].Span.End);
    }
}
