using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Statements whose words open with the speaker's stance: "أكد الرئيس رفضه القاطع لاشتراط نظيره التركي"، "جددت الوزارة
/// دعمها للحكومة"، "أكد ممثل المندوبة الأميركية دعم واشنطن للرياض". CAMEO and the gold code such a statement by what it
/// does (gold/README.md, events: the speech's more specific act replaces 010): a rejection (120), support (051), concern
/// (012), solidarity, condemnation. The verb before it is any cue (أكد، جدد، شدد، قال، أشار إلى), so the stance is read from
/// the words, not from the verb as the verb+object patterns read "أعرب عن رفضه".
///
/// The stances are the objects of أعرب عن in events/verb-objects.tsv (رفض، دعم، تأييد، تضامن، إدانة، استنكار، ترحيب، قلق،
/// أمل، ثقة، استعداد ...), with their codes and the preposition before whom the stance is about ("دعمه لـ"، "تضامنه مع"):
/// "أكد رفضه" says what "أعرب عن رفضه" says. The stance must be the speaker's own: the noun carries a possessive pronoun
/// ("رفضه"، "دعمها") or names the speaker, or the speaker's state, as its genitive ("دعم واشنطن"); "أكد أن رفض روسيا ..."
/// reports another side's stance and is left alone, as is a bare noun ("الدعم"). Speakers who report for a living (news
/// outlets, unnamed sources, officers) are left alone too: the pronoun of their words is more often someone else's.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The verb whose objects are the stances a speaker expresses, folded: its patterns give each stance noun its code.</summary>
    private const string StanceVerb = "اعرب";

    /// <summary>Recodes a plain statement (010, no target) whose words open with a stance of the speaker as that stance.</summary>
    private void StatedStances()
    {
        if (_verbObjects.PatternsOfForm(StanceVerb) is not { } stances)
        {
            return;
        }

        var stanceNouns = new List<TextSpan>();
        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement)
                || statement.Source is not { } speaker || !_statementWords.TryGetValue(statement.Trigger.Start, out var words) || IsReporter(speaker))
            {
                continue;
            }

            var k = FirstWordOf(words);
            if (k < 0 || !stances.MayBeObject(_tokens[k], _doc.Text)
                || stances.Patterns.FirstOrDefault(p => EventVerbObjects.IsObject(p, _tokens[k], _doc.Text, out _)) is not { } stance
                || _codes.Find(stance.Cameo) is not { } code)
            {
                continue;
            }

            var end = WordsEndInSentence(k, words);
            int after;
            if (!stance.ObjectForms.Contains(WithoutArticle(ArticleActors.WithoutConjunction(_tokens[k].Key))))
            {
                // "رفضه"، "دعمها": the possessive is the speaker.
                after = k + 1;
            }
            else if (k + 1 < end && _actors.StartingAt(k + 1) is { IsActor: true, Preposition: null } owner
                && (SameActor(owner.Argument, speaker) || SameSide(owner.Argument, speaker) || (speaker.EntityId is null && Affirms(statement.Trigger))))
            {
                // "دعم واشنطن للرياض" affirmed by a US representative: the stance of the speaker's state. A speaker without an
                // entity is taken to speak for the owner only when affirming it ("أكد"), not when pointing to it ("وأشارت الوزارة
                // إلى دعم إيران للحوثيين" reports Iran's support).
                after = owner.Last + 1;
            }
            else
            {
                continue;
            }

            var target = stance.Preposition is { } preposition ? StanceTarget(after, end, preposition, speaker) : null;
            if (target is null && Root(stance.Cameo) == "03")
            {
                // "أعلنت استعدادها لإحياء حفلها": readiness is an intent to cooperate only with a side to cooperate with.
                continue;
            }

            _events[i] = Recoded(statement, code) with { Target = target };
            stanceNouns.Add(_tokens[k].Span);
        }

        // "دعم واشنطن للرياض": the noun the lexicon codes on its own is the stance just coded on the cue, one act, not two.
        _events.RemoveAll(e => e.Basis == EventBasis.Trigger && stanceNouns.Exists(noun => noun.Overlaps(e.Trigger)));
    }

    /// <summary>Lemmas (folded) of the cues that affirm a position as the speaker's own: أكد، شدد، أعلن.</summary>
    private static readonly HashSet<string> AffirmingCues = new(StringComparer.Ordinal) { "اكد", "شدد", "اعلن" };

    /// <summary>Whether a statement's cue affirms ("وأكد"، "مؤكدا") rather than tells or points to.</summary>
    private bool Affirms(TextSpan cue) => TriggerLemmaIn(cue, AffirmingCues);

    /// <summary>
    /// The first word of reported words, past quotation marks and an "على" the cue governs ("أكد على رفضه"); -1 when the
    /// words hold none.
    /// </summary>
    private int FirstWordOf(TextSpan words)
    {
        var k = ArticleActors.TokenAt(_tokens, words.Start);
        while (k >= 0 && k < _tokens.Length && _tokens[k].Span.Start < words.End
            && (_tokens[k].Kind != TokenKind.Word || ArticleActors.WithoutConjunctionSpan(_tokens[k].Key) is "علي"))
        {
            k++;
        }

        return k >= 0 && k < _tokens.Length && _tokens[k].Span.Start < words.End ? k : -1;
    }

    /// <summary>
    /// Whom a stance is about: the first actor in its clause after the stance noun (and its owner) that follows the stance's
    /// own preposition ("تأييدها للرئيس"، "تضامنه مع") or stands in the genitive of a noun after it ("رفضه القاطع لاشتراط
    /// نظيره التركي"، "رفضه لقرار إسرائيل", where the linker marks the name as the complement of a noun with a clitic, "*"),
    /// and is not the speaker; null when none does within a few words.
    /// </summary>
    private EventArgument? StanceTarget(int from, int end, string preposition, EventArgument speaker)
    {
        for (var j = from; j < end && j < from + AddresseeWindow; j++)
        {
            if (ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
            {
                break;
            }

            if (_actors.StartingAt(j) is { IsActor: true } m && (m.Preposition is null or "*" || m.Preposition == preposition) && !SameActor(m.Argument, speaker))
            {
                return m.Argument;
            }
        }

        return null;
    }
}
