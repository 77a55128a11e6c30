using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// Statements that are no statement or no criticism by their words: the preposition "بين" written like the cue بيّن, and
/// words of condemnation that deny any wrong ("لم تسجل أي انتهاكات"), on sentences written for these tests.
/// </summary>
public sealed class EventMisreadStatementTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-misread-statement", "2021-06-01", paragraphs);

    [Fact]
    public void The_preposition_between_two_leaders_is_no_statement_but_the_verb_that_makes_clear_is()
    {
        var doc = Run(
            "وكان المتحدث باسم الرئاسة الكورية الجنوبية يتحدث للصحفيين في واشنطن عقب اجتماع بين الرئيس الأميركي دونالد ترمب ونظيره الكوري الجنوبي مون جيه إن في البيت الأبيض.",
            "وحدثت ملاسنة عنيفة بين المدرب الإسباني بيب غوارديولا وأحد أعضاء الجهاز الفني.",
            "من جهته بين وزير المالية السعودي محمد الجدعان أن الميزانية حققت فائضا.");
        var statement = Assert.Single(doc.Events, e => e.Cameo == "010" && doc.Slice(e.Trigger) == "بين");
        Assert.Contains("الجدعان", doc.Slice(statement.Source!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_deny_any_wrong_criticize_no_one()
    {
        var doc = Run(
            "وقال رئيس لجنة المراقبين الأوروبيين يوهان شميت إن اللجنة لم تسجل أي انتهاكات من جانب أوكرانيا خلال الهدنة.",
            "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الغارات على المدنيين انتهاك صارخ ترتكبه روسيا في سوريا.");
        Assert.Equal("010", Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Source!.Span).Contains("شميت", StringComparison.Ordinal)).Cameo);
        Assert.Equal("111", Assert.Single(doc.Events, e => e.Basis == EventBasis.Quote && doc.Slice(e.Source!.Span).Contains("لودريان", StringComparison.Ordinal)).Cameo);
    }
}
