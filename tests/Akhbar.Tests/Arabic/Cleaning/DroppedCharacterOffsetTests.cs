using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Cleaning;

/// <summary>
/// Characters the cleaner drops (tatweel, zero-width and bidi marks) right after a word belong to that word: a span of
/// the clean text that ends at the word ends after them in the raw input, and a span that starts after them does not
/// take them. Before, the raw end of every Hijri date written <c>1436هـ</c> stopped before its tatweel.
/// </summary>
public class DroppedCharacterOffsetTests
{
    /// <summary>The raw text of a clean span, through the offset map.</summary>
    private static string RawOf(Document doc, TextSpan span)
    {
        var raw = doc.Offsets.ToRaw(span);
        Assert.NotNull(raw);
        return doc.Raw.Body[raw.Value.Start..raw.Value.End];
    }

    private static TextSpan SpanOf(Document doc, string cleanText)
    {
        var at = doc.Text.IndexOf(cleanText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{cleanText}\" not in \"{doc.Text}\"");
        return new TextSpan(at, at + cleanText.Length);
    }

    [Fact]
    public void A_hijri_date_ends_after_the_tatweel_of_its_letter()
    {
        var doc = Analyze.Text("عنوان\n\nافتتح الأمير المعرض يوم الأحد 5/10/1436هـ في جدة.");
        var time = Assert.Single(doc.Times, t => doc.Slice(t.Span).Contains("1436", StringComparison.Ordinal));
        Assert.Equal("يوم الأحد 5/10/1436هـ", RawOf(doc, time.Span));
    }

    [Fact]
    public void A_span_at_the_end_of_a_paragraph_takes_its_trailing_tatweel_and_so_does_the_paragraph()
    {
        var body = "عنوان\n\nصدر القرار في العام 1436هـ\nوبدأ تطبيقه.";
        var doc = Analyze.Text(body);
        Assert.Equal("1436هـ", RawOf(doc, SpanOf(doc, "1436ه")));
        var first = doc.Paragraphs[0];
        Assert.EndsWith("1436هـ", body[first.RawStart!.Value..first.RawEnd!.Value], StringComparison.Ordinal);
        Assert.Equal(doc.Slice(first.Span), UnicodeCleaner.Normalize(body[first.RawStart!.Value..first.RawEnd!.Value]));
    }

    [Theory]
    [InlineData("\u200F")]        // right-to-left mark after a word
    [InlineData("\u200C")]        // zero-width non-joiner
    [InlineData("\u0640\u0640")]  // a run of tatweel
    [InlineData("\u00AD")]        // soft hyphen
    public void Any_dropped_run_right_after_a_word_ends_with_it(string dropped)
    {
        var body = $"عنوان\n\nوصل الوزير{dropped} إلى الرياض.";
        var doc = Analyze.Text(body);
        Assert.Equal($"الوزير{dropped}", RawOf(doc, SpanOf(doc, "الوزير")));
        Assert.Equal("إلى", RawOf(doc, SpanOf(doc, "إلى")));
    }

    [Fact]
    public void A_dropped_mark_after_a_space_stays_out_of_the_word_before_and_the_word_after()
    {
        var body = "عنوان\n\nوصل الوزير \u200Fإلى الرياض.";
        var doc = Analyze.Text(body);
        Assert.Equal("الوزير", RawOf(doc, SpanOf(doc, "الوزير")));
        Assert.Equal("إلى", RawOf(doc, SpanOf(doc, "إلى")));
    }

    [Fact]
    public void Inside_a_word_the_start_of_the_next_part_is_unchanged()
    {
        // A span may end inside a word at a tatweel (the preposition of لـ«اليوم»); the part after it starts after it.
        var body = "عنوان\n\nقال لـ«الصحيفة» إن العمل بدأ.";
        var doc = Analyze.Text(body);
        var preposition = SpanOf(doc, "ل«");
        Assert.Equal("لـ", RawOf(doc, new TextSpan(preposition.Start, preposition.Start + 1)));
        Assert.Equal("«الصحيفة»", RawOf(doc, SpanOf(doc, "«الصحيفة»")));
    }

    [Fact]
    public void A_surrogate_pair_before_a_dropped_mark_stays_whole()
    {
        var builder = new CleanTextBuilder();
        const string raw = "ab\U0001F600\u200Fc";
        builder.Copy(raw, 0, 4);
        builder.AttachDropped(4, 1);
        builder.Copy(raw, 5, 1);
        var (text, map) = builder.Build();
        Assert.Equal("ab\U0001F600c", text);
        Assert.Equal(2, map.ToRawStart(2));
        Assert.Equal(5, map.ToRawEnd(4));
        Assert.Equal(2, map.ToRawEnd(2));
        Assert.Equal(5, map.ToRawStart(4));
        Assert.Equal(6, map.ToRawEnd(5));
    }
}
