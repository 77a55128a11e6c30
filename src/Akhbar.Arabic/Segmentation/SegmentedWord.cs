using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// A word with its clitic boundaries, as written in the spec file and printed by the evaluation: the segments
/// joined by '+' (و+ب+ال+تالي). The mask has bit <c>i</c> set when a segment starts at character <c>i</c>.
/// </summary>
public readonly record struct SegmentedWord(string Word, ulong Boundaries)
{
    /// <summary>Words longer than this have no mask; the evaluations skip them (no real word comes close).</summary>
    public const int MaxLength = 63;

    /// <summary>Reads <c>و+ب+ال+تالي</c>; null when a segment is empty or the word is too long.</summary>
    public static SegmentedWord? Parse(string plussed)
    {
        var parts = plussed.Split('+');
        var word = string.Concat(parts);
        if (word.Length == 0 || word.Length > MaxLength || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        ulong mask = 0;
        var at = 0;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            at += parts[i].Length;
            mask |= 1UL << at;
        }

        return new SegmentedWord(word, mask);
    }

    /// <summary>The boundaries of segments that tile a word starting at <paramref name="wordStart"/>.</summary>
    public static ulong MaskOf(IReadOnlyList<Segment> segments, int wordStart)
    {
        ulong mask = 0;
        for (var i = 1; i < segments.Count; i++)
        {
            var at = segments[i].Span.Start - wordStart;
            if (at is > 0 and <= MaxLength)
            {
                mask |= 1UL << at;
            }
        }

        return mask;
    }

    /// <summary>Segments <paramref name="word"/> with <paramref name="segmenter"/> and returns it with its boundaries.</summary>
    public static SegmentedWord Predict(CliticSegmenter segmenter, string word, List<Segment> scratch)
    {
        scratch.Clear();
        segmenter.Segment(word, new TextSpan(0, word.Length), ArabicFolding.Fold(word), scratch);
        return new SegmentedWord(word, MaskOf(scratch, 0));
    }

    public override string ToString()
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i < Word.Length; i++)
        {
            if ((Boundaries & (1UL << i)) != 0)
            {
                parts.Add(Word[start..i]);
                start = i;
            }
        }

        parts.Add(Word[start..]);
        return string.Join("+", parts);
    }
}
