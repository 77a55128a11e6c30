namespace Akhbar.Core.Model;

/// <summary>How a mention refers to its entity: by a name, by a role phrase, or by a counterpart phrase such as "نظيره".</summary>
public enum MentionKind
{
    Name,
    Role,
    PronounLike,
}

/// <summary>One mention of an <see cref="Entity"/>: its span in the clean text and how it refers.</summary>
public readonly record struct LinkedMention(TextSpan Span, MentionKind Kind)
{
    /// <summary>The JSON name of a kind: name, role, pronoun-like.</summary>
    public static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Role => "role",
        MentionKind.PronounLike => "pronoun-like",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
