using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Mentions that refer to one entity while the linking stage works on them: name mentions with their
/// folded keys, type votes of the tagger, and what appositions and dictionaries add.
/// </summary>
public sealed class MentionCluster
{
    private readonly int[] _votes = new int[4];

    public List<LinkedMention> Mentions { get; } = [];

    /// <summary>Folded keys of the name mentions, in text order.</summary>
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

    public int FirstStart => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Span.Start);

    public void AddName(TextSpan span, EntityType type, string text, string key)
    {
        Mentions.Add(new LinkedMention(span, MentionKind.Name));
        NameTexts.Add(text);
        NameKeys.Add(key);
        _votes[(int)type]++;
    }

    public void Absorb(MentionCluster other)
    {
        Mentions.AddRange(other.Mentions);
        NameKeys.AddRange(other.NameKeys);
        NameTexts.AddRange(other.NameTexts);
        for (var i = 0; i < _votes.Length; i++)
        {
            _votes[i] += other._votes[i];
        }
    }

    public int Votes(EntityType type) => _votes[(int)type];

    /// <summary>The type most mentions were tagged with; ties go to person, then location, organization, other.</summary>
    public EntityType VotedType()
    {
        var best = 0;
        for (var i = 1; i < _votes.Length; i++)
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

    public static int Words(string key) => key.Count(c => c == ' ') + 1;
}
