using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Tests.Support;

/// <summary>
/// The properties every analyzed document must have, whatever its input (issue 2, "What must be true"):
/// spans in bounds and ordered, sentences inside their paragraph, tokens inside sentences, segments tiling
/// their token, cleaning idempotent, no invisible control or presentation form in the output, and paragraph
/// raw ranges that fold back to the clean paragraph. Returns every violation found, so that a corpus run
/// can report them all at once instead of stopping at the first.
/// </summary>
public static class DocumentInvariants
{
    public static List<string> Check(Document doc, AnalysisPipeline pipeline)
    {
        var v = new List<string>();
        var text = doc.Text;
        var body = doc.Raw.Body;

        if (doc.Title is { } title && !InBounds(title, text.Length))
        {
            v.Add($"title {title} out of bounds (text length {text.Length})");
        }

        CheckParagraphs(doc, v);
        CheckRemoved(doc, v);
        CheckSentences(doc, v);
        CheckTokens(doc, v);
        CheckQuotes(doc, v);

        var bad = FirstForbidden(text);
        if (bad >= 0)
        {
            v.Add($"text has U+{(int)text[bad]:X4} at {bad}");
        }

        foreach (var t in doc.Tokens)
        {
            if (FirstForbidden(t.Key) >= 0)
            {
                v.Add($"token key \"{t.Key}\" has an invisible control or presentation form");
                break;
            }
        }

        foreach (var d in doc.Diagnostics)
        {
            if (FirstForbidden(d.Message) >= 0)
            {
                v.Add($"diagnostic {d.Code} has an invisible control or presentation form");
            }
        }

        if (doc.Raw.Format == RawFormat.PlainText)
        {
            foreach (var p in doc.Paragraphs)
            {
                if (p.RawStart is not { } rs || p.RawEnd is not { } re)
                {
                    v.Add($"paragraph {p.Span} has no raw range");
                    continue;
                }

                if (rs < 0 || re > body.Length || rs > re)
                {
                    continue; // already reported by CheckParagraphs
                }

                var folded = UnicodeCleaner.Normalize(body[rs..re]);
                if (folded != doc.Slice(p.Span))
                {
                    v.Add($"paragraph {p.Span}: raw [{rs}, {re}) folds to \"{Excerpt(folded)}\", not the clean \"{Excerpt(doc.Slice(p.Span))}\"");
                }
            }
        }

        if (text.Length > 0)
        {
            var again = pipeline.Cleaner.Clean(new RawArticle { Id = doc.Id, Body = text }).Text;
            if (again != text)
            {
                v.Add($"cleaning is not idempotent: {FirstDifference(text, again)}");
            }
        }

        return v;
    }

