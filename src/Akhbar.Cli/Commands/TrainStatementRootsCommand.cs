using System.CommandLine;
using System.Globalization;
using Akhbar.Arabic;
using Akhbar.Arabic.Events;
using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using static Akhbar.Cli.Commands.Ratios;

namespace Akhbar.Cli.Commands;

/// <summary>
/// <c>akhbar train statement-roots</c>: trains the statement-root classifier (<see cref="StatementRootModel"/>) on gold
/// event folders, with <c>--cv</c> measures it by leave-one-folder-out cross-validation (pooled triples as <c>eval events</c>
/// scores them, with and without the classifier), and with <c>--out</c> writes the model file (docs/stages/events.md,
/// "Twenty-third session: a learned statement-root classifier"; Models/MODEL_CARD.md). Train on tuning folders only:
/// the blind sets must never shape a model.
/// </summary>
public static class TrainStatementRootsCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold event folders to train on (tuning sets only), each one group of the cross-validation.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var shared = EvalCommand.SharedOption();
        var cv = new Option<bool>("--cv") { Description = "Leave-one-folder-out cross-validation: pooled triples with and without the classifier." };
        var verbose = new Option<bool>("--verbose") { Description = "With --cv: list each statement the held-out models recode." };
        var output = new Option<string?>("--out") { Description = "Where to write the model (src/Akhbar.Resources/Models/statement-roots.tsv)." };
        var command = new Command("statement-roots", "Train the classifier that recodes plain statements (01x) as criticism, demands, threats and the like, on gold event folders.")
        {
            gold, shared, cv, verbose, output,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var folders = parse.GetValue(gold) ?? [];
            var path = parse.GetValue(output);
            if (folders.Length < 2 || (path is null && !parse.GetValue(cv)))
            {
                throw new CliUsageException("train statement-roots needs two or more --gold folders, and --out, --cv or both.");
            }

            foreach (var folder in folders)
            {
                if (!Directory.Exists(folder))
                {
                    throw new BadInputException(DiagnosticCodes.EmptyInput, $"{folder}: no such folder.");
                }
            }

            var articles = Load(folders, EvalCommand.ResolveShared(parse.GetValue(shared)));
            var instances = Instances(articles);
            var counts = string.Join(", ", instances.GroupBy(i => i.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count()));
            writer.WriteLine($"{articles.Count} articles in {folders.Length} folders; {instances.Count} statement events on a gold event of root 01 or {string.Join('/', StatementRootModel.Roots)}: {counts}");
            var notes = new List<string> { $"{instances.Count} training statements from {articles.Count} articles: {counts}" };
            // The most a perfect classifier could match: the plain statements that match as they are, and the others that
            // match once recoded as their gold root with the target the rules then give them.
            var ceiling = string.Join(", ", StatementRootModel.Roots.Select((root, r) => $"{root} {instances.Count(i => i.Label == root && i.RecodedMatches[r])}/{instances.Count(i => i.Label == root)}"));
            notes.Add($"matched as coded: {instances.Count(i => i.PlainMatches)}; recoded as their gold root, would match: {ceiling}");
            writer.WriteLine(notes[^1]);
            if (parse.GetValue(cv))
            {
                notes.AddRange(CrossValidate(articles, instances, parse.GetValue(verbose), writer));
            }

            if (path is not null)
            {
                var (l2, threshold, matched, plain) = StatementRootTraining.Choose(instances);
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"chosen on all folders by leave-one-folder-out cross-validation: L2 {l2}, threshold {threshold:0.##} ({matched} statements matched against {plain} left plain)"));
                var model = StatementRootTraining.Model(instances, l2, threshold, notes);
                writer.WriteLine(notes[^1]);
                var header = new List<string>
                {
                    "Akhbar statement-root classifier (docs/stages/events.md, Models/MODEL_CARD.md): one-vs-rest logistic regression per root over the statement features of EventFinder.StatementRoots.",
                    string.Create(CultureInfo.InvariantCulture, $"Trained on {DateTime.UtcNow:yyyy-MM-dd} on the tuning gold folders {string.Join(' ', folders.Select(f => Path.GetFileName(Path.TrimEndingDirectorySeparator(f))))} by:"),
                    $"akhbar train statement-roots --gold {string.Join(' ', folders)} --shared ../shared{(parse.GetValue(cv) ? " --cv" : "")} --out {path}",
                };
                using (var file = new StreamWriter(path))
                {
                    model.Write(file, header);
                }

                writer.WriteLine($"wrote {path}: {model.Weights.Sum(w => w.Value.Count)} weights");
            }

            return AkhbarCli.Ok;
        });
        return command;
    }

    /// <summary>A gold article, analyzed once, with its folder and its events as the rules code them without the classifier.</summary>
    private sealed record Article(string Group, string Id, string Text, EventGoldFile Gold, Document Doc)
    {
        public List<CodedEvent> Plain { get; set; } = [];

        public List<(CodedEvent Statement, IReadOnlyList<string> Features)> Statements { get; } = [];
    }

    /// <summary>Records what the rules show the classifier and changes nothing.</summary>
    private sealed class Recorder(Article article) : IStatementRootChooser
    {
        public string? CodeFor(CodedEvent statement, IReadOnlyList<string> features)
        {
            article.Statements.Add((statement, features));
            return null;
        }
    }

    /// <summary>Recodes every statement as one code: what each root would score.</summary>
    private sealed class Forced(string code) : IStatementRootChooser
    {
        public string? CodeFor(CodedEvent statement, IReadOnlyList<string> features) => code;
    }

    private static List<Article> Load(string[] folders, string sharedFolder)
    {
        var pipeline = ArabicPipeline.CreateDefault();
        var news = Path.Combine(sharedFolder, "data", "news");
        var cache = new Arabic.Time.Evaluation.GoldRecordCache(Storage.Ingestion.CorpusReader.ReadArticles);
        var articles = new List<Article>();
        foreach (var folder in folders)
        {
            var group = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(EventGoldFile.Load).Where(f => f.Annotated))
            {
                var gold = Arabic.Time.Evaluation.GoldArticle.Load(file.Path);
                var raw = gold.ReadRecord(news, cache);
                var article = new Article(group, gold.Id, raw.Body, file, pipeline.Process(raw));
                article.Plain = new EventStage(statementRoots: new Recorder(article)).Find(article.Doc);
                articles.Add(article);
            }
        }

        return articles;
    }

    /// <summary>
    /// The labeled statements: each statement event the rules coded 01x whose trigger overlaps a gold event of root 01 or of
    /// one of <see cref="StatementRootModel.Roots"/>, with what leaving it and recoding it as each root would score.
    /// </summary>
    private static List<StatementInstance> Instances(List<Article> articles)
    {
        var labeled = new List<(Article Article, CodedEvent Statement, IReadOnlyList<string> Features, GoldEvent Gold)>();
        foreach (var article in articles)
        {
            foreach (var (statement, features) in article.Statements)
            {
                if (GoldOn(article, statement) is { } g)
                {
                    labeled.Add((article, statement, features, g));
                }
            }
        }

        var codes = StatementRootTraining.MostFrequentCodes(labeled.Select(l => (l.Gold.Root, l.Gold.Cameo)));
        var recoded = new Dictionary<(Article, int), bool[]>();
        for (var r = 0; r < StatementRootModel.Roots.Length; r++)
        {
            var root = StatementRootModel.Roots[r];
            var forced = new EventStage(statementRoots: new Forced(codes[root]));
            foreach (var group in labeled.Where(l => l.Gold.Root == root).GroupBy(l => l.Article))
            {
                var events = forced.Find(group.Key.Doc);
                foreach (var (article, statement, _, g) in group)
                {
                    var key = (article, statement.Trigger.Start);
                    var flags = recoded.TryGetValue(key, out var seen) ? seen : recoded[key] = new bool[StatementRootModel.Roots.Length];
                    flags[r] = events.Find(e => e.Trigger == statement.Trigger && e.Cameo.StartsWith(root, StringComparison.Ordinal)) is { } e && Matches(article, e, g);
                }
            }
        }

        return labeled.Select(l => new StatementInstance(l.Article.Group, l.Gold.Root, l.Gold.Cameo, l.Features, Matches(l.Article, l.Statement, l.Gold),
            recoded.GetValueOrDefault((l.Article, l.Statement.Trigger.Start)) ?? new bool[StatementRootModel.Roots.Length])).ToList();
    }

    /// <summary>The first gold event whose trigger overlaps the statement's and whose root is 01 or one the classifier may choose.</summary>
    private static GoldEvent? GoldOn(Article article, CodedEvent statement)
    {
        if (article.Doc.Offsets.ToRaw(statement.Trigger) is not { } raw)
        {
            return null;
        }

        var trigger = new TextSpan(raw.Start, raw.End);
        return article.Gold.Events.FirstOrDefault(g => g.Trigger.Overlaps(trigger) && (g.Root == "01" || StatementRootModel.Roots.Contains(g.Root)));
    }

    /// <summary>Whether a coded event is the gold event's triple: root, flags, source and target, as <see cref="EventScore"/> matches them.</summary>
    private static bool Matches(Article article, CodedEvent e, GoldEvent g) =>
        PredictedEvents.From(article.Doc, [e]).Events is [var p] && p.Root == g.Root && p.Negated == g.Negated && p.Hypothetical == g.Hypothetical
        && EventScore.SameActor(g.Source, p.Source, article.Gold.Entities, article.Text) && EventScore.SameActor(g.Target, p.Target, article.Gold.Entities, article.Text);

    /// <summary>
    /// Leave-one-folder-out: each folder's articles are coded by the engine with a model trained on the other folders (its
    /// L2 strength and threshold chosen by a cross-validation on those folders alone), and scored as <c>eval events</c>
    /// scores them. Prints and returns the figures.
    /// </summary>
    private static List<string> CrossValidate(List<Article> articles, List<StatementInstance> instances, bool verbose, TextWriter writer)
    {
        var without = new EventScore(CameoCodes.Default);
        var with = new EventScore(CameoCodes.Default);
        int rightWithout = 0, rightWith = 0, labeled = 0, recoded = 0;
        foreach (var group in articles.Select(a => a.Group).Distinct(StringComparer.Ordinal))
        {
            var train = instances.Where(i => i.Group != group).ToList();
            var (l2, threshold, matched, plain) = StatementRootTraining.Choose(train);
            var stage = new EventStage(statementRoots: StatementRootTraining.Model(train, l2, threshold, []));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"held out {group}: L2 {l2}, threshold {threshold:0.##} (inner: {matched} matched against {plain} plain)"));
            foreach (var article in articles.Where(a => a.Group == group))
            {
                var events = stage.Find(article.Doc);
                without.Add(article.Id, article.Text, article.Gold, PredictedEvents.From(article.Doc, article.Plain));
                with.Add(article.Id, article.Text, article.Gold, PredictedEvents.From(article.Doc, events));
                foreach (var (statement, _) in article.Statements)
                {
                    if (GoldOn(article, statement) is not { } g)
                    {
                        continue;
                    }

                    labeled++;
                    var now = events.Find(e => e.Trigger == statement.Trigger && e.Source == statement.Source)?.Cameo ?? statement.Cameo;
                    rightWithout += g.Root == "01" ? 1 : 0;
                    rightWith += now[..2] == g.Root ? 1 : 0;
                    if (now != statement.Cameo)
                    {
                        recoded++;
                        if (verbose)
                        {
                            writer.WriteLine($"  {article.Id} {statement.Trigger} «{article.Doc.Slice(statement.Trigger)}» {statement.Cameo} -> {now}, gold {g.Cameo}");
                        }
                    }
                }
            }
        }

        var lines = new List<string>
        {
            Figures("leave-one-folder-out, rules alone", without),
            Figures("leave-one-folder-out, rules + classifier", with),
            string.Create(CultureInfo.InvariantCulture,
                $"leave-one-folder-out, roots right on the {labeled} statement triggers on a gold event of root 01 or {string.Join('/', StatementRootModel.Roots)}: rules alone {Percent(rightWithout, labeled):0.0}%, rules + classifier {Percent(rightWith, labeled):0.0}% ({recoded} recoded)"),
        };
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }

        return lines;
    }

    private static string Figures(string what, EventScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{what}: gold {s.Gold} predicted {s.Predicted} matched {s.RootMatched}, triples P {Percent(s.RootMatched, s.Predicted):0.0} R {Percent(s.RootMatched, s.Gold):0.0} F1 {100 * EventScore.F1(s.RootMatched, s.Predicted, s.Gold):0.0}");
}
