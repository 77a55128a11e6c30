namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// English actor names (the Phoenix dictionaries) by consonant skeleton (<see cref="NameSkeleton"/>), with
/// the countries of their CAMEO codes, to give a person the Arabic dictionary does not know an English
/// spelling: the transliteration "Abd al-Malk Slal" has the skeleton of "Abdelmalek Sellal". A match is used
/// only when it is unambiguous and, when the entity's country is known, agrees with it; a skeleton shorter
/// than <see cref="MinSkeletonWithoutCountry"/> needs a known country ("Auskar Iikunimu" has the skeleton
/// of "Shukri Ghanem"), and the English name may differ from the Arabic one by one word at most (عبد الكريم
/// is one English word, Abdelkarim).
/// </summary>
public sealed class EnglishNames
{
    public const int MinSkeleton = 3;
    public const int MinFamilySkeleton = 5;
    public const int MinSkeletonWithoutCountry = 8;

    /// <summary>Words of organization names: those are translated into Arabic, not transliterated, so their skeletons are useless.</summary>
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal) { "OF", "THE", "FOR", "AND", "ON", "IN", "TO", "AT", "MINISTRY", "PARTY", "COUNCIL", "ARMY", "FORCES" };

    private readonly Dictionary<string, List<(string Name, string[] Countries)>> _bySkeleton = new(StringComparer.Ordinal);

    /// <summary>The same names by the skeleton of their last word, for a person named by family name only ("ماتفيينكو").</summary>
    private readonly Dictionary<string, List<(string Name, string[] Countries)>> _byLastWord = new(StringComparer.Ordinal);

    public int Count => _bySkeleton.Count;

    public void Add(string skeleton, string name, string[] countries)
    {
        Add(_bySkeleton, skeleton, (name, countries));
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            Add(_byLastWord, NameSkeleton.Of(name[(name.LastIndexOf(' ') + 1)..]), (name, countries));
        }
    }

    private static void Add(Dictionary<string, List<(string Name, string[] Countries)>> index, string key, (string Name, string[] Countries) entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }

    /// <summary>
    /// The one English name with the skeleton of <paramref name="latin"/> (a transliteration), among those of
    /// <paramref name="country"/> when it is known; null when none or several. Returns the name's country
    /// when it has exactly one.
    /// </summary>
    public (string Name, string? Country)? Match(string latin, string? country)
    {
        var skeleton = NameSkeleton.Of(latin);
        if (skeleton.Length < (country is null ? MinSkeletonWithoutCountry : MinSkeleton) || !_bySkeleton.TryGetValue(skeleton, out var list))
        {
            return null;
        }

        var words = latin.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return Choose([.. list.Where(e => Math.Abs(e.Name.Split(' ').Length - words) <= 1)], country);
    }

    /// <summary>
    /// A one-word name against the last words of the English names: only with a known country, since a
    /// family name alone is shared by many, and with a skeleton of five letters or more.
    /// </summary>
    public (string Name, string? Country)? MatchFamilyName(string latin, string country)
    {
        var skeleton = NameSkeleton.Of(latin);
        return skeleton.Length >= MinFamilySkeleton && _byLastWord.TryGetValue(skeleton, out var list) ? Choose(list, country) : null;
    }

    private static (string Name, string? Country)? Choose(List<(string Name, string[] Countries)> list, string? country)
    {
        var fitting = country is null ? list : list.Where(e => e.Countries.Contains(country, StringComparer.Ordinal)).ToList();
        var names = fitting.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count != 1)
        {
            return null;
        }

        var countries = fitting.SelectMany(e => e.Countries).Distinct(StringComparer.Ordinal).ToList();
        return (names[0], country ?? (countries.Count == 1 ? countries[0] : null));
    }

    /// <summary>
    /// Import rows (skeleton, display name, countries joined by commas) for the Phoenix entries: the main
    /// name and every alias of two words or more that shares a word with it, all shown as the main name;
    /// organization-like names left out.
    /// </summary>
    public static IEnumerable<(string Skeleton, string Name, string Countries)> Rows(IEnumerable<ActorEntry> entries)
    {
        var merged = new Dictionary<(string Skeleton, string Name), SortedSet<string>>();
        foreach (var entry in entries)
        {
            if (IsOrganization(entry.Name))
            {
                continue;
            }

            var display = ActorAlignment.Display(entry.Name);
            var countries = entry.Codes.Where(c => c.Code.Length >= 3 && c.Code[..3].All(char.IsAsciiLetterUpper)).Select(c => c.Code[..3]);
            // An alias that shares no word with the main name is another actor filed under it ("HASSAN
            // NASRALLAH" under HEZBOLLAH): showing it as the main name would be wrong.
            var mainWords = entry.Name.Split(' ').ToHashSet(StringComparer.Ordinal);
            foreach (var name in entry.Aliases.Where(a => a.Contains(' ', StringComparison.Ordinal) && !IsOrganization(a) && a.Split(' ').Any(mainWords.Contains)).Prepend(entry.Name))
            {
                var skeleton = NameSkeleton.Of(name);
                if (skeleton.Length < MinSkeleton)
                {
                    continue;
                }

                if (!merged.TryGetValue((skeleton, display), out var set))
                {
                    merged[(skeleton, display)] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(countries);
            }
        }

        foreach (var ((skeleton, name), countries) in merged.OrderBy(kv => kv.Key.Skeleton, StringComparer.Ordinal).ThenBy(kv => kv.Key.Name, StringComparer.Ordinal))
        {
            yield return (skeleton, name, string.Join(',', countries));
        }
    }

    private static bool IsOrganization(string name) =>
        name.Any(char.IsDigit) || name.Split(' ').Any(w => OrganizationWords.Contains(w.ToUpperInvariant()));
}
