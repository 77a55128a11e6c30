using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>Institutions named by a noun and a nisba, through the default pipeline, on invented sentences.</summary>
public sealed class InstitutionTests
{
    [Theory]
    [InlineData("أعلنت الشرطة الفرنسية إغلاق الطريق أمام المتظاهرين.", "الشرطة الفرنسية", "FRA", "FRACOP")]
    [InlineData("قالت السلطات المغربية إن الحدود ستبقى مغلقة.", "السلطات المغربية", "MAR", "MARGOV")]
    [InlineData("صوت البرلمان الأردني على مشروع القانون.", "البرلمان الأردني", "JOR", "JORLEG")]
    [InlineData("ذكرت وزارة الدفاع البريطانية أن الطائرة عادت إلى قاعدتها.", "وزارة الدفاع البريطانية", "GBR", "GBRMIL")]
    [InlineData("أصدرت وزارة الخارجية المصرية بيانا حول الأزمة.", "وزارة الخارجية المصرية", "EGY", "EGYGOV")]
    [InlineData("قصفت المقاتلات الروسية مواقع قرب الطريق الدولي.", "المقاتلات الروسية", "RUS", "RUSMIL")]
    [InlineData("استهدفت المدفعية التركية قرى حدودية صباح الأحد.", "المدفعية التركية", "TUR", "TURMIL")]
    public void A_noun_and_an_agreeing_nisba_name_a_state_institution(string text, string surface, string country, string cameo)
    {
        var doc = Analyze.Text(text);
        var org = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == surface));
        Assert.Equal(EntityType.Organization, org.Type);
        Assert.Equal(country, org.Country);
        Assert.Equal(cameo, org.Cameo);
        Assert.NotNull(org.NameEn);
    }

    [Theory]
    [InlineData("وأعلنت قوات الدفاع الجوي السعودي اعتراض صاروخ باليستي فوق جازان.", "قوات الدفاع الجوي السعودي", "Saudi air defense", "SAUMIL")]
    [InlineData("وقالت الوكالة إن الدفاعات الجوية السورية تصدت لصواريخ فوق حمص.", "الدفاعات الجوية السورية", "Syrian air defense", "SYRMIL")]
    [InlineData("وأغار سلاح الجو الإسرائيلي على مواقع في جنوب القطاع فجرا.", "سلاح الجو الإسرائيلي", "Israeli air force", "ISRMIL")]
    public void A_branch_of_the_forces_named_in_two_words_and_a_nisba_is_a_state_institution(string text, string surface, string nameEn, string cameo)
    {
        var doc = Analyze.Text(text);
        var org = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == surface));
        Assert.Equal((EntityType.Organization, nameEn, cameo), (org.Type, org.NameEn, org.Cameo));
    }

    [Theory]
    [InlineData("وذكرت وكالة الأنباء المركزية الكورية الشمالية أن الزعيم عاد إلى العاصمة.", "وكالة الأنباء المركزية الكورية الشمالية", "PRK")]
    [InlineData("ونقلت وكالة الأنباء البحرينية عن مصدر مسؤول أن الاجتماع تأجل.", "وكالة الأنباء البحرينية", "BHR")]
    [InlineData("وقالت الحكومة الكورية الجنوبية إنها ترحب بالمبادرة.", "الحكومة الكورية الجنوبية", "KOR")]
    public void A_state_news_agency_or_an_institution_with_a_nisba_of_two_words_is_named_in_full(string text, string surface, string country)
    {
        var doc = Analyze.Text(text);
        var org = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == surface));
        Assert.Equal((EntityType.Organization, country), (org.Type, org.Country));
    }

    [Fact]
    public void A_nisba_that_agrees_with_the_word_before_a_branch_is_no_branch_of_that_country()
    {
        // The Russian system, not the Russian air defense: the feminine nisba agrees with منظومة.
        var doc = Analyze.Text("واشترت الحكومة منظومة الدفاع الجوي الروسية رغم الاعتراضات.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("الدفاع الجوي", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("قالت الحكومة السورية إن الاتفاق صامد.", "Syrian government")]
    [InlineData("أعلنت وزارة الخارجية الروسية رفضها للقرار.", "Russian Ministry of Foreign Affairs")]
    [InlineData("قالت الحكومة التوفالوية إن الجزر مهددة.", "government of Tuvalu")]
    public void An_institution_is_named_in_English_with_its_country_adjective_else_with_the_country(string text, string nameEn)
    {
        var doc = Analyze.Text(text);
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Organization && e.NameEn == nameEn);
    }

    [Fact]
    public void A_nisba_that_does_not_agree_is_no_institution()
    {
        // "الخارجية الروسي" inside a minister's role: the masculine nisba agrees with وزير, not with a ministry.
        var doc = Analyze.Text("قال وزير الخارجية الروسي إن المحادثات مفيدة.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Organization && e.Country == "RUS");
    }

    [Fact]
    public void A_field_without_a_ministry_noun_is_no_institution()
    {
        var doc = Analyze.Text("تغيرت السياسة الخارجية التركية خلال العقد الماضي.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Organization && e.Country == "TUR");
    }

    [Fact]
    public void A_later_national_army_is_one_phrase_that_refers_back_to_the_one_army()
    {
        var doc = Analyze.Text("أعلن الجيش اليمني السيطرة على تلال جديدة. وقال الجيش الوطني إن المعارك مستمرة.");
        var army = Assert.Single(doc.LinkedEntities, e => e.Cameo == "YEMMIL");
        Assert.Contains(army.Mentions, m => doc.Slice(m.Span) == "الجيش الوطني");
    }

    [Fact]
    public void A_later_bare_noun_refers_back_to_the_one_institution()
    {
        var doc = Analyze.Text("أعلنت الشرطة الفرنسية توقيف رجلين. وقالت الشرطة إنهما يخضعان للتحقيق.");
        var police = Assert.Single(doc.LinkedEntities, e => e.Cameo == "FRACOP");
        Assert.Equal(2, police.Mentions.Count);
    }
}
