using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// Source phrases (بحسب، وفقا لـ، حسب) whose outlet is named in quotation marks, and a fronted source phrase followed by
/// فقد. Sentences written for these tests.
/// </summary>
public class QuoteSourceNameTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("وبحسب ما نقلت صحيفة \"الأيام\" البريطانية، فإن الحكومة ستعلن عن خطة جديدة للإسكان.", "الأيام", "الحكومة ستعلن")]
    [InlineData("ووفقا لصحيفة \"الرياضة اليوم\" الإسبانية فإن النادي يرغب في التعاقد مع المهاجم.", "الرياضة", "النادي يرغب")]
    [InlineData("ووفقا لوكالة \"الأنباء العالمية\"، تراجعت أسعار الذهب في التعاملات المبكرة.", "الأنباء العالمية", "تراجعت أسعار")]
    public void A_fronted_source_with_a_quoted_outlet_name_reports_the_clause_after_it(string body, string named, string start)
    {
        var quote = Assert.Single(Run(body));
        Assert.Contains(named, quote.Speaker);
        Assert.StartsWith(start, quote.Text);
    }

    [Fact]
    public void A_fronted_source_before_faqad_reports_the_clause_and_its_own_cue_a_second_quote()
    {
        var rows = Run("وبحسب وكالة الأنباء \"الشرق\" فقد أفاد سائق السيارة بأن المبلغ على ملك شخص أجنبي.");
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, q => q.Cue == "وبحسب" && q.Text.StartsWith("أفاد سائق", StringComparison.Ordinal) && q.Speaker!.Contains("وكالة", StringComparison.Ordinal));
        Assert.Contains(rows, q => q.Cue == "أفاد" && q.Speaker == "سائق السيارة");
    }

    [Fact]
    public void A_source_phrase_that_ends_with_the_quoted_name_keeps_its_speaker()
    {
        var quote = Assert.Single(Run("ويتوجب على الراكب أن يكون بوزن أقل من مئة كيلوغرام وطول لا يتخطى المترين، وفق ما نقل موقع \"التقنية\"."));
        Assert.Equal("موقع", quote.Speaker);
    }

    [Fact]
    public void A_participle_after_relayed_words_goes_with_the_one_who_relays_them()
    {
        // The feminine participle and "وتابعت" agree with the paper, the subject of ونقلت, not with the witnesses.
        var rows = Run("ونقلت صحيفة \"الأيام\" البريطانية عن شهود قولهم إن المسلح في الثلاثين من عمره، مشيرة إلى أنه كان معروفا لدى الشرطة. وتابعت: \"المسلح هدد الرهائن وهتف بشعارات\".");
        Assert.Equal("شهود", Assert.Single(rows, q => q.Cue == "قولهم").Speaker);
        Assert.Contains("صحيفة", Assert.Single(rows, q => q.Cue == "مشيرة").Speaker);
        Assert.Contains("صحيفة", Assert.Single(rows, q => q.Cue == "وتابعت").Speaker);
    }

    [Theory]
    [InlineData("ونقل التلفزيون عن الوزير سامي الخطيب قوله إن الوضع مستقر، مضيفا أن الحكومة تتابع الأمر.", "سامي الخطيب")]
    [InlineData("ونقلت وكالة الأنباء عن وزيرة الصحة ليلى الخطيب قولها إن الوضع مستقر، مشيرة إلى أن الوزارة تتابع الأمر.", "ليلى الخطيب")]
    public void A_participle_that_agrees_with_the_relayed_speaker_goes_on_with_the_relayed_words(string body, string speaker)
    {
        // "قوله ...، مضيفا": the participle agrees with the one whose words are relayed as well as with the relaying subject;
        // the words go on, as relayed reports of one speaker do ("ونقلت فرانس برس عن فلان قوله إن ...، مضيفا أن").
        var rows = Run(body);
        Assert.Contains(speaker, Assert.Single(rows, q => q.Cue is "مضيفا" or "مشيرة").Speaker);
    }

    [Fact]
    public void A_verbal_noun_after_a_relay_keeps_the_relayed_speaker()
    {
        Assert.Equal("سامي الخطيب", Assert.Single(Run("ونقلت وكالة الأنباء عن وزير الهجرة سامي الخطيب تأكيده أن البرنامج سيستقبل ألف لاجئ.")).Speaker);
    }
}
