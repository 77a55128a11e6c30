using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The learned statement-root classifier at work (<see cref="IStatementRootChooser"/>, <see cref="StatementRootModel"/>):
/// a statement every rule left plain (01x) is shown to the classifier with the features below, and recoded as the root it
/// names (criticism, demand, rejection, threat, appeal, intent to cooperate). The hand rules of StatementContent read one
/// sign each (a word of going on, "ما لم", an accusing predicate); the classifier weighs the words of the statement
/// together, as a reader does when "قال إن ... يتحمل المسؤولية الكاملة عن" is an accusation with no cue that says so.
/// A statement recoded with no target takes the first actor its words name other than the speaker, as the criticism and
/// accusation rules do (<see cref="FirstActorIn"/>).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many tokens of a statement's words the classifier reads: the act is told in the first clause or two.</summary>
    private const int StatementWordsRead = 30;

    private readonly IStatementRootChooser? _statementRoots;

    /// <summary>Asks the classifier about every statement event coded 01x (none when the stage runs without it).</summary>
    private void LearnedStatementRoots()
    {
        if (_statementRoots is null)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (Root(statement.Cameo) != "01" || !StatementWordRange(statement, out var from, out var to))
            {
                continue;
            }

            var features = StatementRootFeatures(statement, from, to, out var aimed);
            if (_statementRoots.CodeFor(statement, features) is not { } chosen || Root(chosen) == "01" || _codes.Find(chosen) is not { } code)
            {
                continue;
            }

            var target = statement.Target ?? aimed?.Argument;
            _events[i] = Recoded(statement, code) with { Target = target };
        }
    }

    /// <summary>
    /// The tokens [from, to) of a statement's words in their first sentence: the quote's words after its cue, or for a
    /// statement verb outside a quote ("وأشار الوزير إلى") the rest of its sentence; at most <see cref="StatementWordsRead"/>.
    /// </summary>
    private bool StatementWordRange(CodedEvent statement, out int from, out int to)
    {
        var k = ArticleActors.TokenAt(_tokens, statement.Trigger.Start);
        from = to = -1;
        if (k < 0)
        {
            return false;
        }

        if (_statementWords.TryGetValue(statement.Trigger.Start, out var words) && ArticleActors.TokenAt(_tokens, words.Start) is var first and >= 0)
        {
            from = first;
            to = WordsEndInSentence(first, words);
        }
        else
        {
            from = ArticleActors.TokenAt(_tokens, statement.Trigger.End - 1) + 1;
            to = _sentenceEnd[_sentenceOf[k]];
        }

        to = Math.Min(to, from + StatementWordsRead);
        return from < to;
    }

    /// <summary>
    /// What the classifier reads of a statement (distinct, in ordinal order, so that training and the stage see the same
    /// list): its code, cue word, how it was found, its flags, its speaker (entity type, CAMEO role, whether a reporter),
    /// whether its words name another actor (<paramref name="aimed"/>, whom it would be aimed at) and of which side, and
    /// the signs its words carry: a word of condemnation, the CAMEO roots of the event words among them, a word of harm,
    /// each alone and with the actor feature. The words themselves are not features: with about fifty statements of each
    /// root but the plain one to learn from, single words fitted the training folders and lost matches on the held-out
    /// one (docs/stages/events.md, "Twenty-third session: a learned statement-root classifier").
    /// </summary>
    private List<string> StatementRootFeatures(CodedEvent statement, int from, int to, out ActorMention? aimed)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { "bias", "code=" + statement.Cameo };
        var k = ArticleActors.TokenAt(_tokens, statement.Trigger.Start);
        set.Add("cue=" + (_readings.Lexeme(k)?.Lemma ?? ArticleActors.WithoutConjunction(_tokens[k].Key)));
        set.Add(statement.Basis == EventBasis.Quote ? "basis=quote" : "basis=verb");
        if (statement.Negated)
        {
            set.Add("negated");
        }

        if (statement.Hypothetical)
        {
            set.Add("hypothetical");
        }

        if (statement.Target is not null)
        {
            set.Add("has-target");
        }

        var speaker = statement.Source is { } source ? EntityById(source.EntityId) : null;
        set.Add("speaker=" + (statement.Source is null ? "none" : speaker is null ? "words" : speaker.Type.ToString()));
        if (speaker?.Cameo is { Length: >= 3 } role)
        {
            // The last three letters of the speaker's CAMEO actor code: its role for a country-and-role code ("USAGOV",
            // "IRNMIL"), but the country for a bare one and an organisation's own letters ("IGOUNOREFHCR"); the model learned
            // its weights over that mix, so the feature stays as trained.
            set.Add("role=" + role[^3..]);
        }

        if (statement.Source is { } speaking && IsReporter(speaking))
        {
            // Outlets, witnesses and officers report what others did rather than judge it (EventFinder.StatementContent).
            set.Add("reporter");
        }

        // Whom the statement would be aimed at, and whether it is of the speaker's own country (a side telling of its own).
        aimed = FirstActorIn(from, to, statement.Source?.EntityId);
        var aimedSide = aimed is null ? "no-actor" : statement.Source is { } said && SameSide(aimed.Value.Argument, said) ? "actor-same-side"
            : ActedOnBefore(from, aimed.Value.First) ? "actor-after-act" : "actor";
        set.Add(aimedSide);
        if (CondemnationWords.AnyIn(_tokens, from, to))
        {
            set.Add("condemns");
            set.Add(aimedSide + "&condemns");
        }

        for (var j = from; j < to; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            if (_readings.Lexeme(j) is { } lexeme)
            {
                set.Add("lex=" + Root(lexeme.Cameo));
                set.Add(aimedSide + "&lex=" + Root(lexeme.Cameo));
            }

            if (IsHarm(j))
            {
                set.Add("harm");
                set.Add(aimedSide + "&harm");
            }
        }

        var features = new List<string>(set);
        features.Sort(StringComparer.Ordinal);
        return features;
    }

    /// <summary>
    /// Whether an event word stands in the statement's words before token <paramref name="actor"/>: the actor then follows
    /// the act, as what it is done to ("إن الجفاف يهدد سوريا"), rather than standing as its doer or owner, whom a judgment
    /// is aimed at ("إن إيران ارتكبت"، "سياسة إيران").
    /// </summary>
    private bool ActedOnBefore(int from, int actor)
    {
        for (var j = from; j < actor; j++)
        {
            if (_readings.Lexeme(j) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
