using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// Participle cues that, in a common use, report nothing: "مشددة" after an indefinite noun is the adjective "strict"
/// ("رقابة مشددة على"، "رسوم جمركية مشددة على"، "حراسة أمنية مشددة"), and "معلنا" before the end of a half or a goal is
/// a match report ("أطلق الحكم صافرته معلنا نهاية الشوط الأول"، "سددها في المرمى معلنا هدف التعادل"): the whistle or the
/// shot announces, nobody speaks. The quote stage skips such a form as it skips a cue form after a preposition.
/// </summary>
internal static class ParticipleReadings
{
    /// <summary>The folded feminine participle of شدد, which news text uses far more as the adjective "strict".</summary>
    private static readonly string StrictFeminine = ArabicFolding.Fold("مشددة");

    /// <summary>Folded nouns after "معلنا نهاية" that name a part of a match ("نهاية الشوط الأول"، "نهاية اللقاء").</summary>
    private static readonly HashSet<string> MatchParts = new[] { "الشوط", "المباراة", "اللقاء", "المواجهة", "الشوطين", "الوقت" }
        .Select(w => ArabicFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly string AnnouncingLemma = "معلنا";
    private static readonly string EndKey = ArabicFolding.Fold("نهاية");
    private static readonly string GoalKey = ArabicFolding.Fold("هدف");
    private static readonly string DefiniteGoalKey = "ال" + GoalKey;

    /// <summary>
    /// Whether the participle at <paramref name="k"/> is an adjective or a match report, not a cue. <paramref name="mentionEnding"/>
    /// holds, for each token, the name mention it ends (null where none): a name right before "مشددة" is a subject
    /// ("ميركل مشددة على"), not a noun it describes.
    /// </summary>
    public static bool ReportsNothing(IReadOnlyList<Token> tokens, int k, CueEntry cue, CueLexicon lexicon, EntityMention?[] mentionEnding) =>
        cue.Kind == CueKind.Participle && (IsStrictAdjective(tokens, k, lexicon, mentionEnding) || IsMatchReport(tokens, k, cue));

    /// <summary>"رقابة مشددة", "عقوبات مشددة على": right after an indefinite word, with no comma between, the form describes it.</summary>
    private static bool IsStrictAdjective(IReadOnlyList<Token> tokens, int k, CueLexicon lexicon, EntityMention?[] mentionEnding)
    {
        if (k == 0 || tokens[k].Key != StrictFeminine)
        {
            return false;
        }

        var before = tokens[k - 1];
        return before.Kind == TokenKind.Word && mentionEnding[k - 1] is null && lexicon.Cue(before) is null && !IsDefinite(before.Key);
    }

    /// <summary>"معلنا نهاية الشوط الأول", "معلناً هدف التعادل", "معلنة الهدف الأول للخويا": a match report.</summary>
    private static bool IsMatchReport(IReadOnlyList<Token> tokens, int k, CueEntry cue)
    {
        if (cue.Lemma != AnnouncingLemma || k + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[k + 1].Key;
        if (next == GoalKey || next == DefiniteGoalKey)
        {
            return true;
        }

        return next == EndKey && k + 2 < tokens.Count && MatchParts.Contains(tokens[k + 2].Key);
    }

    /// <summary>Whether a folded word carries the article, behind a glued و/ف/ب/ل or not ("الحكومة"، "وللحكومة").</summary>
    private static bool IsDefinite(string key)
    {
        var rest = key.AsSpan();
        if (rest.Length > 3 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
        }

        if (rest.StartsWith("لل", StringComparison.Ordinal))
        {
            return true;
        }

        if (rest.Length > 3 && rest[0] is 'ب' or 'ل' or 'ك')
        {
            rest = rest[1..];
        }

        return rest.StartsWith("ال", StringComparison.Ordinal);
    }
}
