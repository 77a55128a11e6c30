using Akhbar.Core.Input;
using Akhbar.Core.Model;

namespace Akhbar.Bench;

/// <summary>
/// The real articles both analyzers read: the first articles of every ant-multisource file, so that all
/// five outlets are in the sample. Read from ../shared at startup; nothing of it is stored in the repository.
/// </summary>
public sealed class BenchCorpus
{
    /// <summary>How many articles the benchmark reads ("a few thousand").</summary>
    public const int DefaultArticles = 3_000;

    private static readonly Lazy<BenchCorpus?> Shared = new(() => Load(DefaultArticles));

    private BenchCorpus(IReadOnlyList<RawArticle> articles)
    {
        Articles = articles;
        Texts = [.. articles.Select(a => a.Title is null ? a.Body : a.Title + "\n" + a.Body)];
        Utf8Bytes = Texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
    }

    /// <summary>The sample, or null when ../shared is absent.</summary>
    public static BenchCorpus? Default => Shared.Value;

    public IReadOnlyList<RawArticle> Articles { get; }

    /// <summary>Title and body of each article as one string: what Lucene reads.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>UTF-8 size of title and body of all articles: the "MB" of MB/s for both analyzers.</summary>
    public long Utf8Bytes { get; }

    /// <summary>The ant-multisource folder, from AKHBAR_SHARED or a shared/ folder beside an enclosing directory.</summary>
    public static string? FindCorpusFolder()
    {
        var env = Environment.GetEnvironmentVariable("AKHBAR_SHARED");
        var roots = new List<string>();
        if (!string.IsNullOrEmpty(env))
        {
            roots.Add(env);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            roots.Add(Path.Combine(dir.FullName, "shared"));
        }

        return roots.Select(r => Path.Combine(r, "data", "news", "ant-multisource")).FirstOrDefault(Directory.Exists);
    }

    private static BenchCorpus? Load(int count)
    {
        var folder = FindCorpusFolder();
        if (folder is null)
        {
            return null;
        }

        var files = Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        var perFile = (count + files.Count - 1) / files.Count;
        var articles = new List<RawArticle>(count);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            articles.AddRange(JsonLinesReader.Read(stream, file, new InputLimits())
                .Where(l => l.Article is not null)
                .Take(Math.Min(perFile, count - articles.Count))
                .Select(l => l.Article!));
        }

        return new BenchCorpus(articles);
    }
}
