using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar eval clean</c>: how many scraper leftovers cleaning removes from the articles that the corpora's
/// residue-ids.tsv list, and how much text it removes from articles they do not list (which should be
/// close to nothing). Each residue type has a probe, written here independently of the cleaning rules,
/// that finds its leftovers in the raw article; a leftover counts as removed when no paragraph of the clean
/// text contains it any more. Probes also report leftovers that sit inside a content sentence (an e-mail
/// address in a sentence, a CNN disclaimer as a subordinate clause): cleaning keeps those on purpose, so
/// they are listed in the detail column and not counted.
/// </summary>
public static class EvalCleanCommand
{
    public const string AntCorpus = "ant-multisource";
    public const string SaudiCorpus = "saudinewsnet";

    public static Command Create()
    {
        var shared = EvalCommand.SharedOption();
        var sample = new Option<int>("--sample")
        {
            Description = "Articles per corpus, among those residue-ids.tsv does not list, on which to measure how much text cleaning removes.",
            DefaultValueFactory = _ => 2000,
        };
        var examples = new Option<int>("--examples")
        {
            Description = "Leftovers still present to print per residue type (to see what the rules miss).",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("clean", "Measure leftover removal on the listed residue articles and text kept on unlisted ones (ant-multisource, saudinewsnet).")
        {
            shared, sample, examples,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(sample);
            if (n < 1)
            {
                throw new CliUsageException("--sample must be at least 1.");
            }

            var result = Measure(EvalCommand.ResolveShared(parse.GetValue(shared)), n, parse.GetValue(examples));
            Print(result, parse.InvocationConfiguration.Output);
            return AkhbarCli.Ok;
        });
        return command;
    }

    /// <summary>One residue type of one corpus: listed articles, those where the probe found the leftover, leftovers and how many were removed.</summary>
    public sealed record ResidueRow(string Corpus, string Residue, int Articles, int Located, int Leftovers, int Removed, string Detail)
    {
        public double Recall => Leftovers == 0 ? 0 : (double)Removed / Leftovers;
    }

    /// <summary>What cleaning removed from unlisted articles: lines and characters of body text, and which rules fired.</summary>
    public sealed record ContentRow(string Corpus, int Articles, int Lines, int LinesRemoved, long Chars, long CharsRemoved)
    {
        public double LinesKept => Lines == 0 ? 1 : 1 - ((double)LinesRemoved / Lines);

        public double CharsKept => Chars == 0 ? 1 : 1 - ((double)CharsRemoved / Chars);
    }

    public sealed record RuleFiring(string Corpus, string Rule, int Count, string Example);

    /// <summary>
    /// The measurements; <paramref name="Cleaned"/> counts every article cleaned, and <paramref name="NotIdempotent"/>
    /// names those whose clean text, cleaned again as plain text, came out different (there should be none).
    /// </summary>
    public sealed record Result(List<ResidueRow> Residues, List<ContentRow> Content, List<RuleFiring> RulesOnUnlisted, List<string> Missed, int Cleaned, List<string> NotIdempotent)
    {
        public int Leftovers => Residues.Sum(r => r.Leftovers);

        public int Removed => Residues.Sum(r => r.Removed);

        public double Recall => Leftovers == 0 ? 0 : (double)Removed / Leftovers;

        public double LinesKept => 1 - ((double)Content.Sum(c => c.LinesRemoved) / Math.Max(1, Content.Sum(c => c.Lines)));

        public double CharsKept => 1 - ((double)Content.Sum(c => c.CharsRemoved) / Math.Max(1, Content.Sum(c => c.Chars)));
    }

    private sealed record Article(string Key, string? Title, string Text, string? Abstract);

    /// <summary>A leftover found by a probe: the text to look for in the clean paragraphs, and whether it sits inside a content sentence.</summary>
    private readonly record struct Leftover(string Text, bool Embedded);

