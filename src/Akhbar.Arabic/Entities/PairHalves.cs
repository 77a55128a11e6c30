namespace Akhbar.Arabic.Entities;

/// <summary>
/// The half of each word-pair feature hash that depends on one word (<see cref="FeatureHash.Of(int, uint, uint)"/> is
/// <see cref="FeatureHash.Combine"/> of a first half, the template with the left value, and a second half, the right
/// value alone), computed once per distinct word (<see cref="FeatureExtractor.PairHalvesOf"/>, kept in
/// <see cref="CachedWord"/>) so that a feature of two adjacent words costs one mix instead of hashing both words.
/// </summary>
/// <remarks>
/// Fields named <c>…AsLeft</c> are the first halves the word gives when it stands before the other word of the pair;
/// <c>…AsRight</c> when it stands after it; the last four are second halves, the same for every template.
/// </remarks>
public readonly record struct PairHalves
{
    /// <summary>Word bigram with the word after, as a feature of this word (its form, its stem).</summary>
    public uint BigramRightAsLeft { get; init; }

    public uint StemBigramRightAsLeft { get; init; }

    /// <summary>Word bigram with the word before, as a feature of the word after this one (this word's form, stem).</summary>
    public uint BigramLeftAsLeft { get; init; }

    public uint StemBigramLeftAsLeft { get; init; }

    /// <summary>This word's form with the class of the word after it, as a feature of that word.</summary>
    public uint KeyClassLeftAsLeft { get; init; }

    /// <summary>This word's class with the form of the word after it, as a feature of this word.</summary>
    public uint KeyClassRightAsLeft { get; init; }

    /// <summary>The pair of middle classes, as a feature of the word after this one, and of this word.</summary>
    public uint ClassBigramLeftAsLeft { get; init; }

    public uint ClassBigramRightAsLeft { get; init; }

    /// <summary>This word's lexicon type with the type of the word after it, as a feature of that word (when this word has a type).</summary>
    public uint LexiconPairAsLeft { get; init; }

    /// <summary>This word's lexicon type with the type of the word before it, as a feature of that word (when this word has a type).</summary>
    public uint LexiconPairAsRight { get; init; }

    /// <summary>Whether the word has a lexicon type (<see cref="WordHashes.LexiconType"/> at least 0): only then does it give a lexicon pair.</summary>
    public bool HasLexiconType { get; init; }

    /// <summary>Second halves: the folded form's, the stem's, the middle class's and the lexicon type's (0 for none).</summary>
    public uint Key { get; init; }

    public uint Stem { get; init; }

    public uint MiddleClass { get; init; }

    public uint LexiconType { get; init; }
}
