namespace Akhbar.Core.Model;

/// <summary>A half-open range <c>[Start, End)</c> in UTF-16 code units of <see cref="Document.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Slice(string text) => text.Substring(Start, Length);
}
