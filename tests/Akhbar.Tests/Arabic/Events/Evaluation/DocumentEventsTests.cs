using Akhbar.Arabic;
using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Events.Evaluation;

/// <summary>
/// What the evaluation reads from a document's events: raw offsets and sentences (<see cref="PredictedEvents"/>) and the
/// sentence-level argument and category scores (<see cref="ArgumentScore"/>). The documents are cleaned only, and their
/// sentences, entities and events are set by hand, so these tests do not depend on any stage's output.
/// </summary>
public sealed class DocumentEventsTests
{
    // Written for this test: "Gunmen attacked a police station in the city. The army responded."
    private const string Text = "هاجم مسلحون مركزا للشرطة في المدينة. ورد الجيش.";

    private static Document Clean(string text) => ArabicPipeline.CreateDefault().Cleaner.Clean(new RawArticle { Id = "t", Body = text });

    private static TextSpan Find(Document doc, string words) => new(doc.Text.IndexOf(words, StringComparison.Ordinal), doc.Text.IndexOf(words, StringComparison.Ordinal) + words.Length);

    private static CodedEvent Event(TextSpan trigger, string cameo, EventArgument? source, EventArgument? target, bool negated = false) =>
        new(trigger, 0, cameo, null, 4, null, source, target, null, null, null, false, negated, false, EventBasis.Trigger);

    private static Document Analyzed(params Func<Document, CodedEvent>[] events)
    {
        var doc = Clean(Text);
        var stop = doc.Text.IndexOf('.', StringComparison.Ordinal) + 1;
        doc.Sentences = [new Sentence(new TextSpan(0, stop), 0), new Sentence(new TextSpan(stop + 1, doc.Text.Length), 0)];
        doc.LinkedEntities = [new Entity("e1", EntityType.Organization, "الجيش", "Army", "SYR", [], null, null, [new LinkedMention(Find(doc, "الجيش"), MentionKind.Name)])];
        doc.Events = events.Select(e => e(doc)).ToList();
        return doc;
    }

    [Fact]
    public void Predicted_events_get_raw_offsets_their_sentence_and_their_entity_s_mentions()
    {
        var doc = Analyzed(d => Event(Find(d, "ورد"), "190", new EventArgument(Find(d, "الجيش"), "e1"), null));
        var predicted = PredictedEvents.From(doc);
        var e = Assert.Single(predicted.Events);
        Assert.Equal(2, predicted.Sentences.Count);
        Assert.Equal(1, e.Sentence);
        Assert.Equal("ورد", Text[e.Trigger.Start..e.Trigger.End]);
        Assert.Equal("الجيش", Text[e.Source!.EntityMentions[0].Start..e.Source.EntityMentions[0].End]);
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_document_without_an_event_layer_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => PredictedEvents.From(Clean(Text)));
    }

    [Fact]
    public void Arguments_are_judged_on_the_best_event_of_the_category_by_gold_words()
    {
        var gold = new ArgumentSentence("s", Text, "ASSAULT", ["مسلحون"], ["للشرطة", "مركزا"], "None UAF", "SYR GOV", null);
        var score = new ArgumentScore();

        // A protest event does not count for ASSAULT; of the two assaults, the one with both arguments right is judged.
        score.Add(gold, Analyzed(
            d => Event(Find(d, "هاجم"), "141", new EventArgument(Find(d, "مسلحون"), null), null),
            d => Event(Find(d, "هاجم"), "190", new EventArgument(Find(d, "المدينة"), null), null),
            d => Event(Find(d, "هاجم"), "190", new EventArgument(Find(d, "مسلحون"), null), new EventArgument(Find(d, "مركزا للشرطة"), null))));
        Assert.Equal(1, score.WithEvent);
        Assert.Equal((1, 1), score.Source);
        Assert.Equal((1, 1), score.Target);

        // A negated assault is no assault: the sentence counts as without event and both arguments as wrong.
        score.Add(gold, Analyzed(d => Event(Find(d, "هاجم"), "190", new EventArgument(Find(d, "مسلحون"), null), null, negated: true)));
        Assert.Equal(2, score.Sentences);
        Assert.Equal(1, score.WithEvent);
        Assert.Equal((1, 2), score.Source);

        // The target country comes from the linked entity of the argument; "None" is not a country and is not scored.
        Assert.Equal((0, 2), score.TargetCountry);
        Assert.Equal((0, 0), score.SourceCountry);
    }

    [Fact]
    public void A_predicted_word_may_carry_proclitics_the_gold_word_lacks()
    {
        var doc = Analyzed();
        Assert.True(ArgumentScore.Right(["الجيش"], new EventArgument(Find(doc, "ورد الجيش"), null), doc));

        // "للشرطة" has lost the article's alef, so it does not end with "الشرطة": the gold words of the data sets are
        // written as in the sentence, so this case does not arise there.
        Assert.False(ArgumentScore.Right(["الشرطة"], new EventArgument(Find(doc, "للشرطة"), null), doc));
        Assert.False(ArgumentScore.Right(["الجيش"], new EventArgument(Find(doc, "المدينة"), null), doc));
        Assert.False(ArgumentScore.Right(["الجيش"], null, doc));
    }

    [Theory]
    [InlineData("PROTEST", "141", true)]
    [InlineData("PROTEST", "1411", true)]
    [InlineData("PROTEST", "111", false)]
    [InlineData("ASSAULT", "183", true)]
    [InlineData("ASSAULT", "193", true)]
    [InlineData("ASSAULT", "202", true)]
    [InlineData("ASSAULT", "173", false)]
    public void Categories_follow_the_first_plover_mapping(string category, string cameo, bool holds)
    {
        Assert.Equal(holds, EventCategory.Holds(category, cameo));
    }
}
