using System.CommandLine;
using System.Globalization;
using System.Text;
using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar eval segment</c>: clitic-boundary accuracy of <see cref="CliticSegmenter"/> on gold in Farasa's scheme
/// (the QCRI WikiNews set, evaluation only) or on a spec file of hand-checked words (<c>word&lt;TAB&gt;و+ب+ال+تالي</c>).
/// </summary>
public static class EvalSegmentCommand
{
    private const string GoldFile = "WikiNews.pos.ref";

    public static Command Create()
    {
        var gold = new Option<string?>("--gold")
        {
            Description = $"Gold in Farasa's scheme: the qcri-wikinews-farasa folder or its {GoldFile} (default: ../shared/data/qcri-wikinews-farasa, or $AKHBAR_SHARED/data/...).",
        };
        var spec = new Option<string?>("--spec") { Description = "A spec file (word, expected segmentation with + between segments) to score instead of the gold." };
        var errors = new Option<int>("--errors") { Description = "Print up to this many wrongly segmented words (most frequent first).", DefaultValueFactory = _ => 0 };
        var command = new Command("segment", "Clitic-boundary accuracy of the segmenter: word accuracy and boundary precision/recall.")
        {
            gold, spec, errors,
        };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(errors);
            if (wanted < 0)
            {
                throw new CliUsageException("--errors must be zero or more.");
            }

            var output = parse.InvocationConfiguration.Output;
            var specPath = parse.GetValue(spec);
            return specPath is not null ? RunSpec(specPath, wanted, output) : RunGold(ResolveGold(parse.GetValue(gold)), wanted, output);
        });
        return command;
    }

    private static int RunGold(string path, int wanted, TextWriter output)
    {
        var words = new List<SegmentedWord>();
        var skipped = 0;
        foreach (var line in ReadLines(path).Skip(1))
        {
            if (FarasaGold.ParseLine(line) is { } word)
            {
                words.Add(word);
            }
            else if (line.Length > 0)
            {
                skipped++;
            }
        }

        if (words.Count == 0)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no gold segmentation lines (expected seg+seg<TAB>TAG+TAG).");
        }

        output.WriteLine($"gold: {path} (Farasa scheme; suffixes merged into the stem, only clitic boundaries compared)");
        output.WriteLine($"{words.Count:N0} Arabic words scored; {skipped:N0} lines skipped (punctuation, digits, Latin, or segments that do not spell the word)");
        Report(words, wanted, output);
        return AkhbarCli.Ok;
    }

    private static int RunSpec(string path, int wanted, TextWriter output)
    {
        var words = SegmentationSpec.Read(path);
        output.WriteLine($"spec: {path}");
        output.WriteLine($"{words.Count:N0} words scored");
        Report(words, wanted, output);
        return AkhbarCli.Ok;
    }

    private static void Report(List<SegmentedWord> words, int wanted, TextWriter output)
    {
        var score = new BoundaryScore();
        var scratch = new List<Segment>(4);
        var wrong = new Dictionary<(SegmentedWord Gold, SegmentedWord Predicted), int>();
        foreach (var gold in words)
        {
            var predicted = SegmentedWord.Predict(CliticSegmenter.Default, gold.Word, scratch);
            if (!score.Add(gold.Boundaries, predicted.Boundaries))
            {
                wrong[(gold, predicted)] = wrong.GetValueOrDefault((gold, predicted)) + 1;
            }
        }

        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"word accuracy: {100 * score.Accuracy:F2}% ({score.CorrectWords:N0} of {score.Words:N0})"));
        output.WriteLine(string.Create(c, $"boundaries: precision {100 * score.Precision:F2}%, recall {100 * score.Recall:F2}%, F1 {100 * score.F1:F2}% (gold {score.GoldBoundaries:N0}, predicted {score.PredictedBoundaries:N0}, matched {score.MatchedBoundaries:N0})"));
        foreach (var ((gold, predicted), count) in wrong.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Gold.Word, StringComparer.Ordinal).Take(wanted))
        {
            output.WriteLine($"{count,5}  expected {gold}  got {predicted}");
        }
    }

    private static string ResolveGold(string? given)
    {
        if (given is not null)
        {
            var file = Directory.Exists(given) ? Path.Combine(given, GoldFile) : given;
            return File.Exists(file) ? file : throw new BadInputException(DiagnosticCodes.BadRecord, $"{given}: no such gold file (expected {GoldFile} or its folder).");
        }

        var shared = Environment.GetEnvironmentVariable("AKHBAR_SHARED");
        foreach (var root in new[] { shared, Path.Combine("..", "shared") })
        {
            if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "data", "qcri-wikinews-farasa", GoldFile)))
            {
                return Path.Combine(root, "data", "qcri-wikinews-farasa", GoldFile);
            }
        }

        throw new CliUsageException("no gold found at ../shared/data/qcri-wikinews-farasa; give --gold FOLDER or --spec FILE.");
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file.");
        }

        return File.ReadLines(path, new UTF8Encoding(false, false));
    }
}
