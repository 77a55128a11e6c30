using Akhbar.Arabic.Events;
using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Events.Evaluation;

/// <summary>Triple, trigger and per-root scoring of <see cref="EventScore"/> on hand-made gold and predictions.</summary>
public sealed class EventScoreTests
{
    // A made-up text of two sentences (0-40 and 40-80); only lengths and offsets matter to the scorer.
    private static readonly string Text = new('x', 80);

    private static readonly TextSpan[] Sentences = [new(0, 40), new(40, 80)];

    // g1 is mentioned at 0-5 and 50-55, g2 at 20-25.
    private static readonly Dictionary<string, IReadOnlyList<TextSpan>> Entities = new()
    {
        ["g1"] = [new TextSpan(0, 5), new TextSpan(50, 55)],
        ["g2"] = [new TextSpan(20, 25)],
    };

    private static GoldEvent Gold(int trigger, string cameo, GoldActor? source, GoldActor? target, bool negated = false) =>
        new(new TextSpan(trigger, trigger + 4), cameo, source, target, null, null, negated, false, null);

    private static PredictedEvent Predicted(int trigger, string cameo, PredictedActor? source, PredictedActor? target, bool negated = false) =>
        new(new TextSpan(trigger, trigger + 4), EventScore.SentenceOf(new TextSpan(trigger, trigger + 4), Sentences), cameo, source, target, negated, false);

    private static EventScore Score(IReadOnlyList<GoldEvent> gold, params PredictedEvent[] predicted)
    {
        var score = new EventScore(CameoCodes.Default);
        score.Add("a", Text, new EventGoldFile("a.json", gold, Entities), new PredictedEvents(predicted, Sentences));
        return score;
    }

    private static readonly GoldActor G1 = new("g1", null);
    private static readonly GoldActor G2 = new("g2", null);

    private static PredictedActor Words(int start, int end) => new(new TextSpan(start, end), []);

    [Fact]
    public void A_triple_matches_on_root_and_actors_whose_words_overlap_gold_mentions()
    {
        var score = Score([Gold(10, "111", G1, G2)], Predicted(10, "112", Words(0, 3), Words(21, 25)));
        Assert.Equal(1, score.RootMatched);
        Assert.Equal(1, score.TriggerMatched);
        Assert.Equal((1, 1, 1), score.ByRoot["11"]);
    }

    [Fact]
    public void An_actor_resolved_to_the_right_entity_matches_through_that_entity_s_mentions()
    {
        // The predicted source words (a pronoun at 30-33) overlap no gold mention, but its entity has a mention at 50-55.
        var pronoun = new PredictedActor(new TextSpan(30, 33), [new TextSpan(50, 55)]);
        Assert.Equal(1, Score([Gold(10, "043", G1, null)], Predicted(10, "043", pronoun, null)).RootMatched);
        Assert.Equal(0, Score([Gold(10, "043", G1, null)], Predicted(10, "043", Words(30, 33), null)).RootMatched);
    }

    [Fact]
    public void A_gold_actor_phrase_matches_predicted_words_that_overlap_it()
    {
        var phrase = new GoldActor(null, new TextSpan(12, 18));
        Assert.Equal(1, Score([Gold(5, "190", phrase, G2)], Predicted(5, "193", Words(15, 20), Words(20, 25))).RootMatched);
        Assert.Equal(0, Score([Gold(5, "190", phrase, G2)], Predicted(5, "193", Words(0, 5), Words(20, 25))).RootMatched);
    }

    [Fact]
    public void A_null_target_matches_only_a_null_target()
    {
        Assert.Equal(1, Score([Gold(10, "010", G1, null)], Predicted(10, "010", Words(0, 5), null)).RootMatched);
        var score = Score([Gold(10, "010", G1, null)], Predicted(10, "010", Words(0, 5), Words(20, 25)));
        Assert.Equal(0, score.RootMatched);
        Assert.Equal(1, score.TriggerMatched);
        Assert.Contains(score.Errors, e => e.StartsWith("a missed 010", StringComparison.Ordinal));
        Assert.Contains(score.Errors, e => e.StartsWith("a spurious 010", StringComparison.Ordinal));
        Assert.Contains(score.Errors, e => e.StartsWith("a on-trigger wrong target at", StringComparison.Ordinal));
        Assert.Equal(new TriggerAgreement(1, 1, 0, 1), score.OnTriggers);
    }

