using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Remembers the analysis of words as written (not folded: the letters that folding hides take part in the
/// decision), so that the frequent words of a corpus are analysed once, and each word's folded key, so that a word
/// seen before needs neither folding nor a new key string. Lookups take spans and allocate nothing. It stops growing
/// at <see cref="Capacity"/> entries (about 12 MB), which keeps memory flat on any corpus while the common words, seen
/// first, stay cached: ant-multisource has 235,000 distinct words, and those after the first 100,000 are rare.
/// </summary>
/// <remarks>
/// Not thread-safe: <see cref="CliticSegmenter"/> keeps one per thread. Nearly every word token of a document is looked
/// up here, and a lookup is bound by memory latency, not by arithmetic: a general dictionary reads a bucket, an entry
/// and the key string, three random places in memory (about 90 ns a word on the shared machine, more than the rest of
/// segmentation). Here a word of up to twelve letters (all but one in a thousand) is compared with the letters stored in
/// its slot, so a hit reads one slot; longer words also read the word they are compared with. Open addressing with linear
/// probing, at most 70% full: a neighbour slot is mostly in the same cache line, and the smaller table stays in the
/// processor's caches (the bench's 72,000 words fit 131,072 slots, 7 MB of 56-byte slots, where a half-full table took 262,144; lookups
/// without the prefetch below, `segsteps` "word keys and segments": 86-91 ms to 69-79 ms per pass). The segmentation stage also asks for the slot of the word eight tokens ahead
/// (<see cref="Prefetch"/>), so that the memory waits of successive words overlap. A small direct-mapped table of
/// recent words in front of this one was tried and dropped: it made the stage slower (one more probe for every word,
/// a copy for every word it did not hold).
/// </remarks>
public sealed class CliticAnalysisCache
{
    public const int Capacity = 100_000;

    /// <summary>Letters packed into the hash and compared inside the slot; longer words keep their text as well.</summary>
    private const int InlineLetters = 8;

    private Slot[] _slots = new Slot[1024];
    private int _count;

    public int Count => _count;

    public bool TryGet(ReadOnlySpan<char> word, out CliticAnalysis analysis) => TryGet(word, out analysis, out _);

    /// <summary>The analysis and the folded key of a word (null when it was added without its key).</summary>
    public bool TryGet(ReadOnlySpan<char> word, out CliticAnalysis analysis, out string? key) => TryGet(word, out analysis, out key, out _);

    /// <summary>
    /// The analysis, the folded key and the key's length, read from the slot: a caller that needs the length (to tell a
    /// word written with marks from a plain one) need not read the key string, which is one more place in memory.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out CliticAnalysis analysis, out string? key, out int keyLength)
    {
        var at = Find(word, Hash(word, out var low, out var high), low, high);
        if (at >= 0)
        {
            ref var slot = ref _slots[at];
            (analysis, key, keyLength) = (slot.Analysis, slot.Key, slot.KeyLength);
            return true;
        }

        (analysis, key, keyLength) = (default, null, 0);
        return false;
    }

    /// <summary>
    /// Asks the processor to start loading the slot where <paramref name="word"/> would be, so that looking it up a few
    /// words later does not wait for memory. Only a hint: it changes no answer.
    /// </summary>
    public unsafe void Prefetch(ReadOnlySpan<char> word)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var hash = Hash(word, out _, out _);
        Sse.Prefetch0(Unsafe.AsPointer(ref _slots[hash & (_slots.Length - 1)]));
    }

    /// <summary>Remembers a word's analysis, and its folded key when given (it must be the word's folded form).</summary>
    public void Add(ReadOnlySpan<char> word, CliticAnalysis analysis, string? key = null)
    {
        if (_count >= Capacity || word.IsEmpty || word.Length > ushort.MaxValue || key?.Length > ushort.MaxValue)
        {
            return;
        }

        var hash = Hash(word, out var low, out var high);
        if (Find(word, hash, low, high) >= 0)
        {
            return;
        }

        if ((_count + 1) * 10 > _slots.Length * 7)
        {
            Grow();
        }

        var mask = _slots.Length - 1;
        var i = hash & mask;
        while (_slots[i].Length != 0)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = new Slot
        {
            Key = key,
            Word = word.Length > InlineLetters ? word.ToString() : null,
            Next = word.Length > InlineLetters ? NextLetters(word) : 0,
            Low = low,
            High = high,
            Hash = hash,
            Length = (ushort)word.Length,
            KeyLength = (ushort)(key?.Length ?? 0),
            Analysis = analysis,
        };
        _count++;
    }

    /// <summary>The slot holding <paramref name="word"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<char> word, int hash, ulong low, ulong high)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Length == 0)
            {
                return -1;
            }

            if (Matches(slot, word, hash, low, high))
            {
                return i;
            }

            i = (i + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(in Slot slot, ReadOnlySpan<char> word, int hash, ulong low, ulong high) =>
        slot.Hash == hash && slot.Length == word.Length && slot.Low == low && slot.High == high
        && (word.Length <= InlineLetters || (slot.Next == NextLetters(word) && (word.Length <= InlineLetters + 4 || word.SequenceEqual(slot.Word))));

    /// <summary>
    /// The ninth to twelfth letters of a word longer than eight, packed into a number: compared in the slot, so that
    /// only a word of more than twelve letters reads its text (`perf` found the stage waiting on that text, in a place
    /// of its own in memory, for the one word in twenty-five longer than eight letters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NextLetters(ReadOnlySpan<char> word)
    {
        ulong next = 0;
        var end = Math.Min(word.Length, InlineLetters + 4);
        for (var i = InlineLetters; i < end; i++)
        {
            next |= (ulong)word[i] << (16 * (i - InlineLetters));
        }

        return next;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Length == 0)
            {
                continue;
            }

            var i = slot.Hash & mask;
            while (_slots[i].Length != 0)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }

    /// <summary>
    /// A hash of the word, and its first eight letters packed four to a number (the inline comparison). A non-negative
    /// int, so that it can index the table after masking.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word, out ulong low, out ulong high)
    {
        // Whole numbers are read from the word where it is long enough (both sides of a comparison pack the same way,
        // so the byte order does not matter); only words of one to three letters are packed letter by letter.
        var n = word.Length;
        ref var bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        if (n >= InlineLetters)
        {
            low = Unsafe.ReadUnaligned<ulong>(ref bytes);
            high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8));
        }
        else if (n >= 4)
        {
            low = Unsafe.ReadUnaligned<ulong>(ref bytes);

            // The last four letters, shifted so that only those after the fourth remain.
            high = n == 4 ? 0 : Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (n - 4) * 2)) >> ((8 - n) * 16);
        }
        else
        {
            low = 0;
            high = 0;
            for (var i = 0; i < n; i++)
            {
                low |= (ulong)word[i] << (16 * i);
            }
        }

        var h = (low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)word.Length;
        for (var i = InlineLetters; i < word.Length; i++)
        {
            h = (h ^ word[i]) * 0x100000001B3UL;
        }

        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (int)(h >> 33);
    }

    private struct Slot
    {
        public string? Key;
        public string? Word;
        public ulong Low;
        public ulong High;
        public ulong Next;
        public int Hash;
        public ushort Length;
        public ushort KeyLength;
        public CliticAnalysis Analysis;
    }
}
