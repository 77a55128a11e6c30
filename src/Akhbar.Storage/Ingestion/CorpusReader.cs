using System.IO.Compression;
using System.Text.Json;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Input;
using Akhbar.Core.Model;

namespace Akhbar.Storage.Ingestion;

/// <summary>
/// Reads articles from what users point ingest at: directories (walked in name order), .txt and .html
/// articles, .jsonl files, .json files holding one article or an array of them, zip archives of any of these
/// (the SaudiNewsNet layout), and standard input as JSON Lines. Anything unreadable becomes a failed item
/// with its location; reading goes on.
/// </summary>
public sealed class CorpusReader(IReadOnlyList<string> paths, string? defaultSource, InputLimits limits)
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jsonl", ".ndjson", ".json", ".zip", ".txt", ".text", ".html", ".htm",
    };

    private long _bytesDone;

    /// <summary>Total size of the input files (0 for standard input): the denominator of progress.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Input bytes read so far, for progress and ETA.</summary>
    public long BytesDone => Interlocked.Read(ref _bytesDone);

    /// <summary>Lists the files to read, checking that every path exists. Call before <see cref="Read"/>.</summary>
    public IReadOnlyList<string> Plan()
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Known.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file or directory.");
            }
        }

        TotalBytes = files.Where(f => f != "-").Sum(f => new FileInfo(f).Length);
        return files;
    }

    /// <summary>
    /// The readable articles of one corpus file, read as ingest and analyze read it (a zip of SaudiNewsNet JSON arrays
    /// gives <c>&lt;zip stem&gt;-&lt;index&gt;</c> ids), for the gold evaluation, which looks records up by id. Items
    /// that cannot be read (SaudiNewsNet has records with empty content) are left out: no gold file can name them.
    /// </summary>
    public static IEnumerable<RawArticle> ReadArticles(string file)
    {
        var reader = new CorpusReader([file], null, InputLimits.Default);
        return reader.Read(reader.Plan()).Where(item => item.Article is not null).Select(item => item.Article!);
    }

    public IEnumerable<IngestItem> Read(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            var size = file == "-" ? 0 : new FileInfo(file).Length;
            var before = BytesDone;
            foreach (var item in ReadFile(file))
            {
                yield return item;
            }

            Interlocked.Exchange(ref _bytesDone, before + size);
        }
    }

    private IEnumerable<IngestItem> ReadFile(string file)
    {
        var ext = file == "-" ? ".jsonl" : Path.GetExtension(file).ToLowerInvariant();
        switch (ext)
        {
            case ".jsonl" or ".ndjson":
                return ReadJsonLines(file);
            case ".zip":
                return ReadZip(file);
            default:
                return ReadWhole(file, ext);
        }
    }

    private IEnumerable<IngestItem> ReadJsonLines(string file)
    {
        Stream stream;
        try
        {
            stream = file == "-" ? Console.OpenStandardInput() : File.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(file, $"cannot read: {e.Message}")];
        }

        return ReadJsonLines(stream, file == "-" ? "stdin" : file);
    }

    private IEnumerable<IngestItem> ReadJsonLines(Stream stream, string where)
    {
        using (stream)
        {
            foreach (var line in JsonLinesReader.Read(stream, where, limits))
            {
                yield return line.Article is null
                    ? IngestItem.Failed($"{where}:{line.LineNumber}", Reason(line.Error!))
                    : new IngestItem($"{where}:{line.LineNumber}", WithSource(line.Article), null);
            }
        }
    }

    private IEnumerable<IngestItem> ReadZip(string file)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(file);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(file, $"not a readable zip archive ({e.Message.TrimEnd('.')}).")];
        }

        return ReadZip(zip, file);
    }

    private IEnumerable<IngestItem> ReadZip(ZipArchive zip, string file)
    {
        using (zip)
        {
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var ext = Path.GetExtension(entry.FullName).ToLowerInvariant();
                if (entry.FullName.EndsWith('/') || !Known.Contains(ext) || ext == ".zip")
                {
                    continue;
                }

                var where = $"{file}!{entry.FullName}";
                byte[]? bytes = null;
                string? error = null;
                try
                {
                    if (entry.Length > limits.MaxArticleBytes * 64)
                    {
                        error = $"the entry is {entry.Length:N0} bytes, too large to read.";
                    }
                    else
                    {
                        using var s = entry.Open();
                        using var ms = new MemoryStream();
                        s.CopyTo(ms);
                        bytes = ms.ToArray();
                    }
                }
                catch (Exception e) when (e is InvalidDataException or IOException)
                {
                    error = $"broken zip entry ({e.Message.TrimEnd('.')}).";
                }

                if (error is not null)
                {
                    yield return IngestItem.Failed(where, error);
                    continue;
                }

                var items = ext is ".jsonl" or ".ndjson"
                    ? ReadJsonLines(new MemoryStream(bytes!), where)
                    : FromBytes(bytes!, where, ext, Path.GetFileNameWithoutExtension(entry.Name));
                foreach (var item in items)
                {
                    yield return item;
                }
            }
        }
    }

    private IEnumerable<IngestItem> ReadWhole(string file, string ext)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            var max = ext == ".json" ? limits.MaxArticleBytes * 64 : limits.MaxArticleBytes;
            if (info.Length > max)
            {
                return [IngestItem.Failed(file, $"{info.Length:N0} bytes is over the limit of {max:N0} bytes (raise it with --max-bytes).")];
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(file, $"cannot read: {e.Message}")];
        }

        return FromBytes(bytes, file, ext, Path.GetFileNameWithoutExtension(file));
    }

    private IEnumerable<IngestItem> FromBytes(byte[] bytes, string where, string ext, string stem)
    {
        if (ext == ".json")
        {
            return FromJson(bytes, where, stem);
        }

        try
        {
            var format = ext is ".html" or ".htm" ? RawFormat.Html : RawFormat.PlainText;
            var article = TextArticleReader.Read(bytes, where, stem, format, limits);
            return [new IngestItem(where, WithSource(article), null)];
        }
        catch (BadInputException e)
        {
            return [IngestItem.Failed(where, Reason(e))];
        }
    }

    private IEnumerable<IngestItem> FromJson(byte[] bytes, string where, string stem)
    {
        JsonDocument doc;
        try
        {
            var text = TextDecoder.Decode(bytes, where, new InputLimits { MaxArticleBytes = Math.Max(bytes.Length, 1) });
            doc = JsonDocument.Parse(text);
        }
        catch (BadInputException e)
        {
            return [IngestItem.Failed(where, Reason(e))];
        }
        catch (JsonException e)
        {
            return [IngestItem.Failed(where, $"not valid JSON ({e.Message.Split('\n')[0]})")];
        }

        return FromJson(doc, where, stem);
    }

    private IEnumerable<IngestItem> FromJson(JsonDocument doc, string where, string stem)
    {
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var element in root.EnumerateArray())
                {
                    yield return One(element, $"{where}[{i}]", $"{stem}-{i}");
                    i++;
                }
            }
            else
            {
                yield return One(root, where, stem);
            }
        }
    }

    private IngestItem One(JsonElement element, string where, string fallbackId)
    {
        try
        {
            return new IngestItem(where, WithSource(JsonArticleReader.Read(element, where, fallbackId)), null);
        }
        catch (BadInputException e)
        {
            return IngestItem.Failed(where, Reason(e));
        }
    }

    private RawArticle WithSource(RawArticle a) =>
        string.IsNullOrWhiteSpace(a.Source) ? a with { Source = defaultSource ?? "local" } : a;

    /// <summary>The reason without the location prefix that readers put in messages (the item carries the location).</summary>
    private static string Reason(BadInputException e)
    {
        var m = e.Message;
        var i = m.IndexOf(": ", StringComparison.Ordinal);
        return i > 0 && i < m.Length - 2 ? m[(i + 2)..] : m;
    }
}
