using System.Text.Json.Nodes;
using Akhbar.Arabic.Entities.Linking.Evaluation;
using Akhbar.Arabic.Events;
using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events.Evaluation;

/// <summary>
/// A second annotation scored as predictions against a first (<c>--compare</c>): an annotation against itself is perfect,
/// a tampered copy is not, and an entity actor of the second still matches the first's phrase for the same actor. The text
/// and annotations are our own.
/// </summary>
public sealed class GoldAsPredictionTests : IDisposable
{
    private const string Text = "قال وزير الخارجية المصري سامح شكري إن القاهرة ترفض أي تدخل. والتقى شكري في عمان نظيره الأردني أيمن الصفدي.";

    private readonly TempFolder _temp = new("akhbar-compare-");

    public void Dispose() => _temp.Dispose();

    private static JsonObject Span(string words, int nth = 1)
    {
        var at = -1;
        for (var i = 0; i < nth; i++)
        {
            at = Text.IndexOf(words, at + 1, StringComparison.Ordinal);
        }

        Assert.True(at >= 0, words);
        return new JsonObject { ["start"] = at, ["end"] = at + words.Length };
    }

    private static JsonObject Entity(string id, string type, string nameEn, params JsonObject[] mentions) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["name_en"] = nameEn,
        ["country"] = null,
        ["geo"] = null,
        ["mentions"] = new JsonArray(mentions),
    };

    private static JsonObject Event(JsonObject trigger, string cameo, string? source, JsonObject? sourceSpan, string? target, string? where = null) => new()
    {
        ["trigger"] = trigger,
        ["cameo"] = cameo,
        ["source"] = source,
        ["source_span"] = sourceSpan,
        ["target"] = target,
        ["target_span"] = null,
        ["where"] = where,
        ["when"] = null,
        ["negated"] = false,
        ["hypothetical"] = false,
    };

    /// <summary>The first annotation: the statement and the meeting, with Shoukry's role and name marked apart.</summary>
    private static JsonObject First() => new()
    {
        ["id"] = "test-compare",
        ["entities"] = new JsonArray(
            Entity("g1", "PERS", "Sameh Shoukry", Span("وزير الخارجية المصري"), Span("سامح شكري"), Span("شكري", 2)),
            Entity("g2", "LOC", "Cairo", Span("القاهرة")),
            Entity("g3", "LOC", "Amman", Span("عمان")),
            Entity("g4", "PERS", "Ayman Safadi", Span("نظيره الأردني"), Span("أيمن الصفدي"))),
        ["events"] = new JsonArray(
            Event(Span("قال"), "010", "g1", null, null),
            Event(Span("التقى"), "040", "g1", null, "g4", "g3")),
    };

    private EventGoldFile Load(string name, JsonObject annotation)
    {
        var path = System.IO.Path.Combine(_temp.Path, name + ".json");
        File.WriteAllText(path, annotation.ToJsonString());
        return EventGoldFile.Load(path);
    }

    private static IReadOnlyList<TextSpan> Sentences()
    {
        var cut = Text.IndexOf(". ", StringComparison.Ordinal) + 2;
        return [new TextSpan(0, cut), new TextSpan(cut, Text.Length)];
    }

    private static EventScore Score(EventGoldFile gold, EventGoldFile compared)
    {
        var score = new EventScore(CameoCodes.Default);
        score.Add("test-compare", Text, gold, GoldAsPrediction.Events(compared, Sentences()));
        return score;
    }

    [Fact]
    public void An_annotation_against_itself_scores_100_on_every_measure()
    {
        var first = Load("first", First());
        var score = Score(first, first);
        Assert.Equal((2, 2, 2, 2, 2), (score.Gold, score.Predicted, score.TriggerMatched, score.RootMatched, score.PloverMatched));
        Assert.Equal((1, 1), score.Where);
        Assert.Empty(score.Errors);
    }

    [Fact]
    public void A_tampered_copy_loses_the_events_it_changed()
    {
        var tampered = First();
        tampered["events"]![0]!["cameo"] = "111";
        tampered["events"]![1]!["target"] = "g2";
        var score = Score(Load("first", First()), Load("tampered", tampered));
        Assert.Equal(2, score.TriggerMatched);
        Assert.Equal(0, score.RootMatched);
        Assert.Equal(2, score.Errors.Count(e => e.Contains("missed", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_entity_actor_matches_the_other_annotations_phrase_through_its_mention_in_the_sentence()
    {
        // The first annotator gives the speaker as a phrase; the second marks him as an entity: the same actor.
        var phrase = First();
        phrase["events"]![0]!["source"] = null;
        phrase["events"]![0]!["source_span"] = Span("وزير الخارجية المصري سامح شكري");
        var score = Score(Load("phrase", phrase), Load("first", First()));
        Assert.Equal(2, score.RootMatched);
    }

    [Fact]
    public void Entities_of_an_annotation_against_themselves_all_match_and_a_tampered_copy_loses_one()
    {
        var path = System.IO.Path.Combine(_temp.Path, "entities.json");
        File.WriteAllText(path, First().ToJsonString());
        var gold = GoldEntity.LoadAll(path);
        var same = new LinkingScore();
        same.Add(gold, gold.Select((e, i) => e.AsPredicted($"g{i + 1}")).ToList());
        Assert.Equal((4, 4, 4), (same.Gold, same.Predicted, same.Matched));
        Assert.Equal((4, 4), same.NameEn);

        // Shoukry marked by his role only: one mention of three is below the Jaccard threshold, and the type of Amman is wrong.
        var tampered = First();
        tampered["entities"]![0]!["mentions"] = new JsonArray(Span("وزير الخارجية المصري"));
        tampered["entities"]![2]!["type"] = "ORG";
        File.WriteAllText(path, tampered.ToJsonString());
        var changed = new LinkingScore();
        changed.Add(gold, GoldEntity.LoadAll(path).Select((e, i) => e.AsPredicted($"g{i + 1}")).ToList());
        Assert.Equal(2, changed.Matched);
    }
}
