using Akhbar.Arabic.Segmentation;

namespace Akhbar.Tests.Arabic.Segmentation;

public class FarasaGoldTests
{
    private static string? Read(string line) => FarasaGold.ParseLine(line)?.ToString();

    [Theory]
    [InlineData("و+ال+مدرس+ة\tCONJ+DET+NOUN+NSUFF", "و+ال+مدرسة")]
    [InlineData("ل+ال+كتاب\tPREP+DET+NOUN", "ل+ل+كتاب")]
    [InlineData("كتاب+ات+ها\tNOUN+NSUFF+PRON", "كتابات+ها")]
    [InlineData("كتب+ت+ه\tV+PRON+PRON", "كتبت+ه")]
    [InlineData("كتب+وا\tV+PRON", "كتبوا")]
    [InlineData("و+س+يكتب\tCONJ+FUT_PART+V", "و+س+يكتب")]
    [InlineData("ل+ه\tPREP+PRON", "ل+ه")]
    [InlineData("من+ما\tPREP+PART", "مما")]
    [InlineData("كبير+ا\tADJ+CASE", "كبيرا")]
    [InlineData("في\tPREP", "في")]
    public void Keeps_only_clitic_boundaries(string line, string expected) => Assert.Equal(expected, Read(line));

    [Theory]
    [InlineData("refTok(Farasa)\trefPOS(Farasa)")]
    [InlineData("#\tPUNC")]
    [InlineData("2014\tNUM")]
    [InlineData("و+كتاب\tCONJ")]
    [InlineData("no tab here")]
    public void Skips_lines_that_are_not_Arabic_words(string line) => Assert.Null(Read(line));
}
