using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Widens a country mention to the name as written: a state noun before it ("مملكة البحرين", "دولة قطر",
/// "سلطنة عمان", "جمهورية الجبل الأسود") and the country's own nisba after it ("الولايات المتحدة الأميركية"),
/// which the tagger often leaves out or tags apart ("سلطنة" as a place of its own), and the words after it with which it
/// makes a longer listed name ("جمهورية كوريا الديمقراطية الشعبية").
/// </summary>
public static class CountryNameBounds
{
    /// <summary>How many words past the mention a longer listed country name may reach.</summary>
    private const int MaxWordsPast = 2;

    /// <summary>The most words, from <paramref name="fewest"/> up to <see cref="MaxWordsPast"/>, after <paramref name="last"/> with which the words from <paramref name="first"/> make a listed country name.</summary>
    private static (int Words, CountryInfo Country)? LongerName(IReadOnlyList<Token> tokens, int first, int last, int fewest, LinkingResources resources)
    {
        for (var words = MaxWordsPast; words >= fewest; words--)
        {
            if (last + words < tokens.Count && (words == 0 || tokens[last + words].Kind == TokenKind.Word)
                && TokenWords.TryGetJoined(resources.CountriesByKey, tokens, first, last + words - first + 1, out var country))
            {
                return (words, country);
            }
        }

        return null;
    }

    /// <summary>Folded state nouns in the construct state, before a country's name.</summary>
    public static readonly IReadOnlySet<string> StateNouns = new HashSet<string>(StringComparer.Ordinal) { "دوله", "مملكه", "سلطنه", "جمهوريه", "اماره", "امارات" };

    public static List<EntityMention> Widen(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        var list = mentions.ToArray();
        var widened = new List<int>();
        var byKeySpan = resources.CountriesByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        for (var n = 0; n < list.Length; n++)
        {
            var m = list[n];

            // The mention's key is written on the stack when folding is all it needs, as for most names; a name whose
            // article's alef the preposition took (للعراق) is read with the alef put back (MentionText).
            var name = text.AsSpan(m.Span.Start, m.Span.Length);
            var length = !m.ArticleElided && name.Length <= buffer.Length ? LinkingResources.TryWriteKey(name, buffer) : -1;
            var isCountry = length >= 0
                ? byKeySpan.TryGetValue(buffer[..length], out var country)
                : resources.CountriesByKey.TryGetValue(LinkingResources.Key(MentionText.Of(text, m)), out country);
            if (!isCountry || country is null)
            {
                // A word that is no country alone but one after its state noun ("جمهورية كوريا" + "الديمقراطية الشعبية").
                if (!m.ArticleElided && m.FirstToken > 0 && tokens[m.FirstToken - 1].Kind == TokenKind.Word
                    && StateNouns.Contains(tokens[m.FirstToken - 1].Key) && LongerName(tokens, m.FirstToken - 1, m.LastToken, 0, resources) is var (words, named))
                {
                    var lastWord = m.LastToken + words;
                    list[n] = m with { Span = new TextSpan(tokens[m.FirstToken - 1].Span.Start, tokens[lastWord].Span.End), FirstToken = m.FirstToken - 1, LastToken = lastWord };
                    widened.Add(n);
                }

                continue;
            }

            var (start, first, end, last) = (m.Span.Start, m.FirstToken, m.Span.End, m.LastToken);
            if (first > 0 && tokens[first - 1].Kind == TokenKind.Word)
            {
                var before = tokens[first - 1];
                var wordStart = TokenWords.WordStart(before);
                if (StateNouns.Contains(TokenWords.Key(text, before, wordStart)))
                {
                    (start, first) = (wordStart, first - 1);
                }
            }

            // A longer listed name that goes on past the mention ("جمهورية كوريا" + "الديمقراطية الشعبية" is North Korea).
            if (LongerName(tokens, first, last, 1, resources) is var (past, longer))
            {
                (end, last, country) = (tokens[last + past].Span.End, last + past, longer);
            }

            for (var words = resources.MaxNisbaWords; words >= 1; words--)
            {
                if (last + words < tokens.Count
                    && TokenWords.TryGetJoined(resources.NisbaByKey, tokens, last + 1, words, out var iso3)
                    && iso3 == country.Iso3)
                {
                    (end, last) = (tokens[last + words].Span.End, last + words);
                    break;
                }
            }

            if (start != m.Span.Start || end != m.Span.End)
            {
                list[n] = m with { Span = new TextSpan(start, end), FirstToken = first, LastToken = last, ArticleElided = m.ArticleElided && start == m.Span.Start };
                widened.Add(n);
            }
        }

        return WidenedMentions.WithoutCovered(list, widened);
    }
}
