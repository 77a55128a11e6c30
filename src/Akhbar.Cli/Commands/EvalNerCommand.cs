using System.CommandLine;
using System.Diagnostics;
using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar eval ner</c>: entity-level precision, recall and F1 per type and micro-averaged (exact span and
/// type, as conlleval), and tagging speed on one thread. The last line is <c>micro-F1 NN.NN</c> for scripts.
/// </summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold CoNLL file or directory of *.txt files (ANERcorp, AQMAR; AQMAR's PER and MIS0-3 are mapped to PERS and MISC). Repeat for several.",
            Required = true,
        };
        var model = new Option<string?>("--model") { Description = "Model file (default: the model that ships in Akhbar.Resources)." };
        var repair = new Option<string?>("--repair-against")
        {
            Description = "Original ANERCorp_Benajiba.txt: first repair the CAMeL test file's replaced first lines against it (in memory).",
        };
        var documents = new Option<int>("--document-sentences")
        {
            Description = "Treat this many consecutive sentences as one article and propagate names within it, as the pipeline does per article (0: sentence by sentence).",
            DefaultValueFactory = _ => 0,
        };
        var speedSeconds = new Option<double>("--speed-seconds")
        {
            Description = "How long to measure tagging speed after scoring (0: do not measure).",
            DefaultValueFactory = _ => 2,
        };
        var predictions = new Option<string?>("--predictions") { Description = "Also write \"word gold predicted\" lines (conlleval input) to this file, the predictions as scored (after the run-time rules)." };
        var command = new Command("ner", "Score the NER tagger against gold CoNLL data.") { gold, model, repair, documents, speedSeconds, predictions };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(model), parse.GetValue(repair), parse.GetValue(documents), parse.GetValue(speedSeconds), parse.GetValue(predictions), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] goldPaths, string? modelPath, string? repairPath, int documentSentences, double speedSeconds, string? predictionsPath, TextWriter stdout)
    {
        var sentences = new List<LabeledSentence>();
        var unknown = 0;
        foreach (var path in goldPaths)
        {
            sentences.AddRange(ConllReader.ReadPath(path, out var u));
            unknown += u;
        }

        if (sentences.Count == 0)
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.EmptyInput, "The gold data holds no sentence.");
        }

        if (repairPath is not null)
        {
            if (!File.Exists(repairPath))
            {
                throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{repairPath}: no such file.");
            }

            sentences = NerTestFileRepair.Repair(sentences, repairPath, out var report);
            stdout.WriteLine($"repaired against {Path.GetFileName(repairPath)}: {report.FirstWordsReplaced:N0} first lines replaced ({report.TagsChanged:N0} tags changed), {report.Unaligned:N0} of {report.Sentences:N0} sentences not aligned");
        }

        var tagger = modelPath is null ? NerTagger.Default : new NerTagger(NerModel.Load(modelPath));
        var words = sentences.Sum(s => s.Words.Length);
        stdout.WriteLine($"gold: {string.Join(", ", goldPaths.Select(Path.GetFileName))}: {sentences.Count:N0} sentences, {words:N0} words{(unknown > 0 ? $", {unknown} unknown tags read as O" : "")}");
        stdout.WriteLine($"model: {modelPath ?? "built-in " + NerResources.ModelName} ({tagger.Model.Description})");

        // Tagged once: the same tags are scored and, when asked for, written out.
        var predicted = NerEvaluation.Predict(tagger, sentences, documentSentences);
        var scorer = NerEvaluation.Score(sentences, predicted);
        if (predictionsPath is not null)
        {
            WritePredictions(sentences, predicted, predictionsPath);
        }

        stdout.WriteLine($"{"type",-6}{"precision",10}{"recall",10}{"F1",10}{"gold",8}{"found",8}");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            Print(stdout, type.Label(), scorer.For(type));
        }

        Print(stdout, "micro", scorer.Micro);
        if (speedSeconds > 0)
        {
            // CPU time is the fair figure on a shared machine: wall time counts the time other processes ran.
            var (tokensPerSecond, tokensPerCpuSecond, passes) = MeasureSpeed(tagger, sentences, words, speedSeconds);
            stdout.WriteLine($"speed: {tokensPerCpuSecond:N0} tokens per CPU-second, {tokensPerSecond:N0} tokens/s wall, tagging on one thread ({passes} passes after a warm-up pass)");
        }

        stdout.WriteLine($"micro-F1 {scorer.Micro.F1 * 100:F2}");
        return AkhbarCli.Ok;
    }

    /// <summary>
    /// Tags the gold words again and again for <paramref name="seconds"/>: one pass over a test file is too short
    /// for a stable figure on a shared machine. The scoring pass before it has warmed up the JIT. The process
    /// CPU time includes the runtime's own threads, so the per-CPU-second figure errs on the low side.
    /// </summary>
    private static (double TokensPerSecond, double TokensPerCpuSecond, int Passes) MeasureSpeed(NerTagger tagger, List<LabeledSentence> sentences, int words, double seconds)
    {
        var passes = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        do
        {
            foreach (var s in sentences)
            {
                tagger.Tag(s.Words);
            }

            passes++;
        }
        while (watch.Elapsed.TotalSeconds < seconds);
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return ((double)words * passes / watch.Elapsed.TotalSeconds, (double)words * passes / cpu, passes);
    }

    /// <summary>Writes the tags as scored, after the run-time rules (not the tagger's alone), so that errors can be read off the file.</summary>
    private static void WritePredictions(List<LabeledSentence> sentences, List<int[]> tags, string path)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var predicted = tags[k];
            for (var i = 0; i < s.Words.Length; i++)
            {
                writer.WriteLine($"{s.Words[i]} {BioTags.Name(s.Tags[i])} {BioTags.Name(predicted[i])}");
            }

            writer.WriteLine();
        }
    }

    private static void Print(TextWriter stdout, string label, EntityScore s) =>
        stdout.WriteLine($"{label,-6}{s.Precision * 100,10:F2}{s.Recall * 100,10:F2}{s.F1 * 100,10:F2}{s.Gold,8}{s.Predicted,8}");
}
