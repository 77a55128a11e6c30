using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// A predicted actor in raw offsets: the span of its words (null when they came from outside the body, a separate
/// title) and the raw spans of every mention of the entity it was linked to (empty when none).
/// </summary>
public sealed record PredictedActor(TextSpan? Span, IReadOnlyList<TextSpan> EntityMentions);

/// <summary>
/// A predicted event in raw offsets, with the index of its sentence among <see cref="PredictedEvents.Sentences"/>, its place
/// and its date (a publication-day fallback included: it is judged by its value like any other).
/// </summary>
public sealed record PredictedEvent(TextSpan Trigger, int Sentence, string Cameo, PredictedActor? Source, PredictedActor? Target, bool Negated, bool Hypothetical)
{
    public PredictedActor? Where { get; init; }

    public string? When { get; init; }

    public string Root => Cameo[..2];
}

/// <summary>The events of one analyzed document and its sentences, all mapped to raw offsets so they compare with gold.</summary>
public sealed record PredictedEvents(IReadOnlyList<PredictedEvent> Events, IReadOnlyList<TextSpan> Sentences)
{
    /// <summary>
    /// Maps a document's events to raw offsets. Events whose trigger has no raw position (a title given in a separate
    /// field, which gold does not annotate) are left out. Throws when the document has no event layer at all.
    /// </summary>
    public static PredictedEvents From(Document doc)
    {
        if (!doc.HasEvents)
        {
            throw new InvalidOperationException("the document has no event layer");
        }

        return From(doc, doc.Events);
    }

    /// <summary>Maps <paramref name="coded"/>, events found in <paramref name="doc"/> but not set as its layer, as <see cref="From(Document)"/> does.</summary>
    public static PredictedEvents From(Document doc, IReadOnlyList<CodedEvent> coded)
    {
        var sentences = RawSentences(doc);
        var events = new List<PredictedEvent>();
        foreach (var e in coded)
        {
            if (Raw(doc, e.Trigger) is { } trigger)
            {
                // The sentence is found from the raw trigger rather than taken from e.Sentence, so gold and prediction use one rule.
                events.Add(new PredictedEvent(trigger, EventScore.SentenceOf(trigger, sentences), e.Cameo, Actor(doc, e.Source), Actor(doc, e.Target), e.Negated, e.Hypothetical)
                {
                    Where = Actor(doc, e.Where),
                    When = e.When,
                });
            }
        }

        return new PredictedEvents(events, sentences);
    }

    /// <summary>The document's sentences in raw offsets, by index; a sentence from a separate title field keeps its index with an empty span, so indices still agree.</summary>
    public static IReadOnlyList<TextSpan> RawSentences(Document doc) =>
        doc.Sentences.Select(s => Raw(doc, s.Span) ?? new TextSpan(0, 0)).ToList();

    private static PredictedActor? Actor(Document doc, EventArgument? argument)
    {
        if (argument is null)
        {
            return null;
        }

        var mentions = new List<TextSpan>();
        if (argument.EntityId is { } id && doc.HasLinkedEntities)
        {
            foreach (var m in doc.LinkedEntities.FirstOrDefault(x => x.Id == id)?.Mentions ?? [])
            {
                if (Raw(doc, m.Span) is { } r)
                {
                    mentions.Add(r);
                }
            }
        }

        return new PredictedActor(Raw(doc, argument.Span), mentions);
    }

    private static TextSpan? Raw(Document doc, TextSpan span) =>
        doc.Offsets.ToRaw(span) is { } r ? new TextSpan(r.Start, r.End) : null;
}
