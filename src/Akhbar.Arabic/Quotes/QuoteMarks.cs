using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>A pair of quotation marks: the offsets of the opening and the closing mark in the clean text.</summary>
public readonly record struct MarkedSpan(int Open, int Close)
{
    /// <summary>The text between the marks.</summary>
    public TextSpan Inside => new(Open + 1, Close);
}

/// <summary>
/// Pairs the quotation marks of a text: “…” «…» ‹…› „…" and straight "…", nested to any depth; only the outermost
/// pairs are returned. News sites also write ”…” with the closing mark on both sides, so a ” with nothing open
/// opens. A quote may span paragraphs: when a paragraph starts with the mark of a quote still open from the
/// previous paragraph (the typographic convention for multi-paragraph quotes), that mark continues it. Marks that
/// never pair are reported, not guessed at.
/// </summary>
public static class QuoteMarks
{
    private const int MaxParagraphsSpanned = 4;

    public static List<MarkedSpan> Pair(string text, IReadOnlyList<Paragraph> paragraphs, List<string> problems)
    {
        var pairs = new List<MarkedSpan>();
        var open = new List<(int Pos, char Mark, int Paragraph)>();
        var paragraph = -1;
        var nextParagraph = 0;
        var paragraphStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsMark(c))
            {
                continue;
            }

            while (nextParagraph < paragraphs.Count && paragraphs[nextParagraph].Span.Start <= i)
            {
                paragraph = nextParagraph;
                paragraphStart = paragraphs[nextParagraph].Span.Start;
                nextParagraph++;
            }

            if (c is '"' or '”')
            {
                // Straight and right double quotes open and close alike; a stray one would flip every later pair,
                // so where it sits decides: after a word and before a space it closes, after a space before a word it opens.
                var before = i > 0 ? text[i - 1] : ' ';
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                var looksClosing = !char.IsWhiteSpace(before) && !char.IsLetter(after);
                var looksOpening = (char.IsWhiteSpace(before) || before is ':' or '(' or '،') && char.IsLetterOrDigit(after);
                var family = open.FindLastIndex(o => Family(o.Mark) == Family(c));
                if (family < 0 && looksClosing && !looksOpening)
                {
                    problems.Add($"closing quotation mark {c} at {i} has no opening mark; ignored.");
                    continue;
                }

                if (family >= 0 && looksOpening && !looksClosing && open[family].Paragraph < paragraph)
                {
                    problems.Add($"quotation mark {open[family].Mark} at {open[family].Pos} is never closed; ignored.");
                    open.RemoveRange(family, open.Count - family);
                }
            }

            if (IsOpening(c, open))
            {
                if (open.Count > 0 && open[^1].Paragraph < paragraph && i == paragraphStart && Family(open[^1].Mark) == Family(c))
                {
                    continue;
                }

                open.Add((i, c, paragraph));
                continue;
            }

            var match = open.FindLastIndex(o => Family(o.Mark) == Family(c));
            if (match < 0)
            {
                problems.Add($"closing quotation mark {c} at {i} has no opening mark; ignored.");
                continue;
            }

            for (var k = open.Count - 1; k > match; k--)
            {
                problems.Add($"quotation mark {open[k].Mark} at {open[k].Pos} is never closed; ignored.");
            }

            var start = open[match];
            open.RemoveRange(match, open.Count - match);
            if (paragraph - start.Paragraph > MaxParagraphsSpanned)
            {
                problems.Add($"quotation marks at {start.Pos} and {i} are {paragraph - start.Paragraph} paragraphs apart; not taken as one quote.");
                continue;
            }

            if (open.Count == 0)
            {
                pairs.Add(new MarkedSpan(start.Pos, i));
            }
        }

        foreach (var o in open)
        {
            problems.Add($"quotation mark {o.Mark} at {o.Pos} is never closed; ignored.");
        }

        return pairs;
    }

    public static bool IsMark(char c) => c is '“' or '”' or '«' or '»' or '‹' or '›' or '„' or '"';

    private static bool IsOpening(char c, List<(int Pos, char Mark, int Paragraph)> open) => c switch
    {
        '«' or '‹' or '„' or '“' => true,
        '»' or '›' => false,

        // ” and " close a quote of their family that is open, and open one otherwise.
        _ => open.FindLastIndex(o => Family(o.Mark) == Family(c)) < 0,
    };

    /// <summary>Marks that close each other: curly and straight double quotes are written interchangeably.</summary>
    private static int Family(char c) => c switch
    {
        '«' or '»' => 1,
        '‹' or '›' => 2,
        _ => 3,
    };
}
