using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities;

public class GivenNameRuleTests
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "علي", "عبد العزيز", "باسم", "سامح", "فيصل" };

    private static WordForms[] Words(string sentence) => [.. sentence.Split(' ').Select(WordForms.Of)];

    private static int[] Apply(string sentence, int first, int last)
    {
        var words = Words(sentence);
        var tags = new int[words.Length];
        tags[first] = BioTags.Begin(EntityType.Person);
        for (var i = first + 1; i <= last; i++)
        {
            tags[i] = BioTags.Inside(EntityType.Person);
        }

        GivenNameRule.Apply([words], [tags], (_, _, key) => Names.Contains(key));
        return tags;
    }

    [Fact]
    public void Given_names_before_a_person_join_it_one_or_two_words_at_a_time()
    {
        var tags = Apply("قال علي يوسف شراره إن", 2, 3);
        Assert.Equal(BioTags.Begin(EntityType.Person), tags[1]);
        Assert.Equal(BioTags.Inside(EntityType.Person), tags[2]);

        tags = Apply("استقبل الملك عبد العزيز فهمي الوفد", 4, 4);
        Assert.Equal(BioTags.Begin(EntityType.Person), tags[2]);
        Assert.Equal([BioTags.Inside(EntityType.Person), BioTags.Inside(EntityType.Person)], tags[3..5]);
    }

    [Fact]
    public void A_word_with_a_clitic_a_tagged_word_and_the_phrase_on_behalf_of_stay_outside()
    {
        Assert.Equal(BioTags.Outside, Apply("التقى وسامح شكري الوفد", 2, 2)[1]);
        Assert.Equal(BioTags.Outside, Apply("قال متحدث باسم نتنياهو إن", 3, 3)[2]);
        Assert.Equal(BioTags.Outside, Apply("قال الوزير شكري إن", 2, 2)[1]);
    }

    [Fact]
    public void A_given_name_whose_first_letter_reads_as_a_conjunction_joins_the_person()
    {
        // WordForms reads the ف of فيصل as a conjunction; the word is listed whole.
        var tags = Apply("وقد التقى المحققون فيصل الدوري أمس", 4, 4);
        Assert.Equal(BioTags.Begin(EntityType.Person), tags[3]);
        Assert.Equal(BioTags.Inside(EntityType.Person), tags[4]);
    }
}
