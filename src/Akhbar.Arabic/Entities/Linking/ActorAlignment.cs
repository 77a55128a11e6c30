namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Pairs Arabic actors with English ones: candidates share a CAMEO code with overlapping dates, and the one
/// whose names are closest to the Arabic name's transliteration (by <see cref="NameSkeleton"/>) wins when
/// the similarity reaches <see cref="MinSimilarity"/>. Only the last word is compared when the Arabic
/// entry is one word ("لافروف" against "Lavrov"); otherwise whole names are.
/// </summary>
public sealed class ActorAlignment
{
    public const double MinSimilarity = 0.75;

    private readonly Dictionary<string, List<(ActorEntry Entry, ActorCode Code)>> _byCode = new(StringComparer.Ordinal);

    public ActorAlignment(IEnumerable<ActorEntry> english)
    {
        foreach (var entry in english)
        {
            foreach (var code in entry.Codes)
            {
                if (!_byCode.TryGetValue(code.Code, out var list))
                {
                    _byCode[code.Code] = list = [];
                }

                list.Add((entry, code));
            }
        }
    }

    /// <summary>The English display name ("Sergey Lavrov") of the best English actor, or null.</summary>
    public string? Align(ActorEntry arabic)
    {
        var words = arabic.Name.Split(' ');
        var arabicSkeleton = NameSkeleton.Of(Transliterator.ToLatin(arabic.Name).Replace("al-", string.Empty, StringComparison.Ordinal));
        var lastSkeleton = NameSkeleton.Of(Transliterator.ToLatin(words[^1]));
        ActorEntry? best = null;
        var bestScore = MinSimilarity;
        foreach (var code in arabic.Codes)
        {
            if (!_byCode.TryGetValue(code.Code, out var candidates))
            {
                continue;
            }

            foreach (var (entry, englishCode) in candidates)
            {
                if (!englishCode.Overlaps(code))
                {
                    continue;
                }

                foreach (var name in entry.Aliases.Prepend(entry.Name))
                {
                    var englishWords = name.Split(' ');
                    var score = words.Length == 1
                        ? NameSkeleton.Similarity(lastSkeleton, NameSkeleton.Of(englishWords[^1])) - (englishWords.Length == 1 ? 0 : 0.01)
                        : NameSkeleton.Similarity(arabicSkeleton, NameSkeleton.Of(name));
                    if (score > bestScore || (score == bestScore && best is null))
                    {
                        best = entry;
                        bestScore = score;
                    }
                }
            }
        }

        return best is null ? null : Display(best.Name);
    }

    /// <summary>"SERGEY_LAVROV_" read as "Sergey Lavrov".</summary>
    public static string Display(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((w, i) => Capitalize(w, i > 0)));

    /// <summary>"ASSAD" as "Assad"; the Arabic article inside a name stays lower-case, as English writes it ("Bashar al-Assad").</summary>
    private static string Capitalize(string word, bool inside) =>
        string.Join('-', word.Split('-').Select((p, i) => p.Length == 0 || (inside && i == 0 && p is "AL" && word.Contains('-', StringComparison.Ordinal)) ? p.ToLowerInvariant() : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
}
