namespace Akhbar.Arabic.Entities;

/// <summary>
/// Multi-word names as a trie over hashed folded word keys (no regular expression per entry). A match may
/// begin inside the first word, on a proclitic boundary given by <see cref="WordForms"/>, so "وبغداد" and
/// "والموصل" find "بغداد" and "الموصل"; later words must match whole. Keys are kept only as 32-bit hashes,
/// which is what lets a model carry a gazetteer it was trained with (<see cref="NerModel"/>) without
/// carrying the list itself. Build it fully, then share it: lookups are thread-safe, <see cref="Add"/> is not.
/// </summary>
public sealed class Gazetteer
{
    private const int Root = 0;

    private readonly Dictionary<ulong, int> _edges = [];
    private readonly List<GazetteerTypes> _types = [GazetteerTypes.None];

    /// <summary>The filter in front of <see cref="_edges"/>, built on the first lookup after the gazetteer last grew.</summary>
    private EdgeFilter? _filter;

    public int EntryCount { get; private set; }

    /// <summary>The hash under which a word (or the part of a folded key after its proclitics) is stored.</summary>
    public static uint HashOf(ReadOnlySpan<char> key) => FeatureHash.OfText(key);

    /// <summary>Adds one entry given as folded word keys.</summary>
    public void Add(IReadOnlyList<string> keys, GazetteerTypes types)
    {
        if (keys.Count == 0 || types == GazetteerTypes.None)
        {
            return;
        }

        var node = Root;
        foreach (var key in keys)
        {
            node = Child(node, HashOf(key));
        }

        Mark(node, types);
    }

