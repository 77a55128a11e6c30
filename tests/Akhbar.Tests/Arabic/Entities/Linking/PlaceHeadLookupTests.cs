using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// The place-head tests the place rules ask of nearly every word (<see cref="LinkingResources.IsPlaceHeadOrDesignator"/>,
/// <see cref="LinkingResources.IsAdministrativeUnit"/>) rule most words out by their ending before any lookup: no head of
/// place-heads.tsv may be ruled out, alone or with the clitics <see cref="WordForms.NounStart"/> reads off.
/// </summary>
public sealed class PlaceHeadLookupTests
{
    private static readonly LinkingResources Resources = LinkingResources.Default;

    [Fact]
    public void Every_place_head_is_found_alone_and_after_a_clitic()
    {
        Assert.NotEmpty(Resources.PlaceHeads);
        foreach (var (noun, head) in Resources.PlaceHeads)
        {
            Assert.True(Resources.IsPlaceHeadOrDesignator(noun), noun);
            Assert.Equal(head.IsDesignator || head.IsUnit, Resources.IsAdministrativeUnit(noun));
            // NounStart reads a preposition off only before three letters or more.
            foreach (var clitic in noun.Length >= 3 ? (string[])["و", "ب", "ل", "وب"] : [])
            {
                var forms = WordForms.FromKey(clitic + noun);
                Assert.Equal(clitic.Length, forms.NounStart(Resources.IsPlaceHeadOrDesignator));
            }
        }
    }

    [Fact]
    public void Words_that_head_no_place_are_no_place_heads()
    {
        foreach (var word in (string[])["المباراة", "الاقتصاد", "الطقس", "قال", "وزارة", "السنة", "الحرب", "بالمدرسة"])
        {
            var key = LinkingResources.Key(word);
            Assert.False(Resources.IsPlaceHeadOrDesignator(key), word);
            Assert.False(Resources.IsAdministrativeUnit(key), word);
        }
    }
}
