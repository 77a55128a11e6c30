using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Names on sport pages (<see cref="SportContext"/>) that the tagger, trained on politics, reads by their everyday sense:
/// <list type="bullet">
/// <item>a club named by its city ("لاعب ميلان", "فريق أوفا", "نادي النصر", "أمام روما الإيطالي") is an organization, not
/// the city: after a club noun in the construct state (نادي، فريق، لاعب، مدرب ... without the article), or before a
/// masculine nisba (a club is "ميلان الإيطالي", a city "ميونيخ الألمانية"). A country stays a place: the national team is
/// named by its country, and the country is what linking should find;</item>
/// <item>a federation, "الاتحاد الروسي لكرة القدم", is an organization, with its "لكرة القدم" (the tagger reads "الاتحاد
/// الروسي" as the Russian Federation); before "لكرة" on any page;</item>
/// <item>a competition, "الدوري الروسي الممتاز", "كأس العالم", "كأس أودي", is a MISC name; the "بطولة" before a cup and a
/// "الودية" after it are no part of its name;</item>
/// <item>a name right after a player's or coach's role (اللاعب، المهاجم، المدرب ...; without the article when a nisba follows
/// the role: "لاعب الوسط الغاني إيمانويل فريمبونج") is a person, whatever type the tagger gave it: foreign names
/// transliterated letter by letter look like nothing the tagger knows.</item>
/// </list>
/// Run by the pipeline only (<see cref="EntityStage"/>), not by <c>eval ner</c>.
/// </summary>
public static class SportNames
{
    /// <summary>Folded nouns whose construct state names a club after them ("نادي الاتحاد", "لاعب ميلان", "جماهير سبارتاك").</summary>
    private static readonly FrozenSet<string> ClubNouns = FrozenSet.ToFrozenSet(
        ["نادي", "فريق", "لاعب", "لاعبي", "مدرب", "مهاجم", "حارس", "مدافع", "جماهير", "مشجعي", "انصار", "اداره"], StringComparer.Ordinal);

    /// <summary>Folded nouns of a player's or coach's role, before the person's name ("اللاعب"، "المهاجم"، "المدرب").</summary>
    private static readonly FrozenSet<string> PlayerRoles = FrozenSet.ToFrozenSet(
        ["لاعب", "لاعبه", "مهاجم", "حارس", "مدافع", "مدرب", "مدربه", "نجم", "هداف", "قائد"], StringComparer.Ordinal);

    // The three sets read by span, without a string per word: looked up once here rather than at each call.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubNounLookup = ClubNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlayerRoleLookup = PlayerRoles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Folded words of a position between a role and its nisba ("لاعب الوسط الغاني", "حارس المرمى الدولي").</summary>
    private static readonly FrozenSet<string> Positions = FrozenSet.ToFrozenSet(
        ["الوسط", "خط", "المرمي", "الدفاع", "الهجوم", "الفني", "السابق", "الدولي", "الشاب", "الجديد", "المخضرم"], StringComparer.Ordinal);

    /// <summary>The folded noun of a federation and the words of the sport after it ("لكره القدم").</summary>
    private const string Federation = "الاتحاد";

    private const string ForBall = "لكره";

    /// <summary>The shortest loose key by which a country is looked up (linking's own limit).</summary>
    private const int MinLooseCountry = 5;

    /// <summary>Folded competition nouns: "الدوري" (and "دوري" in a construct, "دوري أبطال أوروبا") and "كأس".</summary>
    private const string League = "دوري";

    private const string Cup = "كاس";

    /// <summary>Words after "كأس" that make its name though the tagger leaves them untagged.</summary>
    private static readonly FrozenSet<string> CupNames = FrozenSet.ToFrozenSet(["العالم", "السوبر", "الملك", "الامير", "ولي", "الرابطه", "الاتحاد", "العرب", "الخليج", "الامم", "القارات"], StringComparer.Ordinal);

    /// <summary>The word after a league that stays in its name ("الدوري الروسي الممتاز").</summary>
    private static readonly FrozenSet<string> LeagueTails = FrozenSet.ToFrozenSet(["الممتاز", "للمحترفين"], StringComparer.Ordinal);