    /// <summary>Adds every entry of <paramref name="other"/> to this gazetteer.</summary>
    public void AddAll(Gazetteer other)
    {
        var children = other._edges.ToLookup(e => (int)(e.Key >> 32), e => (Word: (uint)e.Key, Child: e.Value));
        var stack = new Stack<(int From, int To)>();
        stack.Push((Root, Root));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            if (other._types[from] != GazetteerTypes.None)
            {
                Mark(to, other._types[from]);
            }

            foreach (var (word, child) in children[from])
            {
                stack.Push((child, Child(to, word)));
            }
        }
    }

    /// <summary>The types of an exact single- or multi-word entry, or None.</summary>
    public GazetteerTypes Lookup(params string[] keys)
    {
        var node = Root;
        foreach (var key in keys)
        {
            if (!TryEdge(node, HashOf(key), out node))
            {
                return GazetteerTypes.None;
            }
        }

        return _types[node];
    }

    /// <summary>The types of the one-word name <paramref name="word"/> (as <see cref="Lookup"/> with one key, without an array).</summary>
    public GazetteerTypes LookupWord(ReadOnlySpan<char> word) =>
        TryEdge(Root, HashOf(word), out var node) ? _types[node] : GazetteerTypes.None;

    /// <summary>Every match over <paramref name="words"/>, in order of start word.</summary>
    public void FindAll(ReadOnlySpan<WordForms> words, List<GazetteerMatch> output)
    {
        if (_edges.Count == 0)
        {
            return;
        }

        for (var i = 0; i < words.Length; i++)
        {
            FindAt(words, i, output);
        }
    }

    /// <summary>The matches that start at word <paramref name="i"/>.</summary>
    public void FindAt(ReadOnlySpan<WordForms> words, int i, List<GazetteerMatch> output)
    {
        foreach (var start in StartsOf(words[i]))
        {
            Walk(words, [], i, start, output);
        }
    }

    /// <summary>
    /// Where names may begin in the word <paramref name="w"/>: the start forms that <see cref="FindAt"/> tries
    /// (the whole word, after the conjunction, after a preposition before the article ("بالموصل" -> "الموصل"),
    /// after the whole proclitic chain, and after a bare preposition) that begin at least one name, with the
    /// node they lead to; empty for most words. It depends on the word alone, so a tagger may keep it per word.
    /// </summary>
    public GazetteerStart[] StartsOf(in WordForms w)
    {
        if (_edges.Count == 0 || w.Shape is not (WordShape.Arabic or WordShape.Latin or WordShape.LatinCapitalized))
        {
            return [];
        }

        List<GazetteerStart>? starts = null;
        void Try(string key, int offset, bool viaPreposition)
        {
            if (TryEdge(Root, HashOf(key.AsSpan(offset)), out var node))
            {
                (starts ??= []).Add(new GazetteerStart(offset, viaPreposition, node));
            }
        }

        Try(w.Key, 0, false);
        if (w.ConjunctionEnd > 0)
        {
            Try(w.Key, w.ConjunctionEnd, false);
        }

        if (w.StemStart - w.ConjunctionEnd == 3)
        {
            Try(w.Key, w.ConjunctionEnd + 1, false);
        }

        if (w.StemStart > w.ConjunctionEnd)
        {
            Try(w.Key, w.StemStart, false);
        }

        if (w.HasBarePreposition)
        {
            Try(w.Key, w.PrepositionEnd, true);
        }

        return starts is null ? [] : [.. starts];
    }

    /// <summary>
    /// The names of <see cref="FindAll"/> that begin at word <paramref name="first"/>, from its start forms
    /// (<see cref="StartsOf"/>) and the key hashes (<see cref="HashOf"/>) of the sentence's words.
    /// </summary>
    public void FindAt(ReadOnlySpan<WordForms> words, ReadOnlySpan<uint> keyHashes, int first, ReadOnlySpan<GazetteerStart> starts, List<GazetteerMatch> output)
    {
        foreach (var start in starts)
        {
            Walk(words, keyHashes, first, start, output);
        }
    }

    public void Save(BinaryWriter w)
    {
        w.Write(_types.Count);
        foreach (var t in _types)
        {
            w.Write((byte)t);
        }

        w.Write(_edges.Count);
        foreach (var (edge, child) in _edges.OrderBy(e => e.Value))
        {
            w.Write((int)(edge >> 32));
            w.Write((uint)edge);
            w.Write(child);
        }
    }

    public static Gazetteer Load(BinaryReader r)
    {
        var g = new Gazetteer();
        g._types.Clear();
        var nodes = r.ReadInt32();
        for (var i = 0; i < nodes; i++)
        {
            var t = (GazetteerTypes)r.ReadByte();
            g._types.Add(t);
            g.EntryCount += t == GazetteerTypes.None ? 0 : 1;
        }

        var edges = r.ReadInt32();
        for (var i = 0; i < edges; i++)
        {
            var node = r.ReadInt32();
            var word = r.ReadUInt32();
            var child = r.ReadInt32();
            if (node >= nodes || child >= nodes)
            {
                throw new InvalidDataException("gazetteer edge out of range");
            }

            g._edges[Edge(node, word)] = child;
        }

        return g;
    }

    private static ulong Edge(int node, uint word) => ((ulong)(uint)node << 32) | word;

    /// <summary>The child of <paramref name="node"/> by <paramref name="word"/>, asked of the <see cref="EdgeFilter"/> first.</summary>
    private bool TryEdge(int node, uint word, out int child)
    {
        var edge = Edge(node, word);
        var filter = _filter;
        if (filter is null || filter.Count != _edges.Count)
        {
            // Built once the gazetteer is complete (a lookup while it is still being added to builds it again later).
            _filter = filter = new EdgeFilter(_edges.Keys);
        }

        if (!filter.MayHave(edge))
        {
            child = 0;
            return false;
        }

        return _edges.TryGetValue(edge, out child);
    }

    private int Child(int node, uint word)
    {
        if (!_edges.TryGetValue(Edge(node, word), out var child))
        {
            child = _types.Count;
            _types.Add(GazetteerTypes.None);
            _edges[Edge(node, word)] = child;
        }

        return child;
    }

    private void Mark(int node, GazetteerTypes types)
    {
        if (_types[node] == GazetteerTypes.None)
        {
            EntryCount++;
        }

        _types[node] |= types;
    }

    /// <summary>
    /// Follows the words after <paramref name="first"/> from a start form's node, adding every name passed;
    /// the words' key hashes are taken from <paramref name="keyHashes"/>, or computed when it is empty.
    /// </summary>
    private void Walk(ReadOnlySpan<WordForms> words, ReadOnlySpan<uint> keyHashes, int first, GazetteerStart start, List<GazetteerMatch> output)
    {
        var node = start.Node;
        var last = first;
        while (true)
        {
            var types = _types[node];
            if (types != GazetteerTypes.None)
            {
                output.Add(new GazetteerMatch(first, last, start.Offset, types, start.ViaPreposition));
            }

            if (last + 1 >= words.Length || !TryEdge(node, keyHashes.IsEmpty ? HashOf(words[last + 1].Key) : keyHashes[last + 1], out node))
            {
                return;
            }

            last++;
        }
    }
}
