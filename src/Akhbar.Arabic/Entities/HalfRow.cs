using System.Runtime.CompilerServices;

namespace Akhbar.Arabic.Entities;

/// <summary>The weights of a feature, one per BIO tag, as the bits of half-precision floats (<see cref="FeatureTable"/>).</summary>
[InlineArray(BioTags.Count)]
public struct HalfRow
{
    private ushort _element;
}
