using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>What is left of a mention list once some of its mentions were widened over their neighbours.</summary>
public static class WidenedMentions
{
    /// <summary>
    /// The mentions of <paramref name="list"/> without those that a widened one (at the indices in <paramref name="widened"/>)
    /// now covers: the tagger's own mention of a state noun, a nisba or a head noun tagged apart is part of the whole name.
    /// </summary>
    public static List<EntityMention> WithoutCovered(EntityMention[] list, List<int> widened)
    {
        if (widened.Count == 0)
        {
            return [.. list];
        }

        var result = new List<EntityMention>(list.Length);
        for (var n = 0; n < list.Length; n++)
        {
            var m = list[n];
            if (!widened.Exists(w => w != n && list[w].FirstToken <= m.FirstToken && m.LastToken <= list[w].LastToken))
            {
                result.Add(m);
            }
        }

        return result;
    }
}
