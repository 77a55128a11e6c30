namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// An English-Arabic name pair found in parallel text: the folded Arabic key, its surface, the English name,
/// the number of lines the English name was seen in, and the evidence ("lines": the two agree across
/// lines; "skeleton": same consonant skeleton within one line).
/// </summary>
public sealed record NamePair(string ArabicKey, string Arabic, string English, int Lines, string Evidence);
