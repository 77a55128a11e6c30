using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>The title "ولي العهد" / "ولي ولي العهد" written after a prince's name is no part of the name.</summary>
public class CrownPrinceTitleTests
{
    [Theory]
    [InlineData("واستقبل الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد وزير الدفاع في مكتبه بالرياض وفدا عسكريا.", "الأمير محمد بن سلمان بن عبدالعزيز")]
    [InlineData("وأكد الأمير محمد بن نايف بن عبدالعزيز ولي العهد أن المملكة ماضية في محاربة الإرهاب.", "الأمير محمد بن نايف بن عبدالعزيز")]
    public void The_name_ends_before_the_title(string sentence, string name)
    {
        var doc = Analyze.Text(sentence);
        var names = doc.LinkedEntities.Where(e => e.Type == EntityType.Person).SelectMany(e => e.Mentions).Select(m => doc.Slice(m.Span)).ToList();
        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n.EndsWith("ولي", StringComparison.Ordinal));
    }
}
