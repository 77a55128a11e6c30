using System.Text;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Arabic.Entities;

/// <summary>One entity of a nested NER file: its type as the file writes it and its words [Start, End).</summary>
public readonly record struct NestedSpan(string Type, int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>A sentence of a nested NER file: its words and every entity at every level of nesting.</summary>
public sealed record NestedSentence(string[] Words, IReadOnlyList<NestedSpan> Spans);

/// <summary>
/// Reads the nested NER format of the Wojood corpus (Jarrar, Khalilia and Ghanem, LREC 2022): "word TAG [TAG ...]"
/// per line, a blank line between sentences, one IOB2 tag per level of nesting ("الأسد I-ORG B-PERS": the word ends
/// an organization and is a person inside it). The types are kept as written; <see cref="WojoodConversion"/> maps
/// them to this project's four. The corpus marks paragraph joins with a "$#$" token tagged O, which is dropped:
/// it is no word, and news text never shows it.
/// </summary>
public static class WojoodReader
{
    private const string ParagraphMark = "$#$";

    public static List<NestedSentence> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file.");
        }

        using var reader = new StreamReader(path, new UTF8Encoding(false, false));
        return Read(reader, path);
    }

    public static List<NestedSentence> Read(TextReader reader, string where)
    {
        var sentences = new List<NestedSentence>();
        var words = new List<string>();
        var spans = new List<NestedSpan>();

        // Spans still open after the previous word, by the tag column they were written in.
        var open = new List<(string Type, int Start, int Column)>();
        var stillOpen = new List<(string Type, int Start, int Column)>();
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                Flush();
                continue;
            }

            if (fields.Length < 2)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}:{lineNumber}: expected \"word TAG [TAG ...]\", found one field; is this a Wojood NER file?");
            }

            if (fields[0] == ParagraphMark)
            {
                continue;
            }

            var index = words.Count;
            words.Add(fields[0]);
            stillOpen.Clear();
            for (var column = 1; column < fields.Length; column++)
            {
                var tag = fields[column];
                if (tag == "O")
                {
                    continue;
                }

                if (tag.Length < 3 || tag[0] is not ('B' or 'I') || tag[1] != '-')
                {
                    throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}:{lineNumber}: \"{tag}\" is not an IOB2 tag (O, B-TYPE or I-TYPE).");
                }

                var type = tag[2..];
                var continued = tag[0] == 'I' ? TakeOpen(type, column) : -1;
                stillOpen.Add(continued >= 0 ? (type, continued, column) : (type, index, column));
            }

            // Whatever was open and not continued by this word ended before it.
            foreach (var span in open)
            {
                spans.Add(new NestedSpan(span.Type, span.Start, index));
            }

            open.Clear();
            open.AddRange(stillOpen);
        }

        Flush();
        return sentences;

        // An I- tag continues the open span of its type in its own column, or else any open span of its type
        // (a deeper level can move to another column when an outer one ends); -1 when none is open (an I- tag
        // with no B-, read as a start).
        int TakeOpen(string type, int column)
        {
            var found = open.FindIndex(s => s.Type == type && s.Column == column);
            if (found < 0)
            {
                found = open.FindIndex(s => s.Type == type);
            }

            if (found < 0)
            {
                return -1;
            }

            var start = open[found].Start;
            open.RemoveAt(found);
            return start;
        }

        void Flush()
        {
            foreach (var span in open)
            {
                spans.Add(new NestedSpan(span.Type, span.Start, words.Count));
            }

            open.Clear();
            if (words.Count > 0)
            {
                sentences.Add(new NestedSentence([.. words], [.. spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length)]));
            }

            words.Clear();
            spans.Clear();
        }
    }
}
