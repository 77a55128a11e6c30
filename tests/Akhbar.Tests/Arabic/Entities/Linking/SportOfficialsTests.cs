using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented sentences for the heads of football's bodies in people.tsv (twenty-first session, wt-ents10): their English names, and a
/// lone family name that is theirs and not an Austrian governor's nor a word cut after a proclitic ب.
/// </summary>
public sealed class SportOfficialsTests
{
    [Fact]
    public void The_fifa_president_has_his_english_name_and_country()
    {
        var doc = Analyze.Text("وقال رئيس الاتحاد الدولي لكرة القدم جوزيف بلاتر إن الانتخابات ستجرى في موعدها.");
        var blatter = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Name.Contains("بلاتر", StringComparison.Ordinal));
        Assert.Equal(("Sepp Blatter", "CHE"), (blatter.NameEn, blatter.Country));
    }

    [Fact]
    public void A_lone_family_name_is_the_fifa_president_and_keeps_its_ba()
    {
        var doc = Analyze.Text("وانتقد المرشح الجديد سياسة بلاتر في توزيع البطولات، ودعا الاتحادات إلى التصويت ضد بلاتر في الجمعية العمومية.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Name == "لاتر" || e.NameEn == "Guenther Platter");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Person && e.NameEn == "Sepp Blatter");
    }

    [Fact]
    public void A_listed_family_name_read_as_a_place_is_the_person()
    {
        var doc = Analyze.Text("وتستعد زيوريخ لانتخاب رئيس جديد يخلف الرئيس المستقيل سيب بلاتر.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type != EntityType.Person && e.Name.Contains("بلاتر", StringComparison.Ordinal));
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Person && e.NameEn == "Sepp Blatter");
    }
}
