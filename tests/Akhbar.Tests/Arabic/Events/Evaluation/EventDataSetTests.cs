using Akhbar.Arabic.Events.Evaluation;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events.Evaluation;

/// <summary>The readers of the sentence-level event data sets in ../shared read every item their SOURCE.md counts.</summary>
public sealed class EventDataSetTests
{
    [SharedFact]
    public void The_gsr_detection_files_read_every_sentence_with_its_label()
    {
        var folder = SharedData.Path("data", "arabic-event-gsr");
        var assault = EventGsr.ReadDetection(folder, "ASSAULT");
        Assert.Equal(3224, assault.Count);
        Assert.Equal(335, assault.Count(s => s.Positive == true));
        Assert.Equal(156, assault.Count(s => s.Positive is null));
        var protest = EventGsr.ReadDetection(folder, "PROTEST");
        Assert.Equal(2554, protest.Count);
        Assert.Equal(97, protest.Count(s => s.Positive == true));
        Assert.Equal(320, protest.Count(s => s.Positive is null));
        Assert.All(protest, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
    }

    [SharedFact]
    public void The_gsr_span_files_read_every_sentence_with_agreed_words()
    {
        var folder = SharedData.Path("data", "arabic-event-gsr");
        var assault = EventGsr.ReadSpans(folder, "ASSAULT");
        Assert.Equal(373, assault.Count);
        Assert.Equal(143, assault.Count(s => s.SourceWords.Count > 0));
        Assert.Equal(272, EventGsr.ReadSpans(folder, "PROTEST").Count);
    }

    [SharedFact]
    public void The_universal_petrarch_files_read_645_sentences_none_with_a_cameo_code()
    {
        var sentences = UniversalPetrarchGold.Read(SharedData.Path("data", "cameo-arabic-universalpetrarch", "gold"));
        Assert.Equal(645, sentences.Count);
        Assert.Equal(272, sentences.Count(s => s.Category == "PROTEST"));
        Assert.Equal(373, sentences.Count(s => s.Category == "ASSAULT"));
        Assert.All(sentences, s => Assert.Null(s.Cameo));
        Assert.Contains(sentences, s => s.SourceCode == "TUN None" && s.SourceWords.Count > 0);
    }
}
