using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities;

public class CoordinatedNamesTests
{
    /// <summary>Tags words [first, last] of the sentence as one name of <paramref name="type"/>, applies the rule, and gives the chunks.</summary>
    private static List<(int First, int Last, EntityType Type)> Split(string sentence, int first, int last, EntityType type)
    {
        var words = sentence.Split(' ').Select(WordForms.Of).ToArray();
        var tags = new int[words.Length];
        tags[first] = BioTags.Begin(type);
        for (var i = first + 1; i <= last; i++)
        {
            tags[i] = BioTags.Inside(type);
        }

        CoordinatedNames.Apply([words], [tags], LinkingResources.Default);
        return BioTags.Chunks(tags);
    }

    [Fact]
    public void Two_people_run_together_become_two_people()
    {
        Assert.Equal([(1, 2, EntityType.Person), (3, 4, EntityType.Person)], Split("استقبل محمد سالم وأحمد خليل الوفد", 1, 4, EntityType.Person));
    }

    [Fact]
    public void The_second_name_takes_the_type_its_first_word_says()
    {
        Assert.Equal([(1, 1, EntityType.Location), (2, 2, EntityType.Location)], Split("وقعت فرنسا وألمانيا اتفاقا", 1, 2, EntityType.Location));
        Assert.Equal([(3, 3, EntityType.Location), (4, 5, EntityType.Organization)], Split("اندلعت الحرب بين إسرائيل وحزب الله صيفا", 3, 5, EntityType.Location));
        Assert.Equal([(1, 2, EntityType.Organization), (3, 3, EntityType.Location)], Split("دعا الاتحاد الأوروبي وإيران إلى الحوار", 1, 3, EntityType.Organization));
    }

    [Fact]
    public void A_town_name_after_a_person_is_a_second_person()
    {
        // ديانا is also a town of the gazetteer; between people it starts a second person, not a place.
        Assert.Equal([(1, 1, EntityType.Person), (2, 2, EntityType.Person)], Split("زار تشارلز وديانا المستشفى", 1, 2, EntityType.Person));
    }

    [Fact]
    public void Names_with_a_conjunction_of_their_own_stay_whole()
    {
        Assert.Equal([(1, 3, EntityType.Organization)], Split("حذرت منظمة الأغذية والزراعة من الجفاف", 1, 3, EntityType.Organization));
        Assert.Equal([(1, 2, EntityType.Person)], Split("كتب بوب وودورد كتابا", 1, 2, EntityType.Person));
        // وليد is a given name in its own right, not و + a name.
        Assert.Equal([(1, 2, EntityType.Person)], Split("قال محمد وليد إن", 1, 2, EntityType.Person));
        // Family names in و are listed too: a person's own surname is no second person.
        Assert.Equal([(2, 3, EntityType.Person)], Split("كتب المسرحي سعد ونوس نصا", 2, 3, EntityType.Person));
        Assert.Equal([(1, 2, EntityType.Person)], Split("أعلن مصطفى وزيري الكشف", 1, 2, EntityType.Person));
    }

    [Fact]
    public void Only_a_word_inside_a_name_is_split_off()
    {
        // The tagger left وأحمد outside: nothing to split, and nothing is added.
        Assert.Equal([(1, 2, EntityType.Person)], Split("استقبل محمد سالم وأحمد الوفد", 1, 2, EntityType.Person));
    }

    [Fact]
    public void A_word_in_waw_inside_a_person_starts_a_second_person_even_when_its_name_is_not_listed()
    {
        // Neither كوستاريكوف nor بالتازار is a listed given name: inside a person, the word in و is the next person of a list.
        Assert.Equal([(1, 1, EntityType.Person), (2, 2, EntityType.Person)], Split("بحث كوستاريكوف وبالتازار الاتفاق", 1, 2, EntityType.Person));
        Assert.Equal([(2, 3, EntityType.Person), (4, 5, EntityType.Person)], Split("سجل اللاعبان ماركو تيلندو وبيتر سالفاني هدفين", 2, 5, EntityType.Person));
    }

    [Fact]
    public void A_person_keeps_a_name_that_begins_with_waw_or_follows_a_name_particle()
    {
        // Transliterations spell a name's own و with وا، وي or وو; after أبي the next word is the same name.
        Assert.Equal([(1, 2, EntityType.Person)], Split("قال جاك ويلسون إن", 1, 2, EntityType.Person));
        Assert.Equal([(1, 3, EntityType.Person)], Split("روى خالد أبي وهيب القصة", 1, 3, EntityType.Person));
        // وهيب is a listed given name and would stay whole on that alone; وردان is not: only the particle keeps it.
        Assert.Equal([(1, 3, EntityType.Person)], Split("روى خالد بن وردان القصة", 1, 3, EntityType.Person));
        // Outside a person the rule does not guess: an organization keeps its word in و.
        Assert.Equal([(1, 3, EntityType.Organization)], Split("أعلنت جمعية التراث ونبراس مبادرة", 1, 3, EntityType.Organization));
    }
}
