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
    [Fact]
    public void Keys_looked_up_together_find_the_rows_they_find_one_by_one()
    {
        var rows = new Dictionary<uint, int>();
        for (var i = 0; i < 3000; i++)
        {
            rows[FeatureHash.Of(3, (uint)i)] = i;
        }

        var table = new FeatureTable(rows);
        var keys = Enumerable.Range(0, 6000).Select(i => FeatureHash.Of(i % 2 == 0 ? 3 : 4, (uint)(i / 2))).ToArray();
        var found = new int[keys.Length];
        table.FindAll(keys, found);
        Assert.Equal(keys.Select(table.Find), found);
        Assert.Equal(3000, found.Count(r => r >= 0));
    }

    [Fact]
    public void A_table_of_one_key_finds_it() => Assert.Equal(0, new FeatureTable(new Dictionary<uint, int> { [FeatureHash.Of(5)] = 0 }).Find(FeatureHash.Of(5)));
}
