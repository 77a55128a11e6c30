using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقال الصدر في بيان: "... أدعو القوات العراقية إلى بدء الحملة""، "وأضاف الأمين العام "أطالب حماس بالكف عن إطلاق
/// الصواريخ"": a speaker who says "I call on", "I demand" or "I reject" in the words performs that act, which the gold codes
/// on the cue (020, 10x, 120), not as a plain statement (gold/README.md, events). <see cref="FirstPersonActs"/>
/// reads the plural ("نحن ندعم") when the words open with it; the singular is read anywhere in the words' first sentence, since
/// a speaker often puts a reason or a courtesy first ("ولإبداء حسن النية أدعو ...").
/// <para>
/// The lexicon lists the first person plural of the verbs of speech acts ("ندعو"، "نطالب"، "ندين"، "نرفض"), not the singular;
/// the singular is the plural with أ for ن ("أدعو"). A word whose form is itself in the lexicon is left alone: "انتقد"،
/// "اتهم" and "استنكر" are the past of the third person (he criticized), not "I criticize". Only appeals, demands and
/// rejection, the acts a speaker does by saying them, with whom they are aimed at named after the verb; not denied ("لا أطالب").
/// </para>
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Roots of the acts a speaker performs by saying "I ...": appeal, demand, rejection. Not criticism: its one singular,
    /// "أدين" (I condemn), is spelt as the passive "أُدين" (was convicted: "التهمة التي أدين بها").
    /// </summary>
    private static readonly HashSet<string> SingularPerformedRoots = new(StringComparer.Ordinal) { "02", "10", "12" };

    /// <summary>Folded words before a verb that deny it: "لا أطالب"، "لن أدعو"، "لم أرفض".</summary>
    private static readonly HashSet<string> VerbDenials = new(StringComparer.Ordinal) { "لا", "لم", "لن" };

    /// <summary>How many tokens of the words are read for the speaker's own verb.</summary>
    private const int SingularWordsRead = 30;

    /// <summary>Recodes a plain statement (010, no target) whose words hold the speaker's "I call on / demand / condemn / reject".</summary>
    private void SingularPerformatives()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement) || !_statementWords.TryGetValue(statement.Trigger.Start, out var words))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var end = Math.Min(WordsEndInSentence(first, words), first + SingularWordsRead);
            for (var k = first; k < end; k++)
            {
                if (SingularPerformative(k) is not { } act || _codes.Find(act.Cameo) is not { } code
                    || (k > first && ArticleActors.ListsWithoutConjunction(VerbDenials, _tokens[k - 1].Key)))
                {
                    continue;
                }

                // "أدعو الجميع إلى"، "أطالب حماس بالكف": only with whom the act is aimed at named after the verb; "أطلب الصفح"
                // asks forgiveness and "أطلب السلام" wishes, with no side to call on.
                if (PerformedActTarget(k + 1, end, act) is { } target && _actors.StartingAt(ArticleActors.TokenAt(_tokens, target.Span.Start)) is { IsActor: true })
                {
                    _events[i] = Recoded(statement, code) with { Target = target };
                }

                break;
            }
        }
    }

    /// <summary>
    /// The lexicon's entry for the first person plural of the verb at token k when k is its first person singular ("أدعو"
    /// for "ندعو") of one of <see cref="SingularPerformedRoots"/> and is no form of the lexicon itself; else null.
    /// </summary>
    private EventLexeme? SingularPerformative(int k)
    {
        if (_tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
        // Not a word with the article ("الحكومة"): most words that begin with ا have it, and no verb does.
        if (key.Length < 3 || key[0] != 'ا' || key[1] == 'ل' || _lexicon.Forms.ContainsKey(key))
        {
            return null;
        }

        return _lexicon.Forms.TryGetValue(string.Concat("ن", key.AsSpan(1)), out var plural) && plural.Kind == EventWordKind.Verb
            && SingularPerformedRoots.Contains(Root(plural.Cameo)) && !plural.NeedsPreposition
            ? plural
            : null;
    }
}
