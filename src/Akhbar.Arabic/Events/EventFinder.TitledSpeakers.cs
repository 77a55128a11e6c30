using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A title right after a statement cue, whose holder is named after its complement: "ودعا مساعد السفير الروسي لدى الأمم
/// المتحدة فلان إلى"، "دعا زعيم التيار في العراق، فلان، الجمعة، الوزارة إلى". The named person speaks: not the country
/// the title's nisba or complement names, not the role phrase the entity stage made an entity of its own, and not a
/// speaker the quote stage carried over from an earlier sentence while the cue's own sentence names its subject.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words a title and its complement may take after the cue before the holder's name.</summary>
    private const int TitledSpeakerWindow = 9;

    /// <summary>
    /// The person named after the title that follows the cue at <paramref name="cue"/>: the title's words have no verb,
    /// clause word, event word or person of their own (countries and bodies are its complement, commas set the name off);
    /// null when the words after the cue are no title or name no one.
    /// </summary>
    private ActorMention? TitledSpeakerAfterCue(int cue)
    {
        var end = _sentenceEnd[_sentenceOf[cue]];
        if (cue + 2 >= end || _tokens[cue + 1].Kind != TokenKind.Word || !(IsTitle(_tokens[cue + 1]) || HeadsTitle(cue + 1)))
        {
            return null;
        }

        // The title may be a role mention of its own ("زعيم التيار"), which the entity stage did not join to the name.
        var from = cue + 2;
        if (_actors.StartingAt(cue + 1) is { } title)
        {
            if (IsNamed(title))
            {
                return null;
            }

            from = title.Last + 1;
        }

        for (var j = from; j < end && j <= cue + TitledSpeakerWindow; j++)
        {
            if (_actors.StartingAt(j) is { } mention)
            {
                if (mention.Entity.Type == EntityType.Person)
                {
                    // "دعا وزير الخارجية الزعيم الكوري إلى": another person's role after the title is the addressee.
                    return mention.Preposition is null && IsNamed(mention) ? mention : null;
                }

                j = mention.Last;
                continue;
            }

            var token = _tokens[j];
            if (token.Key is "،" or "," || _inTime[j])
            {
                continue;
            }

            if (token.Kind != TokenKind.Word || ArticleActors.ListsWithoutConjunction(ClauseStops, token.Key) || _cues.Cue(token) is not null
                || _readings.Lexeme(j) is not null || token.Has(SegmentRole.Conjunction))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "مساعد السفير"، "كبير مستشاري الرئيس": a bare word with no clitic or article, in construct with a title after it,
    /// heads a title of its own.
    /// </summary>
    private bool HeadsTitle(int j) =>
        _tokens[j].Segments.Length == 1 && !IsDefinite(j) && _actors.StartingAt(j) is null && _readings.Lexeme(j) is null
        && _tokens[j + 1].Kind == TokenKind.Word && IsDefinite(j + 1) && IsTitle(_tokens[j + 1]);
}
