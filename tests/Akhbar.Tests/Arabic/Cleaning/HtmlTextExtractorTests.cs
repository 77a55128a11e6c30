using System.Text.Json;
using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Input;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Cleaning;

/// <summary>HTML extraction on a small news page written for these tests, with the usual page furniture around the article.</summary>
public class HtmlTextExtractorTests
{
    private const string Headline = "افتتاح جسر جديد على النهر";
    private const string P1 = "افتتح رئيس البلدية صباح الأحد جسرا جديدا يربط ضفتي النهر بعد عامين من الأعمال.";
    private const string P2 = "وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة ويختصر الطريق إلى المطار.";
    private const string P3 = "وبلغت كلفة المشروع ثلاثين مليون دينار بحسب بيان البلدية.";

    private const string Page = $"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head><title>{Headline} - أخبار المدينة</title><script>var tracking = "<p>ليس نصا</p>";</script></head>
        <body>
        <header><h1>أخبار المدينة</h1><nav><ul><li>الرئيسية</li><li>سياسة</li><li>رياضة</li></ul></nav></header>
        <div class="page">
          <div class="story">
            <h1>{Headline}</h1>
            <div class="tools"><a href="#">شارك</a> <a href="#">طباعة</a></div>
            <p><b>{P1}</b></p>
            <p>{P2}</p>
            <div class="inline-box"><p>{P3}</p></div>
            <div class="comments-policy">
              <p>نرحب بتعليقاتكم على هذا الخبر شرط احترام قواعد النشر التي يمكنكم قراءتها في صفحة الشروط.</p>
              <p>التعليقات المنشورة لا تعبر عن رأي الموقع بل عن آراء أصحابها.</p>
            </div>
          </div>
          <aside><h2>أخبار ذات صلة</h2><p>رئيس البلدية يزور محطة القطارات الجديدة ويتفقد الأعمال فيها.</p></aside>
        </div>
        <footer><p>جميع الحقوق محفوظة لموقع أخبار المدينة، وهذا النص أطول من خمس وعشرين حرفا.</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void The_headline_and_the_article_paragraphs_are_extracted_without_page_furniture()
    {
        var doc = Analyze.Html(Page);
        Assert.Equal(Headline, doc.Slice(doc.Title!.Value));
        Assert.Equal([P1, P2, P3], doc.Paragraphs.Select(p => doc.Slice(p.Span)));
        Assert.DoesNotContain("ليس نصا", doc.Text);
        Assert.DoesNotContain("الرئيسية", doc.Text);
        Assert.DoesNotContain("ذات صلة", doc.Text);
        Assert.DoesNotContain("تعليقاتكم", doc.Text);
        Assert.DoesNotContain("الحقوق", doc.Text);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == Akhbar.Core.Diagnostics.DiagnosticCodes.NoArticleBody);
    }

    [Fact]
    public void Each_paragraph_points_at_its_element_in_the_html_source()
    {
        var doc = Analyze.Html(Page);
        foreach (var p in doc.Paragraphs)
        {
            var source = Page[p.RawStart!.Value..p.RawEnd!.Value];
            Assert.StartsWith("<p>", source);
            Assert.EndsWith("</p>", source);
            Assert.Contains(doc.Slice(p.Span), source);
        }
    }

    [Fact]
    public void Readable_text_left_out_is_recorded_with_its_element_and_scripts_are_not()
    {
        var doc = Analyze.Html(Page);
        string Source(string rule) => Page[doc.Removed.Single(r => r.Rule == rule).RawStart..doc.Removed.Single(r => r.Rule == rule).RawEnd];
        Assert.Equal(["html-aside", "html-boxed", "html-footer", "html-header"], doc.Removed.Select(r => r.Rule!).Distinct().Order(StringComparer.Ordinal));
        Assert.StartsWith("<header>", Source("html-header"), StringComparison.Ordinal);
        Assert.EndsWith("</header>", Source("html-header"), StringComparison.Ordinal);
        Assert.EndsWith("</aside>", Source("html-aside"), StringComparison.Ordinal);
        Assert.EndsWith("</footer>", Source("html-footer"), StringComparison.Ordinal);
        var boxed = doc.Removed.Where(r => r.Rule == "html-boxed").ToList();
        Assert.Equal(2, boxed.Count);
        Assert.StartsWith("نرحب بتعليقاتكم", boxed[0].Text, StringComparison.Ordinal);
        Assert.All(boxed, b => Assert.StartsWith("<p>", Page[b.RawStart..b.RawEnd], StringComparison.Ordinal));
        Assert.All(doc.Removed, r => Assert.Equal(RemovalReason.Boilerplate, r.Reason));
        Assert.DoesNotContain(doc.Removed, r => r.Text.Contains("tracking", StringComparison.Ordinal));
        foreach (var p in doc.Paragraphs)
        {
            Assert.DoesNotContain(doc.Removed, r => r.RawStart < p.RawEnd && p.RawStart < r.RawEnd);
        }
    }

    [Fact]
    public void A_json_record_with_an_html_field_goes_through_the_same_extraction()
    {
        var json = JsonSerializer.Serialize(new { id = "j1", html = Page });
        var raw = JsonArticleReader.Read(json, "line 1", "fallback", new InputLimits());
        Assert.Equal(RawFormat.Html, raw.Format);
        var doc = Analyze.Pipeline.Process(raw);
        Assert.Equal([P1, P2, P3], doc.Paragraphs.Select(p => doc.Slice(p.Span)));
    }

    [Fact]
    public void A_page_without_paragraphs_falls_back_to_the_whole_page_with_a_diagnostic()
    {
        var doc = Analyze.Html("<html><body><div><li>سطر قصير</li></div></body></html>");
        Assert.Contains(doc.Diagnostics, d => d.Code == Akhbar.Core.Diagnostics.DiagnosticCodes.NoArticleBody);
    }

    [Fact]
    public void Extracted_text_cleans_to_itself_as_plain_text()
    {
        var doc = Analyze.Html(Page);
        Assert.Equal(doc.Text, Analyze.Text(doc.Text).Text);
    }
}
