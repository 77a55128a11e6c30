using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// An acronym written as Arabic letter names joined by dots ("بي.بي.سي", "إتش. إس. بي. سي", "يو.بي.إس") is one name,
/// but the tokenizer splits it at its dots and the tagger, which saw few of them, tags a piece ("بي"). A mention inside
/// such a chain is widened to the whole chain: letter names, each joined to the next by a dot glued to it.
/// </summary>
public static class DottedAcronyms
{
    /// <summary>
    /// Folded Arabic names of the Latin letters, as acronyms are written ("بي", "إتش", "دبليو"), with the letter each
    /// names. بي is written for both B and P, and آي (I) and إي (E) fold alike: B and I, the more frequent in the acronyms
    /// of news ("آي بي إم", "سي آي إيه"), are taken.
    /// </summary>
    private static readonly Dictionary<string, char> LetterNames = new(StringComparer.Ordinal)
    {
        ["اي"] = 'I',
        ["ايه"] = 'A',
        ["بي"] = 'B',
        ["سي"] = 'C',
        ["دي"] = 'D',
        ["اف"] = 'F',
        ["جي"] = 'G',
        ["اتش"] = 'H',
        ["اش"] = 'H',
        ["جاي"] = 'J',
        ["كيه"] = 'K',
        ["كي"] = 'K',
        ["ام"] = 'M',
        ["ان"] = 'N',
        ["او"] = 'O',
        ["كيو"] = 'Q',
        ["ار"] = 'R',
        ["اس"] = 'S',
        ["تي"] = 'T',
        ["يو"] = 'U',
        ["في"] = 'V',
        ["دبليو"] = 'W',
        ["اكس"] = 'X',
        ["واي"] = 'Y',
        ["زد"] = 'Z',
        ["زي"] = 'Z',
    };

    /// <summary>
    /// The Latin letters of a folded name key made only of letter names ("يو بي اس" gives "UBS"), or null: the English
    /// name of an acronym, where a transliteration would read "Ywbiis".
    /// </summary>
    public static string? LatinLetters(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var letters = new char[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!LetterNames.TryGetValue(words[i], out letters[i]))
            {
                return null;
            }
        }

        return new string(letters);
    }

    /// <summary>The first and last tokens of the dotted chain that holds the mention (the mention's own when there is none).</summary>
    public static (int First, int Last) Widen(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!IsLetterName(tokens[first]) && !IsLetterName(tokens[last]))
        {
            return (first, last);
        }

        while (first >= 2 && IsDot(text, tokens, first - 1) && IsLetterName(tokens[first - 2]) && FollowsDot(text, tokens, first))
        {
            first -= 2;
        }

        while (last + 2 < tokens.Count && IsDot(text, tokens, last + 1) && IsLetterName(tokens[last + 2]) && FollowsDot(text, tokens, last + 2))
        {
            last += 2;
        }

        return (first, last);
    }

    /// <summary>Whether token <paramref name="k"/> comes right after the dot before it, or after one space ("إتش. إس"), not across a line.</summary>
    private static bool FollowsDot(string text, IReadOnlyList<Token> tokens, int k)
    {
        var gap = tokens[k].Span.Start - tokens[k - 1].Span.End;
        return gap == 0 || (gap == 1 && text[tokens[k - 1].Span.End] == ' ');
    }

    /// <summary>Whether a token is the name of a Latin letter (بي، سي، إن), of which acronyms are written.</summary>
    public static bool IsLetterName(Token token) => token.Kind == TokenKind.Word && LetterNames.ContainsKey(token.Key);

    /// <summary>A dot glued to the word before it ("بي." in "بي.بي.سي"; the next may follow a space, as in "إتش. إس.").</summary>
    private static bool IsDot(string text, IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Span.Length == 1 && text[tokens[k].Span.Start] == '.' && k > 0 && tokens[k - 1].Span.End == tokens[k].Span.Start;
}
