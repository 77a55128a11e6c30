using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using Akhbar.Arabic.Events;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Text;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar resources import event-lexicon</c>: writes <c>events/event-lexicon.tsv</c>, one row per folded surface form
/// of an event verb or noun with its CAMEO code and PLOVER type, from UniversalPetrarch's Arabic verb dictionary
/// (CAMEO.ar.0.5.txt) corrected and completed by the hand-written <c>events/lexicon-curation.tsv</c>, and records the
/// derivation in MANIFEST.tsv. The output depends only on those two files and the CAMEO code table, in a fixed order.
/// </summary>
public static partial class ImportEventLexiconCommand
{
    public const string FileName = "event-lexicon.tsv";

    public const string CurationName = "lexicon-curation.tsv";

    public const string ResourceName = "events/" + FileName;

    /// <summary>Prepositions that UniversalPetrarch joins to a verb with '+' ("هجم+على") and that mark the verb's target.</summary>
    private static readonly HashSet<string> TargetPrepositions = new(StringComparer.Ordinal) { "علي", "الي", "ب", "مع", "ضد", "في", "ل", "من", "عن" };

    public static Command Create()
    {
        var source = new Option<string>("--universalpetrarch")
        {
            Description = "The cameo-arabic-universalpetrarch folder (CAMEO.ar.0.5.txt).",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "The events resource folder (src/Akhbar.Resources/Data/events): lexicon-curation.tsv is read from it, event-lexicon.tsv written to it; MANIFEST.tsv is in the folder above.",
            Required = true,
        };
        var curation = new Option<string?>("--curation") { Description = "The curation file (default: lexicon-curation.tsv in --out); verb-object-curation.tsv is read from the same folder." };
        var command = new Command("event-lexicon", "Import the Arabic event verbs of UniversalPetrarch, apply the curation file and write one row per surface form.")
        {
            source, output, curation,
        };
        command.SetAction(parse =>
        {
            var summary = Run(parse.GetValue(source)!, parse.GetValue(output)!, parse.GetValue(curation));
            parse.InvocationConfiguration.Output.WriteLine(summary);
            return AkhbarCli.Ok;
        });
        return command;
    }

    /// <summary>Runs the import and returns a one-line summary of what was kept and left out.</summary>
    public static string Run(string sourceFolder, string eventsFolder, string? curationPath)
    {
        var dictionaryPath = Path.Combine(sourceFolder, "CAMEO.ar.0.5.txt");
        if (!File.Exists(dictionaryPath))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{dictionaryPath} does not exist (check --universalpetrarch).");
        }

