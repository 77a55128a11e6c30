using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Joins a public body named short to the same body named in full in the article: "وزارة الدفاع" a paragraph after "وزارة
/// الدفاع الباكستانية" (the country's nisba left out), "هيئة الترفيه" after "الهيئة العامة للترفيه" (the head without its
/// article, the adjective of rank left out, the complement in لل written with the article). Every tuning gold set marks the
/// forms as one entity; apart, the short form is an entity of its own that the gold does not hold. The join needs one owner:
/// "وزارة الدفاع" in an article that names the American and the Russian ministries stays alone.
/// </summary>
public static class BodyShortNames
{
    /// <summary>Folded adjectives of rank or scope that a body's name drops when written short.</summary>
    private static readonly HashSet<string> RankAdjectives = new[]
    {
        "العامة", "الفرعية", "الجهوية", "الوطنية", "المركزية",
    }.Select(w => ArabicFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Absorbs each organization group of two words or more into the one longer organization group it is a short form of.</summary>
    public static void Join(List<MentionCluster> clusters, HashSet<MentionCluster> absorbed)
    {
        List<(MentionCluster Cluster, string Skeleton)>? bodies = null;
        foreach (var c in clusters)
        {
            if (!absorbed.Contains(c) && c.NameKeys.Count > 0 && c.VotedType() == EntityType.Organization && c.NameKeys[0].Contains(' ', StringComparison.Ordinal))
            {
                (bodies ??= []).Add((c, Skeleton(c.NameKeys[0])));
            }
        }

        if (bodies is null || bodies.Count < 2)
        {
            return;
        }

        foreach (var (shortForm, skeleton) in bodies)
        {
            MentionCluster? owner = null;
            var owners = 0;
            foreach (var (full, fullSkeleton) in bodies)
            {
                if (full != shortForm && !absorbed.Contains(full) && fullSkeleton.Length > 0 && IsShortFormOf(skeleton, fullSkeleton, shortForm.NameKeys[0], full.NameKeys[0]))
                {
                    owner = full;
                    owners++;
                }
            }

            if (owners == 1 && !absorbed.Contains(shortForm))
            {
                owner!.Absorb(shortForm);
                absorbed.Add(shortForm);
            }
        }
    }

    /// <summary>
    /// Whether a name (its key and skeleton) is a short form of another: the same skeleton written longer, or the other's
    /// skeleton less a last word in ي/ية with the article (the country's nisba: "الباكستانية").
    /// </summary>
    private static bool IsShortFormOf(string skeleton, string fullSkeleton, string key, string fullKey)
    {
        if (skeleton == fullSkeleton)
        {
            return key.Length < fullKey.Length;
        }

        if (fullSkeleton.Length <= skeleton.Length + 1 || !fullSkeleton.StartsWith(skeleton, StringComparison.Ordinal) || fullSkeleton[skeleton.Length] != ' ')
        {
            return false;
        }

        var last = fullSkeleton.AsSpan(skeleton.Length + 1);
        return !last.Contains(' ') && last.StartsWith("ال") && (last.EndsWith("يه") || last.EndsWith("ي"));
    }

    /// <summary>
    /// A body's key without the article of its head, without adjectives of rank, and with a complement in لل written with the
    /// article ("الهيئه العامه للترفيه" → "هيئه الترفيه").
    /// </summary>
    public static string Skeleton(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i == 0)
            {
                kept.Add(w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 4 ? w[2..] : w);
            }
            else if (!RankAdjectives.Contains(w))
            {
                kept.Add(w.StartsWith("لل", StringComparison.Ordinal) && w.Length > 4 ? "ال" + w[2..] : w);
            }
        }

        return string.Join(' ', kept);
    }
}
