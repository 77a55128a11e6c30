using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// The events of one annotation read as if a coder had predicted them, so that a second annotation of the same articles is
/// scored against the first with exactly the matching <see cref="EventScore"/> applies to the engine (inter-annotator
/// agreement, gold/README.md "gold/agreement"). Each event keeps its trigger, code, flags, place and date; its sentence is
/// found from the trigger in the segmentation given, as the engine's are.
/// </summary>
public static class GoldAsPrediction
{
    public static PredictedEvents Events(EventGoldFile file, IReadOnlyList<TextSpan> sentences)
    {
        var events = new List<PredictedEvent>();
        foreach (var g in file.Events)
        {
            var index = EventScore.SentenceOf(g.Trigger, sentences);
            TextSpan? sentence = index >= 0 ? sentences[index] : null;
            events.Add(new PredictedEvent(g.Trigger, index, g.Cameo, Actor(g.Source, file, g.Trigger, sentence), Actor(g.Target, file, g.Trigger, sentence), g.Negated, g.Hypothetical)
            {
                Where = g.Where is { } place ? Actor(new GoldActor(place, null), file, g.Trigger, sentence) : null,
                When = g.When,
            });
        }

        return new PredictedEvents(events, sentences);
    }

    /// <summary>
    /// An actor as a coder gives it: an actor phrase by its words; an entity by all its mentions, and by the words of its
    /// mention nearest the trigger in the trigger's sentence (none when the sentence has no mention of it), since a coder
    /// names the actor where the sentence does, so that the first annotation's phrase for the same actor can still match.
    /// </summary>
    public static PredictedActor? Actor(GoldActor? actor, EventGoldFile file, TextSpan trigger, TextSpan? sentence)
    {
        if (actor is null)
        {
            return null;
        }

        if (actor.Span is { } phrase)
        {
            return new PredictedActor(phrase, []);
        }

        var mentions = file.Entities[actor.EntityId!];
        var nearest = sentence is { } s
            ? mentions.Where(s.Contains).OrderBy(m => Math.Abs(m.Start - trigger.Start)).Select(m => (TextSpan?)m).FirstOrDefault()
            : null;
        return new PredictedActor(nearest, mentions);
    }
}
