namespace Akhbar.Arabic.Entities;

/// <summary>
/// What <see cref="FeatureExtractor"/> reads of a word, computed once per word: the hashes of its folded form
/// and of its stem, its row in the word classes (-1 when unknown) and its type lexicon code (-1 when none),
/// and from these its class of the middle granularity (<see cref="uint.MaxValue"/> when unknown) and the
/// lexicon type it leans to most with its bucket, as one number (-1 without a lexicon code).
/// </summary>
public readonly record struct WordHashes(uint Key, uint Stem, int ClusterRow, int LexiconCode, uint MiddleClass, int LexiconType);
