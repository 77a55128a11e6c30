using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// The ending filters that let the institution and role-phrase finders skip most words must never skip a word of their
/// tables, with or without the clitics the finders leave out.
/// </summary>
public sealed class LinkingEndingFiltersTests
{
    private static readonly LinkingResources Resources = LinkingResources.Default;

    [Fact]
    public void Every_word_an_institution_phrase_starts_with_passes()
    {
        var words = Resources.InstitutionHeads.Keys.Concat(Resources.InstitutionCompoundStarts).Concat(Resources.InstitutionPrefixes).Concat(Resources.InstitutionFields.Keys).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True(Resources.InstitutionStartEndings.MayEndLikeAForm(w), w));
    }

    [Fact]
    public void Every_role_head_description_and_counterpart_passes()
    {
        var words = Resources.RoleHeads.Concat(Resources.DescriptionHeads).Concat(Resources.CounterpartWords).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True(Resources.RolePhraseHeadEndings.MayEndLikeAForm(w), w));
    }

    [Fact]
    public void Most_other_words_are_ruled_out()
    {
        string[] others = ["المباراة", "الاقتصاد", "مدينة", "الطقس", "يوم", "السنة", "الماضي", "الاسعار", "المدرسة", "الحرب"];
        var folded = others.Select(LinkingResources.Key).ToList();
        Assert.True(folded.Count(w => !Resources.RolePhraseHeadEndings.MayEndLikeAForm(w)) >= 5);
    }
}
