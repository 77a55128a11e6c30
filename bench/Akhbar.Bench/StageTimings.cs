using System.Diagnostics;
using System.Globalization;
using Akhbar.Arabic;
using Akhbar.Core.Model;

namespace Akhbar.Bench;

/// <summary>
/// Time per stage of the default pipeline over the bench sample, one thread, each article through every stage in
/// turn, so that a stage's share of the analysis is measured in the same run, on the same articles, under the same
/// load as the rest (a side-by-side comparison that a busy shared machine does not skew). One warm-up pass over the
/// first articles loads the models and lexicons first.
/// </summary>
public static class StageTimings
{
    private const int WarmUp = 200;

    public static int Run(BenchCorpus corpus)
    {
        var pipeline = ArabicPipeline.CreateDefault();
        foreach (var article in corpus.Articles.Take(WarmUp))
        {
            pipeline.Process(article);
        }

        var names = new List<string> { "cleaning" };
        names.AddRange(pipeline.Stages.Select(s => s.Name));
        var ticks = new long[names.Count];
        long events = 0;
        var clock = new Stopwatch();
        foreach (var article in corpus.Articles)
        {
            clock.Restart();
            Document doc = pipeline.Cleaner.Clean(article);
            ticks[0] += clock.ElapsedTicks;
            for (var i = 0; i < pipeline.Stages.Count; i++)
            {
                clock.Restart();
                pipeline.Stages[i].Process(doc);
                ticks[i + 1] += clock.ElapsedTicks;
            }

            events += doc.HasEvents ? doc.Events.Count : 0;
        }

        var total = ticks.Sum();
        var eventIndex = names.IndexOf("events");
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"akhbar-bench stages: {corpus.Articles.Count:N0} articles, {corpus.Utf8Bytes / 1e6:F1} MB, one thread, {events:N0} events"));
        for (var i = 0; i < names.Count; i++)
        {
            Console.WriteLine(string.Create(culture, $"  {names[i],-16} {Seconds(ticks[i]),8:F2} s  {100.0 * ticks[i] / total,5:F1} %"));
        }

        Console.WriteLine(string.Create(culture, $"  {"total",-16} {Seconds(total),8:F2} s"));
        if (eventIndex >= 0)
        {
            var without = total - ticks[eventIndex];
            Console.WriteLine(string.Create(culture, $"  events add {100.0 * ticks[eventIndex] / without:F1} % to the analysis without them ({Seconds(without):F2} s)"));
        }

        return 0;
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
