using System.Diagnostics;
using Akhbar.Storage.Ingestion;
using Spectre.Console;

namespace Akhbar.Cli.Corpus;

/// <summary>A Spectre.Console progress bar on the terminal's error stream: articles done, rate and ETA.</summary>
public sealed class LiveProgress(ProgressTask task) : IIngestProgress
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public void Report(IngestSummary s, long bytesDone, long bytesTotal)
    {
        if (bytesTotal > 0)
        {
            task.MaxValue = bytesTotal;
            task.Value = bytesDone;
        }

        task.Description = Markup.Escape(ProgressText.Line(s, bytesDone, bytesTotal, _watch.Elapsed).Replace("ingest: ", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>Runs <paramref name="work"/> under a live bar on stderr.</summary>
    public static T Run<T>(Func<IIngestProgress, T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx => work(new LiveProgress(ctx.AddTask("starting", maxValue: 1))));
    }

    /// <summary>Whether stderr is a terminal that can show a live bar.</summary>
    public static bool Available => !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
}
