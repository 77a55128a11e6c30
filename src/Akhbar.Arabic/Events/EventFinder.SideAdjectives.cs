using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Sides of a war named by an adjective rather than a name: "صواريخ حوثية"، "الهجوم الحوثي"، "إسقاط طائرة حوثية". After
/// a noun of force the adjective names its author (as a country's nisba names the state, <see cref="NisbaAuthor"/>); after
/// the weapon an interception or destruction is done to, it names the side that lost it, the target.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Nouns of force whose next word is the weapon or position they are done to ("إسقاط طائرة"، "تدمير مواقع").</summary>
    private static readonly HashSet<string> DoneToWeaponLemmas = new(StringComparer.Ordinal) { "اسقاط", "اعتراض", "تدمير" };

    /// <summary>
    /// "إسقاط طائرة حوثية": an interception or destruction with no target of its own takes as target the side the adjective
    /// after its weapon names, when that is an entity other than the source.
    /// </summary>
    private void WeaponOwners()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Target is not null || e.Basis != EventBasis.Trigger)
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            var last = ArticleActors.TokenAt(_tokens, e.Trigger.End - 1);
            if (k < 0 || _readings.Lexeme(k) is not { } lexeme || !DoneToWeaponLemmas.Contains(lexeme.Lemma))
            {
                continue;
            }

            if (NisbaAuthor(last, _sentenceEnd[e.Sentence]) is { EntityId: { } owner } side && owner != e.Source?.EntityId)
            {
                _events[i] = e with { Target = side };
            }
        }
    }

    /// <summary>
    /// "صواريخ حوثية"، "هجوم طالباني": an adjective made from the name of an organization the article names ("الحوثي"،
    /// "طالبان") after a noun of force names that organization as its author, as a country's nisba names the state. The
    /// adjective is the organization's last name word with ي or ية ("حوثية" for "ميليشيا الحوثي"); null when no organization
    /// of the article has it.
    /// </summary>
    private EventArgument? OrganizationNisba(int j)
    {
        if (!_doc.HasLinkedEntities)
        {
            return null;
        }

        var key = WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key));
        var stem = key.EndsWith("يه", StringComparison.Ordinal) ? key[..^1] : key.EndsWith("ي", StringComparison.Ordinal) ? key : null;
        if (stem is null || stem.Length < 4)
        {
            return null;
        }

        foreach (var entity in _doc.LinkedEntities)
        {
            if (entity.Type != EntityType.Organization)
            {
                continue;
            }

            foreach (var m in entity.Mentions)
            {
                var last = ArticleActors.TokenAt(_tokens, m.Span.End - 1);
                if (last >= 0 && last != j && _tokens[last].Kind == TokenKind.Word && NisbaOf(WithoutArticle(_tokens[last].Key), stem))
                {
                    return new EventArgument(_tokens[j].Span, entity.Id);
                }
            }
        }

        return null;
    }

    /// <summary>"حوثي" for "الحوثي"; "طالباني" for "طالبان": the adjective is the name word, or the name word and ي.</summary>
    private static bool NisbaOf(string nameWord, string stem) =>
        nameWord.Length >= 3 && (stem == nameWord || (stem.Length == nameWord.Length + 1 && stem.StartsWith(nameWord, StringComparison.Ordinal)));

    /// <summary>
    /// "اعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون"، "إعلان الرياض اعتراض سبعة صواريخ أطلقتها جماعة الحوثي": an
    /// interception or downing with no target of its own is aimed at whoever fired the weapon, named by the launch the
    /// sentence codes right after it (in the same clause, within ten words).
    /// </summary>
    private void InterceptedLaunchers()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            if (e.Target is not null || e.Basis != EventBasis.Trigger || !IsForce(e.Cameo) || k < 0)
            {
                continue;
            }

            if (!IsInterception(e))
            {
                continue;
            }

            var last = ArticleActors.TokenAt(_tokens, e.Trigger.End - 1);
            var launch = _events.Find(a => a.Basis == EventBasis.Trigger && a.Sentence == e.Sentence && a.Source is not null && a.Trigger.Start > e.Trigger.End
                && IsLaunchWord(ArticleActors.TokenAt(_tokens, a.Trigger.Start)) && ArticleActors.TokenAt(_tokens, a.Trigger.Start) - last <= 10
                && !ClauseStopBetween(last + 1, ArticleActors.TokenAt(_tokens, a.Trigger.Start)));
            if (launch?.Source is { } launcher && !SameActor(launcher, e.Source))
            {
                _events[i] = e with { Target = launcher };
            }
        }
    }

    /// <summary>Whether an event of force is an interception or a downing, by the first word of its trigger.</summary>
    private bool IsInterception(CodedEvent e)
    {
        var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
        if (k < 0 || !IsForce(e.Cameo))
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
        return InterceptionStems.Any(stem => key.Contains(stem, StringComparison.Ordinal));
    }

    /// <summary>Stems (folded) of the verbs and nouns of interception and downing: اعترض، اعتراض، أسقط، إسقاط.</summary>
    private static readonly string[] InterceptionStems = ["عترض", "عتراض", "سقط", "سقاط"];

    /// <summary>Whether token j is a form of أطلق "fired" or its noun إطلاق.</summary>
    private bool IsLaunchWord(int j) =>
        j >= 0 && ArticleActors.WithoutConjunction(_tokens[j].Key) is var key && (key.StartsWith("اطلق", StringComparison.Ordinal) || key.StartsWith("يطلق", StringComparison.Ordinal)
            || key.StartsWith("تطلق", StringComparison.Ordinal) || key.StartsWith("اطلاق", StringComparison.Ordinal));

    /// <summary>Whether a clause word or a full stop stands between tokens from and to (excluded).</summary>
    private bool ClauseStopBetween(int from, int to)
    {
        for (var j = from; j < to && j < _tokens.Length; j++)
        {
            if (ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }
}
