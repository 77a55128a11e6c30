using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Splits an Arabic word into proclitics (و ف, ب ل ك, س, ال and their chains, with ل+ال written لل),
/// a stem and an enclitic pronoun (ه ها هم هما هن ك كم كن كما ي نا). Rule-based and conservative: a split
/// needs a stem long enough to be a word, and words listed in <c>segmentation/no-split.tsv</c> stay whole.
/// Works on the folded key so that hamza and alef spellings do not matter.
/// </summary>
public sealed class CliticSegmenter
{
    private const int MinStem = 2;

    private readonly HashSet<string> _noSplit;

    public CliticSegmenter(HashSet<string> noSplit) => _noSplit = noSplit;

    public static CliticSegmenter Default { get; } = new(LoadNoSplit());

    private static HashSet<string> LoadNoSplit()
    {
        var tsv = TsvResource.Load("segmentation/no-split.tsv");
        var col = tsv.Column("word");
        return new HashSet<string>(tsv.Rows.Select(r => ArabicFolding.Fold(r[col])), StringComparer.Ordinal);
    }

    /// <summary>
    /// Segments <c>text[span]</c>, whose folded form is <paramref name="key"/>, into <paramref name="output"/>.
    /// The segments tile the span exactly. Non-Arabic words and numbers are one stem segment.
    /// </summary>
    public void Segment(string text, TextSpan span, string key, List<Segment> output)
    {
        if (key.Length == 0)
        {
            // A token of diacritics alone (a stray tanwin) has nothing to segment.
            output.Add(new Segment(span, SegmentRole.Stem));
            return;
        }

        if (!IsArabicWord(text, span) || key.Length != span.Length)
        {
            // Diacritics make the key shorter than the word: segment on letters only when they line up.
            if (IsArabicWord(text, span) && key.Length < span.Length)
            {
                SegmentWithMarks(text, span, key, output);
                return;
            }

            output.Add(new Segment(span, SegmentRole.Stem));
            return;
        }

        if (span.Length == 1 && SingleLetterRole(key[0]) is { } singleRole)
        {
            output.Add(new Segment(span, singleRole));
            return;
        }

        var (pre, stemStart, stemEnd, post) = Analyze(key, text.AsSpan(span.Start, span.Length));
        var at = span.Start;
        foreach (var (length, role) in pre)
        {
            output.Add(new Segment(new TextSpan(at, at + length), role));
            at += length;
        }

        output.Add(new Segment(new TextSpan(span.Start + stemStart, span.Start + stemEnd), SegmentRole.Stem));
        if (post > 0)
        {
            output.Add(new Segment(new TextSpan(span.Start + stemEnd, span.End), SegmentRole.Pronoun));
        }
    }

    /// <summary>
    /// The analysis of a folded word: proclitics (length, role), stem range and enclitic length.
    /// <paramref name="letters"/> is the unfolded word letter for letter (teh marbuta is not a pronoun).
    /// </summary>
    public (List<(int Length, SegmentRole Role)> Proclitics, int StemStart, int StemEnd, int EncliticLength) Analyze(string key, ReadOnlySpan<char> letters)
    {
        var pre = new List<(int, SegmentRole)>(3);
        if (_noSplit.Contains(key))
        {
            return (pre, 0, key.Length, 0);
        }

        var i = 0;
        // Conjunction.
        if (key.Length > i + 1 && key[i] is 'و' or 'ف' && CanFollowConjunction(key, i + 1))
        {
            pre.Add((1, SegmentRole.Conjunction));
            i++;
        }

        var hasArticle = false;
        // ل + ال written لل.
        if (Remaining(key, i) >= 2 + MinStem && key[i] == 'ل' && key[i + 1] == 'ل' && !_noSplit.Contains(key[i..]))
        {
            pre.Add((1, SegmentRole.Preposition));
            pre.Add((1, SegmentRole.Article));
            i += 2;
            hasArticle = true;
        }
        else
        {
            // Preposition or future marker, then the article.
            if (Remaining(key, i) >= 3 + MinStem && key[i] is 'ب' or 'ك' or 'ل' && key[i + 1] == 'ا' && key[i + 2] == 'ل' && !_noSplit.Contains(key[i..]))
            {
                pre.Add((1, SegmentRole.Preposition));
                i++;
            }
            else if (Remaining(key, i) >= 1 + 3 && key[i] is 'ب' or 'ل' or 'ك' && !_noSplit.Contains(key[i..]) && LooksLikePrepositionObject(key, i + 1))
            {
                pre.Add((1, SegmentRole.Preposition));
                i++;
            }
            else if (pre.Count > 0 && Remaining(key, i) >= 1 + 3 && key[i] == 'س' && key[i + 1] is 'ي' or 'ت' or 'ن' or 'ا')
            {
                pre.Add((1, SegmentRole.Future));
                i++;
            }

            if (Remaining(key, i) >= 2 + MinStem && key[i] == 'ا' && key[i + 1] == 'ل' && !_noSplit.Contains(key[i..]))
            {
                pre.Add((2, SegmentRole.Article));
                i += 2;
                hasArticle = true;
            }
        }

        if (key.Length - i < MinStem)
        {
            pre.Clear();
            i = 0;
            hasArticle = false;
        }

        var end = key.Length;
        var post = 0;
        if (!hasArticle && !_noSplit.Contains(key[i..]) && letters[^1] != 'ة')
        {
            post = EncliticLength(key, i);
            end -= post;
        }

        return (pre, i, end, post);
    }

