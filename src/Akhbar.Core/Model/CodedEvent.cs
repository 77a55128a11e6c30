namespace Akhbar.Core.Model;

/// <summary>
/// A participant or place of an event: the words of the clean text that name it and, when those words are a
/// mention of a linked entity, that entity's id ("e3"). Actors the text names only by a bare role or group
/// ("القوات الحكومية") keep their span with no entity id.
/// </summary>
public sealed record EventArgument(TextSpan Span, string? EntityId);

/// <summary>Where an event came from: an event verb or noun, or a quote whose cue codes it (دعا، طالب، انتقد، رفض).</summary>
public enum EventBasis
{
    Trigger,
    Quote,
}

/// <summary>
/// One coded event of an article: who (<see cref="Source"/>) did what (<see cref="Cameo"/>, with its PLOVER type,
/// quad class and Goldstein score from the code table) to whom (<see cref="Target"/>), where and when, with the
/// <see cref="Trigger"/> words that support it. <see cref="When"/> is a TIMEX3 date at the precision of the text (a day,
/// or the month, week, year the text names); when no time expression of the sentence gave it, it is the publication day and <see cref="WhenFromPublication"/> is true. Negated and
/// hypothetical events are kept and flagged, so that a reader of the record can tell them from reported facts.
/// </summary>
public sealed record CodedEvent(
    TextSpan Trigger,
    int Sentence,
    string Cameo,
    string? Plover,
    int QuadClass,
    double? Goldstein,
    EventArgument? Source,
    EventArgument? Target,
    EventArgument? Where,
    string? When,
    TextSpan? WhenSpan,
    bool WhenFromPublication,
    bool Negated,
    bool Hypothetical,
    EventBasis Basis);
