using System.CommandLine;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar resources</c>: builds the repository's language resources from bulk sources.</summary>
public static class ResourcesCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Turn a bulk source (../shared/data) into TSV resources with their MANIFEST entry.");
        import.Subcommands.Add(ImportGazetteerCommand.Create());
        var command = new Command("resources", "Build and check the language resources of Akhbar.Resources.");
        command.Subcommands.Add(import);
        return command;
    }
}
