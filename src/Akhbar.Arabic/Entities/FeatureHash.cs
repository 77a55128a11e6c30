namespace Akhbar.Arabic.Entities;

/// <summary>
/// 32-bit FNV-1a hashes of feature templates and their values, computed from spans so that extracting
/// features allocates nothing. A template id is mixed in first so equal values of different templates differ.
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(int template) => Mix(Offset, (uint)template);

    public static uint Of(int template, ReadOnlySpan<char> value) => Add(Of(template), value);

    public static uint Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Mix(Of(template, a), 0xFFFF), b);

    public static uint Of(int template, int value) => Mix(Of(template), (uint)value);

    public static uint Add(uint hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    private static uint Mix(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        return (hash ^ (value >> 8)) * Prime;
    }
}
