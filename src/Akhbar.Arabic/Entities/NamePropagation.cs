namespace Akhbar.Arabic.Entities;

/// <summary>
/// One article names the same person or place many times, and the tagger, which sees one sentence at a
/// time, finds some of those mentions and misses others ("طلعت" after a title, then "طلعت" alone). This
/// pass tags the misses: within a document, a run of untagged words whose stems spell a name tagged
/// elsewhere in it gets that name's type (the most frequent one when it was tagged with several).
/// Names shorter than three letters are left alone: they are too often ordinary words.
/// </summary>
public static class NamePropagation
{
    private const int MinLetters = 3;

    /// <summary>Updates <paramref name="tags"/> (one array per sentence) in place.</summary>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags)
    {
        var names = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var longest = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var (first, last, type) in BioTags.Chunks(tags[s]))
            {
                var name = NameOf(sentences[s], first, last);
                if (name.Length < MinLetters)
                {
                    continue;
                }

                if (!names.TryGetValue(name, out var counts))
                {
                    names[name] = counts = new int[4];
                }

                counts[(int)type]++;
                longest = Math.Max(longest, last - first + 1);
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 0; i < words.Length; i++)
            {
                // Longest known name starting here whose words are all untagged.
                for (var n = Math.Min(longest, words.Length - i); n >= 1; n--)
                {
                    if (!AllOutside(t, i, n) || (i + n < words.Length && BioTags.IsInside(t[i + n])))
                    {
                        continue;
                    }

                    if (names.TryGetValue(NameOf(words, i, i + n - 1), out var counts))
                    {
                        var type = (Akhbar.Core.Model.EntityType)Array.IndexOf(counts, counts.Max());
                        t[i] = BioTags.Begin(type);
                        for (var j = i + 1; j < i + n; j++)
                        {
                            t[j] = BioTags.Inside(type);
                        }

                        i += n - 1;
                        break;
                    }
                }
            }
        }
    }

    private static bool AllOutside(int[] tags, int from, int count)
    {
        for (var j = from; j < from + count; j++)
        {
            if (tags[j] != BioTags.Outside)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The stems of words first..last joined by spaces: the name without its clitics.</summary>
    private static string NameOf(WordForms[] words, int first, int last)
    {
        if (first == last)
        {
            return words[first].Stem.ToString();
        }

        var parts = new string[last - first + 1];
        for (var j = first; j <= last; j++)
        {
            parts[j - first] = words[j].Stem.ToString();
        }

        return string.Join(' ', parts);
    }
}
