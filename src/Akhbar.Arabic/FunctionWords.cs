using System.Collections.Frozen;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic;

/// <summary>
/// The project's Arabic function words (Data/cleaning/function-words.tsv: في، من، إن، أن ...), read once: the cleaner
/// looks for them as written, the entity rules and the name import as folded keys.
/// </summary>
public static class FunctionWords
{
    private static readonly Lazy<string[]> Words = new(() =>
    {
        var tsv = TsvResource.Load("cleaning/function-words.tsv");
        var column = tsv.Column("word");
        return [.. tsv.Rows.Select(r => r[column])];
    });

    private static readonly Lazy<FrozenSet<string>> FoldedWords = new(() => Words.Value.Select(w => ArabicFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The words as the file writes them.</summary>
    public static IReadOnlyList<string> AsWritten => Words.Value;

    /// <summary>The words folded (<see cref="ArabicFolding.Fold"/>).</summary>
    public static FrozenSet<string> Folded => FoldedWords.Value;
}
