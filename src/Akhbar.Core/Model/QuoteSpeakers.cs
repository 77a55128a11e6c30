namespace Akhbar.Core.Model;

/// <summary>Which entity, if any, spoke a quote: shared by the record writer and the stages that build on quotes.</summary>
public static class QuoteSpeakers
{
    /// <summary>
    /// The id of the entity whose mention or role phrase is the quote's speaker span, or null for an unnamed source, a
    /// quote without a speaker, or a role phrase that only overlaps a place ("وزير خارجية روسيا" is not Russia speaking).
    /// </summary>
    public static string? EntityId(Document doc, Quote q)
    {
        if (q.Speaker is not { } span || q.SpeakerKind is SpeakerKind.None or SpeakerKind.Unnamed)
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
