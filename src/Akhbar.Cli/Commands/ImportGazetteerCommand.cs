using System.CommandLine;
using System.Text;
using Akhbar.Arabic.Entities;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar resources import gazetteer</c>: turns GeoNames, CLDR and the CAMEO Arabic actor dictionary into
/// the gazetteer TSVs of Akhbar.Resources (columns name, key, type) and records each in MANIFEST.tsv.
/// Benajiba's ANERgazet is not imported: its license is unstated.
/// </summary>
public static class ImportGazetteerCommand
{
    private const string Header = "name\tkey\ttype";
    private const long MinPopulationForOneWord = 100_000;
    private const int MinLettersForOneWord = 3;

    public static Command Create()
    {
        var geonames = new Option<string?>("--geonames") { Description = "The geonames-cities15000 folder (reads cities15000_arabic_script.tsv)." };
        var cldr = new Option<string?>("--cldr") { Description = "The cldr-arabic folder (reads territories.ar.tsv)." };
        var cameo = new Option<string?>("--cameo") { Description = "The cameo-arabic-universalpetrarch folder (reads actor_dict_ar_v4.txt)." };
        var output = new Option<string>("--out")
        {
            Description = "The Data folder of Akhbar.Resources; files go to its gazetteers/ folder and rows to its MANIFEST.tsv.",
            DefaultValueFactory = _ => Path.Combine("src", "Akhbar.Resources", "Data"),
        };
        var command = new Command("gazetteer", "Import name lists (GeoNames, CLDR, CAMEO actors) as gazetteer TSVs for the NER tagger.")
        {
            geonames, cldr, cameo, output,
        };
        command.SetAction(parse => Run(parse.GetValue(geonames), parse.GetValue(cldr), parse.GetValue(cameo), parse.GetValue(output)!, parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string? geonames, string? cldr, string? cameo, string dataFolder, TextWriter stdout)
    {
        if (geonames is null && cldr is null && cameo is null)
        {
            throw new CliUsageException("give at least one of --geonames, --cldr, --cameo.");
        }

        if (!File.Exists(Path.Combine(dataFolder, "MANIFEST.tsv")))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{dataFolder}: not the Data folder of Akhbar.Resources (no MANIFEST.tsv).");
        }

        Directory.CreateDirectory(Path.Combine(dataFolder, "gazetteers"));
        if (geonames is not null)
        {
            Write(dataFolder, "gazetteers/geonames-cities.tsv", GeoNames(Source(geonames, "cities15000_arabic_script.tsv")), stdout,
                "GeoNames cities15000 (geonames.org via ali-hv/geobank-data), Arabic-script alternate names", "CC BY 4.0 (attribution: GeoNames, geonames.org)",
                $"akhbar resources import gazetteer --geonames {geonames}: every Arabic-script name of a place (one-word names of three letters or more, and only for capitals, first-level seats and places of 100,000 people or more), type LOC, key folded");
        }

        if (cldr is not null)
        {
            Write(dataFolder, "gazetteers/cldr-territories.tsv", Cldr(Source(cldr, "territories.ar.tsv")), stdout,
                "Unicode CLDR 48.2 Arabic territory names", "Unicode License v3",
                $"akhbar resources import gazetteer --cldr {cldr}: every Arabic territory and region name, type LOC, key folded");
        }

        if (cameo is not null)
        {
            Write(dataFolder, "gazetteers/cameo-persons.tsv", Cameo(Source(cameo, "actor_dict_ar_v4.txt")), stdout,
                "UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt, openeventdata, arabic branch)", "MIT",
                $"akhbar resources import gazetteer --cameo {cameo}: actors of two or more words with date-ranged codes (people), type PERS, underscores as spaces, key folded");
        }

        return AkhbarCli.Ok;
    }

    private static string Source(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? path : throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file.");
    }

    /// <summary>
    /// Every Arabic-script name of a place, except one-word names of small places: those are too often
    /// also common words (كان is Cannes and "was", له is Leh and "to him"), which would teach the tagger to
    /// distrust the gazetteer. Such names are kept for capitals, first-level seats and places of at least
    /// <see cref="MinPopulationForOneWord"/> people.
    /// </summary>
    private static IEnumerable<(string Name, string Type)> GeoNames(string path)
    {
        var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            yield break;
        }

        var header = lines.Current.Split('\t');
        int names = Array.IndexOf(header, "arabic_script_names"), population = Array.IndexOf(header, "population"), code = Array.IndexOf(header, "feature_code");
        if (names < 0 || population < 0 || code < 0)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: expected the columns arabic_script_names, population and feature_code.");
        }

