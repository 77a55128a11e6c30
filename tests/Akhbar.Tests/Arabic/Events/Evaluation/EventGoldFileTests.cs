using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Storage.Ingestion;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events.Evaluation;

/// <summary>Reading and checking the events array of gold files (gold/README.md, "events").</summary>
public sealed class EventGoldFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-evgold-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Entities = "\"entities\": [{\"id\": \"g1\", \"type\": \"PERS\", \"mentions\": [{\"start\": 0, \"end\": 4}]}, {\"id\": \"g2\", \"type\": \"LOC\", \"mentions\": [{\"start\": 9, \"end\": 13}]}]";

    private string Write(string events, string entities = Entities)
    {
        var path = Path.Combine(_dir, "x.json");
        File.WriteAllText(path, "{" + entities + ", \"events\": [" + events + "]}");
        return path;
    }

    [Fact]
    public void An_event_is_read_with_ids_spans_and_flags()
    {
        var file = EventGoldFile.Load(Write("""
            {"trigger": {"start": 5, "end": 8}, "cameo": "043", "source": "g1", "target": null, "source_span": null,
             "target_span": {"start": 14, "end": 20}, "where": "g2", "when": "2018-05-14", "negated": true, "hypothetical": false, "note": "n"}
            """));
        var e = Assert.Single(file.Events);
        Assert.True(file.Annotated);
        Assert.Equal("04", e.Root);
        Assert.Equal("g1", e.Source!.EntityId);
        Assert.Equal(14, e.Target!.Span!.Value.Start);
        Assert.Equal("g2", e.Where);
        Assert.True(e.Negated);
        Assert.False(e.Hypothetical);
        file.CheckOffsets(20);
        Assert.Throws<BadInputException>(() => file.CheckOffsets(19));
    }

    [Fact]
    public void A_file_without_entities_is_not_annotated_for_events()
    {
        Assert.False(EventGoldFile.Load(Write("", "\"entities\": []")).Annotated);
    }

    [Theory]
    [InlineData("""{"trigger": {"start": 5, "end": 8}, "cameo": "043", "source": "g9"}""", "\"g9\" is not an entity")]
    [InlineData("""{"trigger": {"start": 5, "end": 8}, "cameo": "043", "where": "g7"}""", "\"g7\" is not an entity")]
    [InlineData("""{"trigger": {"start": 8, "end": 5}, "cameo": "043"}""", "empty or negative")]
    [InlineData("""{"trigger": {"start": 5, "end": 8}, "cameo": "43"}""", "not a CAMEO code")]
    [InlineData("""{"trigger": {"start": 5, "end": 8}, "cameo": "210"}""", "not a CAMEO code")]
    [InlineData("""{"trigger": {"start": 5, "end": 8}, "cameo": "043", "source": "g1", "source_span": {"start": 0, "end": 2}}""", "give one")]
    [InlineData("""{"cameo": "043"}""", "bad events array")]
    public void A_bad_event_is_one_clear_error_naming_the_file(string events, string expected)
    {
        var path = Write(events);
        var ex = Assert.Throws<BadInputException>(() => EventGoldFile.Load(path));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [SharedFact]
    public void The_dev_gold_events_load_and_every_offset_lies_in_its_record() => CheckFolder("dev", 15, 93);

    /// <summary>The blind test set (gold/README.md, "gold/events-test"): every file is annotated.</summary>
    [SharedFact]
    public void The_blind_test_gold_events_load_and_every_offset_lies_in_its_record() => CheckFolder("events-test", 8, 89);

    private static void CheckFolder(string folder, int expectedFiles, int expectedEvents)
    {
        var news = SharedData.Path("data", "news");
        var cache = new GoldRecordCache(CorpusReader.ReadArticles);
        var annotated = 0;
        var events = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "gold", folder), "*.json"))
        {
            var file = EventGoldFile.Load(path);
            if (!file.Annotated)
            {
                Assert.Empty(file.Events);
                continue;
            }

            annotated++;
            events += file.Events.Count;
            file.CheckOffsets(GoldArticle.Load(path).ReadRecord(news, cache).Body.Length);
        }

        Assert.Equal(expectedFiles, annotated);
        Assert.Equal(expectedEvents, events);
    }
}
