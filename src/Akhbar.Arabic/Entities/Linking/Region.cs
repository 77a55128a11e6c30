namespace Akhbar.Arabic.Entities.Linking;

/// <summary>A continent, region, sea or territory (Data/entities/regions.tsv): its English name and the ISO3 code of the one state it lies in, if any.</summary>
public sealed record Region(string NameEn, string? Country);
