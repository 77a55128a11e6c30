using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وحذرت روسيا البلدان الغربية من شن عمليات عسكرية"، "هدد الاتحاد الأندية بغرامات": a warning or threat whose object is a
/// group the text names by a common noun, not an entity, is still aimed at that group; the gold codes it with the phrase as
/// target (gold/README.md, events-test8: Russia's warning to "the Western countries"). Before this, a warning with no
/// entity target was dropped ("a warning without an addressee is rarely a threat"). The phrase must be followed at once by
/// what it is warned of (من) or threatened with (ب), as an appeal's group is by إلى or على: otherwise the noun after the
/// subject is as often the warning's topic.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words (folded) that open a partitive phrase with من, which is no warning's complement: "الكثير من المصانع".</summary>
    private static readonly HashSet<string> PartitiveWords = new(StringComparer.Ordinal) { "الكثير", "العديد", "بعض", "معظم", "عدد", "كثير", "عشرات", "ميات", "الاف" };

    /// <summary>The group phrase at <paramref name="from"/> (past words of time) that a warning or threat addresses, or null.</summary>
    private EventArgument? WarnedGroup(int from, int end)
    {
        var j = AfterAdverbials(from, end);
        if (j >= end || _actors.StartingAt(j) is not null || _tokens[j].Kind != TokenKind.Word || _inTime[j] || OwnPronoun(_tokens[j])
            || PartitiveWords.Contains(ArticleActors.WithoutConjunction(_tokens[j].Key)))
        {
            // "تحذر مواطنيها من السفر": a state warning its own people gives advice, it threatens no side; "يهدد الكثير من
            // المصانع": the من of a part, not of what is warned of.
            return null;
        }

        // A group, a role or a people the appeal rules know ("المواطنين"، "الأطراف"), else any definite noun that is no event
        // word ("البلدان الغربية"، "الشركات"): the من or ب that must follow it keeps out a topic. A singular nisba is no group
        // but the adjective of the subject's name ("هدد نادي تيانجين الصيني باتخاذ").
        var key0 = ArticleActors.WithoutConjunction(_tokens[j].Key);
        var group = AppealedGroup(j, end)
            ?? (key0.StartsWith("ال", StringComparison.Ordinal) && key0.Length > 4 && !_tokens[j].Has(SegmentRole.Preposition) && _readings.Lexeme(j) is null
                && !key0.EndsWith('ي') && !key0.EndsWith("يه", StringComparison.Ordinal)
                ? GroupArgument(j, end) : null);
        if (group is null)
        {
            return null;
        }

        var next = ArticleActors.TokenAt(_tokens, group.Span.End - 1) + 1;
        if (next <= 0 || next >= end)
        {
            return null;
        }

        // "البلدان الغربية": adjectives the group phrase did not take (a broken plural's feminine adjective) belong to it.
        for (var a = 0; a < 2 && next + 1 < end && _tokens[next].Kind == TokenKind.Word && _tokens[next].Key.StartsWith("ال", StringComparison.Ordinal)
            && _actors.StartingAt(next) is null && _readings.Lexeme(next) is null; a++)
        {
            group = new EventArgument(new TextSpan(group.Span.Start, _tokens[next].Span.End), null);
            next++;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[next].Key);
        return key == "من" || (key.Length > 1 && key[0] == 'ب' && _tokens[next].Has(SegmentRole.Preposition)) ? group : null;
    }
}
