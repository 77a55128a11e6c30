using System.Collections.Frozen;
using Akhbar.Core.Text;

namespace Akhbar.Arabic;

/// <summary>
/// Relative and demonstrative pronouns on folded keys, for the stages that must tell them from the words around them:
/// the verb after a relative pronoun has the noun before it as subject (events), a demonstrative after a cue makes it
/// narration (quotes), and neither is ever a name (entities).
/// </summary>
public static class PronounWords
{
    public static FrozenSet<string> Relative { get; } = Folded("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي");

    /// <summary><see cref="Relative"/> looked up by a span of a key (a word without its conjunction).</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeSpans { get; } = Relative.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenSet<string> Demonstrative { get; } = Folded("ذلك", "هذا", "هذه", "تلك", "هذان", "هاتان", "هؤلاء");

    private static FrozenSet<string> Folded(params string[] words) =>
        words.Select(w => ArabicFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
}
