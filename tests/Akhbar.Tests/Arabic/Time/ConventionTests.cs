using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Segmentation;
using Akhbar.Arabic.Time;
using Akhbar.Core.Pipeline;
using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>The news reading of المقبل/الماضي against the Recognizers-Text one (the adjacent week or year).</summary>
public class ConventionTests
{
    private static readonly AnalysisPipeline Adjacent =
        new PipelineBuilder().UseCleaner(new ArticleCleaner()).Add(new SegmentationStage()).Add(new TimeStage(TimeConvention.RecognizersText)).Build();

    [Theory]
    // Published Monday 2018-09-17: the coming Sunday is the 23rd; the Sunday of next week is the 30th.
    [InlineData("يزور الوزير باريس الأحد القادم.", "2018-09-17", "2018-09-23", "2018-09-30")]
    // Published Monday 2018-09-17: last week's Thursday and the latest Thursday are the same day.
    [InlineData("زار الوزير باريس الخميس الماضي.", "2018-09-17", "2018-09-13", "2018-09-13")]
    // Published in November: the latest September, or September of last year.
    [InlineData("ارتفعت الأسعار في سبتمبر الماضي.", "2018-11-07", "2018-09", "2017-09")]
    public void Modifiers_name_the_next_one_in_news_and_the_adjacent_unit_in_the_other_convention(string sentence, string published, string news, string adjacent)
    {
        Assert.Contains(Times(sentence, published), t => t.Value == news);
        Assert.Contains(Times(sentence, published, Adjacent), t => t.Value == adjacent);
    }
}
