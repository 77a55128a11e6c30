using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>"خادم الحرمين الشريفين" is the Saudi king: a mention of the king named after it, or of the king of the day alone.</summary>
public class CustodianTitleTests
{
    private static Document Run(string body, string published) =>
        Analyze.Pipeline.Process(new RawArticle { Id = "t", Body = "عنوان\n\n" + body, Published = PublicationDate.TryParse(published, out var d) ? d : null });

    [Fact]
    public void The_title_alone_is_the_king_of_the_publication_day()
    {
        var doc = Run("وأصدر خادم الحرمين الشريفين أمرا بتعيين رئيس جديد للهيئة، وفق ما أعلنه الديوان في بيان.", "2015-08-01");
        var king = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "خادم الحرمين الشريفين"));
        Assert.Equal(EntityType.Person, king.Type);
        Assert.Equal("SAU", king.Country);
        Assert.Equal("Salman bin Abdulaziz", king.NameEn);
    }

    [Fact]
    public void Before_a_name_the_title_is_a_mention_of_that_person()
    {
        var doc = Run("وبعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة إلى رئيس الدولة.", "2015-08-01");
        var king = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("سلمان", StringComparison.Ordinal)));
        Assert.Contains(king.Mentions, m => doc.Slice(m.Span) == "خادم الحرمين الشريفين");
    }
}
