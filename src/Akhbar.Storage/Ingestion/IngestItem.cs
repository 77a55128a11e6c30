using Akhbar.Core.Model;

namespace Akhbar.Storage.Ingestion;

/// <summary>One article read from an input, or the reason why the thing at <see cref="Location"/> could not be read.</summary>
public sealed record IngestItem(string Location, RawArticle? Article, string? Error)
{
    public static IngestItem Failed(string location, string error) => new(location, null, error);
}
