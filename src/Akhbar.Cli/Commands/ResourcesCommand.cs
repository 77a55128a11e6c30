using System.CommandLine;
using System.Text;
using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar resources import KIND ...</c>: derives the shipped language resources from the data sets, so that every
/// fact in src/Akhbar.Resources/Data comes from a command that anyone can run again. Each import kind is one
/// subcommand of <c>import</c>; add a kind by adding it to <see cref="ImportKinds"/>.
/// </summary>
public static class ResourcesCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Derive a resource file from a data set (record its provenance in Data/MANIFEST.tsv).");
        foreach (var kind in ImportKinds())
        {
            import.Subcommands.Add(kind);
        }

        return new Command("resources", "Build the language resources that ship in Akhbar.Resources.") { import };
    }

    private static IEnumerable<Command> ImportKinds() =>
    [
        WordFrequencies(),
        ImportCldrTimeCommand.Create(),
        ImportGazetteerCommand.Create(),
        ImportEntitiesCommand.Create(),
        ImportNamesCommand.Create(),
        ImportEventCodesCommand.Create(),
        ImportFipsCommand.Create(),
        ImportAdmin1Command.Create(),
        ImportQuoteCuesCommand.Create(),
        ImportEventLexiconCommand.Create(),
    ];

    /// <summary><c>import wordfreq</c>: folded word forms and their counts, for the clitic segmenter.</summary>
    private static Command WordFrequencies()
    {
        var from = new Option<string[]>("--from")
        {
            Description = "Corpus files or folders (.jsonl, .jsonl.gz with title/text fields, or plain text, .gz allowed); repeat for several.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "The TSV file to write (word, count, hamza).", Required = true };
        var minCount = new Option<int>("--min-count")
        {
            Description = "Keep forms seen at least this many times (keeps the file small and drops typos).",
            DefaultValueFactory = _ => 3,
        };
        var source = new Option<string?>("--source") { Description = "Text for the provenance comment (default: the --from paths)." };
        var command = new Command("wordfreq", "Count folded Arabic word forms in a corpus and write those seen at least --min-count times as word<TAB>count<TAB>hamza (occurrences written with أ إ آ first).")
        {
            from, output, minCount, source,
        };
        command.SetAction(parse => RunWordFrequencies(
            parse.GetValue(from)!, parse.GetValue(output)!, parse.GetValue(minCount), parse.GetValue(source), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int RunWordFrequencies(string[] from, string output, int minCount, string? source, TextWriter stdout)
    {
        if (minCount < 1)
        {
            throw new CliUsageException("--min-count must be at least 1.");
        }

        var files = ExpandInputs(from);
        var counter = new WordFrequencyCounter();
        foreach (var file in files)
        {
            counter.AddFile(file);
        }

        if (counter.Words == 0)
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"no Arabic words found in {string.Join(", ", from)}.");
        }

        var comments = new[]
        {
            $"Folded word forms counted by 'akhbar resources import wordfreq' in {source ?? string.Join(", ", files.Select(Path.GetFileName))}.",
            $"{counter.Documents:D} documents, {counter.Words:D} Arabic words, {counter.Counts.Count:D} distinct forms; kept forms seen at least {minCount:D} times.",
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{output}: the folder {directory} does not exist.");
        }

        int kept;
        using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
        {
            kept = counter.Write(writer, minCount, comments);
        }

        stdout.WriteLine($"{output}: {kept:N0} forms (of {counter.Counts.Count:N0}) from {counter.Words:N0} words in {counter.Documents:N0} documents.");
        return AkhbarCli.Ok;
    }

    /// <summary>Files as given; folders become their files in ordinal order, so the counts never depend on the file system.</summary>
    private static List<string> ExpandInputs(string[] from)
    {
        var files = new List<string>();
        foreach (var path in from)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.GetFiles(path)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file or folder.");
            }
        }

        return files;
    }
}