    /// <summary>Bidi controls, the Arabic letter mark and presentation forms: none may reach an output string.</summary>
    public static bool IsForbidden(char c) =>
        c is '\u200E' or '\u200F' or '\u061C' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static int FirstForbidden(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (IsForbidden(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void CheckParagraphs(Document doc, List<string> v)
    {
        var previousEnd = doc.Title?.End ?? 0;
        var previousRawEnd = 0;
        foreach (var p in doc.Paragraphs)
        {
            if (!InBounds(p.Span, doc.Text.Length) || p.Span.Length == 0)
            {
                v.Add($"paragraph {p.Span} out of bounds or empty (text length {doc.Text.Length})");
            }
            else if (p.Span.Start < previousEnd)
            {
                v.Add($"paragraph {p.Span} starts before the end {previousEnd} of what precedes it");
            }

            if (p.RawStart is { } rs && p.RawEnd is { } re)
            {
                if (rs < 0 || re > doc.Raw.Body.Length || rs > re)
                {
                    v.Add($"paragraph raw range [{rs}, {re}) out of bounds (body length {doc.Raw.Body.Length})");
                }
                else if (rs < previousRawEnd)
                {
                    v.Add($"paragraph raw range [{rs}, {re}) starts before the previous one ends ({previousRawEnd})");
                }

                previousRawEnd = re;
            }

            previousEnd = p.Span.End;
        }
    }

    private static void CheckRemoved(Document doc, List<string> v)
    {
        var body = doc.Raw.Body;
        var previousStart = 0;
        foreach (var r in doc.Removed)
        {
            if (r.RawStart < 0 || r.RawEnd > body.Length || r.RawStart > r.RawEnd)
            {
                v.Add($"removed [{r.RawStart}, {r.RawEnd}) out of bounds (body length {body.Length})");
                continue;
            }

            if (r.RawStart < previousStart)
            {
                v.Add($"removed [{r.RawStart}, {r.RawEnd}) is out of order");
            }

            if (doc.Raw.Format == RawFormat.PlainText && r.Text != body[r.RawStart..r.RawEnd])
            {
                v.Add($"removed [{r.RawStart}, {r.RawEnd}) text differs from the raw body there");
            }

            previousStart = r.RawStart;
        }
    }

    private static void CheckSentences(Document doc, List<string> v)
    {
        var previousEnd = 0;
        foreach (var s in doc.Sentences)
        {
            if (!CheckInSequence("sentence", s.Span, doc.Text.Length, ref previousEnd, v))
            {
                continue;
            }

            TextSpan? container = s.Paragraph switch
            {
                -1 => doc.Title,
                var p when p >= 0 && p < doc.Paragraphs.Count => doc.Paragraphs[p].Span,
                _ => null,
            };
            if (container is not { } c || !c.Contains(s.Span))
            {
                v.Add($"sentence {s.Span} is not inside its paragraph {s.Paragraph}");
            }
        }
    }

    /// <summary>Quotes: content, cue and speaker in bounds, content not empty and trimmed, cue outside the content, text order.</summary>
    private static void CheckQuotes(Document doc, List<string> v)
    {
        if (!doc.HasQuotes)
        {
            return;
        }

        var previous = -1;
        foreach (var q in doc.Quotes)
        {
            if (!InBounds(q.Content, doc.Text.Length) || q.Content.Length == 0 || !InBounds(q.Cue, doc.Text.Length) || q.Cue.Length == 0)
            {
                v.Add($"quote {q.Content} with cue {q.Cue} out of bounds or empty");
                continue;
            }

            if (char.IsWhiteSpace(doc.Text[q.Content.Start]) || char.IsWhiteSpace(doc.Text[q.Content.End - 1]))
            {
                v.Add($"quote {q.Content} is not trimmed");
            }

            if (q.Cue.Overlaps(q.Content))
            {
                v.Add($"quote {q.Content} overlaps its cue {q.Cue}");
            }

            if (q.Speaker is { } s && (!InBounds(s, doc.Text.Length) || s.Length == 0))
            {
                v.Add($"quote {q.Content} has speaker span {s} out of bounds");
            }

            if (q.Content.Start < previous)
            {
                v.Add($"quote {q.Content} out of text order");
            }

            previous = q.Content.Start;
        }
    }

    private static void CheckTokens(Document doc, List<string> v)
    {
        var sentences = doc.Sentences;
        var si = 0;
        var previousEnd = 0;
        foreach (var t in doc.Tokens)
        {
            if (!CheckInSequence("token", t.Span, doc.Text.Length, ref previousEnd, v))
            {
                continue;
            }

            while (si < sentences.Count && sentences[si].Span.End <= t.Span.Start)
            {
                si++;
            }

            if (si >= sentences.Count || !sentences[si].Span.Contains(t.Span))
            {
                v.Add($"token {t.Span} \"{doc.Slice(t.Span)}\" is not inside a sentence");
            }

            var at = t.Span.Start;
            foreach (var s in t.Segments)
            {
                if (s.Span.Start != at || s.Span.Length <= 0)
                {
                    break;
                }

                at = s.Span.End;
            }

            if (t.Segments.Length == 0 || at != t.Span.End)
            {
                var segs = string.Join(" ", t.Segments.ToArray().Select(s => $"{s.Span.Start}-{s.Span.End}"));
                v.Add($"segments [{segs}] do not tile token {t.Span} \"{doc.Slice(t.Span)}\"");
            }
        }
    }

    /// <summary>A non-empty span in bounds that starts at or after the end of the previous one; false when out of bounds or empty.</summary>
    private static bool CheckInSequence(string what, TextSpan span, int textLength, ref int previousEnd, List<string> v)
    {
        if (!InBounds(span, textLength) || span.Length == 0)
        {
            v.Add($"{what} {span} out of bounds or empty");
            return false;
        }

        if (span.Start < previousEnd)
        {
            v.Add($"{what} {span} overlaps or precedes the previous one (ends {previousEnd})");
        }

        previousEnd = span.End;
        return true;
    }

    private static bool InBounds(TextSpan span, int length) => span.Start >= 0 && span.Start <= span.End && span.End <= length;

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return $"first difference at {i}: \"{Excerpt(a[Math.Max(0, i - 20)..])}\" became \"{Excerpt(b[Math.Max(0, i - 20)..])}\"";
    }

    private static string Excerpt(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
