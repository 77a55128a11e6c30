using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Time;

/// <summary>
/// A token as the time recognizer sees it: its time meanings (looked up on the whole folded key, then without the
/// conjunction or preposition, then on the stem without the article) and where the matched form starts, so that
/// "وأمس" yields an expression starting at أمس. <see cref="Bare"/> is the key of the matched form (the whole key
/// when nothing matched).
/// </summary>
public readonly record struct TimeToken(int Start, int End, string Key, string Bare, TokenKind Kind, bool Conj, bool Article, TimeWord[] Words)
{
    /// <summary>Kinds that only introduce or qualify an expression: a token with nothing else cannot start one.</summary>
    private static readonly ulong FunctionKinds = MaskOf(
        TimeWordKind.In, TimeWordKind.From, TimeWordKind.To, TimeWordKind.Between, TimeWordKind.And, TimeWordKind.Ago, TimeWordKind.Since,
        TimeWordKind.After, TimeWordKind.During, TimeWordKind.Throughout, TimeWordKind.Every, TimeWordKind.Few, TimeWordKind.This,
        TimeWordKind.Approx, TimeWordKind.Comparative, TimeWordKind.Edge, TimeWordKind.FutureCue, TimeWordKind.NotFuture, TimeWordKind.HijriMarker, TimeWordKind.GregorianMarker);

    /// <summary>One bit per <see cref="TimeWordKind"/> of <see cref="Words"/>, so that the recognizer tests kinds without looping.</summary>
    public ulong Mask { get; } = MaskOf(Words);

    public static ulong MaskOf(params ReadOnlySpan<TimeWordKind> kinds)
    {
        var mask = 0UL;
        foreach (var k in kinds)
        {
            mask |= 1UL << (int)k;
        }

        return mask;
    }

    private static ulong MaskOf(TimeWord[] words)
    {
        var mask = 0UL;
        foreach (var w in words)
        {
            mask |= 1UL << (int)w.Kind;
        }

        return mask;
    }

    /// <summary>Fills <paramref name="result"/> (at least as long as <paramref name="tokens"/>, usually rented from a pool) with the time view of each token.</summary>
    public static void From(string text, IReadOnlyList<Token> tokens, TimeLexicon lexicon, TimeToken[] result)
    {
        // Most tokens are not time words: fold into a stack buffer and look up without allocating.
        Span<char> buffer = stackalloc char[64];
        // The segmenter hands over an array: index it directly rather than through the interface.
        var list = tokens as Token[] ?? [.. tokens];
        for (var i = 0; i < list.Length; i++)
        {
            var t = list[i];
            if (t.Kind != TokenKind.Word)
            {
                // Numbers are read by the patterns from their keys; punctuation, symbols and URLs mean no time.
                result[i] = new TimeToken(t.Span.Start, t.Span.End, t.Key, t.Key, t.Kind, false, false, []);
                continue;
            }

            var bareStart = t.Span.Start;
            var stem = t.Span;
            var conj = false;
            var article = false;
            var leading = true;
            var segments = t.Segments.Length > 1 ? t.Segments : [];
            foreach (var s in segments)
            {
                if (leading && s.Role is SegmentRole.Conjunction or SegmentRole.Preposition)
                {
                    conj |= s.Role == SegmentRole.Conjunction;
                    bareStart = s.Span.End;
                    continue;
                }

                leading = false;
                article |= s.Role == SegmentRole.Article;
                if (s.Role == SegmentRole.Stem)
                {
                    stem = s.Span;
                }
            }

            var words = lexicon.Lookup(t.Key);
            var start = t.Span.Start;
            var bare = t.Key;
            if (words.Length == 0 && t.Kind == TokenKind.Word)
            {
                // Without diacritics the key lines up with the text, so the forms without clitics are slices of it.
                var aligned = t.Key.Length == t.Span.Length;
                if (bareStart > t.Span.Start)
                {
                    var form = aligned ? t.Key.AsSpan(bareStart - t.Span.Start) : Fold(text, bareStart, t.Span.End, buffer);
                    words = lexicon.Lookup(form);
                    if (words.Length > 0)
                    {
                        start = bareStart;
                        bare = form.ToString();
                    }
                }

                if (words.Length == 0 && stem.Start > bareStart)
                {
                    words = lexicon.Lookup(aligned ? t.Key.AsSpan(stem.Start - t.Span.Start, stem.Length) : Fold(text, stem.Start, stem.End, buffer));
                    start = bareStart;
                }

                // ل، ب، ك glued to a short word the segmenter keeps whole ("لسنة 2016", "بيوم واحد", "ليوم كامل").
                if (words.Length == 0 && t.Key.Length >= 3 && t.Key[0] is 'ل' or 'ب' or 'ك' && t.Segments.Length == 1
                    && ArabicFolding.FoldChar(text[t.Span.Start]) == t.Key[0] && t.Span.Length == t.Key.Length)
                {
                    words = lexicon.Lookup(t.Key.AsSpan(1));
                    if (words.Length > 0)
                    {
                        start = t.Span.Start + 1;
                        bare = t.Key[1..];
                    }
                }

                // و glued to a time word the segmenter keeps whole ("والعشرون" in "الثانية والعشرون من يونيو").
                var glued = false;
                if (words.Length == 0 && t.Key.Length >= 4 && t.Key[0] == 'و' && t.Segments.Length == 1 && aligned)
                {
                    words = lexicon.Lookup(t.Key.AsSpan(1));
                    if (words.Length > 0)
                    {
                        start = t.Span.Start + 1;
                        bare = t.Key[1..];
                        glued = true;
                    }
                }

                conj |= glued;
                if (words.Length == 0)
                {
                    start = t.Span.Start;
                    // A month name run into the next word by a missing space ("ديسمبرالماضي", "أكتوبرالساعة"): the
                    // token means the month; Bare is the month and the recognizer reads the rest of the key after it.
                    if (t.Key.Length >= 7 && aligned && t.Key.IndexOf("ال", 3, StringComparison.Ordinal) is var p && p > 0 && p <= t.Key.Length - 4
                        && lexicon.Lookup(t.Key.AsSpan(0, p)) is { Length: > 0 } head && IsPlainMonth(head))
                    {
                        words = head;
                        bare = t.Key[..p];
                    }
                }
            }

            result[i] = new TimeToken(start, t.Span.End, t.Key, bare, t.Kind, conj && start > t.Span.Start, article, words);
        }

    }

    private static bool IsPlainMonth(TimeWord[] words)
    {
        var month = false;
        foreach (var w in words)
        {
            if (w.Kind == TimeWordKind.Ambiguous)
            {
                return false;
            }

            month |= w.Kind is TimeWordKind.Month or TimeWordKind.HijriMonth;
        }

        return month;
    }

    /// <summary>The rest of a key after the month it starts with, when the two were run together (see <see cref="From"/>); empty otherwise.</summary>
    public ReadOnlySpan<char> GluedTail => Bare.Length < Key.Length && Key.StartsWith(Bare, StringComparison.Ordinal) ? Key.AsSpan(Bare.Length) : [];

    private static ReadOnlySpan<char> Fold(string text, int start, int end, Span<char> buffer) =>
        end - start <= buffer.Length ? buffer[..ArabicFolding.Fold(text.AsSpan(start, end - start), buffer)] : [];

    public bool Has(TimeWordKind kind) => (Mask & (1UL << (int)kind)) != 0;

    public bool HasAny(ulong kinds) => (Mask & kinds) != 0;

    /// <summary>Whether an expression can start here: a number, or a word that means a time by itself (not only a preposition or a cue).</summary>
    public bool IsContent => Kind == TokenKind.Number || (Mask & ~FunctionKinds) != 0;

    public TimeWord? Find(TimeWordKind kind)
    {
        if (!Has(kind))
        {
            return null;
        }

        foreach (var w in Words)
        {
            if (w.Kind == kind)
            {
                return w;
            }
        }

        return null;
    }

    public bool IsPunct(char c) => Kind is TokenKind.Punctuation or TokenKind.Symbol && Key.Length == 1 && Key[0] == c;
}
