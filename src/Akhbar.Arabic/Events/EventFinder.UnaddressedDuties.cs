using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قال بوتين: يجب تعزيز البعد الإنساني في النزاع"، "وقالت: نعتقد أن المسؤولين عن ذلك يجب أن يحاسبوا"، "وأضافت: لابد من
/// متابعة الفكر المتطرف": words that open by saying what must be done, without naming on whom the duty falls (no "على X",
/// which <see cref="ObligedSide"/> reads), ask for it. The gold codes such a statement as an appeal (020) with no target
/// (gold/README.md, events: a statement is coded by what its words do). Not the speaker's own side's duty ("يجب أن نحافظ"،
/// "يجب علينا"), which says what the speaker means to do; not a duty in a relative clause ("ثمة الكثير مما يجب القيام به")
/// or in the past ("كان ينبغي أن يعيدوه"), which reports or regrets; not لابد أن, which as often says what must be true.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words before a duty word that make it no appeal of the speaker: relatives and a past copula.</summary>
    private static readonly HashSet<string> NoAppealBeforeDuty = new(StringComparer.Ordinal)
    {
        "ما", "مما", "بما", "لما", "الذي", "التي", "الذين", "كان", "كانت", "كانوا", "وكان",
    };

    /// <summary>How many words may open the reported words before the duty word ("نعتقد أن المسؤولين عن ذلك يجب").</summary>
    private const int DutyOpeningWindow = 6;

    /// <summary>Whether reported words open, within a few words of their own sentence, with a duty laid on no named side.</summary>
    private bool OpensWithUnaddressedDuty(TextSpan words)
    {
        var first = ArticleActors.TokenAt(_tokens, words.Start);
        if (first < 0)
        {
            return false;
        }

        var end = WordsEndInSentence(first, words);
        for (var j = first; j < end && j < first + DutyOpeningWindow; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            // The words of obligation (EventFinder.Obligations), لابد only in "لابد من" (not "لابد أن").
            var isDuty = (ObligationWords.Contains(key) && (key is not "لابد" || (j + 1 < end && _tokens[j + 1].Key == "من")))
                || (key == "بد" && j > first && _tokens[j - 1].Key == "لا" && j + 1 < end && _tokens[j + 1].Key == "من");
            if (!isDuty)
            {
                continue;
            }

            if (j > first && ArticleActors.ListsWithoutConjunction(NoAppealBeforeDuty, _tokens[j - 1].Key))
            {
                return false;
            }

            // "يجب علينا"، "يجب أن نحافظ": the speaker's own side.
            var next = j + 1 < end ? _tokens[j + 1].Key : "";
            if (next is "علينا" or "علي" || (next is "ان" or "الا" && j + 2 < end && _tokens[j + 2].Key is { Length: > 2 } verb && verb[0] == 'ن'))
            {
                return false;
            }

            return true;
        }

        return false;
    }
}