    public static Result Measure(string shared, int samplePerCorpus, int examples = 0)
    {
        var cleaner = new ArticleCleaner();
        var residues = new List<ResidueRow>();
        var content = new List<ContentRow>();
        var fired = new List<RuleFiring>();
        var missed = new List<string>();
        var checker = new IdempotenceCheck(cleaner);

        var antDir = Path.Combine(shared, "data", "news", AntCorpus);
        var ant = ReadAnt(antDir);
        var antListed = ReadListed(Path.Combine(antDir, "residue-ids.tsv"), r => r[0], residueColumn: 2);
        var leads = new LeadIndex(ant.Values);
        Evaluate(AntCorpus, ant, antListed, leads, checker, samplePerCorpus, examples, residues, content, fired, missed);

        var saudiDir = Path.Combine(shared, "data", "news", SaudiCorpus);
        var saudi = ReadSaudi(saudiDir);
        var saudiListed = ReadListed(Path.Combine(saudiDir, "residue-ids.tsv"), r => r[0] + "#" + r[1], residueColumn: 3);
        Evaluate(SaudiCorpus, saudi, saudiListed, leads: null, checker, samplePerCorpus, examples, residues, content, fired, missed);

        return new Result(residues, content, fired, missed, checker.Cleaned, checker.Failures);
    }

