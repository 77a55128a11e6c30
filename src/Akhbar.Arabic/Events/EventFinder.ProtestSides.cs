using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Who protests and against whom, when the word order of the protest itself does not say. A protest is aimed at someone
/// only when its words name someone: "احتجاجا على حضور وزير العدل" (the minister), "ضد الحكومة", "على وجود طالبي
/// اللجوء"; a bill, a plan or a policy with nobody named in it ("ضد مشروع قانون ضريبة الدخل"، "احتجاجا على الخطة"، "على
/// مدار 6 أسابيع") is what the protest is about, and the gold gives such a protest no target (gold/README.md: actors only).
/// A protest noun whose author no rule found is protested by the protesters its sentence names elsewhere ("تواصلت
/// الاحتجاجات في عمان ...، حيث طالب المتظاهرون الحكومة"): a protest is theirs by what the word means.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether the words a protest is aimed at name someone: an entity (also through a bare head noun that stands for one),
    /// a group or a generic actor noun, a title, or a
    /// plural in the construct state before its definite genitive ("طالبي اللجوء"، "منتسبي النقابة").
    /// </summary>
    private bool NamesProtested(EventArgument protested)
    {
        // "المناهضة للحكومة": a bare head noun stands for the organization the text named with it before.
        if (protested.EntityId is not null || WithReferent(protested)?.EntityId is not null)
        {
            return true;
        }

        for (var j = ArticleActors.TokenAt(_tokens, protested.Span.Start); j >= 0 && j < _tokens.Length && _tokens[j].Span.End <= protested.Span.End; j++)
        {
            var token = _tokens[j];
            if (_actors.StartingAt(j) is { IsActor: true } || GroupActors.Is(token) || GenericActors.IsActorNoun(token) || IsTitle(token))
            {
                return true;
            }

            var key = ArticleActors.WithoutConjunction(token.Key);
            if (token.Kind == TokenKind.Word && key.Length > 3 && key.EndsWith('ي') && !key.StartsWith("ال", StringComparison.Ordinal) && !token.Has(SegmentRole.Preposition)
                && j + 1 < _tokens.Length && _tokens[j + 1].Span.End <= protested.Span.End && _tokens[j + 1].Key.StartsWith("ال", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives a protest with no source the first phrase of protesters its sentence names ("المتظاهرون"، "نحو 150 محتجا"),
    /// unless that phrase is what the protest is aimed at.
    /// </summary>
    private void SentenceProtesters()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var protest = _events[i];
            if (protest.Basis != EventBasis.Trigger || Root(protest.Cameo) != "14" || protest.Source is not null
                || ArticleActors.TokenAt(_tokens, protest.Trigger.Start) is not (>= 0 and var k))
            {
                continue;
            }

            var sentence = _sentenceOf[k];
            int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
            for (var j = start; j < end; j++)
            {
                if (_readings.GenericKind(j) is not (GenericActors.Kind.Protester or GenericActors.Kind.Quantity) || GenericPhrase(j, end) is not { Kind: GenericActors.Kind.Protester } phrase)
                {
                    continue;
                }

                if (IsCasualtyPhrase(phrase.First, phrase.Last, end))
                {
                    // "بعد مقتل عشرات المتظاهرين ... احتجاجات": the dead are not the protest's authors; look further on.
                    j = phrase.Last;
                    continue;
                }

                var protesters = PhraseArgument(phrase);
                if (protest.Target is not { } target || !target.Span.Overlaps(protesters.Span))
                {
                    _events[i] = protest with { Source = protesters };
                }

                break;
            }
        }
    }
}
