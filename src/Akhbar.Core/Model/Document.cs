using Akhbar.Core.Diagnostics;
using Akhbar.Core.Text;

namespace Akhbar.Core.Model;

/// <summary>
/// One analyzed article. <see cref="Text"/> is fixed when cleaning builds the document; each later stage
/// adds its own layer exactly once and never rewrites the text or another stage's layer.
/// </summary>
public sealed class Document
{
    private readonly List<Diagnostic> _diagnostics = [];
    private IReadOnlyList<Sentence>? _sentences;
    private IReadOnlyList<Token>? _tokens;
    private IReadOnlyList<TimeExpression>? _times;
    private IReadOnlyList<EntityMention>? _entities;
    private IReadOnlyList<ListedName>? _listedNames;
    private IReadOnlyList<Entity>? _linked;
    private EntitySpanIndex? _entitySpans;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<CodedEvent>? _events;
    private bool? _sportPage;

    public Document(RawArticle raw, string text, OffsetMap offsets, TextSpan? title, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<RemovedSpan> removed)
    {
        Raw = raw;
        Text = text;
        Offsets = offsets;
        Title = title;
        Paragraphs = paragraphs;
        Removed = removed;
    }

    public RawArticle Raw { get; }

    public string Id => Raw.Id;

    /// <summary>The clean text: the title, a blank line, then the body paragraphs separated by blank lines.</summary>
    public string Text { get; }

    public OffsetMap Offsets { get; }

    public TextSpan? Title { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<RemovedSpan> Removed { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public IReadOnlyList<Sentence> Sentences
    {
        get => _sentences ?? throw MissingLayer(nameof(Sentences));
        set => _sentences = _sentences is null ? value : throw LayerSetTwice(nameof(Sentences));
    }

    public IReadOnlyList<Token> Tokens
    {
        get => _tokens ?? throw MissingLayer(nameof(Tokens));
        set => _tokens = _tokens is null ? value : throw LayerSetTwice(nameof(Tokens));
    }

    public IReadOnlyList<TimeExpression> Times
    {
        get => _times ?? throw MissingLayer(nameof(Times));
        set => _times = _times is null ? value : throw LayerSetTwice(nameof(Times));
    }

    /// <summary>Name mentions in text order, made by the entity stage.</summary>
    public IReadOnlyList<EntityMention> Entities
    {
        get => _entities ?? throw MissingLayer(nameof(Entities));
        set => _entities = _entities is null ? value : throw LayerSetTwice(nameof(Entities));
    }

    /// <summary>
    /// The names of the shipped tables of known people and organizations (Data/entities) written in the text,
    /// each table's in text order, found by the entity stage in one scan for itself and for entity linking.
    /// </summary>
    public IReadOnlyList<ListedName> ListedNames
    {
        get => _listedNames ?? throw MissingLayer(nameof(ListedNames));
        set => _listedNames = _listedNames is null ? value : throw LayerSetTwice(nameof(ListedNames));
    }

    /// <summary>Whether the entity stage scanned for listed names (a pipeline without it leaves linking to scan for itself).</summary>
    public bool HasListedNames => _listedNames is not null;

    /// <summary>
    /// Whether the article is a sport page (Akhbar.Arabic's <c>SportContext</c>), which the entity, linking and event stages
    /// all ask: decided once per document, by the first stage that needs it, and read by the others. Null until then.
    /// </summary>
    public bool? IsSportPage
    {
        get => _sportPage;
        set => _sportPage = _sportPage is null ? value : throw LayerSetTwice(nameof(IsSportPage));
    }

    /// <summary>Entities made by clustering and linking the name mentions, in order of first mention.</summary>
    public IReadOnlyList<Entity> LinkedEntities
    {
        get => _linked ?? throw MissingLayer(nameof(LinkedEntities));
        set => _linked = _linked is null ? value : throw LayerSetTwice(nameof(LinkedEntities));
    }

    public bool HasLinkedEntities => _linked is not null;

    /// <summary>
    /// The id of the entity with a mention overlapping <paramref name="span"/> (the first such entity in
    /// order of first mention), or null when there is none or the entities have not been linked.
    /// </summary>
    public string? EntityIdAt(TextSpan span)
    {
        if (_linked is null)
        {
            return null;
        }

        // The layer is set once, so its index is made on the first question and kept.
        _entitySpans ??= new EntitySpanIndex(_linked);
        var first = _entitySpans.FirstOverlapping(span);
        return first < 0 ? null : _linked[first].Id;
    }

    /// <summary>Reported speech in text order, made by the quote stage.</summary>
    public IReadOnlyList<Quote> Quotes
    {
        get => _quotes ?? throw MissingLayer(nameof(Quotes));
        set => _quotes = _quotes is null ? value : throw LayerSetTwice(nameof(Quotes));
    }

    /// <summary>Coded events in text order of their triggers, made by the event stage.</summary>
    public IReadOnlyList<CodedEvent> Events
    {
        get => _events ?? throw MissingLayer(nameof(Events));
        set => _events = _events is null ? value : throw LayerSetTwice(nameof(Events));
    }

    public bool HasEvents => _events is not null;

    public bool HasSentences => _sentences is not null;

    public bool HasTokens => _tokens is not null;

    public bool HasTimes => _times is not null;

    public bool HasEntities => _entities is not null;

    public bool HasQuotes => _quotes is not null;

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public void AddDiagnostic(string code, string message) => _diagnostics.Add(new Diagnostic(code, message));

    private static InvalidOperationException MissingLayer(string name) =>
        new($"The {name} layer has not been computed: add the stage that provides it to the pipeline.");

    private static InvalidOperationException LayerSetTwice(string name) =>
        new($"The {name} layer was already set: a stage may not rewrite another stage's layer.");
}
