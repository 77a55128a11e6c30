using System.CommandLine;
using System.Globalization;
using System.Text;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Diagnostics;
using Akhbar.Resources;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar resources import names</c>: the English names of people and organizations that the Arabic
/// actor dictionary does not give. Writes entities/name-pairs.tsv (English-Arabic name pairs aligned in a
/// line-aligned parallel text, <see cref="ParallelNameAligner"/>) and entities/english-names.tsv (the
/// English Phoenix actor names by consonant skeleton with their countries, <see cref="EnglishNames"/>),
/// and records both in MANIFEST.tsv. Output is sorted, so the same inputs give the same bytes.
/// </summary>
public static class ImportNamesCommand
{
    private const string EnglishFile = "newstest2019-src.eng.txt";
    private const string ArabicFile = "newstest2019-ref.arb.txt";

    public static Command Create()
    {
        var parallel = new Option<string>("--parallel") { Description = $"A folder with a line-aligned English source and Arabic translation ({EnglishFile}, {ArabicFile}: ntrex128-arabic).", Required = true };
        var cameoEnglish = new Option<string>("--cameo-english") { Description = "The cameo-english-petrarch folder (Phoenix.*.actors.txt).", Required = true };
        var output = new Option<string>("--out")
        {
            Description = "The Data folder of Akhbar.Resources; files go to its entities/ folder and rows to its MANIFEST.tsv.",
            DefaultValueFactory = _ => Path.Combine("src", "Akhbar.Resources", "Data"),
        };
        var command = new Command("names", "Import English names for people and organizations (parallel-text name pairs, Phoenix names by skeleton).")
        {
            parallel, cameoEnglish, output,
        };
        command.SetAction(parse => Run(parse.GetValue(parallel)!, parse.GetValue(cameoEnglish)!, parse.GetValue(output)!, parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string parallel, string cameoEnglish, string dataFolder, TextWriter stdout)
    {
        if (!File.Exists(Path.Combine(dataFolder, "MANIFEST.tsv")))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{dataFolder}: not the Data folder of Akhbar.Resources (no MANIFEST.tsv).");
        }

        Directory.CreateDirectory(Path.Combine(dataFolder, "entities"));
        var english = File.ReadAllLines(Source(parallel, EnglishFile));
        var arabic = File.ReadAllLines(Source(parallel, ArabicFile));
        if (english.Length != arabic.Length)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{parallel}: {english.Length} English lines but {arabic.Length} Arabic lines; the texts must be line-aligned.");
        }

        var pairs = ParallelNameAligner.Align(english, arabic, FunctionWords());
        ImportEntitiesCommand.Write(dataFolder, "entities/name-pairs.tsv", "key\tname\tname_en\tlines\tevidence",
            [.. pairs.Select(p => ImportEntitiesCommand.Row(p.ArabicKey, p.Arabic, p.English, p.Lines.ToString(CultureInfo.InvariantCulture), p.Evidence))], stdout,
            "NTREX-128 Arabic (newstest2019-src.eng.txt with its line-aligned translation newstest2019-ref.arb.txt; MicrosoftTranslator/NTREX)", "CC BY-SA 4.0 (Federmann, Kocmi, Xin 2022, NTREX-128)",
            $"akhbar resources import names --parallel {parallel} --cameo-english {cameoEnglish}: English capitalized names paired with Arabic n-grams of the same lines (Akhbar.Arabic.Entities.Linking.ParallelNameAligner: Dice >= {ParallelNameAligner.MinDice} over lines, or one line and consonant skeleton >= {ParallelNameAligner.MinSkeleton}); key folded");

        var entries = Directory.GetFiles(cameoEnglish, "Phoenix.*.actors.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => ActorDictionaryReader.Read(File.ReadLines(f, Encoding.Latin1))).ToList();
        if (entries.Count == 0)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{cameoEnglish}: no Phoenix.*.actors.txt entries.");
        }

        ImportEntitiesCommand.Write(dataFolder, "entities/english-names.tsv", "skeleton\tname_en\tcountries",
            [.. EnglishNames.Rows(entries).Select(r => ImportEntitiesCommand.Row(r.Skeleton, r.Name, r.Countries))], stdout,
            "Phoenix English actor dictionaries (cameo-english-petrarch: Phoenix.Countries/International/MilNonState.actors.txt, openeventdata)", "MIT",
            $"akhbar resources import names --parallel {parallel} --cameo-english {cameoEnglish}: every actor name and alias of two words or more (organization-like names left out) by consonant skeleton (Akhbar.Arabic.Entities.Linking.NameSkeleton), shown as the main name, with the first three letters of its CAMEO codes");
        return AkhbarCli.Ok;
    }

    /// <summary>The project's Arabic function words, folded: no name starts or ends with one.</summary>
    private static HashSet<string> FunctionWords() =>
        Akhbar.Arabic.FunctionWords.AsWritten.Select(LinkingResources.Key).ToHashSet(StringComparer.Ordinal);

    private static string Source(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? path : throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file.");
    }
}
