using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// An organization named by a description and then by its own name in parentheses is one organization: "وكالة الأنباء
/// السعودية (واس)", "وكالة الأنباء الأردنية الرسمية (بترا)", "وكالة الأنباء الروسية (سبوتنيك)". The tagger reads the short
/// name on its own, often as a person or a place (بترا is also Petra), and the two made two entities. The name in
/// parentheses keeps its entity when it is an organization already (a listed agency); otherwise it joins the description's.
/// One word may stand between the description and the parenthesis when it is الرسمية or الرسمي, "official".
/// </summary>
public static class ParenthesizedNames
{
    public static void Join(string text, List<MentionCluster> clusters)
    {
        // Most articles have no parentheses, and then nothing is joined: the maps below are not worth making.
        if (!text.Contains('('))
        {
            return;
        }

        var clusterAt = new Dictionary<int, MentionCluster>();
        foreach (var c in clusters)
        {
            foreach (var m in c.Mentions)
            {
                clusterAt.TryAdd(m.Span.Start, c);
            }
        }

        var absorbed = new HashSet<MentionCluster>();
        foreach (var c in clusters)
        {
            if (c.Type != EntityType.Organization || absorbed.Contains(c))
            {
                continue;
            }

            foreach (var m in c.Mentions.ToArray())
            {
                // A description after لل ("للأمم المتحدة (الإسكوا)", whose mention starts at the second ل) is the genitive of a
                // longer name, which the parentheses name.
                if ((m.Span.Start > 0 && text[m.Span.Start - 1] == 'ل' && text[m.Span.Start] == 'ل') || NameInParentheses(text, m.Span.End) is not { } start || !clusterAt.TryGetValue(start, out var named) || named == c || absorbed.Contains(named)
                    || !named.Mentions.Any(n => n.Span.Start == start && n.Span.End < text.Length && text[n.Span.End] == ')'))
                {
                    continue;
                }

                var (keep, join) = named.Type == EntityType.Organization ? (named, c) : (c, named);
                keep.Absorb(join);
                keep.Country ??= join.Country;
                absorbed.Add(join);
                break;
            }
        }

        clusters.RemoveAll(absorbed.Contains);
    }

    /// <summary>Where the name in parentheses right after <paramref name="end"/> starts, past one "official" word; null when none follows.</summary>
    private static int? NameInParentheses(string text, int end)
    {
        var at = SkipSpaces(text, end);
        if (at < text.Length && text[at] != '(')
        {
            var word = at;
            while (at < text.Length && !char.IsWhiteSpace(text[at]) && text[at] != '(')
            {
                at++;
            }

            var key = LinkingResources.Key(text[word..at]);
            if (key is not ("الرسميه" or "الرسمي"))
            {
                return null;
            }

            at = SkipSpaces(text, at);
        }

        return at < text.Length && text[at] == '(' ? SkipSpaces(text, at + 1) : null;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
