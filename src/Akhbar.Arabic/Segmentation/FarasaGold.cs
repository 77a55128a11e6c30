using Akhbar.Core.Text;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Reads gold segmentation in Farasa's scheme (the QCRI WikiNews test set: <c>ل+ال+مؤتمر	PREP+DET+NOUN</c>, one token
/// a line) and keeps only the boundaries that Akhbar's scheme has: proclitics (و ف ب ل ك س ال) and one final enclitic
/// pronoun. Farasa also splits inflection (the feminine +ة, plural +ات +ين, case +ا, verb subjects +ت +وا), which is
/// merged back into the stem, and writes ل+ال for the surface لل and من+ما for مما, which are mapped back to the
/// letters of the word.
/// </summary>
public static class FarasaGold
{
    private static readonly HashSet<string> Enclitics = new(["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "كما", "ي", "نا"], StringComparer.Ordinal);

    /// <summary>
    /// The surface word and its clitic boundaries; null for a line that is not an Arabic word (punctuation, digits,
    /// Latin), a header, or a token whose segments cannot be mapped back onto its letters.
    /// </summary>
    public static SegmentedWord? ParseLine(string line)
    {
        var tab = line.IndexOf('\t');
        if (tab <= 0)
        {
            return null;
        }

        var segments = line[..tab].Split('+');
        var tags = line[(tab + 1)..].Trim().Split('+');
        if (segments.Length != tags.Length || segments.Any(s => s.Length == 0) || !segments.Any(HasArabicLetter))
        {
            return null;
        }

        // Surface letters of each segment: the article after the preposition ل has lost its alef (ل+ال = لل).
        var surface = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            surface[i] = tags[i] == "DET" && segments[i] == "ال" && i > 0 && tags[i - 1] == "PREP" && segments[i - 1] == "ل" ? "ل" : segments[i];

            // من+ما and عن+من are written مما and عمن: the nun assimilates (neither is a clitic boundary of ours).
            if (i > 0 && segments[i - 1] is "من" or "عن" && segments[i].StartsWith('م'))
            {
                surface[i - 1] = segments[i - 1][..1];
            }
        }

        var proclitics = 0;
        while (proclitics < segments.Length - 1 && IsProclitic(segments[proclitics], tags[proclitics]))
        {
            proclitics++;
        }

        var enclitic = segments.Length > 1 && tags[^1] == "PRON" && Enclitics.Contains(segments[^1]);
        var word = string.Concat(surface);
        if (word.Length > SegmentedWord.MaxLength)
        {
            return null;
        }

        ulong mask = 0;
        var at = 0;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            at += surface[i].Length;
            if (i < proclitics || (enclitic && i == segments.Length - 2))
            {
                mask |= 1UL << at;
            }
        }

        return new SegmentedWord(word, mask);
    }

    private static bool IsProclitic(string segment, string tag) => (tag, segment) switch
    {
        ("CONJ", "و" or "ف") => true,
        ("PREP" or "PART", "ب" or "ل" or "ك") => true,
        ("FUT_PART", "س") => true,
        ("DET", "ال") => true,
        _ => false,
    };

    private static bool HasArabicLetter(string s)
    {
        foreach (var c in s)
        {
            if (ArabicChars.IsArabicLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
