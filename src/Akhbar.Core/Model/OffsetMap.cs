namespace Akhbar.Core.Model;

/// <summary>
/// Leads offsets in the clean text back to offsets in <see cref="RawArticle.Body"/>. The clean text is made
/// of runs: a copied run maps character for character; a replaced run (a folded presentation form, a
/// collapsed space, a paragraph break standing for removed lines) maps as a whole onto its raw range.
/// Text that came from outside the body (a title from a separate field) has no raw position.
/// </summary>
public sealed class OffsetMap
{
    private readonly Run[] _runs;

    internal OffsetMap(Run[] runs, int cleanLength)
    {
        _runs = runs;
        CleanLength = cleanLength;
    }

    public int CleanLength { get; }

    /// <summary>The raw offset where the clean character at <paramref name="cleanStart"/> came from, or null.</summary>
    public int? ToRawStart(int cleanStart)
    {
        var i = FindRun(cleanStart);
        if (i < 0)
        {
            return null;
        }

        var run = _runs[i];
        if (run.RawStart < 0)
        {
            return null;
        }

        return run.IsCopy ? run.RawStart + (cleanStart - run.CleanStart) : run.RawStart;
    }

    /// <summary>The raw offset just after the source of the clean character before <paramref name="cleanEnd"/>, or null.</summary>
    public int? ToRawEnd(int cleanEnd)
    {
        var i = FindRun(cleanEnd - 1);
        if (i < 0)
        {
            return null;
        }

        var run = _runs[i];
        if (run.RawStart < 0)
        {
            return null;
        }

        return run.IsCopy ? run.RawStart + (cleanEnd - run.CleanStart) : run.RawStart + run.RawLength;
    }

    public (int Start, int End)? ToRaw(TextSpan span)
    {
        if (span.Length == 0)
        {
            var at = ToRawStart(span.Start);
            return at is null ? null : (at.Value, at.Value);
        }

        var s = ToRawStart(span.Start);
        var e = ToRawEnd(span.End);
        return s is null || e is null ? null : (s.Value, e.Value);
    }

    private int FindRun(int cleanOffset)
    {
        if (cleanOffset < 0 || cleanOffset >= CleanLength)
        {
            return -1;
        }

        int lo = 0, hi = _runs.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var run = _runs[mid];
            if (cleanOffset < run.CleanStart)
            {
                hi = mid - 1;
            }
            else if (cleanOffset >= run.CleanStart + run.CleanLength)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>One run of clean text. <see cref="RawStart"/> is -1 for text with no raw source.</summary>
    internal readonly record struct Run(int CleanStart, int CleanLength, int RawStart, int RawLength, bool IsCopy);
}
