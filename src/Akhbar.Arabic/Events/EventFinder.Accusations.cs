using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// A government or official whose words tell of another actor's violence ("وقالت المتحدثة إن "النظام وداعميه يواصلون
/// الهجوم على ..."", "وأوضحت الخارجية أن استمرار هجمات الحوثيين على المراكز السكانية ...") is not only making a
/// statement: CAMEO and the gold code the statement by what it does, criticism (111) of that actor. Those who report
/// violence for a living are left alone: news outlets, witnesses, unnamed sources, and armies and police telling of their
/// enemies, whose statements the gold keeps as 010.
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

    /// <summary>CAMEO actor roles of speakers who report violence rather than judge it: the military, the police, the media.</summary>
    private static readonly string[] ReporterRoles = ["MIL", "COP", "MED", "JUD"];

    /// <summary>
    /// Recodes a plain statement (010, no target) whose words, in their first sentence, tell of a force event (18-20) by an
    /// entity other than the speaker and of another country, as criticism (111) of that entity. The force event stays.
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
                && a.Source is { EntityId: not null } author && !SameActor(author, speaker) && !SameSide(author, speaker))?.Source;
            if (accused is not null)
            {
                _events[i] = statement with { Cameo = criticism.Code, Plover = criticism.Plover, QuadClass = criticism.QuadClass, Goldstein = criticism.Goldstein, Target = accused };
            }
        }
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
}
