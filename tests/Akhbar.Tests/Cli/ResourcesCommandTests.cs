using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

public sealed class ResourcesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-resources-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Imports_word_frequencies_from_text_and_json_lines()
    {
        var text = Path.Combine(_dir, "a.txt");
        File.WriteAllText(text, "قال الوزير إن الوزير وصل.\nقال الرئيس\n");
        var jsonl = Path.Combine(_dir, "b.jsonl");
        File.WriteAllText(jsonl, "{\"title\":\"الوزير\",\"text\":\"قال\"}\n");
        var output = Path.Combine(_dir, "out.tsv");
        var (exit, stdout, stderr) = CliRunner.Run("resources", "import", "wordfreq", "--from", text, "--from", jsonl, "--out", output, "--min-count", "2", "--source", "two test files");
        Assert.True(exit == 0, stderr);
        Assert.Contains("2 forms", stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal("word\tcount\thamza", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("# ", StringComparison.Ordinal) && l.Contains("two test files", StringComparison.Ordinal));
        Assert.Equal(["الوزير\t3\t0", "قال\t3\t0"], lines.Where(l => !l.StartsWith('#')).Skip(1));
    }

    [Fact]
    public void Reads_every_corpus_file_of_a_folder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "corpus")).FullName;
        File.WriteAllText(Path.Combine(folder, "1.txt"), "كتب");
        File.WriteAllText(Path.Combine(folder, "2.txt"), "كتب");
        File.WriteAllText(Path.Combine(folder, "README.md"), "كتب كتب كتب");
        var output = Path.Combine(_dir, "out.tsv");
        var (exit, _, stderr) = CliRunner.Run("resources", "import", "wordfreq", "--from", folder, "--out", output, "--min-count", "1");
        Assert.True(exit == 0, stderr);
        Assert.Contains("كتب\t2\t0", File.ReadAllLines(output));
    }

    [Fact]
    public void A_missing_corpus_is_bad_input_with_one_line()
    {
        var (exit, _, stderr) = CliRunner.Run("resources", "import", "wordfreq", "--from", Path.Combine(_dir, "nope.jsonl"), "--out", Path.Combine(_dir, "o.tsv"));
        Assert.Equal(1, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_without_Arabic_words_is_bad_input()
    {
        var text = Path.Combine(_dir, "latin.txt");
        File.WriteAllText(text, "no Arabic here 2018");
        var (exit, _, stderr) = CliRunner.Run("resources", "import", "wordfreq", "--from", text, "--out", Path.Combine(_dir, "o.tsv"));
        Assert.Equal(1, exit);
        Assert.Contains("no Arabic words", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_out_option_is_a_usage_error() =>
        Assert.Equal(2, CliRunner.Run("resources", "import", "wordfreq", "--from", _dir).Exit);
}
