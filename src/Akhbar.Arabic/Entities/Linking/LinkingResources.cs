using System.Globalization;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// The tables of Data/entities/ loaded once: countries, nisba adjectives, places, actors and role words,
/// all keyed by folded names (words separated by single spaces).
/// </summary>
public sealed class LinkingResources
{
    private LinkingResources()
    {
        // Asked of nearly every token by the place rules: a lookup made once (each GetAlternateLookup checks the comparer's
        // interfaces with a cast that cost about as much as the lookup itself).
        _placeHeadSpans = PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static LinkingResources Default => Holder.Instance;

    public Dictionary<string, CountryInfo> CountriesByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The first word of every country name and alias (بريطانيا، كوريا of كوريا الشمالية، أميركا): evidence that a letter
    /// before it is a proclitic ("وبريطانيا", "لكوريا الجنوبية"; <see cref="MentionBounds"/>).
    /// </summary>
    public HashSet<string> CountryFirstWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CountryInfo> CountriesByIso3 { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> NisbaByKey { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<PlaceCandidate>> PlacesByKey { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ActorRecord> ActorsByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded role nouns, without the article.</summary>
    public HashSet<string> RoleHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded nouns that describe a person before the name without naming an office ("ناشط", "جاسوس"; role-heads.tsv, kind description), without ال.</summary>
    public HashSet<string> DescriptionHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words that in a role phrase name the office or its field although they are nisbas too ("المالية").</summary>
    public HashSet<string> OfficeGenitives { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded counterpart words ("نظيره").</summary>
    public HashSet<string> CounterpartWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded institution nouns that name an institution by themselves ("النظام", "الشرطة"; two words: "الدفاع الجوي").</summary>
    public Dictionary<string, InstitutionNoun> InstitutionHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>The first words of the institution nouns of two words ("الدفاع" of "الدفاع الجوي"), so that a phrase is looked up only where one can start.</summary>
    public HashSet<string> InstitutionCompoundStarts { get; } = new(StringComparer.Ordinal);

    /// <summary>English adjectives of countries by ISO3 ("SYR": "Syrian"), from Data/entities/demonyms.tsv.</summary>
    public Dictionary<string, string> Demonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Proper English names of state institutions by gloss and ISO3 ("army", "ISR": "Israel Defense Forces"), where the Phoenix
    /// actor dictionaries give one (Data/entities/institution-names.tsv); other institutions are named by adjective and gloss.
    /// </summary>
    public Dictionary<(string Gloss, string Iso3), string> InstitutionProperNames { get; } = [];

    /// <summary>Folded place words with the folded prefixes of the words after which they are common words ("مسقط" before "راس").</summary>
    public Dictionary<string, List<string>> PlaceIdioms { get; } = new(StringComparer.Ordinal);

    /// <summary>Place words that are common words after a word ending so ("بتوقيت غرينتش" is a time zone): place → folded words before (Data/entities/place-idioms.tsv).</summary>
    public Dictionary<string, List<string>> PlaceIdiomsBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words that name a place but are mostly common words ("الصور", "الخبر"; Data/entities/place-common-words.tsv).</summary>
    public IReadOnlySet<string> PlaceCommonWords => Linking.PlaceCommonWords.Default;

    /// <summary>Nouns that head a place name written in full ("محافظة", "مطار") by folded noun (Data/entities/place-heads.tsv).</summary>
    public Dictionary<string, PlaceHead> PlaceHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a folded word heads a place name or designates one (مدينة، ولاية، معتمدية): after either, a known place is a
    /// place, with or without a proclitic on the noun ("بولاية نابل", "لمدينة حمص"), which the prepositions of place do not cover.
    /// </summary>
    public bool IsPlaceHeadOrDesignator(ReadOnlySpan<char> key) => _placeHeadEndings.MayEndLikeAForm(key) && _placeHeadSpans.ContainsKey(key);

    /// <summary>Whether the folded <paramref name="key"/> is a designator or an administrative unit of place-heads.tsv (مدينة، منطقة، معتمدية، محافظة), after which a name is a place's.</summary>
    public bool IsAdministrativeUnit(ReadOnlySpan<char> key) =>
        _placeHeadEndings.MayEndLikeAForm(key) && _placeHeadSpans.TryGetValue(key, out var head) && (head.IsDesignator || head.IsUnit);

    /// <summary>The state of a noun of one state's administration (place-heads.tsv's country column: معتمدية, Tunisia), or null.</summary>
    public string? StateOfPlaceHead(ReadOnlySpan<char> key) =>
        _placeHeadEndings.MayEndLikeAForm(key) && _placeHeadSpans.TryGetValue(key, out var head) ? head.Country : null;

    /// <summary>Whether the folded <paramref name="key"/> is a noun of one state's administration (<see cref="StateOfPlaceHead"/>).</summary>
    public bool IsStatePlaceHead(ReadOnlySpan<char> key) => StateOfPlaceHead(key) is not null;

    /// <summary><see cref="PlaceHeads"/> looked up by span.</summary>
    private readonly Dictionary<string, PlaceHead>.AlternateLookup<ReadOnlySpan<char>> _placeHeadSpans;

    /// <summary>
    /// The endings of <see cref="PlaceHeads"/>' nouns, made once by <see cref="Load"/> when the heads are read: the four
    /// tests above are asked of nearly every word, up to three times (<see cref="WordForms.NounStart"/>), and one bit rules
    /// out most words before any hashing.
    /// </summary>
    private Events.EndingFilter _placeHeadEndings = null!;

    /// <summary>Whether a folded key is one of the tables' places, regions or countries.</summary>
    public bool IsListedPlace(string key) => Regions.ContainsKey(key) || PlacesByKey.ContainsKey(key) || CountriesByKey.ContainsKey(key);

    /// <summary>
    /// The tables of places that have no point: regions.tsv, the divisions of governorates.tsv and the towns GeoNames lacks
    /// (towns.tsv: القنفذة، رفحاء), and the holy sites (landmarks.tsv: المسجد الحرام) (columns name, name_en, country).
    /// </summary>
    public static readonly string[] RegionFiles = ["entities/regions.tsv", "entities/governorates.tsv", TownsFile, "entities/landmarks.tsv"];

    /// <summary>Towns and second-level governorates of the Arab states that the GeoNames city table does not hold.</summary>
    public const string TownsFile = "entities/towns.tsv";

    /// <summary>Continents, regions, seas, territories and first-level divisions by folded name (Data/entities/regions.tsv, governorates.tsv).</summary>
    public Dictionary<string, Region> Regions { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The folded names of governorates.tsv alone: a division named with its designator ("ريف دمشق") is a place of its own,
    /// while a region of regions.tsv written with one ("إقليم كردستان") is the same place as its bare name.
    /// </summary>
    public HashSet<string> Divisions { get; } = new(StringComparer.Ordinal);

    /// <summary>English spellings of common Arabic given names and particles by folded name (Data/entities/given-names.tsv).</summary>
    public Dictionary<string, string> NameSpellings { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded ministry fields ("الخارجية"), institutions only after a prefix ("وزارة").</summary>
    public Dictionary<string, InstitutionNoun> InstitutionFields { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded nouns that stand before a ministry field ("وزارة").</summary>
    public HashSet<string> InstitutionPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The endings of every word an institution phrase may start with (<see cref="InstitutionHeads"/>, their
    /// <see cref="InstitutionCompoundStarts"/>, <see cref="InstitutionPrefixes"/>, <see cref="InstitutionFields"/>):
    /// <see cref="InstitutionFinder"/> reads every token, and one test of its end rules most words out before four lookups.
    /// Made on first use, once the tables are loaded.
    /// </summary>
    public Events.EndingFilter InstitutionStartEndings =>
        _institutionStartEndings ??= new Events.EndingFilter(InstitutionHeads.Keys.Concat(InstitutionCompoundStarts).Concat(InstitutionPrefixes).Concat(InstitutionFields.Keys));

    private Events.EndingFilter? _institutionStartEndings;

    /// <summary>
    /// The endings of the role heads, description heads and counterpart words (all without the article), for
    /// <see cref="RolePhraseFinder"/>, which reads every word: one test of its end rules most words out before three lookups.
    /// Made on first use, once the tables are loaded.
    /// </summary>
    public Events.EndingFilter RolePhraseHeadEndings =>
        _rolePhraseHeadEndings ??= new Events.EndingFilter(RoleHeads.Concat(DescriptionHeads).Concat(CounterpartWords));

    private Events.EndingFilter? _rolePhraseHeadEndings;

    /// <summary>Folded collective nouns that may follow an institution noun ("التحالف") with their English gloss.</summary>
    public Dictionary<string, string> Collectives { get; } = new(StringComparer.Ordinal);

    /// <summary>Actors by the last word of their multi-word names ("الاسد"), for a word that is no actor's whole name.</summary>
    public Dictionary<string, List<ActorRecord>> ActorsByLastWord { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The first words of the dictionary's names of two words or more, as loose keys (<see cref="MentionClusterer.LooseKey(string)"/>),
    /// by their last word ("فياض": سلام).
    /// </summary>
    public Dictionary<string, List<(string LooseFirst, ActorRecord Actor)>> ActorFirstWordsByLastWord { get; } = new(StringComparer.Ordinal);

    /// <summary>English names of Arabic names aligned in parallel text (الأمم المتحدة: United Nations), by folded key.</summary>
    public Dictionary<string, string> PairedNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Hand-written notable people (people.tsv), by full name or family name.</summary>
    public KnownEntities KnownPeople { get; private set; } = null!;

    /// <summary>Finds the people table's names of two words or more in a text, for people the tagger missed or cut short.</summary>
    public KnownNameFinder KnownPeopleNames { get; private set; } = null!;

    /// <summary>Who held the main offices of a country on a day (office-holders.tsv).</summary>
    public OfficeHolders OfficeHolders { get; private set; } = null!;

    /// <summary>Hand-written well-known organizations (organizations.tsv).</summary>
    public KnownEntities KnownOrganizations { get; private set; } = null!;

    /// <summary>Finds the organization table's names in a text, for organizations the tagger missed.</summary>
    public KnownNameFinder KnownOrganizationNames { get; private set; } = null!;

    /// <summary>English actor names by consonant skeleton, for people no Arabic table names in English.</summary>
    public EnglishNames EnglishNames { get; } = new();

    /// <summary>
    /// Countries and places by loose key (<see cref="MentionClusterer.LooseKey"/>), only where the loose key
    /// names one country or one place: بنجلادش is spelled بنغلاديش in CLDR and سلانيك سالونيك in GeoNames.
    /// </summary>
    public Dictionary<string, CountryInfo> CountriesByLooseKey { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<PlaceCandidate>> PlacesByLooseKey { get; } = new(StringComparer.Ordinal);

    private const int MinLooseKey = 4;

    /// <summary>The longest nisba, in words, so that phrase matching knows how far to look.</summary>
    public int MaxNisbaWords { get; private set; } = 1;

    /// <summary>The English name of a country's institution: "Syrian government", else "government of Syria".</summary>
    public string InstitutionName(string gloss, string iso3) =>
        InstitutionProperNames.TryGetValue((gloss, iso3), out var proper) ? proper
        : Demonyms.TryGetValue(iso3, out var adjective) ? $"{adjective} {gloss}"
        : CountriesByIso3.TryGetValue(iso3, out var country) ? $"{gloss} of {country.NameEn}"
        : gloss;

    public static string Key(string name)
    {
        // A dotted acronym ("بي.بي.سي", DottedAcronyms) is keyed like its letter names written apart ("بي بي سي").
        var folded = ArabicFolding.Fold(NameJoiners.Plain(name.Contains('.', StringComparison.Ordinal) ? name.Replace('.', ' ') : name));

        // Most names are single-spaced already, and splitting and joining them again would only copy them.
        return folded.Length > 0 && folded[0] != ' ' && folded[^1] != ' ' && !folded.Contains("  ", StringComparison.Ordinal)
            ? folded
            : string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Writes <see cref="Key"/> of <paramref name="name"/> to <paramref name="buffer"/> (as long as the name at least) and
    /// returns its length, for the common name that needs folding only (no joiner, single spaces); -1 for any other,
    /// whose key <see cref="Key"/> makes.
    /// </summary>
    public static int TryWriteKey(ReadOnlySpan<char> name, Span<char> buffer)
    {
        // Joiners and the dots of an acronym are spaced out by Key.
        if (name.IndexOfAny('#', '_', '.') >= 0)
        {
            return -1;
        }

        var folded = buffer[..ArabicFolding.Fold(name, buffer)];
        return folded.Length > 0 && folded[0] != ' ' && folded[^1] != ' ' && folded.IndexOf("  ", StringComparison.Ordinal) < 0 ? folded.Length : -1;
    }

    public static LinkingResources Load()
    {
        var r = new LinkingResources();
        var countries = TsvResource.Load("entities/countries.tsv");
        foreach (var row in countries.Rows)
        {
            var info = new CountryInfo(row[countries.Column("iso3")], row[countries.Column("name_en")], long.Parse(row[countries.Column("geonameid")], CultureInfo.InvariantCulture), row[countries.Column("name")]);
            r.CountriesByKey.TryAdd(row[countries.Column("key")], info);
            r.CountriesByIso3.TryAdd(info.Iso3, info);
        }

        var aliases = TsvResource.Load("entities/country-aliases.tsv");
        foreach (var row in aliases.Rows)
        {
            if (r.CountriesByIso3.TryGetValue(row[aliases.Column("iso3")], out var info))
            {
                r.CountriesByKey.TryAdd(Key(row[aliases.Column("name")]), info);
            }
        }

        // Hand-checked forms first: they win over a regular form of the same spelling.
        var irregular = TsvResource.Load("entities/nisba-irregular.tsv");
        foreach (var row in irregular.Rows)
        {
            r.AddNisba(Key(row[irregular.Column("name")]), row[irregular.Column("iso3")]);
        }

        var nisba = TsvResource.Load("entities/nisba.tsv");
        foreach (var row in nisba.Rows)
        {
            r.AddNisba(row[nisba.Column("key")], row[nisba.Column("iso3")]);
        }

        var places = TsvResource.Load("entities/places.tsv");
        int pk = places.Column("key"), pid = places.Column("geonameid"), pen = places.Column("name_en"), plat = places.Column("lat"), plon = places.Column("lon"),
            pf = places.Column("feature"), pc = places.Column("country"), pp = places.Column("population");
        foreach (var row in places.Rows)
        {
            var id = long.Parse(row[pid], CultureInfo.InvariantCulture);
            if (!r.PlacesByKey.TryGetValue(row[pk], out var list))
            {
                r.PlacesByKey[row[pk]] = list = [];
            }

            if (!list.Exists(p => p.GeonameId == id))
            {
                list.Add(new PlaceCandidate(id, PlainLatin.Of(row[pen]), double.Parse(row[plat], CultureInfo.InvariantCulture), double.Parse(row[plon], CultureInfo.InvariantCulture), row[pf], row[pc], long.Parse(row[pp], CultureInfo.InvariantCulture)));
            }
        }

        var institutions = TsvResource.Load("entities/institutions.tsv");
        foreach (var row in institutions.Rows)
        {
            var key = Key(row[institutions.Column("name")]);
            var noun = new InstitutionNoun(row[institutions.Column("gloss")], row[institutions.Column("cameo")], row[institutions.Column("gender")] == "f", row[institutions.Column("phrase")] == "description");
            switch (row[institutions.Column("kind")])
            {
                case "head":
                    r.InstitutionHeads[key] = noun;
                    if (key.IndexOf(' ', StringComparison.Ordinal) is var space and > 0)
                    {
                        r.InstitutionCompoundStarts.Add(key[..space]);
                    }

                    break;
                case "field":
                    r.InstitutionFields[key] = noun;
                    break;
                case "prefix":
                    r.InstitutionPrefixes.Add(key);
                    break;
                case "collective":
                    r.Collectives[key] = noun.Gloss;
                    break;
                default:
                    throw new InvalidDataException($"entities/institutions.tsv: unknown kind '{row[institutions.Column("kind")]}' for '{row[institutions.Column("name")]}'");
            }
        }

        var actors = TsvResource.Load("entities/actors.tsv");
        var codes = new Dictionary<string, (string Name, List<ActorCode> Codes, string? NameEn)>(StringComparer.Ordinal);
        foreach (var row in actors.Rows)
        {
            var key = row[actors.Column("key")];
            if (BodyCountry.IsBareBodyEntry(key, r))
            {
                // "وزاره داخلي" is coded Afghan as well as GOV: a body named with no country is whatever country's the story is
                // in, which no entry of the dictionary may decide (BodyCountry, ArticleCountry).
                continue;
            }

            var code = new ActorCode(row[actors.Column("cameo")], int.Parse(row[actors.Column("from")], CultureInfo.InvariantCulture), int.Parse(row[actors.Column("to")], CultureInfo.InvariantCulture));
            var nameEn = row[actors.Column("name_en")];
            if (!codes.TryGetValue(key, out var entry))
            {
                entry = (row[actors.Column("name")], [], null);
            }

            entry.Codes.Add(code);
            if (entry.NameEn is null && nameEn.Length > 0)
            {
                entry.NameEn = nameEn;
            }

            codes[key] = entry;
        }

        foreach (var (key, entry) in codes)
        {
            r.ActorsByKey[key] = new ActorRecord(entry.Name, entry.Codes, entry.NameEn);
        }

        foreach (var (key, actor) in r.ActorsByKey)
        {
            var space = key.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var lastWord = key[(space + 1)..];
            if (!r.ActorFirstWordsByLastWord.TryGetValue(lastWord, out var firsts))
            {
                r.ActorFirstWordsByLastWord[lastWord] = firsts = [];
            }

            firsts.Add((MentionClusterer.LooseKey(key[..key.IndexOf(' ', StringComparison.Ordinal)]), actor));

            // A ministry's field is never the last name of a leader, though a noisy entry may end in it ("... سياسه التعليم").
            if (key.Length - space > 3 && !r.ActorsByKey.ContainsKey(lastWord) && !r.InstitutionFields.ContainsKey(lastWord))
            {
                if (!r.ActorsByLastWord.TryGetValue(lastWord, out var list))
                {
                    r.ActorsByLastWord[lastWord] = list = [];
                }

                list.Add(actor);
            }
        }

        var pairs = TsvResource.Load("entities/name-pairs.tsv");
        foreach (var row in pairs.Rows)
        {
            r.PairedNames.TryAdd(row[pairs.Column("key")], row[pairs.Column("name_en")]);
        }

        var english = TsvResource.Load("entities/english-names.tsv");
        foreach (var row in english.Rows)
        {
            var codes3 = row[english.Column("countries")];
            r.EnglishNames.Add(row[english.Column("skeleton")], row[english.Column("name_en")], codes3.Length == 0 ? [] : codes3.Split(','));
        }

        r.AddLooseKeys();
        var people = TsvResource.Load("entities/people.tsv");
        r.KnownPeople = KnownEntities.People(people);
        r.OfficeHolders = new OfficeHolders(
            TsvResource.Load("entities/office-holders.tsv"),
            people.Rows.GroupBy(row => row[people.Column("name_en")]).ToDictionary(g => g.Key, g => g.First()[people.Column("name")], StringComparer.Ordinal));
        r.KnownOrganizations = KnownEntities.Organizations(TsvResource.Load("entities/organizations.tsv"));
        r.KnownOrganizationNames = new KnownNameFinder(r.KnownOrganizations);
        r.KnownPeopleNames = new KnownNameFinder(r.KnownPeople, multiWordOnly: true);

        var given = TsvResource.Load("entities/given-names.tsv");
        foreach (var row in given.Rows)
        {
            r.NameSpellings[Key(row[given.Column("name")])] = row[given.Column("name_en")];
        }

        // Regions, the first-level divisions of the Arab states that GeoNames names in English only, and the towns it lacks.
        foreach (var file in RegionFiles)
        {
            var regions = TsvResource.Load(file);
            foreach (var row in regions.Rows)
            {
                var country = row[regions.Column("country")];
                r.Regions[Key(row[regions.Column("name")])] = new Region(row[regions.Column("name_en")], country.Length == 0 ? null : country);
                if (file == RegionFiles[1])
                {
                    r.Divisions.Add(Key(row[regions.Column("name")]));
                }
            }
        }

        var heads = TsvResource.Load("entities/place-heads.tsv");
        foreach (var row in heads.Rows)
        {
            var nameEn = row[heads.Column("name_en")];
            var (kind, noun) = (row[heads.Column("kind")], row[heads.Column("noun")]);
            var country = row[heads.Column("country")];
            r.PlaceHeads[Key(noun)] = new PlaceHead(kind == "unit", nameEn.Length == 0 ? null : nameEn, row[heads.Column("person")] == "yes", kind == "designator", noun.AsSpan().IndexOfAny('أ', 'إ', 'آ') >= 0, country.Length == 0 ? null : country);
        }

        r._placeHeadEndings = new Events.EndingFilter(r.PlaceHeads.Keys);

        var idioms = TsvResource.Load("entities/place-idioms.tsv");
        foreach (var row in idioms.Rows)
        {
            var place = Key(row[idioms.Column("place")]);
            foreach (var (column, table) in new[] { ("next", r.PlaceIdioms), ("before", r.PlaceIdiomsBefore) })
            {
                var word = Key(row[idioms.Column(column)]);
                if (word.Length == 0)
                {
                    continue;
                }

                if (!table.TryGetValue(place, out var words))
                {
                    table[place] = words = [];
                }

                words.Add(word);
            }
        }

        var demonyms = TsvResource.Load("entities/demonyms.tsv");
        foreach (var row in demonyms.Rows)
        {
            r.Demonyms[row[demonyms.Column("iso3")]] = row[demonyms.Column("demonym")];
        }

        var properNames = TsvResource.Load("entities/institution-names.tsv");
        foreach (var row in properNames.Rows)
        {
            r.InstitutionProperNames[(row[properNames.Column("gloss")], row[properNames.Column("iso3")])] = row[properNames.Column("name_en")];
        }

        var roles = TsvResource.Load("entities/role-heads.tsv");
        foreach (var row in roles.Rows)
        {
            var key = Key(row[roles.Column("name")]);
            var kind = row[roles.Column("kind")];
            if (kind == "genitive")
            {
                r.OfficeGenitives.Add(key);
                continue;
            }

            (kind switch { "counterpart" => r.CounterpartWords, "description" => r.DescriptionHeads, _ => r.RoleHeads }).Add(key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key);
        }

        foreach (var key in r.CountriesByKey.Keys)
        {
            r.CountryFirstWords.Add(key.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? key[..space] : key);
        }

        return r;
    }

    private void AddLooseKeys()
    {
        // A short loose key is too often another word to be trusted ("اندريا" and Andorra share "اندر"); a
        // country needs one letter more than a place, which is further checked against the article's countries.
        foreach (var group in CountriesByKey.GroupBy(kv => MentionClusterer.LooseKey(kv.Key), StringComparer.Ordinal).Where(g => g.Key.Length > MinLooseKey))
        {
            if (group.Select(kv => kv.Value.Iso3).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                CountriesByLooseKey[group.Key] = group.First().Value;
            }
        }

        foreach (var group in PlacesByKey.GroupBy(kv => MentionClusterer.LooseKey(kv.Key), StringComparer.Ordinal).Where(g => g.Key.Length >= MinLooseKey))
        {
            if (group.Count() == 1)
            {
                PlacesByLooseKey[group.Key] = group.First().Value;
            }
        }
    }

    private void AddNisba(string key, string iso3)
    {
        if (NisbaByKey.TryAdd(key, iso3))
        {
            MaxNisbaWords = Math.Max(MaxNisbaWords, key.Count(c => c == ' ') + 1);
        }
    }

    private static class Holder
    {
        public static readonly LinkingResources Instance = Load();
    }
}
