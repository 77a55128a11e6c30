using System.Text;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Cleaning;

/// <summary>
/// The documented Unicode folding of one line of raw text (docs/stages/cleaning.md): NFC; Arabic
/// presentation forms folded to letters (NFKC of that character); bidi, zero-width and soft-hyphen
/// controls and tatweel removed; every kind of space made U+0020, runs of spaces collapsed, and the line
/// trimmed. Everything else is copied unchanged, so offsets map back to the raw input exactly.
/// </summary>
public static class UnicodeCleaner
{
    /// <summary>The folded form of a string: what <see cref="Append"/> writes for the same text.</summary>
    public static string Normalize(string line)
    {
        var b = new CleanTextBuilder();
        Append(line, 0, line.Length, b, removed: null);
        return b.ToString();
    }

    /// <summary>
    /// Appends the folded form of <c>raw[start..end)</c> (one line, no newline inside) to the builder and
    /// records removed control characters. Returns the number of characters appended.
    /// </summary>
    public static int Append(string raw, int start, int end, CleanTextBuilder builder, List<RemovedSpan>? removed) =>
        Append(raw, start, end, builder, removed, out _);

    /// <summary>
    /// <see cref="Append(string, int, int, CleanTextBuilder, List{RemovedSpan})"/>, also giving the appended text when
    /// the stability check had to make a string of it anyway (null otherwise): a caller that needs the line's text can
    /// take it instead of copying it out of the builder again. More than half of the news text is in lines that get the
    /// check (a word with tanween such as أيضاً is enough), about 6 MB of strings per pass over the benchmark's articles.
    /// </summary>
    public static int Append(string raw, int start, int end, CleanTextBuilder builder, List<RemovedSpan>? removed, out string? appendedText)
    {
        appendedText = null;
        var before = builder.Length;
        var pendingSpaceAt = -1;     // raw start of a run of spaces not yet written
        var pendingSpaceEnd = -1;
        var pendingSpaceIsPlain = true;
        var wroteAny = false;
        var copyFrom = -1;           // start of a run of characters to copy unchanged

        void FlushCopy(int upTo)
        {
            if (copyFrom >= 0)
            {
                builder.Copy(raw, copyFrom, upTo - copyFrom);
                copyFrom = -1;
            }
        }

        void FlushSpace()
        {
            if (pendingSpaceAt < 0)
            {
                return;
            }

            if (wroteAny)
            {
                if (pendingSpaceIsPlain && pendingSpaceEnd - pendingSpaceAt == 1)
                {
                    builder.Copy(raw, pendingSpaceAt, 1);
                }
                else
                {
                    builder.Replace(pendingSpaceAt, pendingSpaceEnd - pendingSpaceAt, " ");
                }
            }

            pendingSpaceAt = -1;
        }

        // Whether the line holds anything but plain characters and spaces; only such a line can come out unstable.
        var needsCheck = false;
        var i = start;
        while (i < end)
        {
            var c = raw[i];
            var cls = CleanCharClass.Of(c);
            if (cls is CleanCharClass.Space or CleanCharClass.OddSpace)
            {
                FlushCopy(i);
                if (pendingSpaceAt < 0)
                {
                    pendingSpaceAt = i;
                    pendingSpaceIsPlain = true;
                }

                pendingSpaceIsPlain &= cls == CleanCharClass.Space;
                pendingSpaceEnd = i + 1;
                i++;
                continue;
            }

            needsCheck |= cls != CleanCharClass.Plain;
            if (cls == CleanCharClass.Removed)
            {
                FlushCopy(i);
                var runStart = i;

                // A removed run also swallows the controls that are odd spaces elsewhere (VT, FF), but not CR or tab. The
                // scan notes where the run's first VT or FF is and whether it holds anything but tatweel (a control).
                var wordPartEnd = -1;
                var hasControl = false;
                while (i < end && (CleanCharClass.Of(raw[i]) == CleanCharClass.Removed || raw[i] is '\v' or '\f'))
                {
                    if (wordPartEnd < 0 && raw[i] is '\v' or '\f')
                    {
                        wordPartEnd = i;
                    }

                    hasControl |= raw[i] != ArabicChars.Tatweel;
                    i++;
                }

                // A removed character between two spaces must not stop the spaces from collapsing.
                if (pendingSpaceAt >= 0)
                {
                    pendingSpaceEnd = i;
                    pendingSpaceIsPlain = false;
                }

                // Dropped right after a written character (no space between), the run belongs to that character's word:
                // a span ending there must end after it in the raw text (the tatweel of هـ, a mark closing a word).
                // A vertical tab or form feed swallowed into the run separates, so the word's part stops before it.
                if (wroteAny && pendingSpaceAt < 0)
                {
                    builder.AttachDropped(runStart, (wordPartEnd < 0 ? i : wordPartEnd) - runStart);
                }

                if (removed is not null && hasControl)
                {
                    removed.Add(new RemovedSpan(runStart, i, RemovalReason.ControlChar, raw[runStart..i]));
                }

                continue;
            }

            FlushSpace();

            if (cls == CleanCharClass.PresentationForm)
            {
                FlushCopy(i);
                var folded = c.ToString().Normalize(NormalizationForm.FormKC);
                folded = RemoveTatweel(folded);
                builder.Replace(i, 1, folded);
                wroteAny = true;
                i++;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(raw[i + 1]))
            {
                if (copyFrom < 0)
                {
                    copyFrom = i;
                }

                wroteAny = true;
                i += 2;
                continue;
            }

            // A base character followed by combining marks: compose to NFC when that changes anything.
            var next = i + 1;
            if (i + 1 < end && IsCombining(raw[i + 1]))
            {
                var clusterEnd = i + 1;
                while (clusterEnd < end && IsCombining(raw[clusterEnd]))
                {
                    clusterEnd++;
                }

                if (cls == CleanCharClass.Plain && HasRisingHarakat(raw, i + 1, clusterEnd))
                {
                    // A plain letter with harakat in canonical order (أيضاً، عاماً): NFC already, and so is the line
                    // around it, so it is copied whole and does not ask for the line's stability check.
                    next = clusterEnd;
                }
                else
                {
                    needsCheck = true;
                    var cluster = raw.AsSpan(i, clusterEnd - i);
                    if (!cluster.IsNormalized(NormalizationForm.FormC))
                    {
                        FlushCopy(i);
                        builder.Replace(i, clusterEnd - i, cluster.ToString().Normalize(NormalizationForm.FormC));
                        wroteAny = true;
                        i = clusterEnd;
                        continue;
                    }
                }
            }

            if (copyFrom < 0)
            {
                copyFrom = i;
            }

            wroteAny = true;
            i = next;

            // Most of a line is a run of plain characters with no mark after them: the tests above would only extend
            // the copy for each of them, so skip to the end of the run. A single U+0020 between two such characters
            // joins the run too: the space branch would copy it alone, into the same run of the offset map, and the
            // copy would start again after it.
            while (i < end)
            {
                if (CleanCharClass.IsPlainAlone(raw[i]) && (i + 1 == end || !CleanCharClass.IsCombining(raw[i + 1])))
                {
                    i++;
                }
                else if (raw[i] == ' ' && i + 1 < end && CleanCharClass.IsPlainAlone(raw[i + 1])
                    && (i + 2 == end || !CleanCharClass.IsCombining(raw[i + 2])))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }
        }

        FlushCopy(end);
        if (!needsCheck)
        {
            // Plain characters and single spaces, trimmed: already NFC, nothing to fold, no double space.
            return builder.Length - before;
        }

        var appended = builder.Slice(before);
        if (IsStable(appended))
        {
            appendedText = appended;
        }
        else
        {
            // Rare: folding made marks meet out of canonical order (a mark after removed tatweel) or made a
            // space (a presentation form that folds to space + mark). Normalize the whole line once more and map
            // it onto its raw range as a whole, so that cleaning the clean text changes nothing.
            builder.Truncate(before);
            var fixedText = CollapseSpaces(appended.Normalize(NormalizationForm.FormC));
            if (fixedText.Length > 0)
            {
                var (rawStart, rawEnd) = (start, end);
                while (rawStart < rawEnd && char.IsWhiteSpace(raw[rawStart]))
                {
                    rawStart++;
                }

                while (rawEnd > rawStart && char.IsWhiteSpace(raw[rawEnd - 1]))
                {
                    rawEnd--;
                }

                builder.Replace(rawStart, rawEnd - rawStart, fixedText);
            }
        }

        return builder.Length - before;
    }

