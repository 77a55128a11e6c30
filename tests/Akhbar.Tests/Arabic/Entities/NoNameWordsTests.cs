using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class NoNameWordsTests
{
    [Theory]
    [InlineData("الذي", true)]
    [InlineData("هؤلاء", true)]
    [InlineData("سوياً", true)]
    [InlineData("روسيًا", true)]
    [InlineData("روسيا", false)]
    [InlineData("كيسنجر", false)]
    public void Pronouns_and_words_with_the_accusative_ending_are_no_names(string word, bool noName)
    {
        var doc = Analyze.Text($"قال {word} أمس.");
        var token = doc.Tokens.Single(t => doc.Slice(t.Span) == word);
        Assert.Equal(noName, NoNameWords.IsNoName(doc.Text, token));
    }

    [Fact]
    public void A_pronoun_is_no_leader_though_noisy_actor_entries_end_in_one()
    {
        Assert.Null(InstitutionFinder.Leader("الذي", LinkingResources.Default, 20180301));
        var doc = Analyze.Text("وأوضح أن النظام الذي أقره المجلس يدخل حيز التنفيذ الشهر المقبل.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.NameEn == "Henry Kissinger");
    }

    [Fact]
    public void A_mugging_in_Tunisian_news_is_no_name()
    {
        // براكاج (from French braquage) is a common noun of Tunisian crime news, which the tagger reads as a place or an other name.
        var doc = Analyze.Text("وتعرض موظف بالبريد صباح اليوم إلى عملية \"براكاج\" أثناء قيامه بعمله في مدينة سبيطلة.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("براكاج", StringComparison.Ordinal)));
    }
}
