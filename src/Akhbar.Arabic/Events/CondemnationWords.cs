using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Words of condemnation ("انتهاك", "كارثة", "يقوض", "زعزعة"): a plain statement whose reported words use one of them
/// about an actor criticizes that actor, which CAMEO codes 111, not 010 (gold/README.md, events: the speech's more
/// specific act replaces 010). Only words that judge; words that also report facts ("جريمة", "إرهاب", "يهدد") are left
/// out, since "قال إن الجفاف يهدد سوريا" criticizes nobody. A quality denied with "غير" ("غير مقبول"، "غير قانوني") judges too
/// (<see cref="DeniedQualityIn"/>).
/// </summary>
internal static class CondemnationWords
{
    /// <summary>Folded keys, without a leading و or ف.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "انتهاك", "انتهاكا", "انتهاكات", "الانتهاكات", "كارثه", "كارثيه", "بالكارثه", "يقوض", "تقوض", "تقويض", "زعزعه", "لزعزعه",
        "عدوان", "عدواني", "العدوان", "استفزاز", "استفزازي", "استفزازيه", "مرفوض", "مرفوضه", "الخطيره", "عنصري", "عنصريه",
        "سافر", "انتهك", "ينتهك", "تنتهك",
    };

    /// <summary>
    /// <see cref="Words"/> looked up by a span: every word of a statement's reported words is asked, several times over, and
    /// nearly all fail, so dropping a leading و or ف makes no string.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSpans = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "أي" (any) with or without a preposition clitic, folded: "لم يسجلا أي انتهاكات"، "لم يثبت قيامهم بأي إساءة عنصرية" deny the
    /// wrong the word names, which is no condemnation.
    /// </summary>
    private static readonly HashSet<string> Any = new(StringComparer.Ordinal) { "اي", "باي", "لاي" };

    /// <summary>How many words before a word of condemnation "أي" may stand ("أي أحداث عنصرية").</summary>
    private const int AnyWindow = 2;

    /// <summary>
    /// Qualities (folded, indefinite) that "غير" denies to condemn a step: "قرار الولايات المتحدة ... خطأ وغير قانوني"، "الإجراءات
    /// الأميركية غير مقبولة". Not شرعي ("مهاجرين غير شرعيين") nor أخلاقي, which describe people and conduct the speaker reports;
    /// nor a form with the article ("الهجرة غير القانونية" names a kind of migration).
    /// </summary>
    private static readonly HashSet<string> DeniedQualities = new(StringComparer.Ordinal) { "مقبول", "مقبوله", "قانوني", "قانونيه" };

    /// <summary>Folded words of manner before "غير": "بطريقة غير قانونية" tells how someone did something (a report), not a judgement of a step.</summary>
    private static readonly HashSet<string> MannerWords = new(StringComparer.Ordinal) { "بطريقه", "بصوره", "بشكل" };

    /// <summary>Whether a word in [from, to) of the tokens is a word of condemnation that is not denied with "أي".</summary>
    public static bool AnyIn(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to && k < tokens.Length; k++)
        {
            if (WordSpans.Contains(ArticleActors.WithoutConjunctionSpan(tokens[k].Key)) && !AfterAny(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of the first "غير" in [from, to) that denies a step one of <see cref="DeniedQualities"/> ("قرار مجلس الأمن غير
    /// مقبول"), or -1. Kept apart from <see cref="AnyIn"/>: the judged step comes before the words that judge it, so its author
    /// is looked for there, not anywhere in the sentence.
    /// </summary>
    public static int DeniedQualityIn(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to && k < tokens.Length; k++)
        {
            if (DeniesQuality(tokens, k, to) && !AfterAny(tokens, k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Qualities (folded) whose denial judges whatever it is said of, named or not: "هذا الوضع غير مقبول"، "من غير المعقول
    /// تعيين ولاة على خلفيات حزبية". Not قانوني, which a report may deny of a crossing or a sale ("بيع غير قانوني").
    /// </summary>
    private static readonly HashSet<string> Unacceptable = new(StringComparer.Ordinal) { "مقبول", "مقبوله", "معقول", "معقوله" };

    /// <summary>Of <see cref="Unacceptable"/>, those a sport page also uses in praise ("هدف غير معقول").</summary>
    private static readonly HashSet<string> Unbelievable = new(StringComparer.Ordinal) { "معقول", "معقوله" };

    /// <summary>
    /// The token of the first judgement in [from, to) that calls something unacceptable or unreasonable, or -1: "غير مقبول(ة)"،
    /// "غير معقول(ة)" (not after a word of manner, "بشكل غير مقبول", which tells how, nor after "أي"), the idiom "من غير المقبول"
    /// or "من غير المعقول" (whose article is the idiom's, not a kind: "الهجرة غير القانونية"), and "لا يعقل". With
    /// <paramref name="sport"/> the forms of معقول are left out. The judged step may be named anywhere, or not at all
    /// ("هذا غير معقول")، so the judgement alone makes the statement a criticism.
    /// </summary>
    public static int UnacceptableIn(ReadOnlySpan<Token> tokens, int from, int to, bool sport)
    {
        for (var k = Math.Max(from, 0); k + 1 < to && k + 1 < tokens.Length; k++)
        {
            var key = ArticleActors.WithoutConjunctionSpan(tokens[k].Key);
            var next = tokens[k + 1].Key;
            if (key.SequenceEqual("لا") && next == "يعقل" && !sport)
            {
                return k;
            }

            if (!key.SequenceEqual("غير"))
            {
                continue;
            }

            var idiom = k > from && ArticleActors.WithoutConjunctionSpan(tokens[k - 1].Key).SequenceEqual("من") && next.StartsWith("ال", StringComparison.Ordinal);
            var quality = idiom ? next[2..] : next;
            if (Unacceptable.Contains(quality) && !(sport && Unbelievable.Contains(quality))
                && (idiom || !(k > 0 && MannerWords.Contains(tokens[k - 1].Key))) && !AfterAny(tokens, k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether token k is "غير" (or "وغير") before one of <see cref="DeniedQualities"/>, not after a word of manner.</summary>
    private static bool DeniesQuality(ReadOnlySpan<Token> tokens, int k, int to) =>
        ArticleActors.WithoutConjunctionSpan(tokens[k].Key).SequenceEqual("غير") && k + 1 < to && k + 1 < tokens.Length && DeniedQualities.Contains(tokens[k + 1].Key)
        && !(k > 0 && MannerWords.Contains(tokens[k - 1].Key));

    private static bool AfterAny(ReadOnlySpan<Token> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - AnyWindow; j--)
        {
            if (ArticleActors.ListsWithoutConjunction(Any, tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }
}
