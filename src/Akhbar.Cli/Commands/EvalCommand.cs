using System.CommandLine;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar eval</c>: quality measurements against the data in ../shared, one subcommand per stage.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure the quality of a stage against the data in ../shared (see docs/stages/).");
        foreach (var sub in Subcommands())
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }

    /// <summary>Every eval subcommand; each lives in its own file next to this one.</summary>
    private static IEnumerable<Command> Subcommands() =>
    [
        EvalCleanCommand.Create(),
        EvalHtmlCommand.Create(),
        EvalSegmentCommand.Create(),
        EvalTimeCommand.Create(),
        EvalNerCommand.Create(),
        EvalEntitiesCommand.Create(),
        EvalQuotesCommand.Create(),
        EvalEventsCommand.Create(),
    ];

    /// <summary>The --shared option every eval subcommand takes.</summary>
    public static Option<string?> SharedOption() => new("--shared")
    {
        Description = "The shared data folder (default: $AKHBAR_SHARED, else ../shared relative to the working directory).",
    };

    /// <summary>The shared data folder: the option, else $AKHBAR_SHARED, else ../shared; a one-line error when it is absent.</summary>
    public static string ResolveShared(string? option)
    {
        var dir = option;
        if (string.IsNullOrEmpty(dir))
        {
            dir = Environment.GetEnvironmentVariable("AKHBAR_SHARED");
        }

        if (string.IsNullOrEmpty(dir))
        {
            dir = Path.Combine("..", "shared");
        }

        if (!Directory.Exists(Path.Combine(dir, "data")))
        {
            throw new DirectoryNotFoundException($"no shared data folder at '{Path.GetFullPath(dir)}' (give it with --shared or AKHBAR_SHARED).");
        }

        return dir;
    }
}
