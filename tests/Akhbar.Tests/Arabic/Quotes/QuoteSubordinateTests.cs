using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Who speaks when a sentence nests a report in a relative clause, names who was told after a telling verb, or puts a
/// state after a call; and words that look like cues or quotes but are not. Sentences written for these tests.
/// </summary>
public class QuoteSubordinateTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Fact]
    public void A_report_in_a_relative_clause_does_not_take_the_floor()
    {
        // The police speak only inside the relative clause; "وأضاف" goes on with the prosecutor.
        var rows = Run("وقال المدعي العام جون سميث في مؤتمر صحفي إن المسلح، الذي قالت الشرطة إن اسمه سامي، تاجر معروف في المدينة.\n\nوأضاف أنه كان على اتصال بعصابات مسلحة في السجن.");
        var added = Assert.Single(rows, q => q.Cue == "وأضاف");
        Assert.Equal("جون سميث", added.Speaker);
    }

    [Theory]
    [InlineData("وقال المتحدث باسم الشرطة جون سميث إن المشتبه به كان فيما يبدو يتابع داعش عبر الإنترنت منذ سنوات.", "عبر الإنترنت")]
    [InlineData("وأكد الوزير سامي الخطيب أن اللجنة ستنظر فيما بعد في الملفات التي قال النواب إنها ناقصة.", "في الملفات")]
    public void Fima_as_an_adverb_does_not_end_the_reported_words(string body, string inside)
    {
        // "فيما يبدو" (apparently) and "فيما بعد" (later) open no clause with a new speaker.
        Assert.Contains(inside, Assert.Single(Run(body), q => q.Cue.StartsWith('و')).Text);
    }

    [Theory]
    [InlineData("وأبلغ الوزير البرلمان أن الموازنة ستقدم الشهر المقبل.", "الوزير")]
    [InlineData("وأبلغ المصدر رويترز أن المفاوضات توقفت منذ أسبوع.", "المصدر")]
    public void The_one_told_after_a_telling_verb_is_not_part_of_the_speaker(string body, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Run(body)).Speaker);
    }

    [Fact]
    public void A_plural_in_the_accusative_after_a_telling_verb_is_who_was_told()
    {
        // "الصحفيين" (not "الصحفيون") is the object: the teller is the minister of the sentence before.
        var rows = Run("وقال وزير المالية سامي الخطيب إن العجز تراجع.\n\nوأبلغ الصحفيين أن الضرائب لن ترتفع هذا العام.");
        Assert.Equal("سامي الخطيب", Assert.Single(rows, q => q.Cue == "وأبلغ").Speaker);
    }

    [Fact]
    public void A_plural_in_the_accusative_before_a_quotation_is_who_was_told()
    {
        var rows = Run("وأبدى المدرب جون سميث ندمه على الخطة الهجومية.\n\nوأبلغ الصحفيين \"المنافس تفوق علينا بوضوح في الشوط الثاني\".");
        Assert.Equal("جون سميث", Assert.Single(rows, q => q.Cue == "وأبلغ").Speaker);
    }

    [Fact]
    public void A_state_after_a_joined_call_that_opens_the_sentence_is_its_subject()
    {
        var rows = Run("وقال الرئيس اليوناني جون سميث إن بلاده لن تبادل الجنود.\n\nوتطالب تركيا بتسليم العسكريين الذين فروا بعد محاولة الانقلاب.");
        var call = Assert.Single(rows, q => q.Cue == "وتطالب");
        Assert.Equal("تركيا", call.Speaker);
        Assert.StartsWith("بتسليم", call.Text);
    }

    [Fact]
    public void A_state_after_a_call_with_a_subject_before_it_is_the_addressee()
    {
        var call = Assert.Single(Run("الرئيس جون سميث يطالب تركيا بتسليم العسكريين الذين فروا."));
        Assert.Equal("جون سميث", call.Speaker);
        Assert.StartsWith("تركيا", call.Text);
    }

    [Fact]
    public void A_counted_noun_is_not_a_cue()
    {
        // "طالب" after مليون is "student", not "demanded".
        Assert.Empty(Run("ويدرس نحو خمسة ملايين طالب في المدارس العامة بالولاية."));
    }

    [Fact]
    public void An_interim_role_keeps_its_adjective_before_the_addressee()
    {
        // "المؤقت" is written with ؤ, which the keys fold to و.
        var call = Assert.Single(Run("وطالب الرئيس المؤقت السكان بالتزام منازلهم خلال العاصفة."));
        Assert.Equal("الرئيس المؤقت", call.Speaker);
        Assert.StartsWith("السكان", call.Text);
    }

    [Fact]
    public void A_joined_demand_verb_after_a_number_opens_a_new_clause()
    {
        // No conjunction stands between a number and the noun it counts: "30 وطالب" ends the count and opens a clause.
        var call = Assert.Single(Run("وارتفع عدد القتلى إلى 30 وطالب الرئيس جون سميث الحكومة بفتح تحقيق عاجل."));
        Assert.Equal("وطالب", call.Cue);
        Assert.Equal("جون سميث", call.Speaker);
    }

    [Fact]
    public void A_demand_verb_after_a_year_is_no_counted_noun()
    {
        // "عام 2017" ends a date, not a count: "2017 طالب" is "in 2017, demanded", where "1200 طالب" counts students.
        var call = Assert.Single(Run("وفي تقرير عام 2017 طالب المحققون النيابة العامة بتوسيع التحقيق."));
        Assert.Equal("طالب", call.Cue);
        Assert.Contains("بتوسيع التحقيق", call.Text);
    }

    [Fact]
    public void A_noun_counted_in_hundreds_is_not_a_cue()
    {
        // "مئات" is written with ئ, which the keys fold to ي.
        Assert.Empty(Run("ويدرس مئات طالب في المدرسة الوحيدة بالقرية."));
    }

    [Fact]
    public void A_quoted_name_after_an_outlet_noun_is_not_the_quote()
    {
        var q = Assert.Single(Run("وذكر الرئيس جون سميث خلال مقابلة بثتها شبكة \"إن تي في\" الخاصة \"لن نسلم الجنود قبل أن يسلمونا الانقلابيين\"."));
        Assert.StartsWith("لن نسلم", q.Text);
        Assert.Equal("جون سميث", q.Speaker);
    }

    [Fact]
    public void A_short_quote_after_a_definite_noun_is_still_a_quote()
    {
        // Names follow the indefinite noun ("شبكة "..."); after "الصحيفة" the marks hold its words.
        var q = Assert.Single(Run("وبدلا من المقالات المعتادة، كتبت الصحيفة \"لا كلام يكفي\"."));
        Assert.Equal("لا كلام يكفي", q.Text);
    }

    [Fact]
    public void A_dual_cue_shows_no_gender_and_carries_the_latest_speaker()
    {
        // "وأكدا" is dual, not a masculine singular like "دعا": it does not skip the ministry for the minister before it.
        var rows = Run("قال الوزير سامي الخطيب إن المستشفيات جاهزة.\n\nوقالت وزارة الصحة إن الإصابات تراجعت هذا الأسبوع.\n\nوأكدا أن اللقاحات ستصل الشهر المقبل.");
        Assert.Equal("وزارة الصحة", Assert.Single(rows, q => q.Cue == "وأكدا").Speaker);
    }

    [Fact]
    public void A_feminine_cue_without_a_subject_goes_back_to_the_speaker_its_verb_agrees_with()
    {
        // "وأضافت" cannot carry "قال الوزير": the ministry, introduced by "قالت", speaks on.
        var rows = Run("قالت وزارة الصحة إن الإصابات تراجعت هذا الأسبوع.\n\nوقال الوزير سامي الخطيب إن المستشفيات جاهزة.\n\nوأضافت أن اللقاحات ستصل الشهر المقبل.");
        Assert.Equal("وزارة الصحة", Assert.Single(rows, q => q.Cue == "وأضافت").Speaker);
    }

    [Fact]
    public void A_cue_that_agrees_with_the_latest_speaker_keeps_it()
    {
        var rows = Run("قالت وزارة الصحة إن الإصابات تراجعت هذا الأسبوع.\n\nوقال الوزير سامي الخطيب إن المستشفيات جاهزة.\n\nوأضاف أن اللقاحات ستصل الشهر المقبل.");
        Assert.Equal("سامي الخطيب", Assert.Single(rows, q => q.Cue == "وأضاف").Speaker);
    }

    [Fact]
    public void A_feminine_defective_verb_shows_its_gender_too()
    {
        // "دعت" is "دعا" with the feminine ending in place of its alif.
        var rows = Run("دعت وزارة الصحة المواطنين إلى الحذر من الحر.\n\nوقال الوزير سامي الخطيب إن المستشفيات جاهزة.\n\nوأضافت أن الموجة ستنحسر الأسبوع المقبل.");
        Assert.Equal("وزارة الصحة", Assert.Single(rows, q => q.Cue == "وأضافت").Speaker);
    }

    [Fact]
    public void After_a_turn_word_the_one_who_spoke_in_the_sentence_goes_on()
    {
        // "من جانبها" gives the floor to the government of this sentence, not back to the minister named before it.
        var rows = Run("قال الوزير سامي الخطيب إن الهجوم وقع ليلا.\n\nمن جانبها، نفت حكومة الجزيرة أي علم بالحادث، وقالت إن التقارير ملفقة.");
        Assert.Equal("حكومة الجزيرة", Assert.Single(rows, q => q.Cue == "وقالت").Speaker);
    }

    [Fact]
    public void A_participle_after_a_fronted_phrase_is_said_by_the_subject_of_its_clause()
    {
        var rows = Run("وقال الوزير سامي الخطيب إن الاتفاق قريب.\n\nمن جانبه، رحب رئيس الوزراء البريطاني جون سميث بالاتفاق، قائلا إن أوروبا ستدعمه.");
        Assert.Equal("جون سميث", Assert.Single(rows, q => q.Cue == "قائلا").Speaker);
    }

    [Fact]
    public void Hadda_urges_like_hathth()
    {
        var q = Assert.Single(Run("وحضت الولايات المتحدة، الأربعاء، شركاءها في مجلس الأمن على فرض عقوبات جديدة."));
        Assert.Equal("الولايات المتحدة", q.Speaker);
    }
}
