using System.CommandLine;
using Akhbar.Cli.Corpus;
using Akhbar.Storage.Sqlite;
using Spectre.Console;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar search</c>: BM25-ranked full-text search with Arabic folding, filters and highlighted snippets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var options = new CorpusOptions();
        var query = new Argument<string>("query")
        {
            Description = "Words to find (all of them); \"quoted words\" form a phrase. Hamza, diacritics and attached و ب ل ف ك are ignored.",
        };
        var stem = new Option<bool>("--stem") { Description = "Light stemming: also match other forms (الاتفاقيات for اتفاقية). Off by default; names are never stemmed otherwise." };
        var command = new Command("search", "Search the corpus; results ranked by BM25, with snippets.") { query, stem };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = new SqliteArticleStore(options.ExistingDb(parse));
            var hits = store.Search(parse.GetValue(query)!, options.Filter(parse), options.LimitValue(parse), parse.GetValue(stem));
            var format = parse.GetValue(options.Format)!;
            var output = parse.InvocationConfiguration.Output;
            var rows = hits.Select(h => (IReadOnlyList<object?>)
                [h.Source, h.ExternalId, h.Published, h.Title, Math.Round(-h.Score, 3), format == "table" ? h.Snippet.Text : Marked(h.Snippet)]).ToList();
            new RowWriter(format, output).Write(["source", "id", "published", "title", "score", "snippet"], rows,
                (r, c) => c == 5 ? Highlighted(hits[r].Snippet) : null);
            return AkhbarCli.Ok;
        });
        return command;
    }

    /// <summary>The snippet with matched words between ⟦ and ⟧, for programs that read JSON or CSV.</summary>
    private static string Marked(Akhbar.Storage.Model.Snippet s) => Apply(s, "⟦", "⟧", t => t);

    private static string Highlighted(Akhbar.Storage.Model.Snippet s) => Apply(s, "[bold yellow]", "[/]", Markup.Escape);

    private static string Apply(Akhbar.Storage.Model.Snippet s, string open, string close, Func<string, string> escape)
    {
        var sb = new System.Text.StringBuilder();
        var at = 0;
        foreach (var (start, end) in s.Highlights.OrderBy(h => h.Start))
        {
            if (start < at)
            {
                continue;
            }

            sb.Append(escape(s.Text[at..start])).Append(open).Append(escape(s.Text[start..end])).Append(close);
            at = end;
        }

        return sb.Append(escape(s.Text[at..])).ToString();
    }
}
