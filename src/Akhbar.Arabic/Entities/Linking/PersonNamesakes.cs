using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A place, organization or other name that nothing linked or placed and whose fullest name, of two words or more, is the fullest name
/// of a person of the same article is that person: the tagger read "ديفيد كاميرون" as a place (كاميرون is Cameroon without its
/// article) in sentences where a role phrase ("رئيس الوزراء البريطاني") made a person of the same name, so one man was two
/// entities, a person and an unplaced place. A full name of two words shared by a person and something else of the same story
/// is one referent; a one-word name is not enough ("زايد" the man and a place named after him).
/// </summary>
public static class PersonNamesakes
{
    public static void Join(List<MentionCluster> clusters)
    {
        // Most articles have no unplaced name of two words that is not a person's: nothing to build for them.
        if (!clusters.Exists(IsUnplacedName))
        {
            return;
        }

        Dictionary<string, MentionCluster>? persons = null;
        foreach (var c in clusters)
        {
            if (c.Type == EntityType.Person && c.NameKeys.Count > 0 && FullestKey(c) is { } key)
            {
                (persons ??= new Dictionary<string, MentionCluster>(StringComparer.Ordinal)).TryAdd(key, c);
            }
        }

        if (persons is null)
        {
            return;
        }

        List<MentionCluster>? joined = null;
        foreach (var c in clusters)
        {
            if (IsUnplacedName(c) && FullestKey(c) is { } key && persons.TryGetValue(key, out var person))
            {
                person.Absorb(c);
                (joined ??= []).Add(c);
            }
        }

        if (joined is not null)
        {
            clusters.RemoveAll(joined.Contains);
        }
    }

    /// <summary>Whether the cluster is a named place, organization or other name that nothing linked or placed.</summary>
    private static bool IsUnplacedName(MentionCluster c) =>
        c.Type != EntityType.Person && c.Geo is null && c.Country is null && c.NameKeys.Count > 0 && FullestKey(c) is not null;

    /// <summary>
    /// The key of the cluster's fullest name (most words, the first in text order on a tie) when it has two words or more.
    /// <see cref="MentionCluster.KeysByWords"/> sorts the keys once per cluster and keeps them, so the second ask (the early
    /// test and the join loop both read an unplaced name's key) sorts nothing.
    /// </summary>
    private static string? FullestKey(MentionCluster c)
    {
        var best = c.KeysByWords()[0];
        return MentionCluster.Words(best) >= 2 ? best : null;
    }
}
