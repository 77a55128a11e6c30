using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>A capital named as the one who acts, against a capital that is only where something happens.</summary>
public sealed class CapitalActorsTests
{
    private static bool Actor(string text, string capital)
    {
        var start = text.IndexOf(capital, StringComparison.Ordinal);
        return CapitalActors.IsActorMention(text, new TextSpan(start, start + capital.Length));
    }

    [Theory]
    [InlineData("طالب موسكو باستخدام نفوذها", true)]
    [InlineData("موسكو تحذر من التصعيد", true)]
    [InlineData("وقالت وموسكو تحذر", true)]
    [InlineData("عقد الاجتماع في موسكو أمس", false)]
    [InlineData("وصل الوفد إلى موسكو", false)]
    [InlineData("التقى الوزيران بموسكو", false)]
    [InlineData("في العاصمة موسكو", false)]
    [InlineData("ومن موسكو قال الوزير", false)]
    [InlineData("قال أستاذ في جامعة موسكو إن", false)]
    [InlineData("موسكو، روسيا (CNN)-- أعلنت الحكومة", false)]
    [InlineData("قال الوزير\nموسكو تحذر من التصعيد", true)]
    public void Prepositions_and_place_nouns_make_a_place(string text, bool actor) =>
        Assert.Equal(actor, Actor(text, "موسكو"));
}
