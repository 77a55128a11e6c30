using System.CommandLine;
using Akhbar.Cli.Commands;

namespace Akhbar.Cli;

/// <summary>
/// The <c>akhbar</c> command. Exit codes: 0 success, 1 bad input (a one-line message on stderr, never a
/// stack trace), 2 usage error, 3 internal error (a bug: one line on stderr, never a stack trace).
/// </summary>
public static class AkhbarCli
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var root = new RootCommand("Akhbar reads Arabic news and gives back who appears, who said what, when, and who did what to whom, each fact with offsets into the text.");
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }

        var config = new InvocationConfiguration
        {
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var err = config.Error;
            foreach (var e in parse.Errors)
            {
                err.WriteLine($"akhbar: {e.Message}");
            }

            err.WriteLine("Run 'akhbar --help' for usage.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(config);
        }
        catch (CliUsageException e)
        {
            config.Error.WriteLine($"akhbar: {e.Message}");
            return UsageError;
        }
        catch (Core.Diagnostics.BadInputException e)
        {
            config.Error.WriteLine($"akhbar: {e.Message}");
            return BadInput;
        }
        catch (IOException e)
        {
            config.Error.WriteLine($"akhbar: {e.Message}");
            return BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            config.Error.WriteLine($"akhbar: {e.Message}");
            return BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not the user's fault: one line that says so, never a stack trace.
            var inner = e is AggregateException { InnerException: { } i } ? i : e;
            config.Error.WriteLine($"akhbar: internal error ({inner.GetType().Name}: {inner.Message}); please report it with the input that caused it.");
            return InternalError;
        }
    }

    /// <summary>Every top-level command; each lives in its own file under Commands/.</summary>
    private static IEnumerable<Command> Commands() =>
    [
        AnalyzeCommand.Create(),
        IngestCommand.Create(),
        SearchCommand.Create(),
        TopCommand.Create(),
        TimelineCommand.Create(),
        QuotesCommand.Create(),
        ExportCommand.Create(),
        CooccurCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        ResourcesCommand.Create(),
    ];
}
