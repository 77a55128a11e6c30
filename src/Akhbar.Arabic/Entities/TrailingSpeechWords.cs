using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A name ends before the words that introduce what its bearer said: the complementizer أن with or without ب، ل or و
/// ("أكد أبو خالد بأن ...") and the participle of saying ("ورد الوزير قائلا ..."). The tagger runs a speaker's name on over
/// them, and no name ends in them. أن is matched as written, with its hamza above: إن, written with the hamza below, is also
/// the last syllable of Korean names ("مون جاي إن") and is left alone.
/// </summary>
public static class TrailingSpeechWords
{
    /// <summary>Complementizers as written: أن alone or after ب، ل or و.</summary>
    private static readonly string[] Complementizers = ["أن", "بأن", "لأن", "وأن"];

    /// <summary>Folded participles of saying: masculine, feminine and plural (قائلا، قائلة، قائلين).</summary>
    private static readonly string[] Participles = ["قايلا", "قايله", "قايلين"];

    /// <summary>
    /// The last word of the chunk <paramref name="first"/>..<paramref name="last"/> (indices into <paramref name="words"/>)
    /// before its trailing speech words; <paramref name="last"/> when there are none, and less than <paramref name="first"/> when
    /// the chunk is nothing but such words ("قائلا" tagged alone after a name it repeats), so it is no name.
    /// </summary>
    public static int LastNameWord(string text, IReadOnlyList<Token> tokens, IReadOnlyList<int> words, int first, int last)
    {
        var end = last;
        while (end >= first && IsSpeechWord(text, tokens[words[end]]))
        {
            end--;
        }

        return end;
    }

    private static bool IsSpeechWord(string text, Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (Array.IndexOf(Participles, token.Key) >= 0)
        {
            return true;
        }

        var written = text.AsSpan(token.Span.Start, token.Span.End - token.Span.Start);
        foreach (var c in Complementizers)
        {
            if (written.SequenceEqual(c))
            {
                return true;
            }
        }

        return false;
    }
}
