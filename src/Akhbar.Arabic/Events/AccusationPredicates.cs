using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Predicates that accuse their subject ("موسكو مسؤولة عن تسميم"، "النظام متورط في"، "إيران تقف وراء الهجوم"، "قطر تمول
/// الإرهاب"، "الميليشيات ارتكبت جرائم"): reported words that say one of them of an actor accuse that actor, which CAMEO
/// codes 112, not 010 (gold/README.md, events: the speech's more specific act replaces 010). Each needs the word that makes
/// it a charge right after it (عن، في، وراء، الإرهاب، جرائم): "مسؤول" alone is an official, "يدعم" alone is support.
/// </summary>
internal static class AccusationPredicates
{
    /// <summary>Forms of "responsible" (folded: ؤ is و, ة is ه; without و), before عن or "وحده عن" ("مسؤولة وحدها عن التصعيد").</summary>
    private static readonly HashSet<string> Responsible = new(StringComparer.Ordinal)
    {
        "مسوول", "مسووله", "مسوولا", "مسوولون", "مسوولين", "المسوول", "المسووله", "المسوولون", "المسوولين",
    };

    /// <summary>Forms of "involved" (folded, without و), before في or a word with ب.</summary>
    private static readonly HashSet<string> Involved = new(StringComparer.Ordinal)
    {
        "متورط", "متورطه", "متورطون", "متورطين", "متورطا", "ضالع", "ضالعه", "ضالعون", "ضالعين",
    };

    /// <summary>Verbs of standing behind (folded, without و), before وراء or خلف.</summary>
    private static readonly HashSet<string> StandsBehind = new(StringComparer.Ordinal) { "يقف", "تقف", "يقفون", "يقفان", "تقفان", "وقف", "وقفت", "وقفوا" };

    /// <summary>Verbs of funding, backing or harbouring (folded, without و), before terrorism.</summary>
    private static readonly HashSet<string> Sponsors = new(StringComparer.Ordinal)
    {
        "يمول", "تمول", "يمولون", "مولت", "يدعم", "تدعم", "يدعمون", "دعمت", "يرعي", "ترعي", "يرعون", "رعت", "ياوي", "تاوي", "يووي", "تووي",
    };

    /// <summary>Verbs of committing (folded, without و), before crimes, massacres or violations.</summary>
    private static readonly HashSet<string> Commits = new(StringComparer.Ordinal) { "ارتكب", "ارتكبت", "ارتكبوا", "يرتكب", "ترتكب", "يرتكبون" };

    /// <summary>What is committed that makes a charge (folded: ئ is ي, ة is ه; without the article): "ارتكبت جرائم حرب".</summary>
    private static readonly HashSet<string> Crimes = new(StringComparer.Ordinal) { "جرايم", "جريمه", "مجازر", "مجزره", "انتهاكات", "فظايع", "اباده" };

    /// <summary>Harms that make "responsible for" a charge and that the event lexicon does not code (folded, without the article).</summary>
    private static readonly HashSet<string> Harms = new(StringComparer.Ordinal) { "تسميم", "مقتل", "قتل", "تعذيب", "تهريب", "فساد", "تصعيد" };

    /// <summary>Whether a word (folded key, the article left on) is one of <see cref="Harms"/>.</summary>
    public static bool IsHarmWord(string key) => Harms.Contains(key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key);

    /// <summary>
    /// Whether an accusing predicate starts at token k (the word right after its subject), with its completing word before
    /// <paramref name="to"/>. "مسؤول عن" is also said of whoever is in charge ("الحكومة مسؤولة عن حماية المدنيين"): it
    /// accuses only when <paramref name="isHarm"/> says the word after عن is a harm (an attack, a killing, a poisoning).
    /// </summary>
    public static bool StartsAt(IReadOnlyList<Token> tokens, int k, int to, Predicate<int> isHarm)
    {
        if (k + 1 >= to || k + 1 >= tokens.Count)
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(tokens[k].Key);
        var next = tokens[k + 1].Key;
        return key switch
        {
            _ when Responsible.Contains(key) => (next == "عن" && k + 2 < to && isHarm(k + 2))
                || (next is "وحده" or "وحدها" or "وحدهم" && k + 3 < to && tokens[k + 2].Key == "عن" && isHarm(k + 3)),
            _ when Involved.Contains(key) => next == "في"
                || ((next.StartsWith("في", StringComparison.Ordinal) || next.StartsWith('ب')) && tokens[k + 1].Has(SegmentRole.Preposition)),
            _ when StandsBehind.Contains(key) => next is "وراء" or "وراءه" or "وراءها" or "خلف",
            _ when Sponsors.Contains(key) => next.StartsWith("الارهاب", StringComparison.Ordinal) || next == "ارهاب"
                || (next == "الجماعات" && k + 2 < to && tokens[k + 2].Key.StartsWith("الارهابي", StringComparison.Ordinal)),
            _ when Commits.Contains(key) => Crimes.Contains(next.StartsWith("ال", StringComparison.Ordinal) ? next[2..] : next),
            _ => false,
        };
    }
}
