using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// The rules added after the first blind evaluation (gold/quotes-test), each on a sentence written for the test:
/// objects and frames that carry content, who speaks, and where the reported clause ends.
/// </summary>
public class QuoteRuleTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Fact]
    public void A_noun_object_after_a_named_subject_is_the_content()
    {
        var q = Assert.Single(Run("ونفى وزير الخارجية الروسي سيرغي لافروف أي علاقة لبلاده بالهجوم."));
        Assert.EndsWith("لافروف", q.Speaker, StringComparison.Ordinal);
        Assert.Equal("أي علاقة لبلاده بالهجوم", q.Text);
    }

    [Fact]
    public void A_noun_object_after_a_role_subject_and_a_day_is_the_content()
    {
        var q = Assert.Single(Run("أعلنت وزارة الداخلية، الجمعة، تفاصيل الهجوم على مركز الشرطة."));
        Assert.Equal("وزارة الداخلية", q.Speaker);
        Assert.Equal("تفاصيل الهجوم على مركز الشرطة", q.Text);
    }

    [Fact]
    public void A_clause_after_fiima_has_its_own_speaker()
    {
        var quotes = Run("وأعلنت الشرطة المحلية توقيف ثلاثة رجال، فيما قالت النيابة العامة إن التحقيق مستمر.");
        var said = Assert.Single(quotes, q => q.Cue == "قالت");
        Assert.Equal("النيابة العامة", said.Speaker);
        Assert.Equal("التحقيق مستمر", said.Text);
        Assert.DoesNotContain(quotes, q => q.Speaker is { } s && s.Contains("توقيف", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_with_a_noun_object_reports_for_the_clause_subject()
    {
        var quotes = Run("وقال المتحدث باسم الشرطة إن الطريق أغلق، مؤكدا اعتقال ثلاثة مشتبه بهم.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("اعتقال ثلاثة مشتبه بهم", quotes[1].Text);
        Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
    }

    [Fact]
    public void A_definite_word_right_after_a_verb_is_its_subject_not_its_object()
    {
        Assert.Empty(Run("وينفي المتهم الاتهامات الموجهة إليه."));
    }

    [Fact]
    public void A_pledge_or_admission_with_ba_is_reported_content()
    {
        var q = Assert.Single(Run("وتعهد الرئيس الأمريكي دونالد ترامب بالرد على الهجوم."));
        Assert.Equal("بالرد على الهجوم", q.Text);
        Assert.Contains("ترامب", q.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Ila_with_a_noun_reports_it_but_ila_with_a_name_only_points_at_it()
    {
        var quotes = Run("وقال المتحدث إن الهجوم فشل، مشيرا إلى إصابة جنديين بجروح طفيفة.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("إصابة جنديين بجروح طفيفة", quotes[1].Text);

        Assert.Empty(Run("وأشارت الوزيرة إلى ألمانيا التي انضمت إلى الاتفاق."));
    }

    [Fact]
    public void A_verbal_noun_cue_inside_the_sentence_is_its_own_quote()
    {
        var quotes = Run("وقال ماكرون إن فرنسا لن تتراجع، مع تأكيده أن الحوار ما زال ممكنا.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("فرنسا لن تتراجع", quotes[0].Text);
        Assert.Equal("الحوار ما زال ممكنا", quotes[1].Text);
        Assert.Equal("ماكرون", quotes[1].Speaker);
    }

    [Fact]
    public void A_new_subject_takes_the_floor_from_the_earlier_speaker()
    {
        var quotes = Run("وقال لافروف إن الحل سياسي.\n\nوعالجت المنظمة عشرات الجرحى في المستشفى الميداني.\n\nوقالت إن الوضع صعب.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("المنظمة", quotes[1].Speaker);
    }

    [Fact]
    public void Qawlahu_is_said_by_the_person_after_an()
    {
        var q = Assert.Single(Run("ونقلت الوكالة عن مدير المستشفى، أحمد علي، قوله إن \"الوضع تحت السيطرة الكاملة\"."));
        // The person after عن, named between commas after the role (wt-quotes4: the name, where the role phrase was kept).
        Assert.Equal("أحمد علي", q.Speaker);
        Assert.Equal("الوضع تحت السيطرة الكاملة", q.Text);
    }

    [Fact]
    public void A_quoted_name_inside_the_subject_phrase_is_not_a_quote()
    {
        var q = Assert.Single(Run("وصرح المتحدث باسم \"التحالف الدولي ضد الإرهاب\" العقيد جون سميث أن الغارات استهدفت مواقع التنظيم."));
        Assert.Equal("indirect", q.Kind);
        Assert.Equal("الغارات استهدفت مواقع التنظيم", q.Text);
    }

    [Fact]
    public void Marks_that_open_a_clause_which_goes_on_make_an_indirect_quote()
    {
        var q = Assert.Single(Run("وقال ترامب إنه \"من الممكن\" أن يفرض رسوما جديدة على الصين."));
        Assert.Equal("indirect", q.Kind);
        Assert.Equal("من الممكن\" أن يفرض رسوما جديدة على الصين", q.Text);
    }

    [Fact]
    public void A_source_phrase_set_off_inside_the_sentence_takes_the_longer_side_or_stays_inside_a_quote()
    {
        var q = Assert.Single(Run("وكلفت الوزارة، بحسب ما ذكرته الوكالة الرسمية، شركة خاصة بطباعة الكتب من جديد."));
        Assert.Equal("الوكالة الرسمية", q.Speaker);
        Assert.Equal("شركة خاصة بطباعة الكتب من جديد", q.Text);

        var after = Assert.Single(Run("وأفادت تقارير بأن الجيش انسحب من المدينة، بحسب ما ذكرته صحيفة محلية، لإفساح المجال للمفاوضات."));
        Assert.EndsWith("لإفساح المجال للمفاوضات", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void As_for_and_a_contrast_without_a_new_speaker_do_not_end_the_clause()
    {
        Assert.Equal("المحادثات مستمرة فيما يتعلق بالحدود المشتركة", Assert.Single(Run("وقال الوزير إن المحادثات مستمرة فيما يتعلق بالحدود المشتركة.")).Text);
        Assert.Equal("الصادرات ارتفعت، في حين تراجعت الواردات", Assert.Single(Run("وقال الوزير إن الصادرات ارتفعت، في حين تراجعت الواردات.")).Text);
        Assert.Equal(2, Run("وقال الوزير إن الاتفاق جيد، فيما قال المعارض إن الاتفاق سيء.").Count);
    }

    [Fact]
    public void A_report_inside_reported_words_is_a_quote_of_its_own()
    {
        var quotes = Run("وقال ترامب إنه كان يقصد العكس عندما قال في هلسنكي إنه لا يرى مبررا للتدخل.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("كان يقصد العكس", quotes[0].Text);
        Assert.Equal("لا يرى مبررا للتدخل", quotes[1].Text);

        quotes = Run("ودعت الوزيرة إلى الحوار مع المعارضة، إلا أنها قالت إن الوقت ينفد.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("إلى الحوار مع المعارضة", quotes[0].Text);
        Assert.Equal("الوقت ينفد", quotes[1].Text);
    }

    [Fact]
    public void A_sentence_opening_with_wa_anna_continues_the_indirect_quote_before_it()
    {
        var quotes = Run("وقال الوزير الروسي سيرغي لافروف إن بلاده لن تتدخل. وإن الحل يجب أن يكون سياسيا.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("الحل يجب أن يكون سياسيا", quotes[1].Text);
        Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
    }

    [Fact]
    public void An_anonymity_phrase_after_the_cue_is_not_the_speaker()
    {
        var quotes = Run("وقال ضابط إن القتال مستمر.\n\nوأضاف طالبا عدم الكشف عن هويته \"تعرضنا لهجوم كبير في القرية\".");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("direct", quotes[1].Kind);
        Assert.Equal("ضابط", quotes[1].Speaker);
    }

    [Fact]
    public void A_pair_of_marks_over_paragraphs_stops_before_a_paragraph_with_its_own_cue()
    {
        var quotes = Run("وأضاف المتحدث أن \"هذا الهجوم يثبت تورط الجماعة في العنف.\n\nوشدد المتحدث على أن إطلاق الصواريخ مخالف للقانون\".");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("هذا الهجوم يثبت تورط الجماعة في العنف", quotes[0].Text);
        Assert.Equal("indirect", quotes[1].Kind);
        Assert.StartsWith("إطلاق الصواريخ مخالف للقانون", quotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_or_a_dash_between_the_cue_and_its_subject_does_not_hide_the_subject()
    {
        Assert.Equal("المتحدث باسم الشركة", Assert.Single(Run("صرح الأربعاء المتحدث باسم الشركة بأن الرحلات ستبدأ الشهر المقبل.")).Speaker);
        Assert.Equal("لافروف", Assert.Single(Run("وأوضح لافروف - خلال مؤتمر صحفي مع نظيره الألماني، إن الحوار مستمر.")).Speaker);
    }

    [Fact]
    public void Wasf_with_bi_annahu_quotes_the_description()
    {
        var q = Assert.Single(Run("ووصف الوزير الهجوم بأنه \"جريمة ضد الإنسانية\"."));
        Assert.Equal("direct", q.Kind);
        Assert.Equal("جريمة ضد الإنسانية", q.Text);
        Assert.Equal("الوزير الهجوم", q.Speaker);
    }

    [Fact]
    public void A_cue_form_after_a_preposition_is_a_verbal_noun()
    {
        Assert.Empty(Run("وبدأ التنظيم في حث أتباعه على شن هجمات."));
    }

    [Fact]
    public void A_quoted_addressee_of_a_call_is_not_a_direct_quote()
    {
        var q = Assert.Single(Run("وطالبت روسيا \"منظمة حظر الأسلحة الكيميائية\" بإرسال محققين إلى المدينة."));
        Assert.Equal("indirect", q.Kind);
        Assert.EndsWith("بإرسال محققين إلى المدينة", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tweet_is_quoted_after_kataba()
    {
        var q = Assert.Single(Run("وكتب الرئيس الأمريكي دونالد ترامب على تويتر \"لدي الحق المطلق في العفو عن نفسي\"."));
        Assert.Equal("direct", q.Kind);

        // The name after the title is the speaker; where the tagger ends the name is not this rule's business.
        Assert.StartsWith("دونالد", q.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_direct_quote_followed_by_min_dun_an_is_still_a_quote()
    {
        var q = Assert.Single(Run("وتابع أردوغان \"يقولون إنهم سيطردون أئمتنا من البلاد\"، من دون أن يعطي تفاصيل."));
        Assert.Equal("direct", q.Kind);
        Assert.Equal("يقولون إنهم سيطردون أئمتنا من البلاد", q.Text);
    }

    [Fact]
    public void Verbs_curated_from_the_petrarch_list_are_cues()
    {
        Assert.Equal("الحل يجب أن يكون سياسيا", Assert.Single(Run("وأصر الوزير على أن الحل يجب أن يكون سياسيا.")).Text);
        Assert.Equal("المفاوضات ستستأنف قريبا", Assert.Single(Run("وأخبر المتحدث الصحفيين أن المفاوضات ستستأنف قريبا.")).Text);
    }
}
