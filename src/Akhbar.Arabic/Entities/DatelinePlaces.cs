using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Reads the dateline of a local news headline: Maghrebi radio and agency news opens the headline of a local story with
/// the town it happened in and a colon ("المروج : القبض على ...", "بن قردان : ..."), and the body then says where the
/// institutions of the story sit with the town glued to ب ("الوحدات الأمنية بالمروج", "مركز الحرس الوطني بقرمبالية").
/// A headline also opens with a person or a party and a colon ("آفاق تونس : ...", "سفيان طوبال : ..."), so the colon alone
/// does not type the name; but a person or party is not where things are, and a name both opening the headline and glued
/// to ب in the body is the town. Then every mention of it is a place: the dateline, the words glued to ب or after في
/// (many of them towns GeoNames does not name, or names the tagger reads as persons: "قرمبالية", "بوفيشة", "بن قردان"), and
/// a person the tagger saw in the same words.
/// </summary>
public static class DatelinePlaces
{
    /// <summary>Most words a dateline name has ("ساقية سيدي يوسف").</summary>
    private const int MostWords = 3;

    /// <summary>
    /// Tags the places. The first <paramref name="titleSentences"/> sentences are the headline's. <paramref name="isPersonsName"/>
    /// tells a word (by sentence and index) that the corpus knows as a person's name and never as a place's: a sports headline
    /// opens with a player ("إبراهيموفيتش : ...") whom the story may well name after ب ("أشاد بإبراهيموفيتش"). A common word
    /// is not ruled out ("المروج" is also a drug dealer): over ant-jawharafm every one-word dateline glued to ب in its body is a
    /// place (349 articles), and over the 31,525 of ant-multisource one is a common noun (المعارضة).
    /// </summary>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, int titleSentences, Func<int, int, bool> isPersonsName)
    {
        if (titleSentences == 0)
        {
            return;
        }

        var title = sentences[0];
        var titleTags = tags[0];
        var n = 0;
        while (n < title.Length && n < MostWords && title[n].Shape == WordShape.Arabic)
        {
            n++;
        }

        if (n == 0 || n >= title.Length || title[n].Key != ":" || !IsPlacePersonOrNothing(titleTags, 0, n) || (n == 1 && isPersonsName(0, 0)))
        {
            return;
        }

        var name = new string[n];
        for (var j = 0; j < n; j++)
        {
            name[j] = title[j].Key;
        }

        if (!GluedToBa(sentences, tags, titleSentences, name))
        {
            return;
        }

        Tag(titleTags, 0, n);
        for (var s = titleSentences; s < sentences.Count; s++)
        {
            var words = sentences[s];
            for (var i = 0; i + n <= words.Length; i++)
            {
                // A bare mention untagged is left alone unless a preposition of place stands before it: the town's name may be a
                // common word elsewhere in the story ("المروج", the dealer, in a drug case at El Mourouj).
                if (Matches(words, i, name, out var glued) && IsPlacePersonOrNothing(tags[s], i, n)
                    && (glued || tags[s][i] != BioTags.Outside || (i > 0 && PlaceRule.IsPlacePreposition(words[i - 1].Key))))
                {
                    Tag(tags[s], i, n);
                    i += n - 1;
                }
            }
        }
    }

    /// <summary>
    /// Whether the body (the sentences from <paramref name="first"/> on) has the name glued to ب ("بالمروج", "وبقرمبالية")
    /// where the tagger did not read it, all of it, as a person's: a player opens a sports headline and is praised after ب in
    /// the body ("أشاد المدرب بإبراهيموفيتش"), while a town the tagger takes for a person is most often read so in part only
    /// ("ببن قردان" with قردان alone), or not at all after ب.
    /// </summary>
    private static bool GluedToBa(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, int first, string[] name)
    {
        for (var s = first; s < sentences.Count; s++)
        {
            var words = sentences[s];
            for (var i = 0; i + name.Length <= words.Length; i++)
            {
                if (Matches(words, i, name, out var glued) && glued && !IsOnePerson(tags[s], i, name.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the words <paramref name="i"/> to <paramref name="i"/> + <paramref name="n"/> - 1 are one person's name, all of it.</summary>
    private static bool IsOnePerson(int[] tags, int i, int n)
    {
        if (tags[i] != BioTags.Begin(EntityType.Person))
        {
            return false;
        }

        for (var j = i + 1; j < i + n; j++)
        {
            if (tags[j] != BioTags.Inside(EntityType.Person))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the words from <paramref name="i"/> on spell <paramref name="name"/>, the first with و or ف before it or not, and
    /// <paramref name="gluedToBa"/> when it has ب too ("وبالمروج" for المروج).
    /// </summary>
    private static bool Matches(WordForms[] words, int i, string[] name, out bool gluedToBa)
    {
        gluedToBa = false;
        for (var j = 1; j < name.Length; j++)
        {
            if (words[i + j].Key != name[j])
            {
                return false;
            }
        }

        var key = words[i].Key.AsSpan(words[i].ConjunctionEnd);
        if (key.SequenceEqual(name[0]) || words[i].Key == name[0])
        {
            return true;
        }

        gluedToBa = key.Length == name[0].Length + 1 && key[0] == 'ب' && key[1..].SequenceEqual(name[0]);
        return gluedToBa;
    }

    /// <summary>
    /// Whether the words <paramref name="i"/> to <paramref name="i"/> + <paramref name="n"/> - 1 hold no name but a person's or
    /// place's, or part of one, that does not reach past them ("ببن قردان" with قردان alone read as a person).
    /// </summary>
    private static bool IsPlacePersonOrNothing(int[] tags, int i, int n)
    {
        for (var j = i; j < i + n; j++)
        {
            if (tags[j] != BioTags.Outside && BioTags.TypeOf(tags[j]) is not (EntityType.Person or EntityType.Location))
            {
                return false;
            }
        }

        return !BioTags.IsInside(tags[i]) && (i + n >= tags.Length || !BioTags.IsInside(tags[i + n]));
    }

    private static void Tag(int[] tags, int i, int n)
    {
        tags[i] = BioTags.Begin(EntityType.Location);
        for (var j = i + 1; j < i + n; j++)
        {
            tags[j] = BioTags.Inside(EntityType.Location);
        }
    }
}
