using System.Globalization;
using Akhbar.Arabic.Export;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.RealText;

/// <summary>The seed article exported to GKG through the CLI: its people, Berlin with coordinates, and its quotations.</summary>
public sealed class ExportSeedTests
{
    [SharedFact]
    public void The_seed_article_exports_Lavrov_Maas_Berlin_and_the_quotations_with_raw_offsets()
    {
        var (exit, output, error) = CliRunner.Run("export", "--format", "gkg", "--published", "2018-09-15", SharedData.SeedText);
        Assert.True(exit == 0, error);
        var f = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t');
        Assert.Equal(GkgWriter.FieldCount, f.Length);
        var raw = File.ReadAllText(SharedData.SeedText);

        var persons = f[12].Split(';').Select(b => b.Split(',')).Select(p => (Name: p[0], Offset: int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
        Assert.Contains(persons, p => p.Name == "Sergei Lavrov" && raw.Substring(p.Offset, 12) == "سيرغي لافروف");
        var maas = persons.Where(p => raw.Substring(p.Offset).StartsWith("هايكو ماس", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(maas);

        var berlin = f[10].Split(';').Select(b => b.Split('#')).Single(b => b[1].StartsWith("Berlin", StringComparison.Ordinal));
        Assert.Equal("GM", berlin[2]);
        Assert.Equal(52.52, double.Parse(berlin[5], CultureInfo.InvariantCulture), 1);
        Assert.Equal(13.41, double.Parse(berlin[6], CultureInfo.InvariantCulture), 1);
        Assert.Equal("برلين", raw.Substring(int.Parse(berlin[8], CultureInfo.InvariantCulture), 5));

        var quotes = f[22].Split('#').Select(q => q.Split('|')).ToList();
        Assert.True(quotes.Count >= 10, $"{quotes.Count} quotations");
        Assert.All(quotes, q => Assert.Equal(4, q.Length));
        foreach (var q in quotes)
        {
            var offset = int.Parse(q[0], CultureInfo.InvariantCulture);
            var length = int.Parse(q[1], CultureInfo.InvariantCulture);
            Assert.Equal(q[3], raw.Substring(offset, length).Replace('|', ' ').Replace('#', ' ').Replace('\n', ' '));
        }

        Assert.Contains(quotes, q => q[2] == "دعا" && q[3].Contains("منع حدوث هجوم على إدلب", StringComparison.Ordinal));
        Assert.Contains(f[16].Split(';'), d => d.StartsWith("3#9#14#2018#", StringComparison.Ordinal));
    }
}