        while (lines.MoveNext())
        {
            var fields = lines.Current.Split('\t');
            if (fields.Length <= Math.Max(names, Math.Max(population, code)))
            {
                continue;
            }

            var important = fields[code] is "PPLC" or "PPLA" || (long.TryParse(fields[population], out var people) && people >= MinPopulationForOneWord);
            foreach (var name in fields[names].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var multiWord = name.Contains(' ', StringComparison.Ordinal);
                if (multiWord || (important && NerResources.KeysOf(name) is [var word] && word.Length >= MinLettersForOneWord))
                {
                    yield return (name, "LOC");
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Type)> Cldr(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && fields[0] != "001" && fields[0] != "ZZ")
            {
                yield return (fields[1].Trim(), "LOC");
            }
        }
    }

    /// <summary>
    /// Entries are lines of UDPipe lemmas joined by '_' ("نوري_المالكي_"); people carry date-ranged codes
    /// on the indented lines that follow, groups an inline code. Groups are lemmatized noun phrases
    /// ("وزارة_دفاع_أميركي_") that never match running text, so only people of two or more words are kept.
    /// </summary>
    private static IEnumerable<(string Name, string Type)> Cameo(string path)
    {
        string? pending = null;
        var dated = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('\t') || line.StartsWith(' ') && line.TrimStart().StartsWith('['))
            {
                dated |= line.Contains('[') && line.Any(char.IsDigit);
                continue;
            }

            if (pending is not null && dated)
            {
                yield return (pending, "PERS");
            }

            pending = null;
            dated = false;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.Contains('['))
            {
                continue;
            }

            var name = trimmed.Replace('_', ' ').Trim();
            if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            {
                pending = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        if (pending is not null && dated)
        {
            yield return (pending, "PERS");
        }
    }

    private static void Write(string dataFolder, string file, IEnumerable<(string Name, string Type)> entries, TextWriter stdout, string source, string license, string derivation)
    {
        var seen = new HashSet<(string, string)>();
        var rows = new List<string>();
        foreach (var (name, type) in entries)
        {
            var clean = Clean(name);
            var key = string.Join(' ', NerResources.KeysOf(clean));
            if (key.Length < 2 || !key.Any(c => c is >= '\u0621' and <= '\u064A') || clean.Contains('\t'))
            {
                continue;
            }

            if (seen.Add((key, type)))
            {
                rows.Add($"{clean}\t{key}\t{type}");
            }
        }

        rows.Sort(StringComparer.Ordinal);
        var path = Path.Combine(dataFolder, file);
        File.WriteAllLines(path, [Header, .. rows], new UTF8Encoding(false));
        ResourceManifest.Record(Path.Combine(dataFolder, "MANIFEST.tsv"), file, $"{file}\t{source}\t{license}\t{derivation}");
        stdout.WriteLine($"wrote {path}: {rows.Count:N0} entries");
    }

    /// <summary>
    /// The name as it should be stored: bidi marks dropped, presentation forms (ﻻ) replaced by the letters
    /// they stand for, spaces collapsed, NFC.
    /// </summary>
    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF')
            {
                continue;
            }

            builder.Append(c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE') ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }
}
