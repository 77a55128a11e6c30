using Akhbar.Resources;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// The hand-written tables of notable people (Data/entities/people.tsv) and well-known organizations
/// (organizations.tsv), looked up by the names of an entity: its full name folded, then its loose key
/// (<see cref="MentionClusterer.LooseKey"/>: غ/ج/ق and long vowels inside words do not matter) when only one row
/// has it, and for a person its family name alone ("ماس") when only one row ends in it and every longer name of
/// the entity is a listed name without its middle names ("رجب أردوغان"; "إيفانكا ترامب" is not Donald Trump).
/// </summary>
public sealed class KnownEntities
{
    /// <summary>Below this length (folded letters) a name looked up loosely or a family name alone is too often another word ("بري", land; "ماي", May).</summary>
    private const int MinLooseKey = 4;

    /// <summary>Words before a last name that make it part of a compound, not a family name of its own: بن زايد، عبد الله، ولد الشيخ.</summary>
    private static readonly string[] CompoundLinks = ["بن", "ابن", "بنت", "ولد", "عبد", "ابو", "ام"];

    private readonly Dictionary<string, KnownEntity> _byKey = new(StringComparer.Ordinal);

    /// <summary>Loose keys; null where two rows share one.</summary>
    private readonly Dictionary<string, KnownEntity?> _byLooseKey = new(StringComparer.Ordinal);

    /// <summary>Loose family names; null where two rows share one.</summary>
    private readonly Dictionary<string, KnownEntity?> _byFamilyName = new(StringComparer.Ordinal);

    private readonly bool _byFamilyNameAllowed;

    private KnownEntities(bool byFamilyName)
    {
        _byFamilyNameAllowed = byFamilyName;
    }

    /// <summary>How many rows were loaded.</summary>
    public int Count { get; private set; }

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
        var givenWords = rows.SelectMany(r => r.Keys).SelectMany(k => k.Split(' ')[..^1]).Select(LooseMatchKey).ToHashSet(StringComparer.Ordinal);
        foreach (var (keys, entity) in rows)
        {
            known.Count++;
            foreach (var key in keys)
            {
                known._byKey.TryAdd(key, entity);
                AddUnique(known._byLooseKey, LooseMatchKey(key), entity);
                var words = key.Split(' ');
                if (byFamilyName && words.Length > 1 && Array.IndexOf(CompoundLinks, words[^2]) < 0)
                {
                    var family = LooseMatchKey(words[^1]);
                    if (words[^1].Length >= MinLooseKey && !givenWords.Contains(family))
                    {
                        AddUnique(known._byFamilyName, family, entity);
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
    public KnownEntity? Find(MentionCluster c)
    {
        if (c.NameKeys.Count == 0)
        {
            return null;
        }

        var keys = c.NameKeys.Distinct().OrderByDescending(MentionCluster.Words).ToList();
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var entity))
            {
                return entity;
            }
        }

        foreach (var key in keys)
        {
            if (key.Length >= MinLooseKey && _byLooseKey.TryGetValue(LooseMatchKey(key), out var entity) && entity is not null)
            {
                return entity;
            }
        }

        if (!_byFamilyNameAllowed)
        {
            return null;
        }

        var full = keys[0];
        if (!_byFamilyName.TryGetValue(LooseMatchKey(full[(full.LastIndexOf(' ') + 1)..]), out var person) || person is null)
        {
            return null;
        }

        // "رجب أردوغان" is Recep Tayyip Erdogan, "إيفانكا ترامب" is not Donald Trump: every longer name must be a
        // listed name of the person, or one without its middle names.
        return keys.Where(k => MentionCluster.Words(k) > 1).All(k => person.FirstAndLast.Contains(FirstAndLast(k))) ? person : null;
    }

    /// <summary>The loose match keys of the first and last words of a name of two words or more.</summary>
    private static string FirstAndLast(string key) =>
        LooseMatchKey(key[..key.IndexOf(' ', StringComparison.Ordinal)]) + " " + LooseMatchKey(key[(key.LastIndexOf(' ') + 1)..]);

    /// <summary>
    /// The loose key with the last letter of every word kept: spelling variants of foreign names meet
    /// (نتنياهو، نتانياهو), a name and its nisba do not (الطيب، الطيبي), although the loose key drops a final ي.
    /// </summary>
    private static string LooseMatchKey(string key)
    {
        var loose = MentionClusterer.LooseKey(key);
        return loose + "|" + string.Concat(key.Split(' ').Select(w => w[^1]));
    }
}
