using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Cleaning;

public class ArticleCleanerTests
{
    [Fact]
    public void First_line_is_the_title_and_its_repeat_is_removed()
    {
        var doc = Analyze.Text("عنوان الخبر هنا\n\nعنوان الخبر هنا\n\nالفقرة الأولى من الخبر.\nالفقرة الثانية.");
        Assert.Equal("عنوان الخبر هنا", doc.Slice(doc.Title!.Value));
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.Contains(doc.Removed, r => r.Reason == RemovalReason.DuplicateTitle);
        Assert.Equal("عنوان الخبر هنا\n\nالفقرة الأولى من الخبر.\n\nالفقرة الثانية.", doc.Text);
    }

    [Fact]
    public void A_near_repeat_of_the_title_is_removed_but_a_different_line_is_kept()
    {
        var doc = Analyze.Text("الرئيس يزور العاصمة الفرنسية اليوم\nالرئيس يزور العاصمه الفرنسية اليوم.\nالرئيس يزور العاصمة الألمانية غدا");
        Assert.Single(doc.Removed, r => r.Reason == RemovalReason.DuplicateTitle);
        Assert.Single(doc.Paragraphs);
    }

    [Fact]
    public void Ad_placeholders_and_shortcodes_are_removed_with_their_reason()
    {
        var doc = Analyze.Text("عنوان\n\nفقرة أولى.\n\n[ads1]\n\n[caption id=\"x\"]\n\nفقرة ثانية.");
        Assert.DoesNotContain("[ads1]", doc.Text);
        Assert.DoesNotContain("caption", doc.Text);
        Assert.Contains(doc.Removed, r => r.Reason == RemovalReason.AdPlaceholder && r.Text == "[ads1]");
        Assert.Contains(doc.Removed, r => r.Reason == RemovalReason.Markup);
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void A_title_given_in_its_own_field_is_not_repeated_from_the_body()
    {
        var doc = Analyze.Text("اجتماع في عمان\nعقد الوزراء اجتماعا في عمان.", title: "اجتماع في عمان");
        Assert.Equal("اجتماع في عمان\n\nعقد الوزراء اجتماعا في عمان.", doc.Text);
        Assert.Null(doc.Offsets.ToRawStart(0));
        Assert.Equal(15, doc.Offsets.ToRawStart(doc.Paragraphs[0].Span.Start));
    }

    [Fact]
    public void Paragraph_raw_ranges_fold_to_the_clean_paragraph()
    {
        var body = "عنوان\r\n\r\n  قال   الوزير\u00A0إن\u200F الاجتماع ناجحــــــــا.  \r\nﻻ تعليق لدينا\u200B.";
        var doc = Analyze.Text(body);
        foreach (var p in doc.Paragraphs)
        {
            var raw = body[p.RawStart!.Value..p.RawEnd!.Value];
            Assert.Equal(doc.Slice(p.Span), UnicodeCleaner.Normalize(raw));
        }

        Assert.Equal("عنوان\n\nقال الوزير إن الاجتماع ناجحا.\n\nلا تعليق لدينا.", doc.Text);
        Assert.Contains(doc.Removed, r => r.Reason == RemovalReason.ControlChar && r.Text == "\u200F");
    }

    [Fact]
    public void Boilerplate_lines_are_removed_and_content_lines_that_resemble_them_are_kept()
    {
        var doc = Analyze.Text("عنوان\nقال الوزير إن المحادثات مستمرة.\nاقرأ أيضاً: الرئيس يصل إلى باريس\nتابعونا على تويتر وفيسبوك\nاقرأ التقرير كاملا قبل أن تحكم، قال الوزير في كلمته أمام البرلمان.");
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.Equal(2, doc.Removed.Count(r => r.Reason == RemovalReason.Boilerplate));
    }

    [Fact]
    public void Cleaning_is_idempotent()
    {
        var doc = Analyze.Text("عنوان\n\nعنوان\n\n[ads2]\nفقرة ﻷولى\u200E ـــ هنا.\n\n\nفقرة ثانية");
        var again = Analyze.Text(doc.Text);
        Assert.Equal(doc.Text, again.Text);
    }

    [Theory]
    [InlineData("كلمة \uFE70 أخرى")]
    [InlineData("ذَ\u0640ًا")]
    [InlineData("مّ\u00ADًا")]
    [InlineData("ل\uFC5B\u0652ك")]
    public void Cleaning_is_idempotent_when_folding_makes_marks_or_spaces_meet(string line)
    {
        var once = UnicodeCleaner.Normalize(line);
        Assert.Equal(once, UnicodeCleaner.Normalize(once));
        Assert.True(once.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.DoesNotContain("  ", once);
    }

    [Theory]
    [InlineData("قال أيضاً إنّ العمل بَدَأ", "قال أيضاً إنّ العمل بَدَأ")]
    [InlineData("شدَّ الحبل", "شدَّ الحبل")]
    [InlineData("كتبَ  َقبل", "كتبَ َقبل")]
    [InlineData("ًاً ّ", "ًاً ّ")]
    public void Letters_with_harakat_come_out_in_canonical_order(string line, string expected)
    {
        // Harakat in rising order are copied as they are (and skip the line's stability check); shadda written before
        // its vowel is put after it (NFC); a mark after a space stays.
        var once = UnicodeCleaner.Normalize(line);
        Assert.Equal(expected, once);
        Assert.Equal(once, UnicodeCleaner.Normalize(once));
        Assert.True(once.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void An_article_with_no_body_gets_a_diagnostic_not_an_exception()
    {
        var doc = Analyze.Text("[ads1]\n\n");
        Assert.Empty(doc.Paragraphs);
        Assert.Contains(doc.Diagnostics, d => d.Code == Akhbar.Core.Diagnostics.DiagnosticCodes.EmptyAfterCleaning);
    }
}
