using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage reads each token's event word and generic-actor kind from a table made once per document, whose
/// arrays are kept per thread from one document to the next (TokenReadings, docs/PERFORMANCE.md, wt-perf21): what a
/// document's events are must not depend on the documents read before it on the same thread.
/// </summary>
public sealed class EventTokenReadingsTests
{
    private static Document Run(string id, params string[] paragraphs) => EventArticle.Run(id, "2022-05-04", paragraphs);

    private static string Events(Document doc) =>
        string.Join('\n', doc.Events.Select(e => $"{e.Cameo} {doc.Slice(e.Trigger)} {Words(doc, e.Source)} {Words(doc, e.Target)} {e.When} {e.Hypothetical}"));

    private static string Words(Document doc, EventArgument? argument) => argument is null ? "-" : doc.Slice(argument.Span);

    [Fact]
    public void A_short_article_codes_the_same_events_before_and_after_a_longer_one_on_the_same_thread()
    {
        string[] shortArticle = ["وتظاهر مئات العمال أمس أمام مقر الوزارة.", "وسيلتقي وزير الخارجية المصري نظيره الأردني في عمان."];
        var before = Events(Run("short-first", shortArticle));

        // Event words and counted crowds at many token positions, past where the short article's tokens end.
        var sentences = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            sentences.Add("وهاجم مسلحون مجهولون دورية للشرطة قرب الحدود، وتظاهر آلاف الطلاب في العاصمة تنديدا بالهجوم.");
        }

        var longDoc = Run("long", [.. sentences]);
        Assert.NotEmpty(longDoc.Events);
        Assert.True(longDoc.Tokens.Count > 10 * Run("short-count", shortArticle).Tokens.Count);

        var after = Events(Run("short-again", shortArticle));
        Assert.Equal(before, after);
        Assert.Contains("141", before, StringComparison.Ordinal);
    }
}
