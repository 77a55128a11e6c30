using Akhbar.Arabic;
using Akhbar.Core.Input;
using Akhbar.Storage.Ingestion;
using Akhbar.Storage.Model;
using Akhbar.Storage.Sqlite;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Storage;

public sealed class IngestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "corpus.db");

    private IngestSummary Ingest(params string[] paths)
    {
        using var store = new SqliteArticleStore(Db);
        return new Ingestor(Analyze.Pipeline, store) { BatchSize = 2 }.Run(new CorpusReader(paths, null, InputLimits.Default));
    }

    [Fact]
    public void Stores_each_story_once_links_near_duplicates_and_reports_bad_records()
    {
        var s = Ingest(SmallCorpus.Write(_dir));
        Assert.Equal(7, s.Read);
        Assert.Equal(4, s.Stored);
        Assert.Equal(1, s.NearDuplicates);
        Assert.Equal(1, s.Duplicates);
        Assert.Equal(2, s.Failed);
        Assert.Contains(s.Failures, f => f.Location.EndsWith("small.jsonl:6", StringComparison.Ordinal));
        Assert.Contains(s.Failures, f => f.Location.EndsWith("small.jsonl:7", StringComparison.Ordinal) && f.Reason.Contains("not valid JSON", StringComparison.Ordinal));
        using var store = new SqliteArticleStore(Db);
        Assert.Equal(4, store.Count());
        Assert.True(store.ContainsId("other", "f2"));
    }

    [Fact]
    public void Re_ingesting_the_same_files_stores_nothing_new()
    {
        var path = SmallCorpus.Write(_dir);
        Ingest(path);
        var again = Ingest(path);
        Assert.Equal(0, again.Stored);
        Assert.Equal(5, again.AlreadyStored);
        using var store = new SqliteArticleStore(Db);
        Assert.Equal(4, store.Count());
    }

    [Fact]
    public void Reads_directories_of_text_files_zips_and_json_arrays_and_reports_broken_files()
    {
        var docs = Directory.CreateDirectory(Path.Combine(_dir, "docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "one.txt"), "فيضانات في الجنوب\n\n" + SmallCorpus.Floods);
        File.WriteAllText(Path.Combine(docs, "broken.zip"), "not a zip at all");
        using (var zip = System.IO.Compression.ZipFile.Open(Path.Combine(docs, "day.zip"), System.IO.Compression.ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("2018-09-12.json");
            using var w = new StreamWriter(entry.Open());
            w.Write("[" + SmallCorpus.Line("", "فوز المنتخب", SmallCorpus.Football, "2018-09-12") + "]");
        }

        var s = Ingest(docs);
        Assert.Equal(2, s.Stored);
        Assert.Single(s.Failures, f => f.Location.EndsWith("broken.zip", StringComparison.Ordinal));
        using var store = new SqliteArticleStore(Db);
        Assert.True(store.ContainsId("local", "one"));
        Assert.True(store.ContainsId("test", "2018-09-12-0"));
    }

    [Fact]
    public void Search_folds_hamza_and_clitics_and_ranks_with_filters()
    {
        Ingest(SmallCorpus.Write(_dir));
        using var store = new SqliteArticleStore(Db);
        var hits = store.Search("الاتفاق", CorpusFilter.None, 10);
        Assert.Equal(["a1", "a2"], hits.Select(h => h.ExternalId).Order());
        var snippet = hits[0].Snippet;
        Assert.NotEmpty(snippet.Highlights);
        Assert.All(snippet.Highlights, h => Assert.EndsWith("تفاق", snippet.Text[h.Start..h.End], StringComparison.Ordinal));
        Assert.Equal(hits.Select(h => h.ExternalId), store.Search("الإتفاق", CorpusFilter.None, 10).Select(h => h.ExternalId));

        Assert.Equal(["a2"], store.Search("الاتفاق", new CorpusFilter { Source = "other" }, 10).Select(h => h.ExternalId));
        Assert.Equal(["a1"], store.Search("الاتفاق", new CorpusFilter { To = "2018-09-10" }, 10).Select(h => h.ExternalId));
        Assert.Single(store.Search("\"الدفاع المدني\"", CorpusFilter.None, 10));
        Assert.Empty(store.Search("\"المدني الدفاع\"", CorpusFilter.None, 10));
        Assert.Empty(store.Search("   ", CorpusFilter.None, 10));
    }

    [Fact]
    public void Light_stemming_is_an_option()
    {
        Ingest(SmallCorpus.Write(_dir));
        using var store = new SqliteArticleStore(Db);
        Assert.Empty(store.Search("اتفاقهم", CorpusFilter.None, 10));
        Assert.NotEmpty(store.Search("اتفاقهم", CorpusFilter.None, 10, stem: true));
    }
}
