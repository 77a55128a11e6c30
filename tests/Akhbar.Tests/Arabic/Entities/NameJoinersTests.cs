using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class NameJoinersTests
{
    private static string[] WordsOf(Document doc) =>
        [.. NameJoiners.WordsOf(doc.Text, doc.Tokens, 0, doc.Tokens.Count).Select(k => doc.Slice(doc.Tokens[k].Span))];

    [Fact]
    public void A_hashtag_sign_glued_to_a_word_and_underscores_between_words_are_not_words()
    {
        var doc = Analyze.Text("نشر المراسل #عاجل عن قطاع_غزة مساء أمس.");
        Assert.Equal(["نشر", "المراسل", "عاجل", "عن", "قطاع", "غزة", "مساء", "أمس", "."], WordsOf(doc));
    }

    [Fact]
    public void Signs_with_space_around_them_stay_words()
    {
        var doc = Analyze.Text("كتب الرقم # ثم الخط _ في آخر السطر.");
        Assert.Contains("#", WordsOf(doc));
        Assert.Contains("_", WordsOf(doc));
    }

    [Theory]
    [InlineData("إيمانويل #ماكرون", "إيمانويل ماكرون")]
    [InlineData("قطاع_غزة", "قطاع غزة")]
    [InlineData("#الجيش_الإسرائيلي", "الجيش الإسرائيلي")]
    [InlineData("سيرغي لافروف", "سيرغي لافروف")]
    public void A_name_without_its_joiners(string written, string plain) => Assert.Equal(plain, NameJoiners.Plain(written));

    [Fact]
    public void A_name_written_across_a_hashtag_sign_is_one_person_with_its_other_mentions()
    {
        var doc = Analyze.Text("وقال الرئيس الفرنسي إيمانويل #ماكرون إن بلاده ستدعم الاتفاق. وأضاف ماكرون أن المحادثات ستستمر.", title: "عنوان");
        var macron = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "إيمانويل #ماكرون"));
        Assert.Equal(EntityType.Person, macron.Type);
        Assert.Contains(macron.Mentions, m => doc.Slice(m.Span) == "ماكرون");
    }

    [Fact]
    public void An_institution_joined_to_its_nisba_by_an_underscore_is_found()
    {
        var doc = Analyze.Text("وأعلن #الجيش_الإسرائيلي أنه قصف مواقع عدة ليلة الأحد.", title: "عنوان");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => doc.Slice(m.Span) == "الجيش_الإسرائيلي"));
    }
}
