using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تم القبض على"، "جرى اعتقال"، "تم إحراق مكتب الحزب"، "وقد تم توقيفه": a verbal noun after a verb that makes it a passive
/// hides who acted, as the passive verbs of <c>EventFinder.Passives</c> do; the gold gives such an act no source (gold/README.md:
/// no actor is invented). The rules that look for an author before the noun (an actor earlier in the clause, the speaker
/// of the words that hold it) find someone else there: the university of the man arrested, the city, the spokesman or
/// the outlet that reports it. Kept are an agent after the noun ("من قبل الشرطة"), joint acts whose sides the sentence
/// names ("جرت محادثات بين"), and a side that reports its own use of force (<see cref="ReportsOwnForce"/>).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The future and feminine forms of the auxiliaries besides <see cref="PassiveAuxiliaries"/> (folded).</summary>
    private static readonly HashSet<string> MorePassiveAuxiliaries = new(StringComparer.Ordinal) { "تمت", "سيتم", "ستتم", "سيجري" };

    /// <summary>Drops the source found before a verbal noun that an auxiliary makes passive (one pass over the coded events).</summary>
    private void AuxiliaryPassives()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Basis != EventBasis.Trigger || e.Source is not { } source || source.Span.Start >= e.Trigger.End
                || Root(e.Cameo) is "01" or "02" or "03" or "04" or "05" or "06"
                || ArticleActors.TokenAt(_tokens, e.Trigger.Start) is not (> 0 and var k) || !(IsPassiveAuxiliary(_tokens[k - 1]) || IsPassiveSeizure(k) || IsPassiveSeizure(k - 1)))
            {
                continue;
            }

            if (ReportsOwnForce(source, e.Trigger, Root(e.Cameo)))
            {
                continue;
            }

            _events[i] = e with { Source = null };
        }
    }

    /// <summary>
    /// "وقالت الشرطة إنه جرى اعتقال شخصين"، "وأفاد الجيش الإسرائيلي في بيان: تم إطلاق صاروخ"، "وقالت (الميليشيا) إنه تم
    /// استهدافها": a group (the police, the army, the authorities) or, for coercion and armed force (17, 19), an organization
    /// that reports the act speaks of what it did itself; a person, a place, an outlet or a council does not.
    /// </summary>
    private bool ReportsOwnForce(EventArgument source, TextSpan trigger, string root)
    {
        // Only the speaker of the words that hold the act: "أستاذ في جامعة أوكسفورد وقد تم توقيفه" names the university, which
        // does not report the arrest.
        if (root is not ("15" or "16" or "17" or "18" or "19" or "20") || SpeakerOfWordsAt(trigger, anySpeaker: true) is not { } speaker || !speaker.Span.Overlaps(source.Span))
        {
            return false;
        }

        if (ArticleActors.TokenAt(_tokens, source.Span.Start) is >= 0 and var s && GroupActors.Is(_tokens[s]))
        {
            return true;
        }

        return root is "17" or "19" && source.EntityId is { } id && EntityById(id) is { Type: EntityType.Organization };
    }

    private static bool IsPassiveAuxiliary(Token token) =>
        token.Kind == TokenKind.Word && ArticleActors.WithoutConjunction(token.Key) is var key && (PassiveAuxiliaries.Contains(key) || MorePassiveAuxiliaries.Contains(key));
}
