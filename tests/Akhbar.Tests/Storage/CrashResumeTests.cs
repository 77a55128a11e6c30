using System.Diagnostics;
using System.Text.Json;
using Akhbar.Storage.Sqlite;

namespace Akhbar.Tests.Storage;

/// <summary>
/// Kills a real <c>akhbar ingest</c> process part way (SIGKILL, no chance to clean up), runs the same command
/// again, and checks that every article ends up stored exactly once.
/// </summary>
public sealed class CrashResumeTests : IDisposable
{
    private const int Articles = 3000;
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-crash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Distinct invented articles built from the small corpus's sentences, each with its own number.</summary>
    private string WriteCorpus()
    {
        var sentences = (SmallCorpus.Agreement + " " + SmallCorpus.Floods + " " + SmallCorpus.Football)
            .Split(". ", StringSplitOptions.RemoveEmptyEntries);
        var path = Path.Combine(_dir, "many.jsonl");
        using var w = new StreamWriter(path);
        for (var i = 0; i < Articles; i++)
        {
            var picked = Enumerable.Range(0, 6).Select(k => sentences[(i * 7 + k * 3) % sentences.Length]);
            var text = string.Join(". ", picked) + $". وهذا هو الخبر رقم {i} في السلسلة.";
            w.WriteLine(JsonSerializer.Serialize(new { id = $"n{i}", title = $"خبر رقم {i}", text, published = "2018-09-15", source = "gen" }));
        }

        return path;
    }

    private static Process StartIngest(string corpus, string db)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "akhbar.dll"), "ingest", corpus, "--db", db, "--progress", "none", "--threads", "2" })
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    /// <summary>
    /// Articles committed so far, read without taking part in the writer's work: a read-only connection, and 0
    /// while the schema does not exist yet or the database is busy.
    /// </summary>
    private static long StoredCount(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    [Fact]
    public void An_ingest_killed_part_way_finishes_on_rerun_with_every_article_once()
    {
        var corpus = WriteCorpus();
        var db = Path.Combine(_dir, "crash.db");

        using (var first = StartIngest(corpus, db))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (StoredCount(db) == 0 && !first.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }

            Assert.False(first.HasExited, "the ingest finished before it could be killed: make the corpus larger");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }

        var partial = StoredCount(db);
        Assert.InRange(partial, 1, Articles - 1);

        using (var second = StartIngest(corpus, db))
        {
            var output = second.StandardOutput.ReadToEnd();
            second.WaitForExit();
            Assert.True(second.ExitCode == 0, output + second.StandardError.ReadToEnd());
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Articles - partial:N0} stored"), output, StringComparison.Ordinal);
        }

        using var store = new SqliteArticleStore(db);
        Assert.Equal(Articles, store.Count());
        for (var i = 0; i < Articles; i += 97)
        {
            Assert.True(store.ContainsId("gen", $"n{i}"));
        }
    }
}
