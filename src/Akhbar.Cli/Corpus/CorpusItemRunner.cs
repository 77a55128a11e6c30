using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Storage.Ingestion;

namespace Akhbar.Cli.Corpus;

/// <summary>
/// Runs one article of a corpus read by <see cref="CorpusReader"/> through a command's work (analyze, export): an
/// article that could not be read, is bad input or trips a bug becomes an error message, so one article never stops
/// a batch of thousands.
/// </summary>
public static class CorpusItemRunner
{
    /// <param name="doing">What the work does, for the message of an internal error ("analyzing", "exporting").</param>
    public static (T? Value, string? Error) Run<T>(IngestItem item, Func<RawArticle, T> work, string doing)
        where T : class
    {
        if (item.Article is not { } article)
        {
            return (null, item.Error);
        }

        try
        {
            return (work(article), null);
        }
        catch (BadInputException e)
        {
            return (null, e.Message);
        }
#pragma warning disable CA1031 // One article that trips a bug must not stop a batch: it is reported like a bad one.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, $"internal error while {doing} this article ({e.GetType().Name}: {e.Message}); please report it.");
        }
    }
}
