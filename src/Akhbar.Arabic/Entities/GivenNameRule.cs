using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Gives a person mention the given names the tagger left out before it: an untagged word, looked up whole, right before a
/// person, when it is a common given name or name particle (Data/entities/given-names.tsv: "علي يوسف شرارة" tagged from
/// يوسف, "سامح شكري" from شكري), up to two words back, or a two-word name (عبد العزيز). Arabic news writes a person's
/// given names before the family name, and the tagger, unsure of a given name that is also a common word, often
/// starts the name one word late.
/// </summary>
public static class GivenNameRule
{
    private const int MaxWordsBack = 2;

    /// <param name="isGivenName">
    /// Whether word i of sentence s, or the two words from it (their folded keys joined by a space, given as the third
    /// argument), is a given name or particle.
    /// </param>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, Func<int, int, string, bool> isGivenName)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 1; i < words.Length; i++)
            {
                if (t[i] != BioTags.Begin(EntityType.Person))
                {
                    continue;
                }

                var start = i;
                for (var back = 0; back < MaxWordsBack; back++)
                {
                    // The second word of a two-word name may have the article (عبد العزيز).
                    if (start > 1 && IsUntagged(words, t, start - 1) && IsBareUntagged(words, t, start - 2)
                        && isGivenName(s, start - 2, words[start - 2].Key + " " + words[start - 1].Key))
                    {
                        start -= 2;
                    }
                    else if (start > 0 && IsBareUntagged(words, t, start - 1) && isGivenName(s, start - 1, words[start - 1].Key))
                    {
                        start--;
                    }
                    else
                    {
                        break;
                    }
                }

                if (start == i)
                {
                    continue;
                }

                t[start] = BioTags.Begin(EntityType.Person);
                for (var k = start + 1; k <= i; k++)
                {
                    t[k] = BioTags.Inside(EntityType.Person);
                }
            }
        }
    }

    private static bool IsUntagged(WordForms[] words, int[] tags, int i) => tags[i] == BioTags.Outside && words[i].Shape == WordShape.Arabic;

    /// <summary>
    /// Whether a word is untagged and no function word. A clitic in front is not asked about: the word is then looked up
    /// whole, and a given name that starts with a letter <see cref="WordForms"/> reads as a conjunction or preposition
    /// (فيصل، فهد، وليد، بلال، كمال) is the name, while "وعلي" or "لعمر" are not in the list.
    /// </summary>
    private static bool IsBareUntagged(WordForms[] words, int[] tags, int i) =>
        IsUntagged(words, tags, i) && !FunctionWords.Contains(words[i].Key);

    /// <summary>Whether a folded word is a given name that is also a phrase news writes before names (باسم, on behalf of).</summary>
    public static bool IsFunctionWord(string key) => FunctionWords.Contains(key);

    /// <summary>Given names that are also a phrase news writes before names: "متحدث باسم نتنياهو" (on behalf of).</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "باسم" };
}
