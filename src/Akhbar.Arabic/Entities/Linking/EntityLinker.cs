using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// The pure core of entity linking: clusters the name mentions (<see cref="MentionClusterer"/>), gives
/// roles and countries from appositions ("وزير الخارجية الروسي سيرغي لافروف"; "نظيره الألماني هايكو ماس"
/// takes the office of the person met), links places to GeoNames and countries, people and organizations to
/// CAMEO actors, and attaches standalone role and counterpart phrases ("الوزير الروسي", "نظيره الروسي") to
/// the person of that country they refer back to.
/// </summary>
public sealed class EntityLinker(LinkingResources resources)
{
    private readonly LatinNames _latin = new(resources.NameSpellings);

    private static readonly string[] Features = ["PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL"];

    /// <summary>
    /// Below this population a one-word place in a country the article does not name is doubted (<see cref="IsCommonWordPlace"/>);
    /// above it a place is known beyond its country.
    /// </summary>
    internal const long SmallPlace = 100_000;

    /// <summary>
    /// A town below <see cref="SmallPlace"/> people that is neither a capital nor a first-level seat: it loses to a larger
    /// namesake (<see cref="ChoosePlace"/>) and may be a namesake of a place of the story's country (<see cref="HomonymPlaces"/>).
    /// </summary>
    internal static bool IsSmallTown(PlaceCandidate p) => p.Population < SmallPlace && p.Feature is not ("PPLC" or "PPLA");

    /// <summary>How many times larger a place must be to win over a small namesake in a country the article names.</summary>
    private const long NamesakeRatio = 5;

    /// <summary>How many times larger a national capital must be to win over a namesake in a country the article names (Moscow over Mesquite, Texas; not Tripoli in Libya over Tripoli in Lebanon, five times smaller).</summary>
    private const long CapitalNamesakeRatio = 20;

    /// <summary>Entities in order of first mention. <paramref name="date"/> is yyyymmdd, or 0 when unknown.</summary>
    /// <param name="listed">
    /// The names of this linker's tables of known people and organizations in the text when the entity stage has found
    /// them (<see cref="Document.ListedNames"/>), or null: the linker then scans the tokens for the organizations itself.
    /// </param>
    /// <param name="pressCountry">The ISO3 code of the publication's country (<see cref="PressCountry"/>), or null when unknown.</param>
    /// <param name="sportPage">Whether the article is a sport page, when a stage has decided it (<see cref="Document.IsSportPage"/>); null to decide from the tokens if asked.</param>
    public IReadOnlyList<Entity> Link(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, int date, IReadOnlyList<ListedName>? listed = null, string? pressCountry = null, bool? sportPage = null)
    {
        mentions = ClippedNameBounds.Restore(text, tokens, mentions, resources);
        mentions = CountryNameBounds.Widen(text, tokens, mentions, resources);
        mentions = PlaceNameBounds.Widen(text, tokens, mentions, resources);
        mentions = ConjunctionGluedPlaces.Trim(text, mentions, resources);
        mentions = WithoutPlaceIdioms(text, mentions, tokens);
        mentions = NisbaPlaces.Without(text, tokens, mentions, resources);
        mentions = OrganizationNameBounds.Widen(text, tokens, mentions, resources);
        mentions = NewsAgencyNames.Widen(text, tokens, mentions, resources);
        var clusters = MentionClusterer.Cluster(text, mentions);
        foreach (var c in clusters)
        {
            c.Type = ChooseType(c);
        }

        RetypeListedOrganizations(clusters);
        RetypeListedPlaces(clusters);

        AddInstitutions(text, tokens, InstitutionFinder.Find(text, tokens, resources, date), clusters, date);
        AddKnownOrganizations(text, listed is null ? resources.KnownOrganizationNames.Find(text, tokens) : ListedOrganizations(listed), clusters);
        ParenthesizedNames.Join(text, clusters);
        var phrases = RolePhraseFinder.Find(text, tokens, resources);
        var standalone = ApplyAppositions(text, tokens, phrases, clusters, mentions);
        ApplyTrailingRoles(TrailingRoleFinder.Find(text, tokens, mentions, resources), clusters);
        LinkNames(clusters, tokens, date, sportPage);
        MergeSameReferents(clusters);
        JoinInternationalBodyPhrases(text, clusters, resources);
        clusters.RemoveAll(c => c.Type != EntityType.Person && c.NameKeys.Count > 0 && c.NameKeys.All(MentionClusterer.IsDesignator) && c.Mentions.All(m => m.Kind == MentionKind.Name));

        // A "person" named only by a nisba ("الرئيس الكيني" tagged as الكيني) is the adjective of a role phrase, not a name.
        clusters.RemoveAll(c => c.Type == EntityType.Person && c.NameKeys.Count > 0 && c.NameKeys.All(resources.NisbaByKey.ContainsKey) && c.Roles.Count == 0);
        CodeCapitalActors(text, clusters);
        AttachStandalone(text, tokens, standalone, clusters, date);
        PersonNamesakes.Join(clusters);
        KingdomShortName.Add(text, tokens, clusters, resources, pressCountry);
        NearbyCountry.Assign(text, tokens, clusters, resources);
        ArticleCountry.Assign(clusters, tokens, resources, pressCountry, sportPage);

        clusters.Sort((a, b) => a.FirstStart.CompareTo(b.FirstStart));
        var royal = RoyalTitles.Widened(text, tokens, mentions);
        var entities = new List<Entity>(clusters.Count);
        foreach (var c in clusters)
        {
            WidenOverRoyalTitles(c, royal);
            c.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            entities.Add(new Entity($"e{entities.Count + 1}", c.Type, CanonicalName(c), c.NameEn, c.Country, c.Roles, c.Cameo, c.Geo, c.Mentions) { Descriptive = c.IsDescriptive });
        }

        return entities;
    }

    /// <summary>A person's name mentions after a royal title take the title in (<see cref="RoyalTitles"/>): "الملك سلمان".</summary>
    private static void WidenOverRoyalTitles(MentionCluster c, Dictionary<TextSpan, TextSpan> royal)
    {
        if (royal.Count == 0 || c.Type != EntityType.Person)
        {
            return;
        }

        for (var i = 0; i < c.Mentions.Count; i++)
        {
            if (c.Mentions[i].Kind == MentionKind.Name && royal.TryGetValue(c.Mentions[i].Span, out var span))
            {
                c.Mentions[i] = c.Mentions[i] with { Span = span };
            }
        }
    }

    /// <summary>
    /// The entity's Arabic name: its fullest name, except that a country named only by its nisba ("السورية") is called by its
    /// name ("سوريا"), and so is one named "المملكة" (<see cref="KingdomShortName"/>); "السعودية" is a name too. A group's
    /// mentions keep the militia noun some outlets write before its name ("ميليشيات الحوثي", as the gold marks them), but the
    /// entity is named without it: the noun is the outlet's judgement, not the group's name.
    /// </summary>
    private string CanonicalName(MentionCluster c)
    {
        var fullest = c.FullestName();
        var key = LinkingResources.Key(fullest);
        if (c.Type == EntityType.Organization && OrganizationNameBounds.WithoutMilitiaNoun(key) is not null)
        {
            return fullest[(fullest.IndexOf(' ', StringComparison.Ordinal) + 1)..].TrimStart('#');
        }

        return c.Geo is { Feature: "PCLI" } && c.Country is { } iso3 && ((resources.NisbaByKey.ContainsKey(key) && !resources.CountriesByKey.ContainsKey(key)) || KingdomShortName.IsShortName(key)) && resources.CountriesByIso3.TryGetValue(iso3, out var country)
            ? country.Name
            : fullest;
    }

