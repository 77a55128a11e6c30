using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>
/// Villages, sectors and small towns of local news that no gazetteer names: after a designator or unit noun
/// (<see cref="Akhbar.Arabic.Entities.UnlistedPlaceRule"/>) and when a headline's dateline names a town that the body
/// glues to ب (<see cref="Akhbar.Arabic.Entities.DatelinePlaces"/>). The place names below are made up, so that no table
/// can know them; the sentences are written for these tests.
/// </summary>
public sealed class LocalPlacesTests
{
    [Theory]
    [InlineData("وتمكنت وحدات الحرس الوطني بمعتمدية الزعافرية من حجز كمية من السجائر المهربة.", "الزعافرية")]
    [InlineData("وعثر المواطنون على جثة كهل بجهة الهراشمة صباح اليوم.", "الهراشمة")]
    [InlineData("وأصيب ثلاثة أشخاص في حادث مرور بمنطقة قصرونة مساء أمس.", "قصرونة")]
    [InlineData("وقد اندلع الحريق في ضيعة فلاحية بمنطقة سيدي بولعراص من ولاية القيروان.", "سيدي بولعراص")]
    [InlineData("وتم إيقاف المشتبه به في منزله الكائن بجهة الزعافرية الكبرى ليلة البارحة.", "الزعافرية الكبرى")]
    public void An_unknown_name_after_a_designator_is_a_place(string text, string name)
    {
        var doc = Analyze.Text(text);
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Location && doc.Slice(e.Span).StartsWith(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وتقع المدرسة في منطقة سكنية قريبة من السوق الأسبوعية.")]
    [InlineData("وأكد المسؤول أن الحادث وقع في منطقة أخرى غير التي ذكرتها التقارير.")]
    [InlineData("وتمكن أعوان منطقة الشرطة من القبض على المتهم.")]
    [InlineData("وأعلن ولي العهد عن مشروع لإنشاء أكبر مدينة ترفيهية في البلاد.")]
    [InlineData("وسافر عدد كبير من التونسيين لقضاء رأس السنة في الخارج.")]
    public void The_complement_or_adjective_of_a_designator_is_no_place(string text)
    {
        var doc = Analyze.Text(text);
        Assert.Empty(doc.Entities.Where(e => e.Type == EntityType.Location).Select(e => doc.Slice(e.Span)));
    }

    [Fact]
    public void A_dateline_town_glued_to_ba_in_the_body_is_a_place_everywhere()
    {
        var doc = Analyze.Text(
            "تمكنت الوحدات الأمنية بالزعافرية من القبض على شخصين تورطا في سرقة محل تجاري، وفق ما أكده مصدر أمني للإذاعة.",
            title: "الزعافرية : القبض على شخصين من أجل السرقة");
        var places = doc.Entities.Where(e => e.Type == EntityType.Location).Select(e => doc.Slice(e.Span)).ToList();
        Assert.Equal(["الزعافرية", "الزعافرية"], places);
    }

    [Fact]
    public void A_dateline_person_is_not_made_a_place()
    {
        var doc = Analyze.Text(
            "أشاد المدرب بإبراهيموفيتش بعد المباراة، وقال إن اللاعب قدم أداء كبيرا أمام الجماهير.",
            title: "إبراهيموفيتش : سأعود أقوى في الموسم المقبل");
        var player = Assert.Single(doc.LinkedEntities);
        Assert.Equal(EntityType.Person, player.Type);
    }

    [Fact]
    public void An_unlisted_place_after_a_designator_takes_the_country_of_the_article_places()
    {
        var doc = Analyze.Text("وعثر أعوان الحرس الوطني على جثة شاب بمنطقة الزعافرية من ولاية القيروان، ونقلت الجثة إلى المستشفى الجهوي بالقيروان.");
        var place = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "الزعافرية"));
        Assert.Equal((EntityType.Location, "TUN"), (place.Type, place.Country));
    }

    [Fact]
    public void An_unlisted_place_among_places_of_two_countries_takes_no_country()
    {
        var doc = Analyze.Text("وانطلقت القافلة من منطقة الزعافرية نحو القيروان ثم عبرت الحدود إلى طرابلس في ليبيا.");
        var place = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "الزعافرية"));
        Assert.Null(place.Country);
    }

    [Fact]
    public void A_given_name_after_a_role_phrase_opens_a_person()
    {
        var (text, name) = ("وأكد الكاتب العام لبلدية الزعافرية علي الزغلامي أن الأشغال ستنطلق الأسبوع القادم.", "علي الزغلامي");
        var doc = Analyze.Text(text);
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Person && doc.Slice(e.Span) == name);
    }

    [Theory]
    [InlineData("وتوفي الرئيس الأسبق للجمعية الرياضية عن عمر يناهز 80 عاما.")]
    [InlineData("وأكد المدير الجهوي للصحة على ضرورة تلقيح الأطفال قبل العودة المدرسية.")]
    public void A_preposition_or_an_age_after_a_role_phrase_is_no_person(string text)
    {
        var doc = Analyze.Text(text);
        Assert.Empty(doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => doc.Slice(e.Span)));
    }
}
