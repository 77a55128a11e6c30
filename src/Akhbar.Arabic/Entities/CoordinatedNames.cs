using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Splits a name that the tagger ran across "و" into the two names it joins: "بوتين وميركل", "إسرائيل وحزب الله",
/// "الاتحاد الأوروبي وطهران". News lists actors in pairs all the time, and the tagger, which scores a word from its
/// neighbours, often carries the first name's tag over the conjunction. The second name starts where a word inside
/// the chunk is و glued to a word that begins a name on its own: a common given name or name particle, a country, a
/// known place that is not mostly a common word, or an organization head noun; inside a person, also almost any other
/// word in و (<see cref="StartsSecondPerson"/>). The second name takes the type its first word says (person, place,
/// organization).
/// </summary>
/// <remarks>
/// Measured on the gold of ANERCorp_CamelLab_train.txt (by a script that mirrors this test) before it was wired in: of
/// the 460 places where a gold name starts right after another with a word in و, the test marks 312, 310 of them with
/// the gold type; inside single gold names it fires 11 times, mostly on pairs the annotators left whole ("فلسطين ولبنان"
/// as one place, "الويبو وجامعة الدول العربية" as one organization). Names that keep a و inside
/// ("منظمة الأغذية والزراعة", "هيومن رايتس ووتش", "بوب وودورد") do not begin a name after the و and are left whole, as
/// are words that are themselves a given name with a و ("وليد", "وائل").
/// </remarks>
public static class CoordinatedNames
{
    private const int MinNameLetters = 3;

    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, LinkingResources linking)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 1; i < words.Length; i++)
            {
                if (!BioTags.IsInside(t[i]) || words[i].ConjunctionEnd != 1 || words[i].Key[0] != 'و' || words[i].Shape != WordShape.Arabic)
                {
                    continue;
                }

                var chunkType = BioTags.TypeOf(t[i]);
                if ((SecondNameType(words[i].Key, chunkType, linking)
                    ?? (chunkType == EntityType.Person && StartsSecondPerson(words[i].Key, words[i - 1].Key, linking) ? EntityType.Person : null)) is not { } type)
                {
                    continue;
                }

                t[i] = BioTags.Begin(type);
                for (var j = i + 1; j < t.Length && BioTags.IsInside(t[j]); j++)
                {
                    t[j] = BioTags.Inside(type);
                }
            }
        }
    }

    /// <summary>
    /// Whether a folded word "و" + name inside a person's name begins a second person although its name is not a listed
    /// given name: "شافيز ولوكاشنكو", "بوش ورايس", "ديل بييرو وماورو كامورانيزي". Inside a person's name a word in و is
    /// almost always the next person of a list; the exceptions are names that begin with the letter و themselves, which
    /// transliterations spell with وا، وي or وو (وايت، ويلي، وودورد), given names in و (وليد, listed), and the word after a
    /// name particle (أبي وقاص, بن وهب).
    /// </summary>
    /// <remarks>
    /// Measured on the gold of ANERCorp_CamelLab_train.txt before it was wired in: of the words that meet these conditions
    /// in or right after a gold person, 114 begin a second person right after the first and 6 are inside one name (three
    /// of the six look like annotation slips: "كاسياس وراموس" as one person).
    /// </remarks>
    private static bool StartsSecondPerson(string key, string previousKey, LinkingResources linking) =>
        key.Length > MinNameLetters && key[1] is not ('ا' or 'و' or 'ي') && !linking.NameSpellings.ContainsKey(key)
        && !NameParticles.Contains(previousKey);

    /// <summary>Folded words after which the next word is part of the same name: kunya, patronymic and family particles.</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "عبد", "ال", "ام", "بو", "ولد" };

    /// <summary>
    /// The type of the name that a folded word "و" + name begins inside a name of <paramref name="chunkType"/>, or null when
    /// the word is no such start. A town's name is also a person's or a firm's often enough (ديانا، رينو) that a place other
    /// than a country only says where the second name starts, not that it is a place, inside a person or an organization.
    /// </summary>
    public static EntityType? SecondNameType(string key, EntityType chunkType, LinkingResources linking)
    {
        var name = key[1..];
        if (name.Length < MinNameLetters || linking.NameSpellings.ContainsKey(key))
        {
            return null;
        }

        if (linking.NameSpellings.ContainsKey(name))
        {
            return EntityType.Person;
        }

        if (linking.CountriesByKey.ContainsKey(name) || linking.CountryFirstWords.Contains(name))
        {
            return EntityType.Location;
        }

        if (linking.PlacesByKey.ContainsKey(name) && !linking.PlaceCommonWords.Contains(name))
        {
            return chunkType is EntityType.Person or EntityType.Organization ? chunkType : EntityType.Location;
        }

        var head = name.StartsWith("ال", StringComparison.Ordinal) ? name.AsSpan(2) : name.AsSpan();
        return NameHeads.IsOrganizationHead(head) ? EntityType.Organization : null;
    }
}