    /// <summary>
    /// The voted type; a tie that includes location goes to location when the name is a known place. A person named in full with
    /// a listed given name ("مقتدى الصدر") stays a person however often the tagger read the family name alone as a place
    /// (<see cref="IsGivenNameAndShortForms"/>), and a news agency written with its nouns is an organization (<see cref="NewsAgencyNames"/>).
    /// </summary>
    private EntityType ChooseType(MentionCluster c)
    {
        var voted = c.VotedType();
        if (voted != EntityType.Person && c.Votes(EntityType.Person) > 0 && IsGivenNameAndShortForms(c))
        {
            return EntityType.Person;
        }

        // "وكالة الأناضول للأنباء" beside "الأناضول" read as a place: a name written with the agency's nouns is the agency.
        if (voted != EntityType.Organization && c.NameKeys.Exists(NewsAgencyNames.IsFramed))
        {
            return EntityType.Organization;
        }

        if (voted != EntityType.Location && c.Votes(EntityType.Location) == c.Votes(voted) && c.NameKeys.Any(k => resources.CountriesByKey.ContainsKey(k) || resources.PlacesByKey.ContainsKey(MentionClusterer.StripDesignator(k))))
        {
            return EntityType.Location;
        }

        return voted;
    }

    /// <summary>
    /// Whether the cluster is one name of two words or more that opens with a listed given name (given-names.tsv) and is no
    /// listed place, with the one word that ends it written alone (the family name the clusterer joined to it, whatever the
    /// tagger called it): the name's own person vote outweighs the family name's stray place votes ("وقال الصدر"). The given
    /// name written alone is a short form too ("مقتدى يدعو ..." in a headline; <see cref="GivenNamePropagation"/>).
    /// </summary>
    private bool IsGivenNameAndShortForms(MentionCluster c)
    {
        string? full = null;
        foreach (var k in c.NameKeys)
        {
            if (k.IndexOf(' ', StringComparison.Ordinal) is var space && space > 0)
            {
                if ((full is not null && full != k) || !resources.NameSpellings.ContainsKey(k[..space])
                    || resources.PlacesByKey.ContainsKey(k) || resources.Regions.ContainsKey(k) || resources.CountriesByKey.ContainsKey(k))
                {
                    return false;
                }

                full = k;
            }
        }

        if (full is null)
        {
            return false;
        }

        var shortForms = 0;
        foreach (var k in c.NameKeys)
        {
            if (k != full)
            {
                if ((!full.EndsWith(k, StringComparison.Ordinal) || full[full.Length - k.Length - 1] != ' ')
                    && (!full.StartsWith(k, StringComparison.Ordinal) || full[k.Length] != ' '))
                {
                    return false;
                }

                shortForms++;
            }
        }

        return shortForms > 0;
    }

    /// <summary>Phrases right before a name give it a role; the others are returned to be resolved later.</summary>
    private static List<RolePhrase> ApplyAppositions(string text, IReadOnlyList<Token> tokens, List<RolePhrase> phrases, List<MentionCluster> clusters, IReadOnlyList<EntityMention> mentions)
    {
        var clusterAt = new Dictionary<int, MentionCluster>();
        foreach (var c in clusters)
        {
            foreach (var m in c.Mentions)
            {
                clusterAt[m.Span.Start] = c;
            }
        }

        var firstTokenToStart = new Dictionary<int, int>();
        foreach (var m in mentions)
        {
            firstTokenToStart.TryAdd(m.FirstToken, m.Span.Start);
        }

        var standalone = new List<RolePhrase>();
        MentionCluster? lastWithRole = null;
        foreach (var p in phrases)
        {
            // A name may be quoted after its role: رئيسة الوزراء البولندية "بياتا شيدلو".
            var next = p.LastToken + 1;
            while (next < tokens.Count && tokens[next].Kind == TokenKind.Punctuation && text[tokens[next].Span.Start] is '"' or '«' or '“' or '\'')
            {
                next++;
            }

            // Or after a comma, with first names the tagger left out: "الرئيس التونسي، الباجي قائد السبسي،".
            if (!firstTokenToStart.ContainsKey(next) && next < tokens.Count && text[tokens[next].Span.Start] is '،' or ',')
            {
                next++;
                for (var gap = 0; gap < 2 && !firstTokenToStart.ContainsKey(next) && next < tokens.Count && IsBareWord(tokens[next]); gap++)
                {
                    next++;
                }
            }

            // Or after a title of rank: "قائد الجيش الباكستاني الجنرال قمر جاويد باجوا", "قائد البحرية الأميرال ...".
            if (!firstTokenToStart.ContainsKey(next) && next + 1 < tokens.Count && tokens[next].Kind == TokenKind.Word
                && LeadingTitles.IsTitle(text, tokens[next], NerResources.Gazetteer))
            {
                next++;
            }

            if (!firstTokenToStart.TryGetValue(next, out var start) || !clusterAt.TryGetValue(start, out var person) || person.Type != EntityType.Person)
            {
                // A description ("المواطن الألماني") away from a name is anyone of that country, not the last one named.
                if (!p.IsDescription)
                {
                    standalone.Add(p);
                }

                continue;
            }

            string role;
            if (p.IsCounterpart)
            {
                // "نظيره الألماني X": X holds the office of the person just named, in the other country.
                if (lastWithRole?.Office is not { } office)
                {
                    person.Country ??= p.Country;
                    continue;
                }

                role = office + " " + p.NisbaText;
            }
            else
            {
                role = p.Office + " " + p.NisbaText;
            }

            if (!person.Roles.Contains(role))
            {
                person.Roles.Add(role);
            }

            // The role phrase is a mention of the person, right before the name ("الزعيم الكوري الشمالي كيم جونغ أون",
            // "نظيره الألماني هايكو ماس") as when set off by a comma ("وقال الرئيس التونسي، X"), as gold/README.md
            // annotates: entities F1 on gold/events-test 63.3 -> 64.6, gold/events-test2 70.4 -> 71.6, gold/dev unchanged.
            // The event stage leaves such a role out of its actors and reads it as the title before the name (ArticleActors).
            person.Mentions.Add(new LinkedMention(p.Span, p.IsCounterpart ? MentionKind.PronounLike : MentionKind.Role));

            if (p.IsCounterpart)
            {
                person.Partner ??= lastWithRole;
                lastWithRole!.Partner ??= person;
            }

            person.Country ??= p.Country;
            if (p.IsDescription)
            {
                // A description is no office: it neither holds one nor is a meeting's party for a counterpart after it.
                continue;
            }

            person.Office ??= p.IsCounterpart ? lastWithRole!.Office : p.Office;
            lastWithRole = person;
        }

        return standalone;
    }

    /// <summary>
    /// Mentions of places that are common words in the phrase they open or close ("مسقط رأسه" is a birthplace, not Muscat; "بتوقيت
    /// غرينتش" a time zone; "بالخير واليمن والبركات" a blessing, not Yemen) are left out. The place is read as the mention is, without
    /// the clitics left out of it ("واليمن").
    /// </summary>
    private IReadOnlyList<EntityMention> WithoutPlaceIdioms(string text, IReadOnlyList<EntityMention> mentions, IReadOnlyList<Token> tokens)
    {
        string PlaceKey(EntityMention m) => TokenWords.Key(text, tokens[m.FirstToken], Math.Max(m.Span.Start, tokens[m.FirstToken].Span.Start));

        bool IsIdiom(EntityMention m)
        {
            if (m.FirstToken != m.LastToken)
            {
                return false;
            }

            var key = PlaceKey(m);
            return (m.LastToken + 1 < tokens.Count && resources.PlaceIdioms.TryGetValue(key, out var followers)
                    && followers.Exists(f => tokens[m.LastToken + 1].Key.StartsWith(f, StringComparison.Ordinal)))
                || (m.FirstToken > 0 && resources.PlaceIdiomsBefore.TryGetValue(key, out var before)
                    && before.Exists(b => tokens[m.FirstToken - 1].Key.EndsWith(b, StringComparison.Ordinal)));
        }

        var kept = mentions.Where(m => !IsIdiom(m)).ToList();
        return kept.Count == mentions.Count ? mentions : kept;
    }

