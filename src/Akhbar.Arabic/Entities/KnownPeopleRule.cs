using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags the full names of the people table (Data/entities/people.tsv) written in the text as persons where the tagger
/// left them untagged or cut them short ("الرئيس دونالد ترامب لا يفكر": the tagger took دونالد alone). Runs before
/// <see cref="NamePropagation"/>, so that the surname then stands for the person elsewhere in the article. Only names
/// of two words or more, and only over untagged words and person tags that lie inside the name: a name the tagger
/// read as a place or an organization, or one that reaches past the listed name, stays as the tagger read it.
/// </summary>
public static class KnownPeopleRule
{
    /// <param name="people">The listed people written in the text (<see cref="KnownNameFinder.Find"/> of the people table).</param>
    /// <param name="wordTokens">The document token index of each word of each sentence, ascending: word i of sentence s is token wordTokens[s][i].</param>
    /// <returns>
    /// The span of each name tagged, by its first and last token: the name as listed, which may start with a letter that
    /// could be a clitic (فالنتينا) and must not be cut off as one.
    /// </returns>
    public static Dictionary<(int First, int Last), TextSpan> Apply(string text, IReadOnlyList<Token> tokens, IReadOnlyList<int[]> wordTokens, IReadOnlyList<int[]> tags, List<(TextSpan Span, string Key, KnownEntity Entity)> people)
    {
        var tagged = new Dictionary<(int, int), TextSpan>();
        var s = 0;
        var first = 0;
        foreach (var (span, _, _) in people)
        {
            // The tokens of the name, then the sentence that holds them.
            while (tokens[first].Span.End <= span.Start)
            {
                first++;
            }

            var last = first;
            while (tokens[last].Span.End < span.End)
            {
                last++;
            }

            while (s + 1 < wordTokens.Count && wordTokens[s + 1][0] <= first)
            {
                s++;
            }

            // The name's first and last tokens must be words of that sentence (not a mark the tagger did not see).
            var (a, b) = (Array.BinarySearch(wordTokens[s], first), Array.BinarySearch(wordTokens[s], last));
            var sentenceTags = tags[s];
            if (a < 0 || b < 0 || !MayTag(sentenceTags, a, b))
            {
                continue;
            }

            sentenceTags[a] = BioTags.Begin(EntityType.Person);
            for (var k = a + 1; k <= b; k++)
            {
                sentenceTags[k] = BioTags.Inside(EntityType.Person);
            }

            tagged[(first, last)] = span;
        }

        return tagged;
    }

    private static bool MayTag(int[] tags, int a, int b)
    {
        if (BioTags.IsInside(tags[a]) || (b + 1 < tags.Length && BioTags.IsInside(tags[b + 1])))
        {
            return false;
        }

        for (var k = a; k <= b; k++)
        {
            if (tags[k] != BioTags.Outside && BioTags.TypeOf(tags[k]) != EntityType.Person)
            {
                return false;
            }
        }

        return true;
    }
}
