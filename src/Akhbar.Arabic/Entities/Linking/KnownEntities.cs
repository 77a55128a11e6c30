using Akhbar.Resources;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// The hand-written tables of notable people (Data/entities/people.tsv) and well-known organizations
/// (organizations.tsv), looked up by the names of an entity: its full name folded, then its loose key
/// (<see cref="MentionClusterer.LooseKey"/>: غ/ج/ق and long vowels inside words do not matter) when only one row
/// has it, and for a person its family name when only one row ends in it, the article names the person's
/// country, and every longer name of the entity is a listed name without its middle names ("رجب أردوغان";
/// "إيفانكا ترامب" is not Donald Trump); the family name alone ("ماكرون") only for holders of high offices.
/// </summary>
public sealed class KnownEntities
{
    /// <summary>Below this length (folded letters) a name looked up loosely or a family name alone is too often another word ("بري", land; "ماي", May).</summary>
    private const int MinLooseKey = 4;

    /// <summary>Words before a last name that make it part of a compound, not a family name of its own: بن زايد، عبد الله، ولد الشيخ.</summary>
    private static readonly string[] CompoundLinks = ["بن", "ابن", "بنت", "ولد", "عبد", "ابو", "ام"];

    /// <summary>
    /// Roles whose holders news name by the family name alone ("قال بوتين"). Envoys, spokespeople, officers and
    /// other officials are named in full: their family names alone are more often someone else's ("ويليامز",
    /// "ماكنزي", "بيير").
    /// </summary>
    private static readonly string[] FamilyNameRoles = ["head-of-state", "head-of-government", "king", "emir", "sultan", "crown-prince", "foreign-minister", "defence-minister", "religious-leader", "group-leader", "party-leader", "un-official"];

    /// <summary>Titles before a given name ("البابا فرنسيس", "الملا عمر"): the name after them is no family name.</summary>
    private static readonly string[] Titles = ["البابا", "الملك", "الملكه", "الامير", "الاميره", "الشيخ", "الشيخه", "الملا", "السلطان"];

    private readonly Dictionary<string, KnownEntity> _byKey = new(StringComparer.Ordinal);

    /// <summary>Loose keys; null where two rows share one.</summary>
    private readonly Dictionary<string, KnownEntity?> _byLooseKey = new(StringComparer.Ordinal);

    /// <summary>Folded family names; null where two rows share one.</summary>
    private readonly Dictionary<string, KnownEntity?> _byFamilyName = new(StringComparer.Ordinal);

    /// <summary>Every person listed with a family name, by that name, so that a different first name can be told apart.</summary>
    private readonly Dictionary<string, List<KnownEntity>> _allByFamilyName = new(StringComparer.Ordinal);

    private readonly bool _byFamilyNameAllowed;

