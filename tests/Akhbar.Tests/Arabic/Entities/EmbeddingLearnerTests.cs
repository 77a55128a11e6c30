using Akhbar.Arabic.Entities;

namespace Akhbar.Tests.Arabic.Entities;

public class EmbeddingLearnerTests
{
    /// <summary>
    /// Invented text about two subjects: four fruits always said with eating words, four metals always said
    /// with mining words, each in many sentences so that their context counts are telling.
    /// </summary>
    private static List<string> Texts()
    {
        string[] fruits = ["تفاح", "موز", "عنب", "تين"];
        string[] metals = ["حديد", "نحاس", "ذهب", "فضة"];
        string[] eating = ["أكل", "طعم", "حلو", "مائدة", "عصير"];
        string[] mining = ["منجم", "استخراج", "صهر", "معدن", "خام"];
        var texts = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            foreach (var (words, context) in new[] { (fruits, eating), (metals, mining) })
            {
                var w = words[i % words.Length];
                texts.Add($"{context[i % 5]} {context[(i + 1) % 5]} {w} {context[(i + 2) % 5]} {context[(i + 3) % 5]}");
            }
        }

        return texts;
    }

    private static readonly EmbeddingOptions Small = new() { Vocabulary = 18, Contexts = 18, Window = 2, Dimensions = 4, Sizes = [2], Iterations = 5 };

    [Fact]
    public void Words_said_in_the_same_company_share_a_class()
    {
        var classes = EmbeddingLearner.Learn(Texts(), Small);
        int ClassOf(string word) => classes.Of(WordForms.FromKey(Akhbar.Core.Text.ArabicFolding.Fold(word)).Stem)[0];
        var fruit = ClassOf("تفاح");
        var metal = ClassOf("حديد");
        Assert.NotEqual(fruit, metal);
        Assert.All(new[] { "موز", "عنب", "تين" }, w => Assert.Equal(fruit, ClassOf(w)));
        Assert.All(new[] { "نحاس", "ذهب", "فضة" }, w => Assert.Equal(metal, ClassOf(w)));
    }

    [Fact]
    public void Learning_is_deterministic()
    {
        var (first, stems) = EmbeddingLearner.Vectors(Texts(), Small);
        var (second, _) = EmbeddingLearner.Vectors(Texts(), Small);
        Assert.Equal(first, second);
        Assert.Equal(18, stems.Count);

        // Rows have unit length.
        var norm = first.AsSpan(0, Small.Dimensions).ToArray().Sum(x => x * x);
        Assert.InRange(norm, 0.999f, 1.001f);
    }
}
