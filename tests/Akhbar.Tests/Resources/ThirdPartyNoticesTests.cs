using Akhbar.Tests.Support;

namespace Akhbar.Tests.Resources;

/// <summary>
/// THIRD-PARTY-NOTICES.md must follow the resources: a file derived from someone else's data names its source there, and the
/// licenses that ask for their notice to travel with the data (MIT, Unicode) have it in full.
/// </summary>
public sealed class ThirdPartyNoticesTests
{
    private static readonly string Notices = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "THIRD-PARTY-NOTICES.md"));

    [Fact]
    public void Every_resource_derived_from_third_party_data_is_named_in_the_notices()
    {
        var manifest = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "MANIFEST.tsv"));
        var derived = manifest.Skip(1).Select(l => l.Split('\t')).Where(f => f.Length > 2 && f[2] != "same as the project")
            .Select(f => f[0]).Distinct().ToList();
        Assert.NotEmpty(derived);
        Assert.All(derived, file => Assert.Contains(file, Notices, StringComparison.Ordinal));
    }

    [Fact]
    public void The_notices_carry_the_permission_texts_the_licenses_require()
    {
        Assert.Contains("Permission is hereby granted, free of charge", Notices, StringComparison.Ordinal);
        Assert.Contains("The above copyright notice and this permission notice shall be included", Notices, StringComparison.Ordinal);
        Assert.Contains("UNICODE LICENSE V3", Notices, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2016 Open Event Data Alliance", Notices, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2018 Open Event Data Alliance", Notices, StringComparison.Ordinal);
        Assert.Contains("GeoNames, geonames.org", Notices, StringComparison.Ordinal);
    }
}
