using System.CommandLine;
using Akhbar.Cli.Corpus;
using Akhbar.Storage.Sqlite;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar timeline</c>: how often an entity appears, day by day or week by week.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var options = new CorpusOptions();
        var entity = new Argument<string>("entity") { Description = "The entity (any mention form, Arabic or English name)." };
        var by = new Option<string>("--by") { Description = "day or week (ISO weeks).", DefaultValueFactory = _ => "day" };
        by.AcceptOnlyFromAmong("day", "week");
        var command = new Command("timeline", "Articles and mentions of ENTITY per day or week.") { entity, by };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = new SqliteArticleStore(options.ExistingDb(parse));
            var rows = store.Timeline(parse.GetValue(entity)!, options.Filter(parse), parse.GetValue(by) == "week");
            new RowWriter(parse.GetValue(options.Format)!, parse.InvocationConfiguration.Output)
                .Write(["period", "articles", "mentions"], rows.Select(r => (IReadOnlyList<object?>)[r.Period, r.Articles, r.Mentions]));
            return AkhbarCli.Ok;
        });
        return command;
    }
}
