using System.Runtime.CompilerServices;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The shape of each form of a word list (its first letter, its last three and its length) as a set of bits, asked before
/// each dictionary lookup of one reading of a word. <see cref="EndingFilter"/> turns away the words whose ending no form
/// has, once for all their readings; a third of a text's words pass it (endings such as "ات" + one letter are common),
/// and each of their readings (the word, less و/ف, less the future س, less the article) then cost a lookup that reads
/// the dictionary's tables, which the stages before the event stage have pushed out of the processor's cache. This test
/// reads one line of a 2 KB set and spares most of those lookups (docs/PERFORMANCE.md, wt-perf23).
/// </summary>
/// <remarks>
/// Shapes are hashed into the bits, so a shape no form has may still pass (then the lookup decides); a form's shape never
/// fails. Readings shorter than three letters always pass.
/// </remarks>
public sealed class FormShapeFilter
{
    /// <summary>Bits per form: about one in eight other shapes passes by a shared bit.</summary>
    private const int BitsPerForm = 8;

    private readonly HashedBitSet _shapes;

    public FormShapeFilter(IEnumerable<string> forms)
    {
        _shapes = new HashedBitSet(forms.Where(f => f.Length >= 3).Select(f => Shape(f)), BitsPerForm);
    }

    /// <summary>Whether <paramref name="reading"/> may be one of the forms: its shape is a form's, or it is too short to tell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeAForm(ReadOnlySpan<char> reading) => reading.Length < 3 || _shapes.MayHold(Shape(reading));

    /// <summary>The first letter, the last three and the length in one number (the length cut to its low 8 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Shape(ReadOnlySpan<char> word) =>
        ((ulong)(byte)word.Length << 56) ^ ((ulong)word[0] << 40) ^ ((ulong)word[^3] << 32) ^ ((ulong)word[^2] << 16) ^ word[^1];
}
