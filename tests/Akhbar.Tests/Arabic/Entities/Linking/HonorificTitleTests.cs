using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>The honorifics Saudi papers put before names (الدكتور، الأستاذ، المهندس) stay in the name, as royal titles do.</summary>
public class HonorificTitleTests
{
    [Fact]
    public void Doctor_teacher_and_engineer_are_part_of_the_name_as_written()
    {
        var doc = Analyze.Text("وأوضح الدكتور خالد بن سعد العتيبي مدير الشؤون الصحية أن الحملة تبدأ الأحد. "
            + "ودعا المهندس سعد القحطاني أصحاب المحلات إلى التقيد بالتعليمات، فيما أكد الأستاذ فهد الشمري أن التسجيل مفتوح.");
        var names = doc.LinkedEntities.Where(e => e.Type == EntityType.Person)
            .SelectMany(e => e.Mentions).Where(m => m.Kind == MentionKind.Name).Select(m => doc.Slice(m.Span)).ToList();
        Assert.Contains("الدكتور خالد بن سعد العتيبي", names);
        Assert.Contains("المهندس سعد القحطاني", names);
        Assert.Contains("الأستاذ فهد الشمري", names);
    }
}
