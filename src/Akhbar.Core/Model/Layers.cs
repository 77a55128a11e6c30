namespace Akhbar.Core.Model;

/// <summary>Why a span of the raw input is not part of the clean text.</summary>
public enum RemovalReason
{
    DuplicateTitle,
    AdPlaceholder,
    Boilerplate,
    Markup,
    ControlChar,
}

/// <summary>A span of the raw input that cleaning left out, with the reason and the text it removed.</summary>
public sealed record RemovedSpan(int RawStart, int RawEnd, RemovalReason Reason, string Text, string? Rule = null);

/// <summary>A body paragraph: its clean span and the raw range it came from.</summary>
public readonly record struct Paragraph(TextSpan Span, int? RawStart, int? RawEnd);

/// <summary>A sentence. <see cref="Paragraph"/> is the body paragraph index, or -1 for the title.</summary>
public readonly record struct Sentence(TextSpan Span, int Paragraph);

/// <summary>The grammatical role of one clitic segment of a token.</summary>
public enum SegmentRole
{
    Conjunction,
    Preposition,
    Future,
    Article,
    Stem,
    Pronoun,
}

/// <summary>A clitic segment: a proclitic, the stem or an enclitic, with its offsets in the clean text.</summary>
public readonly record struct Segment(TextSpan Span, SegmentRole Role);

/// <summary>
/// A token of the clean text. <see cref="Key"/> is the folded lookup key of the whole token;
/// <see cref="Segments"/> tile the token exactly, in order.
/// </summary>
/// <remarks>
/// A value type whose segments are a range of one array shared by all the tokens of a document: a document has a
/// token every five characters, and one object and one segment array for each of them were most of what the
/// segmentation stage allocated and most of its time.
/// </remarks>
public readonly struct Token
{
    // 32 bytes in all: the count and the kind (a byte enum) are stored narrow (a word has at most five segments).
    private readonly Segment[] _segmentStore;
    private readonly int _segmentStart;
    private readonly ushort _segmentCount;

    /// <summary>A token whose segments are <c>segmentStore[segmentStart..segmentStart + segmentCount]</c>.</summary>
    public Token(TextSpan span, string key, Segment[] segmentStore, int segmentStart, int segmentCount, TokenKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(segmentStart);
        ArgumentOutOfRangeException.ThrowIfNegative(segmentCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(segmentCount, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(segmentStart + segmentCount, segmentStore.Length, nameof(segmentCount));
        Span = span;
        Key = key;
        Kind = kind;
        _segmentStore = segmentStore;
        _segmentStart = segmentStart;
        _segmentCount = (ushort)segmentCount;
    }

    /// <summary>A token with segments of its own.</summary>
    public Token(TextSpan span, string key, Segment[] segments, TokenKind kind)
        : this(span, key, segments, 0, segments.Length, kind)
    {
    }

    public TextSpan Span { get; }

    public string Key { get; init; }

    public TokenKind Kind { get; }

    public ReadOnlySpan<Segment> Segments => new(_segmentStore, _segmentStart, _segmentCount);

    /// <summary>The stem segment (the whole token when it has no clitics).</summary>
    public Segment Stem
    {
        get
        {
            foreach (var s in Segments)
            {
                if (s.Role == SegmentRole.Stem)
                {
                    return s;
                }
            }

            return Segments[0];
        }
    }

    /// <summary>Whether one of the token's segments has this role.</summary>
    public bool Has(SegmentRole role) => SegmentWith(role) is not null;

    /// <summary>The first segment with this role, or null.</summary>
    public Segment? SegmentWith(SegmentRole role)
    {
        foreach (var s in Segments)
        {
            if (s.Role == role)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>The same token with other segments (for tests that break an invariant on purpose).</summary>
    public Token WithSegments(Segment[] segments) => new(Span, Key, segments, Kind);
}

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
}