    /// <summary>
    /// A name the tagger typed as a person, place or other name that the organization table lists, and that names no listed person,
    /// country or place, is that organization ("الفايسبوك" tagged as a person is Facebook).
    /// </summary>
    private void RetypeListedOrganizations(List<MentionCluster> clusters)
    {
        foreach (var c in clusters)
        {
            if (c.Type is EntityType.Person or EntityType.Location or EntityType.Miscellaneous && c.NameKeys.Count > 0
                && c.NameKeys.All(k => resources.KnownOrganizations.ByKey.ContainsKey(k) && !resources.KnownPeople.ByKey.ContainsKey(k)
                    && !resources.CountriesByKey.ContainsKey(k) && !resources.PlacesByKey.ContainsKey(k)))
            {
                c.Type = EntityType.Organization;
            }
        }
    }

    /// <summary>
    /// A name the tagger typed as "other" (MISC) whose every name is a place of the gazetteer or a country, and no listed
    /// person or organization, is that place ("لوس أنجلوس" tagged MISC is Los Angeles); an organization whose every name is a
    /// capital's is that capital ("سول"); a name of "other" whose every name is the full
    /// name (two words or more) of a listed person, and no listed organization or place, is that person.
    /// </summary>
    private void RetypeListedPlaces(List<MentionCluster> clusters)
    {
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Miscellaneous && c.NameKeys.Count > 0
                && c.NameKeys.All(k => (resources.PlacesByKey.ContainsKey(MentionClusterer.StripDesignator(k)) || resources.CountriesByKey.ContainsKey(k))
                    && !resources.KnownOrganizations.ByKey.ContainsKey(k) && !resources.KnownPeople.ByKey.ContainsKey(k)))
            {
                c.Type = EntityType.Location;
            }
            else if (c.Type == EntityType.Organization && c.NameKeys.Count > 0
                && c.NameKeys.All(k => resources.PlacesByKey.TryGetValue(k, out var places) && places.Exists(p => p.Feature == "PPLC")
                    && !resources.KnownOrganizations.ByKey.ContainsKey(k) && !resources.KnownPeople.ByKey.ContainsKey(k)))
            {
                // A capital standing for its government ("سول ترحب"), which the tagger reads as an organization: a place, which
                // entity linking codes as its government's actor (CapitalActors).
                c.Type = EntityType.Location;
            }
            else if (c.Type == EntityType.Miscellaneous && c.NameKeys.Count > 0
                && c.NameKeys.All(k => k.Contains(' ', StringComparison.Ordinal) && resources.KnownPeople.ByKey.ContainsKey(k)
                    && !resources.KnownOrganizations.ByKey.ContainsKey(k) && !resources.PlacesByKey.ContainsKey(k) && !resources.CountriesByKey.ContainsKey(k)))
            {
                // A listed person's full name the tagger read as another name ("هايكو ماس", the first name also a poem form).
                c.Type = EntityType.Person;
            }
        }
    }

    /// <summary>The organizations among the listed names, each with its row of the table.</summary>
    private List<(TextSpan Span, string Key, KnownEntity Entity)> ListedOrganizations(IReadOnlyList<ListedName> listed)
    {
        var organizations = new List<(TextSpan, string, KnownEntity)>();
        foreach (var name in listed)
        {
            if (name.Type == EntityType.Organization)
            {
                organizations.Add((name.Span, name.Key, resources.KnownOrganizations.ByKey[name.Key]));
            }
        }

        return organizations;
    }

    /// <summary>Listed organizations the tagger missed ("التحالف العربي", "الحوثيين") become organizations, one per table row.</summary>
    /// <param name="listed">The organizations of the table written in the text (<see cref="KnownNameFinder.Find"/>).</param>
    private void AddKnownOrganizations(string text, List<(TextSpan Span, string Key, KnownEntity Entity)> listed, List<MentionCluster> clusters)
    {
        var byRow = new Dictionary<KnownEntity, MentionCluster>();
        var overlapping = new List<(MentionCluster Cluster, LinkedMention Mention)>();
        foreach (var (found, key, entity) in listed)
        {
            // "وكالة سانا" listed, "وكالة سانا للأنباء" written.
            var span = NewsAgencyNames.WithForNews(text, found);

            // A name the tagger found only in part ("رانس برس" in فرانس برس، "بي" in إف بي آي) gives way to the listed
            // name; a name the tagger found whole, one that is itself a name of the row ("حماس" in حركة حماس), or one
            // that reaches past the listed name, stays as it is.
            overlapping.Clear();
            foreach (var c in clusters)
            {
                foreach (var m in c.Mentions)
                {
                    if (m.Span.Overlaps(span))
                    {
                        overlapping.Add((c, m));
                    }
                }
            }

            if (overlapping.Exists(o => o.Mention.Span == span || !WithinOrNisbaAfter(text, span, o.Mention.Span) || o.Cluster.Mentions.Any(m => m.Kind != MentionKind.Name)
                || (resources.KnownOrganizations.ByKey.TryGetValue(LinkingResources.Key(text[o.Mention.Span.Start..o.Mention.Span.End]), out var row) && row == entity)))
            {
                continue;
            }

            foreach (var (cluster, mention) in overlapping)
            {
                cluster.Mentions.Remove(mention);
            }

            clusters.RemoveAll(c => c.Mentions.Count == 0);

            if (!byRow.TryGetValue(entity, out var org))
            {
                byRow[entity] = org = new MentionCluster { Type = EntityType.Organization, NameEn = entity.NameEn, Country = entity.Country };
                clusters.Add(org);
            }

            org.AddName(span, EntityType.Organization, text[span.Start..span.End], key);
        }
    }

    /// <summary>
    /// Whether a tagger mention lies inside a listed name, or reaches past it only by a nisba ("بي سي الأمريكية" in "شبكة
    /// إن بي سي الأمريكية": the tagger took the network's country adjective into its piece of the name).
    /// </summary>
    private bool WithinOrNisbaAfter(string text, TextSpan listed, TextSpan mention) =>
        (mention.Start >= listed.Start || IsProcliticOnly(text.AsSpan(mention.Start, listed.Start - mention.Start)))
        && (mention.End <= listed.End || resources.NisbaByKey.ContainsKey(LinkingResources.Key(text[listed.End..mention.End].Trim())));

    /// <summary>
    /// Whether the letters a tagger mention has before a listed name are only its word's proclitics ("لمنظمة العفو
    /// الدولية": the tagger took the whole token, the listed name starts after ل).
    /// </summary>
    private static bool IsProcliticOnly(ReadOnlySpan<char> before) =>
        before.Length is >= 1 and <= 2 && !before.ContainsAnyExcept(Proclitics.Letters);

    /// <summary>Whether a dictionary actor's English name is just the name of the country of its code.</summary>
    private bool StandsForCountry(ActorRecord actor, int date) =>
        actor.NameEn is { } name && actor.CodeOn(date) is { Length: >= 3 } code && resources.CountriesByIso3.TryGetValue(code[..3], out var country) && country.NameEn == name;

    /// <summary>A word with no clitic but the article that is no particle or time word: a possible part of a name the tagger left out.</summary>
    private static bool IsBareWord(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Span.Length <= 2 || NameGapStops.Contains(token.Key))
        {
            return false;
        }

        foreach (var s in token.Segments)
        {
            if (s.Role is not (SegmentRole.Stem or SegmentRole.Article))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folded particles and time words that cannot begin a name after a role and a comma.</summary>
    private static readonly HashSet<string> NameGapStops = new(StringComparer.Ordinal)
    {
        "في", "من", "علي", "الي", "عن", "مع", "ان", "قد", "لقد", "امس", "اليوم", "الذي", "التي", "خلال", "بعد", "قبل", "حيث", "كما", "وهو", "وهي", "انه", "انها",
    };

    /// <summary>A role after a name ("X، رئيسة المجلس ... الروسي") gives the person that role and its country when none is known.</summary>
    private static void ApplyTrailingRoles(List<(TextSpan Name, string Role, string Country)> roles, List<MentionCluster> clusters)
    {
        foreach (var (name, role, country) in roles)
        {
            var person = clusters.FirstOrDefault(c => c.Type == EntityType.Person && c.Mentions.Any(m => m.Span == name));
            if (person is null)
            {
                continue;
            }

            person.Country ??= country;
            if (!person.Roles.Contains(role))
            {
                person.Roles.Add(role);
            }
        }
    }

    /// <summary>The state of a region within one state that the cluster names (regions.tsv, governorates), or null.</summary>
    private string? RegionCountry(MentionCluster c)
    {
        foreach (var key in c.NameKeys)
        {
            if (resources.Regions.TryGetValue(key, out var region) && region.Country is { } country)
            {
                return country;
            }
        }

        return null;
    }

    private void LinkNames(List<MentionCluster> clusters, IReadOnlyList<Token> tokens, int date, bool? sportPage)
    {
        var articleCountries = new HashSet<string>(StringComparer.Ordinal);

        // The countries the article's people and organizations belong to, known from their roles before any name is read.
        var peopleCountries = new HashSet<string>(clusters.Select(c => c.Country).OfType<string>(), StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            if (c.Country is { } known)
            {
                articleCountries.Add(known);
            }

            if (c.Type == EntityType.Location && CountryOf(c) is { } country && !IsCapitalOfNamedCountry(c, country, peopleCountries))
            {
                c.Country = country.Iso3;
                c.NameEn = country.NameEn;
                c.Geo = new GeoLink(country.GeonameId, null, null, "PCLI", country.Iso3);
                articleCountries.Add(country.Iso3);
            }
        }

        var named = new HashSet<string>(articleCountries, StringComparer.Ordinal);
        HashSet<string>? surelyPlaced = null;

        // Places whose name has one reading tell where the article is, before ambiguous names are read.
        foreach (var c in clusters.Where(c => c.Type == EntityType.Location && c.Geo is null))
        {
            // A name that is also a listed division of another country (بابل: Babol in Iran, Babil in Iraq) has two readings.
            var candidates = Candidates(c);
            if (candidates.Count == 0 && RegionCountry(c) is { } regionCountry)
            {
                // A region within one state names it as a town of it would ("الضفة الغربية": Palestine), for the towns named
                // beside it: "بيت لحم" in a West Bank story is Bethlehem there, not its larger namesake in Pennsylvania.
                articleCountries.Add(regionCountry);
            }

            if (candidates.Count > 0 && candidates.TrueForAll(p => p.Country == candidates[0].Country)
                && !c.NameKeys.Any(k => resources.Regions.TryGetValue(k, out var r) && r.Country is not null && r.Country != candidates[0].Country))
            {
                articleCountries.Add(candidates[0].Country);

                // A place no reading doubts names its country as well as the country's name would, for the small towns named
                // beside it: local news says "صفاقس" and "نابل", never "تونس".
                if (!candidates.Exists(p => IsCommonWordPlace(c, p, named)))
                {
                    (surelyPlaced ??= new HashSet<string>(named, StringComparer.Ordinal)).Add(candidates[0].Country);
                }
            }
        }

        surelyPlaced ??= named;

        var commonWords = new List<MentionCluster>();
        var doubtful = new List<MentionCluster>();
        var sport = sportPage;
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Location && c.Geo is null && IsListedPersonOnly(c))
            {
                c.Type = EntityType.Person;
            }
            else if (c.Type == EntityType.Miscellaneous && c.NameKeys.TrueForAll(resources.Regions.ContainsKey))
            {
                // A listed region or holy site the tagger called a thing ("الكعبة"): the gold sets mark landmarks as places.
                c.Type = EntityType.Location;
            }

            if (c.Type == EntityType.Location && c.Geo is null)
            {
                var candidates = Candidates(c, articleCountries);
                var region = RegionOf(c);
                if (candidates.Count > 0 && ChoosePlace(candidates, articleCountries) is var place && !(region is not null && RegionWins(c, region, place, articleCountries)))
                {
                    if ((IsCommonWordPlace(c, place, surelyPlaced) && !DesignatedPlaces.AnyAfterPlaceNoun(c, tokens, resources)) || IsCutFromWholeWord(c, place, tokens, named) || IsListedCommonWord(c, place, named))
                    {
                        commonWords.Add(c);
                        continue;
                    }

                    c.Geo = new GeoLink(place.GeonameId, place.Lat, place.Lon, place.Feature, place.Country);

                    // "محافظة إدلب" names the governorate that bears the city's name: English writes it with its unit ("Idlib Governorate")
                    // where the article mostly names the unit; one "محافظة إدلب" among many a bare "إدلب" is a story about the place.
                    c.NameEn = UnitHeadOf(c) is { } unit ? unit.EnglishOf(place.NameEn)! : place.NameEn;
                    c.Country = place.Country;
                    if (HomonymPlaces.IsDoubtful(c, place))
                    {
                        doubtful.Add(c);
                    }
                }
                else if (region is not null)
                {
                    // A continent, region or sea ("الشرق الأوسط", "الضفة الغربية"): a name and perhaps a country, no point.
                    c.NameEn = region.NameEn;
                    c.Country ??= region.Country;
                }
                else if (NameUnderHead(c) is var (nameEn, country))
                {
                    // "مطار أبها", "ولاية كونار": the English of the place, or of the unit's own name, inside the head's pattern.
                    c.NameEn = nameEn;
                    c.Country ??= country;
                }
            }
            else if (c.Type != EntityType.Location)
            {
                // The hand-written tables first: the actor dictionary's English names are aligned by machine and
                // often missing or wrong for people it only knows in Arabic.
                var known = KnownEntity(c, articleCountries);
                if (known is not null)
                {
                    c.NameEn ??= known.NameEn;
                    c.Country ??= known.Country;
                }

                if (Actor(c, date) is { } actor)
                {
                    // An entry that stands for its country (a city or a demonym: برشلونة is "Spain") names the country, not this entity.
                    if (!StandsForCountry(actor, date))
                    {
                        c.NameEn ??= actor.NameEn;
                    }
                    else if (c.Type == EntityType.Organization && c.NameKeys is [var nameKey, ..] && resources.PlacesByKey.TryGetValue(nameKey, out var namesakes))
                    {
                        // An organization named after a city, such as a football club, is written in English like the city.
                        c.NameEn ??= namesakes.MaxBy(p => p.Population)!.NameEn;
                    }

                    c.Cameo ??= actor.CodeOn(date);

                    // An international body keeps no country, whatever the first letters of its code.
                    if (c.Country is null && known is null && c.Cameo is { Length: >= 3 } code && resources.CountriesByIso3.ContainsKey(code[..3]))
                    {
                        c.Country = code[..3];
                    }
                }

                // A body no table knows: the country its name gives (a nisba; on a sport page, a club's city).
                if (c.Country is null && known is null && c.Type is EntityType.Organization or EntityType.Miscellaneous)
                {
                    c.Country = BodyCountry.Of(c, () => sport ??= Entities.SportContext.IsSport(tokens), resources);
                }
            }

            c.NameEn ??= c.Type == EntityType.Miscellaneous ? Entities.FeastNames.EnglishName(c.NameKeys[0]) : null;
            c.NameEn ??= PairedName(c);
            if (c.NameEn is null)
            {
                // Transliterated only for a person: the English names table is of people.
                if (c.Type == EntityType.Person && _latin.Plain(c.FullestName()) is var latin
                    && (resources.EnglishNames.Match(latin, c.Country) ?? (c.Country is { } known && !latin.Contains(' ', StringComparison.Ordinal) ? resources.EnglishNames.MatchFamilyName(latin, known) : null)) is { } english)
                {
                    c.NameEn = english.Name;
                    if (english.Country is { } iso3 && resources.CountriesByIso3.ContainsKey(iso3))
                    {
                        c.Country ??= iso3;
                    }
                }

                c.NameEn ??= c.Type == EntityType.Person ? null : DottedAcronyms.LatinLetters(LinkingResources.Key(c.FullestName()));
                c.NameEn ??= _latin.Spelled(c.FullestName());
            }
        }

        clusters.RemoveAll(commonWords.Contains);
        HomonymPlaces.Reassign(clusters, doubtful, resources);
        CountryDesignators.Assign(clusters, tokens, resources);
        RoyalNamesakes.Assign(clusters);
    }

    /// <summary>
    /// A small town named by one indefinite word in a country the article never names is most likely a common
    /// noun the tagger took for a place ("إطار" is Atar in Mauritania, "مفرق" Mafraq in Jordan): it is no entity. The
    /// country is named also by a place of that country that no reading doubts; and a town named after a designator or head
    /// noun ("ولاية منوبة", "بمعتمدية جلمة") is no common noun (<see cref="DesignatedPlaces"/>).
    /// </summary>
    private static bool IsCommonWordPlace(MentionCluster c, PlaceCandidate place, HashSet<string> named) =>
        place.Population < SmallPlace && place.Feature != "PPLC" && !named.Contains(place.Country)
        && c.NameKeys.All(k => !k.Contains(' ', StringComparison.Ordinal) && !k.StartsWith("ال", StringComparison.Ordinal));

    /// <summary>
    /// A place named only by words that news mostly writes as common words ("الصور" is the pictures before it is Tyre;
    /// Data/entities/place-common-words.tsv), in an article that never names its country, is those words: no entity.
    /// </summary>
    private bool IsListedCommonWord(MentionCluster c, PlaceCandidate place, HashSet<string> named) =>
        !named.Contains(place.Country) && c.NameKeys.All(resources.PlaceCommonWords.Contains);

    /// <summary>
    /// A place the tagger found by cutting a letter off a word that the clitic segmenter keeps whole ("وزاريا",
    /// ministerial, read as و + Zaria), in a country the article never names, is that word and not the place: the
    /// segmenter weighs how often the word and its parts occur, where the tagger only sees that the rest is a name.
    /// </summary>
    private static bool IsCutFromWholeWord(MentionCluster c, PlaceCandidate place, IReadOnlyList<Token> tokens, HashSet<string> named) =>
        place.Feature != "PPLC" && !named.Contains(place.Country) && c.Mentions.Count > 0
        && c.Mentions.All(m => m.Kind == MentionKind.Name && StartsInsideStem(m.Span, tokens));

    private static bool StartsInsideStem(TextSpan mention, IReadOnlyList<Token> tokens) =>
        TokenSearch.Containing(tokens, mention.Start) is var t && t >= 0 && tokens[t].Stem.Span is var stem && stem.Start < mention.Start && mention.Start < stem.End;

    /// <summary>The row of the hand-written people or organization table that names the entity, if any.</summary>
    private KnownEntity? KnownEntity(MentionCluster c, IReadOnlySet<string> articleCountries) => c.Type switch
    {
        EntityType.Person => resources.KnownPeople.Find(c, articleCountries),
        EntityType.Organization => resources.KnownOrganizations.Find(c, articleCountries),
        _ => null,
    };

    /// <summary>
    /// Whether every name of a place cluster is a name of a listed person (people.tsv) and none a place's or region's: the tagger
    /// typed a place a family name it saw alone ("سيب بلاتر" with سيب left out, read as بلاتر), which is that person.
    /// </summary>
    private bool IsListedPersonOnly(MentionCluster c) =>
        c.NameKeys.TrueForAll(resources.KnownPeople.ByKey.ContainsKey) && Candidates(c).Count == 0 && RegionOf(c) is null;

    /// <summary>The English name that parallel text gives the fullest name of the cluster the table knows.</summary>
    private string? PairedName(MentionCluster c)
    {
        foreach (var key in c.KeysByWords(distinct: true))
        {
            if (resources.PairedNames.TryGetValue(key, out var name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Clusters that name one referent under different keys are one entity: places linked to the same GeoNames entry
    /// ("السعودية" and "المملكة العربية السعودية"), and organizations given the same English name ("هيئة الإذاعة
    /// البريطانية" and "بي بي سي" are both BBC; two clusters with one transliteration would have had one key).
    /// </summary>
    private static void MergeSameReferents(List<MentionCluster> clusters)
    {
        var byReferent = new Dictionary<(EntityType, long, string?), MentionCluster>();
        var absorbed = new HashSet<MentionCluster>();
        foreach (var c in clusters.OrderBy(c => c.FirstStart))
        {
            (EntityType, long, string?) referent;
            if (c.Type == EntityType.Location && c.Geo is not null)
            {
                referent = (c.Type, c.Geo.GeonameId, null);
            }
            else if (c.Type == EntityType.Organization && !string.IsNullOrEmpty(c.NameEn))
            {
                referent = (c.Type, 0, c.NameEn);
            }
            else
            {
                continue;
            }

            if (byReferent.TryGetValue(referent, out var first))
            {
                first.Absorb(c);
                absorbed.Add(c);
            }
            else
            {
                byReferent[referent] = c;
            }
        }

        clusters.RemoveAll(absorbed.Contains);
    }

    /// <summary>Folded phrases by which news refers back to an international body it has named ("المنظمة الدولية" for the United Nations).</summary>
    private static readonly HashSet<string> InternationalBodyPhrases =
        new[] { "المنظمة الدولية", "المنظمة الأممية", "الهيئة الأممية", "المنظمة العالمية" }.Select(LinkingResources.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "المنظمة الدولية" and its like are no name of their own but the international body the article named last before
    /// them: the United Nations or one of its bodies, or another "منظمة ..." with no country that is international by its
    /// name (... العالمية / الدولية), listed (organizations.tsv) or a coded actor, and no armed group (no military, rebel or insurgent role in its actor
    /// code; an unlisted "منظمة بدر" is no body either). Their mentions join that body as referring
    /// phrases; with no such body they are a bare noun, dropped. A phrase whose next word starts with لل ("المنظمة الدولية
    /// للهجرة") is the start of a longer name the tagger cut there, and stays as it is.
    /// </summary>
    private static void JoinInternationalBodyPhrases(string text, List<MentionCluster> clusters, LinkingResources resources)
    {
        static bool IsArmed(MentionCluster c) =>
            c.Cameo is { } code && (code.Contains("MIL", StringComparison.Ordinal) || code.Contains("REB", StringComparison.Ordinal) || code.Contains("INS", StringComparison.Ordinal));

        bool IsBody(MentionCluster c) =>
            c.Type == EntityType.Organization && c.Country is null && !IsArmed(c)
            && c.NameKeys.Exists(k => k.Contains("الامم المتحده", StringComparison.Ordinal)
                || (k.StartsWith("منظمه ", StringComparison.Ordinal)
                    && (c.Cameo is not null || resources.KnownOrganizations.ByKey.ContainsKey(k)
                        || k.EndsWith(" العالميه", StringComparison.Ordinal) || k.EndsWith(" الدوليه", StringComparison.Ordinal))));

        bool GluedToLam(TextSpan span)
        {
            var k = span.End;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            return k > span.End && k + 2 < text.Length && text[k] == 'ل' && text[k + 1] == 'ل' && char.IsLetter(text[k + 2]);
        }

        bool IsPhrase(MentionCluster c) => c.Type == EntityType.Organization && c.NameKeys.Count > 0 && c.NameKeys.TrueForAll(InternationalBodyPhrases.Contains)
            && !c.Mentions.Exists(m => GluedToLam(m.Span));
        if (!clusters.Exists(IsPhrase))
        {
            return;
        }

        var phrases = clusters.FindAll(IsPhrase);
        foreach (var phrase in phrases)
        {
            foreach (var mention in phrase.Mentions)
            {
                var body = clusters.Where(c => c != phrase && IsBody(c) && c.Mentions.Exists(m => m.Span.Start < mention.Span.Start))
                    .MaxBy(c => c.Mentions.Where(m => m.Span.Start < mention.Span.Start).Max(m => m.Span.Start));
                body?.Mentions.Add(mention with { Kind = MentionKind.PronounLike });
            }
        }

        clusters.RemoveAll(phrases.Contains);
    }

    /// <summary>The clusters with a mention that overlaps <paramref name="span"/>, in their order (a loop: it runs for every phrase of every article).</summary>
    private static List<MentionCluster> Overlapping(List<MentionCluster> clusters, TextSpan span)
    {
        var overlapping = new List<MentionCluster>();
        foreach (var c in clusters)
        {
            foreach (var m in c.Mentions)
            {
                if (m.Span.Overlaps(span))
                {
                    overlapping.Add(c);
                    break;
                }
            }
        }

        return overlapping;
    }

    /// <summary>A capital with a mention used as an actor gets its country's government code (<see cref="CapitalActors"/>).</summary>
    private static void CodeCapitalActors(string text, List<MentionCluster> clusters)
    {
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Location && c.Geo is { Feature: "PPLC" } geo && c.Cameo is null && c.Mentions.Any(m => CapitalActors.IsActorMention(text, m.Span)))
            {
                c.Cameo = geo.Country + "GOV";
            }
        }
    }

    /// <summary>
    /// A name that is one country and another country's capital (عمان: Oman, and Amman, the capital of Jordan) reads as
    /// the capital when the article's people belong to that capital's country and none to the country of the name.
    /// </summary>
    private bool IsCapitalOfNamedCountry(MentionCluster c, CountryInfo country, HashSet<string> peopleCountries) =>
        !peopleCountries.Contains(country.Iso3)
        && Candidates(c).Any(p => p.Feature == "PPLC" && p.Country != country.Iso3 && peopleCountries.Contains(p.Country));

    private CountryInfo? CountryOf(MentionCluster c)
    {
        foreach (var key in c.KeysByWords())
        {
            if (resources.CountriesByKey.TryGetValue(key, out var country) || resources.CountriesByKey.TryGetValue(MentionClusterer.StripDesignator(key), out country))
            {
                return country;
            }

            // "السورية" tagged as a place stands for the country, as "السعودية" does.
            if (resources.NisbaByKey.TryGetValue(key, out var byNisba) && resources.CountriesByIso3.TryGetValue(byNisba, out country))
            {
                return country;
            }

            // "الولايات المتحدة الأمريكية": a country name followed by its own nisba.
            var space = key.LastIndexOf(' ');
            if (space > 0 && resources.NisbaByKey.TryGetValue(key[(space + 1)..], out var iso3)
                && resources.CountriesByKey.TryGetValue(key[..space], out country) && country.Iso3 == iso3)
            {
                return country;
            }
        }

        // "بنجلادش": a spelling the tables lack, with the loose key of one country only.
        var byLooseSpan = resources.CountriesByLooseKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        foreach (var k in c.NameKeys)
        {
            var loose = k.Length <= buffer.Length ? buffer[..MentionClusterer.LooseKey(k, buffer)] : MentionClusterer.LooseKey(k).AsSpan();
            if (byLooseSpan.TryGetValue(loose, out var looseCountry) && looseCountry is not null)
            {
                return looseCountry;
            }
        }

        return null;
    }

    /// <summary>Places of the cluster's names; by loose key too, within <paramref name="articleCountries"/>, when given.</summary>
    /// <summary>
    /// The English name and country of a place named in full under a head noun (<see cref="PlaceHead"/>): the head's
    /// pattern around the English name of the country, place, region or listed person after it, or, for a unit, around
    /// its transliterated name; null when the cluster has no such name or a feature's name is unknown.
    /// </summary>
    /// <summary>
    /// The administrative unit noun (place-heads.tsv, kind unit) that at least half of the entity's names open with, if any:
    /// "محافظة" of "محافظة إدلب".
    /// </summary>
    private PlaceHead? UnitHeadOf(MentionCluster c)
    {
        PlaceHead? unit = null;
        var count = 0;
        foreach (var key in c.NameKeys)
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && resources.PlaceHeads.TryGetValue(key[..space], out var head) && head.IsUnit && head.NameEn is not null)
            {
                unit ??= head;
                count++;
            }
        }

        return 2 * count >= c.NameKeys.Count ? unit : null;
    }

    private (string NameEn, string? Country)? NameUnderHead(MentionCluster c)
    {
        foreach (var key in c.KeysByWords())
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !resources.PlaceHeads.TryGetValue(key[..space], out var head) || head.NameEn is null)
            {
                continue;
            }

            var rest = key[(space + 1)..];
            var (known, country) = resources.CountriesByKey.TryGetValue(rest, out var state) ? (state.NameEn, state.Iso3)
                : resources.PlacesByKey.TryGetValue(rest, out var places) && places.MaxBy(p => p.Population) is { } place ? (place.NameEn, place.Country)
                : resources.Regions.TryGetValue(rest, out var region) ? (region.NameEn, region.Country)
                : resources.KnownPeople.ByKey.TryGetValue(rest, out var person) ? (person.NameEn, null)
                : PersonNameAfter(c.FullestName()) is { } personName ? (personName, null)
                : ((string?)null, (string?)null);
            if (known is not null)
            {
                return (head.EnglishOf(known)!, country);
            }

            // The unit's own name as written (the key has lost its hamzas and ة), after the head.
            if (head.IsUnit && c.FullestName() is var written && written.IndexOf(' ', StringComparison.Ordinal) is var cut and > 0)
            {
                return (head.EnglishOf(_latin.Spelled(written[(cut + 1)..]))!, null);
            }
        }

        return null;
    }

    /// <summary>The first listed region or division among the entity's names (a loop: it is asked of every place).</summary>
    private Region? RegionOf(MentionCluster c)
    {
        foreach (var k in c.NameKeys)
        {
            if (resources.Regions.TryGetValue(k, out var region))
            {
                return region;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a listed region or division the entity is named by wins over the place GeoNames gives: when that place was
    /// only reached by leaving out a designator ("ريف دمشق", Rif Dimashq, is not Damascus), when the bare name only joined
    /// the entity as the region's short form ("غزة" after "قطاع غزة": the Gaza Strip, as the gold sets mark the pair), or
    /// when it lies in a country the article does not name and the region in one it does ("بابل" in an Iraqi story is
    /// Babil, not Babol in Iran).
    /// </summary>
    private bool RegionWins(MentionCluster c, Region region, PlaceCandidate place, IReadOnlySet<string> articleCountries) =>
        !c.NameKeys.Any(resources.PlacesByKey.ContainsKey)
        || c.NameKeys.Any(k => MentionClusterer.StripDesignator(k) is var bare && bare.Length < k.Length
            && resources.Regions.TryGetValue(k, out var written) && written == region && c.NameKeys.Contains(bare))
        || (region.Country is not null && articleCountries.Contains(region.Country) && !articleCountries.Contains(place.Country));

    /// <summary>The English spelling of a person's name written after a head noun ("مطار شارل ديغول": Charles de Gaulle), when the names table knows it.</summary>
    private string? PersonNameAfter(string written)
    {
        var cut = written.IndexOf(' ', StringComparison.Ordinal);
        return cut > 0 && resources.EnglishNames.Match(_latin.Plain(written[(cut + 1)..]), null) is { } english ? english.Name : null;
    }

    private List<PlaceCandidate> Candidates(MentionCluster c, IReadOnlySet<string>? articleCountries = null)
    {
        foreach (var key in c.KeysByWords())
        {
            if (MentionClusterer.IsDesignator(key))
            {
                // "المدينة" alone is "the city", not Medina.
                continue;
            }

            if (resources.PlacesByKey.TryGetValue(key, out var list) || resources.PlacesByKey.TryGetValue(MentionClusterer.StripDesignator(key), out list))
            {
                return list;
            }
        }

        // "سلانيك" for GeoNames' "سالونيك": a loose key that only one place name has, and only a large place
        // in a country the article names ("البول" and "سعودية" have the loose keys of places in Israel and
        // Algeria, "بينانغ" that of a small American town).
        foreach (var key in c.NameKeys.Where(k => !MentionClusterer.IsDesignator(k)))
        {
            if (articleCountries is not null && resources.PlacesByLooseKey.TryGetValue(MentionClusterer.LooseKey(MentionClusterer.StripDesignator(key)), out var list))
            {
                return [.. list.Where(p => articleCountries.Contains(p.Country) && p.Population >= SmallPlace)];
            }
        }

        return [];
    }

    /// <summary>A place in a country the article names wins; then the larger place; then the higher seat.</summary>
    public static PlaceCandidate ChoosePlace(IReadOnlyList<PlaceCandidate> candidates, IReadOnlySet<string> articleCountries)
    {
        // A place in a country the article names wins (Tripoli in Lebanon, Quneitra in Syria, both seats of their
        // provinces), unless it is a small town that is not even a provincial seat and another one is several times
        // larger: the county-seat namesakes of world cities (Geneva, Illinois; Paris, Texas) do not win just because
        // the article also names their country.
        // Nor does a namesake of a national capital many times its size: GeoNames gives "موسكو" to Mesquite, Texas (145,000
        // people) as well as to Moscow, which an article that names the United States and not Russia still means.
        // The largest population and the largest capital's, a place that is no capital counting as 0, in one pass.
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException("No place candidates.");
        }

        var largest = candidates[0].Population;
        var capital = candidates[0].Feature == "PPLC" ? candidates[0].Population : 0;
        for (var k = 1; k < candidates.Count; k++)
        {
            var p = candidates[k];
            largest = Math.Max(largest, p.Population);
            capital = Math.Max(capital, p.Feature == "PPLC" ? p.Population : 0);
        }

        bool Named(PlaceCandidate p) => articleCountries.Contains(p.Country)
            && (!IsSmallTown(p) || p.Population * NamesakeRatio >= largest)
            && (p.Feature == "PPLC" || p.Population * CapitalNamesakeRatio >= capital);
        int Seat(PlaceCandidate p) => Array.IndexOf(Features, p.Feature) is var i && i >= 0 ? i : Features.Length;

        // The first of the best, as a stable sort by these keys would put it first, in one pass.
        var best = candidates[0];
        var (bestNamed, bestSeat) = (Named(best), Seat(best));
        for (var k = 1; k < candidates.Count; k++)
        {
            var p = candidates[k];
            var (named, seat) = (Named(p), Seat(p));
            if ((named, p.Population, -seat).CompareTo((bestNamed, best.Population, -bestSeat)) > 0)
            {
                (best, bestNamed, bestSeat) = (p, named, seat);
            }
        }

        return best;
    }

    /// <summary>The actor of the fullest name the dictionary knows; a one-word key only for a one-word name or a person.</summary>
    private ActorRecord? Actor(MentionCluster c, int date)
    {
        foreach (var key in c.KeysByWords(distinct: true))
        {
            if (resources.ActorsByKey.TryGetValue(key, out var actor))
            {
                return ContradictsActorFirstName(c, key, actor) ? null : actor;
            }
        }

        if (c.Type == EntityType.Organization)
        {
            // "ميليشيات حزب الله" is the group's entry, "وكالة أنباء رويترز" the agency's.
            foreach (var key in c.KeysByWords(distinct: true))
            {
                if ((OrganizationNameBounds.WithoutMilitiaNoun(key) ?? NewsAgencyNames.NameWithin(key)) is { } name && resources.ActorsByKey.TryGetValue(name, out var actor))
                {
                    return actor;
                }
            }

            // "الاتحاد الأوروبي" is in the dictionary as its lemma "اتحاد أوروبي"; only names of two words or
            // more, since one bare lemma ("قاعدة") is too often another word.
            // A body named without its country has no entry (LinkingResources drops them: BodyCountry.IsBareBodyEntry).
            foreach (var key in c.KeysByWords(distinct: true).Where(k => MentionCluster.Words(k) > 1))
            {
                if (resources.ActorsByKey.TryGetValue(DictionaryForm.Of(key), out var actor))
                {
                    return actor;
                }
            }
        }

        // "ميغان ميركل" ends in the family name of a listed person with another first name: not her by the last word.
        if (c.Type == EntityType.Person && !resources.KnownPeople.ContradictsFamilyName(c))
        {
            // سيرغي لافروف is not in the dictionary, but its last word لافروف is.
            var full = c.KeysByWords()[0];
            // Only a dated entry is a person: "خليل" undated is the lemma of the city الخليل, not حسين خليل.
            var lastWord = full[(full.LastIndexOf(' ') + 1)..];
            if (resources.ActorsByKey.TryGetValue(lastWord, out var actor) && actor.Codes.Any(k => k.From > 0 || k.To != ActorCode.Open) && !ContradictsActorFirstName(c, lastWord, actor))
            {
                return actor;
            }

            // "الأسد" alone: the one person in office whose dictionary names end in it.
            if (MentionCluster.Words(full) == 1)
            {
                return InstitutionFinder.Leader(full, resources, date);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a person written with a first name (محمد رضا فياض) matched an actor by a one-word <paramref name="key"/>
    /// (its family name فياض) whose full names in the dictionary all have another first name (سلام فياض): another person.
    /// First names are compared loosely (سيرغي and سيرجي are one name).
    /// </summary>
    private bool ContradictsActorFirstName(MentionCluster c, string key, ActorRecord actor)
    {
        if (c.Type != EntityType.Person || key.Contains(' ', StringComparison.Ordinal) || c.KeysByWords()[0] is not { } full
            || MentionCluster.Words(full) < 2 || !resources.ActorFirstWordsByLastWord.TryGetValue(key, out var named))
        {
            return false;
        }

        var first = MentionClusterer.LooseKey(full[..full.IndexOf(' ', StringComparison.Ordinal)]);
        var listed = false;
        foreach (var (looseFirst, other) in named)
        {
            if (other.NameEn is null || other.NameEn != actor.NameEn)
            {
                continue;
            }

            if (looseFirst == first)
            {
                return false;
            }

            listed = true;
        }

        return listed;
    }

    /// <summary>
    /// Institutions become organizations (one per institution and country), a leader named in one
    /// ("نظام الأسد") becomes or joins a person, and a later bare noun ("النظام") refers to the one
    /// institution of that noun in the article.
    /// </summary>
    private void AddInstitutions(string text, IReadOnlyList<Token> tokens, List<InstitutionPhrase> phrases, List<MentionCluster> clusters, int date)
    {
        if (phrases.Count == 0)
        {
            return;
        }

        var byKey = new Dictionary<string, MentionCluster>(StringComparer.Ordinal);
        var used = new List<TextSpan>();
        foreach (var p in phrases)
        {
            var head = p.Leader is { } l ? new TextSpan(p.Span.Start, l.Start) : p.Span;
            var tagged = Overlapping(clusters, head);
            if (tagged.Count > 0)
            {
                // The tagger found the organization ("وزارة الخارجية الروسية"); the phrase tells whose it is.
                if (tagged is [{ Type: EntityType.Organization, Country: null } named])
                {
                    named.Country = p.Country;
                    named.NameEn ??= p.NameEn;
                    named.Cameo ??= p.Cameo;
                }

                continue;
            }

            if (!byKey.TryGetValue(p.Key, out var org))
            {
                byKey[p.Key] = org = new MentionCluster { Type = EntityType.Organization, Country = p.Country, NameEn = p.NameEn, Cameo = p.Cameo, DescriptionSpans = p.Descriptive ? [] : null };
                clusters.Add(org);
            }

            // "النظام السوري" names the body that "الحكومة السورية" describes: one naming phrase makes the whole a name.
            if (!p.Descriptive)
            {
                org.DescriptionSpans = null;
            }

            org.DescriptionSpans?.Add(p.Span);

            var surface = text[p.Span.Start..p.Span.End];
            org.AddName(p.Span, EntityType.Organization, surface, LinkingResources.Key(surface));
            used.Add(p.Span);
            if (p.Leader is { } leader && p.LeaderActor is { } actor)
            {
                var person = clusters.FirstOrDefault(c => c != org && c.Mentions.Any(m => m.Span.Overlaps(leader)));
                if (person is null)
                {
                    var leaderKey = LinkingResources.Key(text[leader.Start..leader.End]);
                    person = clusters.FirstOrDefault(c => c.Type == EntityType.Person && c.NameKeys.Any(k => k == leaderKey || k.EndsWith(" " + leaderKey, StringComparison.Ordinal)));
                    if (person is null)
                    {
                        person = new MentionCluster { Type = EntityType.Person, NameEn = actor.NameEn, Cameo = actor.CodeOn(date), Country = p.Country };
                        clusters.Add(person);
                    }

                    person.AddName(leader, EntityType.Person, text[leader.Start..leader.End], leaderKey);
                }
            }
        }

        // A bare "النظام" refers back to the article's one government, army or forces, and so does one with the adjective
        // "national" that agrees with it ("الجيش الوطني", which Yemeni and Libyan news use for their army), as one phrase.
        var byGloss = byKey.Where(kv => kv.Value.Country is not null).GroupBy(kv => kv.Key[..kv.Key.IndexOf(':', StringComparison.Ordinal)]).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        if (byGloss.Count == 0)
        {
            return;
        }

        // Every token is read: the word is looked up by span, and the tests that read the mentions (which lambdas capturing
        // the token's span made a heap object for at every token) come last and only for a noun of such an organization.
        var heads = resources.InstitutionHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!token.Key.Contains("ال", StringComparison.Ordinal))
            {
                continue;
            }

            var start = TokenWords.WordStart(token);
            var key = TokenWords.KeySpan(text, token, start);
            if (!key.StartsWith("ال", StringComparison.Ordinal) || !heads.TryGetValue(key, out var head) || !byGloss.TryGetValue(head.Gloss, out var org) || org.FirstStart >= start)
            {
                continue;
            }

            var span = new TextSpan(start, token.Span.End);
            if (AnyOverlaps(used, span))
            {
                continue;
            }

            if (t + 1 < tokens.Count && tokens[t + 1].Key == (head.Feminine ? "الوطنيه" : "الوطني"))
            {
                span = span with { End = tokens[t + 1].Span.End };
            }

            if (Overlapping(clusters, span).Count == 0)
            {
                org.Mentions.Add(new LinkedMention(span, MentionKind.Role));
            }
        }

        static bool AnyOverlaps(List<TextSpan> spans, TextSpan span)
        {
            foreach (var s in spans)
            {
                if (s.Overlaps(span))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// A role or counterpart phrase that names no one refers back to a person of its country: the last one
    /// mentioned before it (the first one after it when none precedes), preferring a person whose office
    /// has the same head noun.
    /// </summary>
    private void AttachStandalone(string text, IReadOnlyList<Token> tokens, List<RolePhrase> phrases, List<MentionCluster> clusters, int date)
    {
        foreach (var p in phrases)
        {
            if (p.IsCounterpart && PartnerOfLastSpeaker(p, clusters) is { } partner)
            {
                partner.Mentions.Add(new LinkedMention(p.Span, MentionKind.PronounLike));
                continue;
            }

            var persons = clusters.Where(c => c.Type == EntityType.Person && c.Country == p.Country).ToList();
            if (!p.IsCounterpart)
            {
                // A person known to hold another office is not this one ("وزير الخارجية التركي" is not the Turkish
                // president named before); with nobody in this office, only people of unknown office are left.
                // The Saudi king's title is never a person of unknown office named before it (a minister, a prince):
                // it is the king the article names, else the king of the day (CustodianTitle).
                var sameOffice = persons.Where(c => c.Office is { } o && HeadOf(o) == p.Head).ToList();
                persons = sameOffice.Count > 0 || p.Head == CustodianTitle.Office ? sameOffice : persons.Where(c => c.Office is null).ToList();
            }

            var before = persons.Where(c => c.FirstStart < p.Span.Start).OrderByDescending(c => c.Mentions.Where(m => m.Span.Start < p.Span.Start).Max(m => m.Span.Start)).FirstOrDefault();
            var target = before ?? persons.OrderBy(c => c.FirstStart).FirstOrDefault();
            if (target is null && !p.IsCounterpart && IsSittingHolder(tokens, p))
            {
                // Nobody the article names holds the office ("قال الرئيس الأمريكي" alone): its holder is a person of
                // their own, so that quotes and events have an actor with a country: the one who held the office on
                // the publication day when the office table knows, else a person named by the role. Later phrases of
                // the same office and country refer to it.
                var role = text[p.Span.Start..p.Span.End];
                var holder = new MentionCluster { Type = EntityType.Person, Country = p.Country, Office = p.Office };
                if (OfficeHolders.OfficeOf(p.Office) is { } office && resources.OfficeHolders.On(office, p.Country, date) is { } person)
                {
                    // The holder the article names elsewhere under another office ("تيريزا ماي" whose role was read apart).
                    if (clusters.FirstOrDefault(c => c.Type == EntityType.Person && c.NameEn == person.NameEn) is { } named)
                    {
                        named.Mentions.Add(new LinkedMention(p.Span, MentionKind.Role));
                        continue;
                    }

                    // The person's name is the entity's name, though the text never writes it.
                    holder.NameTexts.Add(person.Name);
                    holder.NameKeys.Add(LinkingResources.Key(person.Name));
                    holder.NameEn = person.NameEn;
                    holder.Mentions.Add(new LinkedMention(p.Span, MentionKind.Role));
                }
                else
                {
                    holder.AddName(p.Span, EntityType.Person, role, LinkingResources.Key(role));
                    holder.Mentions[^1] = holder.Mentions[^1] with { Kind = MentionKind.Role };
                }

                holder.Roles.Add(role);
                clusters.Add(holder);
                continue;
            }

            target?.Mentions.Add(new LinkedMention(p.Span, p.IsCounterpart ? MentionKind.PronounLike : MentionKind.Role));
        }
    }

    /// <summary>
    /// Whether a role phrase names whoever holds the office now: not a former, late, future or acting holder ("الرئيس
    /// الأمريكي السابق", "الرئيس المنتخب") nor a deputy or adviser of the office ("نائب رئيس الوزراء الصيني").
    /// </summary>
    private static bool IsSittingHolder(IReadOnlyList<Token> tokens, RolePhrase p) =>
        (p.LastToken + 1 >= tokens.Count || !NotSitting.Contains(tokens[p.LastToken + 1].Key))
        && (p.FirstToken == 0 || !OfficeOfAnother.Contains(tokens[p.FirstToken - 1].Key));

    /// <summary>Words after a role phrase that make it another holder than the sitting one (folded on load).</summary>
    private static readonly HashSet<string> NotSitting = Keys(
        "السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المنتخب", "المنتخبة", "المقبل", "المقبلة", "بالوكالة",
        "بالإنابة", "المكلف", "المكلفة", "المخلوع", "المعزول");

    /// <summary>Words before a role phrase that make it someone else's office: a deputy, an adviser, an envoy of the holder (folded on load).</summary>
    private static readonly HashSet<string> OfficeOfAnother = Keys(
        "نائب", "نائبة", "مستشار", "مستشارة", "مبعوث", "مبعوثة", "مساعد", "مساعدة", "ممثل", "ممثلة", "مكتب", "زوجة", "نجل", "ابن", "شقيق", "ديوان");

    private static HashSet<string> Keys(params string[] words) => words.Select(LinkingResources.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "نظيره الروسي" said from the side of the person last mentioned: that person's partner, when the
    /// partner is of the phrase's country.
    /// </summary>
    private static MentionCluster? PartnerOfLastSpeaker(RolePhrase p, List<MentionCluster> clusters)
    {
        MentionCluster? last = null;
        var lastStart = -1;
        foreach (var c in clusters.Where(c => c.Type == EntityType.Person))
        {
            foreach (var m in c.Mentions)
            {
                if (m.Span.Start < p.Span.Start && m.Span.Start > lastStart)
                {
                    last = c;
                    lastStart = m.Span.Start;
                }
            }
        }

        return last?.Partner is { } partner && partner.Country == p.Country ? partner : null;
    }

    private static string HeadOf(string office)
    {
        var first = LinkingResources.Key(office).Split(' ')[0];
        return first.StartsWith("ال", StringComparison.Ordinal) ? first[2..] : first;
    }
}
