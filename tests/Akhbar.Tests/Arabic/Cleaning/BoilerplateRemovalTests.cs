using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Cleaning;

/// <summary>
/// Each family of scraper leftovers, in an article written for this test: the leftover goes with its rule
/// name, and a content line that looks like it stays.
/// </summary>
public class BoilerplateRemovalTests
{
    private const string Title = "افتتاح معرض الكتاب في المدينة";
    private const string Lead = "افتتح المحافظ صباح اليوم معرض الكتاب السنوي بمشاركة مئة دار نشر من عشرين دولة.";
    private const string Second = "وقال المحافظ إن المعرض يستمر عشرة أيام ويستقبل الزوار من العاشرة صباحا.";

    public static TheoryData<string, string> Leftovers() => new()
    {
        { "اقرأ أيضا: المحافظ يفتتح حديقة جديدة", "read-also" },
        { "...المزيد", "read-more" },
        { "تابعونا على تويتر وإنستغرام", "follow-us" },
        { "شارك الخبر: فيسبوك | تويتر | واتساب", "share-buttons" },
        { "يمكنكم تلقي إشعارات بأهم الأخبار عند تحميل تطبيقنا على هواتفكم.", "app-promo" },
        { "** جميع الآراء الواردة هنا تعبر عن رأي كاتبها فقط.", "opinion-disclaimer" },
        { "* نقلا عن صحيفة المساء", "republished-credit" },
        { "**جميع الحقوق محفوظة لمجلة الثقافة", "copyright" },
        { "*خاص موقع المدينة - ثقافة", "exclusive-credit" },
        { "لمشاهدة صور المعرض اضغط هنا", "click-here" },
        { "للاشتراك في خدمة أخبار المعرض أرسل رسالة إلى 70070", "sms-subscription" },
        { "للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز 12 إلى 70070", "sms-contact" },
        { "70071 - Zain", "sms-codes" },
        { "لمراسلة الكاتب: writer.name@example.org", "address-only" },
        { "www.example.org/book-fair", "address-only" },
        { "راسلونا على البريد الإلكتروني", "contact-us" },
        { "رابط الخبر بصحيفة الأخبار: افتتاح معرض الكتاب", "story-link" },
        { "فرانس 24/ رويترز", "agency-credit" },
        { "ويشار إلى أن CNN لا يمكنها التأكد بصورة مستقلة من صحة الصور المتداولة.", "cnn-verification" },
        { "______________________________", "separator" },
        { "![صورة 2](http://example.org/fair.jpg)", "markdown-image" },
    };

    [Theory]
    [MemberData(nameof(Leftovers))]
    public void The_leftover_line_is_removed_with_its_rule_and_the_article_is_kept(string leftover, string rule)
    {
        var doc = Analyze.Text($"{Lead}\n{leftover}\n{Second}", title: Title);
        Assert.Equal([Lead, Second], doc.Paragraphs.Select(p => doc.Slice(p.Span)));
        var removed = Assert.Single(doc.Removed, r => r.Reason != RemovalReason.ControlChar);
        Assert.Equal(rule, removed.Rule);
        Assert.Equal(leftover, removed.Text);
    }

    public static TheoryData<string> ContentThatLooksLikeALeftover() =>
    [
        "وقالت الدار إن المزيد من العناوين سيصل إلى المعرض غدا.",
        "وتابع الزوار عبر تويتر ندوة الافتتاح التي استمرت ساعتين، وقال أحدهم إنها كانت مفيدة جدا للطلاب والباحثين.",
        "وشارك آلاف الطلاب في الجولة الأولى على أجنحة المعرض.",
        "ويمكن للزوار الاطلاع على البرنامج عبر الموقع www.example.org طوال أيام المعرض.",
        "وبحسب الفيديو الذي لا يمكن لـCNN التأكد من تاريخ تصويره، ظهر المحافظ في جناح الأطفال.",
        "نقلا عن مصادر في اللجنة المنظمة، سيزور المعرض وزير الثقافة يوم الخميس.",
        "وضغط الناشرون على اللجنة هنا لتمديد المعرض أسبوعا آخر.",
        "أطلقت اللجنة خدمة للتواصل مع الزوار عبر رسالة نصية مجانية تصلهم بمواعيد الندوات.",
        "زين تحقق أرباحا بلغت 12345 دينارا في الربع الأول.",
    ];

    [Theory]
    [MemberData(nameof(ContentThatLooksLikeALeftover))]
    public void A_content_line_that_resembles_a_leftover_is_kept(string line)
    {
        var doc = Analyze.Text($"{Lead}\n{line}\n{Second}", title: Title);
        Assert.Equal([Lead, line, Second], doc.Paragraphs.Select(p => doc.Slice(p.Span)));
        Assert.DoesNotContain(doc.Removed, r => r.Reason != RemovalReason.ControlChar);
    }

    [Fact]
    public void A_share_widget_glued_to_the_first_sentence_is_cut_and_the_sentence_kept_with_exact_offsets()
    {
        var body = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك  " + Lead + "\n" + Second;
        var doc = Analyze.Text(body, title: Title);
        Assert.Equal([Lead, Second], doc.Paragraphs.Select(p => doc.Slice(p.Span)));
        var widget = Assert.Single(doc.Removed);
        Assert.Equal("share-widget", widget.Rule);
        Assert.StartsWith("شارك من خلال", widget.Text);
        foreach (var p in doc.Paragraphs)
        {
            Assert.Equal(doc.Slice(p.Span), UnicodeCleaner.Normalize(body[p.RawStart!.Value..p.RawEnd!.Value]));
        }
    }

    [Fact]
    public void A_line_that_is_only_a_share_widget_is_removed()
    {
        var doc = Analyze.Text(Lead + "\nشارك من خلال تويتر فيسبوك\n" + Second, title: Title);
        Assert.Equal([Lead, Second], doc.Paragraphs.Select(p => doc.Slice(p.Span)));
        Assert.Equal("share-widget", Assert.Single(doc.Removed).Rule);
    }

    [Fact]
    public void Cleaning_the_clean_text_again_changes_nothing()
    {
        var body = string.Join('\n', "شارك من خلال تويتر فيسبوك اكتب رأيك " + Lead, "70071 - Zain", Second, "*نقلاً عن صحيفة المساء", "** جميع المقالات المنشورة تمثل رأي كتابها فقط.");
        var doc = Analyze.Text(body, title: Title);
        var again = Analyze.Text(doc.Text);
        Assert.Equal(doc.Text, again.Text);
    }
}
