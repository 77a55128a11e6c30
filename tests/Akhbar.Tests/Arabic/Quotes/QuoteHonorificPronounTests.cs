using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// A pronoun of honour after a cue ("وأكد معاليه"، "وقال سموه") names no one: the speaker is carried over from the quote
/// before (QuoteFinder.HonorificPronouns, branch wt-evactors). Sentences written for these tests.
/// </summary>
public class QuoteHonorificPronounTests
{
    [Theory]
    [InlineData("وأكد معاليه أن العمل جار على توسعة المراكز الصحية في المحافظات الشمالية.")]
    [InlineData("وقال سموه: إن المراكز الصحية الجديدة ستخدم سكان المحافظات الشمالية.")]
    public void A_pronoun_of_honour_speaks_for_the_speaker_before(string second)
    {
        var doc = Analyze.Text("قال وزير الصحة الدكتور سامي بن فهد العتيبي إن الوزارة افتتحت ثلاثة مستشفيات جديدة هذا العام.\n\n" + second);
        var quotes = QuoteRows.Of(doc);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("سامي بن فهد العتيبي", quotes[1].Speaker);

        // The statement event is the minister's too, with his entity.
        var said = Assert.Single(doc.Events, e => e.Trigger.Start == doc.Quotes[1].Cue.Start);
        Assert.Equal(doc.Events[0].Source!.EntityId, said.Source!.EntityId);
        Assert.NotNull(said.Source.EntityId);
    }
}
