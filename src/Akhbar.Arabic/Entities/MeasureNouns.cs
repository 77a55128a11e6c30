using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Mentions that are no names: a currency or a unit of measure (Data/entities/measure-nouns.tsv: "مليار دولار",
/// "جنيه إسترليني", "غيغابايت"), or a number alone. The tagger, trained on ANERcorp, reads currencies as MISC: in 835
/// articles of ant-multisource they were about 250 of the 838 MISC entities. A reader of the news does not take
/// "dollar" for something that appears in it, so the entity stage drops them; the tagger and its evaluation on
/// ANERcorp stay as they are.
/// </summary>
public static class MeasureNouns
{
    private static readonly Lazy<HashSet<string>> Stems = new(Load);

    /// <summary>Folded words that count an amount before its currency or unit ("مليار ريال").</summary>
    private static readonly HashSet<string> AmountWords = new(StringComparer.Ordinal)
    {
        "الف", "الفا", "الاف", "مليون", "مليونا", "ملايين", "مليار", "مليارا", "مليارات", "تريليون", "تريليونات",
    };

    /// <summary>
    /// Whether a mention of tokens <paramref name="first"/>..<paramref name="last"/> is no name: numbers alone, or, for
    /// MISC, currencies, units and numbers (hashtag joiners aside). Only MISC for the words, because a club is called by
    /// its currency word in sports news (الريال for Real Madrid) and the tagger then reads it as an organization; but a
    /// currency right after a number or an amount ("166 مليار ريال") is the currency whatever the tagger's type.
    /// </summary>
    public static bool IsNoName(EntityType type, string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number || NameJoiners.IsJoiner(text, tokens, k))
            {
                continue;
            }

            if (token.Kind != TokenKind.Word || !IsMeasure(token.Key))
            {
                return false;
            }

            words++;
        }

        return words == 0 || type == EntityType.Miscellaneous || AfterAmount(tokens, first);
    }

    private static bool AfterAmount(IReadOnlyList<Token> tokens, int first) =>
        first > 0 && (tokens[first - 1].Kind == TokenKind.Number || AmountWords.Contains(tokens[first - 1].Key));

    /// <summary>Whether a folded word, less its proclitics and article, is a currency or unit noun.</summary>
    public static bool IsMeasure(string key) => Stems.Value.Contains(WordForms.FromKey(key).Stem.ToString());

    private static HashSet<string> Load()
    {
        var tsv = TsvResource.Load("entities/measure-nouns.tsv");
        var word = tsv.Column("word");
        return new HashSet<string>(tsv.Rows.Select(r => WordForms.FromKey(ArabicFolding.Fold(r[word])).Stem.ToString()), StringComparer.Ordinal);
    }
}
