using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class FeatureTableTests
{
    [Fact]
    public void Every_key_finds_its_row_and_absent_keys_find_none()
    {
        var random = new Random(7);
        var rows = new Dictionary<uint, int>();
        while (rows.Count < 5000)
        {
            rows.TryAdd(FeatureHash.Of(1, (uint)random.Next()), rows.Count);
        }

        var table = new FeatureTable(rows);
        foreach (var (key, row) in rows)
        {
            Assert.Equal(row, table.Find(key));
        }

        for (var i = 0; i < 5000; i++)
        {
            var absent = FeatureHash.Of(2, (uint)i);
            if (!rows.ContainsKey(absent))
            {
                Assert.Equal(-1, table.Find(absent));
            }
        }
    }

    [Fact]
    public void An_empty_table_finds_nothing() => Assert.Equal(-1, new FeatureTable(new Dictionary<uint, int>()).Find(12345));
}
