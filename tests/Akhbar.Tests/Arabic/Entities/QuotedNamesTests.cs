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
    }

    [Fact]
    public void A_quoted_newspaper_or_firm_is_one_organization_whatever_the_tagger_made_of_it()
    {
        Assert.Equal([(3, 4, EntityType.Organization)], Tag("ذكرت صحيفة « صوت المدينة » أن"));

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
