using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class NameAfterTitleTests
{
    /// <summary>The tags after the rule, for a one-sentence text whose word <paramref name="person"/> alone was tagged a person.</summary>
    private static int[] Apply(string sentence, string person)
    {
        var doc = Analyze.Text(sentence);
        var words = Enumerable.Range(0, doc.Tokens.Count).Where(i => doc.Tokens[i].Kind == TokenKind.Word).ToArray();
        var forms = words.Select(i => WordForms.FromKey(doc.Tokens[i].Key)).ToArray();
        var tags = new int[words.Length];
        tags[Array.FindIndex(words, i => doc.Slice(doc.Tokens[i].Span) == person)] = BioTags.Begin(EntityType.Person);
        NameAfterTitle.Apply(doc.Text, doc.Tokens, [words], [forms], [tags], NerResources.Gazetteer, _ => false);
        return tags;
    }

    [Fact]
    public void The_word_between_a_title_and_a_person_is_the_first_name()
    {
        var tags = Apply("وقال المدرب قمر الزين إن الفريق جاهز", "الزين");
        Assert.Equal([BioTags.Begin(EntityType.Person), BioTags.Inside(EntityType.Person)], tags[2..4]);
    }

    [Fact]
    public void A_function_word_or_a_title_without_the_article_stays_out()
    {
        Assert.Equal(BioTags.Outside, Apply("وقال المتحدث إن الزين سيصل غدا", "الزين")[2]);
        Assert.Equal(BioTags.Outside, Apply("وقالت المتحدثة باسم الزين إن الموعد قريب", "الزين")[2]);
        Assert.Equal(BioTags.Outside, Apply("وقال رئيس وزراء كيبيك إن الموعد قريب", "كيبيك")[2]);
    }
}
