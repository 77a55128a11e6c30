using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Akhbar.Arabic.Time.Evaluation;

/// <summary>
/// Reads the Arabic date-time specs of Microsoft Recognizers-Text (parser files: each case has an input, a
/// reference time and the expected TIMEX) and Duckling's Arabic time examples, and decides for each case whether
/// it is in Akhbar's scope. The reasons are printed by <c>akhbar eval time</c>.
/// </summary>
public static class SpecCases
{
    /// <summary>Recognizers-Text spec files with values, and the family each one measures.</summary>
    public static readonly IReadOnlyList<(string File, string Family)> ScoredFiles =
    [
        ("DateParser.json", "date"),
        ("DatePeriodParser.json", "date period"),
        ("DateTimeParser.json", "date and clock"),
        ("TimeParser.json", "clock"),
        ("DurationParser.json", "duration"),
        ("SetParser.json", "set"),
    ];

    /// <summary>Spec files that are not scored, with the reason.</summary>
    public static readonly IReadOnlyList<(string File, string Reason)> SkippedFiles =
    [
        ("*Extractor.json", "recognition only: the files give spans, no values"),
        ("MergedParser.json, DateTimeModel.json", "the same kinds of cases as the parser files, through another API"),
        ("HolidayParser.json", "named holidays (عيد الفطر، الكريسماس): not a family of issue 6"),
        ("TimePeriodParser.json, DateTimePeriodParser.json", "ranges of clock times (من 4 إلى 6 مساء): not a family of issue 6"),
    ];

