using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>The Saudi online paper Ain Alyoum, whose byline opens many of its articles, is an organization.</summary>
public class SaudiOutletTests
{
    [Fact]
    public void Ain_alyoum_in_a_byline_and_after_a_preposition_is_the_paper()
    {
        var doc = Analyze.Text("سعيد الأحمد – عين اليوم\n\nأعلنت أمانة المنطقة إغلاق الطريق للصيانة، وقال مديرها لـ\"عين اليوم\" إن العمل يستمر أسبوعا.");
        var paper = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Ain Alyoum");
        Assert.Equal(EntityType.Organization, paper.Type);
        Assert.Equal(2, paper.Mentions.Count(m => doc.Slice(m.Span) == "عين اليوم"));
    }
}
