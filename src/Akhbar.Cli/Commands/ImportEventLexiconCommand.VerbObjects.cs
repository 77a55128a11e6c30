using System.Text;
using System.Text.RegularExpressions;
using Akhbar.Arabic.Events;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Cli.Commands;

/// <summary>
/// The verb+object half of the event lexicon import: UniversalPetrarch puts the code of many verbs on the object noun of a
/// pattern ("--- قدم [---] ---" ... "- * تعزية [018]"): the verb alone is no event, the verb with that noun is. This part
/// reads those patterns, applies the hand-written <c>events/verb-object-curation.tsv</c> and writes
/// <c>events/verb-objects.tsv</c>, one row per kept verb and object with their surface forms.
/// </summary>
public static partial class ImportEventLexiconCommand
{
    public const string VerbObjectsName = "verb-objects.tsv";

    public const string VerbObjectCurationName = "verb-object-curation.tsv";

    public const string VerbObjectsResourceName = "events/" + VerbObjectsName;

    /// <summary>A pattern whose object is one Arabic word and nothing else ("- * تعزية [018] # ..."); the code is group 2.</summary>
    [GeneratedRegex(@"^-\s*\*\s*(\p{IsArabic}+)\s*\[(\d{2,4})\]")]
    private static partial Regex SingleWordObject();

    private sealed record VerbObject(string Verb, string Link, string Object);

    private sealed record VerbObjectRow(VerbObject Key, string Cameo, string Preposition, string[] VerbForms, string VerbalNoun, string[] ObjectForms, string Origin);

    /// <summary>Counts of what the pattern reading kept and left out, for the summary line.</summary>
    private sealed class PatternStats
    {
        public int Patterns { get; set; }

        public int OtherPatterns { get; set; }

        public int Pairs { get; set; }
    }

    /// <summary>
    /// The verb+object pairs of the dictionary with their codes: every single-word verb lemma of a block ("قدم", or
    /// "أعرب+عن" with the preposition that links it to the object) with every single-word object pattern of that block.
    /// Patterns with synonym sets (&amp;WEAPON), phrases in braces or prepositional conditions are left out: their object
    /// is not one word the event stage can look for. A pair seen with several codes keeps all of them; the curation
    /// says which is right.
    /// </summary>
    private static Dictionary<VerbObject, SortedSet<string>> ReadObjectPatterns(string path, CameoCodes codes, PatternStats stats)
    {
        var pairs = new Dictionary<VerbObject, SortedSet<string>>();
        var verbs = new List<(string Verb, string Link)>();
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            if (BlockHeader().IsMatch(raw))
            {
                verbs.Clear();
                continue;
            }

            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or '+' or '&')
            {
                continue;
            }

            if (line[0] != '-')
            {
                var hash = line.IndexOf('#', StringComparison.Ordinal);
                var lemmaText = (hash >= 0 ? line[..hash] : line).Trim();
                var code = LineCode().Match(lemmaText);
                lemmaText = (code.Success ? lemmaText[..code.Index] : lemmaText).Trim();
                var parts = lemmaText.Split('+');
                if (lemmaText.Length > 0 && !lemmaText.Contains(' ', StringComparison.Ordinal) && !lemmaText.Contains('_', StringComparison.Ordinal)
                    && parts.Length <= 2 && Fold(parts[0]).Length >= 2)
                {
                    verbs.Add((Fold(parts[0]), parts.Length == 2 ? Fold(parts[1]) : ""));
                }

                continue;
            }

            stats.Patterns++;
            var pattern = SingleWordObject().Match(line);
            if (!pattern.Success || codes.Find(pattern.Groups[2].Value) is null)
            {
                stats.OtherPatterns++;
                continue;
            }

