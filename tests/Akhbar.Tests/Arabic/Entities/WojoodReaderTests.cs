using Akhbar.Arabic.Entities;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Tests.Arabic.Entities;

public class WojoodReaderTests
{
    [Fact]
    public void Reads_every_level_of_nested_entities()
    {
        // Invented: an organization with a city inside it, then a job title around an organization.
        const string text = """
            زار O
            وفد O
            بلدية B-ORG
            مدينة I-ORG B-GPE
            صفد I-ORG I-GPE
            أمس B-DATE

            قال O
            رئيس B-OCC
            نقابة I-OCC B-ORG
            المعلمين I-OCC I-ORG
            كلاما O

            """;
        var sentences = WojoodReader.Read(new StringReader(text), "test");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["زار", "وفد", "بلدية", "مدينة", "صفد", "أمس"], sentences[0].Words);
        Assert.Equal(
            [new NestedSpan("ORG", 2, 5), new NestedSpan("GPE", 3, 5), new NestedSpan("DATE", 5, 6)],
            sentences[0].Spans);
        Assert.Equal([new NestedSpan("OCC", 1, 4), new NestedSpan("ORG", 2, 4)], sentences[1].Spans);
    }

    [Fact]
    public void A_deeper_level_continues_when_the_outer_one_ends_first()
    {
        // The person moves from the second tag column to the first when the event around it ends.
        const string text = "اغتيال B-EVENT\nسامر I-EVENT B-PERS\nنادر I-PERS\nأمس O\n";
        var sentence = Assert.Single(WojoodReader.Read(new StringReader(text), "test"));
        Assert.Equal([new NestedSpan("EVENT", 0, 2), new NestedSpan("PERS", 1, 3)], sentence.Spans);
    }

    [Fact]
    public void The_paragraph_mark_is_no_word()
    {
        var sentence = Assert.Single(WojoodReader.Read(new StringReader("وصل O\n$#$ O\nسامر B-PERS\n"), "test"));
        Assert.Equal(["وصل", "سامر"], sentence.Words);
        Assert.Equal([new NestedSpan("PERS", 1, 2)], sentence.Spans);
    }

    [Theory]
    [InlineData("وصل\n")]
    [InlineData("وصل X-PERS\n")]
    [InlineData("وصل PERS\n")]
    public void A_malformed_line_is_bad_input_with_its_line_number(string text)
    {
        var error = Assert.Throws<BadInputException>(() => WojoodReader.Read(new StringReader("قال O\n" + text), "file.txt"));
        Assert.Contains("file.txt:2", error.Message, StringComparison.Ordinal);
    }
}
