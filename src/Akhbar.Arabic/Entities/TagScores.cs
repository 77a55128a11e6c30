using System.Runtime.Intrinsics;

namespace Akhbar.Arabic.Entities;

/// <summary>Sums of scores, one per BIO tag, added tag by tag.</summary>
public static class TagScores
{
    /// <summary>
    /// Adds <paramref name="from"/> to <paramref name="to"/> (both <see cref="BioTags.Count"/> long), each tag
    /// on its own, so the sums are those of a plain loop: the first eight tags in one vector, then the ninth.
    /// </summary>
    public static void Add(ReadOnlySpan<float> from, Span<float> to)
    {
        if (Vector256.IsHardwareAccelerated && BioTags.Count == 9)
        {
            (Vector256.Create(from) + Vector256.Create<float>(to)).CopyTo(to);
            to[8] += from[8];
            return;
        }

        for (var t = 0; t < BioTags.Count; t++)
        {
            to[t] += from[t];
        }
    }

    /// <summary>
    /// Adds the weights of <paramref name="from"/>, half-precision floats, to <paramref name="to"/> as <see cref="Add"/>
    /// adds floats: each half becomes the float of the same value (every half has one, so the sums are those of the
    /// floats the halves were made from), the first eight in one vector, then the ninth.
    /// </summary>
    public static void AddHalves(in HalfRow from, Span<float> to)
    {
        ReadOnlySpan<ushort> halves = from;
        if (Vector256.IsHardwareAccelerated && BioTags.Count == 9)
        {
            var (low, high) = Vector128.Widen(Vector128.Create(halves));
            (ToSingles(Vector256.Create(low, high)) + Vector256.Create<float>(to)).CopyTo(to);
            to[8] += ToSingle(halves[8]);
            return;
        }

        for (var t = 0; t < BioTags.Count; t++)
        {
            to[t] += ToSingle(halves[t]);
        }
    }

    /// <summary>
    /// The float of a finite half's bits: a normal half moves its exponent from bias 15 to bias 127 and its ten mantissa
    /// bits to the top of the float's; a subnormal half (or zero) is its mantissa times 2^-24, both exact in a float.
    /// </summary>
    public static float ToSingle(ushort half)
    {
        var magnitude = half & 0x7FFFu;
        var bits = magnitude < 0x400u
            ? BitConverter.SingleToUInt32Bits(magnitude * (1f / 16_777_216f))
            : (magnitude << 13) + 0x3800_0000u;
        return BitConverter.UInt32BitsToSingle(bits | ((half & 0x8000u) << 16));
    }

    /// <summary><see cref="ToSingle"/> of eight halves (in the low 16 bits of each lane) at once.</summary>
    private static Vector256<float> ToSingles(Vector256<uint> halves)
    {
        var magnitude = halves & Vector256.Create(0x7FFFu);
        var normal = (magnitude << 13) + Vector256.Create(0x3800_0000u);
        var subnormal = (Vector256.ConvertToSingle(magnitude.AsInt32()) * Vector256.Create(1f / 16_777_216f)).AsUInt32();
        var bits = Vector256.ConditionalSelect(Vector256.LessThan(magnitude, Vector256.Create(0x400u)), subnormal, normal);
        return (bits | ((halves & Vector256.Create(0x8000u)) << 16)).AsSingle();
    }
}
