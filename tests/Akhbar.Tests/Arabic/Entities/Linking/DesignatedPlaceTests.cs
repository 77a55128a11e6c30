using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Small towns in local news, which names its governorates and delegations but seldom its country: a town after a
/// designator that carries a proclitic ("بولاية نابل"), a name the tagger ran on over a designator ("بمعتمدية المكناسي"), and a
/// small town beside a place of the same country that no reading doubts.
/// </summary>
public sealed class DesignatedPlaceTests
{
    [Theory]
    [InlineData("وتمكنت وحدات الحرس الوطني بولاية نابل من حجز كمية من البضائع المهربة.", "نابل")]
    [InlineData("وعثر أعوان الحماية المدنية على جثة شاب في منطقة ريفية من ولاية جندوبة صباح اليوم.", "جندوبة")]
    public void A_known_town_after_a_designator_is_a_place(string text, string name)
    {
        var doc = Analyze.Text(text);
        var place = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == name));
        Assert.Equal(EntityType.Location, place.Type);
    }

    [Fact]
    public void A_name_run_on_over_a_delegation_noun_is_the_place_without_it()
    {
        var doc = Analyze.Text("وأقدمت امرأة على إضرام النار في منزلها الكائن بمعتمدية المكناسي مساء أمس.");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Mentions.Any(m => doc.Slice(m.Span) == "المكناسي"));
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("معتمدية", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_small_town_beside_a_sure_place_of_its_country_is_a_place()
    {
        var doc = Analyze.Text("وانطلقت القافلة صباح اليوم من صفاقس ثم وصلت في المساء إلى نابل حيث استقبلها المواطنون.");
        var town = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "نابل"));
        Assert.Equal(("Nabeul", EntityType.Location), (town.NameEn, town.Type));
    }

    [Fact]
    public void A_small_town_alone_in_an_article_that_names_no_country_stays_doubted()
    {
        // The rule that keeps common nouns out still holds where nothing vouches for the town ("إطار" is also Atar).
        var doc = Analyze.Text("وأكد الوزير أن الحكومة تعمل في إطار خطة وطنية لدعم الاستثمار.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Location);
    }

    [Fact]
    public void Tunis_the_capital_is_the_city_not_the_country()
    {
        var doc = Analyze.Text("وكلفه شخص ليبي بنقل المبلغ من تونس العاصمة إلى مدينة بنقردان مقابل أجر.");
        var city = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "تونس العاصمة"));
        Assert.Equal(("Tunis", EntityType.Location), (city.NameEn, city.Type));
    }

    [Fact]
    public void The_dual_of_a_designator_is_no_place_and_names_the_two_after_it()
    {
        // "ولايتي" (the two governorates of) was read as a place of its own; it is the dual construct of ولاية.
        var doc = Analyze.Text("وتمكنت الوحدات الأمنية من تفكيك شبكة مختصة في تهريب الوقود تنشط بين ولايتي صفاقس وقفصة.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("ولايتي", StringComparison.Ordinal)));
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Location && e.NameEn == "Sfax");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Location && e.NameEn == "Gafsa");
    }
}
