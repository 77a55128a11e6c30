using System.Text.Json;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Core.Model;

/// <summary>
/// One article as it came in, before any cleaning. <see cref="Body"/> is the raw text that every
/// <c>raw_start</c>/<c>raw_end</c> offset points into: the whole file for text and HTML input, the
/// <c>text</c> (or <c>html</c>) field for a JSON record. A title given in a separate field is kept in
/// <see cref="Title"/> and has no raw offsets.
/// </summary>
public sealed record RawArticle
{
    public required string Id { get; init; }

    public required string Body { get; init; }

    public RawFormat Format { get; init; } = RawFormat.PlainText;

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }

    public PublicationDate? Published { get; init; }

    /// <summary>Fields of the input record that Akhbar does not interpret, kept as given so that nothing is lost.</summary>
    public IReadOnlyDictionary<string, JsonElement> Meta { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Problems found while reading the input that did not stop it (for example a publication date that is not a date).</summary>
    public IReadOnlyList<Diagnostic> InputDiagnostics { get; init; } = [];
}

public enum RawFormat
{
    PlainText,
    Html,
}
