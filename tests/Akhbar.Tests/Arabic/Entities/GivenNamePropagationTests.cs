using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class GivenNamePropagationTests
{
    private static readonly HashSet<string> GivenNames = ["مريم", "الامير", "منصور", "رياض"];

    private static WordForms[] Words(string sentence) => [.. sentence.Split(' ').Select(WordForms.Of)];

    private static int[] Tags(int length, params (int First, int Last)[] people)
    {
        var tags = new int[length];
        foreach (var (first, last) in people)
        {
            tags[first] = BioTags.Begin(EntityType.Person);
            for (var i = first + 1; i <= last; i++)
            {
                tags[i] = BioTags.Inside(EntityType.Person);
            }
        }

        return tags;
    }

    private static void Apply(WordForms[][] sentences, int[][] tags) => GivenNamePropagation.Apply(sentences, tags, GivenNames.Contains);

    [Fact]
    public void A_given_name_alone_after_the_full_name_is_tagged_a_person()
    {
        var sentences = new[] { Words("أعدمت السلطات الشابة مريم رضائي أمس"), Words("وقال المحامي إن مريم بريئة"), Words("ومريم لم تعترف") };
        var tags = new[] { Tags(6, (3, 4)), new int[5], new int[3] };
        Apply(sentences, tags);
        Assert.Equal(BioTags.Begin(EntityType.Person), tags[1][3]);
        Assert.Equal(BioTags.Begin(EntityType.Person), tags[2][0]);
    }

    [Fact]
    public void A_given_name_two_people_share_is_left_alone()
    {
        var sentences = new[] { Words("أفرجت السلطات عن مريم رضائي ومريم كاظمي"), Words("وقال المحامي إن مريم بريئة") };
        var tags = new[] { Tags(7, (3, 4), (5, 6)), new int[5] };
        Apply(sentences, tags);
        Assert.Equal(BioTags.Outside, tags[1][3]);
    }

    [Fact]
    public void A_title_an_unlisted_word_and_a_surname_after_another_given_name_are_left_alone()
    {
        var sentences = new[] { Words("وصل الأمير ويليام ومعه منصور العتيبي"), Words("وقال الأمير إن رياض منصور حضر") };
        var tags = new[] { Tags(6, (1, 2), (4, 5)), new int[6] };
        Apply(sentences, tags);
        Assert.Equal(BioTags.Outside, tags[1][1]);
        Assert.Equal(BioTags.Outside, tags[1][4]);

        var verb = new[] { Words("وقالت السلطات إنها تأمر بوينغ بالفحص"), Words("وقال إن السلطات تأمر الشركات") };
        var verbTags = new[] { Tags(6, (3, 4)), new int[5] };
        Apply(verb, verbTags);
        Assert.Equal(BioTags.Outside, verbTags[1][3]);
    }

    [Fact]
    public void The_pipeline_clusters_the_lone_given_name_with_the_full_name()
    {
        var doc = Analyze.Text("دعت منظمة العفو الدولية، الخميس، إلى وقف تنفيذ حكم الإعدام بحق الشابة الإيرانية مريم رضائي، المدانة بقتل زوجها. "
            + "وقال متحدث باسم المنظمة إن قضية مريم تثير القلق، وإن محامي مريم قدم طعنا.");
        var person = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Person);
        Assert.Equal(["مريم رضائي", "مريم", "مريم"], person.Mentions.Where(m => m.Kind == MentionKind.Name).Select(m => doc.Slice(m.Span)));
    }
}