        var manifest = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(eventsFolder))!, "MANIFEST.tsv");
        if (!File.Exists(manifest))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{eventsFolder} is not a folder inside the resource folder (no MANIFEST.tsv beside it); pass --out src/Akhbar.Resources/Data/events.");
        }

        curationPath ??= Path.Combine(eventsFolder, CurationName);
        if (!File.Exists(curationPath))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{curationPath} does not exist (the hand-written curation file; check --curation).");
        }

        var codes = CameoCodes.Default;
        var stats = new DictionaryStats();
        var imported = ReadDictionary(dictionaryPath, codes, stats);
        var curation = ReadCuration(curationPath, codes);

        var entries = new List<LexiconEntry>();
        var dropped = 0;
        var recoded = 0;
        foreach (var c in curation)
        {
            // The dictionary lists verbs only, so a noun is always an addition.
            var exists = c.Entry.Kind == "verb" && imported.ContainsKey(c.Lemma);
            switch (c.Action)
            {
                case "drop" or "recode" when !exists:
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{curationPath}: '{c.Lemma}' is to {c.Action} but the dictionary has no such verb with a code.");
                case "add" when exists:
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{curationPath}: '{c.Lemma}' is to add but the dictionary already has it (use recode).");
                case "drop":
                    imported.Remove(c.Lemma);
                    dropped++;
                    break;
                case "recode":
                    imported.Remove(c.Lemma);
                    entries.Add(c.Entry);
                    recoded++;
                    break;
                default:
                    entries.Add(c.Entry);
                    break;
            }
        }

        var curatedCount = entries.Count;
        entries.AddRange(imported.Values.OrderBy(e => e.Lemma, StringComparer.Ordinal));

        // A form written by two entries goes to the first: curated rows in file order, then the dictionary's by lemma.
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var collisions = 0;
        foreach (var e in entries)
        {
            var forms = e.Kind == "verb" ? VerbForms.Of(e.Lemma) : VerbForms.OfNoun(e.Lemma);
            foreach (var form in forms.Concat(e.ExtraForms).Distinct(StringComparer.Ordinal))
            {
                var code = codes.Find(e.Cameo)!;
                var row = string.Join('\t', form, e.Lemma, e.Kind, e.Cameo, code.Plover ?? "", e.Preposition, e.NeedsPreposition ? "yes" : "no", string.Join(' ', e.Next), e.Origin);
                if (!rows.TryAdd(form, row))
                {
                    collisions++;
                }
            }
        }

        var output = new StringBuilder();
        output.Append("form\tlemma\tkind\tcameo\tplover\tprep\tneeds_prep\tnext\torigin\n");
        output.Append("# Generated by `akhbar resources import event-lexicon` from UniversalPetrarch CAMEO.ar.0.5.txt (../shared/data/cameo-arabic-universalpetrarch) and events/lexicon-curation.tsv; do not edit by hand.\n");
        foreach (var row in rows.Values)
        {
            output.Append(row).Append('\n');
        }

        Directory.CreateDirectory(eventsFolder);
        File.WriteAllText(Path.Combine(eventsFolder, FileName), output.ToString(), new UTF8Encoding(false));
        RecordProvenance(manifest);
        var verbObjects = ImportVerbObjects(dictionaryPath, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(curationPath))!, VerbObjectCurationName), eventsFolder, manifest, codes);
        return $"wrote {rows.Count} forms of {entries.Count} verbs and nouns to {Path.Combine(eventsFolder, FileName)}: "
            + $"{imported.Count} from the dictionary ({stats.Lemmas} lemma lines; skipped {stats.WithoutCode} without a code of their own, "
            + $"{stats.MultiWord} multi-word, {stats.UnknownCode} with a code the CAMEO table lacks), {curatedCount} curated "
            + $"({recoded} recoded, {curatedCount - recoded} added), {dropped} dropped; {collisions} forms shared by two entries kept the first; wrote {verbObjects}";
    }

    private sealed class DictionaryStats
    {
        public int Lemmas { get; set; }

        public int WithoutCode { get; set; }

        public int MultiWord { get; set; }

        public int UnknownCode { get; set; }
    }

    private sealed record LexiconEntry(string Lemma, string Kind, string Cameo, string Preposition, bool NeedsPreposition, string[] Next, string[] ExtraForms, string Origin);

    private sealed record CurationRow(string Lemma, string Action, LexiconEntry Entry);

    [GeneratedRegex(@"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"\[(\d{2,4})\]")]
    private static partial Regex LineCode();

    /// <summary>
    /// The verb lemma lines of CAMEO.ar.0.5.txt ("هاجم   [190]   # attack"), keyed by folded lemma. A lemma keeps the code
    /// written on its own line, or the block's code when it heads its block ("--- طرد [120] ---" then "طرد"); lemmas that
    /// only inherit a block's code are left out, because the blocks are English synonym sets translated word by word
    /// ("رفض [120]" lists رفض but also قرر "rule" and ملك "rule"). A lemma seen with several codes keeps the most frequent,
    /// the smallest code on a tie, so the choice never depends on the order of the file.
    /// </summary>
    private static Dictionary<string, LexiconEntry> ReadDictionary(string path, CameoCodes codes, DictionaryStats stats)
    {
        var votes = new Dictionary<(string Lemma, string Prep), Dictionary<string, int>>();
        string? head = null;
        string? headCode = null;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var header = BlockHeader().Match(raw);
            if (header.Success)
            {
                head = Fold(header.Groups[1].Value);
                headCode = header.Groups[2].Value.All(char.IsAsciiDigit) ? header.Groups[2].Value : null;
                continue;
            }

            var line = raw.Trim();
            if (head is null || line.Length == 0 || line[0] is '-' or '#' or '+' or '&')
            {
                continue;
            }

            stats.Lemmas++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var body = hash >= 0 ? line[..hash] : line;
            var codeMatch = LineCode().Match(body);
            var lemmaText = (codeMatch.Success ? body[..codeMatch.Index] : body).Trim();
            if (lemmaText.Length == 0 || lemmaText.Contains(' ', StringComparison.Ordinal) || lemmaText.Contains('_', StringComparison.Ordinal))
            {
                stats.MultiWord++;
                continue;
            }

            var parts = lemmaText.Split('+');
            var lemma = Fold(parts[0]);
            var prep = parts.Length == 2 ? Fold(parts[1]) : "";
            if (parts.Length > 2 || (prep.Length > 0 && !TargetPrepositions.Contains(prep)) || lemma.Length < 2)
            {
                stats.MultiWord++;
                continue;
            }

            var code = codeMatch.Success ? codeMatch.Groups[1].Value : Fold(lemmaText) == head ? headCode : null;
            if (code is null)
            {
                stats.WithoutCode++;
                continue;
            }

            if (codes.Find(code) is null)
            {
                stats.UnknownCode++;
                continue;
            }

            if (!votes.TryGetValue((lemma, prep), out var tally))
            {
                votes[(lemma, prep)] = tally = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            tally[code] = tally.GetValueOrDefault(code) + 1;
        }

        // One entry per lemma: the bare verb wins over a verb+preposition pattern of the same lemma; the preposition is
        // kept when the dictionary only knows the verb with it.
        var result = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var ((lemma, prep), tally) in votes.OrderBy(v => v.Key.Lemma, StringComparer.Ordinal).ThenBy(v => v.Key.Prep, StringComparer.Ordinal))
        {
            if (result.ContainsKey(lemma))
            {
                continue;
            }

            var code = tally.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;
            result[lemma] = new LexiconEntry(lemma, "verb", code, prep, false, [], [], "cameo.ar");
        }

        return result;
    }

    /// <summary>
    /// lexicon-curation.tsv: lemma, action (drop, recode, add), cameo, kind (verb or noun), prep, needs_prep (yes/no),
    /// next (words one of which must follow), forms (extra surface forms) and reason. Every row must give a reason.
    /// </summary>
    private static List<CurationRow> ReadCuration(string path, CameoCodes codes)
    {
        var rows = new List<CurationRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (f, where) in CurationLines(path, ["lemma", "action", "cameo", "kind", "prep", "needs_prep", "next", "forms", "reason"]))
        {
            var lemma = Fold(f[0]);
            var action = f[1];
            if (action is not ("drop" or "recode" or "add") || f[8].Trim().Length == 0 || !seen.Add(lemma + "\t" + f[3]))
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: needs an action of drop, recode or add, a reason, and a lemma not listed before.");
            }

            if (action != "drop" && (codes.Find(f[2]) is null || f[3] is not ("verb" or "noun") || f[5] is not ("yes" or "no")))
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: '{f[2]}' is not a CAMEO code of the table, or the kind is not verb/noun, or needs_prep is not yes/no.");
            }

            var entry = new LexiconEntry(lemma, f[3], f[2], Fold(f[4]), f[5] == "yes", Words(f[6]), Words(f[7]), "curated");
            rows.Add(new CurationRow(lemma, action, entry));
        }

        return rows;
    }

    /// <summary>
    /// The rows of a hand-written curation table: comment and empty lines skipped, the header checked against
    /// <paramref name="expected"/>, every row with as many tab-separated fields; each with its "path:line" for messages.
    /// </summary>
    private static IEnumerable<(string[] Fields, string Where)> CurationLines(string path, string[] expected)
    {
        var header = false;
        var number = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (raw.Length == 0 || raw[0] == '#')
            {
                continue;
            }

            var f = raw.Split('\t');
            if (!header)
            {
                header = f.SequenceEqual(expected) ? true
                    : throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: expected the header {string.Join(", ", expected)}.");
                continue;
            }

            var where = $"{path}:{number}";
            if (f.Length != expected.Length)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: expected {expected.Length} tab-separated fields, found {f.Length}.");
            }

            yield return (f, where);
        }
    }

    private static string[] Words(string field) => [.. field.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold).Distinct(StringComparer.Ordinal)];

    /// <summary>The project's lookup key; "ـ" and diacritics go, hamza carriers and ى fold (docs/ARCHITECTURE.md).</summary>
    private static string Fold(string text) => ArabicFolding.Fold(text.Trim().Normalize(NormalizationForm.FormC));

    private static void RecordProvenance(string manifest)
    {
        const string row = ResourceName
            + "\tUniversalPetrarch Arabic verb dictionary CAMEO.ar.0.5.txt, openeventdata/UniversalPetrarch branch arabic commit a0af422 (../shared/data/cameo-arabic-universalpetrarch); events/lexicon-curation.tsv written for Akhbar by its developers"
            + "\tMIT (c) 2016 Open Event Data Alliance; curation: same as the project"
            + "\t`akhbar resources import event-lexicon --universalpetrarch ../shared/data/cameo-arabic-universalpetrarch --out src/Akhbar.Resources/Data/events`: verb lemmas with a code on their own line (or heading their block), folded, most frequent code per lemma; lexicon-curation.tsv drops, recodes and adds lemmas (verbal nouns, key verbs) with reasons; surface forms derived by Akhbar.Arabic.Events.VerbForms; PLOVER type from events/cameo-codes.tsv";
        ResourceManifest.Record(manifest, ResourceName, row);
    }
}
