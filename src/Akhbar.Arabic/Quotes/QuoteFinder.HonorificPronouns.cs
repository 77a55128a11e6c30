using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// "وأكد معاليه أن"، "وقال سموه:"، "وأوضح فضيلته": Gulf news takes up a minister, a prince or a cleric named before with a
/// pronoun of honour (his excellency, his highness, his eminence). The word is the cue's subject, but it names no one: the
/// speaker is the person the text spoke of before, carried over as for a cue without a subject (159 quotes over 1,500
/// ant-multisource articles and five SaudiNewsNet days had such a word as their speaker, with no entity). Only a person
/// named by an entity is taken: a body carried over ("اللجنة الإشرافية") is no excellency, and the pronoun stays the
/// speaker's words then, as before.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Folded pronouns of honour with the third-person suffix (ة folded to ه; تـ kept before the suffix).</summary>
    private static readonly HashSet<string> HonorificPronouns = new(StringComparer.Ordinal)
    {
        "معاليه", "سموه", "فضيلته", "سعادته", "سماحته", "فخامته", "دولته", "معاليها", "سموها", "سعادتها",
    };

    /// <summary>Whether the word at <paramref name="k"/> is a pronoun of honour (see the class summary).</summary>
    private bool IsHonorificPronoun(int k) => HonorificPronouns.Contains(_tokens[k].Key);

    /// <summary>The person a pronoun of honour at <paramref name="k"/> stands for, carried over; else the pronoun itself as a role.</summary>
    private Carried HonorificReferent(int k)
    {
        if (CarriedTo(k) is { Kind: SpeakerKind.Mention } carried && _doc.Entities.Any(m => m.Span == carried.Span && m.Type == EntityType.Person))
        {
            return carried;
        }

        return new Carried(Span(k, k), SpeakerKind.Role, Paragraph(k));
    }
}
