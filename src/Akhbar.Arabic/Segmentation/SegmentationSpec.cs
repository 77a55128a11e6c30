using System.Text;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// A spec file of hand-checked words: <c>word TAB expected [TAB note]</c>, the expected segmentation with '+'
/// between segments (و+ب+ال+تالي). Lines starting with '#', blank lines and the <c>word</c> header are skipped.
/// </summary>
public static class SegmentationSpec
{
    public static List<SegmentedWord> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file.");
        }

        var words = new List<SegmentedWord>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, new UTF8Encoding(false, false)))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("word\t", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('\t');
            var expected = fields.Length >= 2 ? SegmentedWord.Parse(fields[1].Trim()) : null;
            if (expected is not { } parsed || parsed.Word != fields[0].Trim())
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}:{lineNumber}: expected word<TAB>segments joined by + that spell the word.");
            }

            words.Add(parsed);
        }

        if (words.Count == 0)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no spec lines (expected word<TAB>seg+seg).");
        }

        return words;
    }
}
