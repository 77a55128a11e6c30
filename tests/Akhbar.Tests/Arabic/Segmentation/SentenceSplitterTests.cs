using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Segmentation;

public class SentenceSplitterTests
{
    private static string[] Sentences(string paragraph)
    {
        var doc = Analyze.Text("عنوان\n" + paragraph);
        return [.. doc.Sentences.Where(s => s.Paragraph == 0).Select(s => doc.Slice(s.Span))];
    }

    [Fact]
    public void Splits_at_arabic_sentence_ends_but_not_at_the_arabic_comma()
    {
        Assert.Equal(["وصل الوفد، ثم بدأ الاجتماع.", "هل انتهى؟", "نعم!", "انتهى؛", "ثم غادروا…", "وانتهى"],
            Sentences("وصل الوفد، ثم بدأ الاجتماع. هل انتهى؟ نعم! انتهى؛ ثم غادروا… وانتهى"));
    }

    [Fact]
    public void Keeps_numbers_dates_and_abbreviations_inside_the_sentence()
    {
        Assert.Equal(["ارتفع السعر 3.5 بالمئة إلى 1.200 دولار في 15.9.2018 وقال د. أحمد إن ذلك متوقع.", "انتهى."],
            Sentences("ارتفع السعر 3.5 بالمئة إلى 1.200 دولار في 15.9.2018 وقال د. أحمد إن ذلك متوقع. انتهى."));
    }

    [Fact]
    public void A_quotation_with_sentence_ends_inside_stays_one_sentence()
    {
        Assert.Equal(["قال: “وصلنا. وسنبقى” ثم غادر.", "انتهى."], Sentences("قال: “وصلنا. وسنبقى” ثم غادر. انتهى."));
        Assert.Equal(["قال: “وصلنا. وسنبقى!”", "ثم غادر."], Sentences("قال: “وصلنا. وسنبقى!” ثم غادر."));
        Assert.Equal(["قال «هذا يكفي. انتهينا».", "وغادر."], Sentences("قال «هذا يكفي. انتهينا». وغادر."));
    }

    [Fact]
    public void An_unclosed_quotation_does_not_swallow_the_paragraph()
    {
        Assert.Equal(3, Sentences("قال “بدأنا. ثم توقفنا. وانتهى").Length);
    }

    [Fact]
    public void Runs_of_end_marks_and_closing_quotes_stay_with_the_sentence()
    {
        Assert.Equal(["حقا؟!", "قال \"نعم.\"", "ثم..."], Sentences("حقا؟! قال \"نعم.\" ثم..."));
    }
}
