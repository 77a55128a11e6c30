namespace Akhbar.Arabic.Entities;

/// <summary>
/// A form of a word at which gazetteer names begin (<see cref="Gazetteer.StartsOf"/>): where the form starts in
/// the word's key, whether it is read after a bare preposition (a weaker match), and the trie node it leads to.
/// </summary>
public readonly record struct GazetteerStart(int Offset, bool ViaPreposition, int Node);
