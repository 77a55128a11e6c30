using System.Text.Json.Nodes;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary>
/// <c>akhbar eval events|entities --gold A --compare B</c>: a folder of annotations compared with itself scores 100, a copy
/// with one event's code and one entity's type changed scores less. The fixtures are copies of three gold/dev files that
/// the test tampers with itself.
/// </summary>
public sealed class EvalCompareTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-eval-compare-");

    public void Dispose() => _temp.Dispose();

    /// <summary>Copies the first three gold/dev files with events into <paramref name="name"/>, tampering with the first when asked.</summary>
    private string Fixture(string name, bool tamper)
    {
        var files = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "gold", "dev"), "*.json").Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), JsonNode.Parse(File.ReadAllText(p))!))
            .Where(f => f.Item2["events"]!.AsArray().Count > 0).Take(3).ToList();
        if (tamper)
        {
            var first = files[0].Item2;
            var ev = first["events"]![0]!;
            ev["cameo"] = ev["cameo"]!.GetValue<string>().StartsWith("01", StringComparison.Ordinal) ? "111" : "010";
            var entity = first["entities"]![0]!;
            entity["type"] = entity["type"]!.GetValue<string>() == "ORG" ? "MISC" : "ORG";
        }

        return _temp.Folder(name, files.Select(f => (f.Item1, f.Item2.ToJsonString())).ToArray());
    }

    private static string Line(string output, string start) =>
        output.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));

    [SharedFact]
    public void Events_of_a_folder_against_itself_score_100_and_a_tampered_copy_less()
    {
        var gold = Fixture("a", tamper: false);
        var (exit, same, err) = CliRunner.Run("eval", "events", "--gold", gold, "--compare", gold, "--shared", SharedData.Root!);
        Assert.True(exit == 0, err);
        Assert.Contains("P 100.0  R 100.0  F1 100.0", Line(same, "triples (source, CAMEO root, target)"), StringComparison.Ordinal);
        Assert.Contains("P 100.0  R 100.0  F1 100.0", Line(same, "triples (source, PLOVER type, target)"), StringComparison.Ordinal);
        Assert.Contains("P 100.0  R 100.0  F1 100.0", Line(same, "triggers"), StringComparison.Ordinal);

        var (_, tampered, _) = CliRunner.Run("eval", "events", "--gold", gold, "--compare", Fixture("b", tamper: true), "--shared", SharedData.Root!);
        Assert.DoesNotContain("F1 100.0", Line(tampered, "triples (source, CAMEO root, target)"), StringComparison.Ordinal);
        Assert.Contains("P 100.0  R 100.0  F1 100.0", Line(tampered, "triggers"), StringComparison.Ordinal);
    }

    [SharedFact]
    public void Entities_of_a_folder_against_itself_score_100_and_a_tampered_copy_less()
    {
        var gold = Fixture("a", tamper: false);
        var (exit, same, err) = CliRunner.Run("eval", "entities", "--gold", gold, "--compare", gold, "--shared", SharedData.Root!);
        Assert.True(exit == 0, err);
        Assert.Contains("P 100.0  R 100.0  F1 100.0", Line(same, "entities"), StringComparison.Ordinal);

        var (_, tampered, _) = CliRunner.Run("eval", "entities", "--gold", gold, "--compare", Fixture("b", tamper: true), "--shared", SharedData.Root!);
        Assert.DoesNotContain("F1 100.0", Line(tampered, "entities  P"), StringComparison.Ordinal);
    }

    [SharedFact]
    public void A_compared_folder_without_the_gold_files_is_one_line_and_exit_1()
    {
        var (exit, _, err) = CliRunner.Run("eval", "entities", "--gold", Fixture("a", tamper: false), "--compare", _temp.Folder("empty"), "--shared", SharedData.Root!);
        Assert.Equal(1, exit);
        Assert.Contains("missing", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [SharedFact]
    public void A_compared_mention_outside_the_text_is_one_line_and_exit_1_for_events_and_entities()
    {
        var gold = Fixture("a", tamper: false);
        var compared = Fixture("b", tamper: false);
        var first = Directory.GetFiles(compared, "*.json").Order(StringComparer.Ordinal).First();
        var json = JsonNode.Parse(File.ReadAllText(first))!;
        json["entities"]![0]!["mentions"]![0]!["end"] = 10_000_000;
        File.WriteAllText(first, json.ToJsonString());
        foreach (var layer in new[] { "events", "entities" })
        {
            var (exit, _, err) = CliRunner.Run("eval", layer, "--gold", gold, "--compare", compared, "--shared", SharedData.Root!, "--verbose");
            Assert.Equal(1, exit);
            Assert.Contains("outside the record's text", err, StringComparison.Ordinal);
            Assert.Single(err.Trim().Split('\n'));
        }
    }

    [Fact]
    public void Compare_without_gold_is_a_usage_error()
    {
        var (exit, _, err) = CliRunner.Run("eval", "events", "--gsr", _temp.Path, "--compare", _temp.Path);
        Assert.Equal(2, exit);
        Assert.Contains("--compare needs --gold", err, StringComparison.Ordinal);
    }
}
