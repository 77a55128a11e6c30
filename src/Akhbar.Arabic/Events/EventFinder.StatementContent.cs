using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Plain statements coded by what their words do, as CAMEO and the gold code them (gold/README.md, events: the speech's
/// more specific act replaces 010): a complaint that another side keeps up its violence is criticism (111), and words
/// that make a step hang on another side's doing ("ما لم تتحمل سول المزيد من النفقات") are a threat (130) to that side.
///
/// A government or official whose words complain that another actor keeps up its violence ("وقالت المتحدثة إن "النظام
/// وداعميه يواصلون الهجوم على ..."", "وأوضحت الخارجية أن استمرار هجمات الحوثيين على المراكز السكانية ...") is not only
/// making a statement: CAMEO and the gold code the statement by what it does, criticism (111) of that actor. Words that
/// only tell that someone attacked are a report (010, as the gold keeps them: "وذكر المتحدث أن طالبان هاجمت نقطتي تفتيش"),
/// so the complaint is read from a word of going on (يواصل، استمرار) right before the act. Those who report violence for a
/// living are left alone even then: news outlets, witnesses, unnamed sources, armies, police and officers.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Words (folded, without the article) of the phrases of speakers who report violence rather than judge it ("مصادر
    /// عسكرية"، "المتحدث باسم الجيش"، "شهود عيان"); a spokesman of a ministry of foreign affairs judges.
    /// </summary>
    private static readonly HashSet<string> Reporters = new(StringComparer.Ordinal)
    {
        "مصدر", "مصادر", "شاهد", "شهود", "مراسل", "وكاله", "صحيفه", "وسايل", "قناه", "تلفزيون", "اذاعه", "موقع", "جيش", "قوات",
        "شرطه", "امن", "عميد", "عقيد", "لواء", "مقدم", "رايد", "عسكري", "عسكريه", "سكان", "ناشط", "ناشطون", "ناشطين", "مسعفون",
        "مسؤول", "مسؤولون", "مسؤولين",
    };

    /// <summary>Words of going on (folded, without a conjunction or the article): "يواصلون الهجوم"، "استمرار هجمات"، "تستمر في قصف".</summary>
    private static readonly HashSet<string> GoingOnWords = new(StringComparer.Ordinal)
    {
        "يواصل", "تواصل", "يواصلون", "يواصلان", "تواصلان", "نواصل", "واصل", "واصلت", "واصلوا", "مواصله", "يستمر", "تستمر",
        "يستمرون", "استمر", "استمرت", "استمرار", "متواصل", "متواصله", "المتواصل", "المتواصله", "المستمر", "المستمره",
    };

    /// <summary>CAMEO actor roles of speakers who report violence rather than judge it: the military, the police, the media.</summary>
    private static readonly string[] ReporterRoles = ["MIL", "COP", "MED", "JUD"];

    /// <summary>
    /// Recodes a plain statement (010, no target) whose words, in their first sentence, tell of a force event (18-20) going on
    /// by an entity other than the speaker and of another country, as criticism (111) of that entity. The force event stays.
    /// </summary>
    private void AccusationsOfViolence()
    {
        if (_codes.Find("111") is not { } criticism)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (statement.Basis != EventBasis.Quote || statement.Cameo != "010" || statement.Target is not null || statement.Negated
                || statement.Source is not { } speaker || !_statementWords.TryGetValue(statement.Trigger.Start, out var words) || IsReporter(speaker))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var sentence = _sentenceOf[first];
            var accused = _events.Find(a => a.Basis == EventBasis.Trigger && IsForce(a.Cameo) && !a.Negated && !a.Hypothetical
                && words.Contains(a.Trigger) && _sentenceOf[ArticleActors.TokenAt(_tokens, a.Trigger.Start)] == sentence
                && a.Source is { EntityId: not null } author && !SameActor(author, speaker) && !SameSide(author, speaker) && GoesOn(a.Trigger))?.Source;
            if (accused is not null)
            {
                _events[i] = statement with { Cameo = criticism.Code, Plover = criticism.Plover, QuadClass = criticism.QuadClass, Goldstein = criticism.Goldstein, Target = accused };
            }
        }
    }

    /// <summary>
    /// Whether the act is told as going on: a word of going on up to two words before it ("يواصلون الهجوم"، "استمرار
    /// هجمات"، "تستمر في قصف") or right after it ("القصف المتواصل").
    /// </summary>
    private bool GoesOn(TextSpan trigger)
    {
        int k = ArticleActors.TokenAt(_tokens, trigger.Start), last = ArticleActors.TokenAt(_tokens, trigger.End - 1);
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            if (GoingOnWords.Contains(ArticleActors.WithoutConjunction(_tokens[j].Key)))
            {
                return true;
            }
        }

        return last + 1 < _tokens.Count && GoingOnWords.Contains(ArticleActors.WithoutConjunction(_tokens[last + 1].Key));
    }

    /// <summary>Whether a speaker reports violence rather than judges it: by a word of its phrase or title, or its entity's role.</summary>
    private bool IsReporter(EventArgument speaker)
    {
        if (speaker.EntityId is { } id && _doc.LinkedEntities.FirstOrDefault(e => e.Id == id) is { } entity)
        {
            if (entity.Cameo is { } code && ReporterRoles.Any(r => code.EndsWith(r, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // The phrase and the title words right before a name ("العميد عبد الرب ..."، "مصادر عسكرية").
        var from = Math.Max(0, ArticleActors.TokenAt(_tokens, speaker.Span.Start));
        for (var t = from - 1; t >= 0 && t >= from - 2 && _tokens[t].Kind == TokenKind.Word; t--)
        {
            from = t;
        }

        for (var j = from; j < _tokens.Count && _tokens[j].Span.Start < speaker.Span.End; j++)
        {
            if (Reporters.Contains(WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two actors are entities of the same country: a side telling of its own forces' acts.</summary>
    private bool SameSide(EventArgument a, EventArgument b)
    {
        string? CountryOf(EventArgument x) =>
            x.EntityId is { } id ? _doc.LinkedEntities.FirstOrDefault(e => e.Id == id)?.Country : null;

        return CountryOf(a) is { } ca && CountryOf(b) is { } cb && ca == cb;
    }

    /// <summary>
    /// "أشار الرئيس إلى أن بلاده يجب أن تبحث تقليص القوات ما لم تتحمل سول المزيد من النفقات": a plain statement (010, no
    /// target) whose words, in their first sentence, make a step hang on what another actor does ("ما لم" + a verb + the
    /// actor, or the actor right after ما لم) threatens that actor (130). The actor must not be the speaker.
    /// </summary>
    private void ConditionalThreats()
    {
        if (_codes.Find("130") is not { } threat)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var statement = _events[i];
            if (statement.Basis != EventBasis.Quote || statement.Cameo != "010" || statement.Target is not null || statement.Negated
                || !_statementWords.TryGetValue(statement.Trigger.Start, out var words))
            {
                continue;
            }

            var first = ArticleActors.TokenAt(_tokens, words.Start);
            if (first < 0)
            {
                continue;
            }

            var end = _sentenceEnd[_sentenceOf[first]];
            for (var j = first; j + 2 < end && _tokens[j].Span.Start < words.End; j++)
            {
                if (ArticleActors.WithoutConjunction(_tokens[j].Key) != "ما" || _tokens[j + 1].Key != "لم")
                {
                    continue;
                }

                // "ما لم تتحمل سول"، "ما لم تسحب واشنطن": the subject of the verb after ما لم, or a name right after it.
                var subject = _actors.StartingAt(j + 2) ?? (j + 3 < end ? _actors.StartingAt(j + 3) : null);
                if (subject is { IsActor: true, Preposition: null } side && !SameActor(side.Argument, statement.Source))
                {
                    _events[i] = statement with { Cameo = threat.Code, Plover = threat.Plover, QuadClass = threat.QuadClass, Goldstein = threat.Goldstein, Target = side.Argument };
                }

                break;
            }
        }
    }
}
