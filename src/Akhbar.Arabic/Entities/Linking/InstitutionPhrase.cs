using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// An institution named by a noun and what follows it: a nisba ("النظام السوري"), a leader's name
/// ("نظام الأسد", where <see cref="Leader"/> is the name's span and actor) or a collective noun ("قوات التحالف").
/// <see cref="Country"/> is null for a collective. <see cref="Key"/> groups phrases naming the same
/// institution: the gloss with the country or the collective. <see cref="Descriptive"/>: a noun that describes the body
/// ("الحكومة الروسية", "قوات التحالف"), not one of its names; never with a leader's name ("حكومة الملقي" names one government).
/// </summary>
public sealed record InstitutionPhrase(TextSpan Span, string Key, string NameEn, string? Country, string? Cameo, TextSpan? Leader, ActorRecord? LeaderActor, bool Descriptive = false);
