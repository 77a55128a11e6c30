using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Akhbar.Cli.Corpus;

/// <summary>
/// Writes rows of a corpus query as a terminal table, JSON Lines or CSV (RFC 4180 quoting), with the same
/// columns in every format so that scripts and people see the same thing.
/// </summary>
public sealed class RowWriter(string format, TextWriter output)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, Func<int, int, string?>? markup = null)
    {
        switch (format)
        {
            case "jsonl":
                foreach (var row in rows)
                {
                    var obj = new Dictionary<string, object?>();
                    for (var i = 0; i < columns.Count; i++)
                    {
                        obj[columns[i]] = row[i];
                    }

                    output.WriteLine(JsonSerializer.Serialize(obj, Json));
                }

                break;
            case "csv":
                output.WriteLine(string.Join(',', columns.Select(Csv)));
                foreach (var row in rows)
                {
                    output.WriteLine(string.Join(',', row.Select(v => Csv(Text(v)))));
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var c in columns)
                {
                    table.AddColumn(new TableColumn(Markup.Escape(c)));
                }

                var r = 0;
                foreach (var row in rows)
                {
                    table.AddRow([.. row.Select((v, i) => (Spectre.Console.Rendering.IRenderable)new Markup(markup?.Invoke(r, i) ?? Markup.Escape(Text(v))))]);
                    r++;
                }

                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
                // Snippets need room: a redirected or captured output gets a wide table rather than 80 columns.
                if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
                {
                    console.Profile.Width = 160;
                }

                console.Write(table);
                break;
        }
    }

    private static string Text(object? v) => v switch
    {
        null => string.Empty,
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? string.Empty,
    };

    private static string Csv(string s)
    {
        if (s.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 2).Append('"');
        sb.Append(s.Replace("\"", "\"\"", StringComparison.Ordinal));
        return sb.Append('"').ToString();
    }
}
