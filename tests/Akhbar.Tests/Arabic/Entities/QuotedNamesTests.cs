using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities;

public class QuotedNamesTests
{
    /// <summary>Applies the rule to a sentence the tagger left untagged (or tagged as given) and gives the chunks.</summary>
    private static List<(int First, int Last, EntityType Type)> Tag(string sentence, int[]? tags = null)
    {
        var words = sentence.Split(' ').Select(WordForms.Of).ToArray();
        tags ??= new int[words.Length];
        QuotedNames.Apply([words], [tags]);
        return BioTags.Chunks(tags);
    }

    [Fact]
    public void A_quoted_programme_or_title_is_one_misc_name()
    {
        Assert.Equal([(4, 6, EntityType.Miscellaneous)], Tag("تقدم المذيعة برنامج « بيت من ورق » مساء"));
        Assert.Equal([(5, 6, EntityType.Miscellaneous)], Tag("صدرت له رواية بعنوان « ليل الصيادين » العام"));
        Assert.Equal([(4, 5, EntityType.Miscellaneous)], Tag("أقيمت المباراة باستاد \" الشهيد حمد \" أمس"));

        // فيلم begins with ف, which is read off as a conjunction: the noun is looked up whole as well.
        Assert.Equal([(4, 6, EntityType.Miscellaneous)], Tag("عرضت القاعة فيلم « ضوء في النافذة » مساء"));
        Assert.Equal([(4, 5, EntityType.Miscellaneous)], Tag("أنتج المخرج فيلما « رمال حمراء » عن الحرب"));
        Assert.Equal([(4, 5, EntityType.Miscellaneous)], Tag("وعرض المخرج وفيلم « رمال حمراء » معا"));
    }

    [Fact]
    public void A_quoted_newspaper_or_firm_is_one_organization_whatever_the_tagger_made_of_it()
    {
        Assert.Equal([(3, 4, EntityType.Organization)], Tag("ذكرت صحيفة « صوت المدينة » أن"));
        // وكالة begins with و, which is read off as a conjunction: the noun is looked up whole as well.
        Assert.Equal([(3, 4, EntityType.Organization)], Tag("نقلت وكالة « أنباء الساحل » الخبر"));
        Assert.Equal([(3, 4, EntityType.Organization)], Tag("ونقلت ووكالة « أنباء الساحل » الخبر"));

        // The tagger read the firm's second word as a place: the quotation is one organization.
        var tags = new int[8];
        tags[4] = BioTags.Begin(EntityType.Location);
        Assert.Equal([(3, 4, EntityType.Organization)], Tag("وقالت شركة « نور دبي » في بيان", tags));
    }

    [Fact]
    public void A_quotation_after_another_noun_or_a_long_one_is_left_alone()
    {
        // A saying, not a name: the noun before it names nothing.
        Assert.Empty(Tag("وقال المتحدث « لن نتراجع » أمس"));

        // Seven words are a sentence, not a title.
        Assert.Empty(Tag("بثت قناة « هذا ما قاله الرجل الكبير لنا أمس » تقريرا"));

        // An unclosed quotation.
        Assert.Empty(Tag("ذكرت صحيفة « صوت المدينة"));
    }
}
