namespace Akhbar.Core.Model;

/// <summary>Which entity, if any, spoke a quote: shared by the record writer and the stages that build on quotes.</summary>
public static class QuoteSpeakers
{
    /// <summary>
    /// The id of the entity whose mention or role phrase is the quote's speaker span, or null for an unnamed source (unless
    /// it is exactly an entity's name), a
    /// quote without a speaker, or a role phrase that only overlaps a place ("وزير خارجية روسيا" is not Russia speaking).
    /// </summary>
    public static string? EntityId(Document doc, Quote q)
    {
        if (q.Speaker is not { } span || q.SpeakerKind == SpeakerKind.None)
        {
            return null;
        }

        // "قال البيت الأبيض": a speaker phrase that is, as written, the whole name of an organization or person the article
        // names (a listed organization that entity linking found, whatever type the tagger gave its words).
        if (doc.HasLinkedEntities && doc.LinkedEntities.FirstOrDefault(e => e.Type is EntityType.Person or EntityType.Organization && e.Mentions.Any(m => m.Span == span)) is { } named)
        {
            return named.Id;
        }

        if (q.SpeakerKind == SpeakerKind.Unnamed)
        {
            return null;
        }

        if (q.SpeakerKind == SpeakerKind.Role && doc.HasEntities && doc.Entities.Any(m => m.Span.Overlaps(span) && m.Type is not (EntityType.Person or EntityType.Organization)))
        {
            return null;
        }

        return doc.EntityIdAt(span);
    }
}
