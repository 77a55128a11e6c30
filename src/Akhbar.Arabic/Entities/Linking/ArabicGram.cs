namespace Akhbar.Arabic.Entities.Linking;

/// <summary>An Arabic n-gram of a line of parallel text: its folded key and its surface (for transliteration).</summary>
public readonly record struct ArabicGram(string Key, string Surface);
