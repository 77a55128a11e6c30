using System.CommandLine;
using System.Globalization;
using System.Text;
using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar resources import entities</c>: builds the linking tables under Data/entities/ from GeoNames,
/// CLDR and the CAMEO actor dictionaries, and records each in MANIFEST.tsv:
/// countries.tsv (Arabic country names with ISO codes and English names), nisba.tsv (the regular nisba
/// adjectives of those names), places.tsv (Arabic place names with GeoNames id, English name, point,
/// feature and country) and actors.tsv (Arabic actors with date-ranged CAMEO codes and the English name of
/// the aligned Phoenix actor). The hand-checked irregular nisba forms live in nisba-irregular.tsv.
/// </summary>
public static class ImportEntitiesCommand
{
    public static Command Create()
    {
        var geonames = new Option<string>("--geonames") { Description = "The geonames-cities15000 folder (cities15000_arabic_script.tsv, countryInfo.tsv).", Required = true };
        var cldr = new Option<string>("--cldr") { Description = "The cldr-arabic folder (territories.ar.tsv).", Required = true };
        var cameoArabic = new Option<string?>("--cameo-arabic") { Description = "The cameo-arabic-universalpetrarch folder (actor_dict_ar_v4.txt)." };
        var cameoEnglish = new Option<string?>("--cameo-english") { Description = "The cameo-english-petrarch folder (Phoenix.*.actors.txt)." };
        var output = new Option<string>("--out")
        {
            Description = "The Data folder of Akhbar.Resources; files go to its entities/ folder and rows to its MANIFEST.tsv.",
            DefaultValueFactory = _ => Path.Combine("src", "Akhbar.Resources", "Data"),
        };
        var command = new Command("entities", "Import the entity linking tables (countries, nisba adjectives, places, actors).")
        {
            geonames, cldr, cameoArabic, cameoEnglish, output,
        };
        command.SetAction(parse => Run(
            parse.GetValue(geonames)!, parse.GetValue(cldr)!, parse.GetValue(cameoArabic), parse.GetValue(cameoEnglish), parse.GetValue(output)!, parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string geonames, string cldr, string? cameoArabic, string? cameoEnglish, string dataFolder, TextWriter stdout)
    {
        if ((cameoArabic is null) != (cameoEnglish is null))
        {
            throw new CliUsageException("give both --cameo-arabic and --cameo-english, or neither.");
        }

        if (!File.Exists(Path.Combine(dataFolder, "MANIFEST.tsv")))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{dataFolder}: not the Data folder of Akhbar.Resources (no MANIFEST.tsv).");
        }

        Directory.CreateDirectory(Path.Combine(dataFolder, "entities"));
        var countries = CountryInfo(Source(geonames, "countryInfo.tsv"));
        var countryRows = new List<string>();
        var nisbaRows = new List<string>();
        foreach (var (code, name) in Territories(Source(cldr, "territories.ar.tsv")))
        {
            if (!countries.TryGetValue(code, out var info))
            {
                continue;
            }

            countryRows.Add(Row(Key(name), name, info.Iso3, code, info.NameEn, info.GeonameId));
            var gloss = name.IndexOf(" (", StringComparison.Ordinal);
            if (gloss > 0)
            {
                // "ميانمار (بورما)" is written "ميانمار" in news.
                countryRows.Add(Row(Key(name[..gloss]), name[..gloss], info.Iso3, code, info.NameEn, info.GeonameId));
            }

            if (Nisba.Regular(name) is { } nisba)
            {
                nisbaRows.Add(Row(Key(Nisba.Definite(nisba)), Nisba.Definite(nisba), info.Iso3));
                nisbaRows.Add(Row(Key(Nisba.Definite(Nisba.Feminine(nisba))), Nisba.Definite(Nisba.Feminine(nisba)), info.Iso3));
            }
        }

        Write(dataFolder, "entities/countries.tsv", "key\tname\tiso3\tiso2\tname_en\tgeonameid", Distinct(countryRows), stdout,
            "Unicode CLDR 48.2 Arabic territory names; GeoNames countryInfo (ISO codes, English names, geonameid)", "Unicode License v3; CC BY 4.0 (attribution: GeoNames, geonames.org)",
            $"akhbar resources import entities --cldr {cldr} --geonames {geonames}: every CLDR Arabic name of a country with its GeoNames ISO3, ISO2, English name and geonameid; key folded");

        // A nisba that two countries share (both Congos give "الكونغي") names neither.
        var nisbaKeys = nisbaRows.GroupBy(r => r[..r.IndexOf('\t', StringComparison.Ordinal)]).Where(g => g.Select(r => r[(r.LastIndexOf('\t') + 1)..]).Distinct().Count() == 1).SelectMany(g => g);
        Write(dataFolder, "entities/nisba.tsv", "key\tname\tiso3", Distinct(nisbaKeys), stdout,
            "derived from entities/countries.tsv (Unicode CLDR 48.2 Arabic territory names)", "Unicode License v3",
            $"akhbar resources import entities --cldr {cldr} --geonames {geonames}: the regular nisba of each country name (Akhbar.Arabic.Entities.Linking.Nisba), masculine and feminine, with the article; nisbas shared by two countries dropped");

        var aliases = Path.Combine(dataFolder, "entities", "place-aliases.tsv");
        var places = Places(Source(geonames, "cities15000_arabic_script.tsv"), Source(geonames, "cities15000.txt"), countries)
            .Concat(File.Exists(aliases) ? PlaceAliases(aliases, Source(geonames, "cities15000.txt"), countries) : []);
        Write(dataFolder, "entities/places.tsv", "key\tname\tgeonameid\tname_en\tlat\tlon\tfeature\tcountry\tpopulation", Distinct(places), stdout,
            "GeoNames cities15000 (geonames.org via ali-hv/geobank-data), Arabic-script alternate names, coordinates, feature codes, populations", "CC BY 4.0 (attribution: GeoNames, geonames.org)",
            $"akhbar resources import entities --geonames {geonames}: every Arabic-script name of every place with its geonameid, GeoNames name, point, feature, ISO3 country and population (a capital with no Arabic name, from cities15000.txt, takes those of its same-named places in its country: Washington; the hand-written names of entities/place-aliases.tsv reach the places of their geonameid: Sochi); key folded");

        if (cameoArabic is not null && cameoEnglish is not null)
        {
            var english = Directory.GetFiles(cameoEnglish, "Phoenix.*.actors.txt").Order(StringComparer.Ordinal)
                .SelectMany(f => ActorDictionaryReader.Read(File.ReadLines(f, Encoding.Latin1))).ToList();
            if (english.Count == 0)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{cameoEnglish}: no Phoenix.*.actors.txt entries.");
            }

            var alignment = new ActorAlignment(english);
            var rows = new List<string>();
            int actors = 0, aligned = 0;
            foreach (var actor in ActorDictionaryReader.Read(File.ReadLines(Source(cameoArabic, "actor_dict_ar_v4.txt"))))
            {
                if (actor.Codes.Count == 0 || Key(actor.Name).Length < 2)
                {
                    continue;
                }

                actors++;
                var nameEn = alignment.Align(actor);
                if (nameEn is not null)
                {
                    aligned++;
                }

                foreach (var code in actor.Codes)
                {
                    rows.Add(Row(Key(actor.Name), actor.Name, code.Code, code.From.ToString(CultureInfo.InvariantCulture), code.To.ToString(CultureInfo.InvariantCulture), nameEn ?? string.Empty));
                }
            }

            Write(dataFolder, "entities/actors.tsv", "key\tname\tcameo\tfrom\tto\tname_en", Distinct(rows), stdout,
                "UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt) aligned with the Phoenix English actor dictionaries (cameo-english-petrarch)", "MIT",
                $"akhbar resources import entities --cameo-arabic {cameoArabic} --cameo-english {cameoEnglish}: every Arabic actor with codes, one row per date-ranged code; name_en from the English actor with an overlapping code whose name is closest to the transliteration (Akhbar.Arabic.Entities.Linking.ActorAlignment)");
            stdout.WriteLine($"aligned {aligned:N0} of {actors:N0} Arabic actors with an English name");
        }

        return AkhbarCli.Ok;
    }

