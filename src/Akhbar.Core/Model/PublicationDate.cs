using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Akhbar.Core.Model;

/// <summary>
/// When an article was published: always a calendar day, and the instant with its UTC offset when the
/// input gave one. Relative time expressions are resolved against <see cref="Date"/>.
/// </summary>
public sealed partial record PublicationDate(LocalDate Date, OffsetDateTime? Moment)
{
    private static readonly string[] Rfc822Formats =
    [
        "r",
        "ddd, d MMM yyyy HH':'mm':'ss zzz",
        "d MMM yyyy HH':'mm':'ss zzz",
        "ddd, d MMM yyyy HH':'mm zzz",
    ];

    private static readonly IPattern<OffsetDateTime>[] MomentPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<G>"),
    ];

    private static readonly IPattern<LocalDateTime>[] LocalMomentPatterns =
    [
        LocalDateTimePattern.ExtendedIso,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    /// <summary>The ISO day, <c>yyyy-MM-dd</c>.</summary>
    public string DateText => Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The instant as given (ISO 8601 with offset), or null when only a day was given.</summary>
    public string? MomentText => Moment?.ToString("uuuu-MM-dd'T'HH:mm:sso<G>", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses an ISO day (<c>2018-09-15</c>), an ISO date-time with or without offset, or an RFC 1123 date
    /// (<c>Sat, 15 Sep 2018 10:00:00 GMT</c>). Returns false for anything else, including impossible days.
    /// </summary>
    public static bool TryParse(string? text, out PublicationDate? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var day = LocalDatePattern.Iso.Parse(s);
        if (day.Success)
        {
            value = new PublicationDate(day.Value, null);
            return true;
        }

        foreach (var pattern in MomentPatterns)
        {
            var r = pattern.Parse(s);
            if (r.Success)
            {
                value = new PublicationDate(r.Value.Date, r.Value);
                return true;
            }
        }

        foreach (var pattern in LocalMomentPatterns)
        {
            var r = pattern.Parse(s);
            if (r.Success)
            {
                value = new PublicationDate(r.Value.Date, null);
                return true;
            }
        }

        // RSS feeds write RFC 822 dates, with a zone name (GMT) or a numeric offset without a colon (+0400).
        var rfc822 = Rfc822Offset().Replace(s, "$1:$2");
        if (DateTimeOffset.TryParseExact(rfc822, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
        {
            var moment = OffsetDateTime.FromDateTimeOffset(rfc);
            value = new PublicationDate(moment.Date, moment);
            return true;
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"([+-]\d\d)(\d\d)$")]
    private static partial System.Text.RegularExpressions.Regex Rfc822Offset();
}
