using System.CommandLine;
using System.Globalization;
using Akhbar.Arabic;
using Akhbar.Arabic.Events;
using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using static Akhbar.Cli.Commands.Ratios;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar eval events</c>: coded events against three references (docs/stages/events.md, "Evaluation"): the gold/dev
/// articles ((source, type, target) triples, triggers, per root), arabic-event-gsr (PROTEST and ASSAULT sentence detection,
/// source and target words) and the UniversalPetrarch Arabic validation sentences (category, actors and their countries).
/// </summary>
public static class EvalEventsCommand
{
    public static Command Create()
    {
        var shared = EvalCommand.SharedOption();
        var gold = new Option<string?>("--gold") { Description = "A folder of gold article files with events (gold/README.md)." };
        var gsr = new Option<string?>("--gsr") { Description = "The arabic-event-gsr folder (../shared/data/arabic-event-gsr)." };
        var up = new Option<string?>("--up") { Description = "The UniversalPetrarch Arabic gold folder (../shared/data/cameo-arabic-universalpetrarch/gold)." };
        var compare = EvalCommand.CompareOption();
        var verbose = new Option<bool>("--verbose") { Description = "List every missed and spurious event (gold) or sentence (data sets)." };
        var withFilter = new Option<bool>("--event-filter")
        {
            Description = "Apply the learned event filter (off by default; trained on arabic-event-gsr, so its --gsr figures are training-set figures).",
        };
        var withStatementRoots = new Option<bool>("--statement-roots")
        {
            Description = "Recode plain statements with the learned statement-root classifier (off by default; trained on the tuning gold sets, so its figures there are training-set figures: the real ones are those of 'akhbar train statement-roots --cv').",
        };
        var command = new Command("events", "Events: (source, type, target) P/R/F1 on gold articles; PROTEST/ASSAULT detection and actors on the Arabic event data sets.")
        {
            shared, gold, compare, gsr, up, verbose, withFilter, withStatementRoots,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var (goldDir, gsrDir, upDir) = (parse.GetValue(gold), parse.GetValue(gsr), parse.GetValue(up));
            if (goldDir is null && gsrDir is null && upDir is null)
            {
                throw new CliUsageException("eval events needs --gold, --gsr or --up (one or more).");
            }

            var compareDir = parse.GetValue(compare);
            if (compareDir is not null && goldDir is null)
            {
                throw new CliUsageException("--compare needs --gold: it scores the compared folder against that gold.");
            }

            var filtered = parse.GetValue(withFilter);
            var pipeline = ArabicPipeline.CreateDefault(eventFilter: filtered, statementRoots: parse.GetValue(withStatementRoots));
            var list = parse.GetValue(verbose);
            if (goldDir is not null)
            {
                RunGold(pipeline, goldDir, compareDir is null ? null : Folder(compareDir), EvalCommand.ResolveShared(parse.GetValue(shared)), list, output);
            }

            if (gsrDir is not null)
            {
                RunGsr(pipeline, Folder(gsrDir), list, filtered, output);
            }

            if (upDir is not null)
            {
                RunUniversalPetrarch(pipeline, Folder(upDir), list, output);
            }

            return AkhbarCli.Ok;
        });
        return command;
    }

    /// <summary>
    /// Scores the engine's events, or with <paramref name="compareFolder"/> that folder's events taken as predictions (<see
    /// cref="GoldAsPrediction"/>), against the gold folder. Both are matched within the pipeline's sentences, so the figures
    /// of an annotator and of the engine on the same gold are measured alike.
    /// </summary>
    private static void RunGold(AnalysisPipeline pipeline, string folder, string? compareFolder, string sharedFolder, bool verbose, TextWriter output)
    {
        var files = Directory.GetFiles(Folder(folder), "*.json").Order(StringComparer.Ordinal)
            .Select(EventGoldFile.Load).Where(f => f.Annotated).ToList();
        if (files.Count == 0)
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{folder}: no gold file has entities, so none has annotated events.");
        }

        var news = Path.Combine(sharedFolder, "data", "news");
        var cache = new Arabic.Time.Evaluation.GoldRecordCache(Storage.Ingestion.CorpusReader.ReadArticles);
        var score = new EventScore(CameoCodes.Default);
        foreach (var file in files)
        {
            var article = Arabic.Time.Evaluation.GoldArticle.Load(file.Path);
            var raw = article.ReadRecord(news, cache);
            var predicted = compareFolder is null
                ? PredictedEvents.From(Analyze(pipeline, raw))
                : Compared(EvalCommand.ComparedFile(compareFolder, file.Path, news, cache), raw.Body, PredictedEvents.RawSentences(pipeline.Process(raw)));
            score.Add(article.Id, raw.Body, file, predicted);
        }

        var predictor = compareFolder is null ? "predicted" : $"in {compareFolder}, scored as predictions";
        output.WriteLine($"{score.Articles} articles with gold events, {score.Gold} gold events, {score.Predicted} {predictor}.");
        Prf(output, "triggers (overlap, any type)", score.TriggerMatched, score.Predicted, score.Gold);
        var t = score.OnTriggers;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  on the {score.TriggerMatched} trigger matches: root {Percent(t.Root, score.TriggerMatched):0.0}%, source {Percent(t.Source, score.TriggerMatched):0.0}%, target {Percent(t.Target, score.TriggerMatched):0.0}%, flags {Percent(t.Flags, score.TriggerMatched):0.0}%"));
        Prf(output, "triples (source, CAMEO root, target)", score.RootMatched, score.Predicted, score.Gold);
        Prf(output, "triples (source, PLOVER type, target)", score.PloverMatched, score.Predicted, score.Gold);
        Row(output, "place", score.Where, "root-level matches with a gold place");
        Row(output, "date", score.When, "root-level matches with a gold date");
        Row(output, "place", score.WhereOnTriggers, "trigger matches with a gold place");
        Row(output, "date", score.WhenOnTriggers, "trigger matches with a gold date");
        output.WriteLine("root  gold  predicted  matched (root-level triples)");
        foreach (var (root, c) in score.ByRoot)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{root,-4} {c.Gold,5} {c.Predicted,10} {c.Matched,8}"));
        }

        List(output, verbose, score.Errors);
    }

    /// <summary>The events of a second annotation as predictions, in the pipeline's sentences; its offsets are checked against the text first.</summary>
    private static PredictedEvents Compared(string path, string text, IReadOnlyList<TextSpan> sentences)
    {
        var file = EventGoldFile.Load(path);
        file.CheckOffsets(text.Length);
        return GoldAsPrediction.Events(file, sentences);
    }

    private static void RunGsr(AnalysisPipeline pipeline, string folder, bool verbose, bool filtered, TextWriter output)
    {
        if (filtered)
        {
            // The shipped filter was fitted on these very sentences, so the detection figure below is a training-set figure.
            output.WriteLine("note: the event filter was trained on these sentences, so the detection figures below are training-set figures;");
            output.WriteLine("      the real ones are its cross-validated figures (akhbar train event-filter), recorded in the model:");
            foreach (var (category, model) in EventFilter.Default.Models.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                foreach (var note in model.Notes.Split('\n').Where(n => n.Contains(EventFilter.CrossValidatedNote, StringComparison.Ordinal)))
                {
                    output.WriteLine($"      {category} {note}");
                }
            }

            output.WriteLine("      (without --event-filter the rules alone are scored)");
        }

        foreach (var category in EventGsr.Categories)
        {
            var detection = new DetectionScore();
            foreach (var s in EventGsr.ReadDetection(folder, category))
            {
                detection.Add(s, Analyze(pipeline, s.Id, s.Text).Events.Any(e => !e.Negated && !e.Hypothetical && EventCategory.Holds(category, e.Cameo)));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"arabic-event-gsr {category,-7} detection: {detection.TruePositive + detection.FalseNegative} yes, {detection.FalsePositive + detection.TrueNegative} no, {detection.Undecided} ambiguous left out"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  sentences  P {100 * detection.Precision,5:0.0}  R {100 * detection.Recall,5:0.0}  F1 {100 * detection.F1,5:0.0}"));
            List(output, verbose, detection.Errors);

            var arguments = new ArgumentScore();
            foreach (var s in EventGsr.ReadSpans(folder, category))
            {
                arguments.Add(s, Analyze(pipeline, s.Id, s.Text));
            }

            Arguments(output, $"arabic-event-gsr {category} spans", arguments, verbose);
        }
    }

    private static void RunUniversalPetrarch(AnalysisPipeline pipeline, string folder, bool verbose, TextWriter output)
    {
        var sentences = UniversalPetrarchGold.Read(folder);
        foreach (var category in sentences.Select(s => s.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var arguments = new ArgumentScore();
            foreach (var s in sentences.Where(s => s.Category == category))
            {
                arguments.Add(s, Analyze(pipeline, s.Id, s.Text));
            }

            Arguments(output, $"UniversalPetrarch {category}", arguments, verbose);
            output.WriteLine(arguments.Root.Total == 0
                ? "  CAMEO root accuracy: not measurable, no sentence of the file has an eventcode"
                : string.Create(CultureInfo.InvariantCulture, $"  CAMEO root accuracy {Percent(arguments.Root.Right, arguments.Root.Total),5:0.0}% of {arguments.Root.Total}"));
            Row(output, "source country", arguments.SourceCountry);
            Row(output, "target country", arguments.TargetCountry);
        }
    }

    private static void Arguments(TextWriter output, string name, ArgumentScore score, bool verbose)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {score.Sentences} sentences, an event of the category in {score.WithEvent} (recall {Percent(score.WithEvent, score.Sentences):0.0}%)"));
        Row(output, "source words", score.Source);
        Row(output, "target words", score.Target);
        List(output, verbose, score.Errors);
    }

    /// <summary>Analyzes one sentence of a data set as a one-paragraph document with no publication date.</summary>
    private static Document Analyze(AnalysisPipeline pipeline, string id, string text) =>
        Analyze(pipeline, new RawArticle { Id = id, Body = text });

    /// <summary>Analyzes an article; a pipeline without an event stage has nothing to score, which is said in one line.</summary>
    private static Document Analyze(AnalysisPipeline pipeline, RawArticle raw)
    {
        var doc = pipeline.Process(raw);
        if (!doc.HasEvents)
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput,
                "the default pipeline has no event stage (the documents it makes have no events layer), so there is nothing to evaluate.");
        }

        return doc;
    }

    private static string Folder(string folder) =>
        Directory.Exists(folder) ? folder : throw new BadInputException(DiagnosticCodes.EmptyInput, $"{folder}: no such folder.");

    private static void Prf(TextWriter output, string name, int matched, int predicted, int gold) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-38}  P {Percent(matched, predicted),5:0.0}  R {Percent(matched, gold),5:0.0}  F1 {100 * EventScore.F1(matched, predicted, gold),5:0.0}"));

    private static void Row(TextWriter output, string name, (int Right, int Total) r, string of = "sentences with a gold value") =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-15} {Percent(r.Right, r.Total),5:0.0}% of {r.Total} {of}"));

    private static void List(TextWriter output, bool verbose, List<string> errors)
    {
        if (verbose)
        {
            foreach (var e in errors)
            {
                output.WriteLine("  " + e);
            }
        }
    }
}
