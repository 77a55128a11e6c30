namespace Akhbar.Core.Pipeline;

/// <summary>
/// Assembles a pipeline and checks, when it is built, that every stage finds the layers it requires
/// already provided by the cleaner or an earlier stage.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];
    private IArticleCleaner? _cleaner;

    public PipelineBuilder UseCleaner(IArticleCleaner cleaner)
    {
        _cleaner = cleaner;
        return this;
    }

    public PipelineBuilder Add(IPipelineStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public AnalysisPipeline Build()
    {
        if (_cleaner is null)
        {
            throw new InvalidOperationException("A pipeline needs a cleaner: call UseCleaner first.");
        }

        var available = new HashSet<string>(StringComparer.Ordinal) { LayerNames.Text };
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage provides.");
            }

            foreach (var p in stage.Provides)
            {
                if (!available.Add(p))
                {
                    throw new InvalidOperationException($"Layer '{p}' is provided twice (again by stage '{stage.Name}').");
                }
            }
        }

        return new AnalysisPipeline(_cleaner, [.. _stages]);
    }
}
