using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// A gold actor: a gold entity id ("g3"), or the raw span of an actor phrase that is no gold entity
/// ("القوات الحكومية"). Exactly one of the two is set.
/// </summary>
public sealed record GoldActor(string? EntityId, TextSpan? Span);

/// <summary>
/// One gold event of gold/README.md ("events"): trigger and actor spans are half-open UTF-16 offsets into the record's raw
/// <c>text</c> field; a null actor means the text names none.
/// </summary>
public sealed record GoldEvent(
    TextSpan Trigger,
    string Cameo,
    GoldActor? Source,
    GoldActor? Target,
    string? Where,
    string? When,
    bool Negated,
    bool Hypothetical,
    string? Note)
{
    /// <summary>The two-digit CAMEO root ("04" for "043").</summary>
    public string Root => Cameo[..2];
}
