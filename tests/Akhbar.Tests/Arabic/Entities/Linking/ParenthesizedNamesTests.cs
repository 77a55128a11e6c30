using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>An organization's description followed by its own name in parentheses, through the default pipeline, on invented sentences.</summary>
public sealed class ParenthesizedNamesTests
{
    [Fact]
    public void A_description_and_the_name_in_parentheses_after_it_are_one_organization()
    {
        var doc = Analyze.Text("وذكرت وكالة الأنباء الأردنية الرسمية (بترا) أن الحكومة قررت تأجيل الزيادة. ونقلت وكالة الأنباء الروسية (سبوتينك) عن الخبراء قولهم إن الوضع هادئ.");
        var petra = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "بترا"));
        Assert.Equal(EntityType.Organization, petra.Type);
        Assert.Contains(petra.Mentions, m => doc.Slice(m.Span) == "وكالة الأنباء الأردنية");
        var sputnik = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "سبوتينك"));
        Assert.Contains(sputnik.Mentions, m => doc.Slice(m.Span) == "وكالة الأنباء الروسية");
    }

    [Fact]
    public void A_description_after_a_glued_article_preposition_is_the_genitive_of_the_name_in_parentheses()
    {
        // Eurostat is the statistics office of the Union, not the Union.
        var doc = Analyze.Text("وقال مكتب الإحصاء التابع للاتحاد الأوروبي (يوروستات) إن التضخم ارتفع. وأضاف يوروستات أن البطالة تراجعت.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "يوروستات") && e.Mentions.Any(m => doc.Slice(m.Span).Contains("الأوروبي", StringComparison.Ordinal)));
    }
}
