using System.CommandLine;
using Akhbar.Cli.Corpus;
using Akhbar.Storage.Model;
using Akhbar.Storage.Sqlite;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar top</c>: the most frequent speakers, entities, places, people, organizations or events.</summary>
public static class TopCommand
{
    public static Command Create()
    {
        var options = new CorpusOptions();
        var what = new Argument<string>("what") { Description = "speakers, entities, places, people, organizations or events." };
        what.AcceptOnlyFromAmong("speakers", "entities", "places", "people", "organizations", "events");
        var command = new Command("top", "Rank speakers, entities, places or events over the corpus (or the filtered part of it).") { what };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var kind = parse.GetValue(what) switch
            {
                "speakers" => TopKind.Speakers,
                "places" => TopKind.Places,
                "people" => TopKind.People,
                "organizations" => TopKind.Organizations,
                "events" => TopKind.Events,
                _ => TopKind.Entities,
            };
            using var store = new SqliteArticleStore(options.ExistingDb(parse));
            var rows = store.Top(kind, options.Filter(parse), options.LimitValue(parse));
            CountTable.Write(rows, parse.GetValue(options.Format)!, parse.InvocationConfiguration.Output, kind == TopKind.Speakers ? "quotes" : "mentions");
            return AkhbarCli.Ok;
        });
        return command;
    }
}
