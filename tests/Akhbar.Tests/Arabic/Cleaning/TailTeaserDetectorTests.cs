using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Cleaning;

/// <summary>Teasers of other stories appended at the end of an article (all text invented for these tests).</summary>
public class TailTeaserDetectorTests
{
    private const string Title = "الحكومة تقر خطة لدعم المزارعين في الجنوب";

    private static readonly string[] Body =
    [
        "أقرت الحكومة، الأحد، خطة لدعم المزارعين في محافظات الجنوب بقيمة مليار دينار تصرف على ثلاث سنوات.",
        "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة للمزارعين الصغار وتوزيع بذور محسنة قبل موسم الزراعة.",
        "وأضاف الوزير أن محافظات الجنوب تضررت من الجفاف خلال العامين الماضيين وأن الدعم سيصل قبل نهاية الشهر.",
        "ورحب اتحاد المزارعين بالخطة، داعيا إلى إشراك الجمعيات التعاونية في توزيع القروض على المستحقين.",
    ];

    private static readonly string[] Teasers =
    [
        "أعلن نادي الشباب، السبت، تعاقده مع مدرب إسباني لقيادة الفريق في الموسم المقبل خلفا للمدرب المستقيل.",
        "توقعت هيئة الأرصاد الجوية، الاثنين، هطول أمطار غزيرة على المناطق الساحلية مع انخفاض ملحوظ في درجات الحرارة",
        "كشفت شركة الطيران الوطنية، الثلاثاء، عن خطتها لتشغيل رحلات مباشرة إلى ثلاث عواصم آسيوية بدءا من الربيع.",
        "افتتح متحف الفنون الحديثة، الأربعاء، معرضا لأعمال رسامين شباب يضم أكثر من مئتي لوحة ومنحوتة.",
    ];

    [Fact]
    public void Four_leads_of_unrelated_stories_at_the_end_are_removed_as_teasers()
    {
        var doc = Analyze.Text(string.Join('\n', Body.Concat(Teasers)), title: Title);
        Assert.Equal(Body, doc.Paragraphs.Select(p => doc.Slice(p.Span)));
        var removed = doc.Removed.Where(r => r.Rule == ArticleCleaner.TailTeaserRule).Select(r => r.Text);
        Assert.Equal(Teasers, removed);
        Assert.All(doc.Removed, r => Assert.Equal(RemovalReason.Boilerplate, r.Reason));
    }

    [Fact]
    public void Three_foreign_leads_are_not_enough_to_cut_anything()
    {
        var doc = Analyze.Text(string.Join('\n', Body.Concat(Teasers.Take(3))), title: Title);
        Assert.Equal(Body.Length + 3, doc.Paragraphs.Count);
        Assert.Empty(doc.Removed);
    }

    [Fact]
    public void Closing_paragraphs_about_the_article_stay_even_when_they_read_like_leads()
    {
        string[] related =
        [
            "أعلن وزير الزراعة، الاثنين، أن قروض الخطة ستصرف للمزارعين عبر المصرف الزراعي في محافظات الجنوب.",
            "طالب اتحاد المزارعين، الثلاثاء، بزيادة قيمة الخطة لتشمل مربي المواشي في محافظات الجنوب المتضررة من الجفاف.",
            "قدرت الحكومة، الأربعاء، عدد المزارعين المستفيدين من الخطة بنحو أربعين ألف مزارع في الجنوب.",
            "وزعت وزارة الزراعة، الخميس، أول دفعة من البذور المحسنة على المزارعين في محافظات الجنوب ضمن الخطة.",
        ];
        var doc = Analyze.Text(string.Join('\n', Body.Concat(related)), title: Title);
        Assert.Equal(Body.Concat(related), doc.Paragraphs.Select(p => doc.Slice(p.Span)));
    }

    [Fact]
    public void A_list_or_a_column_at_the_end_is_not_taken_for_teasers()
    {
        string[] column =
        [
            "هل يكفي المال وحده؟ أظن أن المزارع يحتاج قبل القروض إلى من يسمعه، فالأرض لا تنتظر اللجان.",
            "لقد رأيت، في قريتي الصغيرة، حقولا تركها أصحابها لأن الماء لم يصل. الماء قبل المال دائما.",
            "1- تأهيل قنوات الري، وهي مهمة لا تحتمل التأجيل في موسم الجفاف المقبل على المحافظات الجنوبية.",
            "2- تسويق المحاصيل، فالمزارع يبيع اليوم بأقل من كلفة الإنتاج في أسواق المدن الكبيرة والصغيرة.",
        ];
        var doc = Analyze.Text(string.Join('\n', Body.Concat(column)), title: Title);
        Assert.Equal(Body.Length + column.Length, doc.Paragraphs.Count);
    }

    [Fact]
    public void A_short_article_keeps_its_first_two_paragraphs_whatever_follows()
    {
        var doc = Analyze.Text(string.Join('\n', Teasers.Concat(Teasers.Select(t => t.Replace("،", "، كما أعلن مصدر،", StringComparison.Ordinal)))), title: Title);
        Assert.True(doc.Paragraphs.Count >= 2);
        Assert.Equal(Teasers[0], doc.Slice(doc.Paragraphs[0].Span));
    }

    [Fact]
    public void Removing_teasers_is_idempotent()
    {
        var doc = Analyze.Text(string.Join('\n', Body.Concat(Teasers)), title: Title);
        var again = Analyze.Text(doc.Text);
        Assert.Equal(doc.Text, again.Text);
    }

    [Theory]
    [InlineData("أعلن نادي الشباب، السبت، تعاقده مع مدرب إسباني لقيادة الفريق في الموسم المقبل.", true)]
    [InlineData("وأعلن نادي الشباب، السبت، تعاقده مع مدرب إسباني لقيادة الفريق في الموسم المقبل.", false)]
    [InlineData("أعلن نادي الشباب تعاقده مع مدرب إسباني لقيادة الفريق في الموسم المقبل بعد مفاوضات طويلة.", false)]
    [InlineData("أعلن النادي، السبت، تعاقده مع مدرب جديد. وسيصل المدرب الأسبوع المقبل إلى المدينة.", false)]
    [InlineData("هل ينجح المدرب الجديد، الذي وصل السبت، في قيادة الفريق إلى اللقب هذا الموسم؟", false)]
    [InlineData("3- أعلن النادي، السبت، تعاقده مع مدرب إسباني لقيادة الفريق في الموسم المقبل.", false)]
    [InlineData("أعلن النادي، السبت، مدربه.", false)]
    [InlineData("خط الوسط: أحمد، ومحمود، وسالم، وخالد، وهم من أبرز لاعبي الفريق في المواسم الأخيرة.", false)]
    public void Lead_shape(string paragraph, bool expected) => Assert.Equal(expected, TailTeaserDetector.IsLeadShaped(paragraph));
}
