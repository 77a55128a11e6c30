using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تظاهر آلاف الطلاب احتجاجا على قرار الحكومة", "خرج المئات في مسيرة ... تنديدا بـ": a protest noun that gives the purpose of
/// a protest already told in its sentence (accusative, or after ل: "للاحتجاج على") is no second protest. It says what
/// the first one is against: its target, and its actor when the first names none, go to that protest and the purpose
/// noun is dropped, when no clause word stands between them and both are told alike (not one of them negated or
/// hypothetical: "سدت الشرطة الطرق لمنع مسيرة، بعد أن وصل المعلمون للاحتجاج" keeps both). Protesters who clash with
/// the police protest violently (145). A purpose after an act of another kind ("انسحب النواب احتجاجا على") stays the protest it is.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How far back, in tokens, the protest a purpose noun completes may stand.</summary>
    private const int PurposeReach = 15;

    private void ProtestPurposes()
    {
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var purpose = _events[i];
            if (purpose.Basis != EventBasis.Trigger || Root(purpose.Cameo) != "14" || !IsPurposeNoun(purpose.Trigger))
            {
                continue;
            }

            var at = ArticleActors.TokenAt(_tokens, purpose.Trigger.Start);
            var protest = _events.FindLastIndex(e => e.Basis == EventBasis.Trigger && e.Sentence == purpose.Sentence && Root(e.Cameo) == "14"
                && e.Trigger.End <= purpose.Trigger.Start && ArticleActors.TokenAt(_tokens, e.Trigger.Start) >= at - PurposeReach
                && (purpose.Source is null || e.Source is null || SameActor(purpose.Source, e.Source))
                && e.Negated == purpose.Negated && e.Hypothetical == purpose.Hypothetical && !ClauseStopBetween(ArticleActors.TokenAt(_tokens, e.Trigger.End - 1) + 1, at));
            if (protest < 0)
            {
                continue;
            }

            var told = _events[protest];
            _events[protest] = told with { Source = told.Source ?? purpose.Source, Target = told.Target ?? purpose.Target };
            _events.RemoveAt(i);
        }
    }

    /// <summary>Lemmas of clashing (folded), which protesters do as a violent protest.</summary>
    private static readonly HashSet<string> ClashLemmas = new(StringComparer.Ordinal) { "اشتبك", "اشتباكات", "مواجهات" };

    /// <summary>
    /// Whether the actor is a phrase of protesters ("المتظاهرون"، "مئات المحتجين"): their clash with the police is a violent
    /// protest (145), not a battle (190).
    /// </summary>
    private bool IsProtesterPhrase(EventArgument? actor)
    {
        if (actor is not { EntityId: null } words)
        {
            return false;
        }

        for (var j = ArticleActors.TokenAt(_tokens, words.Span.Start); j >= 0 && j < _tokens.Length && _tokens[j].Span.End <= words.Span.End; j++)
        {
            if (_readings.GenericKind(j) == GenericActors.Kind.Protester)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the trigger is one protest noun of purpose: accusative ("احتجاجا") or after ل ("للاحتجاج").</summary>
    private bool IsPurposeNoun(TextSpan trigger)
    {
        var k = ArticleActors.TokenAt(_tokens, trigger.Start);
        if (k < 0 || ArticleActors.TokenAt(_tokens, trigger.End - 1) != k)
        {
            return false;
        }

        var token = _tokens[k];
        return (token.Key.EndsWith('ا') && !token.Key.StartsWith("ال", StringComparison.Ordinal) && !token.Has(SegmentRole.Preposition))
            || (token.SegmentWith(SegmentRole.Preposition) is { } p && _doc.Text[p.Span.Start] == 'ل');
    }
}
