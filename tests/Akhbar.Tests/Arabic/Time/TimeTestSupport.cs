using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using Akhbar.Tests.Support;
using NodaTime;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>Runs one invented sentence (after a title line) through the default pipeline with a fixed publication day.</summary>
internal static class TimeTestSupport
{
    public static Document Run(string body, string? published, AnalysisPipeline? pipeline = null)
    {
        PublicationDate? date = published is null ? null : new PublicationDate(NodaTime.Text.LocalDatePattern.Iso.Parse(published).Value, null);
        return (pipeline ?? Analyze.Pipeline).Process(new RawArticle { Id = "t", Body = "عنوان\n\n" + body, Published = date });
    }

    /// <summary>(text, TYPE, value) of every time expression; coordinated days joined by commas.</summary>
    public static List<(string Text, string Type, string Value)> Times(string body, string? published = "2018-09-15", AnalysisPipeline? pipeline = null)
    {
        var doc = Run(body, published, pipeline);
        return doc.Times.Select(t => (doc.Slice(t.Span), TimeExpression.TypeName(t.Type), t.Value)).ToList();
    }

    public static (string Text, string Type, string Value) Single(string body, string? published = "2018-09-15")
    {
        var times = Times(body, published);
        Assert.True(times.Count == 1, $"expected one time expression in \"{body}\", found {times.Count}: {string.Join(" | ", times)}");
        return times[0];
    }

    public static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
