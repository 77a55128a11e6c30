using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// News that follows one person's case, a woman's, a child's or a player's, names them in full once and then by the given
/// name alone ("الشابة السودانية نورا حسين ... قضية نورا"). The tagger, which reads one sentence at a time, rarely sees a
/// lone given name as a name, and <see cref="NamePropagation"/> carries only surnames and whole names over. This pass tags
/// an untagged given name as a person when it opens exactly one multi-word person name of the article: a given name two
/// people of the article share ("محمد بن سلمان" and "محمد بن زايد") names neither. Only the given names listed in
/// Data/entities/given-names.tsv are carried: the first word of a name the tagger ran on from a common word or a verb is
/// no name ("سلمي" of a peaceful solution, "تأمر", orders, before a company; in 1,500 news articles such words, and a
/// club's "سيتي", were most of what the first words of all person names would have added). Nor is a word with the article
/// (الأمير، الشريف: titles) or a particle of a European name (فان، دي), and not after another given name, whose surname
/// the word is then ("رياض منصور" is not منصور العتيبي).
/// </summary>
public static class GivenNamePropagation
{
    /// <summary>Updates <paramref name="tags"/> (one array per sentence) in place.</summary>
    /// <param name="isGivenName">Whether a folded word is a given name: the pipeline passes the listed given names.</param>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, Func<string, bool> isGivenName)
    {
        // Each given name with the first full name it opens, or null once a second, different name opens with it.
        var fullNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var (first, last, type) in BioTags.ChunksOf(tags[s]))
            {
                if (type != EntityType.Person || last == first)
                {
                    continue;
                }

                var given = NamePropagation.WithoutConjunction(sentences[s][first]);
                if (given.Length < MinLetters || given.StartsWith("ال", StringComparison.Ordinal) || NamePropagation.CompoundLinks.Contains(given)
                    || Linking.MentionClusterer.CompoundFirstWords.Contains(given) || !isGivenName(given))
                {
                    continue;
                }

                var name = FullName(sentences[s], first, last);
                fullNames[given] = !fullNames.TryGetValue(given, out var known) || known == name ? name : null;
            }
        }

        if (fullNames.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 0; i < words.Length; i++)
            {
                // Alone: untagged, and before no word the tagger read as a name (that would be another person's full name).
                if (t[i] == BioTags.Outside && (i + 1 == words.Length || t[i + 1] == BioTags.Outside)
                    && fullNames.TryGetValue(NamePropagation.WithoutConjunction(words[i]), out var owner) && owner is not null
                    && (i == 0 || !isGivenName(NamePropagation.WithoutConjunction(words[i - 1]))))
                {
                    t[i] = BioTags.Begin(EntityType.Person);
                }
            }
        }
    }

    /// <summary>Given names of two letters (آل، أم) are too often other words.</summary>
    private const int MinLetters = 3;

    /// <summary>The words of a person chunk without the first word's conjunction, as one string.</summary>
    private static string FullName(WordForms[] words, int first, int last)
    {
        var parts = new string[last - first + 1];
        for (var j = first; j <= last; j++)
        {
            parts[j - first] = j == first ? NamePropagation.WithoutConjunction(words[j]) : words[j].Key;
        }

        return string.Join(' ', parts);
    }
}
