using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قاطعت الجماعات المبادرة، مطالبة بإلغاء القوانين"، "تواصل الناشطة التغريد، مطالبة قادة العالم بمساعدة الأطفال": the
/// feminine participle of a verb of demand is spelt as the verbal noun of that verb (مطالبة "demanding" and "a demand"),
/// and the lexicon keeps the noun for the shared form. After a comma, with no article, the word is the circumstantial
/// participle that reports a second act of the sentence's subject, as its masculine "، مطالبا" is; so it is read as the
/// verb whose participle in the tanween alef the lexicon lists. Both cases in the tuning gold are coded as demands (10x).
/// </summary>
internal static class CircumstantialReadings
{
    /// <summary>
    /// The verb entry to read a noun entry of the lexicon as, when the token follows a comma and is a participle in م and ة
    /// whose masculine accusative (ة turned into ا: "مطالبه" into "مطالبا") the lexicon lists as a verb; otherwise the noun.
    /// </summary>
    public static EventLexeme? AfterComma(Token[] tokens, int k, EventLexeme? lexeme, EventLexicon lexicon)
    {
        // Asked of every token: the cheap tests come first, and only a rare word in م and ة after a comma builds a string.
        if (lexeme is not { Kind: EventWordKind.Noun } || k == 0 || tokens[k - 1].Key is not ("،" or ","))
        {
            return lexeme;
        }

        var key = tokens[k].Key;
        if (key.Length < 5 || key[0] != 'م' || key[^1] != 'ه')
        {
            return lexeme;
        }

        return lexicon.Forms.TryGetValue(string.Concat(key.AsSpan(0, key.Length - 1), "ا"), out var verb) && verb.Kind == EventWordKind.Verb ? verb : lexeme;
    }
}
