using Akhbar.Resources;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Folded nouns that head a name written in full, in the construct state: organization heads (Data/entities/organization-heads.tsv:
/// وكالة، منظمة، حزب)، place heads (place-heads.tsv: محافظة، ولاية، مطار) and state nouns (سلطنة، مملكة، جمهورية). A letter
/// glued before one of them at the start of a name of two words or more is a proclitic: "بسلطنة عمان" is ب + the sultanate,
/// "ووكالة إنترفاكس" و + the agency, "بولاية إيلينوي" ب + the state.
/// </summary>
public static class NameHeads
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Organizations = new(LoadOrganizations);

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Loaded = new(Load);

    /// <summary>Whether a folded word (or part of one) is such a head noun.</summary>
    public static bool Contains(ReadOnlySpan<char> key) => Loaded.Value.Contains(key);

    /// <summary>Whether a folded word (or part of one) is an organization head (وكالة، منظمة، حزب), not a place or state noun.</summary>
    public static bool IsOrganizationHead(ReadOnlySpan<char> key) => Organizations.Value.Contains(key);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadOrganizations()
    {
        var organizations = TsvResource.Load("entities/organization-heads.tsv");
        return organizations.Rows.Select(row => Linking.LinkingResources.Key(row[organizations.Column("noun")]))
            .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var linking = Linking.LinkingResources.Default;
        var heads = new HashSet<string>(Organizations.Value.Set, StringComparer.Ordinal);
        heads.UnionWith(linking.PlaceHeads.Keys);
        heads.UnionWith(Linking.CountryNameBounds.StateNouns);
        return heads.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
