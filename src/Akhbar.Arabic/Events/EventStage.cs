using Akhbar.Arabic.Quotes;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Adds the coded events of a document (docs/stages/events.md): who did what to whom, where and when, in CAMEO and
/// PLOVER, from event verbs and nouns of the event lexicon and from quotes whose cue is an appeal, demand or criticism.
/// </summary>
public sealed class EventStage : IPipelineStage
{
    private readonly EventLexicon _lexicon;
    private readonly CueLexicon _cues;
    private readonly CameoCodes _codes;
    private readonly EventFilter? _filter;

    /// <param name="filtered">Whether the learned event filter (<see cref="EventFilter"/>) drops the PROTEST and ASSAULT events
    /// it does not take for reports; off by default (docs/stages/events.md, "The event filter").</param>
    public EventStage(EventLexicon? lexicon = null, CueLexicon? cues = null, CameoCodes? codes = null, bool filtered = false)
    {
        _lexicon = lexicon ?? EventLexicon.Default;
        _cues = cues ?? CueLexicon.Default;
        _codes = codes ?? CameoCodes.Default;
        _filter = filtered ? EventFilter.Default : null;
    }

    public string Name => "events";

    public IReadOnlyCollection<string> Requires { get; } =
        [LayerNames.Sentences, LayerNames.Tokens, LayerNames.LinkedEntities, LayerNames.Times, LayerNames.Quotes];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Events];

    public void Process(Document document)
    {
        var events = new EventFinder(document, _lexicon, _cues, _codes).Find();
        document.Events = _filter is null ? events : _filter.Apply(document, events, _lexicon);
    }
}
