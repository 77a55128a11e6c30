using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Splits a paragraph into sentences at . ؟ ? ! ؛ … and their runs, followed by white space or the end.
/// Not at the Arabic comma; not inside a quotation that closes within the paragraph; not after a single-letter
/// abbreviation (د. م. ق.م), inside numbers (3.5, 1.200) and dates (15.9.2018), or after Latin initials (U.S.).
/// Closing quotes and brackets after the end mark belong to the sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SmallCharSet QuoteMarks = new("“«‹„”»›\"");

    /// <summary>The characters the scan below acts on: quotation marks and end marks. It skips every other one.</summary>
    private static readonly SmallCharSet Decisive = new("“«‹„”»›\".؟?!؛…۔");

    public static void Split(string text, TextSpan paragraph, int paragraphIndex, List<Sentence> output)
    {
        var start = SkipSpaces(text, paragraph.Start, paragraph.End);
        var quoteDepth = 0;
        var straightOpen = false;
        var closes = QuoteCloseMap(text, paragraph);
        var i = start;
        while (i < paragraph.End)
        {
            // Nothing happens at other characters: jump to the next quotation or end mark (a vectorized search).
            var skip = Decisive.IndexOfAny(text.AsSpan(i, paragraph.End - i));
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            switch (c)
            {
                case '“' or '«' or '‹' or '„':
                    if (closes.Opens(i))
                    {
                        quoteDepth++;
                    }

                    break;
                case '”' or '»' or '›':
                    if (quoteDepth > 0)
                    {
                        quoteDepth--;
                        if (quoteDepth == 0 && !straightOpen && EndsAfterCloser(text, i, paragraph))
                        {
                            AddSentence(text, start, i + 1, paragraphIndex, output);
                            start = SkipSpaces(text, i + 1, paragraph.End);
                            i = start;
                            continue;
                        }
                    }

                    break;
                case '"':
                    if (straightOpen)
                    {
                        straightOpen = false;
                        if (quoteDepth == 0 && EndsAfterCloser(text, i, paragraph))
                        {
                            AddSentence(text, start, i + 1, paragraphIndex, output);
                            start = SkipSpaces(text, i + 1, paragraph.End);
                            i = start;
                            continue;
                        }
                    }
                    else if (closes.Opens(i))
                    {
                        straightOpen = true;
                    }

                    break;
            }

            if (!IsEndMark(c) || quoteDepth > 0 || straightOpen || !EndsSentence(text, i, paragraph))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < paragraph.End && (IsEndMark(text[end]) || IsCloser(text[end])))
            {
                end++;
            }

            if (end >= paragraph.End || char.IsWhiteSpace(text[end]))
            {
                AddSentence(text, start, end, paragraphIndex, output);
                start = SkipSpaces(text, end, paragraph.End);
                i = start;
                continue;
            }

            i = end;
        }

        if (start < paragraph.End)
        {
            AddSentence(text, start, paragraph.End, paragraphIndex, output);
        }
    }

    private static void AddSentence(string text, int start, int end, int paragraph, List<Sentence> output)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            output.Add(new Sentence(new TextSpan(start, end), paragraph));
        }
    }

    /// <summary>A closing quotation mark right after an end mark and before white space ends the sentence: «قال "نعم." ثم».</summary>
    private static bool EndsAfterCloser(string text, int closer, TextSpan paragraph) =>
        closer > paragraph.Start && IsEndMark(text[closer - 1]) && EndsSentence(text, closer - 1, paragraph)
        && (closer + 1 >= paragraph.End || char.IsWhiteSpace(text[closer + 1]));

    private static bool IsEndMark(char c) => c is '.' or '؟' or '?' or '!' or '؛' or '…' or '۔';

    private static bool IsCloser(char c) => c is '”' or '»' or '›' or '"' or '\'' or ')' or ']' or '’';

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether the end mark at <paramref name="i"/> can end a sentence (a full stop has exceptions).</summary>
    private static bool EndsSentence(string text, int i, TextSpan paragraph)
    {
        if (text[i] != '.')
        {
            return true;
        }

        // 3.5, 1.200, 15.9.2018: a full stop between digits.
        if (i > paragraph.Start && i + 1 < paragraph.End && ArabicChars.IsAnyDigit(text[i - 1]) && ArabicChars.IsAnyDigit(text[i + 1]))
        {
            return false;
        }

        // A run of dots (an ellipsis written with full stops) ends a sentence like … does.
        if (i + 1 < paragraph.End && text[i + 1] == '.')
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > paragraph.Start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        var letters = 0;
        foreach (var ch in word)
        {
            if (char.IsLetter(ch))
            {
                letters++;
            }
        }

        // د. م. ق.م and U.S.: one letter before the dot, or dotted initials.
        if (letters == 1 || (word.Contains('.') && letters <= 4))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Which opening quotation marks close again within the paragraph. An unmatched opener is not treated as a
    /// quotation, so one stray mark cannot swallow the rest of the paragraph into one sentence.
    /// </summary>
    private static QuoteCloses QuoteCloseMap(string text, TextSpan paragraph)
    {
        // Most paragraphs quote nobody: no set to build for them.
        if (!QuoteMarks.ContainsAny(text.AsSpan(paragraph.Start, paragraph.Length)))
        {
            return default;
        }

        // The positions live in two lists per thread, reused by the next quoted paragraph: a paragraph is split
        // before the next one is looked at.
        var opens = t_opens ??= [];
        var stack = t_stack ??= [];
        opens.Clear();
        stack.Clear();
        var straight = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var skip = QuoteMarks.IndexOfAny(text.AsSpan(i, paragraph.End - i));
            if (skip < 0)
            {
                break;
            }

            i += skip;
            switch (text[i])
            {
                case '“' or '«' or '‹' or '„':
                    stack.Add(i);
                    break;
                case '”' or '»' or '›':
                    if (stack.Count > 0)
                    {
                        opens.Add(stack[^1]);
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;
                case '"':
                    if (straight < 0)
                    {
                        straight = i;
                    }
                    else
                    {
                        opens.Add(straight);
                        straight = -1;
                    }

                    break;
            }
        }

        opens.Sort();
        return new QuoteCloses(opens);
    }

    [ThreadStatic]
    private static List<int>? t_opens;

    [ThreadStatic]
    private static List<int>? t_stack;

    /// <summary>The positions of the opening marks that close, in order.</summary>
    private readonly record struct QuoteCloses(List<int>? OpenPositions)
    {
        public bool Opens(int i) => OpenPositions is { } open && open.BinarySearch(i) >= 0;
    }
}
