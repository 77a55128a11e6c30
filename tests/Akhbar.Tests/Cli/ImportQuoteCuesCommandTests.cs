using Akhbar.Tests.Support;

namespace Akhbar.Tests.Cli;

/// <summary><c>resources import quote-cues</c> on a tiny invented dictionary in the PETRARCH format, and on the shared one.</summary>
public sealed class ImportQuoteCuesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("akhbar-quote-cues-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Lists_the_speech_verbs_with_codes_and_whether_they_are_cues()
    {
        var petrarch = _temp.Folder("petrarch", ("CAMEO.ar.0.5.txt", string.Join('\n',
            "--- قال [010] ---",
            "قال                             # say",
            "همس                  [012]     # whisper,say",
            "بنى                             # build",
            "- * &MILITARY [190] # قال",
            "--- حذر+من [---] ---",
            "حذر+من                          # warn",
            "")));
        var data = _temp.Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var quotes = Path.Combine(data, "quotes");
        Directory.CreateDirectory(quotes);

        var (exit, output, error) = CliRunner.Run("resources", "import", "quote-cues", "--petrarch", petrarch, "--out", quotes);

        Assert.True(exit == 0, error);
        Assert.Contains("wrote 3 speech verbs", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(quotes, "petrarch-speech-verbs.tsv")).Where(l => !l.StartsWith('#')).Skip(1).ToList();
        Assert.Equal(["حذر\tمن\twarn\t-\tyes", "قال\t\tsay\t010\tyes", "همس\t\tsay\t012\tno"], rows);
        Assert.Contains("quotes/petrarch-speech-verbs.tsv\t", File.ReadAllText(Path.Combine(data, "MANIFEST.tsv")), StringComparison.Ordinal);
    }

    [SharedFact]
    public void The_committed_list_is_what_the_import_writes_today()
    {
        var data = _temp.Folder("Data", ("MANIFEST.tsv", "file\tsource\tlicense\tderivation\n"));
        var quotes = Path.Combine(data, "quotes");
        Directory.CreateDirectory(quotes);
        var (exit, _, error) = CliRunner.Run("resources", "import", "quote-cues",
            "--petrarch", Path.Combine(SharedData.Root!, "data", "cameo-arabic-universalpetrarch"), "--out", quotes);

        Assert.True(exit == 0, error);
        var committed = Path.Combine(SharedData.RepoRoot, "src", "Akhbar.Resources", "Data", "quotes", "petrarch-speech-verbs.tsv");
        Assert.Equal(File.ReadAllText(committed), File.ReadAllText(Path.Combine(quotes, "petrarch-speech-verbs.tsv")));
    }
}
