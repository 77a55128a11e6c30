using Akhbar.Core.Model;
using Akhbar.Core.Output;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Reported speech that development reading of unseen ant-multisource articles found missed or cut wrong
/// (docs/stages/quotes.md, "wt-quoterec"), on sentences written for these tests.
/// </summary>
public class QuoteRecallTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("وبحسب الوزير فإن الحكومة ستعيد بناء الجسر قبل نهاية العام.", "الحكومة ستعيد بناء الجسر قبل نهاية العام")]
    [InlineData("ووفقا للمتحدث فإن المفاوضات ستستأنف في الأسبوع المقبل.", "المفاوضات ستستأنف في الأسبوع المقبل")]
    public void A_fronted_source_phrase_before_fa_inna_without_a_comma_introduces_the_clause(string body, string text)
    {
        var q = Assert.Single(Run(body));
        Assert.Equal("indirect", q.Kind);
        Assert.Equal(text, q.Text);
    }

    [Fact]
    public void A_source_phrase_with_a_glued_lam_names_the_statement_after_the_preposition()
    {
        var q = Assert.Single(Run("وقصفت الطائرات مواقع المسلحين شمالي المدينة، وفقا لبيان نشره الجيش."));
        Assert.Equal("وقصفت الطائرات مواقع المسلحين شمالي المدينة", q.Text);
        Assert.Equal("بيان نشره الجيش", q.Speaker);
    }

    [Theory]
    [InlineData("قال وزير الخارجية جان لودريان إن بلاده لن تتراجع عن موقفها.\n\nوأردف قائلا: \"لن نقبل بأي حل يفرض علينا من الخارج\".")]
    [InlineData("قال وزير الخارجية جان لودريان إن بلاده لن تتراجع عن موقفها.\n\nوأضاف قائلا إن الحوار هو الطريق الوحيد للحل.")]
    public void A_participle_right_after_the_verb_is_not_the_speaker(string body)
    {
        var quotes = Run(body);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("جان لودريان", quotes[1].Speaker);
    }

    [Fact]
    public void Speech_relayed_by_an_outlet_is_said_by_the_one_named_after_an()
    {
        var q = Assert.Single(Run("ونقلت وكالة رويترز عن المتحدثة باسم الوزارة، سارة جونز، إن الاجتماع تأجل إلى الشهر المقبل."));
        Assert.Equal("ونقلت", q.Cue);
        Assert.Equal("الاجتماع تأجل إلى الشهر المقبل", q.Text);
        Assert.Equal("المتحدثة باسم الوزارة", q.Speaker);
    }

    [Fact]
    public void A_relayed_speaker_ends_where_the_place_of_the_report_begins()
    {
        var q = Assert.Single(Run("ونقلت الوكالة عن مزارعين في قرية نائية أن الفيضانات أتلفت محاصيلهم بالكامل."));
        Assert.Equal("مزارعين", q.Speaker);
    }

    [Fact]
    public void An_outlet_name_in_quotation_marks_before_an_is_not_the_quote()
    {
        var q = Assert.Single(Run("ونقلت شبكة \"صوت المدينة الحرة\" عن مسؤول محلي أن الطريق أغلق بسبب الثلوج الكثيفة."));
        Assert.Equal("indirect", q.Kind);
        Assert.Equal("الطريق أغلق بسبب الثلوج الكثيفة", q.Text);
        Assert.Equal("مسؤول محلي", q.Speaker);
    }

    [Fact]
    public void An_inside_a_role_phrase_does_not_end_the_search_for_the_content()
    {
        var q = Assert.Single(Run("وأوضحت النائبة عن حزب الخضر، ماري سميث، إن الحكومة كانت تعلم بالأمر منذ شهور."));
        Assert.Equal("الحكومة كانت تعلم بالأمر منذ شهور", q.Text);
        // The name set off by commas after the role holds it and speaks (wt-quotes4); before, the role phrase was kept.
        Assert.Equal("ماري سميث", q.Speaker);
    }

    [Fact]
    public void The_subject_before_the_cue_speaks_not_a_name_inside_the_occasion_after_it()
    {
        var q = Assert.Single(Run("وكان الرئيس قد صرح خلال لقائه مع رئيس الوزراء الإيطالي جوزيبي كونتي، الأربعاء، أن بلاده مستعدة للحوار."));
        Assert.Equal("الرئيس", q.Speaker);
        Assert.Equal("بلاده مستعدة للحوار", q.Text);
    }

    [Fact]
    public void Confirming_with_a_noun_object_reports_it()
    {
        var q = Assert.Single(Run("وأكدت الحكومة دعمها الكامل للقوات المسلحة في مواجهة الإرهاب."));
        Assert.Equal("الحكومة", q.Speaker);
        Assert.Equal("دعمها الكامل للقوات المسلحة في مواجهة الإرهاب", q.Text);
    }

    [Theory]
    [InlineData("وانتقد الحزب القرار بشدة، معلنا رفضه القاطع لأي تعديل على الدستور.", "معلنا", "رفضه القاطع لأي تعديل على الدستور")]
    [InlineData("وزار الوزير المدينة المنكوبة، متعهدا بإعادة إعمار كل المنازل المدمرة.", "متعهدا", "بإعادة إعمار كل المنازل المدمرة")]
    public void More_participles_report_speech(string body, string cue, string text)
    {
        var q = Assert.Single(Run(body));
        Assert.Equal(cue, q.Cue);
        Assert.Equal(text, q.Text);
    }

    [Fact]
    public void A_hashtag_name_after_the_cue_and_before_a_day_is_the_speaker()
    {
        var q = Assert.Single(Run("وأعلن #فريق_الإنقاذ، مساء الخميس، أن الطرق ستغلق طوال عطلة نهاية الأسبوع."));
        Assert.Equal("الطرق ستغلق طوال عطلة نهاية الأسبوع", q.Text);
    }

    [Fact]
    public void A_participle_after_ghayr_is_an_adjective()
    {
        Assert.Empty(Run("ووصل الوزير إلى العاصمة في زيارة غير معلنة استمرت ثلاثة أيام."));
    }

    [Fact]
    public void Describing_with_an_object_pronoun_reports_the_description()
    {
        var quotes = Run("وقالت الوزيرة إن الاتفاق تاريخي. ووصفتها بأنها خطوة كبيرة نحو السلام في المنطقة.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("خطوة كبيرة نحو السلام في المنطقة", quotes[1].Text);
    }

    [Fact]
    public void A_relative_clause_speaks_for_the_speaker_noun_it_qualifies()
    {
        var quotes = Run("وهو ما يرفضه مكتب الرئيس في بغداد، الذي يقول إن الاتفاق ما زال قائما.");
        var q = Assert.Single(quotes);
        Assert.Equal("مكتب الرئيس في بغداد", q.Speaker);
    }

    [Fact]
    public void A_short_quoted_name_before_a_source_phrase_is_not_a_direct_quote()
    {
        var q = Assert.Single(Run("وتولت تطوير النظام شركة \"نجمة الشمال للتقنية\"، بحسب ما أوردت صحيفة محلية."));
        Assert.Equal("indirect", q.Kind);
        Assert.StartsWith("وتولت تطوير النظام", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verb_of_a_source_phrase_is_not_a_cue_of_its_own()
    {
        var quotes = Run("وقالت الشرطة إن المسلح اعتقل صباحا، حسبما أفادت عبر صفحتها على موقع فيسبوك.");
        var q = Assert.Single(quotes);
        Assert.Equal("وقالت", q.Cue);
    }

    [Fact]
    public void A_relaying_verb_leaves_the_words_to_qawlahu()
    {
        var q = Assert.Single(Run("ونقلت الوكالة عنه قوله، قبل انطلاق المؤتمر بساعات، \"إننا لن نتراجع عن مطالبنا مهما حدث\"."));
        Assert.Equal("قوله", q.Cue);
    }

    [Fact]
    public void A_source_phrase_after_the_clause_leaves_out_the_outlets_dateline()
    {
        var q = Assert.Single(Run("القاهرة، مصر (الوكالة) – افتتح الرئيس محطة كهرباء جديدة في الصعيد، وفقا لبيان الرئاسة."));
        Assert.Equal("افتتح الرئيس محطة كهرباء جديدة في الصعيد", q.Text);
    }

    [Fact]
    public void A_report_inside_the_clause_of_a_fronted_source_is_a_second_quote_with_its_own_speaker()
    {
        var quotes = Run("ووفقا للتلفزيون الرسمي، فقد أكد وزير الداخلية أن الانتخابات ستجرى في موعدها المحدد.");
        Assert.Equal(2, quotes.Count);
        Assert.Contains(quotes, q => q.Cue == "ووفقا");
        Assert.Contains(quotes, q => q.Cue == "أكد" && q.Speaker == "وزير الداخلية" && q.Text == "الانتخابات ستجرى في موعدها المحدد");
    }
}
