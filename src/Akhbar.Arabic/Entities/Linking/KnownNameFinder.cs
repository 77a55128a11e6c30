using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Finds the names of the organization table (Data/entities/organizations.tsv) written in the text, longest first,
/// so that an organization the tagger missed ("التحالف العربي", "الحوثيين") is still an entity. Only names of two
/// words or more, and one-word names with the article of five letters or more: a short bare word (فتح، حماس) is
/// too often a common word for a table to decide alone.
/// </summary>
public sealed class KnownNameFinder
{
    private const int MinOneWordKey = 5;

    private readonly KnownEntities _table;
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly int _maxWords = 1;

    public KnownNameFinder(KnownEntities table)
    {
        _table = table;
        foreach (var key in table.ByKey.Keys)
        {
            var words = key.Split(' ');
            if (words.Length == 1 && !IsSafeOneWord(key))
            {
                continue;
            }

            _firstWords.Add(words[0]);
            _maxWords = Math.Max(_maxWords, words.Length);
        }
    }

    /// <summary>The spans of listed names, not overlapping each other, each with its folded key and row.</summary>
    public List<(TextSpan Span, string Key, KnownEntity Entity)> Find(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<(TextSpan, string, KnownEntity)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = TokenWords.WordStart(tokens[i]);
            var first = TokenWords.Key(text, tokens[i], start);
            if (!_firstWords.Contains(first))
            {
                continue;
            }

            for (var n = Math.Min(_maxWords, tokens.Count - i); n >= 1; n--)
            {
                var key = n == 1 ? first : first + " " + string.Join(' ', Enumerable.Range(i + 1, n - 1).Select(k => tokens[k].Key));
                if ((n > 1 || IsSafeOneWord(key)) && _table.ByKey.TryGetValue(key, out var entity))
                {
                    found.Add((new TextSpan(start, tokens[i + n - 1].Span.End), key, entity));
                    i += n - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static bool IsSafeOneWord(string key) => key.StartsWith("ال", StringComparison.Ordinal) && key.Length >= MinOneWordKey;
}
