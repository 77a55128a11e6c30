namespace Akhbar.Core.Model;

/// <summary>
/// A name of the tables of known people or organizations (Data/entities/people.tsv, organizations.tsv) written in the
/// text, with its folded key (the table's key) and which table listed it (<see cref="EntityType.Person"/> or
/// <see cref="EntityType.Organization"/>). The entity stage reads the people's and linking the organizations'; one scan of
/// the tokens finds both.
/// </summary>
public readonly record struct ListedName(TextSpan Span, string Key, EntityType Type);
