using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Issuers named by the verb that issued the statement (gold/README.md: a statement whose issuer is known takes the
/// issuer): "بيان أصدرته كلية التمريض"، "حسب بيان نشرته القوات المسلحة"، "البيان الذي أصدرته رئيسة الوزراء" (the verb with
/// the statement's pronoun, its subject after it), "وفقا لبيان لدائرة الشؤون الخارجية" (a
/// statement after a preposition), and "بيان مشترك للقادة الأوروبيين" (an adjective between). A later "وقال البيان" then
/// speaks for that issuer rather than for the document. The statement as the object of the verb, its subject before it
/// ("أصدرت وزارة الخارجية الفرنسية بيانا"، "نشرت الوزارة بيانا"), is EventFinder.IssuedBy's search.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Verbs of issuing with the pronoun of a statement (بيان and بلاغ are masculine), folded: "أصدرته"، "نشره"، "وزعته"، "بثته".</summary>
    private static readonly HashSet<string> IssuedItForms = new(StringComparer.Ordinal)
    {
        "اصدرته", "اصدره", "نشرته", "نشره", "وزعته", "وزعه", "بثته", "بثه",
    };

    /// <summary>Adjectives of a statement that may stand between it and its issuer, folded: "بيان مشترك لـ"، "بيان رسمي صادر عن".</summary>
    private static readonly HashSet<string> StatementAdjectives = new(StringComparer.Ordinal)
    {
        "مشترك", "رسمي", "صحفي", "صحافي", "مقتضب", "منفصل", "مكتوب", "ختامي", "مطول", "جديد",
        "مشتركا", "رسميا", "صحفيا", "صحافيا", "مقتضبا", "منفصلا", "مكتوبا", "ختاميا", "مطولا", "جديدا",
    };

    /// <summary>
    /// Past an indefinite statement's adjective and its comma ("بيان رسمي، صادر عن"): the token where its issuer phrase may
    /// begin, or <paramref name="i"/> itself.
    /// </summary>
    private int AfterStatementAdjective(int i, int end)
    {
        if (i < end && _tokens[i].Kind == TokenKind.Word && StatementAdjectives.Contains(_tokens[i].Key))
        {
            i++;
            if (i < end && _tokens[i].Key is "،" or ",")
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>
    /// The issuer named after a verb of issuing that carries the statement's pronoun, at <paramref name="i"/> (after الذي
    /// for a definite statement): the actor or group right after the verb; null when none.
    /// </summary>
    private EventArgument? IssuedItBy(int i, int end)
    {
        if (i < end && _tokens[i].Key is "الذي" or "التي")
        {
            i++;
        }

        if (i + 1 >= end || !IssuedItForms.Contains(ArticleActors.WithoutConjunction(_tokens[i].Key)))
        {
            return null;
        }

        return SubjectNamedAt(i + 1, end);
    }

    /// <summary>Whether the token is a statement noun after a glued preposition: "لبيان"، "ببيان" ("وفقا لبيان لدائرة").</summary>
    private bool IsStatementAfterPreposition(Token token) =>
        token.Has(SegmentRole.Preposition) && token.Key.Length > 4 && token.Key[0] is 'ل' or 'ب'
        && StatementNouns.Contains(token.Key[1..]);
}
