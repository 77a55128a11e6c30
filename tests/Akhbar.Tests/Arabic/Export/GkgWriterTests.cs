using Akhbar.Arabic.Export;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Export;

/// <summary>GKG 2.1 rows of a small analyzed article, parsed back field by field.</summary>
public sealed class GkgWriterTests
{
    private static readonly Document Doc = ExportFixture.Analyze(url: "https://www.example.com/news/1");

    private static string[] Fields(OffsetBase offsets = OffsetBase.Raw)
    {
        var row = new GkgWriter(GdeltGazetteer.Default, new ExportSettings(offsets)).Row(Doc);
        Assert.DoesNotContain('\n', row);
        var fields = row.Split('\t');
        Assert.Equal(GkgWriter.FieldCount, fields.Length);
        return fields;
    }

    /// <summary>Name,Offset blocks of a semicolon list.</summary>
    private static List<(string Name, int Offset)> NameOffsets(string field) =>
        field.Split(';').Select(b => b.Split(',')).Select(p =>
        {
            Assert.Equal(2, p.Length);
            return (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();

    [Fact]
    public void A_row_has_27_fields_with_the_record_id_date_and_source()
    {
        var f = Fields();
        Assert.Matches(@"^20180916000000-\d+$", f[0]);
        Assert.Equal("20180916000000", f[1]);
        Assert.Equal("1", f[2]);
        Assert.Equal("example.com", f[3]);
        Assert.Equal("https://www.example.com/news/1", f[4]);
        Assert.Equal(GkgWriter.FieldCount, f.Length);
    }

    [Fact]
    public void Raw_offsets_of_names_point_at_the_words_in_the_input()
    {
        var all = NameOffsets(Fields()[23]);
        Assert.Contains(all, n => n.Name == "سيرغي لافروف");
        Assert.Contains(all, n => n.Name == "الأمم المتحدة");
        foreach (var (name, offset) in all)
        {
            Assert.Equal(name, Doc.Raw.Body.Substring(offset, name.Length));
        }

        // The UN is named after the removed [ads1] line, so its raw offset is past its clean one.
        var un = all.Single(n => n.Name == "الأمم المتحدة").Offset;
        Assert.Equal(un, Doc.Raw.Body.IndexOf("الأمم المتحدة", StringComparison.Ordinal));
        Assert.NotEqual(un, Doc.Text.IndexOf("الأمم المتحدة", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_offsets_point_into_the_clean_text()
    {
        foreach (var (name, offset) in NameOffsets(Fields(OffsetBase.Clean)[23]))
        {
            Assert.Equal(name, Doc.Text.Substring(offset, name.Length));
        }
    }

    [Fact]
    public void Persons_are_English_names_at_the_offsets_of_their_Arabic_mentions()
    {
        var f = Fields();
        Assert.Contains("Sergei Lavrov", f[11].Split(';'));
        var lavrov = NameOffsets(f[12]).Where(p => p.Name == "Sergei Lavrov").Select(p => p.Offset).ToList();
        Assert.Equal(3, lavrov.Count);
        Assert.All(lavrov, o => Assert.Contains("لافروف", Doc.Raw.Body.Substring(o, 12), StringComparison.Ordinal));
    }

    [Fact]
    public void Locations_carry_type_FIPS_code_coordinates_feature_and_offset()
    {
        var f = Fields();
        var v1 = f[9].Split(';').Select(b => b.Split('#')).ToList();
        Assert.All(v1, b => Assert.Equal(7, b.Length));
        var ankara = v1.Single(b => b[1] == "Ankara, Ankara, Turkey");
        Assert.Equal(["4", "Ankara, Ankara, Turkey", "TU", "TU68"], ankara[..4]);
        Assert.Equal(39.92, double.Parse(ankara[4], System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.Equal(32.85, double.Parse(ankara[5], System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.True(long.TryParse(ankara[6], out _));
        Assert.Contains(v1, b => b is ["1", "Turkey", "TU", "TU", "", "", "TU"]);

        var v2 = f[10].Split(';').Select(b => b.Split('#')).ToList();
        Assert.All(v2, b => Assert.Equal(9, b.Length));
        var offsets = v2.Where(b => b[1] == "Idlib, Idlib, Syria").Select(b => int.Parse(b[8], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal("إدلب", Doc.Raw.Body.Substring(Assert.Single(offsets), 4));
        Assert.Equal(v2.Select(b => int.Parse(b[8], System.Globalization.CultureInfo.InvariantCulture)).Order(), v2.Select(b => int.Parse(b[8], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Dates_give_resolution_month_day_year_and_the_offset_of_the_words()
    {
        var dates = Fields()[16].Split(';').Select(b => b.Split('#')).ToList();
        Assert.Contains(dates, d => d[..4] is ["3", "9", "16", "2018"]);
        var september20 = dates.Single(d => d[..4] is ["3", "9", "20", "2018"]);
        Assert.StartsWith("يوم 20 سبتمبر", Doc.Raw.Body[int.Parse(september20[4], System.Globalization.CultureInfo.InvariantCulture)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Separators_inside_a_quotation_do_not_break_its_block()
    {
        var quotes = Fields()[22].Split('#');
        Assert.Equal(Doc.Quotes.Count, quotes.Length);
        var parts = quotes.Select(q => q.Split('|')).ToList();
        Assert.All(parts, p => Assert.Equal(4, p.Length));
        var direct = parts.Single(p => p[2] == "وقال");
        Assert.Equal("الحوار مع تركيا مستمر   بلا توقف   ولن يتوقف", direct[3]);
        var offset = int.Parse(direct[0], System.Globalization.CultureInfo.InvariantCulture);
        var length = int.Parse(direct[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("الحوار مع تركيا مستمر | بلا توقف # ولن يتوقف", Doc.Raw.Body.Substring(offset, length));
    }

    [Fact]
    public void The_title_goes_into_the_extras_xml_and_unfilled_fields_stay_empty()
    {
        var f = Fields();
        Assert.Equal($"<PAGE_TITLE>{ExportFixture.Title}</PAGE_TITLE><AKHBAR_ARTICLE_ID>export-fixture</AKHBAR_ARTICLE_ID>", f[26]);
        foreach (var empty in new[] { 5, 6, 7, 8, 15, 17, 18, 19, 20, 21, 24, 25 })
        {
            Assert.Equal("", f[empty]);
        }
    }

    [Fact]
    public void An_article_without_url_or_date_is_a_citation_with_date_zero()
    {
        var doc = Support.Analyze.Text(ExportFixture.Body, id: "no-url");
        var f = new GkgWriter().Row(doc).Split('\t');
        Assert.Equal(GkgWriter.FieldCount, f.Length);
        Assert.Equal("0", f[1]);
        Assert.Equal("2", f[2]);
        Assert.Equal("no-url", f[4]);
        Assert.StartsWith("00000000000000-", f[0], StringComparison.Ordinal);
    }
}
