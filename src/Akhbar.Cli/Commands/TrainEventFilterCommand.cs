using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Akhbar.Arabic;
using Akhbar.Arabic.Events;
using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar train event-filter</c>: trains the learned event filter (<see cref="EventFilter"/>) on arabic-event-gsr, prints
/// its nested cross-validated sentence P/R/F1 beside the rules' own, and writes the model file
/// (docs/stages/events.md, "The event filter"; Models/MODEL_CARD.md).
/// </summary>
public static partial class TrainEventFilterCommand
{
    public static Command Create()
    {
        var gsr = new Option<string>("--gsr") { Description = "The arabic-event-gsr folder (../shared/data/arabic-event-gsr).", Required = true };
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation (sentences of one article stay in one fold).", DefaultValueFactory = _ => 5 };
        var output = new Option<string>("--out") { Description = "Where to write the model (src/Akhbar.Resources/Models/event-filter.tsv).", Required = true };
        var command = new Command("event-filter", "Train the filter that drops PROTEST and ASSAULT events that are no reports of one, on arabic-event-gsr; prints cross-validated figures.")
        {
            gsr, folds, output,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var k = parse.GetValue(folds);
            if (k < 2)
            {
                throw new CliUsageException("--folds must be 2 or more.");
            }

            var folder = parse.GetValue(gsr)!;
            if (!Directory.Exists(folder))
            {
                throw new BadInputException(DiagnosticCodes.EmptyInput, $"{folder}: no such folder.");
            }

            var pipeline = ArabicPipeline.CreateDefault(eventFilter: false);
            var models = new Dictionary<string, EventFilter.CategoryModel>(StringComparer.Ordinal);
            var header = new List<string>
            {
                "Akhbar event filter (docs/stages/events.md, Models/MODEL_CARD.md): logistic regression per category over EventFilterFeatures.",
                "Trained on arabic-event-gsr (MIT, Open Event Data Alliance 2018) by:",
                $"akhbar train event-filter --gsr ../shared/data/arabic-event-gsr --folds {k} --out src/Akhbar.Resources/Models/event-filter.tsv",
            };
            foreach (var category in EventGsr.Categories)
            {
                var sentences = Sentences(pipeline, folder, category);
                var cv = EventFilterTraining.CrossValidate(sentences, k);
                var (l2, chosen) = EventFilterTraining.Choose(sentences, k, level: 0);
                // Rounded as the model file writes it, so that the training-set figure is that of the shipped file.
                var threshold = Math.Round(chosen, 4);
                var weights = EventFilterTraining.Fit(sentences, l2);
                var training = EventFilterTraining.Count(sentences, EventFilterTraining.SentenceScores(sentences, weights), threshold);
                var notes = new List<string>
                {
                    $"{sentences.Count} sentences ({sentences.Count(s => s.Positive)} yes), {sentences.Sum(s => s.Candidates.Count)} candidate events in {sentences.Count(s => s.Candidates.Count > 0)} of them; {sentences.Count(s => s.NamedEvent)} with a named event, kept",
                    Figures("rules alone, sentences", cv.Without),
                    Figures($"{k}-fold {EventFilter.CrossValidatedNote} (the real figure)", cv.With),
                    Figures("training sentences, rules + filter (optimistic: the filter saw them)", training),
                    string.Create(CultureInfo.InvariantCulture, $"chosen on all sentences by {k}-fold cross-validation: L2 {l2}, threshold {threshold:0.####}; {weights.Count} weights"),
                };
                foreach (var note in notes)
                {
                    writer.WriteLine($"{category}: {note}");
                }

                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{category}: per fold (L2, threshold): {string.Join("; ", cv.FoldSettings.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.L2} {s.Threshold:0.###}")))}"));
                models[category] = new EventFilter.CategoryModel(weights, threshold, string.Join('\n', notes));
            }

            var path = parse.GetValue(output)!;
            using (var file = new StreamWriter(path))
            {
                new EventFilter(models).Write(file, header);
            }

            writer.WriteLine($"wrote {path}");
            return AkhbarCli.Ok;
        });
        return command;
    }

    /// <summary>
    /// The labeled sentences of one category (ambiguous ones left out) with the features of the realized events of the
    /// category the rules code in each. Sentences of one article share a group, and so do sentences with the same text.
    /// </summary>
    private static List<FilterSentence> Sentences(Core.Pipeline.AnalysisPipeline pipeline, string folder, string category)
    {
        var list = new List<FilterSentence>();
        var groupOfText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in EventGsr.ReadDetection(folder, category))
        {
            if (s.Positive is not { } positive)
            {
                continue;
            }

            var group = groupOfText.TryGetValue(s.Text, out var seen) ? seen : groupOfText[s.Text] = SentenceNumber().Replace(s.Id, "");
            var doc = pipeline.Process(new RawArticle { Id = s.Id, Body = s.Text });
            var candidates = EventFilter.Candidates(doc, doc.HasEvents ? doc.Events : [], EventLexicon.Default).Where(c => c.Category == category).ToList();
            list.Add(new FilterSentence(group, positive, candidates.Where(c => !c.Named).Select(c => (IReadOnlyList<string>)c.Features).ToList(),
                candidates.Exists(c => c.Named)));
        }

        return list;
    }

    private static string Figures(string what, FilterCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"{what}: P {100 * c.Precision:0.0} R {100 * c.Recall:0.0} F1 {100 * c.F1:0.0} (TP {c.TruePositive}, FP {c.FalsePositive}, FN {c.FalseNegative})");

    /// <summary>The sentence number that ends a GSR id ("AAW_ARB_20071026.0026-2", "…_36"): the rest names the article.</summary>
    [GeneratedRegex(@"[-_][0-9]+$")]
    private static partial Regex SentenceNumber();
}
