namespace Akhbar.Arabic.Entities;

/// <summary>
/// 32-bit hashes of feature templates and their values, computed from spans so that extracting features
/// allocates nothing. A string is hashed once (FNV-1a, <see cref="OfText"/>); a feature is its template id
/// mixed with one or two value hashes by an integer finalizer, so a word's hash serves every template.
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="value"/>.</summary>
    public static uint OfText(ReadOnlySpan<char> value)
    {
        var hash = Offset;
        foreach (var c in value)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ (uint)(c >> 8)) * Prime;
        }

        return hash;
    }

    public static uint Of(int template) => Finish((uint)template * 0x9E3779B1u);

    public static uint Of(int template, uint value) => Finish(((uint)template * 0x9E3779B1u) ^ Finish(value + 0x7F4A7C15u));

    public static uint Of(int template, uint a, uint b) => Finish(Of(template, a) ^ Finish(b + 0x2545F491u));

    public static uint Of(int template, ReadOnlySpan<char> value) => Of(template, OfText(value));

    public static uint Of(int template, int value) => Of(template, (uint)value);

    /// <summary>The murmur3 finalizer: every input bit affects every output bit.</summary>
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
