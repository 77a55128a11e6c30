using Akhbar.Resources;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Folded words that name a place but are mostly common words ("الصور", "الخبر"; Data/entities/place-common-words.tsv),
/// loaded on their own: the place rule of `eval ner` and of training needs them without the rest of
/// <see cref="LinkingResources"/>.
/// </summary>
public static class PlaceCommonWords
{
    private static readonly Lazy<IReadOnlySet<string>> Loaded = new(Load);

    public static IReadOnlySet<string> Default => Loaded.Value;

    private static HashSet<string> Load()
    {
        var table = TsvResource.Load("entities/place-common-words.tsv");
        return table.Rows.Select(row => LinkingResources.Key(row[table.Column("word")])).ToHashSet(StringComparer.Ordinal);
    }
}
