using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "طرد دبلوماسيين روس"، "ستطرد السفير الإيراني": expelling a state's diplomats is a cut in relations with that state
/// (161, as gold/events-test3 codes it), not the expulsion of individuals (174) that طرد codes for others ("طرد
/// المهاجرين"، "طرد الفصائل من المدينة").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Stems (folded, without the article) of the words for diplomats and envoys.</summary>
    private static readonly string[] DiplomatStems = ["دبلوماسي", "سفير", "سفراء", "ملحق", "دبلوماسيي"];

    /// <summary>Stem of قائم, an envoy only as "القائم بالأعمال": alone it is any word of standing ("المستأجرين القائمين").</summary>
    private static readonly string[] ChargeStems = ["قايم"];

    /// <summary>Recodes the expulsions (174) whose object, within three words of the trigger, is a diplomat or an envoy as 161.</summary>
    private void DiplomatExpulsions()
    {
        if (_codes.Find("161") is not { } reduce)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Cameo != "174" || e.Basis != EventBasis.Trigger)
            {
                continue;
            }

            var last = ArticleActors.TokenAt(_tokens, e.Trigger.End - 1);
            var end = _sentenceEnd[e.Sentence];
            for (var j = last + 1; j < end && j <= last + 3; j++)
            {
                if (_tokens[j].Kind == TokenKind.Number)
                {
                    // "طردت 23 دبلوماسيا": a count stands between the verb and its object.
                    continue;
                }

                if (_tokens[j].Kind != TokenKind.Word || ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
                {
                    break;
                }

                var envoyNoun = HasStem(_tokens[j].Span, DiplomatStems)
                    || (HasStem(_tokens[j].Span, ChargeStems) && j + 1 < end && _tokens[j + 1].Key == "بالاعمال");
                if (envoyNoun && !_tokens[j].Has(SegmentRole.Preposition))
                {
                    var expulsion = Recoded(e, reduce);
                    if (e.Target is null && e.Source is { } envoy && envoy.Span.Start == _tokens[j].Span.Start)
                    {
                        // "وستطرد السفير الإيراني": the envoy right after the verb is who is expelled, not who expels.
                        expulsion = expulsion with { Source = null, Target = envoy };
                    }

                    _events[i] = expulsion;
                    break;
                }
            }
        }
    }
}
