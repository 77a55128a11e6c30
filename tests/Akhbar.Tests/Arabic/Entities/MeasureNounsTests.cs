using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class MeasureNounsTests
{
    private static (Document Doc, int First, int Last) Words(string body, string phrase)
    {
        var doc = Analyze.Text(body, title: "عنوان");
        var start = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        var first = doc.Tokens.ToList().FindIndex(t => t.Span.Start == start);
        var last = doc.Tokens.ToList().FindLastIndex(t => t.Span.End == start + phrase.Length);
        return (doc, first, last);
    }

    [Theory]
    [InlineData("دولار")]
    [InlineData("الدولارات")]
    [InlineData("وبالجنيه")]
    [InlineData("دولاراً")]
    [InlineData("غيغابايت")]
    public void Currencies_and_units_are_measures_with_or_without_clitics(string word) =>
        Assert.True(MeasureNouns.IsMeasure(Akhbar.Core.Text.ArabicFolding.Fold(word)));

    [Theory]
    [InlineData("وطن")]
    [InlineData("لبنان")]
    [InlineData("ماكرون")]
    public void Names_and_short_common_words_are_not(string word) =>
        Assert.False(MeasureNouns.IsMeasure(Akhbar.Core.Text.ArabicFolding.Fold(word)));

    [Fact]
    public void A_currency_read_as_misc_is_no_name_but_a_club_called_by_it_stays()
    {
        var (doc, first, last) = Words("بلغت قيمة الصفقة 16 مليار جنيه إسترليني هذا العام.", "جنيه إسترليني");
        Assert.True(MeasureNouns.IsNoName(EntityType.Miscellaneous, doc.Text, doc.Tokens, first, last));
        var (club, a, b) = Words("فاز الريال على منافسه في المباراة.", "الريال");
        Assert.False(MeasureNouns.IsNoName(EntityType.Organization, club.Text, club.Tokens, a, b));
    }

    [Fact]
    public void A_number_alone_is_no_name_of_any_type_and_a_name_with_a_number_stays()
    {
        var (doc, first, last) = Words("صدر التحديث رقم 16 لنظام ويندوز 10 أمس.", "16");
        Assert.True(MeasureNouns.IsNoName(EntityType.Location, doc.Text, doc.Tokens, first, last));
        var (named, a, b) = Words("صدر التحديث رقم 16 لنظام ويندوز 10 أمس.", "ويندوز 10");
        Assert.False(MeasureNouns.IsNoName(EntityType.Miscellaneous, named.Text, named.Tokens, a, b));
    }

    [Fact]
    public void The_entity_stage_gives_no_mention_for_an_amount_of_money()
    {
        var doc = Analyze.Text("وبلغت قيمة الصفقة 16 مليار دولار و3 ملايين يورو بحسب الشركة.", title: "عنوان");
        Assert.DoesNotContain(doc.Entities, m => doc.Slice(m.Span) is "دولار" or "يورو");
    }
}
