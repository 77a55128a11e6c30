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
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (CustodianTitle.Match(text, tokens, i) is { } custodian)
            {
                phrases.Add(custodian);
                i = custodian.LastToken;
                continue;
            }

            var start = TokenWords.WordStart(tokens[i]);
            var headKey = TokenWords.Key(text, tokens[i], start);
            var bare = headKey.StartsWith("ال", StringComparison.Ordinal) ? headKey[2..] : headKey;
            var counterpart = resources.CounterpartWords.Contains(bare);
            var description = !counterpart && resources.DescriptionHeads.Contains(bare);
            if (!counterpart && !description && !resources.RoleHeads.Contains(bare))
            {
                continue;
            }

            if (Match(text, tokens, i, start, bare, counterpart, resources) is { } phrase)
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
                    var last = j + words - 1;
                    var office = text[start..tokens[j - 1].Span.End];
                    var nisba = text[tokens[j].Span.Start..tokens[last].Span.End];
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

    /// <summary>Where the word starts once a leading conjunction or preposition is left out ("ووزير" gives "وزير").</summary>
}
