using Akhbar.Arabic.Cleaning;
using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Events;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Arabic.Quotes;
using Akhbar.Arabic.Segmentation;
using Akhbar.Arabic.Time;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic;

/// <summary>The standard Arabic news pipeline, built once and shared across threads.</summary>
public static class ArabicPipeline
{
    /// <param name="eventFilter">Whether the event stage applies its learned filter (docs/stages/events.md, "The event
    /// filter"); off by default.</param>
    /// <param name="statementRoots">Whether the event stage recodes plain statements with the learned statement-root
    /// classifier (<see cref="StatementRootModel"/>; docs/stages/events.md, "Twenty-third session: a learned statement-root
    /// classifier"); off by default: its cross-validated gain on the tuning gold is small (5 triples of 641) and it recodes
    /// statements about a danger ("إن الجفاف يهدد سوريا") as criticism.</param>
    public static AnalysisPipeline CreateDefault(bool eventFilter = false, bool statementRoots = false) =>
        new PipelineBuilder()
            .UseCleaner(new ArticleCleaner())
            .Add(new SegmentationStage())
            .Add(new EntityStage())
            .Add(new EntityLinkingStage())
            .Add(new TimeStage())
            .Add(new QuoteStage())
            .Add(new EventStage(filtered: eventFilter, statementRoots: statementRoots ? StatementRootModel.Default : null))
            .Build();
}
