using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class SportNamesTests
{
    /// <summary>A sentence that makes a page a sport page when it is put first.</summary>
    private const string SportLead = "وفاز الفريق في مباراة الدوري أمس بهدفين وقال المدرب إن اللاعبين قدموا أداء جيدا.";

    private static readonly int B = BioTags.Begin(EntityType.Location);
    private static readonly int I = BioTags.Inside(EntityType.Location);

    /// <summary>
    /// The words of <paramref name="text"/> and their tags after the rule, the tagger's tags given by <paramref name="tagged"/>:
    /// words by surface, each looked for after the one before it (the first after the first sentence, when there are more).
    /// </summary>
    private static (string[] Words, int[] Tags) Apply(string text, params (string Word, int Tag)[] tagged)
    {
        var doc = Analyze.Text(text);
        var sentences = new List<WordForms[]>();
        var tags = new List<int[]>();
        var surfaces = new List<string>();
        var starts = new List<int>();
        foreach (var sentence in doc.Sentences)
        {
            var words = Enumerable.Range(0, doc.Tokens.Count)
                .Where(i => doc.Tokens[i].Span.Start >= sentence.Span.Start && doc.Tokens[i].Span.End <= sentence.Span.End)
                .ToArray();
            starts.Add(surfaces.Count);
            sentences.Add(words.Select(i => WordForms.FromKey(doc.Tokens[i].Key)).ToArray());
            surfaces.AddRange(words.Select(i => doc.Slice(doc.Tokens[i].Span)));
            tags.Add(new int[words.Length]);
        }

        var flat = new int[surfaces.Count];
        var from = starts[Math.Min(1, starts.Count - 1)];
        foreach (var (word, tag) in tagged)
        {
            from = surfaces.IndexOf(word, from);
            flat[from++] = tag;
        }

        for (var s = 0; s < tags.Count; s++)
        {
            Array.Copy(flat, starts[s], tags[s], 0, tags[s].Length);
        }

        SportNames.Apply(sentences, tags, SportContext.IsSport(sentences.Select(words => words.Select(w => NamePropagation.StemHash(w)).ToArray()).ToList()), LinkingResources.Default);
        return ([.. surfaces], [.. tags.SelectMany(t => t)]);
    }

    /// <summary>The tag of the last occurrence of a word.</summary>
    private static int TagOf((string[] Words, int[] Tags) result, string word) => result.Tags[Array.LastIndexOf(result.Words, word)];

    [Fact]
    public void A_city_after_a_club_noun_on_a_sport_page_is_the_club()
    {
        var result = Apply(SportLead + " وسجل اللاعب هدفا لفريق ميلان في الشوط الأول.", ("ميلان", B));
        Assert.Equal(BioTags.Begin(EntityType.Organization), TagOf(result, "ميلان"));
    }

    [Fact]
    public void A_city_before_a_masculine_nisba_is_a_club_and_before_a_feminine_one_the_city()
    {
        var club = Apply(SportLead + " وخسر الفريق أمام روما الإيطالي بهدف.", ("روما", B));
        Assert.Equal(BioTags.Begin(EntityType.Organization), TagOf(club, "روما"));
        var city = Apply(SportLead + " وأقيمت المباراة في مدينة ميونيخ الألمانية مساء أمس.", ("ميونيخ", B));
        Assert.Equal(B, TagOf(city, "ميونيخ"));
    }

    [Fact]
    public void The_same_city_on_a_page_about_something_else_stays_a_place()
    {
        var result = Apply("وقال الوزير إن الوفد سيزور ميلان الأسبوع المقبل لبحث التعاون.", ("ميلان", B));
        Assert.Equal(B, TagOf(result, "ميلان"));
    }

    [Fact]
    public void A_country_after_a_club_noun_stays_a_place()
    {
        var result = Apply(SportLead + " ولعب مدرب مصر بتشكيلة هجومية.", ("مصر", B));
        Assert.Equal(B, TagOf(result, "مصر"));
    }

    [Fact]
    public void A_name_after_a_player_role_and_a_nisba_is_a_person_here_and_where_it_is_repeated()
    {
        var result = Apply(
            SportLead + " وانتقل لاعب الوسط الغاني كوفي مانسا إلى النادي. وسجل مانسا هدفين.",
            ("كوفي", B), ("مانسا", I), ("مانسا", B));
        Assert.Equal(BioTags.Begin(EntityType.Person), TagOf(result, "كوفي"));
        Assert.Equal(BioTags.Begin(EntityType.Person), TagOf(result, "مانسا"));
    }

    [Fact]
    public void A_national_federation_is_an_organization_with_its_sport()
    {
        var result = Apply("وقال الاتحاد الروسي لكرة القدم إنه فتح تحقيقا في الحادث.", ("الاتحاد", B), ("الروسي", I));
        Assert.Equal(BioTags.Begin(EntityType.Organization), TagOf(result, "الاتحاد"));
        Assert.Equal(BioTags.Inside(EntityType.Organization), TagOf(result, "القدم"));
    }

    [Fact]
    public void The_russian_federation_on_a_political_page_stays_a_place()
    {
        var result = Apply("وقال رئيس الاتحاد الروسي إن بلاده سترد على العقوبات.", ("الاتحاد", B), ("الروسي", I));
        Assert.Equal(B, TagOf(result, "الاتحاد"));
    }

    [Fact]
    public void A_league_with_its_nisba_and_a_cup_with_its_name_are_competitions()
    {
        var league = Apply(SportLead + " وتصدر الفريق الدوري الروسي الممتاز برصيد عشرين نقطة.");
        Assert.Equal(BioTags.Begin(EntityType.Miscellaneous), TagOf(league, "الدوري"));
        Assert.Equal(BioTags.Inside(EntityType.Miscellaneous), TagOf(league, "الممتاز"));
        var cup = Apply(SportLead + " وفاز الفريق في بطولة كأس أودي الودية.",
            ("بطولة", BioTags.Begin(EntityType.Miscellaneous)), ("كأس", BioTags.Inside(EntityType.Miscellaneous)),
            ("أودي", BioTags.Inside(EntityType.Miscellaneous)), ("الودية", BioTags.Inside(EntityType.Miscellaneous)));
        Assert.Equal(BioTags.Outside, TagOf(cup, "بطولة"));
        Assert.Equal(BioTags.Begin(EntityType.Miscellaneous), TagOf(cup, "كأس"));
        Assert.Equal(BioTags.Inside(EntityType.Miscellaneous), TagOf(cup, "أودي"));
        Assert.Equal(BioTags.Outside, TagOf(cup, "الودية"));
    }
}
