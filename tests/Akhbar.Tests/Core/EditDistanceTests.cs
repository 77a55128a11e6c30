using Akhbar.Core.Text;

namespace Akhbar.Tests.Core;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("كتاب", "كتب", 1)]
    [InlineData("lfrf", "lvrv", 2)]
    [InlineData("kitten", "sitting", 3)]
    public void Counts_insertions_deletions_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Stops_early_once_the_limit_is_exceeded() => Assert.Equal(2, EditDistance.Between("abcdef", "uvwxyz", max: 1));
}
