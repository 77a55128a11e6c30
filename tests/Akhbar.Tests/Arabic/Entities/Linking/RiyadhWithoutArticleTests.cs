using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>"رياض" without the article is gardens or the given name Riyad; the city is written "الرياض".</summary>
public class RiyadhWithoutArticleTests
{
    [Theory]
    [InlineData("وقال رياض المالكي إن الحكومة ستتابع القضية أمام المحاكم الدولية.")]
    [InlineData("وأضافت المعلمة أن تخصصها رياض أطفال وأنها تعمل بعيدا عن أهلها.")]
    public void Is_no_place(string sentence)
    {
        var doc = Analyze.Text(sentence);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Location && e.NameEn == "Riyadh");
    }

    [Fact]
    public void The_city_with_its_article_stays_the_city()
    {
        var doc = Analyze.Text("ووصل الوفد إلى الرياض مساء أمس في زيارة تستمر يومين.");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Location && e.NameEn == "Riyadh");
    }
}