    public static List<TimeCase> Recognizers(string specFolder)
    {
        var cases = new List<TimeCase>();
        foreach (var (file, family) in ScoredFiles)
        {
            var path = Path.Combine(specFolder, file);
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var c in doc.RootElement.EnumerateArray())
            {
                var input = c.GetProperty("Input").GetString() ?? "";
                LocalDate? reference = null;
                LocalTime? referenceTime = null;
                if (c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rt) && rt.GetString() is { Length: >= 10 } r)
                {
                    reference = LocalDatePattern.Iso.Parse(r[..10]).GetValueOrThrow();
                    if (r.Length >= 19 && LocalTimePattern.ExtendedIso.Parse(r[11..19]) is { Success: true } rtime)
                    {
                        referenceTime = rtime.Value;
                    }
                }

                var results = c.GetProperty("Results");
                if (results.GetArrayLength() == 0)
                {
                    cases.Add(new TimeCase("recognizers-text/" + file, family, input, reference, 0, 0, [], "no expected expression"));
                    continue;
                }

                var first = results[0];
                var text = first.GetProperty("Text").GetString() ?? "";
                var start = first.TryGetProperty("Start", out var s) ? s.GetInt32() : input.IndexOf(text.Trim(), StringComparison.Ordinal);
                var value = first.GetProperty("Value");
                var timex = value.TryGetProperty("Timex", out var tx) ? tx.GetString() ?? "" : "";
                var accepted = AcceptedValues(timex, value);
                cases.Add(new TimeCase("recognizers-text/" + file, family, input, reference, Math.Max(0, start), Math.Max(0, start) + text.Length, accepted,
                    OutOfScope(timex, text, value))
                { ReferenceTime = referenceTime });
            }
        }

        return cases;
    }

    public static List<TimeCase> Duckling(string folder)
    {
        var cases = new List<TimeCase>();
        var lines = File.ReadAllLines(Path.Combine(folder, "examples.tsv"));
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 5)
            {
                continue;
            }

            var reference = LocalDatePattern.Iso.Parse(f[1][..10]).GetValueOrThrow();
            var start = f[2];
            var value = f[3].Length == 0
                ? start
                : start + "/" + LocalDatePattern.Iso.Format(LocalDatePattern.Iso.Parse(f[3]).GetValueOrThrow().PlusDays(-1));
            cases.Add(new TimeCase("duckling", f[4] == "day-interval" ? "day range" : "day", f[0], reference, 0, f[0].Length, [value], null));
        }

        return cases;
    }

    private static List<string> AcceptedValues(string timex, JsonElement value)
    {
        var accepted = new List<string> { timex };
        // Whole seconds are left out the Akhbar way: "2016-11-07T05:00:00" is written 2016-11-07T05:00.
        if (System.Text.RegularExpressions.Regex.IsMatch(timex, @"T\d\d:\d\d:00$"))
        {
            accepted.Add(timex[..^3]);
        }

        foreach (var name in new[] { "FutureResolution", "PastResolution" })
        {
            if (!value.TryGetProperty(name, out var res) || res.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (res.TryGetProperty("date", out var d) && d.GetString() is { } date)
            {
                accepted.Add(date);
            }

            if (res.TryGetProperty("dateTime", out var dt) && dt.GetString() is { Length: >= 10 } dateTime && timex.IndexOf('T') is var t && t > 0)
            {
                accepted.Add(dateTime[..10] + timex[t..]);
            }

            if (res.TryGetProperty("startDate", out var sd) && res.TryGetProperty("endDate", out var ed) && sd.GetString() is { } from && ed.GetString() is { } to)
            {
                accepted.Add(from + "/" + to);
                // A whole month or a whole year written as a day interval.
                if (from.EndsWith("-01", StringComparison.Ordinal) && to.EndsWith("-01", StringComparison.Ordinal) && from.Length == 10 && to.Length == 10)
                {
                    var start = LocalDatePattern.Iso.Parse(from).GetValueOrThrow();
                    var end = LocalDatePattern.Iso.Parse(to).GetValueOrThrow();
                    if (start.PlusMonths(1) == end)
                    {
                        accepted.Add(from[..7]);
                    }
                }

                // A whole ISO week (Monday to the next Monday) written as a day interval: Akhbar writes it 2016-W37.
                if (from.Length == 10 && to.Length == 10 && LocalDatePattern.Iso.Parse(from) is { Success: true } wf && LocalDatePattern.Iso.Parse(to) is { Success: true } wt
                    && wf.Value.DayOfWeek == IsoDayOfWeek.Monday && wf.Value.PlusDays(7) == wt.Value)
                {
                    accepted.Add(TimeValues.Week(wf.Value));
                }

                // Recognizers writes decades and year ranges as day intervals with an exclusive end.
                if (from.EndsWith("-01-01", StringComparison.Ordinal) && to.EndsWith("-01-01", StringComparison.Ordinal))
                {
                    int y1 = int.Parse(from[..4], CultureInfo.InvariantCulture), y2 = int.Parse(to[..4], CultureInfo.InvariantCulture);
                    if (y2 - y1 == 10 && y1 % 10 == 0)
                    {
                        accepted.Add(from[..3]);
                    }

                    accepted.Add($"{y1:D4}/{y2:D4}");
                    if (y2 - y1 == 1)
                    {
                        accepted.Add($"{y1:D4}");
                    }
                }
            }
        }

        // An hour without minutes, "T01" or "2016-11-07T10", is the same clock time as "T01:00": Akhbar writes every clock
        // time with its minutes, as TIMEX3 and the gold folders do.
        foreach (var v in accepted.ToArray())
        {
            if (System.Text.RegularExpressions.Regex.IsMatch(v, @"T\d\d$"))
            {
                accepted.Add(v + ":00");
            }
        }

        return accepted;
    }

    /// <summary>Why a case is out of scope, judged from its expected value and expression, or null.</summary>
    private static string? OutOfScope(string timex, string text, JsonElement value)
    {
        var resolution = value.TryGetProperty("FutureResolution", out var fr) ? fr.GetRawText() : "";
        if (resolution.Contains("0001-01-01", StringComparison.Ordinal))
        {
            return "the expected value is an impossible day (the 31st of a 30-day month, a fifth Sunday)";
        }

        if (timex.Contains("SU", StringComparison.Ordinal) || timex.Contains("SP", StringComparison.Ordinal) || timex.EndsWith("FA", StringComparison.Ordinal) || timex.EndsWith("WI", StringComparison.Ordinal))
        {
            return "seasons: not a family of issue 6";
        }

        if (timex.Contains("-WE", StringComparison.Ordinal))
        {
            return "weekends: not a family of issue 6";
        }

        // The nth weekday of a month (XXXX-07-WXX-5-#1, "أول يوم جمعة من يوليو") is recognized; the nth week is not.
        if ((timex.Contains('#') && !timex.Contains("-WXX-", StringComparison.Ordinal)) || System.Text.RegularExpressions.Regex.IsMatch(timex, @"^(\d{4}|XXXX)-\d\d-W\d\d"))
        {
            return "nth week of a month or year (الأسبوع الثالث من هذا الشهر): not a family of issue 6";
        }

        if (timex.Contains("_REF", StringComparison.Ordinal))
        {
            return "vague now/soon (الآن، في أقرب وقت): no calendar value";
        }

        if (timex.StartsWith("XXXX-XX-", StringComparison.Ordinal) || timex.Contains("XX70", StringComparison.Ordinal) || timex.StartsWith("(XX", StringComparison.Ordinal))
        {
            return "a bare day number (في 15) or a decade without its century: in news these are counts or need context, left out by design";
        }

        if (text.Contains("الربع", StringComparison.Ordinal) && timex.Contains("P3M", StringComparison.Ordinal))
        {
            return "quarters: not a family of issue 6";
        }

        // Midnight and noon (منتصف الليل، منتصف النهار) are clock times, not the middle of a period.
        var midnightOrNoon = System.Text.RegularExpressions.Regex.IsMatch(text, "منتصف[- ](الليل|النهار)");
        foreach (var edge in new[] { "بداية", "نهاية", "منتصف", "مطلع", "أواخر", "بقية", "باقي", "لاحق", "وقت الغداء" })
        {
            if (text.Contains(edge, StringComparison.Ordinal) && !(edge == "منتصف" && midnightOrNoon))
            {
                return "parts of a period (early/late/rest of the week, lunch time): not a family of issue 6";
            }
        }

        if (timex.StartsWith('T') && !text.Any(char.IsDigit) && !text.Contains("الساعة", StringComparison.Ordinal) && !text.Contains("ال", StringComparison.Ordinal))
        {
            return "a clock time in bare number words (ثمانية وأربعين = 8:40): in news such words are counts";
        }

        if (timex.StartsWith('(') && (text.Contains("بعد", StringComparison.Ordinal) || text.Contains("خلال", StringComparison.Ordinal) || text.Contains("آخر", StringComparison.Ordinal)
            || text.Contains("القادمة", StringComparison.Ordinal) || text.Contains("الماضية", StringComparison.Ordinal) || text.Contains("المقبلين", StringComparison.Ordinal) || text.Contains("القليلة", StringComparison.Ordinal)
            || text.Contains("الماضيين", StringComparison.Ordinal) || text.Contains("المقبلة", StringComparison.Ordinal) || text.Contains("القادمين", StringComparison.Ordinal)))
        {
            return "the next/last N units as an interval (الأيام القليلة الماضية، بعد 3 سنوات as a year-long range): Akhbar gives a day or a duration instead";
        }

        return null;
    }
}