            var noun = Fold(pattern.Groups[1].Value);
            foreach (var (verb, link) in verbs)
            {
                var key = new VerbObject(verb, link, noun);
                if (!pairs.TryGetValue(key, out var found))
                {
                    pairs[key] = found = new SortedSet<string>(StringComparer.Ordinal);
                }

                found.Add(pattern.Groups[2].Value);
            }
        }

        stats.Pairs = pairs.Count;
        return pairs;
    }

    /// <summary>
    /// Writes events/verb-objects.tsv from the dictionary's pairs and verb-object-curation.tsv. Only pairs the curation
    /// keeps, recodes or adds are written: the dictionary pairs every verb of an English synonym set with every object of
    /// the set's patterns, so an unreviewed pair is more often wrong than right ("شن" + "اتفاق" coded 057). Returns the
    /// summary's words.
    /// </summary>
    private static string ImportVerbObjects(string dictionaryPath, string curationPath, string eventsFolder, string manifest, CameoCodes codes)
    {
        if (!File.Exists(curationPath))
        {
            throw new BadInputException(DiagnosticCodes.EmptyInput, $"{curationPath} does not exist (the hand-written verb+object curation file, read beside lexicon-curation.tsv).");
        }

        var stats = new PatternStats();
        var pairs = ReadObjectPatterns(dictionaryPath, codes, stats);
        // Rows in ordinal order of their text, so the file never depends on the order of the curation.
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        int kept = 0, recoded = 0, added = 0, dropped = 0;
        foreach (var (row, action, where) in ReadVerbObjectCuration(curationPath, codes))
        {
            var known = pairs.TryGetValue(row.Key, out var dictionaryCodes);
            switch (action)
            {
                case "keep" or "recode" or "drop" when !known:
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: '{row.Key.Verb} {row.Key.Link} {row.Key.Object}' is to {action} but the dictionary has no such verb+object pattern.");
                case "add" when known:
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: '{row.Key.Verb} {row.Key.Link} {row.Key.Object}' is to add but the dictionary has it (use keep or recode).");
                case "keep" when !dictionaryCodes!.Contains(row.Cameo):
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: keep needs one of the dictionary's codes ({string.Join(' ', dictionaryCodes!)}); use recode for {row.Cameo}.");
                case "recode" when dictionaryCodes!.Contains(row.Cameo):
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: the dictionary already gives {row.Cameo} (use keep).");
                case "drop":
                    dropped++;
                    continue;
            }

            if (action == "keep")
            {
                kept++;
            }
            else if (action == "recode")
            {
                recoded++;
            }
            else
            {
                added++;
            }

            var code = codes.Find(row.Cameo)!;
            rows.Add(string.Join('\t',
                row.Key.Verb, string.Join(' ', row.VerbForms), row.VerbalNoun, row.Key.Link, row.Key.Object, string.Join(' ', row.ObjectForms), row.Cameo, code.Plover ?? "", row.Preposition, row.Origin));
        }

        var output = new StringBuilder();
        output.Append("verb\tverb_forms\tverbal_noun\tlink\tobject\tobject_forms\tcameo\tplover\tprep\torigin\n");
        output.Append("# Generated by `akhbar resources import event-lexicon` from UniversalPetrarch CAMEO.ar.0.5.txt's object patterns and events/verb-object-curation.tsv; do not edit by hand.\n");
        foreach (var row in rows)
        {
            output.Append(row).Append('\n');
        }

        File.WriteAllText(Path.Combine(eventsFolder, VerbObjectsName), output.ToString(), new UTF8Encoding(false));
        RecordVerbObjectProvenance(manifest);
        return $"{rows.Count} verb+object pairs to {Path.Combine(eventsFolder, VerbObjectsName)} ({stats.Patterns} object patterns, "
            + $"{stats.OtherPatterns} not a single object word; {stats.Pairs} dictionary pairs, {kept} kept, {recoded} recoded, {dropped} dropped, "
            + $"{stats.Pairs - kept - recoded - dropped} not reviewed and left out; {added} added)";
    }

    /// <summary>
    /// verb-object-curation.tsv: verb (its past lemma), link (the preposition between verb and object, "أعرب عن قلقه"),
    /// object (the noun in the singular), action (keep, recode, add, drop), cameo, prep (before the target), verb_forms
    /// and object_forms (surface forms the regular derivation misses), verbal_noun (the masdar: رفع for رفع, إطلاق for
    /// أطلق; the event stage reads a form written like it as the noun), reason. Every row must give a reason.
    /// </summary>
    private static List<(VerbObjectRow Row, string Action, string Where)> ReadVerbObjectCuration(string path, CameoCodes codes)
    {
        string[] expected = ["verb", "link", "object", "action", "cameo", "prep", "verb_forms", "object_forms", "verbal_noun", "reason"];
        var rows = new List<(VerbObjectRow, string, string)>();
        var seen = new HashSet<VerbObject>();
        foreach (var (f, where) in CurationLines(path, expected))
        {
            var key = new VerbObject(Fold(f[0]), Fold(f[1]), Fold(f[2]));
            var action = f[3];
            if (key.Verb.Length < 2 || key.Object.Length < 2 || action is not ("keep" or "recode" or "add" or "drop") || f[9].Trim().Length == 0 || !seen.Add(key))
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: needs a verb, an object, an action of keep, recode, add or drop, a reason, and a pair not listed before.");
            }

            if (action != "drop" && codes.Find(f[4]) is null)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: '{f[4]}' is not a CAMEO code of the table.");
            }

            var verbForms = VerbForms.Of(key.Verb).Concat(Words(f[6])).Distinct(StringComparer.Ordinal).ToArray();
            var objectForms = VerbForms.OfNoun(key.Object).Concat(Words(f[7])).Distinct(StringComparer.Ordinal).ToArray();
            var origin = action == "add" ? "curated" : "cameo.ar";
            rows.Add((new VerbObjectRow(key, f[4], Fold(f[5]), verbForms, Fold(f[8]), objectForms, origin), action, where));
        }

        return rows;
    }

    private static void RecordVerbObjectProvenance(string manifest)
    {
        const string row = VerbObjectsResourceName
            + "\tUniversalPetrarch Arabic verb dictionary CAMEO.ar.0.5.txt (object patterns), openeventdata/UniversalPetrarch branch arabic commit a0af422 (../shared/data/cameo-arabic-universalpetrarch); events/verb-object-curation.tsv written for Akhbar by its developers"
            + "\tMIT (c) 2016 Open Event Data Alliance; curation: same as the project"
            + "\t`akhbar resources import event-lexicon --universalpetrarch ../shared/data/cameo-arabic-universalpetrarch --out src/Akhbar.Resources/Data/events`: each block's single-word verb lemmas paired with its single-word object patterns (\"- * تعزية [018]\"), folded; only the pairs verb-object-curation.tsv keeps, recodes or adds are written; verb forms derived by Akhbar.Arabic.Events.VerbForms, object forms by VerbForms.OfNoun; PLOVER type from events/cameo-codes.tsv";
        ResourceManifest.Record(manifest, VerbObjectsResourceName, row);
    }
}
