using Akhbar.Arabic;
using Akhbar.Arabic.Events;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Export;

/// <summary>
/// A small article written for these tests, analyzed by the default pipeline. An ad placeholder line between the
/// paragraphs makes raw offsets differ from clean ones; the quotation holds '|' and '#', GDELT's separators.
/// </summary>
public static class ExportFixture
{
    public const string Title = "لافروف يلتقي نظيره التركي في أنقرة";

    public const string Body = Title + "\n\n"
        + "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة يوم الأحد. "
        + "وقال لافروف: \"الحوار مع تركيا مستمر | بلا توقف # ولن يتوقف\".\n\n"
        + "[ads1]\n\n"
        + "وأعلنت الأمم المتحدة أنها سترسل مساعدات إلى إدلب يوم 20 سبتمبر 2018.\n";

    // The default pipeline without its event stage: the writer tests set the events layer by hand, so that they test
    // the rows of events they choose rather than what the event rules find today.
    private static readonly AnalysisPipeline WithoutEvents = DropEventStage(ArabicPipeline.CreateDefault());

    public static Document Analyze(string id = "export-fixture", string? url = null) =>
        WithoutEvents.Process(new RawArticle
        {
            Id = id,
            Body = Body,
            Url = url,
            Published = PublicationDate.TryParse("2018-09-16", out var day) ? day : null,
        });

    /// <summary>The span of the <paramref name="occurrence"/>-th (0-based) <paramref name="words"/> in the clean text.</summary>
    public static TextSpan Span(Document doc, string words, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = doc.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"\"{words}\" occurrence {occurrence} is not in the clean text");
        }

        return new TextSpan(at, at + words.Length);
    }

    /// <summary>The index of the sentence holding <paramref name="span"/>.</summary>
    public static int SentenceOf(Document doc, TextSpan span)
    {
        for (var i = 0; i < doc.Sentences.Count; i++)
        {
            if (doc.Sentences[i].Span.Contains(span))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no sentence holds {span}");
    }

    private static AnalysisPipeline DropEventStage(AnalysisPipeline pipeline)
    {
        var builder = new PipelineBuilder().UseCleaner(pipeline.Cleaner);
        foreach (var stage in pipeline.Stages.Where(s => s is not EventStage))
        {
            builder.Add(stage);
        }

        return builder.Build();
    }

    public static EventArgument Argument(Document doc, TextSpan span) => new(span, doc.EntityIdAt(span));
}
