using System.Text;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Splits unlabeled corpus text into tokens as the CoNLL gold files have them: runs of letters and digits,
/// folded; every other visible character on its own; and <see cref="LineBreak"/> where the text breaks a line,
/// which in Wikipedia text ends a sentence or a heading. Shared by the word classes and the type lexicon, so
/// that both see the corpus the same way.
/// </summary>
public static class CorpusTokenizer
{
    /// <summary>The token that stands for a line break.</summary>
    public const string LineBreak = "\n";

    /// <summary>The tokens of <paramref name="text"/>; <paramref name="word"/> is a reusable buffer.</summary>
    public static IEnumerable<string> Tokens(string text, StringBuilder word)
    {
        word.Clear();
        foreach (var ch in text)
        {
            var f = ArabicFolding.FoldChar(ch);
            if (f == '\0')
            {
                continue;
            }

            if (char.IsLetterOrDigit(f))
            {
                word.Append(f);
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (ch == '\n')
            {
                yield return LineBreak;
            }
            else if (!char.IsWhiteSpace(f))
            {
                yield return f.ToString();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
            word.Clear();
        }
    }

    /// <summary>Whether a token of <see cref="Tokens"/> is a word (not a mark or a line break).</summary>
    public static bool IsWord(string token) => char.IsLetterOrDigit(token[0]);
}
