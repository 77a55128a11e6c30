using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Cleaning;

/// <summary>
/// Finds teasers of other stories that a scraper appended after the article: a block of at least
/// <see cref="MinBlock"/> trailing paragraphs that are each shaped like a news lead (one statement with a
/// bare opening rather than a continuation with و or ف, a comma early on as in "قال فلان، وزير ...، الأحد،",
/// no list bullet, number or label, no question) and that, taken together, are about something else: few of their content words occur
/// in the headline and the first two paragraphs, and few are shared between the teasers themselves (a
/// list or a timeline that belongs to the article repeats its subject). Paragraphs at the head of the
/// block that are clearly about the article stay. The check errs on the side of keeping text.
/// </summary>
public sealed class TailTeaserDetector
{
    /// <summary>Fewest paragraphs in a block of teasers: up to three foreign-looking paragraphs at the end are too often content (a list, a short biography).</summary>
    public const int MinBlock = 4;

    /// <summary>Body paragraphs that must stay before the block, so that a short article is never cut to its lead.</summary>
    private const int MinBodyKept = 2;

    /// <summary>Shortest teaser: a lead of another story is a full sentence.</summary>
    private const int MinLength = 60;

    /// <summary>A lead has its first comma within this many characters (after the subject or the weekday).</summary>
    private const int CommaWithin = 90;

    /// <summary>A colon this close to the start is a label, not a lead.</summary>
    private const int LabelWithin = 30;

    /// <summary>A paragraph with at least this share of its content words in the article's opening is about the article.</summary>
    private const double RelatedOverlap = 0.5;

    /// <summary>A block is foreign when the mean share of its content words found in the opening is below this.</summary>
    private const double MaxMeanOverlap = 0.2;

    /// <summary>... and when its paragraphs share, pair by pair, less than this share of their content words.</summary>
    private const double MaxMutualOverlap = 0.3;

    /// <summary>A paragraph needs this many content words to be compared at all.</summary>
    private const int MinContentWords = 5;

    private readonly HashSet<string> _functionWords;

    public TailTeaserDetector(IEnumerable<string> functionWords)
    {
        _functionWords = new HashSet<string>(functionWords.Select(w => ArabicFolding.Fold(w)), StringComparer.Ordinal);
    }

    public static TailTeaserDetector Default { get; } = new(FunctionWords.AsWritten);

    /// <summary>How many of the trailing <paramref name="paragraphs"/> are teasers of other stories (0 when none).</summary>
    public int CountTeasers(string? title, IReadOnlyList<string> paragraphs)
    {
        var start = paragraphs.Count;
        while (start > MinBodyKept && IsLeadShaped(paragraphs[start - 1]))
        {
            start--;
        }

        if (paragraphs.Count - start < MinBlock)
        {
            return 0;
        }

        var opening = new HashSet<string>(StringComparer.Ordinal);
        if (title is not null)
        {
            AddContentWords(title, opening);
        }

        for (var i = 0; i < MinBodyKept; i++)
        {
            AddContentWords(paragraphs[i], opening);
        }

        while (start < paragraphs.Count && Overlap(ContentWords(paragraphs[start]), opening) >= RelatedOverlap)
        {
            start++;
        }

        var count = paragraphs.Count - start;
        if (count < MinBlock)
        {
            return 0;
        }

        var words = new List<HashSet<string>>(count);
        var meanOverlap = 0.0;
        for (var i = start; i < paragraphs.Count; i++)
        {
            var w = ContentWords(paragraphs[i]);
            words.Add(w);
            meanOverlap += Overlap(w, opening);
        }

        meanOverlap /= count;
        if (meanOverlap >= MaxMeanOverlap)
        {
            return 0;
        }

        var mutual = 0.0;
        var pairs = 0;
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                var smaller = Math.Min(words[i].Count, words[j].Count);
                mutual += smaller == 0 ? 0 : (double)Shared(words[i], words[j]) / smaller;
                pairs++;
            }
        }

        return mutual / pairs < MaxMutualOverlap ? count : 0;
    }

    /// <summary>Shaped like the lead of a news story rather than a continuation, a list item or a label.</summary>
    public static bool IsLeadShaped(string paragraph)
    {
        if (paragraph.Length < MinLength)
        {
            return false;
        }

        var first = paragraph[0];
        if (first is 'و' or 'ف' or '*' or '>' or '-' or '•' or '·' or '"' or '«' or '“' or '(' or '[' || char.IsDigit(first))
        {
            return false;
        }

        foreach (var opener in ContinuationOpeners)
        {
            if (paragraph.StartsWith(opener, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // A label in front ("الدفاع: ...", "المكان: ...") makes an item of a list that belongs to the article.
        var colon = paragraph.IndexOf(':');
        if (colon >= 0 && colon < LabelWithin)
        {
            return false;
        }

        var comma = paragraph.IndexOf('،');
        return comma >= 0 && comma < CommaWithin && !paragraph.TrimEnd().EndsWith(':') && IsOneStatement(paragraph);
    }

    /// <summary>
    /// One sentence and no question: a lead states one fact, while the paragraphs of a column or a feature
    /// (the usual false alarms) run to several sentences and ask questions.
    /// </summary>
    private static bool IsOneStatement(string paragraph)
    {
        if (paragraph.Contains('؟') || paragraph.Contains('?'))
        {
            return false;
        }

        var body = paragraph.AsSpan().TrimEnd().TrimEnd('.').TrimEnd();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] is '.' or '!' && (i + 1 == body.Length || char.IsWhiteSpace(body[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The share of <paramref name="words"/> found in <paramref name="reference"/>; 1 for a paragraph too short to judge.</summary>
    private static double Overlap(HashSet<string> words, HashSet<string> reference) =>
        words.Count < MinContentWords ? 1.0 : (double)Shared(words, reference) / words.Count;

    private static int Shared(HashSet<string> a, HashSet<string> b)
    {
        var n = 0;
        foreach (var w in a)
        {
            if (b.Contains(w))
            {
                n++;
            }
        }

        return n;
    }

    private HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        AddContentWords(text, set);
        return set;
    }

    /// <summary>Folded words of three letters or more, without the article and one-letter proclitics, and without function words.</summary>
    private void AddContentWords(string text, HashSet<string> into)
    {
        var folded = ArabicFolding.Fold(text);
        var i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && !char.IsLetter(folded[i]))
            {
                i++;
            }

            var start = i;
            while (i < folded.Length && char.IsLetter(folded[i]))
            {
                i++;
            }

            if (i - start < 3)
            {
                continue;
            }

            var word = folded[start..i];
            if (_functionWords.Contains(word))
            {
                continue;
            }

            word = StripProclitics(word);
            if (word.Length >= 3 && !_functionWords.Contains(word))
            {
                into.Add(word);
            }
        }
    }

    /// <summary>A rough cut of the article and one-letter proclitics, enough to match "والرئيس" with "الرئيس" and "رئيس".</summary>
    private static string StripProclitics(string word)
    {
        if (word.Length <= 4)
        {
            return word;
        }

        foreach (var prefix in Proclitics)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= 3)
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }

    /// <summary>Openings of a paragraph that continues the one before it (و and ف are checked on their own).</summary>
    private static readonly string[] ContinuationOpeners = ["كما ", "لكن", "ثم ", "إلا ", "أما ", "اما "];

    private static readonly string[] Proclitics = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل"];
}
