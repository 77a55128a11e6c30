using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "اعتصاما لأنصار الحزب"، "وقفة احتجاجية لأعوان الحضائر"، "تظاهرة للحزب الحاكم"، "مظاهرة حاشدة لأهالي البلدة": a protest noun
/// names who protested after ل as often as in its genitive, most of all in headlines and the Maghreb's "وقفة احتجاجية ل..."
/// reports. The people or the organization after ل, right after the noun or after its adjectives, are its source when no
/// other rule found one, as an armed side after ل owns a noun of force (EventFinder.LamGroupAuthors).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The protesters after ل that own the protest noun ending at <paramref name="last"/>: an organization the entity stage
    /// linked, or people named by a common noun (`GenericActors` kinds Protester and People: أنصار، أهالي، العاملين، طلبة ...)
    /// with their phrase, within three tokens and with only the noun's adjectives between. Null otherwise.
    /// </summary>
    private EventArgument? ProtestLamAuthor(int last, int end)
    {
        if (LamAuthor(last, end) is { } organization)
        {
            return organization.Argument;
        }

        return LamPhraseAuthor(
            last, end, static noun => GenericActors.OfNounAfterLam(noun) is GenericActors.Kind.Protester or GenericActors.Kind.People, stopAtTime: true);
    }
}
