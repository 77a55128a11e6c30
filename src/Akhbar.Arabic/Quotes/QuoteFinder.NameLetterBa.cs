using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// The particle بـ of a `with` or `obj` frame ("طالب بالإفراج", "دعا الحكومة بـ") is a segment the clitic splitter cut
/// off; in a name that merely begins with ب ("ستيف بلوك", "توني بلير") the splitter may cut it too. A ب that lies inside
/// a person's name mention is the name's first letter: "دعا وزير الخارجية الهولندي ستيف بلوك مجلس الأمن إلى" used to read
/// «بلوك» as بـ + لوك, cut the speaker's name there and lose the addressee. A ب outside the mention ("ببريطانيا" tagged
/// as «بريطانيا») is still the particle.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>The most tokens a name mention covers before token k, looked back over to find one that covers k.</summary>
    private const int LongestNameLookBack = 6;

    /// <summary>Whether token k opens with the preposition بـ (after any و/ف), a ب that is no letter of a name.</summary>
    private bool StartsWithBa(int k)
    {
        var token = _tokens[k];
        if (!HasPreposition(token))
        {
            return false;
        }

        var ba = token.Segments[0].Role == SegmentRole.Conjunction && token.Segments.Length > 1 ? token.Segments[1].Span.Start : token.Segments[0].Span.Start;
        return _doc.Text[ba] == 'ب' && !InsideNameMention(k, ba);
    }

    /// <summary>Whether character <paramref name="at"/> of token k lies within a person's name mention that covers the token.</summary>
    private bool InsideNameMention(int k, int at)
    {
        for (var j = k; j >= 0 && j >= k - LongestNameLookBack; j--)
        {
            if (_mentionStarting[j] is { } m && m.LastToken >= k)
            {
                // Only a person's name: place and body mentions sometimes run over the particle ("المنظمة بفتح", "واشنطن
                // بتسليمه"), and there the ب is still the frame's.
                return m.Type == EntityType.Person && m.Span.Start <= at && at < m.Span.End;
            }
        }

        return false;
    }
}
