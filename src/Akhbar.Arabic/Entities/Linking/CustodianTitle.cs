using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// "خادم الحرمين الشريفين" (Custodian of the Two Holy Mosques), the Saudi king's official title: Saudi papers name the king
/// so far more often than "العاهل السعودي" (183 times in a 1,500-article sample of SaudiNewsNet, where the tagger and the
/// role phrases found none of them), and gold/README.md marks it as a mention of the king. It carries no nisba, so it is
/// read here as the role phrase of the Saudi monarch: right before a name it is that person's role mention ("خادم الحرمين
/// الشريفين الملك سلمان بن عبدالعزيز"), alone it is the king of the publication day (office-holders.tsv), as "قال العاهل
/// السعودي" is.
/// </summary>
public static class CustodianTitle
{
    /// <summary>The office text, without the article, that <see cref="OfficeHolders.OfficeOf"/> reads as the monarch.</summary>
    public const string Office = "خادم";

    private const string Country = "SAU";

    private static readonly string[] Words = ["خادم", "الحرمين", "الشريفين"];

    private static readonly string[] Keys = Words.Select(w => ArabicFolding.Fold(w)).ToArray();

    /// <summary>
    /// Words before the title that make it the genitive of someone else's office ("نائب خادم الحرمين الشريفين", "المستشار
    /// الخاص لخادم الحرمين الشريفين الأستاذ ..."): the name after it is that aide's, not the king's (6 of the 170 titles
    /// of the sample were so), so the title is not read there.
    /// </summary>
    private static readonly HashSet<string> OfficeOfAnother = new[]
        {
            "نائب", "مستشار", "المستشار", "مساعد", "المساعد", "مبعوث", "المبعوث", "ممثل", "الممثل", "الخاص", "الخاصة",
        }
        .Select(w => ArabicFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The title as a role phrase when it starts at token <paramref name="i"/> (after a conjunction or preposition: "ولخادم"),
    /// else null. <paramref name="start"/> and <paramref name="headKey"/> are the token's word start and folded word key
    /// (<see cref="TokenWords.WordStart"/>, <see cref="TokenWords.KeySpan"/>), which the role phrase finder has already read.
    /// </summary>
    public static RolePhrase? Match(string text, IReadOnlyList<Token> tokens, int i, int start, ReadOnlySpan<char> headKey)
    {
        if (i + Keys.Length > tokens.Count || tokens[i].Kind != TokenKind.Word || !headKey.SequenceEqual(Keys[0]))
        {
            return null;
        }

        for (var k = 1; k < Keys.Length; k++)
        {
            if (tokens[i + k].Kind != TokenKind.Word || tokens[i + k].Key != Keys[k])
            {
                return null;
            }
        }

        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && OfficeOfAnother.Contains(TokenWords.WordKey(text, tokens[i - 1])))
        {
            return null;
        }

        var last = i + Keys.Length - 1;
        var holyMosques = text[tokens[i + 1].Span.Start..tokens[last].Span.End];
        return new RolePhrase(new TextSpan(start, tokens[last].Span.End), i, last, Office, IsCounterpart: false, Country, Office, holyMosques);
    }
}
