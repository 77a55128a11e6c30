using System.CommandLine;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar eval</c>: the parent of the quality measurements, one subcommand per stage.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure quality against gold data: precision, recall, F1.");
        command.Subcommands.Add(EvalNerCommand.Create());
        return command;
    }
}
