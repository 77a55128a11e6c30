namespace Akhbar.Core.Model;

/// <summary>
/// A name found in the text. <see cref="Span"/> starts and ends on clitic segment boundaries and leaves out
/// leading conjunctions and prepositions (in "لروسيا" the mention is "روسيا"); the article stays ("الموصل").
/// <see cref="FirstToken"/> and <see cref="LastToken"/> index <see cref="Document.Tokens"/>, inclusive.
/// </summary>
public sealed record EntityMention(EntityType Type, TextSpan Span, int FirstToken, int LastToken);
