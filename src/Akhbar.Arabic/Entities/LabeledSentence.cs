namespace Akhbar.Arabic.Entities;

/// <summary>A sentence of gold data: its words as written and one BIO tag id (<see cref="BioTags"/>) per word.</summary>
public sealed record LabeledSentence(string[] Words, int[] Tags);
