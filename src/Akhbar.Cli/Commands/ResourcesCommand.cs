using System.CommandLine;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar resources</c>: builds the embedded language resources from the shared data sets.</summary>
public static class ResourcesCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Derive an embedded resource (src/Akhbar.Resources/Data) from a shared data set, recording its provenance in MANIFEST.tsv.");
        import.Subcommands.Add(ImportCldrTimeCommand.Create());
        return new Command("resources", "Build the language resources that ship inside Akhbar.") { import };
    }
}
