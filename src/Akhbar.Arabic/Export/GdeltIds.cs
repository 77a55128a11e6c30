using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Akhbar.Core.Model;
using NodaTime;

namespace Akhbar.Arabic.Export;

/// <summary>
/// The identifiers and timestamps of GDELT rows, derived from the article alone so that exporting the same input twice
/// gives the same bytes. An article's number is the first 43 bits of the SHA-256 of its UTF-8 id; an event's
/// GlobalEventID is that number times 1000 plus the event's 1-based position in the article's event layer, which
/// stays below 2^53 so that tools reading numbers as doubles keep it exact.
/// </summary>
public static class GdeltIds
{
    /// <summary>Events per article that a GlobalEventID can number.</summary>
    public const int MaxEventsPerArticle = 999;

    /// <summary>The timestamp GDELT writes when a date is unknown (V2.1DATE allows 0).</summary>
    public const string UnknownStamp = "0";

    public static long ArticleNumber(string articleId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(articleId));
        var first = BitConverter.ToUInt64(hash, 0);
        return (long)(first >> (64 - 43));
    }

    /// <summary>The GlobalEventID of the event at <paramref name="eventIndex"/> (0-based) of the article's event layer.</summary>
    public static long GlobalEventId(string articleId, int eventIndex)
    {
        if (eventIndex < 0 || eventIndex >= MaxEventsPerArticle)
        {
            throw new ArgumentOutOfRangeException(nameof(eventIndex), $"An article can have at most {MaxEventsPerArticle} exported events (GlobalEventID numbering).");
        }

        return ArticleNumber(articleId) * 1000 + eventIndex + 1;
    }

    /// <summary>
    /// The publication instant as YYYYMMDDHHMMSS in UTC, or the publication day at 000000 when the input gave no time,
    /// or null without a publication date.
    /// </summary>
    public static string? PublicationStamp(PublicationDate? published)
    {
        if (published is null)
        {
            return null;
        }

        var utc = published.Moment is { } moment
            ? moment.ToInstant().InUtc().LocalDateTime
            : published.Date.AtMidnight();
        return utc.ToString("uuuuMMddHHmmss", CultureInfo.InvariantCulture);
    }

    /// <summary>The GKGRECORDID: the publication stamp (zeros when unknown), a dash and the article number.</summary>
    public static string GkgRecordId(Document doc) =>
        $"{PublicationStamp(doc.Raw.Published) ?? "00000000000000"}-{ArticleNumber(doc.Id).ToString(CultureInfo.InvariantCulture)}";
}
