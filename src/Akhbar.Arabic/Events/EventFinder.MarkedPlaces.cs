using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A place name set off by a mark is still placed by the words before the mark: "في #قطاع_غزة" (a hashtag, common on Al
/// Arabiya pages), "في بلدة "تريب"" (a small town in quotation marks). The entity stage starts the mention after the mark,
/// so the preposition or noun of place before it is one token further back.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Whether the name starting at token <paramref name="first"/> follows a hashtag or quotation mark that follows في, داخل, a ب word or a noun of place.</summary>
    private bool PlacedPastMark(int first)
    {
        if (first < 2 || _tokens[first - 1].Key is not ("#" or "\"" or "«" or "“"))
        {
            return false;
        }

        var before = _tokens[first - 2];
        if (before.Kind != TokenKind.Word)
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(before.Key);
        return key is "في" or "داخل" || AfterPlaceNoun(first - 1);
    }
}
