namespace Akhbar.Arabic.Segmentation;

/// <summary>Which preposition-layer proclitic a word has: the prepositions ب ك ل or the future marker س.</summary>
public enum PrepositionClitic : byte
{
    None,
    Preposition,
    Future,
}

/// <summary>
/// The clitics of one word, as lengths in letters of its folded key: an optional conjunction (و ف), an optional
/// preposition or future marker (ب ك ل س), an optional article (ال, or the single ل of ل+ال written لل), the stem, and an
/// optional enclitic pronoun. A value type, so analysing a word allocates nothing.
/// </summary>
public readonly record struct CliticAnalysis(bool Conjunction, PrepositionClitic Preposition, byte ArticleLength, byte EncliticLength)
{
    public static CliticAnalysis Whole => default;

    /// <summary>Letters before the stem.</summary>
    public int ProcliticLength => (Conjunction ? 1 : 0) + (Preposition != PrepositionClitic.None ? 1 : 0) + ArticleLength;
}
