using System.Collections.Frozen;
using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// Collective bodies that speak in news ("أكدت السلطات الفرنسية مقتل ..."، "وضعت السلطات التركية مواطنا ... وقالت إنه")
/// but are no titles: quotes/speaker-nouns.tsv is also read by the event stage as a list of titles, and "السلطات" there
/// cost it the source of "ولم تعلق السلطات السعودية على". The quote stage asks this list beside that one, where a subject
/// phrase opens or a sentence's subject takes the floor. The nouns are data (quotes/speaking-bodies.tsv), beside the other
/// quote lexicons.
/// </summary>
internal static class SpeakingBodies
{
    private static readonly FrozenSet<string> Nouns = TsvResource.Load("quotes/speaking-bodies.tsv").Rows.Select(row => ArabicFolding.Fold(row[0])).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Span lookup into <see cref="Nouns"/>: the test runs where subject phrases open, and a key cut to a string per call would allocate.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounLookup = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the token is one of the bodies, with or without its article and a glued و/ف ("والسلطات").</summary>
    public static bool Is(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var key = token.Key.AsSpan();
        if (key.Length > 4 && key[0] is 'و' or 'ف' && !NounLookup.Contains(key))
        {
            key = key[1..];
        }

        if (key.StartsWith("ال", StringComparison.Ordinal))
        {
            key = key[2..];
        }

        return NounLookup.Contains(key);
    }
}
