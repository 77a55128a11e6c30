using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// One-word mentions that cannot be names whatever the tagger says: relative and demonstrative pronouns (الذي، هذه),
/// which it sometimes takes for the name they follow, and words written with the indefinite accusative ending ً
/// ("سوياً"، "فريداً"), which names do not take. Seen as persons in the corpus output (الذي 4 times, سوياً 3 in 1,500
/// articles); the tagger and its evaluation on ANERcorp stay as they are.
/// </summary>
public static class NoNameWords
{
    private const char TanweenFath = '\u064B';

    /// <summary>Pronouns no other stage asks about (اللاتي، اللواتي، أولئك، هناك), folded on load.</summary>
    private static readonly HashSet<string> OtherPronouns = new[] { "اللاتي", "اللواتي", "أولئك", "هناك" }
        .Select(w => ArabicFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word is a relative or demonstrative pronoun.</summary>
    public static bool IsPronoun(string key) =>
        PronounWords.Relative.Contains(key) || PronounWords.Demonstrative.Contains(key) || OtherPronouns.Contains(key);

    /// <summary>Whether a mention of the one token <paramref name="token"/> is no name.</summary>
    public static bool IsNoName(string text, Token token)
    {
        if (IsPronoun(token.Key))
        {
            return true;
        }

        // The ending is written ـاً or ـًا: the mark is on one of the last two letters.
        var end = token.Span.End;
        return (end - 1 >= token.Span.Start && text[end - 1] == TanweenFath) || (end - 2 >= token.Span.Start && text[end - 2] == TanweenFath);
    }
}
