using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A verbal noun of force whose author stands in its genitive takes what it struck after the author, as a verb does after
/// its subject, after على or ضد, past a time set off by commas ("تجددت غارات النظام، الأحد، على الغوطة الشرقية"), which
/// would use up the window of words the general search reads after the noun itself.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many commas and words of time may stand between the author and what was struck.</summary>
    private const int AuthorToObjectGap = 6;

    /// <summary>
    /// What a force noun struck, read after its genitive <paramref name="author"/> (before <paramref name="end"/>); null when the
    /// words after the author open no such object.
    /// </summary>
    private EventArgument? ObjectAfterGenitiveAuthor(int end, EventArgument author)
    {
        var j = ArticleActors.TokenAt(_tokens, author.Span.End - 1) + 1;
        if (j <= 0)
        {
            return null;
        }

        var gapEnd = Math.Min(end, j + AuthorToObjectGap);
        while (j < gapEnd && (_inTime[j] || _tokens[j].Key is "،" or ","))
        {
            j++;
        }

        if (j + 1 >= end || _tokens[j].Kind != TokenKind.Word)
        {
            return null;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        if (key is "علي" or "ضد")
        {
            return PlaceStruck(j + 1)?.Argument ?? (_actors.StartingAt(j + 1) is { IsActor: true } struck ? struck.Argument : IsObjectWord(j + 1) ? GroupArgument(j + 1, end) : null);
        }

        return null;
    }
}
