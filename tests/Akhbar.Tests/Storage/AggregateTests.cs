using System.Text;
using Akhbar.Storage.Model;
using Akhbar.Storage.Sqlite;

namespace Akhbar.Tests.Storage;

/// <summary>
/// Aggregates read the layers of stored records. These tests store records written here by hand in the
/// contract's shape, so they check the store's queries independently of how well the stages tag text.
/// </summary>
public sealed class AggregateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-agg-").FullName;
    private readonly SqliteArticleStore _store;

    public AggregateTests()
    {
        _store = new SqliteArticleStore(Path.Combine(_dir, "agg.db"));
        _store.Store(
        [
            Record("1", "2018-09-10", "s1",
                """[{"id":"e1","type":"PER","name":"سيرغي لافروف","name_en":"Sergei Lavrov","mentions":[{"start":0,"end":12,"text":"سيرغي لافروف"},{"start":20,"end":26,"text":"لافروف"}]},{"id":"e2","type":"LOC","name":"إدلب","mentions":[{"start":30,"end":34,"text":"إدلب"}]}]""",
                """[{"speaker":"e1","speaker_text":"لافروف","kind":"direct","cue":{"text":"قال"},"start":40,"end":50,"text":"نعمل معا"}]""",
                """[{"source":"e1","target":null,"cameo":"043","plover":"CONSULT","negated":false,"hypothetical":false}]"""),
            Record("2", "2018-09-11", "s2",
                """[{"id":"e1","type":"PER","name":"لافروف","name_en":"Sergei Lavrov","mentions":[{"start":0,"end":6,"text":"لافروف"}]},{"id":"e2","type":"LOC","name":"أدلب","mentions":[{"start":10,"end":14,"text":"أدلب"}]},{"id":"e3","type":"LOC","name":"موسكو","mentions":[{"start":20,"end":25,"text":"موسكو"}]}]""",
                """[{"speaker":"e1","speaker_text":"لافروف","kind":"indirect","cue":{"text":"أضاف"},"start":40,"end":50,"text":"لا حل"},{"speaker":null,"speaker_text":"مصدر مطلع","kind":"indirect","cue":{"text":"قال"},"start":60,"end":70,"text":"شيء"}]""",
                """[{"source":"e1","target":"e3","cameo":"0431","plover":"CONSULT"},{"source":"e1","cameo":"190","plover":"ASSAULT","negated":true}]"""),
            Record("3", "2018-09-20", "s1",
                """[{"id":"e1","type":"LOC","name":"موسكو","mentions":[{"start":0,"end":5,"text":"موسكو"}]}]""", "[]", "[]"),
        ]);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static StoredArticle Record(string id, string published, string source, string entities, string quotes, string events)
    {
        var json = $$"""{"schema":"akhbar.article/1","id":"{{id}}","text":"نص","entities":{{entities}},"quotes":{{quotes}},"times":[],"events":{{events}}}""";
        return new StoredArticle
        {
            ContentHash = "hash-" + id,
            Source = source,
            ExternalId = id,
            Published = published,
            Text = "نص " + id,
            RecordJson = Encoding.UTF8.GetBytes(json),
            Terms = "نص",
            Stems = "نص",
        };
    }

    [Fact]
    public void Top_entities_fold_spellings_and_count_articles_and_mentions()
    {
        var top = _store.Top(TopKind.Entities, CorpusFilter.None, 10);
        var idlib = Assert.Single(top, r => r.Key == "ادلب");
        Assert.Equal(2, idlib.Articles);
        var lavrov = top[0];
        Assert.Equal(2, lavrov.Articles);
        Assert.Equal(3, lavrov.Count);
        Assert.Equal(["ادلب", "موسكو"], _store.Top(TopKind.Places, CorpusFilter.None, 10).Select(r => r.Key));
        Assert.Single(_store.Top(TopKind.Places, new CorpusFilter { Source = "S1" }, 10), r => r.Key == "موسكو");
    }

    [Fact]
    public void Top_speakers_resolve_entities_and_keep_unnamed_sources()
    {
        var top = _store.Top(TopKind.Speakers, CorpusFilter.None, 10);
        Assert.Equal(2, top[0].Count);
        Assert.Contains(top, r => r.Label == "مصدر مطلع");
    }

    [Fact]
    public void Top_events_leave_out_negated_ones()
    {
        var top = _store.Top(TopKind.Events, CorpusFilter.None, 10);
        Assert.Equal(["043 CONSULT", "0431 CONSULT"], top.Select(r => r.Label).Order(StringComparer.Ordinal));
        Assert.Equal(2, _store.Top(TopKind.Entities, new CorpusFilter { EventType = "04" }, 10).Single(r => r.Key == "sergei lavrov").Articles);
        Assert.Empty(_store.Top(TopKind.Entities, new CorpusFilter { EventType = "190" }, 10));
    }

    [Fact]
    public void Timeline_and_cooccurrence_match_any_mention_form_and_the_english_name()
    {
        Assert.Equal([("2018-09-10", 1L), ("2018-09-11", 1L)], _store.Timeline("لافروف", CorpusFilter.None, byWeek: false).Select(r => (r.Period, r.Articles)));
        Assert.Equal([("2018-W37", 2L)], _store.Timeline("Sergei Lavrov", CorpusFilter.None, byWeek: true).Select(r => (r.Period, r.Articles)));
        var co = _store.Cooccur("لافروف", CorpusFilter.None, 10);
        Assert.Equal(["ادلب", "موسكو"], co.Select(r => r.Key));
        Assert.Equal(2, co[0].Articles);
    }

    [Fact]
    public void Filters_by_speaker_and_entity_restrict_articles()
    {
        Assert.Equal(["sergei lavrov", "ادلب", "موسكو"], _store.Top(TopKind.Entities, new CorpusFilter { Speaker = "مصدر مطلع" }, 10).Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(2, _store.Top(TopKind.Entities, new CorpusFilter { Entity = "موسكو", From = "2018-09-11" }, 10).Single(r => r.Key == "موسكو").Articles);
    }
}
