using Akhbar.Resources;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// The country of the publication an article comes from, by the record's source id or the host of its URL
/// (Data/entities/press-countries.tsv): a paper writes of its own country as its readers know it, by short names
/// ("المملكة") and with local people named without a nisba. Null for a publication the table does not list.
/// </summary>
public static class PressCountry
{
    private static readonly Lazy<(Dictionary<string, string> BySource, Dictionary<string, string> ByHost)> Table = new(Load);

    public static string? Of(string? source, string? url)
    {
        var (bySource, byHost) = Table.Value;
        if (source is not null && bySource.TryGetValue(source, out var country))
        {
            return country;
        }

        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return byHost.GetValueOrDefault(host.ToLowerInvariant());
    }

    private static (Dictionary<string, string>, Dictionary<string, string>) Load()
    {
        var table = TsvResource.Load("entities/press-countries.tsv");
        var bySource = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byHost = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var country = row[table.Column("country")];
            bySource[row[table.Column("source")]] = country;
            byHost[row[table.Column("host")]] = country;
        }

        return (bySource, byHost);
    }
}
