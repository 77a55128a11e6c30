namespace Akhbar.Arabic.Entities;

/// <summary>
/// A gazetteer entry found over words <see cref="First"/>..<see cref="Last"/> (inclusive). The entry starts
/// <see cref="Offset"/> characters into the key of the first word, past its proclitics ("وبغداد" matches
/// "بغداد" at offset 1); <see cref="ViaPreposition"/> says that a bare preposition was read off to get there.
/// </summary>
public readonly record struct GazetteerMatch(int First, int Last, int Offset, GazetteerTypes Types, bool ViaPreposition);
