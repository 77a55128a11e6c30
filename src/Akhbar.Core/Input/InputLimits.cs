namespace Akhbar.Core.Input;

/// <summary>Limits that protect a batch from one pathological input. The CLI lets users raise them.</summary>
public sealed record InputLimits
{
    /// <summary>The default largest article, in bytes: far above any real news article, far below memory trouble.</summary>
    public const long DefaultMaxArticleBytes = 16L * 1024 * 1024;

    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    public static InputLimits Default { get; } = new();
}
