using Akhbar.Resources;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// How often each folded word form occurs in a large corpus (<c>segmentation/wordfreq.tsv</c>, made by
/// <c>akhbar resources import wordfreq</c>), and how often it was written with a hamza on its first alef
/// (أ إ آ). Lookups take spans so that the segmenter can ask about any part of a word without allocating.
/// </summary>
public sealed class WordFrequencies
{
    private readonly Dictionary<string, Entry> _entries;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordFrequencies(Dictionary<string, Entry> entries)
    {
        _entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The count of a form and how many of its occurrences began with a hamza-alef.</summary>
    public readonly record struct Entry(int Count, int Hamza);

    public int Count => _entries.Count;

    /// <summary>The lexicon that ships with Akhbar; loaded once.</summary>
    public static WordFrequencies Default => LazyDefault.Value;

    private static readonly Lazy<WordFrequencies> LazyDefault = new(() => Load(TsvResource.Load("segmentation/wordfreq.tsv")));

    public static WordFrequencies Load(TsvResource tsv)
    {
        var word = tsv.Column("word");
        var count = tsv.Column("count");
        var hamza = tsv.Column("hamza");
        var entries = new Dictionary<string, Entry>(tsv.Rows.Count, StringComparer.Ordinal);
        foreach (var row in tsv.Rows)
        {
            entries[row[word]] = new Entry(int.Parse(row[count], System.Globalization.CultureInfo.InvariantCulture), int.Parse(row[hamza], System.Globalization.CultureInfo.InvariantCulture));
        }

        return new WordFrequencies(entries);
    }

    /// <summary>Occurrences of the folded form; 0 when unseen (or rarer than the import threshold).</summary>
    public int Frequency(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var e) ? e.Count : 0;

    /// <summary>Whether the form is mostly written with a hamza on its first alef, so its ال is no article (ألمانيا، إلغاء).</summary>
    public bool MostlyHamzaInitial(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var e) && 2 * e.Hamza > e.Count;
}
