using Akhbar.Core.Model;

namespace Akhbar.Core.Pipeline;

/// <summary>
/// A cleaner followed by stages, checked and frozen by <see cref="PipelineBuilder"/>. Immutable and safe to
/// share across threads; parallelism is across documents.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IArticleCleaner cleaner, IReadOnlyList<IPipelineStage> stages)
    {
        Cleaner = cleaner;
        Stages = stages;
    }

    public IArticleCleaner Cleaner { get; }

    public IReadOnlyList<IPipelineStage> Stages { get; }

    public Document Process(RawArticle raw)
    {
        var document = Cleaner.Clean(raw);
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }

        return document;
    }
}