    private sealed record Country(string Iso3, string NameEn, string GeonameId);

    private static Dictionary<string, Country> CountryInfo(string path)
    {
        var result = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 17 || f[0].Length != 2 || f[1].Length != 3)
            {
                continue;
            }

            result[f[0]] = new Country(f[1], f[4], f[16]);
        }

        return result.Count > 0 ? result : throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no country rows (ISO, ISO3, ..., geonameid).");
    }

    /// <summary>Two-letter codes with their names, alternative names ("PS-alt-short" فلسطين) included.</summary>
    private static IEnumerable<(string Code, string Name)> Territories(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 2 || f[0].Length < 2)
            {
                continue;
            }

            var code = f[0][..2];
            if (code.All(char.IsAsciiLetterUpper) && (f[0].Length == 2 || f[0][2] == '-'))
            {
                yield return (code, Clean(f[1]));
            }
        }
    }

    private static IEnumerable<string> Places(string path, string allPlaces, Dictionary<string, Country> countries)
    {
        var capitals = UnnamedCapitals(path, allPlaces);
        var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            yield break;
        }

        var header = lines.Current.Split('\t');
        int id = Col(header, "geonameid", path), name = Col(header, "name", path), cc = Col(header, "country_code", path), feature = Col(header, "feature_code", path),
            population = Col(header, "population", path), lat = Col(header, "latitude", path), lon = Col(header, "longitude", path), names = Col(header, "arabic_script_names", path);
        while (lines.MoveNext())
        {
            var f = lines.Current.Split('\t');
            if (f.Length < header.Length - 1 || !countries.TryGetValue(f[cc], out var country))
            {
                continue;
            }

            foreach (var arabic in f[names].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var clean = Clean(arabic);
                var key = Key(clean);
                if (key.Length < 2 || !key.Any(c => c is >= '\u0621' and <= '\u064A') || key.Any(char.IsAsciiLetter))
                {
                    continue;
                }

                yield return Row(key, clean, f[id], f[name], f[lat], f[lon], f[feature], country.Iso3, f[population].Length == 0 ? "0" : f[population]);
                if (capitals.TryGetValue((f[name], f[cc]), out var capital))
                {
                    // GeoNames gives "واشنطن" to two small Washingtons and none to the capital: the capital takes it too.
                    yield return Row(key, clean, capital[0], capital[1], capital[4], capital[5], capital[7], country.Iso3, capital[14].Length == 0 ? "0" : capital[14]);
                }
            }
        }
    }

    /// <summary>
    /// The hand-written Arabic names of well-known places that GeoNames gives no Arabic name (سوتشي for Sochi), each
    /// with its geonameid and GeoNames name: the row of cities15000.txt gives the rest, and a name that does not
    /// match the id's place is an error, so that a mistyped id cannot send a city elsewhere.
    /// </summary>
    private static IEnumerable<string> PlaceAliases(string aliasPath, string allPlaces, Dictionary<string, Country> countries)
    {
        var aliases = File.ReadLines(aliasPath).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).ToList();
        var wanted = aliases.Select(a => a.Length >= 3 ? a[1] : throw new BadInputException(DiagnosticCodes.BadRecord, $"{aliasPath}: a row needs name, geonameid and geonames_name: {string.Join(' ', a)}")).ToHashSet(StringComparer.Ordinal);
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(allPlaces))
        {
            var f = line.Split('\t');
            if (f.Length >= 15 && wanted.Contains(f[0]))
            {
                rows[f[0]] = f;
            }
        }

        foreach (var a in aliases)
        {
            if (!rows.TryGetValue(a[1], out var f) || f[1] != a[2] || !countries.TryGetValue(f[8], out var country))
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{aliasPath}: geonameid {a[1]} is not {a[2]} in {allPlaces}.");
            }

            var clean = Clean(a[0]);
            yield return Row(Key(clean), clean, f[0], f[1], f[4], f[5], f[7], country.Iso3, f[14].Length == 0 ? "0" : f[14]);
        }
    }

    /// <summary>Capitals (PPLC rows of cities15000.txt) that have no Arabic name, by English name and country code.</summary>
    private static Dictionary<(string Name, string Country), string[]> UnnamedCapitals(string arabicPath, string allPlaces)
    {
        var named = File.ReadLines(arabicPath).Skip(1).Select(l => l[..Math.Max(0, l.IndexOf('\t', StringComparison.Ordinal))]).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<(string Name, string Country), string[]>();
        foreach (var line in File.ReadLines(allPlaces))
        {
            var f = line.Split('\t');
            if (f.Length >= 15 && f[7] == "PPLC" && !named.Contains(f[0]))
            {
                result.TryAdd((f[1], f[8]), f);
            }
        }

        return result;
    }

    private static int Col(string[] header, string name, string path)
    {
        var i = Array.IndexOf(header, name);
        return i >= 0 ? i : throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no column {name}.");
    }

    private static string Key(string name) => string.Join(' ', NerResources.KeysOf(name));

    internal static string Row(params string[] fields) => string.Join('\t', fields.Select(f => f.Replace('\t', ' ')));

    private static List<string> Distinct(IEnumerable<string> rows)
    {
        var list = rows.Distinct(StringComparer.Ordinal).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static string Source(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? path : throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file.");
    }

    /// <summary>Bidi marks dropped, spaces collapsed, NFC: the name as it should be stored.</summary>
    private static string Clean(string name)
    {
        var kept = new string([.. name.Where(c => !(c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF'))]);
        return string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormC);
    }

    /// <summary>Writes a TSV resource and replaces its row in MANIFEST.tsv (shared by the entity table imports).</summary>
    internal static void Write(string dataFolder, string file, string header, List<string> rows, TextWriter stdout, string source, string license, string derivation)
    {
        var path = Path.Combine(dataFolder, file);
        File.WriteAllLines(path, [header, .. rows], new UTF8Encoding(false));
        ResourceManifest.Record(Path.Combine(dataFolder, "MANIFEST.tsv"), file, $"{file}\t{source}\t{license}\t{derivation}");
        stdout.WriteLine($"wrote {path}: {rows.Count:N0} rows");
    }
}
