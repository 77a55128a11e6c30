namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// One sentence of a sentence-level event data set labeled for one category ("PROTEST" or "ASSAULT"): positive,
/// negative, or null when the annotators left it undecided (arabic-event-gsr's "ambiguous").
/// </summary>
public sealed record DetectionSentence(string Id, string Text, string Category, bool? Positive);

/// <summary>
/// One sentence known to hold an event of <see cref="Category"/>, with the words of its source and target as the gold
/// gives them (in no particular order, possibly empty), the CAMEO actor codes when the gold has them ("TUN GOV"), and
/// the event's CAMEO code when it has one.
/// </summary>
public sealed record ArgumentSentence(
    string Id,
    string Text,
    string Category,
    IReadOnlyList<string> SourceWords,
    IReadOnlyList<string> TargetWords,
    string? SourceCode,
    string? TargetCode,
    string? Cameo);