    private KnownEntities(bool byFamilyName)
    {
        _byFamilyNameAllowed = byFamilyName;
        _byKeySpans = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary><see cref="_byKey"/> looked up by span, made once: the listed-name scan asks it at every token that may start a name.</summary>
    private readonly Dictionary<string, KnownEntity>.AlternateLookup<ReadOnlySpan<char>> _byKeySpans;

    /// <summary>How many rows were loaded.</summary>
    public int Count { get; private set; }

    /// <summary>Every listed name and spelling, folded, with its row.</summary>
    public IReadOnlyDictionary<string, KnownEntity> ByKey => _byKey;

    /// <summary>
    /// <see cref="ByKey"/> for a key given as characters (one written on the stack), with the table's own string of the
    /// key, so that a caller that finds a name needs no string of its own.
    /// </summary>
    public bool TryGetByKey(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? listedKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KnownEntity? entity) =>
        _byKeySpans.TryGetValue(key, out listedKey, out entity);

    /// <summary>
    /// Whether a folded word is a listed name or the family name of a listed person (كيري of جون كيري), whatever the person's
    /// role: the word is written so, whoever bears it.
    /// </summary>
    public bool IsNameOrFamilyName(string key) => _byKey.ContainsKey(key) || _allByFamilyName.ContainsKey(key);

    /// <summary>People: also found by a family name alone.</summary>
    public static KnownEntities People(TsvResource table) => Load(table, byFamilyName: true);

    public static KnownEntities Organizations(TsvResource table) => Load(table, byFamilyName: false);

    private static KnownEntities Load(TsvResource table, bool byFamilyName)
    {
        var known = new KnownEntities(byFamilyName);
        int name = table.Column("name"), variants = table.Column("variants"), nameEn = table.Column("name_en"), iso3 = table.Column("iso3");
        var role = Array.IndexOf(table.Header, "role") is var r && r >= 0 ? r : table.Column("kind");
        var rows = new List<(string[] Keys, KnownEntity Entity)>();
        foreach (var row in table.Rows)
        {
            var keys = new[] { row[name] }.Concat(row[variants].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(n => LinkingResources.Key(n.Replace('-', ' '))).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            var firstAndLast = keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(FirstAndLast).ToHashSet(StringComparer.Ordinal);
            rows.Add((keys, new KnownEntity(row[nameEn], row[iso3].Length == 0 ? null : row[iso3], row[role], firstAndLast)));
        }

        // A word that begins or continues some listed name (عباس in عباس عراقجي, الله in روح الله الخميني) is a
        // given name too: as a family name alone it cannot say who is meant.
        var givenWords = rows.SelectMany(r => r.Keys).SelectMany(k => k.Split(' ')[..^1]).ToHashSet(StringComparer.Ordinal);
        foreach (var (keys, entity) in rows)
        {
            known.Count++;
            foreach (var key in keys)
            {
                known._byKey.TryAdd(key, entity);
                if (key.Length >= MinLooseKey)
                {
                    AddUnique(known._byLooseKey, LooseMatchKey(key), entity);
                }

                var words = key.Split(' ');
                if (byFamilyName && words.Length > 1 && Array.IndexOf(CompoundLinks, words[^2]) < 0 && Array.IndexOf(Titles, words[0]) < 0)
                {
                    var family = words[^1];
                    if (family.Length >= MinLooseKey && !givenWords.Contains(family))
                    {
                        AddUnique(known._byFamilyName, family, entity);

                        if (!known._allByFamilyName.TryGetValue(family, out var list))
                        {
                            known._allByFamilyName[family] = list = [];
                        }

                        if (!list.Contains(entity))
                        {
                            list.Add(entity);
                        }
                    }
                }
            }
        }

        return known;
    }

    private static void AddUnique(Dictionary<string, KnownEntity?> index, string key, KnownEntity entity)
    {
        if (!index.TryGetValue(key, out var existing))
        {
            index[key] = entity;
        }
        else if (existing is not null && existing != entity)
        {
            index[key] = null;
        }
    }

    /// <summary>The row that names the entity, fullest name first, or null.</summary>
    /// <param name="articleCountries">The countries the article names: a family name alone only reaches a person of one of them ("سانشيز" in a football report is not Pedro Sánchez).</param>
    public KnownEntity? Find(MentionCluster c, IReadOnlySet<string> articleCountries)
    {
        if (c.NameKeys.Count == 0)
        {
            return null;
        }

        var keys = c.KeysByWords(distinct: true);
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var entity))
            {
                return entity;
            }
        }

        // "ميليشيات حزب الله", "وكالة أنباء رويترز": a militia noun before a listed group's name, an agency's nouns around its name.
        foreach (var key in keys)
        {
            if ((OrganizationNameBounds.WithoutMilitiaNoun(key) ?? NewsAgencyNames.NameWithin(key)) is { } name && _byKey.TryGetValue(name, out var entity))
            {
                return entity;
            }

            // "وكالة فارس الإيرانية للأنباء": the agency listed as "وكالة فارس".
            if (NewsAgencyNames.GroupKey(key) is { } agency && agency != key && _byKey.TryGetValue(agency, out entity))
            {
                return entity;
            }
        }

