using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A word between a title with the article and a person is the person's first name: "الجنرال قمر جاويد باجوا", "الممثل مات
/// ديمون", "السفيرة نبيلة مكرم". The tagger, unsure of a given name that is also a common word (قمر, moon; مات, died), often
/// starts the name one word late, and <see cref="GivenNameRule"/> only knows the listed given names. A title with the
/// article is followed by the name it titles (a title without it heads a genitive: "رئيس وزراء كيبيك", "فريق تشونغ كينغ");
/// the word, without a leading conjunction, must have no article and be no function word ("وقال المتحدث إن ماكرون",
/// "المتحدثة باسم أفيتشي") and no nisba ("اللاعب جزائري"). Over 1,500 corpus articles the rule fired 6 times, 6 right.
/// Run by the pipeline only, not by <c>eval ner</c>.
/// </summary>
public static class NameAfterTitle
{
    /// <summary>Updates <paramref name="tags"/> (one array per sentence, over the words <paramref name="wordTokens"/>) in place.</summary>
    /// <param name="isNisba">Whether a folded word with the article is a nisba: "باللاعب جزائري رياض محرز" has an adjective there.</param>
    public static void Apply(string text, IReadOnlyList<Token> tokens, IReadOnlyList<int[]> wordTokens, IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, Gazetteer gazetteer, Func<string, bool> isNisba)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var (words, t) = (sentences[s], tags[s]);
            for (var i = 2; i < words.Length; i++)
            {
                if (t[i] != BioTags.Begin(EntityType.Person) || t[i - 1] != BioTags.Outside || t[i - 2] != BioTags.Outside
                    || words[i - 1].Shape != WordShape.Arabic || !IsTitleWithArticle(text, tokens[wordTokens[s][i - 2]], gazetteer))
                {
                    continue;
                }

                // The function words are looked up whole ("باسم", which the segmenter reads as ب + اسم) and without a clitic.
                var whole = words[i - 1].Key;
                var word = Linking.TokenWords.WordKey(text, tokens[wordTokens[s][i - 1]]);
                if (word.StartsWith("ال", StringComparison.Ordinal) || word.Length < 2 || FunctionWords.Folded.Contains(word) || FunctionWords.Folded.Contains(whole)
                    || GivenNameRule.IsFunctionWord(whole) || isNisba("ال" + word))
                {
                    continue;
                }

                t[i - 1] = BioTags.Begin(EntityType.Person);
                t[i] = BioTags.Inside(EntityType.Person);
            }
        }
    }

    private static bool IsTitleWithArticle(string text, Token token, Gazetteer gazetteer) =>
        LeadingTitles.IsTitle(text, token, gazetteer) && Linking.TokenWords.WordKey(text, token).StartsWith("ال", StringComparison.Ordinal);
}