    private void SegmentWithMarks(string text, TextSpan span, string key, List<Segment> output)
    {
        // Map key positions back to text positions (diacritics and tatweel were dropped from the key).
        var map = new int[key.Length + 1];
        var k = 0;
        for (var t = span.Start; t < span.End && k < key.Length; t++)
        {
            if (ArabicFolding.FoldChar(text[t]) != '\0')
            {
                map[k++] = t;
            }
        }

        map[key.Length] = span.End;
        var letters = new char[key.Length];
        for (var j = 0; j < key.Length; j++)
        {
            letters[j] = text[map[j]];
        }

        var (pre, stemStart, stemEnd, post) = Analyze(key, letters);
        var at = 0;
        foreach (var (length, role) in pre)
        {
            output.Add(new Segment(new TextSpan(map[at], map[at + length]), role));
            at += length;
        }

        output.Add(new Segment(new TextSpan(map[stemStart], post > 0 ? map[stemEnd] : span.End), SegmentRole.Stem));
        if (post > 0)
        {
            output.Add(new Segment(new TextSpan(map[stemEnd], span.End), SegmentRole.Pronoun));
        }
    }

    private static int Remaining(string key, int i) => key.Length - i;

    private bool CanFollowConjunction(string key, int i)
    {
        var rest = key.Length - i;
        if (rest < MinStem)
        {
            return false;
        }

        if (_noSplit.Contains(key))
        {
            return false;
        }

        // وال، وبال، ولل، وسي: a clitic or a verb prefix after the conjunction is strong evidence.
        if (rest >= 4 && key[i] == 'ا' && key[i + 1] == 'ل')
        {
            return true;
        }

        if (rest >= 4 && key[i] is 'ب' or 'ل' or 'ك' && key[i + 1] == 'ا' && key[i + 2] == 'ل')
        {
            return true;
        }

        if (rest >= 3 && key[i] == 'ل' && key[i + 1] == 'ل')
        {
            return true;
        }

        // وأضاف، وقال، فإن: the rest is a word of its own (a known word, or long enough to be one).
        return _noSplit.Contains(key[i..]) || rest >= 3;
    }

    private bool LooksLikePrepositionObject(string key, int i) =>
        _noSplit.Contains(key[i..]) || (key.Length - i >= 4 && key[i] is 'ا' or 'م' or 'ت' or 'ه');

    private static int EncliticLength(string key, int stemStart)
    {
        var stemLength = key.Length - stemStart;
        ReadOnlySpan<string> pronouns = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه"];
        foreach (var p in pronouns)
        {
            if (stemLength - p.Length >= 3 && key.EndsWith(p, StringComparison.Ordinal))
            {
                return p.Length;
            }
        }

        return 0;
    }

    private static SegmentRole? SingleLetterRole(char c) => c switch
    {
        'و' or 'ف' => SegmentRole.Conjunction,
        'ب' or 'ل' or 'ك' => SegmentRole.Preposition,
        _ => null,
    };

    private static bool IsArabicWord(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (!ArabicChars.IsArabicLetter(c) && !ArabicChars.IsDiacritic(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }
}
