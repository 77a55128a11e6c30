using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>
/// Invented sentences for the words of speech after a speaker's name (twenty-first session, wt-ents10): the complementizer
/// and the participle of saying end a name, and إن at the end of a Korean name stays in it.
/// </summary>
public sealed class TrailingSpeechWordsTests
{
    private static List<string> Persons(Document doc) =>
        doc.LinkedEntities.Where(e => e.Type == EntityType.Person).SelectMany(e => e.Mentions).Select(m => doc.Slice(m.Span)).ToList();

    [Fact]
    public void No_person_mention_ends_in_a_word_of_speech()
    {
        var doc = Analyze.Text("وأوضح أبو فيصل بأن المشروع سيكتمل العام المقبل. ورد المدرب كوستاس قائلا إن الفريق مستعد.");
        Assert.DoesNotContain(Persons(doc), m => m.EndsWith("بأن", StringComparison.Ordinal) || m.Contains("قائلا", StringComparison.Ordinal));
    }

    [Fact]
    public void A_korean_name_keeps_its_last_syllable()
    {
        var doc = Analyze.Text("والتقى الرئيس الكوري الجنوبي مون جاي إن نظيره الأمريكي في سول.");
        Assert.Contains(Persons(doc), m => m.EndsWith("إن", StringComparison.Ordinal));
    }
}
