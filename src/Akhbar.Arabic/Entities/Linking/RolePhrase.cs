using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A role phrase ending in a nisba ("وزير الخارجية الروسي", "الرئيس التركي") or a counterpart phrase
/// ("نظيره الألماني"). <see cref="Span"/> leaves out leading clitics; <see cref="Head"/> is the folded role
/// noun without the article; <see cref="Office"/> is the text before the nisba ("وزير الخارجية") and
/// <see cref="NisbaText"/> the nisba as written. Token indexes are inclusive. <see cref="IsDescription"/>: the noun describes
/// the person without naming an office ("الناشط الهندي"), so the phrase counts only right before a name.
/// </summary>
public sealed record RolePhrase(TextSpan Span, int FirstToken, int LastToken, string Head, bool IsCounterpart, string Country, string Office, string NisbaText, bool IsDescription = false);
