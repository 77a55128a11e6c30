namespace Akhbar.Core.Model;

/// <summary>
/// A name found in the text. <see cref="Span"/> starts and ends on clitic segment boundaries and leaves out
/// leading conjunctions and prepositions (in "لروسيا" the mention is "روسيا"); the article stays ("الموصل").
/// <see cref="FirstToken"/> and <see cref="LastToken"/> index <see cref="Document.Tokens"/>, inclusive.
/// <see cref="ArticleElided"/> marks a span that starts at the ل standing for the article after the preposition ل
/// ("للعراق": the mention is "لعراق", the name it writes is "العراق"), so the alef has to be put back to read the name.
/// </summary>
public sealed record EntityMention(EntityType Type, TextSpan Span, int FirstToken, int LastToken, bool ArticleElided = false);
