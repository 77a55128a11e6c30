using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Tests.Arabic.Segmentation;

public class CliticSegmenterTests
{
    /// <summary>
    /// SegmentWord folds and segments in one step, and the second time takes the key and analysis from the cache:
    /// both times it must give what folding and Segment give, for cached words and for words that are never cached. Words
    /// with marks are cached by their written form, and their segments found again from the marks' places, so the second
    /// time the word stands elsewhere in another text.
    /// </summary>
    [Theory]
    [InlineData("وبالتالي")]
    [InlineData("للمساعدات")]
    [InlineData("إعلانًا")]
    [InlineData("Reuters")]
    [InlineData("و")]
    [InlineData("حكومته")]
    [InlineData("وَبِالتَّالِي")]
    [InlineData("حكومتُهُ")]
    [InlineData("ولعمّهم")]
    public void SegmentWord_gives_the_folded_key_and_the_segments_of_Segment(string word)
    {
        var key = ArabicFolding.Fold(word);
        foreach (var before in new[] { "نص ", "نص طويل قليلا " })
        {
            var text = before + word + " نص";
            var span = new TextSpan(before.Length, before.Length + word.Length);
            var expected = new List<Segment>();
            CliticSegmenter.Default.Segment(text, span, key, expected);
            var output = new List<Segment>();
            Assert.Equal(key, CliticSegmenter.Default.SegmentWord(text, span, output));
            Assert.Equal(expected, output);
        }
    }

    private static List<Segment> Segments(string word)
    {
        var output = new List<Segment>();
        CliticSegmenter.Default.Segment(word, new TextSpan(0, word.Length), ArabicFolding.Fold(word), output);
        Assert.Equal(0, output[0].Span.Start);
        Assert.Equal(word.Length, output[^1].Span.End);
        for (var i = 1; i < output.Count; i++)
        {
            Assert.Equal(output[i - 1].Span.End, output[i].Span.Start);
            Assert.True(output[i].Span.Length > 0);
        }

        return output;
    }

    private static string Segment(string word) => string.Join("+", Segments(word).Select(s => s.Span.Slice(word)));

    private static string Roles(string word) => string.Join(" ", Segments(word).Select(s => s.Role.ToString().ToLowerInvariant()));

    // The must-pass cases: the chains and look-alikes that the issue names, and one of each clitic.
    [Theory]
    [InlineData("وبغداد", "و+بغداد")]
    [InlineData("لروسيا", "ل+روسيا")]
    [InlineData("والرئيس", "و+ال+رئيس")]
    [InlineData("وبالتالي", "و+ب+ال+تالي")]
    [InlineData("للمساعدات", "ل+ل+مساعدات")]
    [InlineData("فللمرة", "ف+ل+ل+مرة")]
    [InlineData("وسيتم", "و+س+يتم")]
    [InlineData("بلاده", "بلاد+ه")]
    [InlineData("نظيره", "نظير+ه")]
    [InlineData("حكومته", "حكومت+ه")]
    [InlineData("منهم", "من+هم")]
    [InlineData("وأضاف", "و+أضاف")]
    [InlineData("الاتفاقية", "ال+اتفاقية")]
    [InlineData("بشكل", "ب+شكل")]
    [InlineData("كذلك", "ك+ذلك")]
    [InlineData("وله", "و+ل+ه")]
    [InlineData("كله", "كل+ه")]
    public void Splits_clitic_chains(string word, string expected) => Assert.Equal(expected, Segment(word));

    [Theory]
    [InlineData("بغداد")]
    [InlineData("لافروف")]
    [InlineData("وزير")]
    [InlineData("بيروت")]
    [InlineData("فلسطين")]
    [InlineData("سيرغي")]
    [InlineData("كامل")]
    [InlineData("وزارة")]
    [InlineData("الله")]
    [InlineData("الذي")]
    [InlineData("ألمانيا")]
    [InlineData("إلغاء")]
    public void Keeps_words_that_only_look_like_clitic_chains_whole(string word) => Assert.Equal(word, Segment(word));

    [Fact]
    public void Gives_each_segment_its_role()
    {
        Assert.Equal("conjunction preposition article stem", Roles("وبالتالي"));
        Assert.Equal("preposition article stem", Roles("للمساعدات"));
        Assert.Equal("conjunction future stem", Roles("وسيتم"));
        Assert.Equal("stem pronoun", Roles("بلاده"));
        Assert.Equal("stem pronoun", Roles("لهم"));
    }

