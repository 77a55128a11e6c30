using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A name starts after a preposition written as a word of its own: "حكمت المحكمة على سامسونغ" names Samsung, "قبض على سميث"
/// Smith. The tagger sometimes takes the preposition in, most often على, which folds onto the given name علي. No name
/// begins with these prepositions; علي is taken for one only as written with a final ى, which news writes for the
/// preposition (over the 1,240 articles of ant-multisource-002, all nine chunks that began with على so written were the preposition).
/// </summary>
public static class LeadingPrepositions
{
    /// <summary>Folded prepositions that stand as words of their own (على is checked as written: <see cref="IsPreposition"/>).</summary>
    private static readonly HashSet<string> Words =
        new[] { "في", "من", "إلى", "عن", "مع" }.Select(w => ArabicFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first word of the chunk <paramref name="first"/>..<paramref name="last"/> (indices into <paramref name="words"/>) after its leading prepositions; never past <paramref name="last"/>.</summary>
    public static int FirstNameWord(string text, IReadOnlyList<Token> tokens, IReadOnlyList<int> words, int first, int last)
    {
        while (first < last && IsPreposition(text, tokens[words[first]]))
        {
            first++;
        }

        return first;
    }

    /// <summary>Whether a token is a preposition standing alone; على only as written with ى (علي is also a given name).</summary>
    public static bool IsPreposition(string text, Token token) =>
        token.Kind == TokenKind.Word && (Words.Contains(token.Key) || (token.Key == "علي" && text[token.Span.End - 1] == 'ى'));
}
