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
public sealed record Token(TextSpan Span, string Key, Segment[] Segments, TokenKind Kind)
{
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
}

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
}
