using System.Runtime.InteropServices;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Multi-word names as a trie over folded word keys (no regular expression per entry). A match may begin
/// inside the first word, on a proclitic boundary given by <see cref="WordForms"/>, so "وبغداد" and
/// "والموصل" find "بغداد" and "الموصل"; later words must match whole. Immutable once built and safe to
/// share across threads.
/// </summary>
public sealed class Gazetteer
{
    private readonly List<Node> _nodes = [new Node()];

    public int EntryCount { get; private set; }

    /// <summary>Adds one entry given as folded word keys.</summary>
    public void Add(IReadOnlyList<string> keys, GazetteerTypes types)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var node = 0;
        foreach (var key in keys)
        {
            var nodes = CollectionsMarshal.AsSpan(_nodes);
            var children = nodes[node].Children ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (!children.TryGetValue(key, out var next))
            {
                next = _nodes.Count;
                _nodes.Add(new Node());
                children[key] = next;
            }

            node = next;
        }

        var span = CollectionsMarshal.AsSpan(_nodes);
        if (span[node].Types == GazetteerTypes.None)
        {
            EntryCount++;
        }

        span[node].Types |= types;
    }

    /// <summary>The types of an exact single- or multi-word entry, or None.</summary>
    public GazetteerTypes Lookup(params string[] keys)
    {
        var node = 0;
        foreach (var key in keys)
        {
            if (_nodes[node].Children is not { } children || !children.TryGetValue(key, out node))
            {
                return GazetteerTypes.None;
            }
        }

        return _nodes[node].Types;
    }

    /// <summary>Every match over <paramref name="words"/>, in order of start word, each start form tried once.</summary>
    public void FindAll(ReadOnlySpan<WordForms> words, List<GazetteerMatch> output)
    {
        var root = _nodes[0].Children;
        if (root is null)
        {
            return;
        }

        var rootLookup = root.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> offsets = stackalloc int[4];
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Shape != WordShape.Arabic && w.Shape != WordShape.Latin)
            {
                continue;
            }

            // Start forms: the whole word, after the conjunction, after the article chain, after a bare preposition.
            var n = 0;
            offsets[n++] = 0;
            if (w.ConjunctionEnd > 0)
            {
                offsets[n++] = w.ConjunctionEnd;
            }

            if (w.StemStart > w.ConjunctionEnd)
            {
                // After a preposition before the article ("بالموصل" -> "الموصل") and after the article itself.
                if (w.StemStart - w.ConjunctionEnd == 3)
                {
                    offsets[n++] = w.ConjunctionEnd + 1;
                }

                offsets[n++] = w.StemStart;
            }

            for (var k = 0; k < n; k++)
            {
                Walk(words, i, offsets[k], false, rootLookup, output);
            }

            if (w.HasBarePreposition)
            {
                Walk(words, i, w.PrepositionEnd, true, rootLookup, output);
            }
        }
    }

    private void Walk(
        ReadOnlySpan<WordForms> words,
        int first,
        int offset,
        bool viaPreposition,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> rootLookup,
        List<GazetteerMatch> output)
    {
        if (!rootLookup.TryGetValue(words[first].Key.AsSpan(offset), out var node))
        {
            return;
        }

        var last = first;
        while (true)
        {
            var types = _nodes[node].Types;
            if (types != GazetteerTypes.None)
            {
                output.Add(new GazetteerMatch(first, last, offset, types, viaPreposition));
            }

            if (last + 1 >= words.Length || _nodes[node].Children is not { } children || !children.TryGetValue(words[last + 1].Key, out node))
            {
                return;
            }

            last++;
        }
    }

    private struct Node
    {
        public Dictionary<string, int>? Children;
        public GazetteerTypes Types;
    }
}
