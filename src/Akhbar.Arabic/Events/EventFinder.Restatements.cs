using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وأضاف رئيس الوزراء، قائلا: ..."، "وعلق الوزير عبر حسابه على تويتر قائلا إن ...": a participle cue that follows a speech
/// act of the same speaker with no reported words between them introduces the words of that act; the two cues are one
/// speech act (the gold's convention: one event per speech act), so the participle is not a second statement. After the
/// act's own words ("قال إن الوضع خطير، مضيفا أن ...") it is a new statement and stays.
///
/// The participle of قال itself is the exception: set off by a comma or a closing quotation mark after the act's words
/// ("وذكر أن ...، قائلا: ..."، "نفت إيران أن ...، قائلة إن"، "وصف السفير التقارير بـ"الخاطئة" قائلا"), it is a circumstantial
/// of the act's subject, who goes on saying the same thing, and the gold codes one speech act on the first verb
/// (gold/README.md, events-test4, events-test7, events-test10). Without that break it belongs to the nearest verb before
/// it ("وعلق قائلا"، "ليرد المذيع قائلا"), which may be a new speaker's act; مضيفا and مشيرا add words of their own.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Roots of speech acts whose words a participle cue can introduce: statements, appeals, intents, praise or apology, demands, disapproval, rejection, threats.</summary>
    private static readonly HashSet<string> SpeechActRoots = new(StringComparer.Ordinal) { "01", "02", "03", "05", "10", "11", "12", "13" };

    /// <summary>Drops a plain-statement participle cue that restates the speech act just before it in its sentence.</summary>
    private void ParticipleRestatements()
    {
        var restated = _events.FindAll(e => e.Basis == EventBasis.Quote && e.Cameo == "010" && IsParticipleCue(e.Trigger)
            && _events.Exists(a => !ReferenceEquals(a, e) && a.Sentence == e.Sentence && a.Trigger.End <= e.Trigger.Start
                && SpeechActRoots.Contains(Root(a.Cameo)) && IsSpokenAct(a) && !SpokeAboutTopic(a) && SameActor(a.Source, e.Source)
                && (NoWordsReportedBetween(a.Trigger, e.Trigger) || SayingAfterBreak(e.Trigger))));
        _events.RemoveAll(restated.Contains);
    }

    /// <summary>
    /// Whether the cue is the participle of قال (قائلا، قائلة، قائلين) right after a comma or a closing quotation mark:
    /// the act's words have ended and its subject goes on saying them.
    /// </summary>
    private bool SayingAfterBreak(TextSpan cue)
    {
        var k = ArticleActors.TokenAt(_tokens, cue.Start);
        return k > 0 && ArticleActors.WithoutConjunction(_tokens[k].Key).StartsWith("قايل", StringComparison.Ordinal)
            && _doc.Slice(_tokens[k - 1].Span) is "،" or "," or "\"" or "”" or "»";
    }

    /// <summary>
    /// "وتحدث عن الأوضاع في حلب، مضيفا أن": what follows عن is the topic spoken about, already told, so the participle adds
    /// words of its own (EventFinder.SpokeAbout).
    /// </summary>
    private bool SpokeAboutTopic(CodedEvent act) =>
        act.Basis == EventBasis.Trigger && _readings.Lexeme(Math.Max(0, ArticleActors.TokenAt(_tokens, act.Trigger.Start))) is { Lemma: var lemma } && lemma == SpokeLemma;

    /// <summary>
    /// Whether an event was coded on a cue or a verb: "أشاد الرزاز بالأجهزة الأمنية قائلا" is one act of praise, but a noun
    /// ("لتوقيع مذكرات تفاهم ...، مضيفا") was not said by the speaker of the participle.
    /// </summary>
    private bool IsSpokenAct(CodedEvent act) =>
        act.Basis == EventBasis.Quote || _readings.Lexeme(Math.Max(0, ArticleActors.TokenAt(_tokens, act.Trigger.Start))) is { Kind: EventWordKind.Verb };

    /// <summary>
    /// Whether nothing between two cues opens reported words: no أن/إن, إلى (of أشار إلى، لفت إلى), quotation mark or colon,
    /// so the words of the first cue come after the second ("وأضاف الوزير، قائلا"), not before it ("قال إن ...، مضيفا").
    /// </summary>
    private bool NoWordsReportedBetween(TextSpan first, TextSpan second)
    {
        var from = ArticleActors.TokenAt(_tokens, first.End - 1) + 1;
        var to = ArticleActors.TokenAt(_tokens, second.Start);
        if (from <= 0 || to < from)
        {
            return false;
        }

        for (var j = from; j < to; j++)
        {
            var token = _tokens[j];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol && _doc.Slice(token.Span) is not ("،" or ","))
            {
                return false;
            }

            var key = ArticleActors.WithoutConjunction(token.Key);
            if (OpensReportedWords(key) || ClauseStops.Contains(key) || key == "الي")
            {
                return false;
            }
        }

        return true;
    }
}
