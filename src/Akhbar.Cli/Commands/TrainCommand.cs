using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Cli.Commands;

/// <summary><c>akhbar train ner</c>: trains the named-entity tagger from CoNLL gold data.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train the statistical models of Akhbar from gold data.");
        command.Subcommands.Add(CreateNer());
        command.Subcommands.Add(CreateClusters());
        command.Subcommands.Add(CreateEmbeddings());
        command.Subcommands.Add(CreateLexicon());
        command.Subcommands.Add(CreateNameLikeness());
        command.Subcommands.Add(CreatePseudo());
        command.Subcommands.Add(TrainEventFilterCommand.Create());
        command.Subcommands.Add(TrainStatementRootsCommand.Create());
        return command;
    }

    private static Command CreateNer()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file (word TAG per line, blank line between sentences).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL development file, scored after each epoch." };
        var devFraction = new Option<double>("--dev-fraction")
        {
            Description = "Without --dev: hold out this final fraction of the training sentences as the development set (0: none).",
            DefaultValueFactory = _ => 0,
        };
        var devFold = new Option<int>("--dev-fold")
        {
            Description = "With --dev-fraction f: hold out the k-th of the 1/f equal slices of the training sentences (from 0) instead of the last one, for cross-validation.",
            DefaultValueFactory = _ => -1,
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new TrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffle between epochs.", DefaultValueFactory = _ => new TrainingOptions().Seed };
        var dropout = new Option<double>("--word-dropout")
        {
            Description = "Chance that a training word is seen without its identity features, so that context and word classes learn to carry unseen names.",
            DefaultValueFactory = _ => new TrainingOptions().WordDropout,
        };
        var aggressiveness = new Option<double>("--aggressiveness")
        {
            Description = "0: perceptron updates; above 0: cost-augmented passive-aggressive updates (PA-I) capped at this step size.",
            DefaultValueFactory = _ => new TrainingOptions().Aggressiveness,
        };
        var missCost = new Option<double>("--miss-cost")
        {
            Description = "With --aggressiveness: cost of a wrong tag on a word of a name (1 on other words); above 1 favours recall.",
            DefaultValueFactory = _ => new TrainingOptions().MissCost,
        };
        var anergazet = new Option<string?>("--anergazet")
        {
            Description = "Benajiba's anergazet folder: add its names to the gazetteer features (folded into the model as hashed keys; the lists are not shipped).",
        };
        var clusters = new Option<string?>("--clusters") { Description = "Word classes made by 'akhbar train clusters', used as features and stored in the model." };
        var lexicon = new Option<string?>("--lexicon") { Description = "Type lexicon made by 'akhbar train lexicon', used as features and stored in the model." };
        var embeddings = new Option<string?>("--embeddings") { Description = "Classes of word vectors made by 'akhbar train embeddings', used as features and stored in the model." };
        var nameLikeness = new Option<string?>("--name-likeness") { Description = "Letter-based name scorer made by 'akhbar train name-likeness', its buckets used as features and the scorer stored in the model." };
        var bias = new Option<float>("--entity-bias")
        {
            Description = "Score added to every name tag: more recall for less precision. With development data, the F1 of a range of biases is printed to choose it.",
            DefaultValueFactory = _ => 0,
        };
        var prune = new Option<float>("--prune")
        {
            Description = "Drop features whose weights are all below this in magnitude (a smaller, faster model). With development data, the F1 of a range of thresholds is printed.",
            DefaultValueFactory = _ => 0,
        };
        var ensemble = new Option<int>("--ensemble")
        {
            Description = "Train this many models, with seeds --seed, --seed + 1, ..., and write their mean.",
            DefaultValueFactory = _ => 1,
        };
        var extra = new Option<string?>("--extra")
        {
            Description = "CoNLL file of extra training sentences (for example pseudo-labels made by 'akhbar train pseudo'); never part of the development split.",
        };
        var extraWeight = new Option<double>("--extra-weight")
        {
            Description = "Size of the updates on --extra sentences relative to gold ones.",
            DefaultValueFactory = _ => new TrainingOptions().ExtraWeight,
        };
        var wojood = new Option<string[]>("--wojood")
        {
            Description = "Files of the Wojood nested NER corpus (\"word TAG [TAG ...]\") whose sentences are added to the training data like --extra ones (updates scaled by --extra-weight), their types mapped by --wojood-types; never part of the development split.",
            AllowMultipleArgumentsPerToken = true,
        };
        var wojoodTypes = new Option<string>("--wojood-types")
        {
            Description = "With --wojood: which Wojood types become which of ours, as WOJOOD=PERS|LOC|ORG|MISC pairs separated by commas; types not listed are not names. Of nested entities the outermost mapped one is kept.",
            DefaultValueFactory = _ => WojoodConversion.DefaultTypes,
        };
        var wojoodAsIs = new Option<bool>("--wojood-as-is")
        {
            Description = "With --wojood: keep the mapped entities as Wojood draws them, instead of bringing them to the training file's conventions (leading words it leaves outside names cut off, names it types otherwise retyped).",
        };
        var secondOrder = new Option<bool>("--second-order") { Description = "Learn tag trigram weights and decode with second-order Viterbi." };
        var hidden = new Option<int>("--hidden")
        {
            Description = "Hidden units of a window network trained with the linear model, whose tag scores are added to its own (a hybrid model; 0: linear only).",
            DefaultValueFactory = _ => new TrainingOptions().Hidden,
        };
        var hiddenBuckets = new Option<int>("--hidden-buckets")
        {
            Description = "With --hidden: the network's first layer has 2^this rows, into which its inputs are hashed.",
            DefaultValueFactory = _ => new TrainingOptions().HiddenBucketBits,
        };
        var hiddenRate = new Option<double>("--hidden-rate")
        {
            Description = "With --hidden: the network's learning rate (the perceptron's step is one per feature).",
            DefaultValueFactory = _ => new TrainingOptions().HiddenRate,
        };
        var hiddenLocal = new Option<double>("--hidden-local")
        {
            Description = "With --hidden: weight of the network's own per-word cross-entropy loss, which teaches it on every word (0: only the mistakes of the whole).",
            DefaultValueFactory = _ => new TrainingOptions().HiddenLocalWeight,
        };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var command = new Command("ner", "Train the NER tagger (averaged structured perceptron, BIO Viterbi) and write the model file.")
        {
            train, dev, devFraction, devFold, epochs, seed, dropout, aggressiveness, missCost, anergazet, clusters, lexicon, embeddings, nameLikeness, bias, prune, ensemble, extra, extraWeight, wojood, wojoodTypes, wojoodAsIs, secondOrder, hidden, hiddenBuckets, hiddenRate, hiddenLocal, output,
        };
        command.SetAction(parse =>
        {
            var options = new TrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), WordDropout = parse.GetValue(dropout), Aggressiveness = parse.GetValue(aggressiveness), MissCost = parse.GetValue(missCost), ExtraWeight = parse.GetValue(extraWeight), SecondOrder = parse.GetValue(secondOrder), Hidden = parse.GetValue(hidden), HiddenBucketBits = parse.GetValue(hiddenBuckets), HiddenRate = parse.GetValue(hiddenRate), HiddenLocalWeight = parse.GetValue(hiddenLocal) };
            return Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(devFraction), parse.GetValue(devFold), parse.GetValue(extra), new WojoodInput(parse.GetValue(wojood) ?? [], parse.GetValue(wojoodTypes)!, parse.GetValue(wojoodAsIs), parse.GetResult(wojoodTypes) is { Implicit: false }), options, parse.GetValue(anergazet), parse.GetValue(clusters), parse.GetValue(lexicon), parse.GetValue(embeddings), parse.GetValue(nameLikeness), parse.GetValue(bias), parse.GetValue(prune), parse.GetValue(ensemble), parse.GetValue(output)!, parse.InvocationConfiguration.Output);
        });
        return command;
    }

    private static Command CreateClusters()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of *.jsonl.gz or *.jsonl files with a \"text\" field per line (for example arwiki-2017-comparable).",
            Required = true,
        };
        var vocabulary = new Option<int>("--vocabulary") { Description = "Most frequent stems that get classes.", DefaultValueFactory = _ => new ClusterOptions().Vocabulary };
        var contexts = new Option<int>("--contexts") { Description = "Most frequent stems that serve as left and right neighbours in the context vectors.", DefaultValueFactory = _ => new ClusterOptions().Contexts };
        var output = new Option<string>("--out") { Description = "Where to write the classes (input of 'akhbar train ner --clusters').", Required = true };
        var command = new Command("clusters", "Learn word classes from unlabeled text (PPMI of neighbours, random projection, spherical k-means).")
        {
            corpus, vocabulary, contexts, output,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var stdout = parse.InvocationConfiguration.Output;
            var options = new ClusterOptions { Vocabulary = parse.GetValue(vocabulary), Contexts = parse.GetValue(contexts) };
            if (options.Vocabulary < 1 || options.Contexts < 1)
            {
                throw new CliUsageException("--vocabulary and --contexts must be at least 1.");
            }

            var clusters = ClusterLearner.Learn(CorpusTexts(parse.GetValue(corpus)!), options, stdout);
            clusters.Save(parse.GetValue(output)!);
            stdout.WriteLine($"wrote {parse.GetValue(output)}: {clusters.WordCount:N0} stems, {watch.Elapsed.TotalSeconds:F1}s");
            return AkhbarCli.Ok;
        });
        return command;
    }

    private static Command CreateEmbeddings()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of *.jsonl.gz or *.jsonl files with a \"text\" field per line (for example arwiki-2017-comparable).",
            Required = true,
        };
        var defaults = new EmbeddingOptions();
        var vocabulary = new Option<int>("--vocabulary") { Description = "Most frequent stems that get vectors and classes.", DefaultValueFactory = _ => defaults.Vocabulary };
        var contexts = new Option<int>("--contexts") { Description = "Most frequent stems that count as context words.", DefaultValueFactory = _ => defaults.Contexts };
        var window = new Option<int>("--window") { Description = "Context words up to this many places each side.", DefaultValueFactory = _ => defaults.Window };
        var dimensions = new Option<int>("--dimensions") { Description = "Dimensions of the word vectors.", DefaultValueFactory = _ => defaults.Dimensions };
        var sizes = new Option<string>("--sizes") { Description = "Numbers of classes, comma-separated (one granularity each).", DefaultValueFactory = _ => string.Join(',', defaults.Sizes) };
        var output = new Option<string>("--out") { Description = "Where to write the classes (input of 'akhbar train ner --embeddings').", Required = true };
        var command = new Command("embeddings", "Learn word vectors from unlabeled text (PPMI of a window of context words, randomized SVD) and group them into classes by spherical k-means.")
        {
            corpus, vocabulary, contexts, window, dimensions, sizes, output,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var stdout = parse.InvocationConfiguration.Output;
            var parsedSizes = parse.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(x => int.TryParse(x, out var v) && v is >= 2 and <= ushort.MaxValue ? v : throw new CliUsageException($"--sizes: '{x}' is not a number of classes from 2 to {ushort.MaxValue}."))
                .ToArray();
            var options = defaults with
            {
                Vocabulary = parse.GetValue(vocabulary),
                Contexts = parse.GetValue(contexts),
                Window = parse.GetValue(window),
                Dimensions = parse.GetValue(dimensions),
                Sizes = parsedSizes,
            };
            if (options.Vocabulary < 1 || options.Contexts < 1 || options.Window < 1 || options.Dimensions < 1 || parsedSizes.Length is 0 or > 4)
            {
                throw new CliUsageException("--vocabulary, --contexts, --window and --dimensions must be at least 1, and --sizes give one to four granularities.");
            }

            var classes = EmbeddingLearner.Learn(CorpusTexts(parse.GetValue(corpus)!), options, stdout);
            classes.Save(parse.GetValue(output)!);
            stdout.WriteLine($"wrote {parse.GetValue(output)}: {classes.WordCount:N0} stems, {watch.Elapsed.TotalSeconds:F1}s");
            return AkhbarCli.Ok;
        });
        return command;
    }

    private static Command CreateLexicon()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of *.jsonl.gz or *.jsonl files with a \"text\" field per line (for example arwiki-2017-comparable).",
            Required = true,
        };
        var model = new Option<string>("--model") { Description = "The NER model that tags the corpus (for example one trained with a high --word-dropout, so that it reads names from their contexts).", Required = true };
        var minCount = new Option<int>("--min-count") { Description = "Stems seen fewer times than this get no entry.", DefaultValueFactory = _ => 3 };
        var entityBias = new Option<float?>("--entity-bias") { Description = "Tag the corpus with this entity bias instead of the model's own: a higher one finds more of the names the model is unsure of." };
        var output = new Option<string>("--out") { Description = "Where to write the lexicon (input of 'akhbar train ner --lexicon').", Required = true };
        var command = new Command("lexicon", "Tag unlabeled text with a NER model and record, per stem, how often it was part of each type of name.")
        {
            corpus, model, minCount, entityBias, output,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(minCount) < 1)
            {
                throw new CliUsageException("--min-count must be at least 1.");
            }

            var loaded = NerModel.Load(parse.GetValue(model)!);
            var tagger = new NerTagger(parse.GetValue(entityBias) is { } bias ? loaded.WithEntityBias(bias) : loaded);
            var lexicon = TypeLexiconBuilder.Build(tagger, CorpusTexts(parse.GetValue(corpus)!), parse.GetValue(minCount), stdout);
            lexicon.Save(parse.GetValue(output)!);
            stdout.WriteLine($"wrote {parse.GetValue(output)}: {lexicon.StemCount:N0} stems, {watch.Elapsed.TotalSeconds:F1}s");
            return AkhbarCli.Ok;
        });
        return command;
    }

    private static Command CreateNameLikeness()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of *.jsonl.gz or *.jsonl files with a \"text\" field per line (for example arwiki-2017-comparable).",
            Required = true,
        };
        var lexicon = new Option<string>("--lexicon") { Description = "The type lexicon made by 'akhbar train lexicon' from the same corpus: it says which corpus stems are names of which type.", Required = true };
        var anergazet = new Option<string?>("--anergazet") { Description = "Benajiba's anergazet folder: its names are examples too (only the learned weights are written)." };
        var defaults = new NameLikenessOptions();
        var minCount = new Option<int>("--min-count") { Description = "Corpus stems seen fewer times than this are no examples.", DefaultValueFactory = _ => defaults.MinCount };
        var output = new Option<string>("--out") { Description = "Where to write the scorer (input of 'akhbar train ner --name-likeness').", Required = true };
        var command = new Command("name-likeness", "Learn how names of each type are spelt (letter n-grams, logistic regression) from the shipped name lists and the corpus stems the type lexicon reads clearly.")
        {
            corpus, lexicon, anergazet, minCount, output,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(minCount) < 1)
            {
                throw new CliUsageException("--min-count must be at least 1.");
            }

            var names = NerResources.GazetteerEntries();
            if (parse.GetValue(anergazet) is { } folder)
            {
                names = names.Concat(AnerGazetReader.Entries(folder));
            }

            var examples = NameLikenessLearner.Examples(CorpusTexts(parse.GetValue(corpus)!), TypeLexicon.Load(parse.GetValue(lexicon)!), names, parse.GetValue(minCount), stdout);
            var scorer = NameLikenessLearner.Learn(examples, defaults, stdout);
            scorer.Save(parse.GetValue(output)!);
            stdout.WriteLine($"wrote {parse.GetValue(output)}: {scorer.BucketCount:N0} buckets, {watch.Elapsed.TotalSeconds:F1}s");
            return AkhbarCli.Ok;
        });
        return command;
    }

    private static Command CreatePseudo()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of *.jsonl.gz or *.jsonl files with a \"text\" field per line (for example arwiki-2017-comparable).",
            Required = true,
        };
        var model = new Option<string>("--model") { Description = "The NER model that tags the corpus.", Required = true };
        var defaults = new PseudoLabelOptions();
        var sentences = new Option<int>("--sentences") { Description = "At most this many sentences are written, drawn evenly from the confident ones.", DefaultValueFactory = _ => defaults.MaxSentences };
        var minMargin = new Option<double>("--min-margin")
        {
            Description = "Keep a sentence when every tag wins by at least this margin, in units of the model's mean weight magnitude.",
            DefaultValueFactory = _ => defaults.MinMargin,
        };
        var agree = new Option<string?>("--agree-model") { Description = "A second NER model (for example the context model): keep only sentences both models tag alike." };
        var allSentences = new Option<bool>("--with-nameless") { Description = "Also keep confident sentences in which the model found no name." };
        var output = new Option<string>("--out") { Description = "Where to write the sentences (CoNLL, input of 'akhbar train ner --extra').", Required = true };
        var command = new Command("pseudo", "Tag unlabeled text with a NER model and write the sentences it tags confidently, as self-training data.")
        {
            corpus, model, agree, sentences, minMargin, allSentences, output,
        };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(sentences) < 1 || parse.GetValue(minMargin) < 0)
            {
                throw new CliUsageException("--sentences must be at least 1 and --min-margin at least 0.");
            }

            var options = defaults with { MaxSentences = parse.GetValue(sentences), MinMargin = parse.GetValue(minMargin), RequireName = !parse.GetValue(allSentences) };
            var tagger = new NerTagger(NerModel.Load(parse.GetValue(model)!));
            var second = parse.GetValue(agree) is { } agreePath ? new NerTagger(NerModel.Load(agreePath)) : null;
            var labeled = PseudoLabeler.Label(tagger, CorpusTexts(parse.GetValue(corpus)!), options, stdout, second);
            ConllWriter.Write(labeled, parse.GetValue(output)!);
            stdout.WriteLine($"wrote {parse.GetValue(output)}: {labeled.Count:N0} sentences, {labeled.Sum(s => s.Words.Length):N0} words, {watch.Elapsed.TotalSeconds:F1}s");
            return AkhbarCli.Ok;
        });
        return command;
    }

    private static IEnumerable<string> CorpusTexts(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{folder}: no such folder.");
        }

        var files = Directory.GetFiles(folder, "*.jsonl.gz").Concat(Directory.GetFiles(folder, "*.jsonl")).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{folder}: no *.jsonl.gz or *.jsonl file.");
        }

        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var input = file.EndsWith(".gz", StringComparison.Ordinal) ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress) : (Stream)stream;
            using var reader = new StreamReader(input, System.Text.Encoding.UTF8);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                string? text;
                try
                {
                    using var json = System.Text.Json.JsonDocument.Parse(line);
                    text = json.RootElement.TryGetProperty("text", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : null;
                }
                catch (System.Text.Json.JsonException e)
                {
                    throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{file}: a line is not JSON ({e.Message}).");
                }

                if (text is not null)
                {
                    yield return text;
                }
            }
        }
    }

    private static int Run(string trainPath, string? devPath, double devFraction, int devFold, string? extraPath, WojoodInput wojood, TrainingOptions options, string? anergazet, string? clustersPath, string? lexiconPath, string? embeddingsPath, string? nameLikenessPath, float entityBias, float prune, int ensemble, string outPath, TextWriter stdout)
    {
        if (options.Epochs < 1 || options.WordDropout is < 0 or >= 1 || options.Aggressiveness < 0 || options.MissCost <= 0 || options.ExtraWeight <= 0)
        {
            throw new CliUsageException("--epochs must be at least 1, --word-dropout in [0, 1), --aggressiveness at least 0, --miss-cost and --extra-weight above 0.");
        }

        if (ensemble < 1)
        {
            throw new CliUsageException("--ensemble must be at least 1.");
        }

        if (wojood.Paths.Length == 0 && (wojood.TypesGiven || wojood.AsIs))
        {
            // Silently ignored, the setting would train a model without the sentences the user meant to add.
            throw new CliUsageException("--wojood-types and --wojood-as-is need --wojood files.");
        }

        if (options.Hidden is < 0 or > 1024 || options.HiddenBucketBits is < 8 or > 22 || options.HiddenRate <= 0 || options.HiddenLocalWeight < 0)
        {
            throw new CliUsageException("--hidden must be from 0 to 1024, --hidden-buckets from 8 to 22, --hidden-rate above 0 and --hidden-local at least 0.");
        }

        if (options.Hidden > 0 && ensemble > 1)
        {
            throw new CliUsageException("--hidden cannot be combined with --ensemble (the networks of several models cannot be averaged).");
        }

        if (devFraction is < 0 or >= 1 || (devPath is not null && devFraction > 0))
        {
            throw new CliUsageException("--dev-fraction must be in [0, 1) and cannot be combined with --dev.");
        }

        var watch = Stopwatch.StartNew();
        var sentences = ConllReader.ReadPath(trainPath, out _);
        var devSet = devPath is null ? [] : ConllReader.ReadPath(devPath, out _);
        if (devFold >= 0 && (devFraction <= 0 || devFold >= Math.Round(1 / devFraction)))
        {
            throw new CliUsageException("--dev-fold needs --dev-fraction f and must be below 1/f.");
        }

        if (devFraction > 0 && devFold < 0)
        {
            var cut = (int)Math.Round(sentences.Count * (1 - devFraction));
            devSet = sentences[cut..];
            sentences = sentences[..cut];
        }
        else if (devFraction > 0)
        {
            var from = (int)Math.Round(sentences.Count * devFraction * devFold);
            var to = (int)Math.Round(sentences.Count * devFraction * (devFold + 1));
            devSet = sentences[from..to];
            sentences = [.. sentences[..from], .. sentences[to..]];
        }

        var extraSet = extraPath is null ? [] : ConllReader.ReadPath(extraPath, out _);
        var wojoodSet = ReadWojood(wojood, sentences);
        stdout.WriteLine($"train: {sentences.Count:N0} sentences, {sentences.Sum(s => s.Words.Length):N0} words; dev: {devSet.Count:N0} sentences{(extraPath is null ? "" : $"; extra: {extraSet.Count:N0} sentences, {extraSet.Sum(s => s.Words.Length):N0} words")}{(wojood.Paths.Length == 0 ? "" : $"; Wojood: {wojoodSet.Count:N0} sentences, {wojoodSet.Sum(s => s.Words.Length):N0} words, {wojoodSet.Sum(s => s.Tags.Count(BioTags.IsBegin)):N0} names")}");
        extraSet = [.. extraSet, .. wojoodSet];
        var gazetteer = new Gazetteer();
        gazetteer.AddAll(NerResources.Gazetteer);
        if (anergazet is not null)
        {
            gazetteer.AddAll(AnerGazetReader.Read(anergazet));
        }

        var wordClusters = clustersPath is null ? WordClusters.Empty : WordClusters.Load(clustersPath);
        var typeLexicon = lexiconPath is null ? TypeLexicon.Empty : TypeLexicon.Load(lexiconPath);
        var embeddingClasses = embeddingsPath is null ? WordClusters.Empty : WordClusters.Load(embeddingsPath);
        var nameScorer = nameLikenessPath is null ? NameLikeness.Empty : NameLikeness.Load(nameLikenessPath);
        var trainer = new PerceptronTrainer(gazetteer, wordClusters, typeLexicon, embeddingClasses, nameScorer)
        {
            EpochDone = (epoch, model) =>
            {
                var line = $"epoch {epoch,2}  {watch.Elapsed.TotalSeconds,6:F1}s";
                if (devSet.Count > 0)
                {
                    var score = NerEvaluation.Score(new NerTagger(model), devSet);
                    line += $"  dev micro-F1 {score.Micro.F1 * 100:F2} (PERS {score.For(EntityType.Person).F1 * 100:F1}, LOC {score.For(EntityType.Location).F1 * 100:F1}, ORG {score.For(EntityType.Organization).F1 * 100:F1}, MISC {score.For(EntityType.Miscellaneous).F1 * 100:F1})";
                }

                stdout.WriteLine(line);
            },
        };
        var description = string.Create(CultureInfo.InvariantCulture, $"averaged perceptron; {options.Epochs} epochs, seed {options.Seed}, word dropout {options.WordDropout}; {(options.Aggressiveness > 0 ? $"passive-aggressive updates, C {options.Aggressiveness}, miss cost {options.MissCost}" : "perceptron updates")}{(options.SecondOrder ? "; second order" : "")}{(options.Hidden > 0 ? $"; window network of {options.Hidden} hidden units, 2^{options.HiddenBucketBits} rows, rate {options.HiddenRate}, local loss {options.HiddenLocalWeight}" : "")}; gazetteers: shipped{(anergazet is null ? "" : " + ANERgazet")} ({gazetteer.EntryCount} entries); word classes: {(clustersPath is null ? "none" : $"{Path.GetFileName(clustersPath)} ({wordClusters.WordCount} stems; {string.Join('/', wordClusters.Sizes)})")}; type lexicon: {(lexiconPath is null ? "none" : $"{Path.GetFileName(lexiconPath)} ({typeLexicon.StemCount} stems)")}{(embeddingsPath is null ? "" : $"; embedding classes: {Path.GetFileName(embeddingsPath)} ({embeddingClasses.WordCount} stems; {string.Join('/', embeddingClasses.Sizes)})")}{(nameLikenessPath is null ? "" : $"; name likeness: {Path.GetFileName(nameLikenessPath)} ({nameScorer.BucketCount} buckets)")}; trained on {Path.GetFileName(trainPath)} ({sentences.Count} sentences){(extraPath is null ? "" : $" + {Path.GetFileName(extraPath)} ({extraSet.Count - wojoodSet.Count} pseudo-labeled sentences, update weight {options.ExtraWeight})")}{(wojood.Paths.Length == 0 ? "" : $" + Wojood {string.Join(' ', wojood.Paths.Select(Path.GetFileName))} ({wojoodSet.Count} sentences, types {wojood.Types}{(wojood.AsIs ? ", as drawn" : ", to the training file's conventions")}, update weight {options.ExtraWeight})")}");
        var fullDescription = description + (ensemble > 1 ? $"; mean of {ensemble} models (seeds {options.Seed}-{options.Seed + ensemble - 1})" : "") + $"; entity bias {entityBias}; pruned below {prune}";
        var models = new List<NerModel>();
        for (var m = 0; m < ensemble; m++)
        {
            models.Add(trainer.Train(sentences, options with { Seed = options.Seed + m }, fullDescription, extraSet));
        }

        var trained = (ensemble == 1 ? models[0] : NerModel.Mean(models, fullDescription)).WithEntityBias(entityBias);
        if (ensemble > 1 && devSet.Count > 0)
        {
            var score = NerEvaluation.Score(new NerTagger(trained), devSet);
            stdout.WriteLine($"mean of {ensemble} models: dev micro-F1 {score.Micro.F1 * 100:F2} (PERS {score.For(EntityType.Person).F1 * 100:F1}, LOC {score.For(EntityType.Location).F1 * 100:F1}, ORG {score.For(EntityType.Organization).F1 * 100:F1}, MISC {score.For(EntityType.Miscellaneous).F1 * 100:F1})");
        }

        var result = prune > 0 ? trained.Pruned(prune) : trained;
        if (devSet.Count > 0)
        {
            // Biases and thresholds in units of the mean weight, so that the sweep means the same for
            // perceptron and passive-aggressive models (whose weights are much smaller).
            var unit = trained.WeightScale;
            stdout.WriteLine($"mean weight magnitude: {unit:G3}");
            float[] biases = [0, 0.5f, 1, 2, 3, 4, 6, 8];
            stdout.WriteLine("dev micro-F1 by entity bias: " + string.Join(", ", biases.Select(b => $"{b * unit:G3}: {NerEvaluation.Score(new NerTagger(result.WithEntityBias(b * unit)), devSet).Micro.F1 * 100:F2}")));
            float[] thresholds = [0.5f, 1, 2, 4];
            stdout.WriteLine("dev micro-F1 by pruning threshold: " + string.Join(", ", thresholds.Select(p =>
            {
                var pruned = trained.Pruned(p * unit);
                return $"{p * unit:G3}: {NerEvaluation.Score(new NerTagger(pruned), devSet).Micro.F1 * 100:F2} ({pruned.FeatureCount:N0} features)";
            })));
        }

        result.Save(outPath);
        stdout.WriteLine($"wrote {outPath}: {new FileInfo(outPath).Length / 1024.0:N0} KiB, {result.FeatureCount:N0} feature rows, {watch.Elapsed.TotalSeconds:F1}s in all");
        return AkhbarCli.Ok;
    }

    /// <summary>The Wojood files' sentences as training sentences; their conventions are read off the gold training part only (not the development split).</summary>
    private static List<LabeledSentence> ReadWojood(WojoodInput wojood, IReadOnlyList<LabeledSentence> training)
    {
        if (wojood.Paths.Length == 0)
        {
            return [];
        }

        var types = WojoodConversion.ParseTypes(wojood.Types);
        var conventions = wojood.AsIs ? null : NameConventions.From(training);
        return WojoodConversion.Convert([.. wojood.Paths.SelectMany(WojoodReader.ReadFile)], types, conventions);
    }

    /// <param name="TypesGiven">Whether --wojood-types was written on the command line (not its default).</param>
    private sealed record WojoodInput(string[] Paths, string Types, bool AsIs, bool TypesGiven);
}