    /// <summary>Folded words before a cup or after a competition that are no part of its name.</summary>
    private static readonly FrozenSet<string> CompetitionFrames = FrozenSet.ToFrozenSet(["بطوله", "الوديه", "الودي", "الدوليه"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompetitionFrameLookup = CompetitionFrames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Updates <paramref name="tags"/> in place on a sport page; on any other page only a federation before "لكرة".</summary>
    /// <param name="sport">Whether the article is a sport page (<see cref="SportContext"/>).</param>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, bool sport, Linking.LinkingResources linking)
    {
        var retyped = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var (words, t) = (sentences[s], tags[s]);
            Federations(words, t, linking, sport);
            if (!sport)
            {
                continue;
            }

            Competitions(words, t, linking);
            ClubsAndPlayers(words, t, linking, retyped);
        }

        if (retyped.Count > 0)
        {
            Repeat(sentences, tags, retyped);
        }
    }

    /// <summary>
    /// The same name elsewhere in the article, as the tagger typed it there, takes the type a club's or player's context gave
    /// it ("فريمبونج" alone after "لاعب الوسط الغاني إيمانويل فريمبونج"); linking votes a name's type over its mentions, and
    /// the bare repeats would outvote the one the context settled. Not a place after في or إلى: the club's officials travel to
    /// its city ("حضروا إلى ميلان").
    /// </summary>
    private static void Repeat(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, Dictionary<string, EntityType> retyped)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var (words, t) = (sentences[s], tags[s]);
            for (var a = 0; a < words.Length; a++)
            {
                if (!BioTags.IsBegin(t[a]))
                {
                    continue;
                }

                var b = ChunkEnd(t, a);
                var type = BioTags.TypeOf(t[a]);
                if (type != EntityType.Person && !(a > 0 && words[a - 1].Key is "في" or "الي" or "مدينه") && (retyped.TryGetValue(words[a].Key, out var wanted) || retyped.TryGetValue(words[a].Key[words[a].ConjunctionEnd..], out wanted)) && wanted != type)
                {
                    var all = true;
                    for (var i = a + 1; i <= b && all; i++)
                    {
                        all = retyped.TryGetValue(words[i].Key, out var other) && other == wanted;
                    }

                    if (all)
                    {
                        Retag(t, a, b, wanted);
                    }
                }

                a = b;
            }
        }
    }

    /// <summary>"الاتحاد" and a nisba: a federation on a sport page or before "لكرة", taking "لكرة القدم" in.</summary>
    private static void Federations(WordForms[] words, int[] t, Linking.LinkingResources linking, bool sport)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (!IsWord(words[i], Federation) || !linking.NisbaByKey.ContainsKey(words[i + 1].Key))
            {
                continue;
            }

            var ball = i + 3 < words.Length && words[i + 2].Key == ForBall;
            if (!ball && !sport)
            {
                continue;
            }

            // The tagger's chunk, if it starts here, or the two words alone; not a name that goes on past the nisba.
            if (t[i] != BioTags.Outside && !BioTags.IsBegin(t[i]))
            {
                continue;
            }

            var end = ChunkEnd(t, i + 1);

            if (end > i + 1 && !ball)
            {
                continue;
            }

            end = ball ? Math.Max(end, i + 3) : end;
            Retag(t, i, end, EntityType.Organization);
            i = end;
        }
    }

    /// <summary>Leagues and cups as MISC names.</summary>
    private static void Competitions(WordForms[] words, int[] t, Linking.LinkingResources linking)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var w = words[i];
            if (w.Shape != WordShape.Arabic || w.Key.AsSpan(w.ConjunctionEnd).StartsWith("لل"))
            {
                // A word glued to لل has lost the article's alef: gold marks no such mention.
                continue;
            }

            // Inside the tagger's name only when that name began with "بطولة" right before ("بطولة كأس أودي الودية").
            var inside = t[i] != BioTags.Outside && !BioTags.IsBegin(t[i]);
            var framed = inside && i > 0 && BioTags.IsBegin(t[i - 1]) && IsFrame(words[i - 1]);
            if (inside && !framed)
            {
                continue;
            }

            var stem = w.Stem;
            var end = -1;
            if (stem.SequenceEqual(League) && linking.NisbaByKey.ContainsKey(words[i + 1].Key))
            {
                // "الدوري الروسي" and "الدوري الروسي الممتاز"; "دوري أبطال أوروبا" is left to the tagger.
                end = i + 1 + (i + 2 < words.Length && LeagueTails.Contains(words[i + 2].Key) ? 1 : 0);
            }
            else if (stem.SequenceEqual(Cup) && w.StemStart == w.ConjunctionEnd)
            {
                // "كأس العالم", "كأس أودي": the name the tagger found after the noun, or a listed word.
                end = BioTags.IsBegin(t[i + 1]) || (framed && BioTags.IsInside(t[i + 1])) ? ChunkEnd(t, i + 1)
                    : CupNames.Contains(words[i + 1].Key) ? i + 1 : -1;
            }

            if (end < 0)
            {
                continue;
            }

            while (end > i + 1 && IsFrame(words[end]))
            {
                end--;
            }

            if (framed)
            {
                t[i - 1] = BioTags.Outside;
            }

            Retag(t, i, end, EntityType.Miscellaneous);

            // A frame word the tagger ran the name on over ("كأس أودي الودية") is no name of its own.
            if (end + 1 < words.Length && BioTags.IsBegin(t[end + 1]) && IsFrame(words[end + 1]))
            {
                t[end + 1] = BioTags.Outside;
                if (end + 2 < words.Length && BioTags.IsInside(t[end + 2]))
                {
                    t[end + 2] = BioTags.Begin(BioTags.TypeOf(t[end + 2]));
                }
            }

            i = end;
        }
    }

    private static bool IsFrame(in WordForms w) => CompetitionFrameLookup.Contains(w.Key.AsSpan(w.ConjunctionEnd));

    /// <summary>Clubs named by a city, and persons after a player's role.</summary>
    private static void ClubsAndPlayers(WordForms[] words, int[] t, Linking.LinkingResources linking, Dictionary<string, EntityType> retyped)
    {
        for (var a = 0; a < words.Length; a++)
        {
            if (!BioTags.IsBegin(t[a]))
            {
                continue;
            }

            var type = BioTags.TypeOf(t[a]);
            var b = ChunkEnd(t, a);
            if (AfterPlayerRole(words, t, a, linking) && !IsCountry(words, a, b, linking) && !(IsGluedLam(words[a]) && IsNisbaBefore(words, t, a, linking)))
            {
                // A person the tagger found there too: its bare repeats, which it often reads as places, are that person.
                Retag(t, a, b, EntityType.Person);
                Remember(words, a, b, EntityType.Person, retyped);
            }
            else if (type != EntityType.Person
                && ((a > 0 && t[a - 1] == BioTags.Outside && IsClubNoun(words[a - 1]) && (type != EntityType.Miscellaneous || IsTeamNoun(words[a - 1])))
                    || (type == EntityType.Location && b + 1 < words.Length && t[b + 1] == BioTags.Outside && IsMasculineNisba(words[b + 1], linking)))
                && !IsCountry(words, a, b, linking))
            {
                Retag(t, a, b, EntityType.Organization);
                Remember(words, a, b, EntityType.Organization, retyped);
            }

            a = b;
        }
    }

    /// <summary>
    /// Whether the chunk at <paramref name="a"/> follows a player's role: with the article right before it ("اللاعب مونتاري"),
    /// or with a nisba after the role and its position ("لاعب الوسط الغاني إيمانويل", "المهاجم الدولي المصري"); a quotation mark
    /// may open the name ("اللاعب الغاني «مونتاري»").
    /// </summary>
    private static bool AfterPlayerRole(WordForms[] words, int[] t, int a, Linking.LinkingResources linking)
    {
        var j = a - 1;
        if (j >= 0 && words[j].Shape == WordShape.Punctuation && words[j].Key is "«" or "\"")
        {
            j--;
        }

        var nisba = false;
        while (j >= 0 && t[j] == BioTags.Outside && linking.NisbaByKey.ContainsKey(words[j].Key))
        {
            (nisba, j) = (true, j - 1);
        }

        for (var k = 0; k < 2 && j >= 0 && t[j] == BioTags.Outside && nisba && Positions.Contains(words[j].Key); k++)
        {
            j--;
        }

        if (j < 0 || t[j] != BioTags.Outside || words[j].Shape != WordShape.Arabic)
        {
            return false;
        }

        var w = words[j];
        var article = w.StemStart > w.ConjunctionEnd;
        return PlayerRoleLookup.Contains(w.Stem) && (article || nisba);
    }

    /// <summary>A word that may begin with a glued ل ("لآرسنال", of Arsenal); ب is as often a name's letter ("برنس بواتينج").</summary>
    private static bool IsGluedLam(in WordForms w) => w.HasBarePreposition && w.Key[w.ConjunctionEnd] == 'ل';

    /// <summary>"المدرب الفرنسي لآرسنال": a nisba right before the word, which then names whose coach he is.</summary>
    private static bool IsNisbaBefore(WordForms[] words, int[] t, int a, Linking.LinkingResources linking) =>
        a > 0 && t[a - 1] == BioTags.Outside && linking.NisbaByKey.ContainsKey(words[a - 1].Key);

    /// <summary>
    /// نادي and فريق name a team of any name: after them a name the tagger called MISC ("فريق أوفا") is the club too, which
    /// after a player's noun it need not be ("مهاجم مشاكس", "لاعب سوبر").
    /// </summary>
    private static bool IsTeamNoun(in WordForms w) => IsTeamWord(w.Key) || IsTeamWord(w.Key.AsSpan(w.ConjunctionEnd));

    /// <summary>The word itself, whose first letter may have been read off as a conjunction ("فريق").</summary>
    private static bool IsTeamWord(ReadOnlySpan<char> key) => key is "نادي" or "فريق" or "لنادي" or "لفريق" or "بنادي" or "بفريق";

    /// <summary>A club noun in the construct state: no article ("لاعب ميلان"; "اللاعب ميلان" would name a person).</summary>
    private static bool IsClubNoun(in WordForms w) =>
        w.Shape == WordShape.Arabic && w.StemStart == w.ConjunctionEnd && w.NounStart(static key => ClubNounLookup.Contains(key)) >= 0;

    /// <summary>A masculine nisba of a country, with the article ("الإيطالي", not "الإيطالية" or "الإيطاليين").</summary>
    private static bool IsMasculineNisba(in WordForms w, Linking.LinkingResources linking) =>
        w.Key.EndsWith('ي') && linking.NisbaByKey.ContainsKey(w.Key);

    /// <summary>
    /// Whether the words of a chunk, with or without a leading conjunction or preposition (a name may begin with its letter:
    /// "فرنسا"), are a country's name, also spelled loosely ("الدنمارك"), or a nisba.
    /// </summary>
    private static bool IsCountry(WordForms[] words, int a, int b, Linking.LinkingResources linking)
    {
        var first = words[a];
        var rest = b > a ? " " + string.Join(' ', words[(a + 1)..(b + 1)].Select(w => w.Key)) : string.Empty;
        return IsCountryName(first.Key + rest) || IsCountryName(first.Key[first.ConjunctionEnd..] + rest)
            || (first.HasBarePreposition && IsCountryName(first.Key[first.PrepositionEnd..] + rest))
            || (first.StemStart > first.ConjunctionEnd && IsCountryName("ال" + first.Key[first.StemStart..] + rest))
            || linking.NisbaByKey.ContainsKey(first.Key[first.ConjunctionEnd..]);

        // The loose key of five letters or more, as linking reads it: a shorter one meets too many words ("أوفا").
        bool IsCountryName(string key) =>
            linking.CountriesByKey.ContainsKey(key)
            || (Linking.MentionClusterer.LooseKey(key) is { Length: >= MinLooseCountry } loose && linking.CountriesByLooseKey.ContainsKey(loose));
    }

    /// <summary>Notes the words of a retyped name for <see cref="Repeat"/>.</summary>
    private static void Remember(WordForms[] words, int a, int b, EntityType type, Dictionary<string, EntityType> retyped)
    {
        for (var i = a; i <= b; i++)
        {
            // The first word also without a conjunction ("وفريمبونج"); a name may begin with the letter too ("فريمبونج").
            retyped.TryAdd(words[i].Key, type);
            if (i == a && words[i].ConjunctionEnd > 0)
            {
                retyped.TryAdd(words[i].Key[words[i].ConjunctionEnd..], type);
            }
        }
    }

    private static bool IsWord(in WordForms w, string key) => w.Key.AsSpan(w.ConjunctionEnd).SequenceEqual(key);

    private static int ChunkEnd(int[] t, int a)
    {
        var b = a;
        while (b + 1 < t.Length && BioTags.IsInside(t[b + 1]))
        {
            b++;
        }

        return b;
    }

    /// <summary>Tags words <paramref name="a"/> to <paramref name="b"/> as one name; a name the tagger ran on past them ends there.</summary>
    private static void Retag(int[] t, int a, int b, EntityType type)
    {
        t[a] = BioTags.Begin(type);
        for (var i = a + 1; i <= b; i++)
        {
            t[i] = BioTags.Inside(type);
        }

        if (b + 1 < t.Length && BioTags.IsInside(t[b + 1]))
        {
            t[b + 1] = BioTags.Begin(BioTags.TypeOf(t[b + 1]));
        }
    }
}
