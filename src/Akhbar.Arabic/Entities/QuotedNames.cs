using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags a name written in quotation marks right after the noun that says what it names: a newspaper, firm or agency
/// ("صحيفة « الصباح »", "شركة « نور للاتصالات »") is an organization, a programme, film, novel, play or stadium
/// ("برنامج « صباح الخير »", "بعنوان « أيام الشمس »", "استاد « الشعب »") is a MISC name, a town ("مدينة « الأمل »") a
/// place. Arabic news quotes exactly these names, and their words are often ordinary words (a programme called "the
/// people and I") that the tagger, reading each word, leaves untagged or cuts apart. The quoted words become one name
/// of the noun's type, whatever the tagger made of them.
/// </summary>
/// <remarks>
/// Measured on the gold of ANERCorp_CamelLab_train.txt before it was wired in: of the 76 quoted spans of one to six words
/// after one of these nouns, 73 are one name of the noun's type; the three others are a film title the annotators left
/// untagged, a five-word lecture title after بعنوان, and a stadium named after a person tagged as the person. Nouns whose
/// quoted spans the gold does not tag consistently were left out: مسلسل (a series: 6 of 7 untagged), كتاب (a book: the
/// title's own names tagged instead), bare عنوان, حركة and جماعة.
/// </remarks>
public static class QuotedNames
{
    /// <summary>Words between the quotation marks at most: a longer quotation is a saying, not a name.</summary>
    private const int MaxWords = 6;

    /// <summary>Folded nouns and the type of the quoted name after them (a proclitic و، ف، ب، ك or ل is removed first).</summary>
    private static readonly FrozenDictionary<string, EntityType> Designators = new Dictionary<string, EntityType>(StringComparer.Ordinal)
    {
        ["صحيفه"] = EntityType.Organization,
        ["جريده"] = EntityType.Organization,
        ["مجله"] = EntityType.Organization,
        ["شركه"] = EntityType.Organization,
        ["موسسه"] = EntityType.Organization,
        ["وكاله"] = EntityType.Organization,
        ["قناه"] = EntityType.Organization,
        ["مصرف"] = EntityType.Organization,
        ["بنك"] = EntityType.Organization,
        ["موقع"] = EntityType.Organization,
        ["برنامج"] = EntityType.Miscellaneous,
        ["برنامجا"] = EntityType.Miscellaneous,
        ["بعنوان"] = EntityType.Miscellaneous,
        ["فيلم"] = EntityType.Miscellaneous,
        ["فيلما"] = EntityType.Miscellaneous,
        ["روايه"] = EntityType.Miscellaneous,
        ["مسرحيه"] = EntityType.Miscellaneous,
        ["استاد"] = EntityType.Miscellaneous,
        ["ملعب"] = EntityType.Miscellaneous,
        ["مدينه"] = EntityType.Location,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 1; i + 2 < words.Length; i++)
            {
                if (ClosingMark(words[i].Key) is not { } closing || DesignatedType(words[i - 1]) is not { } type)
                {
                    continue;
                }

                var close = i + 1;
                while (close < words.Length && close <= i + MaxWords && words[close].Key != closing)
                {
                    close++;
                }

                if (close == i + 1 || close >= words.Length || words[close].Key != closing || t[i] != BioTags.Outside || t[close] != BioTags.Outside)
                {
                    continue;
                }

                t[i + 1] = BioTags.Begin(type);
                for (var j = i + 2; j < close; j++)
                {
                    t[j] = BioTags.Inside(type);
                }

                i = close;
            }
        }
    }

    /// <summary>The mark that closes a quotation opened by <paramref name="key"/>, or null when it opens none.</summary>
    private static string? ClosingMark(string key) => key switch
    {
        "«" => "»",
        "\"" => "\"",
        "“" => "”",
        _ => null,
    };

    private static EntityType? DesignatedType(WordForms word)
    {
        if (word.Shape != WordShape.Arabic)
        {
            return null;
        }

        var lookup = Designators.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = word.NounStart(lookup.ContainsKey);
        return start >= 0 && lookup.TryGetValue(word.Key.AsSpan(start), out var type) ? type : null;
    }
}
