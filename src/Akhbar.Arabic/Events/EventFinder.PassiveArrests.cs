namespace Akhbar.Arabic.Events;

/// <summary>
/// "وألقي القبض على شخص"، "وقال إنه تم احتجاز ثلاثة أشخاص": an arrest told in the passive names who was arrested and not
/// who arrested; the gold codes it with no source (gold/README.md: no actor is invented). A noun of coercion (17) with no
/// source was dropped as a noun with nobody to do it, so a passive arrest was lost; after a passive auxiliary (تم، جرى) or
/// the passive أُلقي of "ألقي القبض" it now stands with the one arrested alone. "ألقي" and the active "ألقى" are written
/// alike; the active has its subject between it and القبض ("ألقى الأمن القبض"), so only "ألقي" right before القبض is read
/// as a passive.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether the arrest at <paramref name="k"/> is told in the passive: a noun right after a passive auxiliary, or "ألقي
    /// القبض" (coded on the verb by its object pattern, or on the noun). Only arrests (173): what is seized in the passive
    /// ("تم حجز دراجتين") is a thing, which the gold does not take as a target.
    /// </summary>
    private bool IsPassiveArrest(int k, EventLexeme lexeme) =>
        lexeme.Cameo == "173" && (IsPassiveSeizure(k)
            || (lexeme.Kind == EventWordKind.Noun && k > 0 && (IsPassiveAuxiliary(_tokens[k - 1]) || IsPassiveSeizure(k - 1))));

    /// <summary>"ألقي القبض": the folded القي at <paramref name="k"/> with القبض right after it, a passive with no subject between.</summary>
    private bool IsPassiveSeizure(int k) =>
        k >= 0 && k + 1 < _tokens.Length && _tokens[k + 1].Key == "القبض" && ArticleActors.WithoutConjunctionSpan(_tokens[k].Key) is "القي";
}