        var byLooseSpan = _byLooseKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        foreach (var key in keys)
        {
            if (key.Length < MinLooseKey)
            {
                continue;
            }

            // Written on the stack, unless the name is very long.
            var found = (key.Length * 2) + 1 <= buffer.Length
                ? byLooseSpan.TryGetValue(buffer[..LooseMatchKey(key, buffer)], out var entity)
                : _byLooseKey.TryGetValue(LooseMatchKey(key), out entity);
            if (found && entity is not null)
            {
                return entity;
            }
        }

        if (!_byFamilyNameAllowed)
        {
            return null;
        }

        var full = keys[0];
        // The family name as written, not loosely: loose keys of short words meet too often (بوينغ and بينغ, بودي and بدوي).
        // A family name alone only names the holder of a high office; a longer name that agrees (first and last word) names anyone listed.
        if (!_byFamilyName.TryGetValue(full[(full.LastIndexOf(' ') + 1)..], out var person) || person is null
            || (MentionCluster.Words(full) == 1 && Array.IndexOf(FamilyNameRoles, person.Role) < 0)
            || (person.Country is { } country && (!articleCountries.Contains(country) || (c.Country is { } known && known != country))))
        {
            return null;
        }

        // "رجب أردوغان" is Recep Tayyip Erdogan, "إيفانكا ترامب" is not Donald Trump: every longer name must be a
        // listed name of the person, or one without its middle names.
        return keys.Where(k => MentionCluster.Words(k) > 1).All(k => person.FirstAndLast.Contains(FirstAndLast(k))) ? person : null;
    }

    /// <summary>
    /// Whether the entity's fullest name has the family name of listed people but a first name none of them has
    /// ("ميغان ميركل" is not Angela Merkel): then no dictionary should give it their name by its last word.
    /// </summary>
    public bool ContradictsFamilyName(MentionCluster c)
    {
        if (c.NameKeys.Count == 0)
        {
            return false;
        }

        var full = c.KeysByWords()[0];
        if (MentionCluster.Words(full) < 2 || !_allByFamilyName.TryGetValue(full[(full.LastIndexOf(' ') + 1)..], out var people))
        {
            return false;
        }

        // Compared loosely: "جيرمي هانت" is a spelling of Jeremy Hunt's name, not another first name.
        var loose = LooseMatchKey(FirstAndLast(full));
        Span<char> buffer = stackalloc char[256];
        foreach (var p in people)
        {
            foreach (var n in p.FirstAndLast)
            {
                if ((n.Length * 2) + 1 <= buffer.Length ? buffer[..LooseMatchKey(n, buffer)].SequenceEqual(loose) : LooseMatchKey(n) == loose)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The first and last words of a name of two words or more, folded.</summary>
    private static string FirstAndLast(string key) => key[..key.IndexOf(' ', StringComparison.Ordinal)] + " " + key[(key.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// The loose key with the last letter of every word kept: spelling variants of foreign names meet
    /// (نتنياهو، نتانياهو), a name and its nisba do not (الطيب، الطيبي), although the loose key drops a final ي.
    /// </summary>
    private static string LooseMatchKey(string key)
    {
        var buffer = new char[(key.Length * 2) + 1];
        return new string(buffer, 0, LooseMatchKey(key, buffer));
    }

    /// <summary>Writes <see cref="LooseMatchKey(string)"/> to <paramref name="buffer"/> (twice the key's length and one more at least) and returns its length.</summary>
    private static int LooseMatchKey(string key, Span<char> buffer)
    {
        var length = MentionClusterer.LooseKey(key, buffer);
        buffer[length++] = '|';
        for (var i = 0; i < key.Length; i++)
        {
            // The last letter of every word.
            if (i + 1 == key.Length || key[i + 1] == ' ')
            {
                buffer[length++] = key[i];
            }
        }

        return length;
    }
}
