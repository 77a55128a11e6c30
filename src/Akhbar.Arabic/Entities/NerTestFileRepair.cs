namespace Akhbar.Arabic.Entities;

/// <summary>What <see cref="NerTestFileRepair.Repair"/> did.</summary>
public sealed record RepairReport(int Sentences, int FirstWordsReplaced, int TagsChanged, int Unaligned);

/// <summary>
/// Repairs the known defect of the CAMeL ANERcorp test file: the first word line of most sentences was
/// replaced by a line of the training file. The test file is the tail of the original corpus
/// (ANERCorp_Benajiba.txt), so each sentence is aligned on its second and later words against the original,
/// and its first line is replaced by the original line at that place. The original is read with the
/// CAMeL release's own changes (middle and bold periods as '.', no U+200F) and its tags mapped by
/// <see cref="ConllReader.MapTag"/>, which corrects its misspelt tags.
/// </summary>
public static class NerTestFileRepair
{
    private const int ProbeWords = 6;
    private const int SearchWindow = 2000;

    public static List<LabeledSentence> Repair(IReadOnlyList<LabeledSentence> test, string originalPath, out RepairReport report)
    {
        var words = new List<string>();
        var tags = new List<int>();
        foreach (var line in File.ReadLines(originalPath))
        {
            var trimmed = line.Replace("\u200F", "", StringComparison.Ordinal).Trim();
            var cut = trimmed.LastIndexOfAny([' ', '\t']);
            if (cut <= 0)
            {
                continue;
            }

            words.Add(Normalize(trimmed[..cut].Trim()));
            tags.Add(ConllReader.MapTag(trimmed[(cut + 1)..], out _));
        }

        var repaired = new List<LabeledSentence>(test.Count);
        int replaced = 0, changed = 0, unaligned = 0;
        var at = 0;
        foreach (var sentence in test)
        {
            var position = Align(sentence, words, at);
            if (position < 0)
            {
                unaligned++;
                repaired.Add(sentence);
                continue;
            }

            var fixedWords = (string[])sentence.Words.Clone();
            var fixedTags = (int[])sentence.Tags.Clone();
            if (Normalize(fixedWords[0]) != words[position] || fixedTags[0] != tags[position])
            {
                replaced++;
                changed += fixedTags[0] != tags[position] ? 1 : 0;
                fixedWords[0] = words[position];
                fixedTags[0] = tags[position];
            }

            repaired.Add(new LabeledSentence(fixedWords, fixedTags));
            at = position + sentence.Words.Length;
        }

        report = new RepairReport(test.Count, replaced, changed, unaligned);
        return repaired;
    }

    /// <summary>Where the sentence starts in the original, found from its later words; -1 when not found.</summary>
    private static int Align(LabeledSentence sentence, List<string> original, int from)
    {
        var n = sentence.Words.Length;
        if (n < 2)
        {
            return from < original.Count && Normalize(sentence.Words[0]) == original[from] ? from : -1;
        }

        var probe = Math.Min(n - 1, ProbeWords);
        var end = Math.Min(original.Count - n, from + SearchWindow);
        for (var start = from == 0 ? 0 : Math.Max(0, from - 1); start <= (from == 0 ? original.Count - n : end); start++)
        {
            var match = true;
            for (var j = 1; j <= probe && match; j++)
            {
                match = Normalize(sentence.Words[j]) == original[start + j];
            }

            if (match)
            {
                return start;
            }
        }

        return -1;
    }

    private static string Normalize(string word) => word.Replace('·', '.').Replace('•', '.');
}
