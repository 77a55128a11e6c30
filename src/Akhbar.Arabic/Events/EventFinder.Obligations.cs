using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Words that lay a duty on another side ("وأضاف أن على السلطات أن تأخذ في اعتبارها ..."، "وقالت إنه يجب على إيران أن
/// تحترم التزاماتها") appeal to that side: the gold codes such a statement by what it does, an appeal (020) with the side
/// as its target, instead of 010 (gold/README.md, events). Only words that open with the duty are read so, and the side
/// must be an actor other than the speaker; "على" before a name of a person is the name علي.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Folded words of obligation before على at the start of reported words: "يجب على"، "يتعين على"، "ينبغي على".</summary>
    private static readonly HashSet<string> ObligationWords = new(StringComparer.Ordinal) { "يجب", "يتعين", "ينبغي", "لابد", "يتوجب" };

    /// <summary>Words that may open reported words before the duty: "إن على"، "إنه يجب على"، "بأن على".</summary>
    private static readonly HashSet<string> OpeningParticles = new(StringComparer.Ordinal) { "ان", "انه", "بان", "بانه" };

    /// <summary>How many words after the side the أن of the duty may stand ("على الحكومة الإيرانية الحالية أن").</summary>
    private const int DutyWindow = 6;

    /// <summary>Recodes a plain statement (010, no target) whose words open with a duty of another actor as an appeal (020) to it.</summary>
    private void ObligationAppeals()
    {
        if (_codes.Find("020") is not { } appeal)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (!IsPlainStatement(statement) || !_statementWords.TryGetValue(statement.Trigger.Start, out var words))
            {
                continue;
            }

            if (ObligedSide(words) is not { } side)
            {
                // "قال بوتين: يجب تعزيز البعد الإنساني": a duty laid on no named side is an appeal with no addressee
                // (EventFinder.UnaddressedDuties).
                if (OpensWithUnaddressedDuty(words))
                {
                    _events[i] = Recoded(statement, appeal);
                }

                continue;
            }

            if (SameActor(side, statement.Source) || IsOwnState(side, statement.Source))
            {
                continue;
            }

            _events[i] = Recoded(statement, appeal) with { Target = side };
        }
    }

    /// <summary>
    /// Whether the side is a place of the speaker's own country ("وقال رئيس الوزراء الإسرائيلي إن على إسرائيل أن تدافع عن
    /// نفسها"): a leader laying a duty on his own state says what it will do, no appeal to another side.
    /// </summary>
    private bool IsOwnState(EventArgument side, EventArgument? speaker) =>
        speaker is not null && side.EntityId is { } id && EntityById(id) is { Type: EntityType.Location }
        && SameSide(side, speaker);

    /// <summary>
    /// The side a duty is laid on at the start of reported words: "على" (after an opening particle or a word of obligation)
    /// followed by an actor or a group, and أن within a few words after it.
    /// </summary>
    private EventArgument? ObligedSide(TextSpan words)
    {
        var j = ArticleActors.TokenAt(_tokens, words.Start);
        if (j < 0)
        {
            return null;
        }

        var sentenceEnd = _sentenceEnd[_sentenceOf[j]];
        for (var opening = 0; opening < 2 && j < sentenceEnd && (ArticleActors.ListsWithoutConjunction(OpeningParticles, _tokens[j].Key) || ArticleActors.ListsWithoutConjunction(ObligationWords, _tokens[j].Key)); opening++)
        {
            j++;
        }

        if (j + 2 >= sentenceEnd || ArticleActors.WithoutConjunctionSpan(_tokens[j].Key) is not "علي" || _actors.StartingAt(j) is not null)
        {
            return null;
        }

        EventArgument side;
        int sideEnd;
        // "على كل الكتل السياسية"، "على جميع الأطراف": a quantifier before the side is part of it.
        var head = j + 2 < sentenceEnd && ArticleActors.ListsWithoutConjunction(Quantifiers, _tokens[j + 1].Key) ? j + 2 : j + 1;
        if (_actors.StartingAt(head) is { IsActor: true, Preposition: null or "علي" } actor)
        {
            side = head == j + 1 ? actor.Argument : new EventArgument(new TextSpan(_tokens[j + 1].Span.Start, actor.Span.End), actor.Entity.Id);
            sideEnd = actor.Last;
        }
        else if (GroupActors.Is(_tokens[head]) || ArticleActors.ListsWithoutConjunction(DutyBearers, _tokens[head].Key))
        {
            var group = GroupArgument(head, sentenceEnd);
            side = new EventArgument(new TextSpan(_tokens[j + 1].Span.Start, group.Span.End), null);
            sideEnd = ArticleActors.TokenAt(_tokens, group.Span.End - 1);
        }
        else
        {
            return null;
        }

        for (var a = sideEnd + 1; a < sentenceEnd && a <= sideEnd + DutyWindow && _tokens[a].Span.Start < words.End; a++)
        {
            if (_tokens[a].Key is "ان" or "الا")
            {
                return side;
            }
        }

        // "على الكونغرس تمويل الجدار"، "يتعين على بيونغ يانغ اتخاذ خطوات": the duty may be a verbal noun right after the side,
        // a word without the article that opens no clause or phrase of its own, or after the side's adjectives and a phrase
        // that places it ("على كل الكتل السياسية الفائزة في الانتخابات الحالية تعليق كل الحوارات").
        var duty = AfterDescribingWords(sideEnd + 1, Math.Min(sentenceEnd, sideEnd + 1 + DutyWindow));
        return duty < sentenceEnd && _tokens[duty].Span.Start < words.End && IsDutyNoun(_tokens[duty]) ? side : null;
    }

    /// <summary>
    /// The token after the words that describe a side at <paramref name="from"/>: its definite adjectives ("السياسية
    /// الفائزة"), then a phrase of في or من with definite words ("في الانتخابات الحالية"); <paramref name="from"/> itself when
    /// none stands there.
    /// </summary>
    private int AfterDescribingWords(int from, int end)
    {
        var j = from;
        while (j < end && IsDefiniteWord(j))
        {
            j++;
        }

        if (j + 1 < end && ArticleActors.WithoutConjunctionSpan(_tokens[j].Key) is "في" or "من" && IsDefiniteWord(j + 1))
        {
            j++;
            while (j < end && IsDefiniteWord(j))
            {
                j++;
            }
        }

        return j;
    }

    /// <summary>Whether token j is a word with the article and no preposition clitic, not a relative pronoun ("التي" opens a clause).</summary>
    private bool IsDefiniteWord(int j) =>
        _tokens[j].Kind == TokenKind.Word && _tokens[j].Key.StartsWith("ال", StringComparison.Ordinal) && !_tokens[j].Has(SegmentRole.Preposition)
        && !ClauseStops.Contains(_tokens[j].Key);

    /// <summary>
    /// Sides news text lays duties on by a common noun, not a name (folded, without و): "على المجتمع الدولي أن"، "على الدول
    /// الأعضاء"، "على الأطراف"، "على الشركات الأجنبية".
    /// </summary>
    private static readonly HashSet<string> DutyBearers = new(StringComparer.Ordinal)
    {
        "المجتمع", "الدول", "دول", "الاطراف", "الحكومات", "الشركات", "الكتل", "الاحزاب", "الفصايل",
    };

    /// <summary>Whether a word can be the verbal noun of a duty: a word with no article, preposition or pronoun that opens no clause ("تمويل"، "عدم").</summary>
    private bool IsDutyNoun(Token token)
    {
        var key = ArticleActors.WithoutConjunction(token.Key);
        return token.Kind == TokenKind.Word && !key.StartsWith("ال", StringComparison.Ordinal) && !token.Has(SegmentRole.Preposition) && !token.Has(SegmentRole.Pronoun)
            && !ClauseStops.Contains(key) && !StandalonePrepositions.Contains(key) && !Auxiliaries.Contains(key) && _actors.StartingAt(ArticleActors.TokenAt(_tokens, token.Span.Start)) is null
            && token.Key.Length > 2;
    }
}
