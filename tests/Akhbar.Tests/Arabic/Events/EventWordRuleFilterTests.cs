using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>
/// The event stage on sentences written for these tests (branch wt-perf25): the nine word rules of the finder's main loop
/// (describing, a host's reception, a court's sentence, بدعم من, المدعومة من, الداعمة لـ, دعم X لـY, arrivals, supplied
/// arms) are skipped for a token whose last three letters end no form of theirs. Each rule must still fire on its words
/// with the letters the rules cut off them: a conjunction, a preposition or the article in front, a pronoun at the end.
/// </summary>
public sealed class EventWordRuleFilterTests
{
    private static Document Run(params string[] paragraphs) => EventArticle.Run("events-word-rule-filter", "2019-04-10", paragraphs);

    [Theory]
    // وصف with و in front and an object pronoun at its end.
    [InlineData("وانتقد وزير الخارجية الإيراني العقوبات الجديدة ووصفها بأنها \"عمل عدائي وغير مقبول\".", "ووصفها", "111")]
    // استقبال with its pronoun, after a word of time.
    [InlineData("وأكد الرئيس الروسي فلاديمير بوتين لدى استقباله الرئيس التركي رجب طيب أردوغان أهمية التعاون بين البلدين.", "استقباله", "043")]
    // The verb حكم with و in front.
    [InlineData("وحكمت محكمة تركية على الصحفي بالسجن ثلاث سنوات.", "وحكمت", "173")]
    // بدعم with و in front.
    [InlineData("وسيطرت القوات العراقية على البلدة، وبدعم من التحالف الدولي تقدمت نحو الحدود.", "وبدعم", "070")]
    // The backed participle with the article.
    [InlineData("وهاجمت الميليشيات المدعومة من إيران مواقع الجيش في المدينة.", "المدعومة", "070")]
    // The supporting participle with the article.
    [InlineData("وأكدت تركيا الداعمة للمعارضة السورية أنها لن تنسحب من إدلب.", "الداعمة", "051")]
    // The noun دعم in the frame "دعم X لـY".
    [InlineData("وانتقد الوزير دعم إيران للحوثيين في اليمن.", "دعم", "051")]
    // وصل with و in front.
    [InlineData("ووصل وزير الخارجية الفرنسي جان إيف لودريان مساء الأحد إلى بغداد.", "ووصل", "042")]
    // The supply noun with a preposition in front and a pronoun at its end.
    [InlineData("واتهمت الرياض طهران بإمدادها الحوثيين بالصواريخ.", "بإمدادها", "072")]
    public void Each_word_rule_reads_its_words_with_their_clitics(string sentence, string trigger, string cameo)
    {
        var doc = Run(sentence);
        Assert.Contains(doc.Events, e => e.Cameo == cameo && doc.Slice(e.Trigger).Contains(trigger, StringComparison.Ordinal));
    }
}
