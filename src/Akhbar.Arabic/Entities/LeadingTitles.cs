using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A person's name starts after the titles written before it ("الكولونيل مارتن أودونيل" names مارتن أودونيل): ANERcorp
/// and our gold leave titles out, but the tagger takes in a title it rarely saw in training. Titles are the
/// single-word TITLE entries of the shipped gazetteers (Data/gazetteers/titles.tsv), with or without a leading
/// conjunction or preposition; a word that is also a person's name there is kept.
/// </summary>
public static class LeadingTitles
{
    /// <summary>The first word of the person chunk <paramref name="first"/>..<paramref name="last"/> (indices into <paramref name="words"/>) that is not a title; never past <paramref name="last"/>.</summary>
    public static int FirstNameWord(string text, IReadOnlyList<Token> tokens, IReadOnlyList<int> words, int first, int last, Gazetteer gazetteer)
    {
        while (first < last && IsTitle(text, tokens[words[first]], gazetteer))
        {
            first++;
        }

        return first;
    }

    /// <summary>
    /// Whether the chunk is a title and nisbas only ("السفير السعودي", "الرئيس الروسي"): a role phrase, which entity linking
    /// reads as such, and not the name of an organization (ANERcorp's السفير is also a Lebanese newspaper).
    /// </summary>
    public static bool IsRoleOnly(string text, IReadOnlyList<Token> tokens, IReadOnlyList<int> words, int first, int last, Gazetteer gazetteer, Func<string, bool> isNisba)
    {
        var name = FirstNameWord(text, tokens, words, first, last, gazetteer);
        if (name == first)
        {
            return false;
        }

        for (var w = name; w <= last; w++)
        {
            var token = tokens[words[w]];
            if (!isNisba(TokenWords.WordKey(text, token)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the token, without its leading conjunction or preposition, is a single-word title of the gazetteer and no person's name there.</summary>
    public static bool IsTitle(string text, Token token, Gazetteer gazetteer) =>
        gazetteer.LookupWord(TokenWords.WordKey(text, token)) is var types
        && (types & GazetteerTypes.Title) != 0 && (types & GazetteerTypes.Person) == 0;
}
