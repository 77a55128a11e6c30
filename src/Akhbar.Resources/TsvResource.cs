using System.Reflection;
using System.Text;

namespace Akhbar.Resources;

/// <summary>
/// Reads the UTF-8 TSV language resources embedded in this assembly. The first non-comment line is the
/// header; lines starting with '#' are comments. Every field is NFC-normalized on load so that data files
/// edited with any tool match the text the pipeline produces.
/// </summary>
public sealed class TsvResource
{
    private TsvResource(string name, string[] header, IReadOnlyList<string[]> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
    }

    public string Name { get; }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Names of every embedded resource, relative to Data/, for example "cleaning/line-rules.tsv".</summary>
    public static IEnumerable<string> All() =>
        typeof(TsvResource).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);

    private const string Prefix = "Akhbar.Resources.Data.";

    public static TsvResource Load(string name)
    {
        var logical = Prefix + name.Replace('\\', '/');
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logical)
            ?? throw new InvalidOperationException($"The resource '{name}' is not embedded in Akhbar.Resources.");
        return Parse(name, stream);
    }

    public static TsvResource Parse(string name, Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        string[]? header = null;
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
            {
                if (!fields[i].IsNormalized(NormalizationForm.FormC))
                {
                    fields[i] = fields[i].Normalize(NormalizationForm.FormC);
                }
            }

            if (header is null)
            {
                header = fields;
            }
            else
            {
                rows.Add(fields);
            }
        }

        return new TsvResource(name, header ?? [], rows);
    }

    /// <summary>The index of a header column; throws when the resource lacks it, so a renamed column fails loudly.</summary>
    public int Column(string header)
    {
        var i = Array.IndexOf(Header, header);
        return i >= 0 ? i : throw new InvalidOperationException($"The resource '{Name}' has no column '{header}'.");
    }
}
