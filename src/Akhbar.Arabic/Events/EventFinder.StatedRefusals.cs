using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقال نتنياهو إن إسرائيل لن تسمح لإيران بالتموضع في سوريا"، "وقال صالحي إن إيران لن تقبل باتفاق معيب": a speaker who says
/// that the speaker's own side will not allow another side something, will not stand by or tolerate it, threatens that side
/// (130); one who says the side will not accept something rejects it (120). CAMEO and the gold code the statement by that act
/// (gold/README.md, events: the speech's more specific act replaces 010; "بأن إسرائيل لن تسمح لها بامتلاك أسلحة نووية" is a
/// threat). The first person ("لن نسمح") is read by <see cref="ThreatPhrases"/>; here the side is named or is the speaker's
/// pronoun, and must open the words as the speaker's side (<see cref="AfterSpeakerSide"/>): "قال إن القانون لن يسمح للشركات"
/// is a report on a law. A threat needs a side to threaten, named after the verb; "إنه لن يسمح للاتهامات الكاذبة بإبعاده"
/// names none and stays a statement.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Third-person presents (folded) that after لن promise the side will not let another be or stand by: a threat.</summary>
    private static readonly HashSet<string> WillNotTolerate = new(StringComparer.Ordinal)
    {
        "يسمح", "تسمح", "يسمحوا", "يتسامح", "تتسامح", "يتهاون", "تتهاون", "يقف", "تقف", "يتردد", "تتردد", "يسكت", "تسكت",
    };

    /// <summary>Third-person presents (folded) of accepting, which after لن reject.</summary>
    private static readonly HashSet<string> WillNotAccept = new(StringComparer.Ordinal) { "يقبل", "تقبل", "يقبلوا" };

    /// <summary>
    /// Recodes a plain statement whose words open with the speaker's side and "لن" + a verb of allowing or tolerating (a
    /// threat to the side named after it) or of accepting (a rejection, aimed at the side named after it if any).
    /// </summary>
    private void StatedRefusals()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement) || statement.Source is not { } speaker
                || !_statementWords.TryGetValue(statement.Trigger.Start, out var words) || IsRelayer(speaker))
            {
                continue;
            }

            var first = FirstWordOf(words);
            if (first < 0)
            {
                continue;
            }

            var end = WordsEndInSentence(first, words);
            var k = AfterSpeakerSide(first, end, speaker);
            if (k < 0 || k + 1 >= end || ArticleActors.WithoutConjunction(_tokens[k].Key) != "لن")
            {
                continue;
            }

            var verb = _tokens[k + 1].Key;
            var threat = WillNotTolerate.Contains(verb);
            if ((!threat && !WillNotAccept.Contains(verb)) || _codes.Find(threat ? "130" : "120") is not { } code)
            {
                continue;
            }

            var clauseEnd = k + 2;
            while (clauseEnd < end && clauseEnd < k + 2 + AddresseeWindow && !ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[clauseEnd].Key))
            {
                clauseEnd++;
            }

            var target = FirstOtherSideIn(k + 2, clauseEnd, speaker);
            if (threat && target is null)
            {
                continue;
            }

            _events[i] = Recoded(statement, code) with { Target = target };
        }
    }
}
