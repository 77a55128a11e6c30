using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A statement that stresses the need for a step ("وشدد الوزير على ضرورة وقف التصعيد"، "وأكدت دول عربية ضرورة التصدي"،
/// "مشددا على ضرورة الحل السياسي") asks for it: the gold codes it as an appeal (020), not a plain statement (010). The word
/// ضرورة must come before any clause word after the cue, so that "وأكد أن ... ضرورة" (a fact reported with the word inside
/// it) stays a statement. The appeal's target is the actor named right after the verbal noun that follows ضرورة ("ضرورة
/// تجاوب إيران"، "ضرورة تحمل مجلس الأمن مسؤولياته"), when it is not the speaker; else none, as the gold has it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words after the cue ضرورة may stand (the speaker's name and title lie between).</summary>
    private const int NecessityWindow = 12;

    /// <summary>Recodes a plain statement (010, no target) whose cue is followed in its clause by ضرورة as an appeal (020).</summary>
    private void NecessityAppeals()
    {
        if (_codes.Find("020") is not { } appeal)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (statement.Cameo != "010" || statement.Target is not null || statement.Negated || statement.Source is null)
            {
                continue;
            }

            var need = NecessityAfter(ArticleActors.TokenAt(_tokens, statement.Trigger.End - 1));
            // "دعا إلى التهدئة، مشددا على ضرورة ضبط النفس": the participle reports the words of the appeal just made by the
            // same speaker; it is no second appeal.
            if (need < 0 || _events.Exists(a => a.Sentence == statement.Sentence && a.Trigger.End <= statement.Trigger.Start
                && a.Cameo[..2] is "02" or "10" or "11" or "12" or "13" && SameActor(a.Source, statement.Source)))
            {
                continue;
            }

            var recoded = Recoded(statement, appeal);
            if (need + 2 < _sentenceEnd[_sentenceOf[need]] && _actors.StartingAt(need + 2) is { IsActor: true, Preposition: null } asked
                && !SameActor(asked.Argument, statement.Source))
            {
                recoded = recoded with { Target = asked.Argument };
            }

            _events[i] = recoded;
        }
    }

    /// <summary>The token of ضرورة (or بضرورة) in the clause after the cue at <paramref name="cue"/>, or -1.</summary>
    private int NecessityAfter(int cue)
    {
        if (cue < 0)
        {
            return -1;
        }

        var end = _sentenceEnd[_sentenceOf[cue]];
        for (var j = cue + 1; j < end && j <= cue + NecessityWindow; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (key is "ضروره" or "بضروره")
            {
                return j;
            }

            if (ClauseStops.Contains(_tokens[j].Key) || ClauseStops.Contains(key) || _tokens[j].Key is "\"" or "«" or "“"
                || (_readings.Lexeme(j) is { Kind: EventWordKind.Verb } && _actors.StartingAt(j) is null))
            {
                return -1;
            }
        }

        return -1;
    }
}
