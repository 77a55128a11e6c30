using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// The verb of a relayed quote ("ونقلت رويترز عن الوزير") agrees with the outlet that relays, not with the one it relays:
/// a later cue without a subject ("وأوضح") may still carry the relayed minister on (QuoteFinder, the gender a speaker takes
/// from its verb; branch wt-evcoref). Sentences written for these tests.
/// </summary>
public class QuoteRelayedGenderTests
{
    [Fact]
    public void A_masculine_cue_after_a_feminine_relaying_verb_carries_the_relayed_speaker()
    {
        var doc = Analyze.Text(
            "قال وزير الخارجية التركي مولود جاويش أوغلو إن آلاف اللاجئين قد يعبرون الحدود.\n\n"
            + "ونقلت رويترز عن وزير الخارجية الألماني هايكو ماس \"إن بلاده مستعدة لزيادة مساعداتها الإنسانية\".\n\n"
            + "وأوضح أنه ناقش قضية المعتقلين خلال زيارته.");
        var quotes = QuoteRows.Of(doc);
        Assert.Equal(3, quotes.Count);
        Assert.Contains("هايكو ماس", quotes[1].Speaker, StringComparison.Ordinal);

        // Before, the feminine ونقلت gave the minister its gender, and وأوضح went back to the Turkish minister.
        Assert.Equal(quotes[1].Speaker, quotes[2].Speaker);
    }
}
