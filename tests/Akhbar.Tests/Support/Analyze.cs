using Akhbar.Arabic;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Tests.Support;

/// <summary>One shared pipeline for tests, built once like the CLI builds it.</summary>
public static class Analyze
{
    public static AnalysisPipeline Pipeline { get; } = ArabicPipeline.CreateDefault();

    public static Document Text(string body, string? title = null, string id = "test") =>
        Pipeline.Process(new RawArticle { Id = id, Body = body, Title = title });

    public static Document Html(string html) =>
        Pipeline.Process(new RawArticle { Id = "test", Body = html, Format = RawFormat.Html });
}
