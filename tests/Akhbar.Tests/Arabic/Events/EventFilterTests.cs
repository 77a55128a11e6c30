using Akhbar.Arabic;
using Akhbar.Arabic.Events;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The learned event filter (EventFilter, docs/stages/events.md, "The event filter"): its file format, its training and
/// cross-validation on made-up features, and the shipped model on sentences written for these tests.
/// </summary>
public sealed class EventFilterTests
{
    private static readonly AnalysisPipeline Filtered = ArabicPipeline.CreateDefault(eventFilter: true);

    private static Document Run(bool filtered, params string[] paragraphs) =>
        (filtered ? Filtered : Analyze.Pipeline).Process(new RawArticle
        {
            Id = "events-filter",
            Title = EventArticle.Title,
            Body = string.Join("\n\n", paragraphs),
            Published = PublicationDate.TryParse("2021-03-10", out var day) ? day : null,
        });

    [Fact]
    public void A_model_file_reads_back_what_was_written()
    {
        var model = new EventFilter(new Dictionary<string, EventFilter.CategoryModel>(StringComparer.Ordinal)
        {
            ["PROTEST"] = new(new Dictionary<string, double>(StringComparer.Ordinal) { ["bias"] = -1, ["lem=مظاهره"] = 2.5 }, 0.4, "made up"),
        });
        var text = new StringWriter();
        model.Write(text, ["a test model"]);
        var read = EventFilter.Read(new StringReader(text.ToString()));
        Assert.Equal(0.4, read.Models["PROTEST"].Threshold);
        Assert.Equal("made up", read.Models["PROTEST"].Notes);
        Assert.Equal(1 / (1 + Math.Exp(-1.5)), read.Score("PROTEST", ["bias", "lem=مظاهره", "unknown"]), 9);
        Assert.Throws<FormatException>(() => EventFilter.Read(new StringReader("weight\tPROTEST\n")));
    }

    [Fact]
    public void Training_learns_a_feature_that_tells_the_label_and_folds_never_split_a_group()
    {
        var sentences = new List<FilterSentence>();
        for (var i = 0; i < 200; i++)
        {
            var positive = i % 4 == 0;
            IReadOnlyList<string> candidate = ["bias", positive ? "told" : "recalled", "noise" + (i % 7)];
            sentences.Add(new FilterSentence("article" + (i / 2), positive, [candidate]));
        }

        var weights = EventFilterTraining.Fit(sentences, 0.001);
        Assert.True(weights["told"] > weights["recalled"]);
        var cv = EventFilterTraining.CrossValidate(sentences, 5);
        Assert.Equal(1.0, cv.With.F1);
        Assert.Equal(50, cv.Without.TruePositive);
        Assert.Equal(150, cv.Without.FalsePositive);
        Assert.All(sentences.GroupBy(s => s.Group), g => Assert.Single(g.Select(s => EventFilterTraining.Fold(s.Group, 5)).Distinct()));
    }

    [Fact]
    public void A_sentence_without_a_candidate_is_negative_and_one_with_a_named_event_positive_whatever_the_threshold()
    {
        List<FilterSentence> sentences = [new("a", true, []), new("b", false, [], NamedEvent: true)];
        var scores = EventFilterTraining.SentenceScores(sentences, []);
        Assert.Equal(new FilterCounts(0, 1, 1), EventFilterTraining.Count(sentences, scores, 0.99));
    }

    [Fact]
    public void The_filter_is_off_by_default()
    {
        const string Banners = "ورفع المتظاهرون لافتات كتب عليها شعارات ضد الحكومة.";
        Assert.Contains(Run(filtered: false, Banners).Events, e => e.Cameo == "141");
    }

    [Fact]
    public void The_shipped_filter_drops_the_banners_of_a_protest_and_keeps_a_protest_reported_with_its_day_and_crowd()
    {
        var doc = Run(true, "ورفع المتظاهرون لافتات كتب عليها شعارات ضد الحكومة.", "تظاهر آلاف الطلاب أمام البرلمان أمس احتجاجا على رفع الأسعار.");
        var second = doc.Text.IndexOf("تظاهر", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "141" && e.Trigger.Start < second);
        Assert.Contains(doc.Events, e => e.Cameo == "141" && doc.Slice(e.Trigger) == "تظاهر");
    }

    [Fact]
    public void An_attack_named_by_its_place_is_left_alone()
    {
        const string Recalled = "وشددت الحكومة إجراءات الأمن في المطارات إثر تفجيرات مدينة الحلة.";
        var doc = Run(true, Recalled);
        var attack = Assert.Single(doc.Events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal));
        Assert.True(EventFilter.IsNamedEvent(doc, attack));
    }

    [Fact]
    public void Training_refuses_a_missing_folder_and_a_single_fold_in_one_line()
    {
        var (exit, _, error) = CliRunner.Run("train", "event-filter", "--gsr", "/no/such/gsr-folder", "--out", "unused.tsv");
        Assert.Equal(1, exit);
        Assert.Contains("no such folder", error, StringComparison.Ordinal);
        (exit, _, error) = CliRunner.Run("train", "event-filter", "--gsr", ".", "--folds", "1", "--out", "unused.tsv");
        Assert.NotEqual(0, exit);
        Assert.Single(error.Trim().Split('\n'));
    }

    [SharedFact]
    public void The_shipped_model_is_what_the_training_command_makes_of_the_gsr()
    {
        using var temp = new TempFolder("akhbar-event-filter-");
        var path = Path.Combine(temp.Path, "event-filter.tsv");
        var (exit, _, error) = CliRunner.Run("train", "event-filter", "--gsr", SharedData.Path("data", "arabic-event-gsr"), "--out", path);
        Assert.True(exit == 0, error);
        using var shipped = new StreamReader(Akhbar.Resources.Models.ModelResource.Open(EventFilter.ResourceName));
        Assert.Equal(shipped.ReadToEnd(), File.ReadAllText(path));
    }
}
