using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "ورفضت الحكومة عرض موسكو"، "رفضت فصائل المعارضة شروط الاستسلام التي اقترحتها موسكو"، "رفض الاتحاد ادعاءات لاعب الوسط
/// الغاني إيمانويل فريمبونج": a rejection whose object is a proposal, a demand or a claim rejects whoever made it, named
/// in the noun's genitive (through a title phrase) or as the subject of a relative clause of proposing after it. CAMEO and
/// the gold code the rejection against that side (gold/README.md: the opposition "rejected the surrender terms Moscow
/// proposed" is 120 on Moscow). رفض is a dictionary verb, coded only with a target, so such a rejection was dropped or
/// left with no target.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Nouns (folded, without the article) of what is proposed, asked or claimed, whose maker a rejection is aimed at.</summary>
    private static readonly HashSet<string> ProposalNouns = new(StringComparer.Ordinal)
    {
        "عرض", "مقترح", "مقترحات", "اقتراح", "اقتراحات", "خطه", "مبادره", "شروط", "مطالب", "مطلب", "طلب", "طلبات", "دعوه", "دعوات",
        "ادعاءات", "مزاعم", "اتهامات", "تصريحات", "مشروع", "قرار", "قرارات",
    };

    /// <summary>Forms (folded, object pronoun included) of the verbs of proposing in a relative clause: "التي اقترحتها"، "الذي قدمه".</summary>
    private static readonly string[] ProposingStems = ["اقترح", "قدم", "طرح", "عرض", "وضع", "يقترح", "تقترح", "يطرح", "تطرح"];

    /// <summary>
    /// "رفض لافروف الاتهامات الأمريكية"، "رفضت الحكومة المقترح الروسي": a definite proposal noun whose maker is the country
    /// of the nisba right after it (as a span, with the country's entity, which the article must name); null otherwise.
    /// </summary>
    private EventArgument? RejectedProposalNisba(int from, int end)
    {
        var j = AfterAdverbials(from, end);
        if (j >= end || _tokens[j].Kind != TokenKind.Word)
        {
            return null;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        return key.StartsWith("ال", StringComparison.Ordinal) && ProposalNouns.Contains(key[2..]) && NisbaAuthor(j, end) is { EntityId: not null } nisba
            ? nisba
            : null;
    }

    /// <summary>
    /// The maker of the proposal that is the object of the rejection, the object starting at token <paramref name="from"/>:
    /// the actor in the proposal noun's genitive (one adjective may stand between), or the subject of "التي اقترحتها X"
    /// right after the noun and its adjectives; null when the object is no proposal noun or names no maker.
    /// </summary>
    private ActorMention? RejectedProposalMaker(int from, int end)
    {
        var j = AfterAdverbials(from, end);
        if (j >= end || _tokens[j].Kind != TokenKind.Word)
        {
            return null;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        var definite = key.StartsWith("ال", StringComparison.Ordinal);
        if (!ProposalNouns.Contains(definite ? key[2..] : key))
        {
            return null;
        }

        // "عرض موسكو"، "ادعاءات لاعب الوسط الغاني إيمانويل فريمبونج": an indefinite noun's genitive is its maker.
        if (!definite && j + 1 < end && NextActor(j + 1, end) is { IsActor: true, Preposition: null } owner && owner.First <= j + 4)
        {
            return owner;
        }

        // "شروط الاستسلام التي اقترحتها موسكو": past the noun's genitive and adjectives, a relative clause of proposing.
        for (var c = j + 1; c < end && c <= j + 4; c++)
        {
            if (!RelativePronouns.Contains(_tokens[c].Key))
            {
                continue;
            }

            var verb = c + 1 < end ? ArticleActors.WithoutConjunction(_tokens[c + 1].Key) : "";
            return ProposingStems.Any(s => verb.StartsWith(s, StringComparison.Ordinal)) && _tokens[c + 1].Has(SegmentRole.Pronoun)
                ? NextActor(c + 2, end)
                : null;
        }

        return null;
    }
}
