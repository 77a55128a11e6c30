using System.Text;

namespace Akhbar.Core.Model;

/// <summary>
/// Builds the clean text and its <see cref="OffsetMap"/> together, so that the two can never disagree.
/// Adjacent copies of contiguous raw text are merged into one run.
/// </summary>
public sealed class CleanTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<OffsetMap.Run> _runs = [];

    // Runs below this index are closed: a copy never extends them, so that the text up to here can be taken as a whole.
    private int _closedRuns;

    public int Length => _text.Length;

    /// <summary>The clean text built so far; cheap to call only at the end.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Appends raw characters unchanged.</summary>
    public void Copy(string raw, int rawStart, int length)
    {
        if (length <= 0)
        {
            return;
        }

        _text.Append(raw, rawStart, length);
        if (_runs.Count > _closedRuns)
        {
            var last = _runs[^1];
            if (last.IsCopy && last.RawStart >= 0 && last.RawStart + last.RawLength == rawStart
                && last.CleanStart + last.CleanLength == _text.Length - length)
            {
                _runs[^1] = last with { CleanLength = last.CleanLength + length, RawLength = last.RawLength + length };
                return;
            }
        }

        _runs.Add(new OffsetMap.Run(_text.Length - length, length, rawStart, length, IsCopy: true));
    }

    /// <summary>Appends <paramref name="replacement"/> standing for the raw range as a whole.</summary>
    public void Replace(int rawStart, int rawLength, ReadOnlySpan<char> replacement)
    {
        if (replacement.IsEmpty)
        {
            return;
        }

        _text.Append(replacement);
        _runs.Add(new OffsetMap.Run(_text.Length - replacement.Length, replacement.Length, rawStart, rawLength, IsCopy: false));
    }

    /// <summary>
    /// Records that the raw characters <c>[rawStart, rawStart + rawLength)</c>, which the cleaner drops (tatweel,
    /// zero-width and bidi marks), come right after the source of the last character appended: that character is
    /// made to stand for itself and them, so a span that ends at it ends after them in the raw text (the tatweel of
    /// <c>1436هـ</c> belongs to the date). A span that starts at the next character still starts there. Nothing is
    /// recorded when the last character's source does not end at <paramref name="rawStart"/> (a space came between).
    /// </summary>
    public void AttachDropped(int rawStart, int rawLength)
    {
        if (rawLength <= 0 || _runs.Count <= _closedRuns)
        {
            return;
        }

        var last = _runs[^1];
        if (last.RawStart < 0 || last.RawStart + last.RawLength != rawStart)
        {
            return;
        }

        if (!last.IsCopy)
        {
            _runs[^1] = last with { RawLength = last.RawLength + rawLength };
            return;
        }

        // Split the last character (both halves of a surrogate pair) off the copied run as a replaced run.
        var charLength = last.CleanLength >= 2 && char.IsLowSurrogate(_text[^1]) && char.IsHighSurrogate(_text[^2]) ? 2 : 1;
        var cleanStart = last.CleanStart + last.CleanLength - charLength;
        var rawCharStart = last.RawStart + last.RawLength - charLength;
        if (last.CleanLength == charLength)
        {
            _runs[^1] = last with { RawLength = charLength + rawLength, IsCopy = false };
            return;
        }

        _runs[^1] = last with { CleanLength = last.CleanLength - charLength, RawLength = last.RawLength - charLength };
        _runs.Add(new OffsetMap.Run(cleanStart, charLength, rawCharStart, charLength + rawLength, IsCopy: false));
    }

    /// <summary>Appends text that has no source in the raw body (for example a title given in its own field).</summary>
    public void Insert(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        _text.Append(text);
        _runs.Add(new OffsetMap.Run(_text.Length - text.Length, text.Length, -1, 0, IsCopy: false));
    }

    /// <summary>Appends everything another builder holds, keeping its raw positions.</summary>
    public void Append(CleanTextBuilder other)
    {
        var shift = _text.Length;
        _text.Append(other._text);
        foreach (var run in other._runs)
        {
            _runs.Add(run with { CleanStart = run.CleanStart + shift });
        }
    }

    /// <summary>
    /// Makes the current length a run boundary: what is appended next starts a new run even when it continues
    /// the raw text of the last one, so that <see cref="Truncate"/> and <see cref="AppendRange"/> can cut here.
    /// </summary>
    public void CloseRuns() => _closedRuns = _runs.Count;

    /// <summary>
    /// Appends the text another builder holds in <c>[start, end)</c> with its runs, keeping their raw positions, as
    /// <see cref="Append(CleanTextBuilder)"/> does for a whole builder. Both ends must be run boundaries of the other
    /// builder (see <see cref="CloseRuns"/>).
    /// </summary>
    public void AppendRange(CleanTextBuilder other, int start, int end)
    {
        var shift = _text.Length - start;
        _text.Append(other._text, start, end - start);
        for (var r = other.FirstRunAt(start); r < other._runs.Count && other._runs[r].CleanStart < end; r++)
        {
            var run = other._runs[r];
            _runs.Add(run with { CleanStart = run.CleanStart + shift });
        }
    }

    /// <summary>The index of the first run that starts at or after <paramref name="cleanStart"/> (runs are in clean order).</summary>
    private int FirstRunAt(int cleanStart)
    {
        int lo = 0, hi = _runs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_runs[mid].CleanStart < cleanStart)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The text built from <paramref name="start"/> on.</summary>
    public string Slice(int start) => _text.ToString(start, _text.Length - start);

    /// <summary>
    /// Drops everything appended from <paramref name="length"/> on. Only whole runs can be dropped: the length
    /// must be one the builder had before (a run boundary).
    /// </summary>
    public void Truncate(int length)
    {
        while (_runs.Count > 0 && _runs[^1].CleanStart >= length)
        {
            _runs.RemoveAt(_runs.Count - 1);
        }

        if (_runs.Count > 0 && _runs[^1].CleanStart + _runs[^1].CleanLength > length)
        {
            throw new InvalidOperationException("Truncate must cut at a run boundary.");
        }

        _text.Length = length;
        _closedRuns = Math.Min(_closedRuns, _runs.Count);
    }

    /// <summary>Empties the builder so that it can be reused (one per line saves allocations).</summary>
    public void Clear()
    {
        _text.Clear();
        _runs.Clear();
        _closedRuns = 0;
    }

    /// <summary>Whether the text built so far equals <paramref name="value"/>, without allocating.</summary>
    public bool TextEquals(ReadOnlySpan<char> value)
    {
        if (value.Length != _text.Length)
        {
            return false;
        }

        var i = 0;
        foreach (var chunk in _text.GetChunks())
        {
            if (!chunk.Span.SequenceEqual(value.Slice(i, chunk.Length)))
            {
                return false;
            }

            i += chunk.Length;
        }

        return true;
    }

    public (string Text, OffsetMap Map) Build()
    {
        var text = _text.ToString();
        return (text, new OffsetMap([.. _runs], text.Length));
    }
}