    [Theory]
    [InlineData("وزارة")]
    [InlineData("مدينة")]
    [InlineData("حكومة")]
    public void Never_reads_teh_marbuta_as_a_pronoun(string word) => Assert.Equal(word, Segment(word));

    [Theory]
    [InlineData("عربي")]
    [InlineData("دولي")]
    [InlineData("مستوى")]
    [InlineData("على")]
    public void Never_reads_a_nisba_or_alef_maqsura_as_the_pronoun_ya(string word) => Assert.Equal(word, Segment(word));

    [Fact]
    public void Keeps_the_article_out_of_words_written_with_a_hamza_alef() =>
        Assert.Equal("و+ألمانيا", Segment("وألمانيا"));

    [Fact]
    public void Does_not_put_an_enclitic_after_the_article() => Assert.Equal("ال+قاهرة", Segment("القاهرة"));

    /// <summary>Twice: the second time the word's analysis comes from the cache, and the marks must still stay put.</summary>
    [Fact]
    public void Keeps_diacritics_with_the_letter_they_sit_on()
    {
        for (var pass = 0; pass < 2; pass++)
        {
            Assert.Equal("وَ+قَالَ", Segment("وَقَالَ"));
            Assert.Equal("بِلَادِ+هِ", Segment("بِلَادِهِ"));
            Assert.Equal("الْ+حُكُومَةُ", Segment("الْحُكُومَةُ"));
        }
    }

    [Theory]
    [InlineData("إعلانًا")]
    [InlineData("أمنًا")]
    public void Never_reads_an_alef_with_tanween_as_part_of_a_pronoun(string word) => Assert.Equal(word, Segment(word));

    [Theory]
    [InlineData("2018")]
    [InlineData("Reuters")]
    [InlineData("وCNN")]
    public void Leaves_numbers_and_non_Arabic_words_whole(string word)
    {
        var segments = Segments(word);
        Assert.Single(segments);
        Assert.Equal(SegmentRole.Stem, segments[0].Role);
    }

    [Fact]
    public void Gives_a_lone_conjunction_its_role() => Assert.Equal("conjunction", Roles("و"));

    [Fact]
    public void Segments_within_a_larger_text_at_the_token_offsets()
    {
        const string text = "قال وزير الخارجية وبلاده";
        var start = text.IndexOf("وبلاده", StringComparison.Ordinal);
        var span = new TextSpan(start, text.Length);
        var output = new List<Segment>();
        CliticSegmenter.Default.Segment(text, span, ArabicFolding.Fold(text.AsSpan(start)), output);
        Assert.Equal(["و", "بلاد", "ه"], output.Select(s => s.Span.Slice(text)));
        Assert.Equal(start, output[0].Span.Start);
        Assert.Equal(text.Length, output[^1].Span.End);
    }

    [Fact]
    public void Keeps_a_form_whole_when_it_takes_the_article_itself()
    {
        static CliticSegmenter With(params (string Word, int Count)[] counts) => new(
            new WordFrequencies(counts.ToDictionary(c => c.Word, c => new WordFrequencies.Entry(c.Count, 0), StringComparer.Ordinal)),
            new HashSet<string>(StringComparer.Ordinal));

        // بطاقه (card) against طاقه (energy): without البطاقه the ratio test reads ب+طاقة; with it, the form is a noun.
        Assert.Equal(PrepositionClitic.Preposition, With(("بطاقه", 150), ("طاقه", 400)).Analyze("بطاقه", "بطاقة").Preposition);
        Assert.Equal(CliticAnalysis.Whole, With(("بطاقه", 150), ("طاقه", 400), ("البطاقه", 50)).Analyze("بطاقه", "بطاقة"));
    }

    [Fact]
    public void Uses_the_lexicon_it_is_given()
    {
        // With an empty lexicon nothing is attested, so only the structural fallbacks apply.
        var bare = new CliticSegmenter(new WordFrequencies(new Dictionary<string, WordFrequencies.Entry>(StringComparer.Ordinal)), new HashSet<string>(StringComparer.Ordinal));
        var known = new CliticSegmenter(
            new WordFrequencies(new Dictionary<string, WordFrequencies.Entry>(StringComparer.Ordinal) { ["قال"] = new(100, 0), ["وقال"] = new(40, 0) }),
            new HashSet<string>(StringComparer.Ordinal));
        Assert.Equal(CliticAnalysis.Whole, bare.Analyze("وقال", "وقال"));
        Assert.True(known.Analyze("وقال", "وقال").Conjunction);
        Assert.Equal(3, bare.Analyze("والكوماروفسكي", "والكوماروفسكي").ProcliticLength);
    }
}
