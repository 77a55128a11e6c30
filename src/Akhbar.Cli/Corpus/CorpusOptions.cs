using System.CommandLine;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Storage.Model;

namespace Akhbar.Cli.Corpus;

/// <summary>The options every corpus command shares: the database, filters, a limit and the output format.</summary>
public sealed class CorpusOptions
{
    public const string DefaultDatabase = "akhbar.db";

    public Option<string> Db { get; } = new("--db")
    {
        Description = $"The corpus database (default: {DefaultDatabase} in the working directory).",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public Option<string?> From { get; } = new("--from") { Description = "Only articles published on or after this day (2018-09-01)." };

    public Option<string?> To { get; } = new("--to") { Description = "Only articles published on or before this day." };

    public Option<string?> Source { get; } = new("--source") { Description = "Only articles from this source (as stored, case-insensitive)." };

    public Option<string?> Entity { get; } = new("--entity") { Description = "Only articles that mention this entity (any mention form; Arabic or English name)." };

    public Option<string?> Speaker { get; } = new("--speaker") { Description = "Only articles that quote this speaker." };

    public Option<string?> Event { get; } = new("--event") { Description = "Only articles with an event of this CAMEO code or root (043, 04) or PLOVER type (CONSULT)." };

    public Option<int> Limit { get; } = new("--limit")
    {
        Description = "How many rows at most.",
        DefaultValueFactory = _ => 20,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output: table (for people), jsonl or csv (for programs).",
        DefaultValueFactory = _ => "table",
    };

    public CorpusOptions() => Format.AcceptOnlyFromAmong("table", "jsonl", "csv");

    /// <summary>Adds the database, filter, limit and format options to a command.</summary>
    public void AddTo(Command command, bool filters = true)
    {
        command.Options.Add(Db);
        if (filters)
        {
            command.Options.Add(From);
            command.Options.Add(To);
            command.Options.Add(Source);
            command.Options.Add(Entity);
            command.Options.Add(Speaker);
            command.Options.Add(Event);
        }

        command.Options.Add(Limit);
        command.Options.Add(Format);
    }

    public CorpusFilter Filter(ParseResult parse) => new()
    {
        From = Day(parse.GetValue(From), "--from"),
        To = Day(parse.GetValue(To), "--to"),
        Source = parse.GetValue(Source),
        Entity = parse.GetValue(Entity),
        Speaker = parse.GetValue(Speaker),
        EventType = parse.GetValue(Event),
    };

    public int LimitValue(ParseResult parse)
    {
        var limit = parse.GetValue(Limit);
        return limit >= 1 ? limit : throw new CliUsageException("--limit must be at least 1.");
    }

    /// <summary>An existing database for the read-only commands: a missing file is an error, not a new empty corpus.</summary>
    public string ExistingDb(ParseResult parse)
    {
        var db = parse.GetValue(Db)!;
        return File.Exists(db)
            ? db
            : throw new BadInputException(DiagnosticCodes.DatabaseMissing, $"{db}: no such database (create it with 'akhbar ingest PATH... --db {db}').");
    }

    private static string? Day(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        return PublicationDate.TryParse(value, out var d) && d is not null
            ? d.DateText
            : throw new BadInputException(DiagnosticCodes.BadDate, $"{option} \"{value}\" is not a date (expected 2018-09-15).");
    }
}
