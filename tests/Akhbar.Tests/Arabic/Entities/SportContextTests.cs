using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>Which pages are sport pages. Sentences written for these tests.</summary>
public class SportContextTests
{
    [Fact]
    public void A_match_report_is_a_sport_page()
    {
        var doc = Analyze.Text("وفاز الفريق في مباراة الدوري أمس بهدفين وقال المدرب إن اللاعبين قدموا أداء جيدا.");
        Assert.True(SportContext.IsSport(doc.Tokens));
    }

    [Fact]
    public void A_political_page_with_a_goal_and_a_team_is_not()
    {
        var doc = Analyze.Text("وقال الوزير إن هدف الحكومة هو دعم فريق العمل في الموسم الزراعي المقبل.");
        Assert.False(SportContext.IsSport(doc.Tokens));
    }

    /// <summary>The tagger's stem hashes of a document's word tokens, as the entity stage hands them to the test.</summary>
    private static List<uint[]> StemsOf(Document doc) =>
        [doc.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => NamePropagation.StemHash(WordForms.FromKey(t.Key))).ToArray()];

    [Theory]
    [InlineData("وعمل كمدرب للفريق قبل أن يعود كلاعب إلى الملعب في الموسم الماضي.")]
    [InlineData("وانضم لنادي الاتحاد بعقد لموسمين وسجل بمباراة الأمس هدفا.")]
    [InlineData("وقال الوزير إن هدف الحكومة هو دعم فريق العمل في الموسم الزراعي المقبل.")]
    public void The_test_over_stem_hashes_answers_as_the_test_over_tokens(string body)
    {
        var doc = Analyze.Text(body);
        Assert.Equal(SportContext.IsSport(doc.Tokens), SportContext.IsSport(StemsOf(doc)));
    }

    [Fact]
    public void A_cue_after_the_preposition_kaf_counts_in_the_stem_hashes()
    {
        var doc = Analyze.Text("وعمل كمدرب للفريق قبل أن يعود كلاعب إلى الملعب في الموسم الماضي.");
        Assert.True(SportContext.IsSport(StemsOf(doc)));
    }

    [Fact]
    public void The_pipeline_decides_once_per_document_and_the_later_stages_read_it()
    {
        var doc = Analyze.Text("وفاز الفريق في مباراة الدوري أمس بهدفين وقال المدرب إن اللاعبين قدموا أداء جيدا.");
        Assert.True(doc.IsSportPage);
        Assert.True(SportContext.Of(doc));
        Assert.Throws<InvalidOperationException>(() => doc.IsSportPage = false);
    }
}
