using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Widens the name of a news agency to the whole name when "agency" is part of it: "وكالة أنباء رويترز", "وكالة أنباء
/// "تسنيم"" (the quotation marks kept) and "وكالة فارس الإيرانية للأنباء" (the name framed by وكالة and للأنباء, a nisba
/// between them). The tagger, trained where the nouns are O, finds only the name (رويترز, or فارس and دوغان read as persons,
/// الأناضول as a place); the tuning gold sets mark such names in full, and the short form "وكالة فارس" of an agency so named
/// keeps its noun too, while "وكالة رويترز" of an agency never named with أنباء or للأنباء is the name alone, as gold marks it
/// ("وكالة فرانس برس" is فرانس برس). A proclitic on وكالة ("لوكالة") stays out of the name.
/// </summary>
public static class NewsAgencyNames
{
    private static readonly string Agency = ArabicFolding.Fold("وكالة");

    private static readonly string News = ArabicFolding.Fold("أنباء");

    private static readonly string ForNews = ArabicFolding.Fold("للأنباء");

    public static IReadOnlyList<EntityMention> Widen(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        if (mentions.Count == 0 || !HasAgencyWord(tokens))
        {
            return mentions;
        }

        var list = mentions.ToArray();
        var widened = new List<int>();
        HashSet<string>? fullNames = null;
        for (var n = 0; n < list.Length; n++)
        {
            var m = list[n];
            var (first, last) = (m.FirstToken, m.LastToken);
            if (m.Span.Start != tokens[first].Span.Start)
            {
                continue;
            }

            var before = first - 1;
            var quoted = before >= 0 && IsQuote(text, tokens[before]);
            if (quoted)
            {
                before--;
            }

            int start;
            int end;
            if (before >= 1 && tokens[before].Key == News && IsAgencyWord(text, tokens[before - 1]))
            {
                // "وكالة أنباء X": the name goes back over both nouns, and on over the closing mark of a quoted name.
                start = AgencyStart(text, tokens[before - 1]);
                end = quoted && last + 1 < tokens.Count && IsQuote(text, tokens[last + 1]) ? tokens[last + 1].Span.End : m.Span.End;
                last = end == m.Span.End ? last : last + 1;
                first = before - 1;
            }
            else if (before >= 0 && !quoted && IsAgencyWord(text, tokens[before]) && ForNewsAfter(text, tokens, last, resources) is var closing && closing > last)
            {
                // "وكالة X [nisba] للأنباء".
                (start, end, first, last) = (AgencyStart(text, tokens[before]), tokens[closing].Span.End, before, closing);
            }
            else if (IsAgencyWord(text, tokens[first]) && first < last && ForNewsAfter(text, tokens, last, resources) is var tail && tail > last)
            {
                // The tagger's "وكالة X" before the nisba and للأنباء.
                (start, end, last) = (m.Span.Start, tokens[tail].Span.End, tail);
            }
            else
            {
                continue;
            }

            list[n] = m with { Type = EntityType.Organization, Span = new TextSpan(start, end), FirstToken = first, LastToken = last, ArticleElided = false };
            widened.Add(n);
            (fullNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(NameKey(text, m));
        }

        if (fullNames is not null)
        {
            // "وكالة فارس" after "وكالة فارس الإيرانية للأنباء": the short form keeps the noun as well.
            for (var n = 0; n < list.Length; n++)
            {
                var m = list[n];
                var before = m.FirstToken - 1;
                if (!widened.Contains(n) && before >= 0 && m.Span.Start == tokens[m.FirstToken].Span.Start && IsAgencyWord(text, tokens[before])
                    && fullNames.Contains(NameKey(text, m)))
                {
                    list[n] = m with { Type = EntityType.Organization, Span = new TextSpan(AgencyStart(text, tokens[before]), m.Span.End), FirstToken = before, ArticleElided = false };
                    widened.Add(n);
                }
            }
        }

        return widened.Count == 0 ? mentions : WidenedMentions.WithoutCovered(list, widened);
    }

    /// <summary>The folded name of a mention without the agency's nouns (<see cref="NameWithin"/>).</summary>
    private static string NameKey(string text, EntityMention m)
    {
        var key = LinkingResources.Key(text[m.Span.Start..m.Span.End]);
        return NameWithin(key) ?? key;
    }

    /// <summary>
    /// The agency's own name inside a folded name that holds "agency" ("وكاله انباء رويترز", "وكاله دوغان التركيه للانباء", "وكاله
    /// دوغان" give رويترز and دوغان, the quotation marks and a nisba before للأنباء left out), or null for any other name and for
    /// "وكالة الأنباء ..." and an agency named after a country or region ("وكالة أنباء الإمارات"), whose words name the place. The
    /// tables are looked the agency up by it (<see cref="GroupKey"/> groups its forms).
    /// </summary>
    public static string? NameWithin(string key)
    {
        if (!key.StartsWith(Agency + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = key.AsSpan(Agency.Length + 1).Trim("\"«»“” ");
        if (rest.StartsWith(News + " ", StringComparison.Ordinal))
        {
            rest = rest[(News.Length + 1)..].Trim("\"«»“” ");
        }
        else if (rest.EndsWith(" " + ForNews, StringComparison.Ordinal))
        {
            rest = rest[..^(ForNews.Length + 1)];
            var space = rest.LastIndexOf(' ');
            if (space > 0 && LinkingResources.Default.NisbaByKey.ContainsKey(rest[(space + 1)..].ToString()))
            {
                rest = rest[..space];
            }
        }

        if (rest.Length == 0 || rest.StartsWith("الانباء", StringComparison.Ordinal))
        {
            return null;
        }

        // "وكالة أنباء الإمارات", "وكالة أنباء الشرق الأوسط": an agency named after its country or region is no mention of the place.
        var name = rest.ToString();
        var resources = LinkingResources.Default;
        return resources.CountriesByKey.ContainsKey(name) || resources.Regions.ContainsKey(name) || resources.NisbaByKey.ContainsKey(name) ? null : name;
    }

    /// <summary>
    /// The key by which the mention clusterer groups the forms of one agency ("وكالة أنباء فارس", "وكالة فارس الإيرانية للأنباء",
    /// "وكالة فارس" all give "وكاله فارس"), or null for a name without the agency's noun. The bare name ("فارس") keeps a group of
    /// its own: it may be a place or a person, and its loose key may be a country's (إيرنا and إيران).
    /// </summary>
    public static string? GroupKey(string key) => NameWithin(key) is { } name ? Agency + " " + name : null;

    /// <summary>Whether a folded name holds the agency's nouns around its name ("وكاله انباء ...", "وكاله ... للانباء"): an agency, whatever the tagger read.</summary>
    public static bool IsFramed(string key) =>
        key.StartsWith(Agency + " ", StringComparison.Ordinal)
        && (key.AsSpan(Agency.Length + 1).StartsWith(News + " ", StringComparison.Ordinal) || key.EndsWith(" " + ForNews, StringComparison.Ordinal));

    /// <summary>
    /// A listed agency's span ("وكالة سانا") widened over the nisba and للأنباء written after it ("وكالة سانا للأنباء"), as the
    /// name goes on in the text; the span itself otherwise.
    /// </summary>
    public static TextSpan WithForNews(string text, TextSpan span)
    {
        if (!LinkingResources.Key(text[span.Start..Math.Min(span.End, span.Start + 5)]).StartsWith(Agency, StringComparison.Ordinal))
        {
            return span;
        }

        var end = NextWordEnd(text, span.End, out var word);
        if (word.Length > 0 && LinkingResources.Default.NisbaByKey.ContainsKey(LinkingResources.Key(word)))
        {
            end = NextWordEnd(text, end, out word);
        }

        return word.Length > 0 && LinkingResources.Key(word) == ForNews ? new TextSpan(span.Start, end) : span;
    }

    /// <summary>The end of the word after one space from <paramref name="from"/>, and the word ("" when none).</summary>
    private static int NextWordEnd(string text, int from, out string word)
    {
        var start = from < text.Length && text[from] == ' ' ? from + 1 : from;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        word = start > from ? text[start..end] : "";
        return end;
    }

    /// <summary>The token of للأنباء right after <paramref name="last"/> or after one nisba after it ("الإيرانية للأنباء"), or -1.</summary>
    private static int ForNewsAfter(string text, IReadOnlyList<Token> tokens, int last, LinkingResources resources)
    {
        var next = last + 1;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && resources.NisbaByKey.ContainsKey(LinkingResources.Key(text.Substring(tokens[next].Span.Start, tokens[next].Span.Length))))
        {
            next++;
        }

        return next < tokens.Count && tokens[next].Key == ForNews ? next : -1;
    }

    /// <summary>
    /// Whether the token is وكالة, alone or after a conjunction or preposition ("لوكالة", "وبوكالة"). Read off the letters, not the
    /// segments: the segmenter may read the word's own و and ك as clitics (و + ك + الة).
    /// </summary>
    private static bool IsAgencyWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Key.EndsWith(Agency, StringComparison.Ordinal) && token.Key.Length - Agency.Length <= 2
        && !token.Key.AsSpan(0, token.Key.Length - Agency.Length).ContainsAnyExcept("وفبل");

    /// <summary>Where the word وكالة starts in an agency token (<see cref="IsAgencyWord"/>): after its proclitic letters.</summary>
    private static int AgencyStart(string text, Token token) =>
        token.Span.Length >= Agency.Length && ArabicFolding.Fold(text.AsSpan(token.Span.End - Agency.Length, Agency.Length)) == Agency
            ? token.Span.End - Agency.Length
            : TokenWords.WordStart(token);

    private static bool IsQuote(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Span.Length == 1 && text[token.Span.Start] is '"' or '«' or '»' or '“' or '”';

    /// <summary>Whether any token ends in وكالة: most articles name no agency so, and are left alone at the cost of one pass.</summary>
    private static bool HasAgencyWord(IReadOnlyList<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word && t.Key.EndsWith(Agency, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
