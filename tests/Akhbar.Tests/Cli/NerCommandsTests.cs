using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

public sealed class NerCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-ner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Invented sentences, tagged by hand.</summary>
    private const string Gold = """
        زار O
        الرئيس O
        سامر B-PERS
        نادر I-PERS
        مدينة O
        حلب B-LOC

        وصل O
        سامر B-PERS
        إلى O
        دمشق B-LOC

        """;

    [Fact]
    public void Eval_prints_per_type_scores_and_ends_with_the_micro_F1_line()
    {
        var gold = Write("gold.txt", Gold);
        var (exit, output, _) = CliRunner.Run("eval", "ner", "--gold", gold, "--speed-seconds", "0");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Matches(@"^micro-F1 \d{1,3}\.\d\d$", lines[^1].TrimEnd());
        foreach (var type in new[] { "PERS", "LOC", "ORG", "MISC", "micro" })
        {
            Assert.Contains(lines, l => l.StartsWith(type + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Train_then_eval_with_the_trained_model()
    {
        var gold = Write("gold.txt", Gold);
        var model = Path.Combine(_dir, "m.akm");
        var (exit, output, error) = CliRunner.Run("train", "ner", "--train", gold, "--epochs", "5", "--word-dropout", "0", "--out", model);
        Assert.True(exit == 0, error);
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        var (evalExit, evalOutput, _) = CliRunner.Run("eval", "ner", "--gold", gold, "--model", model, "--speed-seconds", "0");
        Assert.Equal(0, evalExit);
        Assert.EndsWith("micro-F1 100.00", evalOutput.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Train_a_name_likeness_scorer_then_a_model_that_uses_it()
    {
        var gold = Write("gold.txt", Gold);
        var corpus = Directory.CreateDirectory(Path.Combine(_dir, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.jsonl"), "{\"text\": \"قال سامر إن الكتاب جديد. وقال سامر إن الكتاب كبير.\"}\n");
        var lexicon = Path.Combine(_dir, "lexicon.bin");
        new Akhbar.Arabic.Entities.TypeLexicon(new Dictionary<uint, ushort>
        {
            [Akhbar.Arabic.Entities.Gazetteer.HashOf("سامر")] = Akhbar.Arabic.Entities.TypeLexicon.Pack([4, 0, 0, 0]),
            [Akhbar.Arabic.Entities.Gazetteer.HashOf("كتاب")] = 0,
        }).Save(lexicon);
        var scorer = Path.Combine(_dir, "nl.bin");
        var (exit, output, error) = CliRunner.Run("train", "name-likeness", "--corpus", corpus, "--lexicon", lexicon, "--out", scorer);
        Assert.True(exit == 0, error);
        Assert.Contains("read as names", output, StringComparison.Ordinal);

        var model = Path.Combine(_dir, "m.akm");
        (exit, output, error) = CliRunner.Run("train", "ner", "--train", gold, "--epochs", "5", "--word-dropout", "0", "--name-likeness", scorer, "--out", model);
        Assert.True(exit == 0, error);
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        var (evalExit, evalOutput, _) = CliRunner.Run("eval", "ner", "--gold", gold, "--model", model, "--speed-seconds", "0");
        Assert.Equal(0, evalExit);
        Assert.Contains("name likeness: nl.bin", evalOutput, StringComparison.Ordinal);

        // A file that is not a scorer is refused in one line.
        (exit, _, error) = CliRunner.Run("train", "ner", "--train", gold, "--name-likeness", gold, "--out", model);
        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Train_a_passive_aggressive_ensemble_then_eval_it()
    {
        var gold = Write("gold.txt", Gold);
        var model = Path.Combine(_dir, "pa.akm");
        var (exit, output, error) = CliRunner.Run("train", "ner", "--train", gold, "--epochs", "5", "--word-dropout", "0", "--aggressiveness", "0.1", "--miss-cost", "2", "--ensemble", "2", "--out", model);
        Assert.True(exit == 0, error);
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        var (evalExit, evalOutput, _) = CliRunner.Run("eval", "ner", "--gold", gold, "--model", model, "--speed-seconds", "0");
        Assert.Equal(0, evalExit);
        Assert.Contains("passive-aggressive", evalOutput, StringComparison.Ordinal);
        Assert.EndsWith("micro-F1 100.00", evalOutput.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Train_with_Wojood_sentences_added_then_eval()
    {
        var gold = Write("gold.txt", Gold);
        var wojood = Write("wojood.txt", "زار O\nسامر B-PERS\nمدينة B-GPE\nحمص I-GPE\nأمس B-DATE\n\nقال O\nرئيس B-OCC\nحلب I-OCC B-GPE\n");
        var model = Path.Combine(_dir, "m.akm");
        var (exit, output, error) = CliRunner.Run("train", "ner", "--train", gold, "--epochs", "5", "--word-dropout", "0", "--wojood", wojood, "--out", model);
        Assert.True(exit == 0, error);
        Assert.Contains("Wojood: 2 sentences, 8 words, 3 names", output, StringComparison.Ordinal);
        var (evalExit, evalOutput, _) = CliRunner.Run("eval", "ner", "--gold", gold, "--model", model, "--speed-seconds", "0");
        Assert.Equal(0, evalExit);
        Assert.Contains("micro-F1", evalOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_Wojood_type_mapping_is_a_one_line_error_with_exit_code_1()
    {
        var gold = Write("gold.txt", Gold);
        var wojood = Write("wojood.txt", "زار O\nسامر B-PERS\n");
        var (exit, _, error) = CliRunner.Run("train", "ner", "--train", gold, "--wojood", wojood, "--wojood-types", "PERS=PERSON", "--out", Path.Combine(_dir, "x.akm"));
        Assert.Equal(1, exit);
        Assert.Contains("PERS=PERSON", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--wojood-types", "PERS=PERS")]
    [InlineData("--wojood-as-is", null)]
    public void A_Wojood_setting_without_Wojood_files_is_a_usage_error(string option, string? value)
    {
        // Said silently, it would train without the sentences the user meant to add.
        var gold = Write("gold.txt", Gold);
        string[] args = ["train", "ner", "--train", gold, option, .. value is null ? Array.Empty<string>() : [value], "--out", Path.Combine(_dir, "x.akm")];
        var (exit, _, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--wojood", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ensemble_of_no_models_is_a_usage_error()
    {
        var gold = Write("gold.txt", Gold);
        var (exit, _, error) = CliRunner.Run("train", "ner", "--train", gold, "--ensemble", "0", "--out", Path.Combine(_dir, "x.akm"));
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--ensemble", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_file_is_a_one_line_error_with_exit_code_1()
    {
        var (exit, _, error) = CliRunner.Run("eval", "ner", "--gold", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("akhbar:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_exit_code_1()
    {
        var gold = Write("gold.txt", Gold);
        var junk = Write("junk.akm", "not a model");
        var (exit, _, error) = CliRunner.Run("eval", "ner", "--gold", gold, "--model", junk);
        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Import_needs_a_source()
    {
        var (exit, _, error) = CliRunner.Run("resources", "import", "gazetteer", "--out", _dir);
        Assert.Equal(2, exit);
        Assert.Contains("--geonames", error, StringComparison.Ordinal);
    }
}
