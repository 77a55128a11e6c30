using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class ConllReaderTests
{
    [Theory]
    [InlineData("B-PERS", "B-PERS")]
    [InlineData("B-PER", "B-PERS")]
    [InlineData("I-MIS2", "I-MISC")]
    [InlineData("B-MIS-1", "B-MISC")]
    [InlineData("B-MISS1", "B-MISC")]
    [InlineData("I--ORG", "I-ORG")]
    [InlineData("B-ERS", "B-PERS")]
    [InlineData("b-misc", "B-MISC")]
    [InlineData("O", "O")]
    public void Maps_anercorp_and_aqmar_tags(string raw, string expected)
    {
        Assert.Equal(expected, BioTags.Name(ConllReader.MapTag(raw, out var known)));
        Assert.True(known);
    }

    [Theory]
    [InlineData("OO")]
    [InlineData("IO")]
    public void Unknown_tags_are_outside_and_reported(string raw)
    {
        Assert.Equal(BioTags.Outside, ConllReader.MapTag(raw, out var known));
        Assert.False(known);
    }

    [Fact]
    public void Blank_lines_separate_sentences()
    {
        var text = "زار B-PERS\nالوزير O\n\n\nبغداد B-LOC\n";
        var sentences = ConllReader.Read(new StringReader(text), "test", out var unknown);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["زار", "الوزير"], sentences[0].Words);
        Assert.Equal(0, unknown);
    }

    [Fact]
    public void A_line_without_a_tag_is_a_one_line_error()
    {
        var e = Assert.Throws<Akhbar.Core.Diagnostics.BadInputException>(() => ConllReader.Read(new StringReader("كلمة\n"), "gold.txt", out _));
        Assert.StartsWith("gold.txt:1:", e.Message, StringComparison.Ordinal);
    }
}
