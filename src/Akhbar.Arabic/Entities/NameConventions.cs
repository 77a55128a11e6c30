using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// What a gold set does with words and names, counted from its sentences, so that labels from a corpus with other
/// conventions can be brought to it. ANERcorp leaves the noun that says what a name is outside it (مدينة، صحيفة،
/// وزارة، حركة: "مدينة نابلس" is "O B-LOC") and tags a country LOC even where it acts as a state; Wojood puts the
/// noun inside and tags an acting country ORG. Words are compared by their folded keys (<see cref="WordForms"/>).
/// </summary>
public sealed class NameConventions
{
    /// <summary>A word seen this often, and inside names less than <see cref="MaxNameShare"/> of the time, is one the set leaves outside names.</summary>
    public const int MinCount = 3;

    public const double MaxNameShare = 0.2;

    /// <summary>A word left outside names that stands right before the start of one at least this share of the time says what the name is (مدينة 87%, صحيفة 36%; وزارة, اللجنة and بيت 0-8%).</summary>
    public const double MinIntroducerShare = 0.25;

    private readonly Dictionary<string, (int Total, int InName, int BeforeName)> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _names = new(StringComparer.Ordinal);

    public static NameConventions From(IEnumerable<LabeledSentence> gold)
    {
        var conventions = new NameConventions();
        foreach (var sentence in gold)
        {
            var keys = Keys(sentence.Words);
            for (var i = 0; i < keys.Length; i++)
            {
                var (total, inName, beforeName) = conventions._words.GetValueOrDefault(keys[i]);
                var outside = sentence.Tags[i] == BioTags.Outside;
                var before = outside && i + 1 < keys.Length && BioTags.IsBegin(sentence.Tags[i + 1]);
                conventions._words[keys[i]] = (total + 1, inName + (outside ? 0 : 1), beforeName + (before ? 1 : 0));
            }

            for (var start = 0; start < keys.Length; start++)
            {
                if (!BioTags.IsBegin(sentence.Tags[start]))
                {
                    continue;
                }

                var end = start + 1;
                while (end < keys.Length && BioTags.IsInside(sentence.Tags[end]))
                {
                    end++;
                }

                var text = string.Join(' ', keys[start..end]);
                if (!conventions._names.TryGetValue(text, out var byType))
                {
                    conventions._names[text] = byType = new int[4];
                }

                byType[(int)BioTags.TypeOf(sentence.Tags[start])]++;
            }
        }

        return conventions;
    }

    /// <summary>The folded keys of words, as this class compares them.</summary>
    public static string[] Keys(IEnumerable<string> words) => [.. words.Select(w => WordForms.Of(w).Key)];

    /// <summary>Whether the gold set leaves this word (a folded key) outside names: seen often enough, seldom in one.</summary>
    public bool IsLeftOutside(string key) =>
        _words.TryGetValue(key, out var counts) && counts.Total >= MinCount && counts.InName < MaxNameShare * counts.Total;

    /// <summary>Whether the gold set leaves this word outside names and often puts it right before one: a noun that says what the name after it is (مدينة، صحيفة، حركة).</summary>
    public bool IntroducesNames(string key) =>
        IsLeftOutside(key) && _words[key].BeforeName >= MinIntroducerShare * _words[key].Total;

    /// <summary>The type the gold set gives most often to exactly these words (folded keys) as one name; null if it never tags them so.</summary>
    public EntityType? UsualType(ReadOnlySpan<string> keys)
    {
        if (!_names.TryGetValue(string.Join(' ', keys.ToArray()), out var byType))
        {
            return null;
        }

        var best = 0;
        for (var t = 1; t < byType.Length; t++)
        {
            if (byType[t] > byType[best])
            {
                best = t;
            }
        }

        return (EntityType)best;
    }
}
