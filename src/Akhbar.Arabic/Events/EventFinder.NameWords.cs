namespace Akhbar.Arabic.Events;

/// <summary>
/// Event words inside an organization's name: "تحالف دعم الشرعية في اليمن" is the coalition, not an act of support (051)
/// by whoever stands before it ("وقصفت طائرات تحالف دعم الشرعية"), and "منظمة حظر الأسلحة الكيميائية" no ban. The linker
/// names the organization by all its words; a word of the lexicon after the name's first word is one of those words. The
/// name's first word stays an event ("قمة القدس" is the summit held in the city), unless it is the whole name: the Houthis'
/// channel "المسيرة" ("أعلنت قناة "المسيرة"") is no march.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words before a lexicon word the first word of a name holding it is looked for.</summary>
    private const int NameReach = 6;

    /// <summary>
    /// Whether lexicon word k lies inside an organization's name, after its first word, or is that name alone; unvocalized,
    /// "دعم" in the name reads as the verb "supported" as well as the noun.
    /// </summary>
    private bool IsNameWord(int k, int start)
    {
        if (_actors.StartingAt(k) is { } whole && whole.Last == k && whole.Entity.Type == Akhbar.Core.Model.EntityType.Organization)
        {
            return true;
        }

        for (var j = k - 1; j >= start && j >= k - NameReach; j--)
        {
            if (_actors.StartingAt(j) is { } m && m.Last >= k)
            {
                return m.Entity.Type == Akhbar.Core.Model.EntityType.Organization;
            }
        }

        return false;
    }
}
