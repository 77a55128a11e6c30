using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class TransliteratorTests
{
    [Theory]
    [InlineData("بوتين", "Butin")]
    [InlineData("خالد", "Khald")]
    [InlineData("الشرق", "al-Shrq")]
    [InlineData("وليد شاكر", "Wlid Shakr")]
    public void Letters_map_by_rule(string arabic, string latin) => Assert.Equal(latin, Transliterator.ToLatin(arabic));

    [Theory]
    [InlineData("لافروف", "Lavrov")]
    [InlineData("بوتين", "Putin")]
    [InlineData("هايكو ماس", "Heiko Maas")]
    public void Transliterations_share_a_skeleton_with_the_English_name(string arabic, string english) =>
        Assert.Equal(NameSkeleton.Of(english), NameSkeleton.Of(Transliterator.ToLatin(arabic)));

    [Theory]
    [InlineData("خالد الفيصل", "Khaled al-Faisal")]
    [InlineData("فهد بن عبد العزيز", "Fahd bin Abdulaziz")]
    [InlineData("فهد بن عبدالعزيز بن معمر", "Fahd bin Abdulaziz bin M'mr")]
    [InlineData("سعد الشتري", "Saad al-Shtri")]
    public void Known_given_names_and_particles_are_spelled_as_the_press_spells_them(string arabic, string latin)
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["خالد"] = "Khaled",
            ["فيصل"] = "Faisal",
            ["فهد"] = "Fahd",
            ["بن"] = "bin",
            ["عبد العزيز"] = "Abdulaziz",
            ["عبدالعزيز"] = "Abdulaziz",
            ["سعد"] = "Saad",
        };
        Assert.Equal(latin, Transliterator.ToLatin(arabic, spellings));
    }

    [Fact]
    public void The_shipped_spellings_name_a_person_the_dictionaries_do_not_know()
    {
        var doc = Akhbar.Tests.Support.Analyze.Text("قال المهندس خالد عبد الكريم المطيري إن المشروع سينتهي قريبا.");
        var person = Assert.Single(doc.LinkedEntities, e => e.Type == Akhbar.Core.Model.EntityType.Person);
        Assert.StartsWith("Khaled Abdulkarim", person.NameEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Similarity_is_one_for_equal_skeletons_and_low_for_unrelated_names()
    {
        Assert.Equal(1.0, NameSkeleton.Similarity("lfrf", "lfrf"));
        Assert.True(NameSkeleton.Similarity(NameSkeleton.Of("Lavrov"), NameSkeleton.Of("Merkel")) < 0.5);
    }
}
