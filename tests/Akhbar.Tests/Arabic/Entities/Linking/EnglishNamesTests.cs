using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>English actor names found by the consonant skeleton of a transliteration.</summary>
public sealed class EnglishNamesTests
{
    private static EnglishNames Index()
    {
        var names = new EnglishNames();
        foreach (var (skeleton, name, countries) in EnglishNames.Rows(ActorDictionaryReader.Read(
            ["ABDELKARIM_SALEMI_", "\t[XAAGOV >20100101]", "ABDULKARIM_SALLAMI_", "\t[XBBGOV]", "OMAR_NADIR_", "\t[XCCMIL]"])))
        {
            names.Add(skeleton, name, countries.Split(',', StringSplitOptions.RemoveEmptyEntries));
        }

        return names;
    }

    [Fact]
    public void A_match_must_agree_with_a_known_country_and_be_unambiguous()
    {
        var names = Index();

        // Both spellings share the skeleton bdlkrmslm: the country decides, and without one nothing is chosen.
        Assert.Equal("Abdelkarim Salemi", names.Match("'Bd al-Krim Slmi", "XAA")?.Name);
        Assert.Equal("Abdulkarim Sallami", names.Match("'Bd al-Krim Slmi", "XBB")?.Name);
        Assert.Null(names.Match("'Bd al-Krim Slmi", null));
        Assert.Null(names.Match("'Bd al-Krim Slmi", "XDD"));
    }

    [Fact]
    public void A_short_skeleton_needs_a_country_and_then_gives_the_name_its_country()
    {
        var names = Index();
        Assert.Null(names.Match("'Umr Nadr", null));
        var match = names.Match("'Umr Nadr", "XCC");
        Assert.Equal("Omar Nadir", match?.Name);
        Assert.Equal("XCC", match?.Country);
        Assert.Equal("XAA", names.Match("'Bd al-Krim Slmi", "XAA")?.Country);
    }
}
