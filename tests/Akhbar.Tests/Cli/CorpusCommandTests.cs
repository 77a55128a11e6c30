using System.Text.Json;
using Akhbar.Tests.Storage;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

public sealed class CorpusCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-cli-corpus-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "c.db");

    [Fact]
    public void Ingest_prints_a_summary_and_exits_1_when_records_failed()
    {
        var (exit, output, error) = CliRunner.Run("ingest", SmallCorpus.Write(_dir), "--db", Db, "--progress", "none");
        Assert.Equal(1, exit);
        Assert.Contains("7 read: 4 stored (1 of them near-duplicates of an earlier article), 1 exact duplicates skipped, 0 already stored, 2 failed", output);
        Assert.Contains("small.jsonl:7: not valid JSON", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Search_prints_jsonl_with_marked_snippets_and_csv_with_a_header()
    {
        CliRunner.Run("ingest", SmallCorpus.Write(_dir), "--db", Db, "--progress", "none");
        var (exit, output, _) = CliRunner.Run("search", "الاتفاق", "--db", Db, "--format", "jsonl");
        Assert.Equal(0, exit);
        var hits = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, hits.Count);
        Assert.Contains("⟦", hits[0].GetProperty("snippet").GetString());

        var csv = CliRunner.Run("search", "فيضانات", "--db", Db, "--format", "csv", "--source", "test").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,id,published,title,score,snippet", csv[0]);
        Assert.Equal(2, csv.Length);

        var table = CliRunner.Run("search", "فيضانات", "--db", Db).Out;
        Assert.Contains("f1", table);
    }

    [Fact]
    public void Corpus_commands_refuse_a_missing_database_and_bad_dates()
    {
        var (exit, _, error) = CliRunner.Run("top", "entities", "--db", Path.Combine(_dir, "none.db"));
        Assert.Equal(1, exit);
        Assert.Contains("no such database", error);
        File.WriteAllBytes(Db, []);
        Assert.Equal(1, CliRunner.Run("timeline", "لافروف", "--db", Db, "--from", "2018-13-01").Exit);
        Assert.Equal(2, CliRunner.Run("top", "colours", "--db", Db).Exit);
    }

    [Fact]
    public void Top_timeline_and_cooccur_answer_on_an_ingested_corpus()
    {
        CliRunner.Run("ingest", SmallCorpus.Write(_dir), "--db", Db, "--progress", "none");
        foreach (var args in new[] { new[] { "top", "entities" }, ["top", "speakers"], ["top", "events"], ["timeline", "عمان", "--by", "week"], ["cooccur", "عمان"] })
        {
            var (exit, output, error) = CliRunner.Run([.. args, "--db", Db, "--format", "csv"]);
            Assert.True(exit == 0, error);
            Assert.NotEmpty(output);
        }
    }
}
