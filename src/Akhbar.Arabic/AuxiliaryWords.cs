using System.Collections.Frozen;

namespace Akhbar.Arabic;

/// <summary>
/// Folded auxiliaries that stand between a subject and its verb ("الشرطة كانت قد اعتقلت", "كان قد قال") and belong to
/// neither: the quote and event stages step over them when they look for a speaker or an actor.
/// </summary>
public static class AuxiliaryWords
{
    public static FrozenSet<string> All { get; } = new[] { "كان", "كانت", "كانوا", "قد", "لقد" }.ToFrozenSet(StringComparer.Ordinal);
}
