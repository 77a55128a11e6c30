using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented sentences for the holy sites of landmarks.tsv (twenty-first session, wt-ents10): a place with its English name and
/// state, which Saudi news names daily and no other table held; the king's title keeps its own words.
/// </summary>
public sealed class HolySiteTests
{
    [Fact]
    public void The_mosques_of_mecca_and_medina_are_saudi_places_with_english_names()
    {
        var doc = Analyze.Text("وأدى آلاف المصلين صلاة الجمعة في الحرم المكي الشريف. وصلى الإمام بالناس في المسجد النبوي الشريف أمس.");
        var places = doc.LinkedEntities.Where(e => e.Type == EntityType.Location).ToList();
        Assert.Contains(places, e => (e.NameEn, e.Country) == ("Masjid al-Haram", "SAU"));
        Assert.Contains(places, e => (e.NameEn, e.Country) == ("Al-Masjid an-Nabawi", "SAU"));
    }

    [Fact]
    public void The_kaaba_is_a_place()
    {
        var doc = Analyze.Text("وطاف المعتمرون حول الكعبة المشرفة بعد صلاة الفجر، وسط تنظيم أمني دقيق.");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Location && (e.NameEn, e.Country) == ("Kaaba", "SAU"));
    }

    [Fact]
    public void The_kings_title_names_no_holy_site()
    {
        var doc = Analyze.Text("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وزير الخارجية الأمريكي.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Location && e.Name.Contains("الحرمين", StringComparison.Ordinal));
    }
}
