using System.CommandLine;
using System.Globalization;
using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Model;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar eval html</c>: cleans the raw CNN Arabic page of ../shared/data/news/cnn-arabic-html and compares
/// the body text (title left out, as in the reference) with the expected extraction, at two levels:
/// lines (a paragraph of the output that is a paragraph of the reference, after folding white space) and
/// characters (the multiset of non-space characters in common, so a split or joined paragraph costs little).
/// </summary>
public static class EvalHtmlCommand
{
    public const string PageFile = "arabic_article.newspaper4k.html";
    public const string ExpectedFile = "arabic_article.newspaper4k.expected.txt";

    public static Command Create()
    {
        var shared = EvalCommand.SharedOption();
        var command = new Command("html", "Compare the text extracted from the CNN Arabic page in ../shared with its expected text (precision and recall).")
        {
            shared,
        };
        command.SetAction(parse =>
        {
            var dir = Path.Combine(EvalCommand.ResolveShared(parse.GetValue(shared)), "data", "news", "cnn-arabic-html");
            var score = Measure(File.ReadAllText(Path.Combine(dir, PageFile)), File.ReadAllText(Path.Combine(dir, ExpectedFile)));
            Print(score, parse.InvocationConfiguration.Output);
            return AkhbarCli.Ok;
        });
        return command;
    }

    public sealed record Score(int ExtractedLines, int ExpectedLines, int LinesMatched, long ExtractedChars, long ExpectedChars, long CharsMatched)
    {
        public double LinePrecision => ExtractedLines == 0 ? 0 : (double)LinesMatched / ExtractedLines;

        public double LineRecall => ExpectedLines == 0 ? 0 : (double)LinesMatched / ExpectedLines;

        public double CharPrecision => ExtractedChars == 0 ? 0 : (double)CharsMatched / ExtractedChars;

        public double CharRecall => ExpectedChars == 0 ? 0 : (double)CharsMatched / ExpectedChars;
    }

    public static Score Measure(string html, string expected)
    {
        var doc = new ArticleCleaner().Clean(new RawArticle { Id = "cnn-arabic-html", Body = html, Format = RawFormat.Html });
        var extracted = doc.Paragraphs.Select(p => doc.Slice(p.Span)).ToList();
        var reference = expected.Split('\n').Select(UnicodeCleaner.Normalize).Where(l => l.Length > 0).ToList();

        var pool = reference.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var linesMatched = 0;
        foreach (var line in extracted)
        {
            if (pool.TryGetValue(line, out var n) && n > 0)
            {
                pool[line] = n - 1;
                linesMatched++;
            }
        }

        var have = CharCounts(extracted);
        var want = CharCounts(reference);
        long common = 0;
        foreach (var (c, n) in have)
        {
            common += Math.Min(n, want.GetValueOrDefault(c));
        }

        return new Score(extracted.Count, reference.Count, linesMatched, have.Values.Sum(), want.Values.Sum(), common);
    }

    private static Dictionary<char, long> CharCounts(IEnumerable<string> lines)
    {
        var counts = new Dictionary<char, long>();
        foreach (var line in lines)
        {
            foreach (var c in line)
            {
                if (!char.IsWhiteSpace(c))
                {
                    counts[c] = counts.GetValueOrDefault(c) + 1;
                }
            }
        }

        return counts;
    }

    public static void Print(Score s, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Format(c, "lines:      extracted {0}, expected {1}, matched {2}; precision {3:P1}, recall {4:P1}", s.ExtractedLines, s.ExpectedLines, s.LinesMatched, s.LinePrecision, s.LineRecall));
        o.WriteLine(string.Format(c, "characters: extracted {0}, expected {1}, in common {2}; precision {3:P1}, recall {4:P1}", s.ExtractedChars, s.ExpectedChars, s.CharsMatched, s.CharPrecision, s.CharRecall));
        o.WriteLine(string.Format(c, "summary: html extraction character F1 {0:P1}, line F1 {1:P1}", F1(s.CharPrecision, s.CharRecall), F1(s.LinePrecision, s.LineRecall)));
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
