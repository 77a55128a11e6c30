namespace Akhbar.Arabic.Quotes.Evaluation;

/// <summary>
/// A gold quote as the scorer compares it: its content offsets, its kind, and its speaker's words taken from the
/// article text at the gold's speaker span (null when the gold names nobody).
/// </summary>
public sealed record ScoredGold(int Start, int End, string Kind, string? SpeakerText);
