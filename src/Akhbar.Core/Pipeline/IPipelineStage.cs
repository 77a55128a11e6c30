using Akhbar.Core.Model;

namespace Akhbar.Core.Pipeline;

/// <summary>
/// One step of analysis after cleaning. A stage declares which layers it reads and which it adds, so that
/// <see cref="PipelineBuilder"/> can refuse a pipeline whose stages are out of order. Stages must be
/// immutable and safe to call from many threads at once.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }

    IReadOnlyCollection<string> Requires { get; }

    IReadOnlyCollection<string> Provides { get; }

    void Process(Document document);
}
