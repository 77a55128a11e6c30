using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// What the event rules ask of a document's tokens again and again, read once per token in one pass: the event word a
/// token is (<see cref="EventLexicon.Find(Token, string, out bool)"/>, with its future prefix) and the generic actor it
/// names (<see cref="GenericActors.Of"/>). Both answers depend on the token alone, so the rules read them here by the
/// token's index instead of looking them up each time: a trigger's neighbours are asked by the rules of every event
/// near them, and the protester pass after the main loop would otherwise read every token's key again, long after it
/// left the processor's cache (docs/PERFORMANCE.md, wt-perf21).
/// </summary>
/// <remarks>
/// The arrays are kept per thread and reused from one document to the next (the finder is not shared between threads,
/// and a document's readings are all written before any is read), so a document allocates nothing here unless it is
/// longer than any before it on its thread.
/// </remarks>
internal sealed class TokenReadings
{
    /// <summary>Above this many tokens a document's arrays are not kept for the next one.</summary>
    private const int MaxKeptTokens = 1 << 18;

    /// <summary>The flag bit of a token read with the future prefix; the low bits hold its <see cref="GenericActors.Kind"/>.</summary>
    private const byte FutureBit = 0x80;

    [ThreadStatic]
    private static EventLexeme?[]? t_lexemes;

    [ThreadStatic]
    private static byte[]? t_flags;

    private readonly EventLexeme?[] _lexemes;
    private readonly byte[] _flags;

    /// <summary>The document's token count: the kept arrays may be longer, and an index past it is no token.</summary>
    private readonly int _count;

    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public TokenReadings(Token[] tokens, string text, EventLexicon lexicon)
    {
        var n = _count = tokens.Length;
        if (t_lexemes is { } kept && t_flags is { } keptFlags && kept.Length >= n)
        {
            (_lexemes, _flags) = (kept, keptFlags);
        }
        else
        {
            _lexemes = new EventLexeme?[Math.Max(n, 4096)];
            _flags = new byte[_lexemes.Length];
            if (n <= MaxKeptTokens)
            {
                (t_lexemes, t_flags) = (_lexemes, _flags);
            }
        }

        for (var k = 0; k < n; k++)
        {
            _lexemes[k] = CircumstantialReadings.AfterComma(tokens, k, lexicon.Find(tokens[k], text, out var future), lexicon);
            _flags[k] = (byte)((byte)GenericActors.Of(tokens[k]) | (future ? FutureBit : 0));
        }
    }

    /// <summary>The event word the token at <paramref name="k"/> is, or null.</summary>
    public EventLexeme? Lexeme(int k) => _lexemes[Checked(k)];

    /// <summary>The event word the token at <paramref name="k"/> is, or null, and whether it carried the future prefix.</summary>
    public EventLexeme? Lexeme(int k, out bool future)
    {
        future = (_flags[Checked(k)] & FutureBit) != 0;
        return _lexemes[k];
    }

    /// <summary>The generic actor the token at <paramref name="k"/> names.</summary>
    public GenericActors.Kind GenericKind(int k) => (GenericActors.Kind)(_flags[Checked(k)] & ~FutureBit);

    /// <summary>The index, if it is one of the document's tokens; otherwise the same exception as reading the token array there.</summary>
    private int Checked(int k) => (uint)k < (uint)_count ? k : throw new IndexOutOfRangeException();

}
