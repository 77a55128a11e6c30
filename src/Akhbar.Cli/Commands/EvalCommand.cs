using System.CommandLine;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar eval</c>: measures the quality of a stage against gold data; one subcommand per stage.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure the quality of a stage against gold data.");
        command.Subcommands.Add(EvalSegmentCommand.Create());
        return command;
    }
}
