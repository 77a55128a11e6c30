namespace Akhbar.Arabic.Events;

/// <summary>
/// Acts named as possible or ordered, not done: a noun of force after a word of ability ("أسلحة قادرة على استهداف الأقمار
/// الصناعية", "القدرة على شن هجمات") names what someone or something can do, and an arrest noun after a warrant
/// ("أصدرت المحكمة مذكرة توقيف بحقه", "أمر اعتقال") names an order the police have yet to carry out, and one after a word of
/// custody or place ("رهن الاحتجاز"، "مراكز احتجاز") a state or a place; a noun of force
/// after ل that gives the purpose of a test or a prepared device, or what someone is exposed to ("اختبارات متكررة لإطلاق
/// قذائف", "سيارة معدة للتفجير", "صحفيون معرضون للخطف"), names what it is for, not an act; one a threat or warning
/// governs ("هدد بشن هجمات") names what is threatened (EventFinder.ThreatenedForce).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words of ability before على (folded, without a leading و), masculine, feminine and plural.</summary>
    private static readonly HashSet<string> AbilityWords = new(StringComparer.Ordinal)
    {
        "قادر", "قادره", "قادرا", "قادرون", "قادرين", "قادرات", "القدره", "قدره", "قدرته", "قدرتها", "قدرتهم", "بقدرته", "بقدرتها",
        "قدرات", "القدرات", "قدراته", "قدراتها", "قدراتهم",
    };

    /// <summary>Words of a warrant before an arrest noun (folded, without a leading و).</summary>
    private static readonly HashSet<string> WarrantWords = new(StringComparer.Ordinal)
    {
        "مذكره", "مذكرات", "امر", "اوامر", "بمذكره", "مذكرتي",
    };

    /// <summary>
    /// Words before an arrest noun that make it a state or a place, not an act (folded, without a leading و): custody ("رهن
    /// الاحتجاز"، "قيد الاعتقال") and places and terms of detention ("مراكز احتجاز المهاجرين"، "مدة الاحتجاز").
    /// </summary>
    private static readonly HashSet<string> CustodyWords = new(StringComparer.Ordinal)
    {
        "رهن", "قيد", "مركز", "مراكز", "مرافق", "مرفق", "معسكر", "معسكرات", "مخيم", "مخيمات", "مكان", "اماكن", "مده", "فتره", "ظروف",
    };

    /// <summary>
    /// Words whose purpose or exposure a noun of force after ل names (folded, without a leading و). Places that can be used
    /// for an attack (قاعدة، منصة) are not among them: "تعرضت قاعدة لهجوم" is an attack on the base; nor is the bare معرض,
    /// also an exhibition ("تعرض معرض فني لهجوم").
    /// </summary>
    private static readonly HashSet<string> PurposeHeads = new(StringComparer.Ordinal)
    {
        "تجربه", "تجارب", "التجارب", "اختبار", "اختبارات", "الاختبارات", "مجهز", "مجهزه", "معد", "معده", "جاهز", "جاهزه",
        "معرضه", "معرضون", "معرضين", "عرضه",
    };

    /// <summary>
    /// Whether noun k of force stands right after "قادر على" or "القدرة على", after ل with a head of purpose right before it
    /// or before one adjective (<see cref="PurposeHeads"/>: "اختبارات ناجحة لإطلاق"), or noun k of arrest right after a warrant or a word of custody.
    /// </summary>
    private bool IsUnrealized(int k, int start, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || k - 1 < start)
        {
            return false;
        }

        if (lexeme.Cameo == "173")
        {
            var before = ArticleActors.WithoutConjunction(_tokens[k - 1].Key);
            return WarrantWords.Contains(before) || CustodyWords.Contains(before);
        }

        if (IsForce(lexeme.Cameo) && _tokens[k].SegmentWith(Akhbar.Core.Model.SegmentRole.Preposition) is { } preposition && _doc.Text[preposition.Span.Start] == 'ل'
            && (ArticleActors.ListsWithoutConjunction(PurposeHeads, _tokens[k - 1].Key)
                || (k - 2 >= start && IsAdjectiveLike(_tokens[k - 1].Key) && ArticleActors.ListsWithoutConjunction(PurposeHeads, _tokens[k - 2].Key))))
        {
            return true;
        }

        return (IsForce(lexeme.Cameo) && k - 2 >= start && _tokens[k - 1].Key == "علي"
                && ArticleActors.ListsWithoutConjunction(AbilityWords, _tokens[k - 2].Key))
            || IsThreatenedForce(k, start, lexeme);
    }

    /// <summary>
    /// Whether a word (folded) may be an adjective after a plural or feminine head: it ends as one (ة folded to ه, a nisba
    /// in ي: "ناجحة"، "مكثفة"، "صاروخية") or is one of the masculine adjectives of novelty and number (جديد، متكرر، أخرى).
    /// </summary>
    private static bool IsAdjectiveLike(string key) =>
        key.EndsWith('ه') || key.EndsWith('ي') || key is "جديد" or "متكرر" or "اخر";
}
