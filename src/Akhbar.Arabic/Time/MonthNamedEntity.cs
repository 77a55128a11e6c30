using Akhbar.Core.Model;

namespace Akhbar.Arabic.Time;

/// <summary>
/// A month name that is a word of a name, not a time: رمضان in "طارق رمضان" and where that person is later called
/// "رمضان" alone, نيسان the carmaker. Only a month name standing alone (no day, year or "الماضي") is read so: one
/// inside a mention of an organization, or of a person whose name has two words or more (a lone "رمضان" tagged as a
/// person may be the tagger's slip on the month itself). After a word that introduces a time ("في رمضان", "خلال
/// رمضان", "منذ نيسان", "مطلع رمضان") the month stays a month whatever the tagger says.
/// </summary>
public static class MonthNamedEntity
{
    private static readonly ulong TimeCues = TimeToken.MaskOf(TimeWordKind.In, TimeWordKind.During, TimeWordKind.Since, TimeWordKind.Edge,
        TimeWordKind.Throughout, TimeWordKind.MonthWord, TimeWordKind.From, TimeWordKind.To, TimeWordKind.After, TimeWordKind.Ago, TimeWordKind.Midpoint);

    public static bool IsPartOfName(Document document, TimeToken[] tokens, TimeMention mention)
    {
        if (mention.Meaning is not MonthMeaning { Year: null, Relation: 0, YearOffset: null } || mention.FirstToken != mention.LastToken || !document.HasLinkedEntities
            || (mention.FirstToken > 0 && tokens[mention.FirstToken - 1].HasAny(TimeCues)))
        {
            return false;
        }

        foreach (var entity in document.LinkedEntities)
        {
            if (entity.Type is not (EntityType.Person or EntityType.Organization)
                || (entity.Type == EntityType.Person && !entity.Name.Contains(' ', StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var m in entity.Mentions)
            {
                if (m.Kind == MentionKind.Name && m.Span.Start <= mention.Start && mention.End <= m.Span.End)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
