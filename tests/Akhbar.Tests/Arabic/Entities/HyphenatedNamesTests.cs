using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

/// <summary>Names written with a hyphen between two words, through the default pipeline, on invented sentences.</summary>
public sealed class HyphenatedNamesTests
{
    [Fact]
    public void A_name_goes_on_over_a_hyphen_glued_to_the_words_on_both_sides()
    {
        var doc = Analyze.Text("واستقبل الرئيس الكوري الجنوبي مون جاي-إن الوفد في سول. وقال المهندس لورنس جرومر-سترون إن المشروع سينجز قريبا.");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc.Slice(m.Span) == "مون جاي-إن"));
        // The honorific before the name stays in it (RoyalTitles).
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc.Slice(m.Span) == "المهندس لورنس جرومر-سترون"));
    }

    [Fact]
    public void Two_names_on_both_sides_of_a_hyphen_stay_two_names()
    {
        var doc = Analyze.Text("وافتتحت السلطات الطريق السريع جدة-مكة أمام السيارات صباح الخميس.");
        Assert.Contains(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "جدة"));
        Assert.Contains(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "مكة"));
    }
}
