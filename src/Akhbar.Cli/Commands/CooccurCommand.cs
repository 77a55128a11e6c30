using System.CommandLine;
using Akhbar.Cli.Corpus;
using Akhbar.Storage.Sqlite;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar cooccur</c>: which entities appear in the same articles as a given one.</summary>
public static class CooccurCommand
{
    public static Command Create()
    {
        var options = new CorpusOptions();
        var entity = new Argument<string>("entity") { Description = "The entity (any mention form, Arabic or English name)." };
        var command = new Command("cooccur", "Entities that appear in the same articles as ENTITY, most frequent first.") { entity };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = new SqliteArticleStore(options.ExistingDb(parse));
            var rows = store.Cooccur(parse.GetValue(entity)!, options.Filter(parse), options.LimitValue(parse));
            CountTable.Write(rows, parse.GetValue(options.Format)!, parse.InvocationConfiguration.Output, "mentions");
            return AkhbarCli.Ok;
        });
        return command;
    }
}
