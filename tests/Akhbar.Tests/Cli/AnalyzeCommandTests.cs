using System.Text.Json;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private string File(string name, string content) => File(name, System.Text.Encoding.UTF8.GetBytes(content));

    [Fact]
    public void Analyzes_a_text_file_into_the_contract()
    {
        var path = File("a.txt", "عنوان الخبر\n\nقال الوزير إن الاجتماع ناجح.\n");
        var (exit, output, _) = CliRunner.Run("analyze", path, "--published", "2018-09-15", "--tokens");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("akhbar.article/1", root.GetProperty("schema").GetString());
        Assert.Equal("a", root.GetProperty("id").GetString());
        Assert.Equal("2018-09-15", root.GetProperty("published").GetString());
        Assert.Equal("عنوان الخبر", root.GetProperty("title").GetProperty("text").GetString());
        foreach (var layer in new[] { "removed", "paragraphs", "sentences", "tokens", "entities", "quotes", "times", "events", "diagnostics" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(layer).ValueKind);
        }

        var token = root.GetProperty("tokens").EnumerateArray().First(t => t.GetProperty("text").GetString() == "الاجتماع");
        Assert.Equal("ال", token.GetProperty("segments")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void The_event_filter_is_asked_for_by_a_flag()
    {
        // A protest told only by its marchers' signs: the learned filter does not take it for a report, the rules do.
        var path = File("p.txt", "عنوان\n\nورفع المتظاهرون لافتات تندد بالغلاء.\n");
        int Protests(params string[] extra)
        {
            var (exit, output, error) = CliRunner.Run(["analyze", path, "--published", "2020-01-05", .. extra]);
            Assert.True(exit == 0, error);
            return JsonDocument.Parse(output).RootElement.GetProperty("events").EnumerateArray()
                .Count(e => e.GetProperty("cameo").GetString()!.StartsWith("14", StringComparison.Ordinal));
        }

        Assert.True(Protests() > 0);
        Assert.Equal(0, Protests("--event-filter"));
    }

    [Fact]
    public void Tokens_are_left_out_unless_asked_for()
    {
        var (_, output, _) = CliRunner.Run("analyze", File("a.txt", "عنوان\nنص."));
        Assert.False(JsonDocument.Parse(output).RootElement.TryGetProperty("tokens", out _));
    }

    [Fact]
    public void Streams_json_lines_and_reports_bad_lines_with_their_number()
    {
        var path = File("c.jsonl",
            "{\"id\":\"x1\",\"title\":\"عنوان\",\"text\":\"نص الخبر.\",\"published\":\"2018-02-18T21:35:43+04:00\",\"category\":\"sport\"}\n" +
            "not json\n\n" +
            "{\"id\":\"x3\",\"title\":\"عنوان\"}\n" +
            "{\"id\":\"x4\",\"text\":\"نص آخر.\"}\n");
        var (exit, output, error) = CliRunner.Run("analyze", path);
        Assert.Equal(1, exit);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["x1", "x4"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("2018-02-18", records[0].GetProperty("published").GetString());
        Assert.Equal("sport", records[0].GetProperty("meta").GetProperty("category").GetString());
        Assert.Contains("c.jsonl:2:", error);
        Assert.Contains("c.jsonl:4:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Reads_a_json_array_and_a_zip_archive_of_articles_as_ingest_does()
    {
        var array = "[{\"id\":\"a1\",\"title\":\"عنوان\",\"text\":\"قال الوزير إن الاجتماع ناجح.\"},"
            + "{\"id\":\"a2\",\"title\":\"عنوان\"},"
            + "{\"id\":\"a3\",\"title\":\"عنوان آخر\",\"text\":\"وصل الوفد إلى القاهرة.\"}]";
        var json = File("batch.json", array);
        var zip = Path.Combine(_dir, "batch.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(archive.CreateEntry("day.json").Open());
            entry.Write(array);
        }

        foreach (var path in new[] { json, zip })
        {
            var (exit, output, error) = CliRunner.Run("analyze", path, "--published", "2018-09-15");
            Assert.Equal(1, exit);
            var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["a1", "a3"], records.Select(r => r.GetProperty("id").GetString()));
            Assert.All(records, r => Assert.Equal("2018-09-15", r.GetProperty("published").GetString()));
            Assert.Contains("[1]", error);
            Assert.DoesNotContain("   at ", error);
        }
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("utf8")]
    [InlineData("huge")]
    [InlineData("missing")]
    public void Bad_input_gets_one_line_and_exit_code_1(string kind)
    {
        var path = kind switch
        {
            "empty" => File("e.txt", []),
            "binary" => File("b.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]),
            "utf8" => File("u.txt", [0xD8, 0xB9, 0xFF, 0xFE, 0x41]),
            "huge" => File("h.txt", new string('ب', 2000)),
            _ => Path.Combine(_dir, "nope.txt"),
        };
        var (exit, output, error) = CliRunner.Run("analyze", path, "--max-bytes", "1000");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public void A_publication_date_that_is_not_a_date_is_bad_input()
    {
        var (exit, _, error) = CliRunner.Run("analyze", File("a.txt", "عنوان\nنص."), "--published", "2018-02-30");
        Assert.Equal(1, exit);
        Assert.Contains("not a date", error);
    }

    [Fact]
    public void Usage_errors_exit_with_code_2()
    {
        Assert.Equal(2, CliRunner.Run("analyze").Exit);
        Assert.Equal(2, CliRunner.Run("analyze", "x.txt", "--format", "xml").Exit);
        Assert.Equal(2, CliRunner.Run("no-such-command").Exit);
    }

    [Fact]
    public void Several_json_lines_files_and_directories_are_one_stream_in_order()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "corpus")).FullName;
        System.IO.File.WriteAllText(Path.Combine(sub, "b.jsonl"), "{\"id\":\"b1\",\"text\":\"نص.\"}\n{\"id\":\"b2\",\"text\":\"نص.\"}\n");
        System.IO.File.WriteAllText(Path.Combine(sub, "a.jsonl"), "{\"id\":\"a1\",\"text\":\"نص.\"}\nnot json\n");
        System.IO.File.WriteAllText(Path.Combine(sub, "notes.txt"), "not a corpus file");
        var single = File("z.jsonl", "{\"id\":\"z1\",\"text\":\"نص.\"}\n");

        var (exit, output, error) = CliRunner.Run("analyze", single, sub);

        Assert.Equal(1, exit);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["z1", "a1", "b1", "b2"], ids);
        Assert.Contains($"{Path.Combine(sub, "a.jsonl")}:2: not valid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_lists_of_inputs_get_one_line_errors()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var corpus = File("c.jsonl", "{\"id\":\"c1\",\"text\":\"نص.\"}\n");

        var (exit, output, error) = CliRunner.Run("analyze", corpus, Path.Combine(_dir, "missing.jsonl"));
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("missing.jsonl: no such file.", error, StringComparison.Ordinal);

        (exit, _, error) = CliRunner.Run("analyze", empty);
        Assert.Equal(1, exit);
        Assert.Contains("has no .jsonl or .ndjson file", error, StringComparison.Ordinal);

        (exit, _, error) = CliRunner.Run("analyze", corpus, "-");
        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        (exit, output, error) = CliRunner.Run("analyze", File("a.txt", "عنوان\nنص."), corpus);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("a.txt: several inputs must be JSON Lines files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_go_to_stderr_in_one_line_and_leave_the_records_alone()
    {
        var corpus = File("s.jsonl", "{\"id\":\"s1\",\"text\":\"نص.\"}\n{\"id\":\"s2\",\"text\":\"نص آخر.\"}\n");
        var (exit, output, error) = CliRunner.Run("analyze", corpus, "--stats");
        Assert.Equal(0, exit);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var stats = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("stats: 2 articles (0 failed)", stats, StringComparison.Ordinal);
        Assert.Contains("articles/s", stats, StringComparison.Ordinal);
        Assert.Contains("peak memory", stats, StringComparison.Ordinal);
        Assert.Contains("CPU time", stats, StringComparison.Ordinal);
    }
}
