using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-review20): a threat or warning whose subject's name
/// ends in a nisba ("نادي شنغهاي الصيني") does not take that nisba for the group it threatens (EventFinder.WarnedGroups).
/// </summary>
public sealed class EventWarnedGroupNisbaTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-review20-warned-nisba", "2018-05-15", paragraphs);

    [Fact]
    public void The_nisba_of_the_subjects_name_is_not_the_threatened_group()
    {
        var doc = Run("هدد نادي بكين غوان الصيني باتخاذ إجراءات قانونية لوقف شائعات عن رحيل مدربه.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal) && e.Target is { } t
            && doc.Slice(t.Span) == "الصيني");
    }

    [Fact]
    public void A_plural_group_warned_is_still_the_target()
    {
        var doc = Run("وحذرت روسيا البلدان الغربية من شن عمليات عسكرية في سوريا.");
        var warning = Assert.Single(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Contains("البلدان الغربية", doc.Slice(warning.Target!.Span), StringComparison.Ordinal);
    }
}
