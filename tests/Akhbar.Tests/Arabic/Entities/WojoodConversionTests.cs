using Akhbar.Arabic.Entities;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities;

public class WojoodConversionTests
{
    private static readonly Dictionary<string, EntityType> Types = WojoodConversion.ParseTypes(WojoodConversion.DefaultTypes);

    /// <summary>Invented gold sentences in ANERcorp's conventions: the noun مدينة and the ministry outside names, a country LOC.</summary>
    private static NameConventions Gold()
    {
        string[] lines =
        [
            "زار O|مدينة O|حلب B-LOC",
            "في O|مدينة O|حمص B-LOC",
            "من O|مدينة O|دمشق B-LOC",
            "قالت O|وزارة O|الداخلية O",
            "أعلنت O|وزارة O|الداخلية O",
            "وصلت O|وزارة O|الداخلية O",
            "وقالت O|روسيا B-LOC|إن O",
        ];
        return NameConventions.From(lines.Select(l =>
        {
            var pairs = l.Split('|').Select(p => p.Split(' ')).ToArray();
            return new LabeledSentence([.. pairs.Select(p => p[0])], [.. pairs.Select(p => BioTags.TryParse(p[1], out var t) ? t : -1)]);
        }));
    }

    private static string[] Tags(NestedSentence sentence, NameConventions? conventions) =>
        [.. WojoodConversion.Convert([sentence], Types, conventions)[0].Tags.Select(BioTags.Name)];

    [Fact]
    public void The_outermost_mapped_entity_wins_and_unmapped_ones_give_way_to_what_is_inside()
    {
        // "رئيس بلدية مدينة صفد": a job (not a name) around an organization around a city.
        var sentence = new NestedSentence(["قال", "رئيس", "بلدية", "صفد", "كلاما"],
            [new NestedSpan("OCC", 1, 4), new NestedSpan("ORG", 2, 4), new NestedSpan("GPE", 3, 4)]);
        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "O"], Tags(sentence, null));
    }

    [Fact]
    public void Types_map_as_the_mapping_says()
    {
        var sentence = new NestedSentence(["دفع", "سامر", "مئة", "دولار", "للفلسطينيين"],
            [new NestedSpan("PERS", 1, 2), new NestedSpan("MONEY", 2, 4), new NestedSpan("CURR", 3, 4), new NestedSpan("NORP", 4, 5)]);
        Assert.Equal(["O", "B-PERS", "O", "B-MISC", "O"], Tags(sentence, null));
    }

    [Fact]
    public void The_noun_the_gold_set_puts_before_names_is_cut_off()
    {
        var sentence = new NestedSentence(["دخل", "مدينة", "صفد"], [new NestedSpan("GPE", 1, 3)]);
        Assert.Equal(["O", "B-LOC", "I-LOC"], Tags(sentence, null));
        Assert.Equal(["O", "O", "B-LOC"], Tags(sentence, Gold()));
    }

    [Fact]
    public void A_name_made_only_of_words_the_gold_set_leaves_outside_is_none()
    {
        var sentence = new NestedSentence(["قالت", "وزارة", "الداخلية"], [new NestedSpan("ORG", 1, 3)]);
        Assert.Equal(["O", "O", "O"], Tags(sentence, Gold()));
    }

    [Fact]
    public void A_name_the_gold_set_types_otherwise_takes_its_type()
    {
        var sentence = new NestedSentence(["وقالت", "روسيا", "إنها"], [new NestedSpan("ORG", 1, 2)]);
        Assert.Equal(["O", "B-LOC", "O"], Tags(sentence, Gold()));
    }

    [Fact]
    public void The_noun_stays_when_the_name_without_it_is_one_the_gold_set_types_otherwise()
    {
        // The town council as an organization: cut to حلب it would teach that the city is an organization.
        var sentence = new NestedSentence(["قررت", "مدينة", "حلب"], [new NestedSpan("ORG", 1, 3), new NestedSpan("GPE", 2, 3)]);
        Assert.Equal(["O", "B-ORG", "I-ORG"], Tags(sentence, Gold()));
    }

    [Theory]
    [InlineData("PERS")]
    [InlineData("PERS=PERSON")]
    [InlineData("=LOC")]
    [InlineData("")]
    [InlineData(" , ")]
    public void A_bad_mapping_is_bad_input(string text) =>
        Assert.Throws<BadInputException>(() => WojoodConversion.ParseTypes(text));
}
