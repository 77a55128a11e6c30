using Akhbar.Core.Model;
using NodaTime;

namespace Akhbar.Arabic.Time;

/// <summary>Which way an unanchored day (a bare weekday, a month without a year) leans.</summary>
public enum TimeDirection
{
    /// <summary>News reports what happened: a bare weekday is the latest one on or before the anchor.</summary>
    Past,

    /// <summary>A future-tense sentence in news: a bare weekday is the next one on or after the anchor (today counts).</summary>
    Upcoming,

    /// <summary>The convention of assistant-style test sets: a bare weekday is the next one strictly after the anchor.</summary>
    Future,
}

/// <summary>
/// A normalized expression and, when the text claimed a weekday the day does not have, that weekday
/// (<see cref="FollowsWeekday"/>: the value is the claimed weekday nearest <see cref="Day"/> instead, as for a relative day).
/// </summary>
public sealed record NormalizedTime(TimeType Type, string Value, bool Anchored, IReadOnlyList<string>? Values, IsoDayOfWeek? WrongWeekday, LocalDate? Day, bool FollowsWeekday = false);

/// <summary>
/// Turns recognized meanings into TIMEX3-style values against the anchor (the publication date), with NodaTime;
/// Hijri dates go through the Um al-Qura calendar. Without an anchor, relative expressions keep a relative value
/// ("-P1D", "XXXX-WXX-5") and are not anchored. Never reads the clock.
/// </summary>
public static class TimeNormalizer
{
    /// <summary>
    /// The value of a recognized expression, or null when it has none on the calendar: NodaTime's calendars end
    /// around year ±9999, and a text may speak of 14,500 years ago.
    /// </summary>
    public static NormalizedTime? Normalize(TimeMeaning meaning, LocalDate? anchor, TimeDirection direction, bool modifierNamesAdjacentUnit = false, LocalTime? anchorTime = null)
    {
        try
        {
            return NormalizeUnchecked(meaning, anchor, new Reading(direction, modifierNamesAdjacentUnit, anchorTime));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The direction of the sentence and the convention for المقبل/الماضي (see <see cref="TimeConvention"/>).</summary>
    private readonly record struct Reading(TimeDirection Direction, bool AdjacentUnit, LocalTime? AnchorTime = null);

    private static NormalizedTime? NormalizeUnchecked(TimeMeaning meaning, LocalDate? anchor, Reading direction)
    {
        switch (meaning)
        {
            case DayMeaning d:
                return NormalizeDay(d, anchor, direction);
            case DayListMeaning l:
                {
                    var values = new List<string>();
                    var anchored = false;
                    foreach (var day in l.Days)
                    {
                        var r = Resolve(day, anchor, direction, null);
                        if (r.Value is null)
                        {
                            return null;
                        }

                        values.Add(r.Value);
                        anchored |= r.Anchored;
                    }

                    return new NormalizedTime(TimeType.Date, string.Join(',', values), anchored, values, null, null);
                }

            case DayRangeMeaning r:
                {
                    var from = Resolve(r.From, anchor, direction, null);
                    var to = Resolve(r.To with { Year = r.To.Year ?? (from.Date is { } fd && r.To.Month is not null && !r.To.Hijri ? fd.Year : null) }, anchor, direction, null);
                    if (from.Value is null || to.Value is null)
                    {
                        return null;
                    }

                    // "الأسبوع الماضي من الأحد إلى الثلاثاء": Arab weeks start on Saturday or Sunday, so a first weekday
                    // that falls after the last one in the ISO week is the one before it.
                    if (r.From.Weekday is not null && r.From.WeekOffset is not null && from.Date is { } f0 && to.Date is { } t0 && f0 > t0)
                    {
                        var earlier = f0.PlusWeeks(-1);
                        from = new Resolved(TimeValues.Date(earlier), earlier, from.Anchored);
                    }

                    return new NormalizedTime(TimeType.Date, from.Value + "/" + to.Value, from.Anchored || to.Anchored, null, null, null);
                }

            case WeekOfMeaning w:
                {
                    var r = Resolve(w.Day, anchor, direction, null);
                    return r.Date is { } d ? new NormalizedTime(TimeType.Date, TimeValues.Week(d), r.Anchored, null, null, null) : null;
                }

            case MonthMeaning m:
                return NormalizeMonth(m, anchor, direction);
            case YearMeaning y:
                if (y.Hijri)
                {
                    var first = HijriToIso(y.Year, 1, 1);
                    var last = HijriToIso(y.Year + 1, 1, 1)?.PlusDays(-1);
                    return first is { } f && last is { } l2 ? new NormalizedTime(TimeType.Date, TimeValues.Range(f, l2), false, null, null, null) : null;
                }

                return new NormalizedTime(TimeType.Date, TimeValues.Year(y.Year), false, null, null, null);
            case YearRangeMeaning yr:
                return new NormalizedTime(TimeType.Date, TimeValues.Year(yr.From) + "/" + TimeValues.Year(yr.To), false, null, null, null);
            case PeriodMeaning p:
                return NormalizePeriod(p, anchor);
            case WeekendMeaning we:
                return NormalizeWeekend(we, anchor, direction.Direction);
            case YearPartMeaning yp:
                if (yp.Year is { } partYear)
                {
                    return new NormalizedTime(TimeType.Date, $"{TimeValues.Year(partYear)}-{yp.Kind}{yp.N}", false, null, null, null);
                }

                return anchor is { } ya ? new NormalizedTime(TimeType.Date, $"{TimeValues.Year(ya.Year + yp.YearOffset)}-{yp.Kind}{yp.N}", true, null, null, null) : null;
            case ClockMeaning c:
                return new NormalizedTime(TimeType.Time, TimeValues.Clock(c.Clock), false, null, null, null);
            case DurationMeaning du:
                return new NormalizedTime(TimeType.Duration, TimeValues.Duration(du.Parts), false, null, null, null);
            case ShiftMeaning s:
                return NormalizeShift(s, anchor, direction.AnchorTime);
            case SetMeaning set:
                return new NormalizedTime(TimeType.Set, set.Value, false, null, null, null);
            case DecadeMeaning dec:
                if (dec.Century < 0)
                {
                    // "السبعينيات من القرن الماضي": the century is relative to the anchor's.
                    return anchor is { } da
                        ? new NormalizedTime(TimeType.Date, $"{da.Year / 100 + dec.Century + 100}{dec.Decade}", true, null, null, null)
                        : null;
                }

                return new NormalizedTime(TimeType.Date, $"{dec.Century ?? 19}{dec.Decade}", false, null, null, null);
            case CenturyMeaning cen:
                if (cen.Value < 0)
                {
                    return anchor is { } a
                        ? new NormalizedTime(TimeType.Date, (a.Year / 100 + cen.Value + 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), true, null, null, null)
                        : null;
                }

                return new NormalizedTime(TimeType.Date, cen.Value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), false, null, null, null);
            default:
                return null;
        }
    }

    private static NormalizedTime? NormalizeDay(DayMeaning d, LocalDate? anchor, Reading direction)
    {
        // A midnight named after a night: a relative day's night follows it ("منتصف ليلة البارحة" is the start of
        // today). The night between two weekdays, in a report, is the latest such midnight on or before the anchor (the
        // second weekday read as news reads one); ahead, the first weekday on or after the anchor and the midnight that ends it.
        var past = direction.Direction == TimeDirection.Past;
        var r = d.Day switch
        {
            { DayAfter: true, Offset: { } offset } => Resolve(d.Day with { Offset = offset + 1, DayAfter = false }, anchor, direction, null),
            { DayAfter: true, Weekday: { } w } when past => Resolve(d.Day with { Weekday = (w % 7) + 1, DayAfter = false }, anchor, direction, null),
            _ => Resolve(d.Day, anchor, direction, d.ClaimedWeekday),
        };
        if (d.Day is { DayAfter: true, Offset: null, Weekday: { } first } && !past && r.Value is not null)
        {
            r = r.Date is { } day
                ? new Resolved(TimeValues.Date(day.PlusDays(1)), day.PlusDays(1), r.Anchored)
                : r with { Value = $"XXXX-WXX-{(first % 7) + 1}" };
        }

        IsoDayOfWeek? wrong = null;
        var followsWeekday = false;
        var named = r.Date;
        if (d.ClaimedWeekday is { } claimed && r.Date is { } date && (int)date.DayOfWeek != claimed)
        {
            wrong = (IsoDayOfWeek)claimed;

            // "اليوم السبت" in an article dated Sunday: the writer named the day, while a publication date is metadata
            // that runs a day late (or early) when the article was updated, scraped or stamped in another time zone; over
            // 3,000 ant-multisource articles 6 of the 7 such disagreements put the weekday one day before the relative day.
            // So a relative day takes the named weekday nearest it; a written date (الاثنين 18 فبراير) keeps its day.
            if (d.Day.Offset is not null)
            {
                var day = NearestWeekday(date, claimed);
                r = new Resolved(TimeValues.Date(day), day, r.Anchored);
                followsWeekday = true;
            }
        }

        if (r.Value is null)
        {
            return null;
        }

        var value = r.Value;
        var type = TimeType.Date;
        if (d.Clock is { } clock)
        {
            value += TimeValues.Clock(clock.Part is null && d.Part is not null ? clock with { Part = d.Part } : clock);
            type = TimeType.Time;
        }
        else if (d.Part is { } part)
        {
            value += "T" + part;
            type = TimeType.Time;
        }

        return new NormalizedTime(type, value, r.Anchored, null, wrong, named, followsWeekday);
    }

    private readonly record struct Resolved(string? Value, LocalDate? Date, bool Anchored);

    private static Resolved Resolve(DayRef day, LocalDate? anchor, Reading direction, int? claimedWeekday)
    {
        if (day.Nth is not null && day.Day is not null && day.Weekday is { } w)
        {
            // Two readings of "الأحد الثاني من يونيو": the second of June if it is a Sunday, else the second Sunday.
            var asDay = Resolve(day with { Nth = null, Weekday = null }, anchor, direction, null);
            return asDay.Date is { } d && (int)d.DayOfWeek == w ? asDay : Resolve(day with { Day = null }, anchor, direction, null);
        }

        if (day.Month is { } month && day.Day is { } dom)
        {
            if (day.Year is { } year)
            {
                var date = day.Hijri ? HijriToIso(year, month, dom) : IsoDate(year, month, dom);
                return date is { } d ? new Resolved(TimeValues.Date(d), d, false) : default;
            }

            if (anchor is not { } a)
            {
                return new Resolved($"XXXX-{month:D2}-{dom:D2}", null, false);
            }

            Func<int, LocalDate?> make = y => day.Hijri ? HijriToIso(y, month, dom) : IsoDate(y, month, dom);
            var center = day.Hijri ? HijriYear(a) : a.Year;
            var best = day.Relation switch
            {
                -1 => Enumerable.Range(center - 1, 2).Select(make).LastOrDefault(d => d is { } x && x < a),
                1 => Enumerable.Range(center, 2).Select(make).FirstOrDefault(d => d is { } x && x > a),
                2 => make(center),
                _ => ClosestYear(a, direction.Direction, claimedWeekday, make, center),
            };
            return best is { } b ? new Resolved(TimeValues.Date(b), b, true) : default;
        }

        if (day.Offset is { } offset)
        {
            if (anchor is not { } a)
            {
                return new Resolved(offset == 0 ? "P0D" : (offset < 0 ? "-" : "+") + $"P{Math.Abs(offset)}D", null, false);
            }

            var d = a.PlusDays(offset);
            return new Resolved(TimeValues.Date(d), d, true);
        }

        if (day.Day is { } onlyDay)
        {
            if (anchor is not { } a)
            {
                return new Resolved($"XXXX-XX-{onlyDay:D2}", null, false);
            }

            var baseMonth = a.With(DateAdjusters.StartOfMonth).PlusMonths(day.MonthOffset ?? 0);
            if (day.MonthOffset is null && claimedWeekday is { } wd)
            {
                // "الجمعة 22": the nearest month whose 22nd is a Friday.
                foreach (var shift in new[] { 0, -1, 1 })
                {
                    var candidate = baseMonth.PlusMonths(shift);
                    if (onlyDay <= candidate.Calendar.GetDaysInMonth(candidate.Year, candidate.Month) && (int)new LocalDate(candidate.Year, candidate.Month, onlyDay).DayOfWeek == wd)
                    {
                        baseMonth = candidate;
                        break;
                    }
                }
            }

            if (onlyDay > baseMonth.Calendar.GetDaysInMonth(baseMonth.Year, baseMonth.Month))
            {
                return default;
            }

            var d = new LocalDate(baseMonth.Year, baseMonth.Month, onlyDay);
            return new Resolved(TimeValues.Date(d), d, true);
        }

        if (day.Weekday is { } nthWeekday && day.Nth is { } nth)
        {
            return ResolveNthWeekday(day, nthWeekday, nth, anchor, direction);
        }

        if (day.Weekday is { } weekday)
        {
            if (anchor is not { } a)
            {
                return new Resolved($"XXXX-WXX-{weekday}", null, false);
            }

            var target = (IsoDayOfWeek)weekday;
            LocalDate d;
            if (day.WeekOffset is { } weeks)
            {
                var monday = a.PlusDays(-((int)a.DayOfWeek - 1)).PlusWeeks(weeks);
                d = monday.PlusDays(weekday - 1);
            }
            else
            {
                d = day.Relation switch
                {
                    -1 or 1 when direction.AdjacentUnit => a.PlusDays(-((int)a.DayOfWeek - 1)).PlusWeeks(day.Relation).PlusDays(weekday - 1),
                    -1 => a.Previous(target),
                    1 => a.Next(target),
                    _ when direction.Direction == TimeDirection.Future => a.Next(target),
                    _ when a.DayOfWeek == target => a,
                    _ when direction.Direction == TimeDirection.Upcoming => a.Next(target),
                    _ => a.Previous(target),
                };
            }

            return new Resolved(TimeValues.Date(d), d, true);
        }

        return default;
    }

    /// <summary>
    /// The nth weekday of a month: of the named month (in its year, or the year nearest the anchor), or of the
    /// anchor's month moved by the month offset. TIMEX3 writes it XXXX-07-WXX-5-#1 when there is no anchor.
    /// </summary>
    private static Resolved ResolveNthWeekday(DayRef day, int weekday, int nth, LocalDate? anchor, Reading direction)
    {
        LocalDate? FirstOf(int year, int month) => day.Hijri ? HijriToIso(year, month, 1) : IsoDate(year, month, 1);
        LocalDate? Nth(LocalDate? first)
        {
            if (first is not { } f)
            {
                return null;
            }

            var d = f.PlusDays(-1).Next((IsoDayOfWeek)weekday).PlusWeeks(nth - 1);
            // The month ends before the fifth Sunday: no such day.
            var next = day.Hijri ? f.PlusDays(28).WithCalendar(CalendarSystem.UmAlQura) : f.PlusMonths(1);
            var sameMonth = day.Hijri ? d.WithCalendar(CalendarSystem.UmAlQura).Month == f.WithCalendar(CalendarSystem.UmAlQura).Month : d < next;
            return sameMonth ? d : null;
        }

        LocalDate? date;
        var anchored = false;
        if (day.Month is { } month)
        {
            if (day.Year is { } year)
            {
                date = Nth(FirstOf(year, month));
            }
            else if (anchor is { } a)
            {
                date = ClosestYear(a, direction.Direction, null, y => Nth(FirstOf(y, month)), day.Hijri ? HijriYear(a) : a.Year);
                anchored = true;
            }
            else
            {
                return new Resolved($"XXXX-{month:D2}-WXX-{weekday}-#{nth}", null, false);
            }
        }
        else if (anchor is { } a)
        {
            var first = a.With(DateAdjusters.StartOfMonth).PlusMonths(day.MonthOffset ?? 0);
            date = Nth(first);
            anchored = true;
        }
        else
        {
            return new Resolved($"XXXX-XX-WXX-{weekday}-#{nth}", null, false);
        }

        return date is { } found ? new Resolved(TimeValues.Date(found), found, anchored) : default;
    }

    /// <summary>The year (around the anchor's) that puts the day nearest the anchor, leaning toward the direction; a claimed weekday decides first.</summary>
    private static LocalDate? ClosestYear(LocalDate anchor, TimeDirection direction, int? weekday, Func<int, LocalDate?> make, int centerYear)
    {
        LocalDate? best = null;
        var bestScore = double.MaxValue;
        for (var y = centerYear - 1; y <= centerYear + 1; y++)
        {
            if (make(y) is not { } d)
            {
                continue;
            }

            double distance = Period.DaysBetween(anchor, d);
            // Leaning half a year toward the direction: news reports the past, so "في أكتوبر" in May is last October.
            var score = Math.Abs(distance);
            if ((direction == TimeDirection.Past && distance > 0) || (direction != TimeDirection.Past && distance < 0))
            {
                score += 180;
            }

            if (weekday is { } w && (int)d.DayOfWeek != w)
            {
                score += 1000;
            }

            if (score < bestScore)
            {
                bestScore = score;
                best = d;
            }
        }

        return best;
    }

    private static NormalizedTime? NormalizeMonth(MonthMeaning m, LocalDate? anchor, Reading direction)
    {
        if (m.Hijri)
        {
            int? year = m.Year;
            if (year is null && anchor is { } a0)
            {
                var best = ClosestYear(a0, direction.Direction, null, y => HijriToIso(y, m.Month, 1), HijriYear(a0));
                year = best is { } b ? HijriYear(b) : null;
            }

            if (year is not { } hy)
            {
                return new NormalizedTime(TimeType.Date, $"XXXX-{m.Month:D2}", false, null, null, null);
            }

            var first = HijriToIso(hy, m.Month, 1);
            var next = m.Month == 12 ? HijriToIso(hy + 1, 1, 1) : HijriToIso(hy, m.Month + 1, 1);
            return first is { } f && next is { } n ? new NormalizedTime(TimeType.Date, TimeValues.Range(f, n.PlusDays(-1)), m.Year is null, null, null, null) : null;
        }

        if (m.Year is { } year2)
        {
            return new NormalizedTime(TimeType.Date, TimeValues.Month(year2, m.Month), false, null, null, null);
        }

        if (anchor is not { } a)
        {
            return new NormalizedTime(TimeType.Date, $"XXXX-{m.Month:D2}", false, null, null, null);
        }

        int resolved;
        if (m.YearOffset is { } yo)
        {
            resolved = a.Year + yo;
        }
        else
        {
            resolved = m.Relation switch
            {
                -1 or 1 when direction.AdjacentUnit => a.Year + m.Relation,
                -1 => m.Month < a.Month ? a.Year : a.Year - 1,
                1 => m.Month > a.Month ? a.Year : a.Year + 1,
                2 => a.Year,
                _ => ClosestYear(a, direction.Direction, null, y => new LocalDate(y, m.Month, 15), a.Year)!.Value.Year,
            };
        }

        return new NormalizedTime(TimeType.Date, TimeValues.Month(resolved, m.Month), true, null, null, null);
    }

    private static NormalizedTime? NormalizePeriod(PeriodMeaning p, LocalDate? anchor)
    {
        if (anchor is not { } a)
        {
            var unit = p.Unit switch
            {
                TimeUnit.Day => "D",
                TimeUnit.Week => "W",
                TimeUnit.Month => "M",
                TimeUnit.Year => "Y",
                TimeUnit.Decade => "DE",
                _ => "CE",
            };
            return new NormalizedTime(TimeType.Date, p.Offset == 0 ? "P0" + unit : (p.Offset < 0 ? "-" : "+") + $"P{Math.Abs(p.Offset)}{unit}", false, null, null, null);
        }

        var value = p.Unit switch
        {
            TimeUnit.Day => TimeValues.Date(a.PlusDays(p.Offset)),
            TimeUnit.Week => TimeValues.Week(a.PlusWeeks(p.Offset)),
            TimeUnit.Month => TimeValues.Month(a.PlusMonths(p.Offset).Year, a.PlusMonths(p.Offset).Month),
            TimeUnit.Year => TimeValues.Year(a.Year + p.Offset),
            TimeUnit.Decade => ((a.Year / 10) + p.Offset).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => ((a.Year / 100) + p.Offset).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new NormalizedTime(TimeType.Date, value, true, null, null, null);
    }

    /// <summary>
    /// A weekend in TIMEX3 form (2018-W10-WE). Without a week in the text, a report means the latest weekend: this
    /// week's once its Saturday has come, else last week's; ahead, this week's, or next week's said on its Sunday.
    /// </summary>
    private static NormalizedTime? NormalizeWeekend(WeekendMeaning w, LocalDate? anchor, TimeDirection direction)
    {
        var reached = anchor is { DayOfWeek: IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday };
        var offset = w.WeekOffset ?? (direction == TimeDirection.Past ? (reached ? 0 : -1) : (anchor?.DayOfWeek == IsoDayOfWeek.Sunday ? 1 : 0));
        if (anchor is not { } a)
        {
            return new NormalizedTime(TimeType.Date, offset == 0 ? "XXXX-WXX-WE" : (offset < 0 ? "-" : "+") + $"P{Math.Abs(offset)}W", false, null, null, null);
        }

        return new NormalizedTime(TimeType.Date, TimeValues.Week(a.PlusWeeks(offset)) + "-WE", true, null, null, null);
    }

    private static NormalizedTime? NormalizeShift(ShiftMeaning s, LocalDate? anchor, LocalTime? anchorTime)
    {
        var duration = TimeValues.Duration(s.Duration.Parts);
        if (s.Duration.Parts.Any(p => p.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second))
        {
            return ClockShift(s, anchor, anchorTime);
        }

        // "قبل بضعة أيام" still names a day to a reader: بضعة covers three to nine, and the least of it, three, is the day
        // a reader puts on a timeline (the duration itself stays "X" when no anchor places it).
        var parts = s.Duration.Parts.Select(p => (Amount: p.Amount ?? 3, p.Unit)).ToList();
        if (anchor is not { } a || parts.Any(p => p.Amount != Math.Floor(p.Amount)))
        {
            return new NormalizedTime(TimeType.Date, (s.Sign < 0 ? "-" : "+") + duration, false, null, null, null);
        }

        var builder = new PeriodBuilder();
        foreach (var (amount, unit) in parts)
        {
            var n = (int)amount * s.Sign;
            switch (unit)
            {
                case TimeUnit.Year: builder.Years += n; break;
                case TimeUnit.Month: builder.Months += n; break;
                case TimeUnit.Week: builder.Weeks += n; break;
                default: builder.Days += n; break;
            }
        }

        var d = a.Plus(builder.Build());
        return new NormalizedTime(TimeType.Date, TimeValues.Date(d), true, null, null, d);
    }

    /// <summary>
    /// "بعد 5 ساعات", "بعد يوم وساعتين": hours and minutes counted from the publication moment are a clock time on a
    /// day; without that moment (a publication day alone) they can only stay the duration the text says.
    /// </summary>
    private static NormalizedTime ClockShift(ShiftMeaning s, LocalDate? anchor, LocalTime? anchorTime)
    {
        if (anchor is not { } a || anchorTime is not { } time || s.Duration.Parts.Any(p => p.Amount is null))
        {
            return new NormalizedTime(TimeType.Duration, TimeValues.Duration(s.Duration.Parts), false, null, null, null);
        }

        var at = a.At(time);
        foreach (var (amount, unit) in s.Duration.Parts)
        {
            var n = amount!.Value * s.Sign;
            at = unit switch
            {
                TimeUnit.Year => at.PlusYears((int)n),
                TimeUnit.Month => at.PlusMonths((int)n),
                TimeUnit.Week => at.PlusWeeks((int)n),
                TimeUnit.Day => at.PlusDays((int)n),
                TimeUnit.Hour => at.PlusMinutes((long)Math.Round(n * 60)),
                TimeUnit.Minute => at.PlusSeconds((long)Math.Round(n * 60)),
                _ => at.PlusSeconds((long)Math.Round(n)),
            };
        }

        var clock = new Clock(at.Hour, at.Minute, at.Second == 0 ? null : at.Second, null);
        return new NormalizedTime(TimeType.Time, TimeValues.Date(at.Date) + TimeValues.Clock(clock), true, null, null, at.Date);
    }

    private static LocalDate? IsoDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;

    /// <summary>A Hijri (Um al-Qura) day as an ISO day, or null outside the calendar's range or for an impossible day.</summary>
    public static LocalDate? HijriToIso(int year, int month, int day)
    {
        var cal = CalendarSystem.UmAlQura;
        if (year < cal.MinYear || year > cal.MaxYear || month is < 1 or > 12 || day < 1 || day > cal.GetDaysInMonth(year, month))
        {
            return null;
        }

        return new LocalDate(year, month, day, cal).WithCalendar(CalendarSystem.Iso);
    }

    /// <summary>The Um al-Qura year of a day; outside that calendar's range (about 1900-2076) the nearest year it has, so that HijriToIso finds nothing.</summary>
    private static int HijriYear(LocalDate d)
    {
        var cal = CalendarSystem.UmAlQura;
        var first = new LocalDate(cal.MinYear, 1, 1, cal).WithCalendar(CalendarSystem.Iso);
        var last = new LocalDate(cal.MaxYear, 12, cal.GetDaysInMonth(cal.MaxYear, 12), cal).WithCalendar(CalendarSystem.Iso);
        return d < first ? cal.MinYear - 2 : d > last ? cal.MaxYear + 2 : d.WithCalendar(cal).Year;
    }

    /// <summary>The day named <paramref name="weekday"/> (an <see cref="IsoDayOfWeek"/> number, Monday 1 .. Sunday 7) nearest <paramref name="day"/>: up to three days before or after it.</summary>
    internal static LocalDate NearestWeekday(LocalDate day, int weekday) => day.PlusDays(((weekday - (int)day.DayOfWeek + 10) % 7) - 3);
}
