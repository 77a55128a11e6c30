using System.CommandLine;
using Akhbar.Arabic.Time.Evaluation;
using Akhbar.Core.Diagnostics;

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

    /// <summary>The --compare option of eval entities and eval events: a second annotation scored as predictions against --gold.</summary>
    public static Option<string?> CompareOption() => new("--compare")
    {
        Description = "A second folder of gold files for the same articles, scored as if it were the predictions against --gold (agreement between annotations; gold/README.md, \"gold/agreement\").",
    };

    /// <summary>
    /// The file of the compared folder for a gold file: same file name, same article id, and its own text hash checked
    /// against the corpus record; a one-line error when it is missing or describes another article.
    /// </summary>
    public static string ComparedFile(string compareFolder, string goldPath, string newsFolder, GoldRecordCache cache)
    {
        var path = Path.Combine(compareFolder, Path.GetFileName(goldPath));
        if (!File.Exists(path))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{path}: missing; the compared folder needs a file for every scored file of --gold.");
        }

        var (gold, compared) = (GoldArticle.Load(goldPath), GoldArticle.Load(path));
        if (gold.Id != compared.Id)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: describes {compared.Id}, not {gold.Id}.");
        }

        compared.ReadRecord(newsFolder, cache);
        return path;
    }
}
