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

        for (var j = last + 1; j < end && j <= last + 3; j++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Word && !token.Has(SegmentRole.Conjunction) && !_inTime[j]
                && token.SegmentWith(SegmentRole.Preposition) is { } clitic && _doc.Text[clitic.Span.Start] == 'ل')
            {
                if (_actors.StartingAt(j) is not null
                    || GenericActors.OfNounAfterLam(NounAfterLam(token.Key)) is not (GenericActors.Kind.Protester or GenericActors.Kind.People))
                {
                    return null;
                }

                // "لأنصار الحزب" gives "أنصار الحزب"; a word glued to لل keeps it, as the gold leaves such words whole ("للطلبة").
                var from = token.Key.StartsWith("لل", StringComparison.Ordinal) ? token.Span.Start : clitic.Span.End;
                return new EventArgument(new TextSpan(from, GroupArgument(j, end).Span.End), null);
            }

            if (!OnlyAdjectivesBetween(j, j + 1))
            {
                return null;
            }
        }

        return null;
    }
}