    [Fact]
    public void Negated_flags_must_agree_for_a_triple_but_not_for_a_trigger()
    {
        var score = Score([Gold(10, "042", G1, G2, negated: true)], Predicted(10, "042", Words(0, 5), Words(20, 25)));
        Assert.Equal(0, score.RootMatched);
        Assert.Equal(1, score.TriggerMatched);
        Assert.Equal(1, Score([Gold(10, "042", G1, G2, negated: true)], Predicted(10, "042", Words(0, 5), Words(20, 25), negated: true)).RootMatched);
    }

    [Fact]
    public void Plover_level_joins_roots_of_one_type_and_keeps_dropped_roots_apart()
    {
        // 090 (investigate) and 111 (criticize) are both ACCUSE in the shipped CAMEO-to-PLOVER table: a root miss, a PLOVER match.
        var score = Score([Gold(10, "111", G1, G2)], Predicted(10, "090", Words(0, 5), Words(20, 25)));
        Assert.Equal(0, score.RootMatched);
        Assert.Equal(1, score.PloverMatched);

        // 010 and 020 have no PLOVER type; they are compared by root, so a statement coded as an appeal stays wrong.
        Assert.Equal(0, Score([Gold(10, "010", G1, null)], Predicted(10, "020", Words(0, 5), null)).PloverMatched);
        Assert.Equal("CAMEO 01", EventTypeKeys.Plover("010", CameoCodes.Default));

        // 183 is not in the table; it takes the type of its root code 180.
        Assert.Equal("ASSAULT", EventTypeKeys.Plover("183", CameoCodes.Default));
    }

    [Fact]
    public void A_prediction_in_another_sentence_does_not_match_and_pairs_are_one_to_one()
    {
        Assert.Equal(0, Score([Gold(10, "111", G1, G2)], Predicted(45, "111", Words(0, 5), Words(20, 25))).RootMatched);

        // Two gold events on one trigger (sanctions on two people) need two predictions; the second one is found by sentence.
        var score = Score([Gold(10, "163", G1, G2), Gold(10, "163", G1, null)], Predicted(10, "163", Words(0, 5), Words(20, 25)), Predicted(30, "163", Words(0, 5), null));
        Assert.Equal(2, score.RootMatched);
        Assert.Equal(1, score.TriggerMatched);
        Assert.Equal((2, 2, 2), score.ByRoot["16"]);
    }

    [Fact]
    public void Gold_offsets_outside_the_text_are_refused_when_scoring()
    {
        var ex = Assert.Throws<Akhbar.Core.Diagnostics.BadInputException>(() => Score([Gold(78, "010", null, null)]));
        Assert.Contains("outside the record's text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Place_and_date_are_checked_on_matched_triples_where_gold_states_them()
    {
        var gold = new GoldEvent(new TextSpan(10, 14), "042", G1, G2, "g2", "2017-08", false, false, null);
        var right = Predicted(10, "042", Words(0, 5), Words(20, 25)) with { Where = Words(21, 23), When = "2017-08-25" };
        var score = Score([gold], right);
        Assert.Equal((1, 1), score.Where);
        Assert.Equal((1, 1), score.When);

        var wrong = Predicted(10, "042", Words(0, 5), Words(20, 25)) with { Where = null, When = "2017-09-01" };
        score = Score([gold], wrong);
        Assert.Equal((0, 1), score.Where);
        Assert.Equal((0, 1), score.When);

        // Only matched triples are checked: a miss adds nothing here.
        Assert.Equal((0, 0), Score([gold], Predicted(45, "042", Words(0, 5), Words(20, 25))).Where);
        Assert.False(EventScore.SameDate("2017", "2017x"));
        Assert.True(EventScore.SameDate("2018-05-14", "2018-05-14"));
    }

    [Fact]
    public void A_name_glued_to_lam_lam_matches_the_entity_of_its_unmarked_mention()
    {
        // Gold marks "الصين" at 12-17 but not the glued "للصين" at 0-5, whose article alef is gone (gold/README.md).
        const string text = "للصين ثم هي الصين وهنا";
        var entities = new Dictionary<string, IReadOnlyList<TextSpan>> { ["g2"] = [new TextSpan(12, 17)] };
        Assert.True(EventScore.SameActor(G2, Words(0, 5), entities, text));
        Assert.True(EventScore.SameActor(G2, Words(1, 5), entities, text), "the mention as the entity stage bounds it, from the article's ل");
        Assert.False(EventScore.SameActor(G2, Words(18, 22), entities, text));
        Assert.False(EventScore.SameActor(G2, Words(0, 5), entities));
    }
}
