using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تحدث عن" (spoke about) is a statement (010) of whoever spoke: "وتحدث شهود عيان عن انفجار هائل"، "وتحدث مدرب الفريق عن
/// المباراة". The lexicon has تحدث only as a consultation with a partner after مع (EventFinder.SpokeWith), and the quote
/// stage reads it as a topic cue, which makes no quote, so the speech act was lost although the gold codes it (all four
/// such verbs in the tuning gold are 010). Only a verb whose عن comes before any مع and any clause word: "تحدث مع بوتين عن
/// الأزمة" is the meeting, and "تحدث عن علاقته مع ترامب" still speaks about something. Its speaker is the subject the
/// statement rule reads (a name or a speaking group between the verb and عن, a name right before the verb, the speaker of
/// the sentence before for a verb that opens its sentence); an actor after عن is the topic, never the speaker.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words may stand between تحدث and its عن (the speaker's name and title, a word of time).</summary>
    private const int SpokeAboutWindow = 9;

    /// <summary>The lexeme a "تحدث عن" statement is coded with.</summary>
    private static readonly EventLexeme SpokeAboutStatement = new(ArabicFolding.Fold("تحدث"), EventWordKind.Verb, "010", null, false, [], true);

    /// <summary>Whether the trigger at <paramref name="k"/> is تحدث ... عن; codes the statement when its speaker is known.</summary>
    private bool SpokeAboutEvent(int k, EventLexeme lexeme)
    {
        if (lexeme.Lemma != SpokeLemma || lexeme.Kind != EventWordKind.Verb || _tokens[k].Has(SegmentRole.Pronoun))
        {
            return false;
        }

        if (ArticleActors.WithoutConjunctionSpan(_tokens[k].Key) is ['ن' or 'ا', ..])
        {
            // "نتحدث هنا عن"، "أتحدث عن": the writer or the quoted speaker in the first person, no one the text names here.
            return true;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        var about = -1;
        for (var j = k + 1; j < end && j <= k + SpokeAboutWindow; j++)
        {
            var key = ArticleActors.WithoutConjunctionSpan(_tokens[j].Key);
            if (key is "عن")
            {
                about = j;
                break;
            }

            if (key is "مع" || ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
            {
                return false;
            }
        }

        if (about < 0)
        {
            return false;
        }

        if (AfterAttributionOrRelative(k, start, alsoKama: false))
        {
            // "بحسب ما تحدثت عنه"، "الذي تحدث عن": an attribution or a relative clause, not a statement told here.
            return true;
        }

        EventArgument? source = null;
        if (NextActor(k + 1, about) is { IsActor: true, Preposition: null } after)
        {
            source = after.Argument;
        }
        else if (k + 1 < about && SpeakerGroupAt(k + 1))
        {
            source = GroupArgument(k + 1, about);
        }
        else if (k - 1 >= start && _actors.EndingAt(k - 1) is { IsActor: true, Preposition: null } before && OpensClause(before.First))
        {
            source = before.Argument;
        }
        else if (k - start <= 2 && !ExplicitSubjectAt(k + 1, about))
        {
            // "وتحدث عن": no subject of its own, the speaker of the sentence before goes on.
            source = SpeakerOfSentenceBefore(k);
        }

        if (source is { EntityId: null } words && IsBareReports(words.Span))
        {
            // "وتحدثت تقارير عن"، "تتحدث تقارير أخرى عن": reports whose medium the text does not name are no speaker, as in a
            // quote (EventFinder.QuoteEvent); "تقارير إعلامية" stays one.
            source = null;
        }

        if (source is not null)
        {
            AddStatement(k, SpokeAboutStatement, sentence, start, end, source);
        }

        return true;
    }

    /// <summary>Whether the words are تقارير / التقارير, alone or with أخرى, a source of the outlet rather than a speaker.</summary>
    private bool IsBareReports(TextSpan span)
    {
        var head = ArticleActors.TokenAt(_tokens, span.Start);
        if (head < 0 || ArticleActors.WithoutConjunctionSpan(_tokens[head].Key) is not ("تقارير" or "التقارير"))
        {
            return false;
        }

        return _tokens[head].Span.End == span.End
            || (head + 1 < _tokens.Length && _tokens[head + 1].Span.End == span.End && ArticleActors.WithoutConjunctionSpan(_tokens[head + 1].Key) is "اخري" or "اخرى");
    }
}
