using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Mentions that refer to one entity while the linking stage works on them: name mentions with their
/// folded keys, type votes of the tagger, and what appositions and dictionaries add.
/// </summary>
public sealed class MentionCluster
{
    /// <summary>Votes per type, kept inside the object (one allocation less per entity of every article).</summary>
    private TypeVotes _votes;

    /// <summary><see cref="KeysByWords"/> as last made, with the number of names it was made of.</summary>
    private (List<string>? Keys, int ForCount) _keysByWords;

    /// <summary><see cref="KeysByWords"/> with each key once, as last made.</summary>
    private (List<string>? Keys, int ForCount) _distinctKeysByWords;

    public List<LinkedMention> Mentions { get; } = [];

    /// <summary>Folded keys of the name mentions, in text order; names are only ever added to it.</summary>
    public List<string> NameKeys { get; } = [];

    /// <summary>Texts of the name mentions, in text order.</summary>
    public List<string> NameTexts { get; } = [];

    public List<string> Roles { get; } = [];

    /// <summary>The office of the first role without its nisba ("وزير الخارجية"), for counterparts.</summary>
    public string? Office { get; set; }

    public string? Country { get; set; }

    /// <summary>The person this one met or spoke with, named by a counterpart phrase ("نظيره الألماني X").</summary>
    public MentionCluster? Partner { get; set; }

    public string? NameEn { get; set; }

    public string? Cameo { get; set; }

    public GeoLink? Geo { get; set; }

    public EntityType Type { get; set; }

    /// <summary>
    /// The institution phrases that describe this organization rather than name it ("الحكومة الروسية"), when it was made of
    /// such phrases (<see cref="InstitutionPhrase.Descriptive"/>); null for any other cluster.
    /// </summary>
    public List<TextSpan>? DescriptionSpans { get; set; }

    /// <summary>Whether every mention is a describing phrase or a bare noun referring back to one ("الحكومة"): no name at all.</summary>
    public bool IsDescriptive => DescriptionSpans is { } spans && Mentions.TrueForAll(m => m.Kind == MentionKind.Role || spans.Contains(m.Span));

    public int FirstStart
    {
        get
        {
            // A loop rather than LINQ's Min: clusters are sorted by it, so it runs many times per article.
            var first = int.MaxValue;
            foreach (var m in Mentions)
            {
                first = Math.Min(first, m.Span.Start);
            }

            return first;
        }
    }

    /// <summary>Adds a name mention; its text is kept as a name is written, without hashtag marks ("صندوق_النقد_الدولي").</summary>
    public void AddName(TextSpan span, EntityType type, string text, string key)
    {
        Mentions.Add(new LinkedMention(span, MentionKind.Name));
        NameTexts.Add(NameJoiners.Plain(text));
        NameKeys.Add(key);
        _votes[(int)type]++;
    }

    public void Absorb(MentionCluster other)
    {
        Mentions.AddRange(other.Mentions);
        NameKeys.AddRange(other.NameKeys);
        NameTexts.AddRange(other.NameTexts);
        for (var i = 0; i < TypeVotes.Length; i++)
        {
            _votes[i] += other._votes[i];
        }
    }

    public int Votes(EntityType type) => _votes[(int)type];

    /// <summary>The type most mentions were tagged with; ties go to person, then location, organization, other.</summary>
    public EntityType VotedType()
    {
        var best = 0;
        for (var i = 1; i < TypeVotes.Length; i++)
        {
            if (_votes[i] > _votes[best])
            {
                best = i;
            }
        }

        return (EntityType)best;
    }

    /// <summary>The name mention with the most words, the first of them on a tie.</summary>
    public string FullestName()
    {
        var best = 0;
        for (var i = 1; i < NameTexts.Count; i++)
        {
            if (Words(NameKeys[i]) > Words(NameKeys[best]))
            {
                best = i;
            }
        }

        return NameTexts[best];
    }

    public static int Words(string key) => key.AsSpan().Count(' ') + 1;

    /// <summary>
    /// The name keys, those of most words first and in text order among equals, as <c>NameKeys.OrderByDescending(Words)</c>
    /// gives them (with <paramref name="distinct"/>, each key once, as <c>NameKeys.Distinct().OrderByDescending(Words)</c>).
    /// Linking reads them so for every dictionary it asks; one key, the common case, is returned as it is.
    /// </summary>
    public IReadOnlyList<string> KeysByWords(bool distinct = false)
    {
        if (NameKeys.Count <= 1)
        {
            return NameKeys;
        }

        // Kept until a name is added (names are only ever added): linking asks for them several times per entity.
        ref var kept = ref distinct ? ref _distinctKeysByWords : ref _keysByWords;
        if (kept.Keys is null || kept.ForCount != NameKeys.Count)
        {
            kept = (SortByWords(distinct), NameKeys.Count);
        }

        return kept.Keys;
    }

    private List<string> SortByWords(bool distinct)
    {
        var keys = new List<string>(NameKeys.Count);
        foreach (var key in NameKeys)
        {
            if (!distinct || !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        // A stable insertion sort: a key moves only past keys of fewer words.
        for (var i = 1; i < keys.Count; i++)
        {
            var key = keys[i];
            var words = Words(key);
            var j = i - 1;
            while (j >= 0 && Words(keys[j]) < words)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = key;
        }

        return keys;
    }

    /// <summary>One count per <see cref="EntityType"/>.</summary>
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct TypeVotes
    {
        public const int Length = 4;

        private int _first;
    }
}
