using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "عقب زيارة الرئيس الأمريكي دونالد ترامب إلى بريطانيا"، "خلال لقاء وزير الخارجية الأمريكي مايك بومبيو مع نظيره الروسي":
/// the genitive of a meeting, visit or cooperation noun acted, and when it is a title with its holder's name the holder
/// did. The linker gives the name its own mention, so no actor starts at the title and the noun went without a source,
/// though "زيارة دونالد ترامب" and "لقاء الرئيس الأمريكي مع" were coded. The verbs reach the name through the title the
/// same way (NextActor).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The person a title phrase right after the noun at <paramref name="k"/> (ending at <paramref name="last"/>) leads to,
    /// when no actor starts at the title itself; null otherwise. Only a noun in the construct state has a genitive: not
    /// one with the article ("ويلتقي على هامش الاجتماع رئيس المفوضية": the name is the verb's object). A visit's genitive
    /// is its visitor; a meeting's only with the partner named after it. A meeting noun
    /// after ل or ب or "من أجل" names whom one goes to meet or is glad to meet ("للقاء نظيره الأميركي جون كيري"، "سعدت
    /// بلقاء الرئيس أوباما"), so there the name is the partner, not who met; a visit keeps its visitor ("بزيارة رئيسة
    /// الوزراء").
    /// </summary>
    private ActorMention? TitledGenitive(int k, int last, int end, EventLexeme lexeme)
    {
        if (IsDefinite(k) || (lexeme.Cameo != "042" && (_tokens[k].Has(SegmentRole.Preposition) || (k > 0 && _tokens[k - 1].Key == "اجل"))))
        {
            return null;
        }

        var from = last + 1;
        if (from >= end || _actors.StartingAt(from) is not null || _tokens[from].Kind != TokenKind.Word || _tokens[from].Has(SegmentRole.Preposition)
            || !(IsTitle(_tokens[from]) || _actors.NameAfterRole(from) > 0))
        {
            return null;
        }

        if (NextActor(from, end) is not { IsActor: true, Preposition: null, Entity.Type: EntityType.Person } holder)
        {
            return null;
        }

        // The genitive of a visit is the visitor; that of a meeting may be either side ("وافق على لقاء زعيم كوريا الشمالية"
        // names whom he agreed to meet), and is who met only with the partner after it ("لقاء ... مع نظيره"، "بنظيره").
        return lexeme.Cameo == "042" || PartnerFollows(holder.Last + 1, end) ? holder : null;
    }

    /// <summary>Whether the token at <paramref name="j"/> opens a partner phrase: مع, or a word with the preposition ب.</summary>
    private bool PartnerFollows(int j, int end) =>
        j < end && _tokens[j].Kind == TokenKind.Word
        && (ArticleActors.WithoutConjunction(_tokens[j].Key) == "مع" || (_tokens[j].Has(SegmentRole.Preposition) && ArticleActors.WithoutConjunction(_tokens[j].Key).StartsWith('ب')));
}
