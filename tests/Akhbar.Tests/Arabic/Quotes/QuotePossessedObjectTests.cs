using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// A noun with a possessive pronoun before the عن of a cue ("أعلن تنظيم ... مسؤوليته عن") is the verb's object: it opens the
/// reported words and is no part of the speaker; emphasis words and the genitive of a role noun stay in the subject.
/// Sentences written for these tests (QuoteFinder.PossessedObjects).
/// </summary>
public class QuotePossessedObjectTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("وأعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف سوقا شعبيا في المدينة.", "تنظيم داعش", "مسؤوليته عن التفجير")]
    [InlineData("وأعلنت جماعة الأحرار المسلحة مسؤوليتها عن الهجوم على نقطة التفتيش.", "جماعة الأحرار المسلحة", "مسؤوليتها عن الهجوم")]
    public void The_possessed_object_opens_the_words_and_leaves_the_speaker(string body, string speaker, string start)
    {
        var quote = Assert.Single(Run(body));
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith(start, quote.Text);
    }

    [Theory]
    [InlineData("وأعرب الرئيس نفسه عن أسفه للحادث الذي وقع في الميناء.", "الرئيس نفسه", "أسفه")]
    [InlineData("وأعرب وزير خارجيته عن ارتياحه لنتائج المحادثات الأخيرة.", "وزير خارجيته", "ارتياحه")]
    [InlineData("وأعرب رئيس مجلس إدارته عن تفاؤله بأرباح العام المقبل.", "رئيس مجلس إدارته", "تفاؤله")]
    public void Emphasis_and_a_role_genitive_stay_in_the_speaker(string body, string speaker, string start)
    {
        var quote = Assert.Single(Run(body));
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith(start, quote.Text);
    }
}
