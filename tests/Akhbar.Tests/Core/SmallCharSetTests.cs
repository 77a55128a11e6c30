using System.Buffers;
using Akhbar.Core.Text;
using CsCheck;

namespace Akhbar.Tests.Core;

public class SmallCharSetTests
{
    private const string Set = "“«‹„”»›\".؟?!؛…۔";

    [Fact]
    public void Finds_the_same_first_character_as_SearchValues_on_any_string()
    {
        // Arabic letters that share a byte with the set's characters, spaces, and the set itself, at every length around
        // the 16-character block.
        var chars = "ءآئةعغ ابتثجحخد،0123" + Set;
        var set = new SmallCharSet(Set);
        var reference = SearchValues.Create(Set);
        Gen.Char[chars].Array[0, 70].Select(a => new string(a)).Sample(s =>
        {
            Assert.Equal(s.AsSpan().IndexOfAny(reference), set.IndexOfAny(s));
            Assert.Equal(s.AsSpan().ContainsAny(reference), set.ContainsAny(s));
        }, iter: 5000);
    }

    [Fact]
    public void Finds_a_mark_in_the_last_partial_block_and_none_in_plain_text()
    {
        var set = new SmallCharSet("؟!");
        var text = new string('ع', 37) + "؟";
        Assert.Equal(37, set.IndexOfAny(text));
        Assert.Equal(-1, set.IndexOfAny(new string('ة', 40)));
        Assert.Equal(-1, set.IndexOfAny(string.Empty));
    }

    [Fact]
    public void Refuses_an_empty_set_and_one_of_more_than_sixteen_characters()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmallCharSet(string.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmallCharSet(new string('a', 17)));
    }
}
