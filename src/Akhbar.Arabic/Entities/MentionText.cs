using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>The name a mention writes: its text, with the article's alef put back where the preposition ل took it ("لعراق" in للعراق is العراق).</summary>
public static class MentionText
{
    public static string Of(string text, EntityMention mention)
    {
        var written = text.Substring(mention.Span.Start, mention.Span.Length);
        return mention.ArticleElided ? "ا" + written : written;
    }
}
