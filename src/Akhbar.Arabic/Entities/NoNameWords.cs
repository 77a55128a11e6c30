using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// One-word mentions that cannot be names whatever the tagger says: relative and demonstrative pronouns (الذي، هذه),
/// which it sometimes takes for the name they follow, common nouns it takes for names (no-name-words.tsv: الميليشيا،
/// الله), prepositions with an attached pronoun (بك، لها), words ending in ئ
/// without the article (هادئ, calm, folded like the name هادي), and words written with the indefinite accusative ending ً
/// ("سوياً"، "فريداً"), which names do not take. Seen as persons in the corpus output (الذي 4 times, سوياً 3 in 1,500
/// articles); the tagger and its evaluation on ANERcorp stay as they are.
/// </summary>
public static class NoNameWords
{
    private const char TanweenFath = '\u064B';

    /// <summary>Pronouns no other stage asks about (أولئك، هناك), folded on load.</summary>
    private static readonly HashSet<string> OtherPronouns = new[] { "أولئك", "هناك" }
        .Select(w => ArabicFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Prepositions with an attached pronoun (بك، لها، عليهم، إليه، لنا، معي), folded: the tagger reads "الخاصة بك" (yours) as
    /// a person بك (11 persons in 1,500 corpus articles). Left out: the forms that fold like a name or like the bare preposition
    /// (مني is also منى, Mona; إلينا also Elena; عليّ، إليّ، فيّ fold to علي، الي، في), and لي and بي, which are also names and
    /// letters (<see cref="NameLikePrepositionPronouns"/>).
    /// </summary>
    private static readonly HashSet<string> PrepositionPronouns =
        (from p in new[] { "ب", "ل", "من", "عن", "في", "الي", "علي", "مع", "عند", "لدي" }
         from e in new[] { "ك", "كم", "كما", "كن", "ه", "ها", "هم", "هما", "هن", "ي", "نا" }
         select p + e).Except(["لي", "بي", "مني", "الينا"]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "لي" (to me) and "بي" (in me), also a family name (لي كه تشيانغ، الرئيس الكوري لي ميونغ باك) and a letter (بي بي سي): alone,
    /// they are the pronoun ("وقال لي": he told me; 91 one-word persons لي in the 1,500 ant-multisource articles, 2 SaudiNewsNet
    /// days and 1,085 Jawhara FM ones, none a person) unless the article names a longer person with the word or a title stands
    /// right before it ("الرئيس لي").
    /// </summary>
    private static readonly HashSet<string> NameLikePrepositionPronouns = new(["لي", "بي"], StringComparer.Ordinal);

    /// <summary>Common nouns the tagger takes for names when they stand alone (Data/entities/no-name-words.tsv: الميليشيا، الله، اليورانيوم), folded.</summary>
    private static readonly HashSet<string> CommonNouns = LoadCommonNouns();

    /// <summary>Whether a folded word is a relative or demonstrative pronoun.</summary>
    public static bool IsPronoun(string key) =>
        PronounWords.Relative.Contains(key) || PronounWords.Demonstrative.Contains(key) || OtherPronouns.Contains(key);

    /// <summary>
    /// Whether a folded word without the article is an adjective of origin whose defined form names a country or a listed
    /// group (سعودية of السعودية, حوثي of الحوثي), or the adverb made from one (إيرانيا): "شركة سعودية" is a Saudi company and
    /// "مسؤول حوثي" a Houthi official, never the country or a person. A word that is itself a listed name, country or place
    /// stays a name.
    /// </summary>
    public static bool IsIndefiniteNisba(string key, EntityType type, Linking.LinkingResources linking)
    {
        if (key.Length < 3 || key.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        // The adverb of the accusative written without its mark (إيرانيا، أمريكيا) is read through its adjective (الإيراني),
        // unless the word is itself the start of a country name (كوريا of الكوري); not for a place, since many country
        // names end so and some are spelled otherwise than the tables (بيلاروسيا).
        string defined;
        if (key.EndsWith("يا", StringComparison.Ordinal))
        {
            if (type == EntityType.Location)
            {
                return false;
            }

            if (linking.CountryFirstWords.Contains(key) || linking.Regions.ContainsKey(key))
            {
                return false;
            }

            defined = "ال" + key[..^1];
        }
        else if (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal))
        {
            defined = "ال" + key;
        }
        else
        {
            return false;
        }

        return (linking.NisbaByKey.ContainsKey(defined) || linking.CountriesByKey.ContainsKey(defined) || linking.KnownOrganizations.ByKey.ContainsKey(defined))
            && !linking.CountriesByKey.ContainsKey(key) && !linking.PlacesByKey.ContainsKey(key)
            && !linking.KnownPeople.ByKey.ContainsKey(key) && !linking.KnownOrganizations.ByKey.ContainsKey(key);
    }

    /// <summary>
    /// Whether a folded word is one of <see cref="CommonNouns"/>, with or without one or two proclitic letters before it
    /// ("والميليشيا", "بالكيماوي"): a few lookups of the word's tail, without reading its forms.
    /// </summary>
    private static bool IsCommonNoun(string key)
    {
        var lookup = CommonNounSpans;
        if (lookup.Contains(key))
        {
            return true;
        }

        for (var k = 0; k < 2 && k < key.Length - 2 && Proclitics.Letters.Contains(key[k]); k++)
        {
            if (lookup.Contains(key.AsSpan(k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNounSpans = CommonNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> LoadCommonNouns()
    {
        var tsv = Akhbar.Resources.TsvResource.Load("entities/no-name-words.tsv");
        var word = tsv.Column("word");
        return tsv.Rows.Select(r => ArabicFolding.Fold(r[word])).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the token is a preposition standing alone, or على after و (وعلى), as written with ى: it folds like the given
    /// name علي, and propagation and the clusterer joined it to a person named علي elsewhere in the article (146 mentions
    /// "على" on one SaudiNewsNet day, most of them added to "علي بن الحسين" or another full name).
    /// </summary>
    private static bool IsPrepositionAla(string text, Token token) =>
        LeadingPrepositions.IsPreposition(text, token) || (token.Key == "وعلي" && text[token.Span.End - 1] == 'ى');

    /// <summary>
    /// Whether a mention of the one token <paramref name="token"/> is no name; <paramref name="inLongerName"/> (the word is
    /// part of a longer person name in the article) spares a word in ئ, which is then that name's given name (هانئ);
    /// لي or بي is spared by <paramref name="afterTitle"/> (a title stands right before the word: "الرئيس لي") or
    /// <paramref name="firstOfLongerName"/> (a longer person name of the article starts with it: "لي كه تشيانغ").
    /// </summary>
    public static bool IsNoName(string text, Token token, bool inLongerName = false, bool afterTitle = false, bool firstOfLongerName = false)
    {
        if (IsPronoun(token.Key) || PrepositionPronouns.Contains(token.Key) || IsCommonNoun(token.Key) || IsPrepositionAla(text, token)
            || (NameLikePrepositionPronouns.Contains(token.Key) && !firstOfLongerName && !afterTitle))
        {
            return true;
        }

        // The ending is written ـاً or ـًا: the mark is on one of the last two letters.
        var end = token.Span.End;
        if ((end - 1 >= token.Span.Start && text[end - 1] == TanweenFath) || (end - 2 >= token.Span.Start && text[end - 2] == TanweenFath))
        {
            return true;
        }

        // A word without the article that ends in ئ is an adjective or plural of a hamzated root (هادئ، دافئ، مبادئ،
        // شواطئ), which folding writes like a name (هادئ as هادي): names do not end so ("المحيط الهادئ" has its article
        // and its noun).
        return !inLongerName && end - 1 > token.Span.Start && text[end - 1] == 'ئ' && !token.Key.StartsWith("ال", StringComparison.Ordinal);
    }
}
