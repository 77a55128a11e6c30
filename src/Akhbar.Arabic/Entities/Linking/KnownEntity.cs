namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A row of the hand-written people or organization table: the English name, the country (null for an
/// international body), the role or kind, and the first and last words (folded) of its names of two words or more ("رجب أردوغان").
/// </summary>
public sealed record KnownEntity(string NameEn, string? Country, string Role, IReadOnlySet<string> FirstAndLast);
