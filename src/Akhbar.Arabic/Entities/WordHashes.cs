namespace Akhbar.Arabic.Entities;

/// <summary>
/// What <see cref="FeatureExtractor"/> reads of a word, computed once per word: the hashes of its folded form
/// and of its stem, its row in the word classes (-1 when unknown) and its type lexicon code (-1 when none).
/// </summary>
public readonly record struct WordHashes(uint Key, uint Stem, int ClusterRow, int LexiconCode);
