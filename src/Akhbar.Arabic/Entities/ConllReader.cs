using System.Text;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Reads NER gold data in the two-column CoNLL form of ANERcorp and AQMAR: "word TAG" per line, a blank
/// line between sentences. Tags are mapped to the PERS/LOC/ORG/MISC scheme by <see cref="MapTag"/>.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads a file, or every *.txt file of a directory in name order.</summary>
    public static List<LabeledSentence> ReadPath(string path, out int unknownTags)
    {
        unknownTags = 0;
        if (Directory.Exists(path))
        {
            var all = new List<LabeledSentence>();
            foreach (var file in Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal))
            {
                all.AddRange(ReadFile(file, out var unknown));
                unknownTags += unknown;
            }

            return all;
        }

        if (!File.Exists(path))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file or directory.");
        }

        return ReadFile(path, out unknownTags);
    }

    public static List<LabeledSentence> ReadFile(string path, out int unknownTags)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, false));
        return Read(reader, path, out unknownTags);
    }

    public static List<LabeledSentence> Read(TextReader reader, string where, out int unknownTags)
    {
        unknownTags = 0;
        var sentences = new List<LabeledSentence>();
        var words = new List<string>();
        var tags = new List<int>();
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            // The tag is the last field; a few ANERcorp lines have stray characters inside the word.
            var cut = trimmed.LastIndexOfAny([' ', '\t']);
            if (cut < 0)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}:{lineNumber}: expected \"word TAG\", found one field; is this a CoNLL NER file?");
            }

            var word = trimmed[..cut].Trim();
            var tag = MapTag(trimmed[(cut + 1)..], out var known);
            if (!known)
            {
                unknownTags++;
            }

            words.Add(word.Length > 0 ? word : "_");
            tags.Add(tag);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new LabeledSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }
    }

    /// <summary>
    /// Maps a gold tag to a <see cref="BioTags"/> id. ANERcorp: its four types, with its few misspellings
    /// (B-ERS, B-OEG, B-MSIC, lower case) corrected by edit distance. AQMAR: PER is PERS, and its
    /// article-specific MIS0..MIS3 (also written MIS, MIS-1, MISS1) and the language tags ENGLISH and
    /// SPANISH are MISC. Anything else (OO, IO) is O, with <paramref name="known"/> false.
    /// </summary>
    public static int MapTag(string raw, out bool known)
    {
        known = true;
        var tag = raw.Trim().ToUpperInvariant();
        if (tag == "O")
        {
            return BioTags.Outside;
        }

        if (tag.Length < 3 || tag[0] is not ('B' or 'I'))
        {
            known = false;
            return BioTags.Outside;
        }

        var inside = tag[0] == 'I';
        var type = tag[1..].TrimStart('-').TrimEnd('`');
        EntityType? mapped = type switch
        {
            "PERS" or "PER" or "ERS" or "PERS1" => EntityType.Person,
            "LOC" => EntityType.Location,
            "ORG" or "OEG" or "ORF" or "PRG" => EntityType.Organization,
            "MISC" or "MSIC" or "ENGLISH" or "SPANISH" => EntityType.Miscellaneous,
            _ when type.StartsWith("MIS", StringComparison.Ordinal) => EntityType.Miscellaneous,
            _ => null,
        };
        if (mapped is null)
        {
            known = false;
            return BioTags.Outside;
        }

        return inside ? BioTags.Inside(mapped.Value) : BioTags.Begin(mapped.Value);
    }
}
