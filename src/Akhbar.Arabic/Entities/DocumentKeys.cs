using System.Collections;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// The folded keys of a document's tokens, as <see cref="MentionBounds"/> asks for them, collected on the
/// first question: most documents ask none (only a mention whose first word has a proclitic that is neither
/// the article nor part of a listed name does), so most never build the set. The first few questions of a
/// document are answered by comparing the tokens' keys, which costs less than hashing every key into a set.
/// </summary>
public sealed class DocumentKeys(IReadOnlyList<Token> tokens) : IReadOnlySet<string>
{
    /// <summary>Questions answered by a pass over the tokens before the set is built.</summary>
    private const int Scans = 4;

    private HashSet<string>? _keys;
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _spans;
    private int _scans;

    private HashSet<string> Keys
    {
        get
        {
            if (_keys is null)
            {
                _keys = new HashSet<string>(tokens.Count, StringComparer.Ordinal);
                foreach (var token in tokens)
                {
                    _keys.Add(token.Key);
                }
            }

            return _keys;
        }
    }

    public int Count => Keys.Count;

    public bool Contains(string item) => Keys.Contains(item);

    /// <summary>Whether some token's key is <paramref name="item"/>, given as part of a longer key.</summary>
    public bool Contains(ReadOnlySpan<char> item)
    {
        if (_keys is null && _scans < Scans)
        {
            _scans++;
            foreach (var token in tokens)
            {
                if (item.SequenceEqual(token.Key))
                {
                    return true;
                }
            }

            return false;
        }

        if (_spans is not { } spans)
        {
            // Made once per document rather than per question (each GetAlternateLookup checks the comparer with a cast).
            spans = Keys.GetAlternateLookup<ReadOnlySpan<char>>();
            _spans = spans;
        }

        return spans.Contains(item);
    }

    public IEnumerator<string> GetEnumerator() => Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => Keys.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => Keys.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => Keys.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => Keys.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => Keys.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => Keys.SetEquals(other);
}
