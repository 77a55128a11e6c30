using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// The nine BIO tags as small integers: 0 is O, 1..4 are B-PERS, B-LOC, B-ORG, B-MISC and 5..8 the I- tags
/// in the same order. An I- tag may only follow the B- or I- tag of its own type.
/// </summary>
public static class BioTags
{
    public const int Count = 9;
    public const int Outside = 0;

    private const int TypeCount = 4;

    private static readonly string[] Names = ["O", "B-PERS", "B-LOC", "B-ORG", "B-MISC", "I-PERS", "I-LOC", "I-ORG", "I-MISC"];

    public static string Name(int tag) => Names[tag];

    public static int Begin(EntityType type) => 1 + (int)type;

    public static int Inside(EntityType type) => 1 + TypeCount + (int)type;

    public static bool IsBegin(int tag) => tag is >= 1 and <= TypeCount;

    public static bool IsInside(int tag) => tag > TypeCount;

    /// <summary>Whether word <paramref name="i"/> of a sentence's tags exists and is outside every entity, free for a rule to take.</summary>
    public static bool IsOutsideAt(int[] tags, int i) => i < tags.Length && tags[i] == Outside;

    /// <summary>The type of a B- or I- tag; undefined for O.</summary>
    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) % TypeCount);

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1: sentence start).</summary>
    public static bool CanFollow(int previous, int next) =>
        !IsInside(next) || (previous > 0 && TypeOf(previous) == TypeOf(next));

    /// <summary>Parses "O", "B-LOC", "I-PERS" ...; false for anything else.</summary>
    public static bool TryParse(string name, out int tag)
    {
        tag = Array.IndexOf(Names, name);
        return tag >= 0;
    }

    /// <summary>The same chunks as valid BIO: an I- tag that starts a chunk becomes the B- tag of its type.</summary>
    public static int[] Repair(ReadOnlySpan<int> tags)
    {
        var result = tags.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (!CanFollow(i == 0 ? -1 : result[i - 1], result[i]))
            {
                result[i] = Begin(TypeOf(result[i]));
            }
        }

        return result;
    }

    /// <summary>
    /// The entity chunks of a tag sequence as (first, last inclusive, type), conlleval style: an I- tag that
    /// does not continue a chunk of its type starts a new one, so invalid sequences are still scored.
    /// </summary>
    public static List<(int First, int Last, EntityType Type)> Chunks(ReadOnlySpan<int> tags)
    {
        var chunks = new List<(int, int, EntityType)>();
        foreach (var chunk in ChunksOf(tags))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    /// <summary>
    /// The chunks of <see cref="Chunks"/> one at a time, without a list: the entity stage reads the chunks of every
    /// sentence several times. A chunk is given once its end is known, and the tags before the next one are not
    /// read again, so a caller may retag the chunk it was given.
    /// </summary>
    public static ChunkEnumerator ChunksOf(ReadOnlySpan<int> tags) => new(tags);

    /// <summary>Enumerates the chunks of a tag sequence (<see cref="ChunksOf"/>).</summary>
    public ref struct ChunkEnumerator(ReadOnlySpan<int> tags)
    {
        private readonly ReadOnlySpan<int> _tags = tags;
        private int _next;
        private int _start = -1;

        public (int First, int Last, EntityType Type) Current { get; private set; }

        public readonly ChunkEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            for (var i = _next; i <= _tags.Length; i++)
            {
                var tag = i < _tags.Length ? _tags[i] : Outside;
                if (_start >= 0 && IsInside(tag) && TypeOf(tag) == TypeOf(_tags[_start]))
                {
                    continue;
                }

                var ended = _start;
                _start = tag != Outside ? i : -1;
                if (ended >= 0)
                {
                    Current = (ended, i - 1, TypeOf(_tags[ended]));
                    _next = i + 1;
                    return true;
                }
            }

            _next = _tags.Length + 1;
            return false;
        }
    }
}
