namespace Akhbar.Arabic.Entities.Linking;

/// <summary>One actor of a PETRARCH dictionary: its main name, its aliases (the "+" lines) and its codes.</summary>
public sealed record ActorEntry(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<ActorCode> Codes);
