using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Diagnostics;
using Akhbar.Resources;

namespace Akhbar.Tests.Arabic.Segmentation;

public sealed class WordFrequencyCounterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akhbar-wordfreq-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Counts_folded_Arabic_words_and_their_hamza_spelling()
    {
        var counter = new WordFrequencyCounter();
        counter.AddText("أعلن الوزير أن الوزير سيزور إيران، وأعلن Reuters 2018 اعلن.");
        Assert.Equal((2, 0), counter.Counts["الوزير"]);
        Assert.Equal((2, 1), counter.Counts["اعلن"]);
        Assert.Equal((1, 1), counter.Counts["ايران"]);
        Assert.False(counter.Counts.ContainsKey("reuters"));
        Assert.False(counter.Counts.ContainsKey("2018"));
        Assert.Equal(8, counter.Words);
    }

    [Fact]
    public void Reads_json_lines_and_writes_a_loadable_lexicon_above_the_threshold()
    {
        var path = Path.Combine(_dir, "corpus.jsonl");
        File.WriteAllText(path, "{\"title\":\"قال الوزير\",\"text\":\"قال الرئيس\\nقال الوزير\"}\n\n{\"text\":\"قال\"}\n");
        var counter = new WordFrequencyCounter();
        counter.AddFile(path);
        Assert.Equal(2, counter.Documents);
        var writer = new StringWriter();
        var kept = counter.Write(writer, 2, ["test corpus"]);
        Assert.Equal(2, kept);
        var tsv = TsvResource.Parse("test", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(writer.ToString())));
        var lexicon = WordFrequencies.Load(tsv);
        Assert.Equal(4, lexicon.Frequency("قال"));
        Assert.Equal(2, lexicon.Frequency("الوزير"));
        Assert.Equal(0, lexicon.Frequency("الرئيس"));
        Assert.StartsWith("word\tcount\thamza\n# test corpus\nقال\t4\t0\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_file_and_line_of_bad_json()
    {
        var path = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllText(path, "{\"text\":\"قال\"}\n{not json\n");
        var e = Assert.Throws<BadInputException>(() => new WordFrequencyCounter().AddFile(path));
        Assert.Contains("bad.jsonl:2", e.Message, StringComparison.Ordinal);
    }
}
