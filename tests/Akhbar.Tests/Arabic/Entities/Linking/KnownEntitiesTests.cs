using System.Text;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;
using Akhbar.Resources;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>Lookups in the hand-written people and organization tables, on small invented tables.</summary>
public sealed class KnownEntitiesTests
{
    private const string PeopleTable = """
        # invented rows in the shape of people.tsv
        name	variants	name_en	iso3	role
        سمير غانم نادر	سمير نادر|سمير جانم نادر	Samir Ghanem Nader	XAA	head-of-state
        كريم الطيب		Karim al-Tayeb	XAA	religious-leader
        عباس فرحات		Abbas Farhat	XAB	foreign-minister
        هالة عباس		Hala Abbas	XAB	foreign-minister
        رامي سلوم		Rami Salloum	XAA	head-of-government
        وليد سلوم		Walid Salloum	XAB	head-of-government
        نبيل بري		Nabil Barri	XAA	party-leader
        البابا لوقا		Pope Luke	XAA	religious-leader
        جون مارتنز		John Martens	XAB	spokesperson
        سنا		Sana Agency	XAA	news-agency
        """;

    private static readonly HashSet<string> Countries = ["XAA", "XAB"];

    private static KnownEntities People() => KnownEntities.People(Parse(PeopleTable));

    private static TsvResource Parse(string text) => TsvResource.Parse("test", new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static MentionCluster Cluster(params string[] names)
    {
        var c = new MentionCluster { Type = EntityType.Person };
        var start = 0;
        foreach (var name in names)
        {
            c.AddName(new TextSpan(start, start + name.Length), EntityType.Person, name, LinkingResources.Key(name));
            start += name.Length + 1;
        }

        return c;
    }

    [Theory]
    [InlineData("سمير غانم نادر")]
    [InlineData("سمير نادر")]
    [InlineData("سمير قانم نادر")] // غ/ق: the loose key
    [InlineData("سمير غانم نادر", "نادر")]
    [InlineData("نادر")] // the family name alone
    [InlineData("سمير نادر", "نادر")]
    public void A_person_is_found_by_full_name_spelling_variant_or_family_name(params string[] names) =>
        Assert.Equal("Samir Ghanem Nader", People().Find(Cluster(names), Countries)?.NameEn);

    [Theory]
    [InlineData("ليلى نادر")] // another first name with the family name
    [InlineData("ليلى نادر", "نادر")]
    [InlineData("سلوم")] // two rows share the family name
    [InlineData("عباس")] // a family name that is also a listed first name
    [InlineData("كريم الطيبي")] // a nisba is another name, although its loose key is that of الطيب
    [InlineData("بري")] // too short to be trusted alone (نبيل بري is found)
    [InlineData("نادير")] // a family name alone is matched as written
    [InlineData("لوقا")] // a given name after a title is no family name
    [InlineData("مارتنز")] // a spokesman is not named by his family name alone
    [InlineData("سانيا")] // a short name is only found as written, not by its loose key
    public void A_name_that_could_be_someone_else_is_not_found(params string[] names) =>
        Assert.Null(People().Find(Cluster(names), Countries));

    [Theory]
    [InlineData(true, "ليلى نادر")]
    [InlineData(true, "ليلى سلوم")] // two people share the name, neither is Leila
    [InlineData(false, "سمير نادر")]
    [InlineData(false, "سمر نادر")] // a spelling of the listed first name
    [InlineData(false, "نادر")]
    [InlineData(false, "ليلى حداد")] // no listed family name
    [InlineData(true, "سارة مارتنز")] // a listed spokesman's family name, although it is not looked up alone
    public void Another_first_name_before_a_listed_family_name_contradicts_it(bool contradicts, string name) =>
        Assert.Equal(contradicts, People().ContradictsFamilyName(Cluster(name)));

    [Fact]
    public void A_spokesman_is_found_by_a_longer_name_with_his_first_and_last_words()
    {
        Assert.Equal("John Martens", People().Find(Cluster("جون بن علي مارتنز"), Countries)?.NameEn);
        Assert.Null(People().Find(Cluster("مارتنز"), Countries));
    }

    [Fact]
    public void A_family_name_alone_needs_the_article_to_name_the_persons_country()
    {
        Assert.Null(People().Find(Cluster("نادر"), new HashSet<string> { "XAB" }));
        Assert.NotNull(People().Find(Cluster("سمير نادر"), new HashSet<string>()));
    }

    [Fact]
    public void The_row_gives_country_and_role_and_an_organization_is_not_found_by_its_last_word()
    {
        var samir = People().Find(Cluster("سمير نادر"), Countries)!;
        Assert.Equal(("XAA", "head-of-state"), (samir.Country, samir.Role));

        var organizations = KnownEntities.Organizations(Parse("""
            name	variants	name_en	iso3	kind
            منظمة التعاون الأخضر	التعاون الأخضر	Green Cooperation Organization		international
            """));
        var org = organizations.Find(Cluster("التعاون الأخضر"), Countries)!;
        Assert.Equal(("Green Cooperation Organization", null), (org.NameEn, org.Country));
        Assert.Null(organizations.Find(Cluster("الأخضر"), Countries));
    }

    [Fact]
    public void The_embedded_tables_load_and_name_every_row_in_English_with_a_known_country()
    {
        var resources = LinkingResources.Default;
        Assert.True(resources.KnownPeople.Count > 500);
        Assert.True(resources.KnownOrganizations.Count > 100);
        foreach (var file in new[] { "entities/people.tsv", "entities/organizations.tsv" })
        {
            var table = TsvResource.Load(file);
            Assert.All(table.Rows, row =>
            {
                Assert.False(string.IsNullOrWhiteSpace(row[table.Column("name_en")]), row[0]);
                var iso3 = row[table.Column("iso3")];
                Assert.True(iso3.Length == 0 || resources.CountriesByIso3.ContainsKey(iso3), $"{row[0]}: {iso3}");
                // Arabic spellings, but for an acronym the Arabic press writes in Latin capitals (CNN).
                var spellings = row[table.Column("variants")].Split('|').Append(row[table.Column("name")]);
                Assert.All(spellings, v => Assert.True(!v.Any(char.IsAsciiLetter) || v.All(char.IsAsciiLetterUpper), $"{row[0]}: {v}"));
            });
        }
    }
}
