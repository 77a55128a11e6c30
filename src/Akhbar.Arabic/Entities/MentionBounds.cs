using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Where a mention starts and ends in the text once its clitics are left out. The tagger tags whole tokens
/// ("لروسيا" is B-LOC), so the mention starts at the first article or stem segment of its first token and
/// ends at the end of its last token, less an enclitic pronoun of two letters or more (a one-letter ه is too
/// often the end of a name: عبدالله). When the segmenter left a proclitic attached, the gazetteer decides:
/// "لروسيا" loses its ل because "روسيا" is a known name and "لروسيا" is not; and when the segmenter split
/// a known name ("وليد"), the whole token is kept.
/// </summary>
public static class MentionBounds
{
    public static TextSpan Of(string text, Token first, Token last, Gazetteer gazetteer)
    {
        var start = StartOf(text, first, gazetteer);
        var end = last.Span.End;
        var segments = last.Segments;
        if (segments.Length > 1 && segments[^1].Role == SegmentRole.Pronoun && segments[^1].Span.Length >= 2)
        {
            end = segments[^1].Span.Start;
        }

        return end > start ? new TextSpan(start, end) : first.Span with { End = last.Span.End };
    }

    private static int StartOf(string text, Token token, Gazetteer gazetteer)
    {
        var segmented = token.Span.Start;
        foreach (var s in token.Segments)
        {
            if (s.Role is SegmentRole.Article or SegmentRole.Stem)
            {
                segmented = s.Span.Start;
                break;
            }
        }

        if (token.Kind != TokenKind.Word)
        {
            return segmented;
        }

        if (IsName(gazetteer, token.Key))
        {
            return token.Span.Start;
        }

        // The segmenter's start, unless the light forms find a known name further in.
        var forms = WordForms.FromKey(token.Key);
        var segmentedOffset = KeyOffset(text, token.Span, segmented);
        if (forms.ConjunctionEnd > segmentedOffset && IsName(gazetteer, token.Key[forms.ConjunctionEnd..]))
        {
            return TextOffset(text, token.Span, forms.ConjunctionEnd);
        }

        if (forms.HasBarePreposition && forms.PrepositionEnd > segmentedOffset && IsName(gazetteer, token.Key[forms.PrepositionEnd..]))
        {
            return TextOffset(text, token.Span, forms.PrepositionEnd);
        }

        return segmented;
    }

    private static bool IsName(Gazetteer gazetteer, string key) =>
        (gazetteer.Lookup(key) & (GazetteerTypes.Person | GazetteerTypes.Location | GazetteerTypes.Organization)) != 0;

    /// <summary>The key offset of a text position inside a token (keys drop diacritics and tatweel).</summary>
    private static int KeyOffset(string text, TextSpan token, int position)
    {
        var k = 0;
        for (var t = token.Start; t < position; t++)
        {
            k += ArabicFolding.FoldChar(text[t]) != '\0' ? 1 : 0;
        }

        return k;
    }

    /// <summary>The text position of a key offset inside a token.</summary>
    private static int TextOffset(string text, TextSpan token, int keyOffset)
    {
        var k = 0;
        for (var t = token.Start; t < token.End; t++)
        {
            if (ArabicFolding.FoldChar(text[t]) != '\0')
            {
                if (k == keyOffset)
                {
                    return t;
                }

                k++;
            }
        }

        return token.End;
    }
}
