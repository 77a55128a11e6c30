using System.Diagnostics;
using System.Globalization;
using Akhbar.Storage.Model;
using Akhbar.Storage.Sqlite;

namespace Akhbar.Bench;

/// <summary>
/// Median and 90th-percentile latency of the corpus queries (search, top, timeline, cooccur) on an ingested
/// database, in this process (no CLI start-up in the figure). Each query runs once to warm the page cache,
/// then <see cref="Runs"/> times.
/// </summary>
public static class QueryTimings
{
    private const int Runs = 21;

    public static int Run(string db)
    {
        if (!File.Exists(db))
        {
            Console.Error.WriteLine($"akhbar-bench: {db}: no such database (make one with 'akhbar ingest ... --db {db}').");
            return 1;
        }

        using var store = new SqliteArticleStore(db);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"akhbar-bench queries: {store.Count():N0} articles in {db}"));
        var person = store.Top(TopKind.People, CorpusFilter.None, 1).FirstOrDefault()?.Label ?? "ترامب";
        var place = store.Top(TopKind.Places, CorpusFilter.None, 1).FirstOrDefault()?.Label ?? "سوريا";
        var queries = new (string Name, Action Query)[]
        {
            ("search الاتفاق النووي", () => store.Search("الاتفاق النووي", CorpusFilter.None, 20)),
            ("search \"وزير الخارجية\" --from 2018-05-01", () => store.Search("\"وزير الخارجية\"", new CorpusFilter { From = "2018-05-01" }, 20)),
            ($"search إدلب --entity {person}", () => store.Search("إدلب", new CorpusFilter { Entity = person }, 20)),
            ("search اتفاق --stem", () => store.Search("اتفاق", CorpusFilter.None, 20, stem: true)),
            ("top entities", () => store.Top(TopKind.Entities, CorpusFilter.None, 20)),
            ("top places --from 2018-09-01", () => store.Top(TopKind.Places, new CorpusFilter { From = "2018-09-01" }, 20)),
            ("top speakers", () => store.Top(TopKind.Speakers, CorpusFilter.None, 20)),
            ($"top speakers --entity {place}", () => store.Top(TopKind.Speakers, new CorpusFilter { Entity = place }, 20)),
            ("top events", () => store.Top(TopKind.Events, CorpusFilter.None, 20)),
            ($"top people --entity {place}", () => store.Top(TopKind.People, new CorpusFilter { Entity = place }, 20)),
            ($"timeline {person} --by week", () => store.Timeline(person, CorpusFilter.None, byWeek: true)),
            ($"cooccur {person}", () => store.Cooccur(person, CorpusFilter.None, 20)),
        };

        foreach (var (name, query) in queries)
        {
            query();
            var times = new double[Runs];
            for (var i = 0; i < Runs; i++)
            {
                var watch = Stopwatch.StartNew();
                query();
                times[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-50} median {times[Runs / 2],8:F1} ms   p90 {times[Runs * 9 / 10],8:F1} ms"));
        }

        return 0;
    }
}
