using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تشهد المحافظات تظاهرات احتجاجية تطالب بتوفير الخدمات"، "الغضب الشعبي والاحتجاجات المطالبة بتحسين الخدمات"، "مظاهرات
/// احتجاجية يطالب فيها الفلسطينيون برفع الحصار": a demand whose subject is a protest the sentence has just told is what the
/// protesters demand. The gold codes it as a demand (100) by the protest's actor, null when the protest names none
/// (gold/README.md, events-test4: "protests that demand services" 100 with a null source), and the demand noun مطالبة,
/// elsewhere coded only as a purpose after ل, is one here as the protest's adjective. The rules that need a named demander
/// had dropped these: a protest is a fact of the news even when its authors are not named, and so is what it asks for.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words (adjectives of the protest: "احتجاجية"، "الشعبية الواسعة") may stand between the protest and the demand.</summary>
    private const int ProtestDemandReach = 3;

    /// <summary>
    /// The protest (a root-14 event of the sentence coded from a trigger) whose noun stands right before the demand word at
    /// token k, with at most <see cref="ProtestDemandReach"/> words between and no comma, clause word, conjunction or actor
    /// among them; null when there is none.
    /// </summary>
    private CodedEvent? DemandingProtest(int k)
    {
        var sentence = _sentenceOf[k];
        var at = _tokens[k].Span.Start;
        CodedEvent? protest = null;
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var e = _events[i];
            if (e.Sentence == sentence && e.Basis == EventBasis.Trigger && e.Trigger.End <= at)
            {
                protest = e;
                break;
            }
        }

        if (protest is null || !HasRoot(protest.Cameo, '1', '4'))
        {
            return null;
        }

        var last = ArticleActors.TokenAt(_tokens, protest.Trigger.End - 1);
        if (last < 0 || k - last - 1 > ProtestDemandReach)
        {
            return null;
        }

        for (var j = last + 1; j < k; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word || ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key)
                || _tokens[j].Has(SegmentRole.Conjunction) || _actors.StartingAt(j) is not null)
            {
                return null;
            }
        }

        return protest;
    }

    /// <summary>
    /// "يطالب فيها الفلسطينيون": the demanders a protest's demand names after the pronoun that stands for the protest, the
    /// actor or group right after فيها/فيه; null when none is named there.
    /// </summary>
    private EventArgument? DemandersAfterProtestPronoun(int k, int end)
    {
        var j = k + 1;
        if (j + 1 >= end || _tokens[j].Key is not ("فيها" or "فيه"))
        {
            return null;
        }

        if (_actors.StartingAt(j + 1) is { IsActor: true } named)
        {
            return named.Argument;
        }

        // A collective noun ("المتظاهرون"، "الأهالي") or a definite plural of people ("الفلسطينيون"); not any word, which may
        // be the demand's object.
        var key = ArticleActors.WithoutConjunction(_tokens[j + 1].Key);
        return GroupActors.IsCollective(_tokens[j + 1]) || (key.StartsWith("ال", StringComparison.Ordinal) && key.EndsWith("ون", StringComparison.Ordinal))
            ? GroupArgument(j + 1, end)
            : null;
    }
}
