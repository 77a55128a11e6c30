using System.Globalization;
using System.Security;
using System.Text;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Export;

/// <summary>
/// Writes one GDELT GKG 2.1 row per document: tab-separated, exactly <see cref="FieldCount"/> fields in the codebook's
/// order, no header. Locations, persons, organizations, dates, quotations and names carry character offsets (see
/// <see cref="ExportSettings.Offsets"/>); the fields GDELT fills from systems Akhbar does not have (counts, themes,
/// tone, GCAM, images, amounts) stay empty. docs/stages/export.md says where each field comes from.
/// </summary>
public sealed class GkgWriter(GdeltGazetteer gazetteer, ExportSettings settings)
{
    /// <summary>The number of fields of a GKG 2.1 row (GDELT-GKG_Codebook-V2.1).</summary>
    public const int FieldCount = 27;

    public GkgWriter()
        : this(GdeltGazetteer.Default, ExportSettings.Default)
    {
    }

    public string Row(Document doc)
    {
        var stamp = GdeltIds.PublicationStamp(doc.Raw.Published);
        var url = doc.Raw.Url is { Length: > 0 } u ? u : null;
        var entities = doc.HasLinkedEntities ? doc.LinkedEntities : [];
        string[] fields =
        [
            GdeltIds.GkgRecordId(doc),
            stamp ?? GdeltIds.UnknownStamp,
            url is null ? "2" : "1",
            TsvField.Clean(CommonName(url, doc.Raw.Source)),
            TsvField.Clean(url ?? doc.Id),
            "", // V1COUNTS
            "", // V2.1COUNTS
            "", // V1THEMES
            "", // V2ENHANCEDTHEMES
            Locations(entities),
            EnhancedLocations(doc, entities),
            Names(entities, EntityType.Person),
            EnhancedNames(doc, entities, EntityType.Person),
            Names(entities, EntityType.Organization),
            EnhancedNames(doc, entities, EntityType.Organization),
            "", // V1.5TONE
            Dates(doc),
            "", // V2GCAM
            "", // V2.1SHARINGIMAGE
            "", // V2.1RELATEDIMAGES
            "", // V2.1SOCIALIMAGEEMBEDS
            "", // V2.1SOCIALVIDEOEMBEDS
            Quotations(doc),
            AllNames(doc, entities),
            "", // V2.1AMOUNTS
            "", // V2.1TRANSLATIONINFO: Akhbar reads the Arabic itself, nothing was machine-translated
            Extras(doc),
        ];
        return string.Join('\t', fields);
    }

