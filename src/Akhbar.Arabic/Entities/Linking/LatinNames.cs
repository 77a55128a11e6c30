namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// <see cref="Transliterator.ToLatin(string)"/> of names, plain and with the press's spellings, kept per thread for
/// the names already transliterated: news names the same people and places article after article, and
/// transliterating a name (splitting it, folding and probing the spellings word by word, building the string) costs
/// several times more than finding it again. At most <see cref="Capacity"/> names per table; a full table starts over.
/// </summary>
public sealed class LatinNames(IReadOnlyDictionary<string, string> spellings)
{
    private const int Capacity = 65_536;

    private readonly ThreadLocal<Dictionary<string, string>> _plain = new(() => new(StringComparer.Ordinal));

    private readonly ThreadLocal<Dictionary<string, string>> _spelled = new(() => new(StringComparer.Ordinal));

    /// <summary><see cref="Transliterator.ToLatin(string)"/>.</summary>
    public string Plain(string name) => Kept(_plain.Value!, name, null);

    /// <summary><see cref="Transliterator.ToLatin(string, IReadOnlyDictionary{string, string})"/> with the spellings given.</summary>
    public string Spelled(string name) => Kept(_spelled.Value!, name, spellings);

    private static string Kept(Dictionary<string, string> kept, string name, IReadOnlyDictionary<string, string>? spellings)
    {
        if (!kept.TryGetValue(name, out var latin))
        {
            if (kept.Count >= Capacity)
            {
                kept.Clear();
            }

            latin = spellings is null ? Transliterator.ToLatin(name) : Transliterator.ToLatin(name, spellings);
            kept[name] = latin;
        }

        return latin;
    }
}
