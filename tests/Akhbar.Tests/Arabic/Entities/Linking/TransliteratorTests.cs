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

    [Fact]
    public void Similarity_is_one_for_equal_skeletons_and_low_for_unrelated_names()
    {
        Assert.Equal(1.0, NameSkeleton.Similarity("lfrf", "lfrf"));
        Assert.True(NameSkeleton.Similarity(NameSkeleton.Of("Lavrov"), NameSkeleton.Of("Merkel")) < 0.5);
    }
}
