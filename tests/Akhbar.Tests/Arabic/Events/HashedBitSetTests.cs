using Akhbar.Arabic.Events;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>The hashed bit set under the event stage's word filters: never no for a value it holds, sized to what it holds.</summary>
public sealed class HashedBitSetTests
{
    [Fact]
    public void Every_value_it_holds_is_found_and_the_size_follows_the_count()
    {
        var values = Enumerable.Range(0, 300).Select(i => (ulong)i * 7919UL + 13UL).ToList();
        var set = new HashedBitSet(values, 16);
        Assert.All(values, v => Assert.True(set.MayHold(v)));

        // 300 values at 16 bits each ask for 4,800 bits: the next power of two.
        Assert.Equal(8192, set.Size);
        Assert.Equal(1024, new HashedBitSet([1UL, 2UL], 16).Size);
    }

    [Fact]
    public void Most_values_it_does_not_hold_are_turned_away()
    {
        var set = new HashedBitSet(Enumerable.Range(0, 100).Select(i => (ulong)i), 32);
        var others = Enumerable.Range(1000, 10000).Select(i => (ulong)i * 1_000_003UL);
        Assert.True(others.Count(set.MayHold) < 1000);
    }
}
