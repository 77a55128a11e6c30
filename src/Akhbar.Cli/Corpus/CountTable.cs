using Akhbar.Storage.Model;

namespace Akhbar.Cli.Corpus;

/// <summary>The columns of a ranking, shared by <c>top</c> and <c>cooccur</c>.</summary>
public static class CountTable
{
    public static void Write(IReadOnlyList<CountRow> rows, string format, TextWriter output, string countName) =>
        new RowWriter(format, output).Write(
            ["rank", "name", "type", countName, "articles"],
            rows.Select((r, i) => (IReadOnlyList<object?>)[i + 1, r.Label, r.Type, r.Count, r.Articles]));
}
