using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// The country of an article whose placed places all lie in one country, given to what the text names without placing:
/// <list type="bullet">
/// <item>A place no table knows takes it if the text vouches that it is a place: a mention of it right after a designator
/// ("بمنطقة الريابنة", "بمعتمدية جلمة") or the headline's dateline ("المروج : ..."). Local news names villages and sectors
/// that no gazetteer has beside the governorates and towns it does ("من ولاية منوبة", "بين صفاقس وقابس"), and such a place
/// in a story about one country's places is in that country. Names the tagger alone reads as places are left out: on
/// sports pages they are clubs and players ("مانشستر سيتي", read as a place, would take the country of the match's
/// stadium). A listed place with no country (a continent, a sea, a region across borders: أوروبا، البحر المتوسط) keeps
/// none.</item>
/// <item>A person nothing else places (no table, role phrase or nearby nisba: <see cref="NearbyCountry"/>) takes it when
/// the country is an Arab state and the person bears an Arabic name (a word of given-names.tsv: a given name or a particle
/// such as بن، آل، أبو، أم). Local news names its officials, teachers and townspeople without a nisba because the reader
/// knows where the story is ("وأوضح الأستاذ فهد ... مساعد المدير العام" in a story set in Riyadh). An article that names
/// no placed place gives its persons the publication's country when that is an Arab state (<see cref="PressCountry"/>).
/// Both conditions were needed on the corpus: without the name test, coaches and players of sports pages and foreign
/// experts quoted in a local story took the story's country (figures in docs/stages/entities.md, "wt-gulf").</item>
/// <item>A public body named by its head noun alone ("وزارة الصحة") takes it whatever the country, or the publication's
/// Arab country when the article names no placed place.</item>
/// <item>In a story set in one state that is no Arab state, a person nothing else places and who bears no Arabic name takes it,
/// except on a sport page (<see cref="AssignPersons"/> with arabicName false).</item>
/// </list>
/// Where the placed places lie in two countries or more, nothing is said.
/// </summary>
public static class ArticleCountry
{
    /// <summary>The members of the Arab League, whose press names its own people by Arabic names.</summary>
    private static readonly HashSet<string> ArabStates =
    [
        "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
        "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
    ];

    /// <summary>Whether an ISO3 code is a member of the Arab League.</summary>
    public static bool IsArabState(string iso3) => ArabStates.Contains(iso3);

    /// <param name="pressCountry">
    /// The publication's country (<see cref="PressCountry"/>): a story of a paper's own that names no placed place at all is
    /// set in that country ("وأكدت أم عبير" among teachers on a hashtag, in a Saudi paper).
    /// </param>
    /// <param name="sportPage">Whether the article is a sport page (<see cref="Entities.SportContext"/>), when a stage has decided it; null to decide from the tokens if asked.</param>
    public static void Assign(List<MentionCluster> clusters, IReadOnlyList<Token> tokens, LinkingResources resources, string? pressCountry = null, bool? sportPage = null)
    {
        var (sole, anyPlaced) = Placed(clusters);
        if (sole is not null)
        {
            AssignUnlistedPlaces(clusters, tokens, resources, sole);
        }

        var personCountry = sole is not null && ArabStates.Contains(sole) ? sole
            : !anyPlaced && pressCountry is not null && ArabStates.Contains(pressCountry) ? pressCountry
            : null;
        if (personCountry is not null)
        {
            AssignPersons(clusters, resources, personCountry, arabicName: true);
        }
        else if (sole is not null && !(sportPage ?? Entities.SportContext.IsSport(tokens)))
        {
            AssignPersons(clusters, resources, sole, arabicName: false);
        }

        // A bare body is named by its office, not by a name a foreigner may bear: any one country of the story is its own.
        if ((sole ?? personCountry) is { } bodyCountry)
        {
            AssignBodies(clusters, bodyCountry);
        }
    }

    /// <summary>
    /// A public body named by its head noun without a nisba ("وزارة الصحة", "المحكمة الابتدائية", <see cref="BodyNames"/>) is
    /// the country's whose story it is, as its officials are: local news leaves the country of its own bodies unsaid.
    /// </summary>
    private static void AssignBodies(List<MentionCluster> clusters, string country)
    {
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Organization && c.Country is null && HasName(c) && c.NameKeys.Exists(BodyNames.IsBodyName))
            {
                c.Country = country;
            }
        }
    }

    private static void AssignUnlistedPlaces(List<MentionCluster> clusters, IReadOnlyList<Token> tokens, LinkingResources resources, string country)
    {
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Location && c.Country is null && c.Geo is null && !c.NameKeys.Exists(k => resources.IsListedPlace(MentionClusterer.StripDesignator(k)))
                && (DesignatedPlaces.AnyAfterPlaceNoun(c, tokens, resources) || c.FirstStart == 0))
            {
                c.Country = country;
            }
        }
    }

    /// <summary>
    /// Gives <paramref name="country"/> to every person nothing else places who has a name and whose bearing an Arabic name
    /// (a word of given-names.tsv) is <paramref name="arabicName"/>. With true: the persons of a story set in an Arab state.
    /// With false: a person who bears no Arabic name, in a story all of whose placed places lie in one state that is
    /// no Arab state, takes that state: a foreign story of the Arab press quotes that country's officials, police, doctors and
    /// townspeople by name without a nisba ("وقال المستشار سيباستيان كورتز" among Vienna and Austria). Not on a sport page, where
    /// a league's country is not its players', and not a person with an Arabic name (given-names.tsv), who in such a story is
    /// as often an Arab abroad (a Tunisian in Berlin, in a Tunisian radio's story). Read on 1,500 ant-multisource articles:
    /// about four in five of the persons so placed are that country's (the misses are visitors: the Skripals in Salisbury, a
    /// Norwegian minister on a trip to Iran).
    /// </summary>
    private static void AssignPersons(List<MentionCluster> clusters, LinkingResources resources, string country, bool arabicName)
    {
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Person && c.Country is null && HasName(c) && HasArabicNameWord(c, resources) == arabicName)
            {
                c.Country = country;
            }
        }
    }

    /// <summary>The one country of all the article's placed places and countries (null when several or none), and whether there is any.</summary>
    private static (string? Sole, bool Any) Placed(List<MentionCluster> clusters)
    {
        string? sole = null;
        foreach (var c in clusters)
        {
            if (c.Type != EntityType.Location || c.Country is not { } country)
            {
                continue;
            }

            if (sole is not null && sole != country)
            {
                return (null, true);
            }

            sole = country;
        }

        return (sole, sole is not null);
    }

    /// <summary>Whether a word of one of the person's names is a common Arabic given name or name particle.</summary>
    private static bool HasArabicNameWord(MentionCluster c, LinkingResources resources)
    {
        foreach (var key in c.NameKeys)
        {
            foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (resources.NameSpellings.ContainsKey(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasName(MentionCluster c)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Kind == MentionKind.Name)
            {
                return true;
            }
        }

        return false;
    }
}