    /// <summary>Whether cleaning this text again would give it back unchanged.</summary>
    private static bool IsStable(string text) =>
        text.Length == 0
        || (text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal) && text.IsNormalized(NormalizationForm.FormC)
            && !HasFoldable(text));

    /// <summary>Presentation forms or removable characters left in a line (NFC of a cluster can produce none, but be sure).</summary>
    private static bool HasFoldable(string text)
    {
        foreach (var c in text)
        {
            if (ArabicChars.IsPresentationForm(c) || ArabicChars.IsInvisibleControl(c) || c == ArabicChars.Tatweel)
            {
                return true;
            }
        }

        return false;
    }

    private static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var isSpace = c == ' ' || ArabicChars.IsOddSpace(c);
            if (isSpace && (sb.Length == 0 || sb[^1] == ' '))
            {
                continue;
            }

            if (ArabicChars.IsInvisibleControl(c) || c == ArabicChars.Tatweel)
            {
                continue;
            }

            sb.Append(isSpace ? ' ' : c);
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static bool IsCombining(char c) => CleanCharClass.IsCombining(c);

    /// <summary>
    /// Whether <c>raw[start..end)</c> are Arabic harakat (U+064B fathatan to U+0652 sukun) in non-decreasing order. Their
    /// canonical combining classes (27 to 34) rise with their code points and no canonical composition involves them, so
    /// such marks after a plain letter are already NFC, and a following character (a starter) cannot compose across them.
    /// Shadda before its vowel (ّ then َ, 33 then 30) is out of canonical order and takes the general path.
    /// </summary>
    private static bool HasRisingHarakat(string raw, int start, int end)
    {
        var previous = '\u064B';
        for (var i = start; i < end; i++)
        {
            var c = raw[i];
            if (c < previous || c > '\u0652')
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static string RemoveTatweel(string s) => s.Contains(ArabicChars.Tatweel, StringComparison.Ordinal) ? s.Replace(ArabicChars.Tatweel.ToString(), string.Empty, StringComparison.Ordinal) : s;
}