    private static void Evaluate(
        string corpus,
        Dictionary<string, Article> articles,
        Dictionary<string, HashSet<string>> listed,
        LeadIndex? leads,
        IdempotenceCheck cleaner,
        int sample,
        int examples,
        List<ResidueRow> residues,
        List<ContentRow> content,
        List<RuleFiring> fired,
        List<string> missed)
    {
        var byType = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, types) in listed)
        {
            foreach (var t in types)
            {
                if (!byType.TryGetValue(t, out var keys))
                {
                    byType[t] = keys = [];
                }

                keys.Add(key);
            }
        }

        foreach (var (type, keys) in byType)
        {
            if (type.StartsWith("exact_duplicate", StringComparison.Ordinal))
            {
                // Duplicate records are a corpus matter, not text inside an article: nothing for cleaning to remove.
                continue;
            }

            int located = 0, leftovers = 0, removed = 0, embedded = 0, shown = 0;
            foreach (var key in keys)
            {
                if (!articles.TryGetValue(key, out var article))
                {
                    continue;
                }

                var found = Probe(type, article, leads);
                if (found.Count == 0)
                {
                    continue;
                }

                located++;
                var doc = cleaner.Clean(ToRaw(article));
                var paragraphs = ParagraphTexts(doc);
                foreach (var leftover in found)
                {
                    if (leftover.Embedded)
                    {
                        embedded++;
                        continue;
                    }

                    leftovers++;
                    if (!paragraphs.Any(p => p.Contains(leftover.Text, StringComparison.Ordinal)))
                    {
                        removed++;
                    }
                    else if (shown < examples)
                    {
                        shown++;
                        missed.Add($"{corpus} {type} {key}: {Truncate(leftover.Text, 140)}");
                    }
                }
            }

            var detail = embedded > 0 ? $"{embedded} more inside content sentences, kept on purpose" : string.Empty;
            residues.Add(new ResidueRow(corpus, type, keys.Count, located, leftovers, removed, detail));
        }

        MeasureContent(corpus, articles, listed, cleaner, sample, content, fired);
    }

    /// <summary>Cleans an even spread of unlisted articles and counts the body lines and characters that were removed.</summary>
    private static void MeasureContent(
        string corpus, Dictionary<string, Article> articles, Dictionary<string, HashSet<string>> listed, IdempotenceCheck cleaner, int sample,
        List<ContentRow> content, List<RuleFiring> fired)
    {
        var unlisted = articles.Values.Where(a => !listed.ContainsKey(a.Key)).ToList();
        var step = Math.Max(1, unlisted.Count / sample);
        int count = 0, lines = 0, linesRemoved = 0;
        long chars = 0, charsRemoved = 0;
        var rules = new SortedDictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
        for (var i = 0; i < unlisted.Count && count < sample; i += step)
        {
            var article = unlisted[i];
            count++;
            foreach (var line in article.Text.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0)
                {
                    lines++;
                    chars += trimmed.Length;
                }
            }

            var doc = cleaner.Clean(ToRaw(article));
            foreach (var r in doc.Removed)
            {
                if (r.Reason is RemovalReason.ControlChar or RemovalReason.DuplicateTitle)
                {
                    continue;
                }

                charsRemoved += r.Text.Trim().Length;
                if (r.Rule is not { } rule || !rule.Equals("share-widget", StringComparison.Ordinal))
                {
                    linesRemoved++;
                }

                var name = r.Rule ?? r.Reason.ToString();
                rules[name] = rules.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.Example) : (1, Truncate(r.Text, 90));
            }
        }

        content.Add(new ContentRow(corpus, count, lines, linesRemoved, chars, charsRemoved));
        fired.AddRange(rules.Select(kv => new RuleFiring(corpus, kv.Key, kv.Value.Count, kv.Value.Example)));
    }

    /// <summary>Cleans articles and checks on the way that cleaning the clean text again changes nothing.</summary>
    private sealed class IdempotenceCheck(ArticleCleaner cleaner)
    {
        public int Cleaned { get; private set; }

        public List<string> Failures { get; } = [];

        public Document Clean(RawArticle raw)
        {
            var doc = cleaner.Clean(raw);
            Cleaned++;
            var again = cleaner.Clean(new RawArticle { Id = raw.Id, Body = doc.Text });
            if (!string.Equals(again.Text, doc.Text, StringComparison.Ordinal))
            {
                Failures.Add(raw.Id);
            }

            return doc;
        }
    }

    private static RawArticle ToRaw(Article a) => new() { Id = a.Key, Title = a.Title, Body = a.Text };

    private static List<string> ParagraphTexts(Document doc)
    {
        var texts = doc.Paragraphs.Select(p => doc.Slice(p.Span)).ToList();
        if (doc.Title is { } t)
        {
            texts.Add(doc.Slice(t));
        }

        return texts;
    }

    private static readonly Regex ShareWidget = new(@"^شارك\s+من\s+خلال\s+[^\n]{0,60}?(اكتب\s+رأيك|بلس)", RegexOptions.CultureInvariant);
    private static readonly Regex Address = new(@"([\w.+-]+@[\w-]+(\.[\w-]+)+|@\w{2,}|https?://\S+|www\.\S+)", RegexOptions.CultureInvariant);
    private static readonly Regex SmsLine = new(@"(sms|zain|mobily|stc|موبايلي|زين|رسالة نصية|مسافة ثم)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex ClickHere = new(@"(اضغط|انقر|إضغط)\s+(هنا|على\s+(هذا\s+)?الرابط)", RegexOptions.CultureInvariant);
    private static readonly Regex CnnDisclaimer = new(@"(CNN|سي إن إن).{0,80}(التحقق|التأكد)|(التحقق|التأكد).{0,80}(CNN|سي إن إن)", RegexOptions.CultureInvariant);

    /// <summary>The leftovers of one residue type in the raw article, found without the cleaning rules.</summary>
    private static List<Leftover> Probe(string type, Article article, LeadIndex? leads)
    {
        var lines = article.Text.Split('\n').Select(l => UnicodeCleaner.Normalize(l)).Where(l => l.Length > 0).ToList();
        var found = new List<Leftover>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (type)
            {
                case "related_story_teasers":
                    // A teaser is the lead or summary of another story of the corpus; opinion pages end instead
                    // with a short starred credit line ("*نقلا عن ...", "**حقوق النشر ...").
                    if ((i >= 2 && leads is not null && leads.IsLeadOfAnother(line, article)) || (i >= lines.Count - 3 && line.StartsWith('*') && line.Length <= 80 && !line.Contains("المقالات", StringComparison.Ordinal)))
                    {
                        found.Add(new Leftover(line, false));
                    }

                    break;
                case "app_promo":
                    if (line.Contains("إشعارات", StringComparison.Ordinal) && line.Contains("تطبيق", StringComparison.Ordinal))
                    {
                        found.Add(new Leftover(line, line.Length > 250));
                    }

                    break;
                case "opinion_disclaimer":
                    if ((line.Contains("رأي كتاب", StringComparison.Ordinal) || line.Contains("آراء كتاب", StringComparison.Ordinal)) && line.Length < 150)
                    {
                        found.Add(new Leftover(line, false));
                    }

                    break;
                case "agency_credit_line":
                    if (line.Length <= 40 && line.Contains("فرانس", StringComparison.Ordinal) && line.Contains('/'))
                    {
                        found.Add(new Leftover(line, false));
                    }

                    break;
                case "cnn_verification_disclaimer":
                    if (CnnDisclaimer.IsMatch(line))
                    {
                        found.Add(new Leftover(line, IsLongerSentence(line)));
                    }

                    break;
                case "click_here":
                    if (ClickHere.IsMatch(line))
                    {
                        found.Add(new Leftover(line, line.Length > 200));
                    }

                    break;
                case "email_or_url":
                    var m = Address.Match(line);
                    if (m.Success)
                    {
                        // Only a line that is nothing but an address (with a short label) is a leftover.
                        found.Add(new Leftover(line, line.Length - m.Length > 30));
                    }

                    break;
                case "share_widget":
                    var w = ShareWidget.Match(line);
                    if (w.Success)
                    {
                        found.Add(new Leftover(w.Value, false));
                    }

                    break;
                case "sms_subscription":
                    if (SmsLine.IsMatch(line) && line.Any(char.IsDigit) && line.Length <= 200)
                    {
                        found.Add(new Leftover(line, false));
                    }

                    break;
                case "read_more":
                    if (line.Length <= 20 && line.Contains("المزيد", StringComparison.Ordinal))
                    {
                        found.Add(new Leftover(line, false));
                    }

                    break;
            }
        }

        return found;
    }

    /// <summary>A disclaimer that is a clause of a longer sentence reporting something (kept: the sentence is content).</summary>
    private static bool IsLongerSentence(string line)
    {
        var body = line.TrimEnd('.', ' ');
        return body.Length > 220 || body.Contains(". ", StringComparison.Ordinal) || body.Split('،').Length > 3;
    }

    /// <summary>The leads and summaries of every article of a corpus, to recognize a teaser of another story.</summary>
    private sealed class LeadIndex
    {
        private readonly Dictionary<string, List<(string Key, int TextHash)>> _leads = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _hash = new(StringComparer.Ordinal);

        public LeadIndex(IEnumerable<Article> articles)
        {
            foreach (var a in articles)
            {
                var hash = StringComparer.Ordinal.GetHashCode(a.Text);
                _hash[a.Key] = hash;
                var first = a.Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
                Add(first, a.Key, hash);
                Add(a.Abstract, a.Key, hash);
            }
        }

        public bool IsLeadOfAnother(string line, Article article)
        {
            var k = Skeleton(line);
            if (k.Length < 30 || !_leads.TryGetValue(k, out var owners))
            {
                return false;
            }

            var own = _hash[article.Key];
            return owners.Any(o => o.Key != article.Key && o.TextHash != own);
        }

        private void Add(string? text, string key, int hash)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var k = Skeleton(text);
            if (k.Length < 30)
            {
                return;
            }

            if (!_leads.TryGetValue(k, out var list))
            {
                _leads[k] = list = [];
            }

            list.Add((key, hash));
        }

        /// <summary>Folded letters and digits of the first 100 of them: the same lead survives small punctuation changes.</summary>
        private static string Skeleton(string s)
        {
            var folded = ArabicFolding.Fold(s);
            var b = new StringBuilder(100);
            foreach (var c in folded)
            {
                if (char.IsLetterOrDigit(c))
                {
                    b.Append(c);
                    if (b.Length == 100)
                    {
                        break;
                    }
                }
            }

            return b.ToString();
        }
    }

    private static Dictionary<string, Article> ReadAnt(string dir)
    {
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var file in CorpusFiles(dir, "*.jsonl", AntCorpus))
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (line.Length == 0)
                {
                    continue;
                }

                using var json = ParseJson(() => JsonDocument.Parse(line), $"{file} line {number}");
                var r = json.RootElement;
                var id = Str(r, "id") ?? throw new BadInputException(DiagnosticCodes.BadRecord, $"{file} line {number}: a record without an id.");
                articles[id] = new Article(id, Str(r, "title"), Str(r, "text") ?? string.Empty, Str(r, "abstract"));
            }
        }

        return articles;
    }

    private static Dictionary<string, Article> ReadSaudi(string dir)
    {
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var zip in CorpusFiles(dir, "*.zip", SaudiCorpus))
        {
            using var archive = ZipFile.OpenRead(zip);
            var entry = archive.Entries.FirstOrDefault(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                ?? throw new BadInputException(DiagnosticCodes.BadRecord, $"{zip}: no .json file inside.");
            using var stream = entry.Open();
            using var json = ParseJson(() => JsonDocument.Parse(stream), zip);
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{zip}: expected a JSON array of articles.");
            }

            var index = 0;
            foreach (var r in json.RootElement.EnumerateArray())
            {
                var key = Path.GetFileName(zip) + "#" + index.ToString(CultureInfo.InvariantCulture);
                articles[key] = new Article(key, Str(r, "title"), Str(r, "content") ?? string.Empty, null);
                index++;
            }
        }

        return articles;
    }

    /// <summary>The corpus files of a folder in name order; a one-line error when there are none.</summary>
    private static List<string> CorpusFiles(string dir, string pattern, string corpus)
    {
        var files = Directory.Exists(dir) ? Directory.GetFiles(dir, pattern).OrderBy(f => f, StringComparer.Ordinal).ToList() : [];
        return files.Count > 0 ? files : throw new FileNotFoundException($"no {corpus} files ({pattern}) in '{dir}'.");
    }

    private static JsonDocument ParseJson(Func<JsonDocument> parse, string where)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{where}: not valid JSON ({e.Message.Split('\n')[0]}).");
        }
    }

    /// <summary>residue-ids.tsv as article key to residue types (the header row is skipped).</summary>
    private static Dictionary<string, HashSet<string>> ReadListed(string path, Func<string[], string> key, int residueColumn)
    {
        var listed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length <= residueColumn)
            {
                continue;
            }

            var k = key(fields);
            if (!listed.TryGetValue(k, out var types))
            {
                listed[k] = types = new HashSet<string>(StringComparer.Ordinal);
            }

            types.Add(fields[residueColumn]);
        }

        return listed;
    }

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Truncate(string s, int max)
    {
        var one = s.Replace('\n', ' ').Trim();
        return one.Length <= max ? one : one[..max] + "…";
    }

    public static void Print(Result result, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine("Leftovers removed from the articles listed in residue-ids.tsv");
        o.WriteLine($"{"corpus",-16} {"residue",-28} {"listed",7} {"located",8} {"leftovers",10} {"removed",8} {"recall",7}  detail");
        foreach (var r in result.Residues)
        {
            var recall = r.Leftovers == 0 ? "n/a" : r.Recall.ToString("P1", c);
            o.WriteLine(string.Format(c, "{0,-16} {1,-28} {2,7} {3,8} {4,10} {5,8} {6,7}  {7}", r.Corpus, r.Residue, r.Articles, r.Located, r.Leftovers, r.Removed, recall, r.Detail));
        }

        o.WriteLine();
        o.WriteLine("Text removed from articles not listed (should be close to nothing)");
        o.WriteLine($"{"corpus",-16} {"articles",8} {"lines",8} {"removed",8} {"lines kept",10} {"chars",10} {"removed",8} {"chars kept",10}");
        foreach (var r in result.Content)
        {
            o.WriteLine(string.Format(c, "{0,-16} {1,8} {2,8} {3,8} {4,10:P2} {5,10} {6,8} {7,10:P2}", r.Corpus, r.Articles, r.Lines, r.LinesRemoved, r.LinesKept, r.Chars, r.CharsRemoved, r.CharsKept));
        }

        o.WriteLine();
        o.WriteLine("Rules that fired on articles not listed (look here for false positives)");
        foreach (var f in result.RulesOnUnlisted.OrderBy(f => f.Corpus, StringComparer.Ordinal).ThenByDescending(f => f.Count))
        {
            o.WriteLine(string.Format(c, "{0,-16} {1,-20} {2,5}  e.g. {3}", f.Corpus, f.Rule, f.Count, f.Example));
        }

        if (result.Missed.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Leftovers still present (examples)");
            foreach (var m in result.Missed)
            {
                o.WriteLine(m);
            }
        }

        o.WriteLine();
        o.WriteLine(string.Format(c, "clean(clean(x)) == clean(x): {0} of {1} cleaned articles differ{2}", result.NotIdempotent.Count, result.Cleaned,
            result.NotIdempotent.Count == 0 ? string.Empty : " (" + string.Join(", ", result.NotIdempotent.Take(10)) + ")"));
        o.WriteLine(string.Format(c, "summary: removed {0} of {1} leftovers ({2:P1}); on {3} unlisted articles {4:P2} of lines and {5:P2} of characters kept",
            result.Removed, result.Leftovers, result.Recall, result.Content.Sum(x => x.Articles), result.LinesKept, result.CharsKept));
    }
}
