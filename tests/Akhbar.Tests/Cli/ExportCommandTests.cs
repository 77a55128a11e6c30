using Akhbar.Arabic.Export;
using Akhbar.Tests.Arabic.Export;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>akhbar export</c>: rows for good input, one-line errors and exit codes for bad input.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-export-");

    public void Dispose() => _temp.Dispose();

    private string File(string name, byte[] content)
    {
        var path = Path.Combine(_temp.Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private string File(string name, string content) => File(name, System.Text.Encoding.UTF8.GetBytes(content));

    private static void AssertOneLineError(int expectedExit, (int Exit, string Out, string Err) run)
    {
        Assert.Equal(expectedExit, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Single(run.Err.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_article_gives_one_gkg_row_with_its_publication_date()
    {
        var path = File("article.txt", ExportFixture.Body);
        var (exit, output, error) = CliRunner.Run("export", "--format", "gkg", "--published", "2018-09-16", path);
        Assert.True(exit == 0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fields = Assert.Single(rows).Split('\t');
        Assert.Equal(GkgWriter.FieldCount, fields.Length);
        Assert.Equal("20180916000000", fields[1]);
        Assert.Equal("article", fields[4]);
    }

    [Fact]
    public void A_corpus_gives_a_row_per_record_and_reports_bad_records_with_exit_1()
    {
        var corpus = File("c.jsonl",
            "{\"id\":\"a1\",\"text\":\"قال الوزير سيرغي لافروف إن الحوار مستمر.\",\"url\":\"https://news.example.org/a1\",\"published\":\"2018-09-15T10:30:00+03:00\"}\n"
            + "not json\n"
            + "{\"id\":\"a2\",\"text\":\"زار الرئيس موسكو.\"}\n");
        var output = Path.Combine(_temp.Path, "out.tsv");
        var (exit, stdout, error) = CliRunner.Run("export", "--format", "gkg", "--out", output, corpus);
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("c.jsonl:2", error, StringComparison.Ordinal);
        var rows = System.IO.File.ReadAllLines(output).Select(r => r.Split('\t')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(GkgWriter.FieldCount, r.Length));
        Assert.Equal(["20180915073000", "1", "news.example.org", "https://news.example.org/a1"], rows[0][1..5]);
        Assert.Equal("0", rows[1][1]);
    }

    [Fact]
    public void A_title_from_its_own_JSON_field_has_no_raw_offsets_but_has_clean_ones()
    {
        var corpus = File("t.jsonl", "{\"id\":\"t1\",\"title\":\"لافروف يزور أنقرة\",\"text\":\"قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.\",\"published\":\"2018-09-15\"}\n");
        var raw = CliRunner.Run("export", "--format", "gkg", corpus).Out.TrimEnd('\n').Split('\t');
        var clean = CliRunner.Run("export", "--format", "gkg", "--offsets", "clean", corpus).Out.TrimEnd('\n').Split('\t');
        Assert.DoesNotContain("أنقرة,", raw[23], StringComparison.Ordinal);
        Assert.Contains("أنقرة,", clean[23], StringComparison.Ordinal);
        Assert.Contains("Ankara", raw[9], StringComparison.Ordinal);

        // The body's names have raw offsets into the record's text field.
        var text = "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.";
        Assert.Contains($"سيرغي لافروف,{text.IndexOf("سيرغي", StringComparison.Ordinal)}", raw[23], StringComparison.Ordinal);
    }

    [Fact]
    public void Event_export_writes_the_events_the_default_pipeline_codes()
    {
        var (exit, output, error) = CliRunner.Run("export", "--format", "gdelt-events", "--published", "2018-09-16", File("a.txt", ExportFixture.Body));
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(61, r.Split('\t').Length));

        // The meeting of the first sentence: EventRootCode (field 29) 04, consult.
        Assert.Contains(rows, r => r.Split('\t')[28] == "04");
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error()
    {
        AssertOneLineError(1, CliRunner.Run("export", "--format", "gkg", Path.Combine(_temp.Path, "nope.txt")));
    }

    [Fact]
    public void An_empty_file_and_invalid_UTF8_are_bad_input()
    {
        var empty = CliRunner.Run("export", "--format", "gkg", File("empty.txt", ""));
        Assert.Equal(1, empty.Exit);
        Assert.Equal("", empty.Out);
        Assert.Contains("empty.txt", empty.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", empty.Err, StringComparison.Ordinal);

        var binary = CliRunner.Run("export", "--format", "gkg", File("bad.txt", [0x41, 0xC3, 0x28, 0x42]));
        Assert.Equal(1, binary.Exit);
        Assert.Equal("", binary.Out);
        Assert.Contains("bad.txt", binary.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", binary.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_published_date_is_a_one_line_error()
    {
        AssertOneLineError(1, CliRunner.Run("export", "--format", "gkg", "--published", "2018-13-45", File("a.txt", ExportFixture.Body)));
    }

    [Fact]
    public void An_unknown_format_or_a_missing_one_is_a_usage_error()
    {
        var path = File("a.txt", ExportFixture.Body);
        Assert.Equal(2, CliRunner.Run("export", "--format", "csv", path).Exit);
        Assert.Equal(2, CliRunner.Run("export", path).Exit);
    }
}
