using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Finds role and counterpart phrases: a role noun or counterpart word, up to
/// <see cref="MaxGenitives"/> defined nouns ("الخارجية"), then a nisba of the nisba table.
/// </summary>
public static class RolePhraseFinder
{
    public const int MaxGenitives = 2;

    public static List<RolePhrase> Find(string text, IReadOnlyList<Token> tokens, LinkingResources resources)
    {
        var phrases = new List<RolePhrase>();

        // Every word is looked up by span: a word with a clitic or the article makes no string.
        var counterparts = resources.CounterpartWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var descriptions = resources.DescriptionHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var roles = resources.RoleHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var endings = resources.RolePhraseHeadEndings;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var start = TokenWords.WordStart(tokens[i]);
            var headKey = TokenWords.KeySpan(text, tokens[i], start);
            if (CustodianTitle.Match(text, tokens, i, start, headKey) is { } custodian)
            {
                phrases.Add(custodian);
                i = custodian.LastToken;
                continue;
            }

            var bare = headKey.StartsWith("ال", StringComparison.Ordinal) ? headKey[2..] : headKey;
            if (!endings.MayEndLikeAForm(bare))
            {
                continue;
            }

            var counterpart = counterparts.Contains(bare);
            var description = !counterpart && descriptions.Contains(bare);
            if (!counterpart && !description && !roles.Contains(bare))
            {
                continue;
            }

            if (Match(text, tokens, i, start, bare.ToString(), counterpart, resources) is { } phrase)
            {
                phrases.Add(phrase with { IsDescription = description });
                i = phrase.LastToken;
            }
        }

        return phrases;
    }

    private static RolePhrase? Match(string text, IReadOnlyList<Token> tokens, int head, int start, string bare, bool counterpart, LinkingResources resources)
    {
        var j = head + 1;
        for (var genitives = 0; genitives <= MaxGenitives && j < tokens.Count; genitives++)
        {
            for (var words = resources.MaxNisbaWords; words >= 1; words--)
            {
                if (j + words > tokens.Count)
                {
                    continue;
                }

                var key = TokenWords.JoinKeys(tokens, j, words);
                if (resources.NisbaByKey.TryGetValue(key, out var country) && !resources.OfficeGenitives.Contains(key))
                {
                    var last = Portfolio(tokens, j + words - 1);
                    var office = text[start..tokens[j - 1].Span.End];
                    var nisba = text[tokens[j].Span.Start..tokens[j + words - 1].Span.End];
                    return new RolePhrase(new TextSpan(start, tokens[last].Span.End), head, last, bare, counterpart, country, office, nisba);
                }
            }

            // Only a defined noun may stand between the role and its nisba ("وزير الخارجية الروسي").
            if (counterpart || tokens[j].Kind != TokenKind.Word || !tokens[j].Key.StartsWith("ال", StringComparison.Ordinal))
            {
                return null;
            }

            j++;
        }

        return null;
    }

    /// <summary>Folded "for the affairs of" (للشؤون، لشؤون), which names the portfolio of a minister of state or an aide.</summary>
    private static readonly HashSet<string> AffairsWords = new[] { "للشؤون", "لشؤون" }.Select(LinkingResources.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The last token of a role whose nisba at <paramref name="nisba"/> is followed by its portfolio: "وزير الدولة الإماراتي
    /// للشؤون الخارجية", "وزير الدولة البريطاني لشؤون التنمية الدولية", "لشؤون المرأة والأسرة"; the nisba itself otherwise. Without
    /// the portfolio the role stops short of the name it stands before, and the name is not given it.
    /// </summary>
    private static int Portfolio(IReadOnlyList<Token> tokens, int nisba)
    {
        var next = nisba + 1;
        if (next + 1 >= tokens.Count || !AffairsWords.Contains(tokens[next].Key) || !IsDefinedWord(tokens[next + 1], "ال"))
        {
            return nisba;
        }

        // One more defined word at most ("التنمية الدولية"), and words in وال: a name after the portfolio may begin with ال
        // too ("لشؤون التنمية الدولية الستر بيرت", Alistair Burt).
        var last = next + 1;
        if (last + 1 < tokens.Count && IsDefinedWord(tokens[last + 1], "ال"))
        {
            last++;
        }

        while (last + 1 < tokens.Count && IsDefinedWord(tokens[last + 1], "وال"))
        {
            last++;
        }

        return last;

        static bool IsDefinedWord(Token token, string start) =>
            token.Kind == TokenKind.Word && token.Key.Length > start.Length + 1 && token.Key.StartsWith(start, StringComparison.Ordinal);
    }

    /// <summary>Where the word starts once a leading conjunction or preposition is left out ("ووزير" gives "وزير").</summary>
}