    /// <summary>The site's domain without "www." for a web article (as GDELT writes it), else the input's source name.</summary>
    private static string CommonName(string? url, string? source)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        }

        return source ?? "";
    }

    /// <summary>V1LOCATIONS: one block per geocoded entity, Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID.</summary>
    private string Locations(IReadOnlyList<Entity> entities)
    {
        var blocks = new List<string>();
        foreach (var entity in entities)
        {
            if (GdeltLocation.Of(entity, gazetteer) is { } l)
            {
                blocks.Add(l.V1Block());
            }
        }

        return string.Join(';', blocks);
    }

    /// <summary>
    /// V2ENHANCEDLOCATIONS: one block per name mention of a geocoded entity, in text order,
    /// Type#FullName#CountryCode#ADM1Code#ADM2Code#Lat#Long#FeatureID#Offset.
    /// </summary>
    private string EnhancedLocations(Document doc, IReadOnlyList<Entity> entities)
    {
        var blocks = new List<(int Offset, string Block)>();
        foreach (var entity in entities)
        {
            if (GdeltLocation.Of(entity, gazetteer) is not { } l)
            {
                continue;
            }

            foreach (var offset in NameOffsets(doc, entity))
            {
                blocks.Add((offset, l.V2Block(offset)));
            }
        }

        return string.Join(';', blocks.OrderBy(b => b.Offset).Select(b => b.Block));
    }

    /// <summary>V1PERSONS / V1ORGANIZATIONS: the distinct names of the entities of <paramref name="type"/>, in order of first mention.</summary>
    private static string Names(IReadOnlyList<Entity> entities, EntityType type) =>
        string.Join(';', entities.Where(e => e.Type == type).Select(e => TsvField.Clean(DisplayName(e), ";")).Distinct(StringComparer.Ordinal));

    /// <summary>V2ENHANCEDPERSONS / V2ENHANCEDORGANIZATIONS: Name,Offset for every name mention, in text order.</summary>
    private string EnhancedNames(Document doc, IReadOnlyList<Entity> entities, EntityType type)
    {
        var blocks = new List<(int Offset, string Block)>();
        foreach (var entity in entities.Where(e => e.Type == type))
        {
            var name = TsvField.Clean(DisplayName(entity), ",;");
            foreach (var offset in NameOffsets(doc, entity))
            {
                blocks.Add((offset, $"{name},{offset.ToString(CultureInfo.InvariantCulture)}"));
            }
        }

        return string.Join(';', blocks.OrderBy(b => b.Offset).Select(b => b.Block));
    }

    /// <summary>V2.1ALLNAMES: every name mention of every entity as written in the Arabic text, Name,Offset, in text order.</summary>
    private string AllNames(Document doc, IReadOnlyList<Entity> entities)
    {
        var blocks = new List<(int Offset, string Block)>();
        foreach (var entity in entities)
        {
            foreach (var m in entity.Mentions)
            {
                if (m.Kind == MentionKind.Name && ExportOffsets.Of(doc, m.Span, settings.Offsets) is { } at)
                {
                    blocks.Add((at.Start, $"{TsvField.Clean(doc.Slice(m.Span), ",;")},{at.Start.ToString(CultureInfo.InvariantCulture)}"));
                }
            }
        }

        return string.Join(';', blocks.OrderBy(b => b.Offset).Select(b => b.Block));
    }

    /// <summary>
    /// V2.1ENHANCEDDATES: Resolution#Month#Day#Year#Offset for every time expression that names a day, a month, a year or
    /// a day of an unnamed year; coordinated days ("4 و 5 مايو") give one block each, ranges one per end.
    /// </summary>
    private string Dates(Document doc)
    {
        if (!doc.HasTimes)
        {
            return "";
        }

        var blocks = new List<string>();
        foreach (var t in doc.Times)
        {
            if (ExportOffsets.Of(doc, t.Span, settings.Offsets) is not { } at)
            {
                continue;
            }

            foreach (var value in t.Values ?? t.Value.Split('/'))
            {
                if (GdeltDate.Parse(value) is { } d)
                {
                    blocks.Add(string.Create(CultureInfo.InvariantCulture, $"{d.Resolution}#{d.Month}#{d.Day}#{d.Year}#{at.Start}"));
                }
            }
        }

        return string.Join(';', blocks);
    }

    /// <summary>
    /// V2.1QUOTATIONS: Offset|Length|Verb|Quote blocks separated by '#', in text order. The verb is the cue as written
    /// (empty for a headline's colon); '|' and '#' inside Arabic text become spaces.
    /// </summary>
    private string Quotations(Document doc)
    {
        if (!doc.HasQuotes)
        {
            return "";
        }

        var blocks = new List<string>();
        foreach (var q in doc.Quotes)
        {
            if (ExportOffsets.Of(doc, q.Content, settings.Offsets) is not { } at)
            {
                continue;
            }

            var verb = q.Kind == QuoteKind.Headline ? "" : TsvField.Clean(doc.Slice(q.Cue), "|#");
            blocks.Add($"{at.Start.ToString(CultureInfo.InvariantCulture)}|{at.Length.ToString(CultureInfo.InvariantCulture)}|{verb}|{TsvField.Clean(doc.Slice(q.Content), "|#")}");
        }

        return string.Join('#', blocks);
    }

    /// <summary>V2EXTRASXML: the Arabic title as PAGE_TITLE (GDELT's element for news) and Akhbar's article id.</summary>
    private static string Extras(Document doc)
    {
        var xml = new StringBuilder();
        if (doc.Title is { } title)
        {
            xml.Append("<PAGE_TITLE>").Append(SecurityElement.Escape(TsvField.Clean(doc.Slice(title)))).Append("</PAGE_TITLE>");
        }

        xml.Append("<AKHBAR_ARTICLE_ID>").Append(SecurityElement.Escape(TsvField.Clean(doc.Id))).Append("</AKHBAR_ARTICLE_ID>");
        return xml.ToString();
    }

    /// <summary>The offsets of an entity's name mentions (role and counterpart phrases are not names); mentions without a position are left out.</summary>
    private IEnumerable<int> NameOffsets(Document doc, Entity entity)
    {
        foreach (var m in entity.Mentions)
        {
            if (m.Kind == MentionKind.Name && ExportOffsets.Of(doc, m.Span, settings.Offsets) is { } at)
            {
                yield return at.Start;
            }
        }
    }

    private static string DisplayName(Entity e) => string.IsNullOrWhiteSpace(e.NameEn) ? e.Name : e.NameEn;
}
