using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities;

public class NamePropagationTests
{
    private static WordForms[] Words(string sentence) => [.. sentence.Split(' ').Select(WordForms.Of)];

    private static int[] Tags(int length, params (int First, int Last, EntityType Type)[] names)
    {
        var tags = new int[length];
        foreach (var (first, last, type) in names)
        {
            tags[first] = BioTags.Begin(type);
            for (var i = first + 1; i <= last; i++)
            {
                tags[i] = BioTags.Inside(type);
            }
        }

        return tags;
    }

    [Fact]
    public void The_surname_of_a_full_name_is_the_person_alone_with_or_without_and()
    {
        var sentences = new[] { Words("قال الرئيس دونالد ترامب إن الاتفاق سيء"), Words("وأضاف ترامب أن واشنطن سترد"), Words("ورد وترامب غاضب") };
        var tags = new[] { Tags(7, (2, 3, EntityType.Person)), new int[5], new int[3] };
        NamePropagation.Apply(sentences, tags);
        Assert.Equal(BioTags.Begin(EntityType.Person), tags[1][1]);
        Assert.Equal(BioTags.Begin(EntityType.Person), tags[2][1]);
        Assert.Equal(BioTags.Outside, tags[1][0]);
    }

    [Fact]
    public void The_second_part_of_a_compound_a_short_word_and_a_word_with_a_preposition_are_not_surnames()
    {
        var sentences = new[] { Words("التقى محمد بن سلمان ثم زار عبد الله كيم"), Words("سلمان الله لكيم"), Words("صوت لصالح القرار بعد كلمة علي صالح") };
        var tags = new[] { Tags(9, (1, 3, EntityType.Person), (5, 7, EntityType.Person)), new int[3], Tags(7, (5, 6, EntityType.Person)) };
        var before = tags[1].ToArray();
        NamePropagation.Apply(sentences, tags);
        Assert.Equal(before, tags[1]);
        Assert.Equal(BioTags.Outside, tags[2][1]);
    }

    [Fact]
    public void A_surname_after_a_preposition_is_the_person_unless_the_whole_word_is_a_common_one()
    {
        var sentences = new[] { Words("قال الرئيس دونالد ترامب إن الاتفاق سيء"), Words("ونقلت الصحيفة تصريحات لترامب أمس"), Words("وصوت المجلس لصالح القرار بعد كلمة علي صالح") };
        var tags = new[] { Tags(7, (2, 3, EntityType.Person)), new int[5], Tags(8, (6, 7, EntityType.Person)) };
        NamePropagation.Apply(sentences, tags);
        Assert.Equal(BioTags.Begin(EntityType.Person), tags[1][3]);
        Assert.Equal(BioTags.Outside, tags[2][2]);
    }

    [Fact]
    public void A_month_or_weekday_name_at_the_end_of_a_name_is_no_surname()
    {
        var sentences = new[] { Words("قال لويجي دي مايو إن الحكومة ستصمد"), Words("التقى الوزير كريم الخميس وفدا"), Words("وفي الخميس 3 مايو عقد اجتماع") };
        var tags = new[] { Tags(7, (1, 3, EntityType.Person)), Tags(5, (2, 3, EntityType.Person)), new int[6] };
        NamePropagation.Apply(sentences, tags);
        Assert.All(tags[2], t => Assert.Equal(BioTags.Outside, t));
    }

    [Fact]
    public void A_word_the_caller_rules_out_is_no_surname()
    {
        var sentences = new[] { Words("قال الخبير نيكولاي غلوشكوف الروسي إن"), Words("وأكد الجانب الروسي أن غلوشكوف محق") };
        var tags = new[] { Tags(6, (2, 4, EntityType.Person)), new int[6] };
        NamePropagation.Apply(sentences, tags, key => key == "الروسي");
        Assert.Equal(BioTags.Outside, tags[1][2]);
    }

    [Fact]
    public void The_tagger_hands_over_the_stem_hashes_that_propagation_compares()
    {
        var words = Words("وقال وزير الخارجية لروسيا وللصين إن بغداد والموصل آمنتان");
        var tags = new int[words.Length];
        var stems = new uint[words.Length];
        NerTagger.Default.Tag(words, tags, stems);
        Assert.Equal(words.Select(w => NamePropagation.StemHash(w)), stems);

        var again = new int[words.Length];
        NerTagger.Default.Tag(words, again);
        Assert.Equal(tags, again);
    }
}
