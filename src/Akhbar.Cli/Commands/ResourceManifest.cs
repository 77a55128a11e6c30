using System.Text;

namespace Akhbar.Cli.Commands;

/// <summary>Data/MANIFEST.tsv, one provenance row per shipped resource; an import replaces the row of the file it writes.</summary>
public static class ResourceManifest
{
    /// <summary>Replaces the row of <paramref name="resourceName"/> (the first field) with <paramref name="row"/>, or appends it.</summary>
    public static void Record(string manifest, string resourceName, string row)
    {
        var lines = File.ReadAllLines(manifest, Encoding.UTF8).Where(l => !l.StartsWith(resourceName + "\t", StringComparison.Ordinal)).ToList();
        lines.Add(row);
        File.WriteAllText(manifest, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
    }
}
