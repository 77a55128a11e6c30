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
    private readonly IStatementRootChooser? _statementRoots;

    /// <param name="filtered">Whether the learned event filter (<see cref="EventFilter"/>) drops the PROTEST and ASSAULT events
    /// it does not take for reports; off by default (docs/stages/events.md, "The event filter").</param>
    /// <param name="statementRoots">What recodes the statements the rules leave plain (01x) as criticism, demands, threats
    /// and the like: the learned <see cref="StatementRootModel"/>, or null to leave them (docs/stages/events.md,
    /// "Twenty-third session: a learned statement-root classifier").</param>
    public EventStage(EventLexicon? lexicon = null, CueLexicon? cues = null, CameoCodes? codes = null, bool filtered = false, IStatementRootChooser? statementRoots = null)
    {
        _statementRoots = statementRoots;
        _lexicon = lexicon ?? EventLexicon.Default;
        _cues = cues ?? CueLexicon.Default;
        _codes = codes ?? CameoCodes.Default;
        _filter = filtered ? EventFilter.Default : null;
    }

    public string Name => "events";

    public IReadOnlyCollection<string> Requires { get; } =
        [LayerNames.Sentences, LayerNames.Tokens, LayerNames.LinkedEntities, LayerNames.Times, LayerNames.Quotes];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Events];

    public void Process(Document document) => document.Events = Find(document);

    /// <summary>
    /// The events of a document without setting its layer: what <see cref="Process"/> sets, for training and cross-validation
    /// that code one analyzed document again and again with different statement-root choosers.
    /// </summary>
    public List<CodedEvent> Find(Document document)
    {
        var events = new EventFinder(document, _lexicon, _cues, _codes, _statementRoots).Find();
        return _filter is null ? events : _filter.Apply(document, events, _lexicon);
    }
}
