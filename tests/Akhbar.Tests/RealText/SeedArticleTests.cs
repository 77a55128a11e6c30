using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.RealText;

/// <summary>The article the project started from (../shared/seed): the cleaning facts of seed/expected.json.</summary>
public class SeedArticleTests
{
    private static (string Raw, Document Doc) Seed()
    {
        var raw = File.ReadAllText(SharedData.SeedText);
        return (raw, Analyze.Text(raw, id: "lavrov-idlib"));
    }

    [SharedFact]
    public void The_title_appears_once_and_not_in_the_body()
    {
        var (_, doc) = Seed();
        var title = doc.Slice(doc.Title!.Value);
        Assert.Equal("لافروف : نعمل بشكل مكثف مع تركيا لحل الوضع في إدلب", title);
        Assert.All(doc.Paragraphs, p => Assert.DoesNotContain(title, doc.Slice(p.Span)));
    }

    [SharedFact]
    public void Ads_are_gone_and_seventeen_body_paragraphs_remain()
    {
        var (_, doc) = Seed();
        Assert.DoesNotContain("[ads1]", doc.Text);
        Assert.Equal(17, doc.Paragraphs.Count);
    }

    [SharedFact]
    public void Every_other_line_of_the_raw_file_is_present()
    {
        var (raw, doc) = Seed();
        var lines = raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "[ads1]").Skip(2);
        foreach (var line in lines)
        {
            Assert.Contains(UnicodeCleaner.Normalize(line), doc.Text);
        }
    }

    [SharedFact]
    public void Paragraph_raw_ranges_give_back_the_clean_paragraphs()
    {
        var (raw, doc) = Seed();
        foreach (var p in doc.Paragraphs)
        {
            Assert.Equal(doc.Slice(p.Span), UnicodeCleaner.Normalize(raw[p.RawStart!.Value..p.RawEnd!.Value]));
        }
    }
}
