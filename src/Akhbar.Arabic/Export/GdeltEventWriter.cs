using System.Globalization;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Export;

/// <summary>
/// Writes the coded events of a document as GDELT 2.0 Event table rows: tab-separated, exactly
/// <see cref="FieldCount"/> fields in the codebook's order, no header (GDELT's files have none).
/// docs/stages/export.md says where each field comes from and which stay empty.
/// </summary>
public sealed class GdeltEventWriter(GdeltGazetteer gazetteer, ExportSettings settings)
{
    /// <summary>The number of fields of a GDELT 2.0 Event row (GDELT-Event_Codebook-V2.0).</summary>
    public const int FieldCount = 61;

    private static readonly string[] NoActor = Enumerable.Repeat("", 10).ToArray();

    public GdeltEventWriter()
        : this(GdeltGazetteer.Default, ExportSettings.Default)
    {
    }

    /// <summary>One row per exported event, in the order of the document's event layer; none when it has no event layer.</summary>
    public IEnumerable<string> Rows(Document doc)
    {
        if (!doc.HasEvents)
        {
            yield break;
        }

        for (var i = 0; i < doc.Events.Count; i++)
        {
            var e = doc.Events[i];
            if ((e.Negated || e.Hypothetical) && !settings.IncludeNegated)
            {
                continue;
            }

            yield return string.Join('\t', Fields(doc, e, i));
        }
    }

    private IEnumerable<string> Fields(Document doc, CodedEvent e, int index)
    {
        // A week, quarter or half fills what it lies within (MonthYear, Year) and leaves Day and FractionDate empty.
        var when = GdeltDate.Parse(e.When) ?? GdeltDate.Within(e.When);
        yield return GdeltIds.GlobalEventId(doc.Id, index).ToString(CultureInfo.InvariantCulture);
        yield return when?.DayNumber ?? "";
        yield return when?.MonthYear ?? "";
        yield return when?.YearNumber ?? "";
        yield return when?.FractionDate ?? "";

        foreach (var f in Actor(doc, e.Source))
        {
            yield return f;
        }

        foreach (var f in Actor(doc, e.Target))
        {
            yield return f;
        }

        yield return IsLead(doc, e.Sentence) ? "1" : "0";
        yield return e.Cameo;
        yield return e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
        yield return e.Cameo.Length > 2 ? e.Cameo[..2] : e.Cameo;
        yield return e.QuadClass.ToString(CultureInfo.InvariantCulture);
        yield return e.Goldstein?.ToString("0.0##", CultureInfo.InvariantCulture) ?? "";

        // One mention in one source article: the counts GDELT aggregates over its 15-minute batches are ours per article.
        yield return "1";
        yield return "1";
        yield return "1";
        yield return "";

        foreach (var f in Geo(ActorLocation(doc, e.Source, e.Sentence)))
        {
            yield return f;
        }

        foreach (var f in Geo(ActorLocation(doc, e.Target, e.Sentence)))
        {
            yield return f;
        }

        foreach (var f in Geo(ActionLocation(doc, e)))
        {
            yield return f;
        }

        yield return GdeltIds.PublicationStamp(doc.Raw.Published) ?? "";
        yield return TsvField.Clean(doc.Raw.Url ?? doc.Id);
    }

    /// <summary>Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code.</summary>
    private string[] Actor(Document doc, EventArgument? argument)
    {
        if (argument?.EntityId is not { } id || Find(doc, id) is not { } entity)
        {
            return NoActor;
        }

        // Without a CAMEO code, an actor whose country is known is coded by the country alone, as GDELT codes a
        // geographic match ("the German minister" with no dictionary entry is DEU).
        var code = entity.Cameo ?? entity.Country;
        var parts = CameoActorParts.Parse(code, c => gazetteer.Countries.FindIso3(c) is not null);
        var name = string.IsNullOrWhiteSpace(entity.NameEn) ? entity.Name : entity.NameEn.ToUpperInvariant();
        return
        [
            code ?? "",
            TsvField.Clean(name),
            parts.Country ?? entity.Country ?? "",
            parts.KnownGroup ?? "",
            parts.Ethnic ?? "",
            parts.Religion1 ?? "",
            parts.Religion2 ?? "",
            parts.Type1 ?? "",
            parts.Type2 ?? "",
            parts.Type3 ?? "",
        ];
    }

    /// <summary>
    /// GDELT places an actor at the geographic reference closest to it: the actor's own place when it is one (a
    /// country acting), else the geocoded mention nearest to the actor's words in the event's sentence.
    /// </summary>
    private GdeltLocation? ActorLocation(Document doc, EventArgument? argument, int sentence)
    {
        if (argument is null)
        {
            return null;
        }

        if (argument.EntityId is { } id && Find(doc, id) is { Geo: not null } own)
        {
            return GdeltLocation.Of(own, gazetteer);
        }

        if (!doc.HasSentences || sentence < 0 || sentence >= doc.Sentences.Count)
        {
            return null;
        }

        var within = doc.Sentences[sentence].Span;
        Entity? nearest = null;
        var best = int.MaxValue;
        foreach (var entity in doc.LinkedEntities)
        {
            if (entity.Geo is null)
            {
                continue;
            }

            foreach (var m in entity.Mentions)
            {
                if (!within.Contains(m.Span))
                {
                    continue;
                }

                var distance = m.Span.End <= argument.Span.Start ? argument.Span.Start - m.Span.End : Math.Max(0, m.Span.Start - argument.Span.End);
                if (distance < best)
                {
                    best = distance;
                    nearest = entity;
                }
            }
        }

        return nearest is null ? null : GdeltLocation.Of(nearest, gazetteer);
    }

    /// <summary>The action happens at the event's place (its Where argument) when that place is geocoded.</summary>
    private GdeltLocation? ActionLocation(Document doc, CodedEvent e) =>
        e.Where?.EntityId is { } id && Find(doc, id) is { } place ? GdeltLocation.Of(place, gazetteer) : null;

    private static IEnumerable<string> Geo(GdeltLocation? location) =>
        location?.EventFields() ?? GdeltLocation.NoEventFields;

    /// <summary>GDELT's IsRootEvent marks events of the lead: here the title and the first body paragraph.</summary>
    private static bool IsLead(Document doc, int sentence) =>
        doc.HasSentences && sentence >= 0 && sentence < doc.Sentences.Count && doc.Sentences[sentence].Paragraph <= 0;

    private static Entity? Find(Document doc, string id)
    {
        if (!doc.HasLinkedEntities)
        {
            return null;
        }

        foreach (var entity in doc.LinkedEntities)
        {
            if (entity.Id == id)
            {
                return entity;
            }
        }

        return null;
    }
}
