using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Storage.Ingestion;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Time.Evaluation;

/// <summary>
/// The eval commands find the record a gold file names in a zipped JSON array (the saudinewsnet layout) through the
/// reader ingest and analyze use, under the id analyze gives it, and refuse it when its text changed.
/// </summary>
public sealed class GoldRecordCacheTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-goldrecords-");

    public void Dispose() => _temp.Dispose();

    [SharedFact]
    public void Every_saudi_gold_file_is_found_in_its_zip_with_the_text_it_was_annotated_on()
    {
        var news = SharedData.Path("data", "news");
        var cache = new GoldRecordCache(CorpusReader.ReadArticles);
        var files = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "gold", "saudi"), "*.json");
        Assert.Equal(8, files.Length);
        foreach (var path in files)
        {
            var gold = GoldArticle.Load(path);
            Assert.Equal("saudinewsnet", gold.Corpus);
            var record = gold.ReadRecord(news, cache);
            Assert.Equal(gold.Id, record.Id);
            Assert.All(gold.Times, t => Assert.InRange(t.End, t.Start + 1, record.Body.Length));
        }
    }

    [SharedFact]
    public void A_saudi_gold_file_whose_text_hash_differs_is_refused()
    {
        var original = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "gold", "saudi"), "*.json").Order(StringComparer.Ordinal).First();
        var json = JsonNode.Parse(File.ReadAllText(original))!;
        json["text_sha256"] = new string('0', 64);
        var path = Path.Combine(_temp.Folder("changed"), Path.GetFileName(original));
        File.WriteAllText(path, json.ToJsonString());

        var ex = Assert.Throws<BadInputException>(() =>
            GoldArticle.Load(path).ReadRecord(SharedData.Path("data", "news"), new GoldRecordCache(CorpusReader.ReadArticles)));
        Assert.Contains("changed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_of_a_zipped_array_is_found_by_its_stem_and_index_and_empty_records_are_skipped()
    {
        var news = _temp.Folder("news");
        var corpus = Directory.CreateDirectory(Path.Combine(news, "papers")).FullName;
        const string text = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد يوم الأحد المقبل في الرياض.";
        WriteZip(Path.Combine(corpus, "2015-08-02.zip"), "2015-08-02.json",
            $$"""[{"source":"x","date_extracted":"2015-08-02 10:00:00","title":"t","author":"","content":""},{"source":"x","date_extracted":"2015-08-02 10:00:00","title":"t","author":"","content":"{{text}}"}]""");
        var gold = GoldFile("2015-08-02-1", "papers", "2015-08-02.zip", text);

        var record = GoldArticle.Load(gold).ReadRecord(news, new GoldRecordCache(CorpusReader.ReadArticles));

        Assert.Equal(text, record.Body);
        Assert.Equal("2015-08-02-1", record.Id);
    }

    [Fact]
    public void A_zip_corpus_without_a_reader_for_it_gives_a_one_line_error()
    {
        var news = _temp.Folder("news2");
        var corpus = Directory.CreateDirectory(Path.Combine(news, "papers")).FullName;
        WriteZip(Path.Combine(corpus, "day.zip"), "day.json", """[{"content":"نص الخبر"}]""");
        var gold = GoldFile("day-0", "papers", "day.zip", "نص الخبر");

        var ex = Assert.Throws<BadInputException>(() => GoldArticle.Load(gold).ReadRecord(news, new GoldRecordCache()));

        Assert.Contains("not a JSON Lines file", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    private static void WriteZip(string zipPath, string entryName, string content)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private string GoldFile(string id, string corpus, string file, string text)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var json = $$"""{"id":"{{id}}","corpus":"{{corpus}}","file":"{{file}}","text_sha256":"{{hash}}","published":"2015-08-02","times":[],"entities":[],"quotes":[],"events":[]}""";
        var folder = _temp.Folder("gold-" + id);
        var path = Path.Combine(folder, id + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
