using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Turns nested Wojood sentences (<see cref="WojoodReader"/>) into flat BIO training sentences with this project's
/// four types. Each Wojood type maps to one of them or to none (<see cref="DefaultTypes"/>); of the mapped entities the
/// outermost win, so a facility, which maps to none, still gives the city inside it ("كنيسة مدينة الرملة": الرملة LOC).
/// With <see cref="NameConventions"/> of the gold set the labels are brought to its conventions: leading words the
/// gold set leaves outside names are cut off when the last of them is a noun it puts before names ("مدينة نابلس" →
/// نابلس; "اللجنة القومية العربية" and "بيت لحم" stay whole), a name whose words are all such words is
/// dropped ("وزارة الداخلية"), and a name the gold set tags with another type takes that type (روسيا acting as a
/// state is ORG in Wojood, LOC in ANERcorp). A noun is kept when the name without it is one the gold set (or Wojood
/// itself) gives another type: "جريدة فلسطين" stays a whole organization rather than teach that فلسطين is one.
/// </summary>
public static class WojoodConversion
{
    /// <summary>
    /// The mapping chosen from ANERcorp's training file: it tags persons, places (countries and cities as well as
    /// regions), organizations (and web firms: جوجل), and as MISC currencies (دولار 107 times), wars and
    /// championships and products; it leaves nationalities and groups (NORP), jobs and titles (OCC), languages,
    /// laws, dates, times and numbers outside names, and facilities inconsistently (مطار, مسجد outside, the name
    /// after them LOC, MISC or ORG), so FAC maps to none and only the places inside facilities are kept.
    /// </summary>
    public const string DefaultTypes = "PERS=PERS,GPE=LOC,LOC=LOC,ORG=ORG,WEBSITE=ORG,EVENT=MISC,CURR=MISC,PRODUCT=MISC";

    /// <summary>Parses "WOJOOD=OURS,..." (OURS one of PERS, LOC, ORG, MISC); Wojood types not listed map to none, but at least one must be listed.</summary>
    public static Dictionary<string, EntityType> ParseTypes(string text)
    {
        var map = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            EntityType? ours = parts.Length == 2 ? parts[1] switch
            {
                "PERS" => EntityType.Person,
                "LOC" => EntityType.Location,
                "ORG" => EntityType.Organization,
                "MISC" => EntityType.Miscellaneous,
                _ => null,
            } : null;
            if (ours is null || parts[0].Length == 0)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"type mapping \"{pair}\": expected WOJOOD_TYPE=PERS|LOC|ORG|MISC.");
            }

            map[parts[0]] = ours.Value;
        }

        // With no type mapped every Wojood name would be trained as no name at all.
        if (map.Count == 0)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"type mapping \"{text}\": no type mapped; expected WOJOOD_TYPE=PERS|LOC|ORG|MISC pairs separated by commas.");
        }

        return map;
    }

    public static List<LabeledSentence> Convert(IReadOnlyList<NestedSentence> sentences, IReadOnlyDictionary<string, EntityType> types, NameConventions? conventions)
    {
        var ownTypes = conventions is null ? null : OwnTypes(sentences, types);
        var result = new List<LabeledSentence>();
        foreach (var sentence in sentences)
        {
            var keys = conventions is null ? [] : NameConventions.Keys(sentence.Words);
            var mapped = new List<(EntityType Type, int Start, int End)>();
            foreach (var span in sentence.Spans)
            {
                if (!types.TryGetValue(span.Type, out var type))
                {
                    continue;
                }

                var start = span.Start;
                if (conventions is not null)
                {
                    // The words the gold set leaves outside names, from the start; if all are, it would not tag this at all.
                    var first = span.Start;
                    while (first < span.End && conventions.IsLeftOutside(keys[first]))
                    {
                        first++;
                    }

                    if (first == span.End)
                    {
                        continue;
                    }

                    if (first == span.Start)
                    {
                        type = conventions.UsualType(keys.AsSpan(start, span.End - start)) ?? type;
                    }
                    else if (conventions.IntroducesNames(keys[first - 1]))
                    {
                        // Cut "قضاء مدينة" off "قضاء مدينة جنين", unless what remains is a name of another type:
                        // "جريدة فلسطين" and "بلدية نابلس" stay whole rather than teach that a place is a newspaper.
                        var rest = string.Join(' ', keys[first..span.End]);
                        var restType = conventions.UsualType(keys.AsSpan(first, span.End - first))
                            ?? (ownTypes!.TryGetValue(rest, out var own) ? own : null);
                        if (restType is null || restType == type)
                        {
                            start = first;
                        }
                    }
                }

                mapped.Add((type, start, span.End));
            }

            var tags = new int[sentence.Words.Length];
            foreach (var (type, start, end) in mapped.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
            {
                if (Array.FindIndex(tags, start, end - start, t => t != BioTags.Outside) >= 0)
                {
                    continue;   // inside (or across) a longer name already placed
                }

                tags[start] = BioTags.Begin(type);
                for (var i = start + 1; i < end; i++)
                {
                    tags[i] = BioTags.Inside(type);
                }
            }

            result.Add(new LabeledSentence(sentence.Words, tags));
        }

        return result;
    }

    /// <summary>The type each mapped entity's text (folded keys) has most often in the nested data itself, at any level.</summary>
    private static Dictionary<string, EntityType> OwnTypes(IReadOnlyList<NestedSentence> sentences, IReadOnlyDictionary<string, EntityType> types)
    {
        var counts = new Dictionary<(string Text, EntityType Type), int>();
        foreach (var sentence in sentences)
        {
            var keys = NameConventions.Keys(sentence.Words);
            foreach (var span in sentence.Spans)
            {
                if (types.TryGetValue(span.Type, out var type))
                {
                    var key = (string.Join(' ', keys[span.Start..span.End]), type);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts.GroupBy(c => c.Key.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Value).Key.Type, StringComparer.Ordinal);
    }
}
