using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Who holds the floor for a cue without a subject, a participle's speaker, and reports the earlier rules missed
/// (docs/stages/quotes.md, "wt-quotes"), on sentences written for these tests.
/// </summary>
public class QuoteFloorTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Fact]
    public void A_country_after_the_opening_verb_takes_the_floor()
    {
        var quotes = Run("قال وزير الخارجية الإثيوبي إن المفاوضات مستمرة.\n\nووجهت مصر رسالة إلى مجلس الأمن بشأن السد، وطالبت بوقف ملء الخزان فورا.");
        var q = Assert.Single(quotes, q => q.Cue == "وطالبت");
        Assert.Equal("مصر", q.Speaker);
    }

    [Fact]
    public void The_subject_after_a_fronted_adverbial_phrase_takes_the_floor()
    {
        var quotes = Run("قال المتحدث باسم الجيش إن القوات تقدمت في الشمال.\n\nوعلى صعيد آخر، استقبل الرئيس الفرنسي إيمانويل ماكرون وفدا من المعارضة، وقال إن الحل سياسي.");
        var q = Assert.Single(quotes, q => q.Cue == "وقال");
        Assert.Equal("إيمانويل ماكرون", q.Speaker);
    }

    [Fact]
    public void A_preposition_that_opens_a_sentence_is_not_a_verb_whose_subject_speaks()
    {
        var quotes = Run("قالت السفيرة سارة جونز إن العنف مرفوض.\n\nوعن القدس، أكدت أن وضع المدينة يحسم بالتفاوض.");
        var q = Assert.Single(quotes, q => q.Cue == "أكدت");
        Assert.Equal("سارة جونز", q.Speaker);
    }

    [Fact]
    public void A_participle_takes_the_subject_of_its_clause_not_the_name_just_before_it()
    {
        var quotes = Run("وقالت الشركة إنها اشتكت إلى وزارة الاتصالات مشيرة إلى أن المنافس خالف القانون.");
        var q = Assert.Single(quotes, q => q.Cue == "مشيرة");
        Assert.Equal("الشركة", q.Speaker);
    }

    [Fact]
    public void A_participle_has_no_subject_after_it_and_passes_no_false_speaker_on()
    {
        var quotes = Run("وقالت الشركة إن أرباحها ارتفعت، متوقعة استمرار النمو خلال العام المقبل.\n\nوأضافت أن المصنع الجديد سيفتح قريبا.");
        Assert.Equal(["الشركة", "الشركة", "الشركة"], quotes.Select(q => q.Speaker));
        Assert.Equal("استمرار النمو خلال العام المقبل", Assert.Single(quotes, q => q.Cue == "متوقعة").Text);
    }

    [Fact]
    public void The_object_pronoun_iyya_is_not_a_speaker()
    {
        var quotes = Run("وانتقد النائب خالد يوسف رئيس الحكومة، واصفا إياه: \"رجل بلا خطة ولا رؤية\".");
        var q = Assert.Single(quotes, q => q.Cue == "واصفا");
        Assert.Equal("رجل بلا خطة ولا رؤية", q.Text);
        Assert.NotEqual("إياه", q.Speaker);
    }

    [Fact]
    public void Where_an_envoy_is_posted_belongs_to_the_subject_of_a_noun_object()
    {
        var q = Assert.Single(Run("وأكد سفير فرنسا لدى الأمم المتحدة دعم بلاده الكامل للقرار."));
        Assert.Equal("دعم بلاده الكامل للقرار", q.Text);
        Assert.StartsWith("سفير فرنسا", q.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_in_a_relative_clause_ends_the_outer_words_and_is_a_quote_of_its_own()
    {
        var quotes = Run("وقال المتحدث إن المعارضين يتعرضون للملاحقة من قبل الحكومة التي ترى أن نشاطهم يهدد الأمن.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("المعارضين يتعرضون للملاحقة من قبل الحكومة", quotes[0].Text);
        Assert.Equal("نشاطهم يهدد الأمن", quotes[1].Text);
    }

    [Fact]
    public void A_country_right_before_a_relative_clause_speaks_for_it()
    {
        var q = Assert.Single(Run("ويعيش اللاجئون في ظروف صعبة في تركيا، التي تقول إنها تستضيف أكبر عدد منهم في العالم."));
        Assert.Equal("تركيا", q.Speaker);
    }

    [Fact]
    public void A_country_that_opens_its_clause_before_the_cue_is_its_subject()
    {
        var quotes = Run("قال المتحدث باسم الحكومة إن الحوار ممكن.\n\nواتفقت الأطراف على اللقاء مجددا، بينما الكويت أعلنت أنها ستستضيف الاجتماع المقبل.");
        var q = Assert.Single(quotes, q => q.Cue == "أعلنت");
        Assert.Equal("الكويت", q.Speaker);
    }

    [Fact]
    public void A_country_that_follows_a_verb_is_its_object_not_the_speaker_of_the_next_cue()
    {
        var quotes = Run("وزار الرئيس سوريا وقال إن البلدين سيوقعان اتفاقا تجاريا.");
        var q = Assert.Single(quotes);
        Assert.NotEqual("سوريا", q.Speaker);
    }

    [Fact]
    public void A_call_may_name_its_request_at_once()
    {
        var quotes = Run("قال وزير الخارجية الإثيوبي إن المفاوضات مستمرة.\n\nووجهت مصر رسالة إلى مجلس الأمن بشأن السد، وطالبت بوقف ملء الخزان فورا.");
        var q = Assert.Single(quotes, q => q.Cue == "وطالبت");
        Assert.Equal("بوقف ملء الخزان فورا", q.Text);
    }

    [Fact]
    public void A_participle_after_kana_is_a_predicate_adjective()
    {
        Assert.Empty(Run("وجرت الانتخابات التي كان متوقعا أن يفوز بها الحزب الحاكم."));
    }

    [Fact]
    public void A_protest_that_demands_is_no_call()
    {
        Assert.Empty(Run("وشهدت المدينة تظاهرات طالبت بخفض الأسعار."));
    }

    [Fact]
    public void The_baa_of_bism_in_a_spokesman_title_does_not_open_the_content()
    {
        var q = Assert.Single(Run("وأفاد الناطق باسم الشرطة أن ثلاثة أشخاص أصيبوا في الحادث."));
        Assert.Equal("ثلاثة أشخاص أصيبوا في الحادث", q.Text);
        Assert.Equal("الناطق باسم الشرطة", q.Speaker);
    }

    [Fact]
    public void Where_the_subject_sits_stands_between_it_and_a_noun_object()
    {
        var q = Assert.Single(Run("وأعلنت وزارة الصحة في قطاع غزة مقتل ثلاثة فلسطينيين برصاص الجيش."));
        Assert.Equal("مقتل ثلاثة فلسطينيين برصاص الجيش", q.Text);
    }

    [Theory]
    [InlineData("وتمنى الرئيس أن تنتهي الأزمة قبل نهاية الشهر.", "وتمنى", "تنتهي الأزمة قبل نهاية الشهر")]
    [InlineData("وتساءل الكاتب: \"من سيدفع ثمن هذه الحرب؟\"", "وتساءل", "من سيدفع ثمن هذه الحرب؟")]
    [InlineData("وقال الوزير إن المحادثات جيدة، معبرا عن أمله في التوصل إلى اتفاق قريب.", "معبرا", "أمله في التوصل إلى اتفاق قريب")]
    [InlineData("وقال المحافظ إن الأسعار استقرت، متوقعا أن يتراجع التضخم في الربيع.", "متوقعا", "يتراجع التضخم في الربيع")]
    [InlineData("وقالت الشرطة إن الحريق أخمد، مرجحة أن يكون سببه ماسا كهربائيا.", "مرجحة", "يكون سببه ماسا كهربائيا")]
    [InlineData("وقال المدرب إن فريقه لعب جيدا، معترفا بأن الدفاع ارتكب أخطاء كثيرة.", "معترفا", "الدفاع ارتكب أخطاء كثيرة")]
    [InlineData("وقال الوزير إن الطريق أغلق، واصفا الوضع بأنه خطير للغاية.", "واصفا", "خطير للغاية")]
    public void More_reporting_forms_are_cues(string body, string cue, string text)
    {
        var q = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal(text, q.Text);
    }
}
