namespace Akhbar.Core.Model;

/// <summary>How the words of a quote are given: in quotation marks, reported after a cue, or as a "NAME : words" headline.</summary>
public enum QuoteKind
{
    Direct,
    Indirect,
    Headline,
}

/// <summary>What the speaker span of a quote is, which decides whether it may name an entity.</summary>
public enum SpeakerKind
{
    /// <summary>No speaker could be found (a subject-less cue with nobody to carry over).</summary>
    None,

    /// <summary>A PERS or ORG name mention.</summary>
    Mention,

    /// <summary>A role phrase without a name ("وزير الخارجية الألماني", "البيان").</summary>
    Role,

    /// <summary>A source the text keeps anonymous ("مصدر مطلع"): never an entity.</summary>
    Unnamed,
}

/// <summary>
/// Reported speech: the <see cref="Content"/> words, the <see cref="Cue"/> that reports them (a verb, a participle,
/// a source phrase, or the colon of a headline) and the <see cref="Speaker"/> span, which for a cue without a subject
/// is the span of the carried-over speaker's mention elsewhere in the text.
/// </summary>
public sealed record Quote(QuoteKind Kind, TextSpan Cue, TextSpan Content, TextSpan? Speaker, SpeakerKind SpeakerKind)
{
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Headline => "headline",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
