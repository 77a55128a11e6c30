using Akhbar.Core.Model;
using Akhbar.Resources;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Places and bodies named after a king (Data/entities/royal-namesakes.tsv): "مطار الملك خالد الدولي", "مستشفى الملك فهد",
/// "جامعة الملك سعود". No gazetteer holds them, so they stayed without a country, in Saudi papers above all, where they are
/// named every day (1,097 such mentions with no country over 5 SaudiNewsNet days, all Saudi in those read). One that no other
/// rule placed is in the king's state, when a word stands before the king's name (the facility's noun: "الملك فيصل" alone
/// is the king, or his prize) and no ordinal follows it (Jordan's "الملك عبدالله الثاني").
/// </summary>
public static class RoyalNamesakes
{
    /// <summary>The kings' names, folded, with the ISO3 code of their state.</summary>
    private static readonly (string Name, string Country)[] Kings = Load();

    /// <summary>Folded ordinals that make a king's name another king's ("الثاني", "الأول").</summary>
    private static readonly HashSet<string> Ordinals = new[] { "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس" }
        .Select(LinkingResources.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Gives an unplaced place or body named after a listed king that king's state.</summary>
    public static void Assign(List<MentionCluster> clusters)
    {
        foreach (var c in clusters)
        {
            if (c.Country is null && c.Type is EntityType.Location or EntityType.Organization && StateOf(LinkingResources.Key(c.FullestName())) is { } state)
            {
                c.Country = state;
            }
        }
    }

    /// <summary>The state of the king whose name the folded <paramref name="key"/> holds after its first word, or null.</summary>
    public static string? StateOf(string key)
    {
        foreach (var (name, country) in Kings)
        {
            var at = key.IndexOf(name, StringComparison.Ordinal);
            var end = at + name.Length;
            if (at > 0 && key[at - 1] == ' ' && (end == key.Length || (key[end] == ' ' && !Ordinals.Contains(NextWord(key, end + 1)))))
            {
                return country;
            }
        }

        return null;
    }

    private static string NextWord(string key, int start)
    {
        var space = key.IndexOf(' ', start);
        return space < 0 ? key[start..] : key[start..space];
    }

    private static (string, string)[] Load()
    {
        var tsv = TsvResource.Load("entities/royal-namesakes.tsv");
        var (name, country) = (tsv.Column("name"), tsv.Column("country"));
        return tsv.Rows.Select(r => (LinkingResources.Key(r[name]), r[country])).ToArray();
    }
}
