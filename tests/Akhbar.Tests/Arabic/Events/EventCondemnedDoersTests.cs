using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// A condemned act is aimed at whoever the relative clause after it says carried it out, also with قام ب and its pronoun
/// ("التي تقوم بها") and with the present of ارتكب ("التي ترتكبها"). Sentences written for these tests.
/// </summary>
public sealed class EventCondemnedDoersTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-condemned-doers", "2021-06-01", paragraphs);

    private static string Words(Document doc, EventArgument? argument) => argument is { } a ? doc.Slice(a.Span) : "";

    [Fact]
    public void The_doer_after_taqumu_biha_or_tartakibuha_is_the_target_of_the_condemnation()
    {
        var carried = Run("وأدان مجلس الأمن الدولي الانتهاكات التي تقوم بها جماعة الحوثي في المحافظات الجنوبية.");
        var first = Assert.Single(carried.Events, e => carried.Slice(e.Trigger) == "وأدان");
        Assert.Equal("111", first.Cameo);
        Assert.Equal("جماعة الحوثي", Words(carried, first.Target));

        var committed = Run("واستنكرت الجامعة العربية الجرائم التي يرتكبها النظام السوري بحق المدنيين.");
        var second = Assert.Single(committed.Events, e => committed.Slice(e.Trigger) == "واستنكرت");
        Assert.Equal("النظام السوري", Words(committed, second.Target));
    }
}
