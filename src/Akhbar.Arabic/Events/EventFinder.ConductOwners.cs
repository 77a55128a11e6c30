using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Criticism aimed at a side through a word for its conduct: "وانتقد الجنرال الدور التخريبي لإيران"، "أدانت "الحملة
/// الدموية" لإسرائيل"، "انتقد السياسات الأمريكية". The criticized noun is definite, so its owner is not in the genitive
/// (which <see cref="CriticizedObject"/> reads for "طموحات مقدونيا") but after ل, past the noun's adjectives, or in a
/// country's nisba right after it. Only nouns of conduct (a role, a policy, a stance, practices, a campaign, violations)
/// are read so: after a verbal noun of a transitive verb ل marks what the act was done to ("الدعم العسكري للأكراد"،
/// "الاستخدام المفرط للقوة"), and after a nisba it does too ("التهديدات الإيرانية للملاحة": the nisba is the owner).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Nouns (folded, without the article) of a side's conduct, whose owner a criticism of them is aimed at.</summary>
    private static readonly HashSet<string> ConductNouns = new(StringComparer.Ordinal)
    {
        "دور", "سياسه", "سياسات", "موقف", "مواقف", "سلوك", "ممارسات", "تصرفات", "تدخل", "تدخلات", "حمله", "نهج", "انشطه",
        "نشاطات", "استفزازات", "انتهاكات", "جرايم", "مجازر", "عدوان", "تصعيد", "اطماع", "مخططات", "اجراءات", "قرار", "قرارات",
    };

    /// <summary>How many adjectives may stand between a conduct noun and the ل of its owner ("الحملة الدموية الأخيرة لإسرائيل").</summary>
    private const int ConductAdjectiveReach = 2;

    /// <summary>
    /// The owner of the conduct noun at token <paramref name="j"/> that a criticism verb takes as its object: the country of a
    /// nisba right after it or after its adjectives (as a span, with the country's entity when the article names it), or the
    /// actor after ل past at most <see cref="ConductAdjectiveReach"/> adjectives and quotation marks; neither when
    /// <paramref name="j"/> holds no definite conduct noun or no owner follows.
    /// </summary>
    private (ActorMention? Actor, EventArgument? Span) ConductOwner(int j, int end)
    {
        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        if (!key.StartsWith("ال", StringComparison.Ordinal) || !ConductNouns.Contains(key[2..]) || _tokens[j].Has(SegmentRole.Pronoun))
        {
            return (null, null);
        }

        var adjectives = 0;
        for (var c = j + 1; c < end; c++)
        {
            if (IsQuotationMark(c))
            {
                continue;
            }

            if (NisbaAuthor(c - 1, end) is { EntityId: not null } nisba)
            {
                // "السياسات الأمريكية"، "الممارسات الإسرائيلية القمعية": the country whose conduct it is.
                return (null, nisba);
            }

            if (_actors.StartingAt(c) is { } owner)
            {
                // "الدور التخريبي لإيران": a state or a body after ل owns the conduct; a city there is its scene.
                return owner is { IsActor: true, Preposition: "ل" } && (!owner.IsPlace || owner.Entity.Geo?.Feature == "PCLI") ? (owner, null) : (null, null);
            }

            if (++adjectives > ConductAdjectiveReach || !OnlyAdjectivesBetween(c, c + 1))
            {
                return (null, null);
            }
        }

        return (null, null);
    }
}
