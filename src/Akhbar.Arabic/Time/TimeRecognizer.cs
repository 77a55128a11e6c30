using Akhbar.Core.Model;

namespace Akhbar.Arabic.Time;

/// <summary>
/// Finds time expressions in the tokens of one sentence by walking them left to right and trying each pattern
/// family at every token; the longest match wins and the walk resumes after it. Matching is on the folded keys
/// of <see cref="TimeToken"/> (dictionary lookups, no regular expressions), so its cost grows with the tokens,
/// not with the size of the lexicon.
/// </summary>
public sealed class TimeRecognizer
{
    private readonly TimeLexicon _lexicon;

    public TimeRecognizer(TimeLexicon? lexicon = null) => _lexicon = lexicon ?? TimeLexicon.Default;

    public void Recognize(TimeToken[] tokens, int start, int end, List<TimeMention> output)
    {
        var scan = new Scanner(tokens, end, _lexicon);
        var i = start;
        while (i < end)
        {
            // Cheap gate: an expression starts at a time word or a number, or at a preposition just before one.
            if (!tokens[i].IsContent && !(tokens[i].Words.Length > 0 && i + 1 < end && (tokens[i + 1].IsContent || (i + 2 < end && tokens[i + 2].IsContent))))
            {
                i++;
                continue;
            }

            if (tokens[i].Kind == TokenKind.Number && !NumberCanStart(tokens, i, end))
            {
                i++;
                continue;
            }

            var m = scan.Best(i);
            if (m is null)
            {
                i++;
                continue;
            }

            output.Add(scan.WithGluedArticle(scan.WithEdge(m, start), start));
            i = m.LastToken + 1;
        }
    }

    /// <summary>
    /// Whether an expression can start at the number at i. Most numbers in news are counts ("قتل 5 أشخاص"): a number
    /// starts an expression only when written as a date, a clock or a range (with '/', ':', '-', '.'), or when a time
    /// word or a separator follows within three tokens ("15 سبتمبر", "3 أيام", "7 مساء", "16. نوفمبر", "4 و 5 مايو");
    /// a year after its cue (عام 2017) is found from the cue. Trying every family at every count cost a third of the stage.
    /// </summary>
    private static bool NumberCanStart(TimeToken[] tokens, int i, int end)
    {
        if (tokens[i].Key.AsSpan().IndexOfAny(NumberMarks) >= 0)
        {
            return true;
        }

        for (var k = i + 1; k < end && k <= i + 3; k++)
        {
            if (tokens[k].Words.Length > 0 || (tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol && tokens[k].Key.AsSpan().IndexOfAny(NumberMarks) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> NumberMarks = System.Buffers.SearchValues.Create("/:-.");

    // The kinds of word each family can start with (besides digits), so that a token is tried only against the
    // families it can begin: most tokens that reach the scanner are numbers and prepositions.
    private static readonly ulong NumberWords = TimeToken.MaskOf(TimeWordKind.Number, TimeWordKind.Ordinal, TimeWordKind.Hundred, TimeWordKind.Thousand);
    private static readonly ulong DayStarts = NumberWords | TimeToken.MaskOf(TimeWordKind.RelDay, TimeWordKind.Weekday, TimeWordKind.Month, TimeWordKind.HijriMonth,
        TimeWordKind.NameStart, TimeWordKind.Part, TimeWordKind.Clock, TimeWordKind.Unit, TimeWordKind.This, TimeWordKind.From, TimeWordKind.Between,
        TimeWordKind.After, TimeWordKind.Ago, TimeWordKind.Midpoint);
    private static readonly ulong MonthStarts = TimeToken.MaskOf(TimeWordKind.MonthWord, TimeWordKind.This, TimeWordKind.Month, TimeWordKind.HijriMonth, TimeWordKind.NameStart);
    private static readonly ulong YearStarts = NumberWords | TimeToken.MaskOf(TimeWordKind.Unit, TimeWordKind.In, TimeWordKind.Since, TimeWordKind.To,
        TimeWordKind.During, TimeWordKind.Edge, TimeWordKind.From, TimeWordKind.Between);
    private static readonly ulong PeriodStarts = TimeToken.MaskOf(TimeWordKind.This, TimeWordKind.Unit);
    private static readonly ulong DurationStarts = NumberWords | TimeToken.MaskOf(TimeWordKind.Ago, TimeWordKind.After, TimeWordKind.During, TimeWordKind.Since,
        TimeWordKind.Throughout, TimeWordKind.Unit, TimeWordKind.Few, TimeWordKind.Fraction);
    private static readonly ulong SetStarts = TimeToken.MaskOf(TimeWordKind.Set, TimeWordKind.Every, TimeWordKind.Unit);
    private static readonly ulong ClockStarts = NumberWords | TimeToken.MaskOf(TimeWordKind.Clock, TimeWordKind.Part, TimeWordKind.After, TimeWordKind.In, TimeWordKind.Midpoint);
    private static readonly ulong DecadeStarts = TimeToken.MaskOf(TimeWordKind.Decade, TimeWordKind.Century, TimeWordKind.Unit);

    // What may follow a bare hour in words or noon for it to stand as a clock time: "في السابعة صباحا", "في السابعة يوم الجمعة".
    private static readonly ulong ClauseEndingKinds = TimeToken.MaskOf(TimeWordKind.Part, TimeWordKind.RelDay, TimeWordKind.Weekday, TimeWordKind.This);

    private static readonly Clock NoClock = new(0, null, null, null);

    private sealed class Scanner(TimeToken[] t, int end, TimeLexicon lexicon)
    {
        public TimeMention? Best(int i)
        {
            TimeMention? best = null;
            var digits = t[i].Kind == TokenKind.Number;
            if (digits || t[i].HasAny(DayStarts))
            {
                Consider(ref best, DayExpression(i));
            }

            if (best is null || best.LastToken < i + 1)
            {
                if (digits || t[i].HasAny(MonthStarts))
                {
                    Consider(ref best, MonthExpression(i));
                }

                if (digits || t[i].HasAny(YearStarts))
                {
                    Consider(ref best, YearExpression(i));
                }

                if (t[i].HasAny(PeriodStarts))
                {
                    Consider(ref best, PeriodExpression(i));
                }

                if (digits || t[i].HasAny(DurationStarts))
                {
                    Consider(ref best, DurationExpression(i));
                }

                if (t[i].HasAny(SetStarts))
                {
                    Consider(ref best, SetExpression(i));
                }

                if (digits || t[i].HasAny(ClockStarts))
                {
                    Consider(ref best, ClockExpression(i));
                }

                if (t[i].HasAny(DecadeStarts))
                {
                    Consider(ref best, DecadeExpression(i));
                }

                if (t[i].Has(TimeWordKind.Edge))
                {
                    Consider(ref best, EdgeOfCurrentPeriod(i));
                }

                if (t[i].Has(TimeWordKind.YearPart))
                {
                    Consider(ref best, YearPartExpression(i));
                }
            }

            return best;
        }

        /// <summary>
        /// The start, middle or end of a month, year, week, decade or century said before it ("مطلع يوليو الحالي",
        /// "أواخر عام 2017", "بداية الأسبوع الماضي", "منتصف التسعينيات"): TIMEX3 has nothing finer than the period, so the
        /// expression keeps the period's value and its span takes the edge word (gold/README.md: the start of a month takes
        /// the month). The end of a week is its weekend ("نهاية الأسبوع الماضي", 2018-W10-WE). A day is left as it is
        /// ("نهاية يوم الجمعة" is not the day).
        /// </summary>
        public TimeMention WithEdge(TimeMention m, int sentenceStart)
        {
            var k = m.FirstToken - 1;
            if (k < sentenceStart || W(k, TimeWordKind.Edge) is not { } edge || !NamesPeriod(m.Meaning))
            {
                return m;
            }

            var meaning = m.Meaning is PeriodMeaning { Unit: TimeUnit.Week } week && IsEndEdge(edge) ? new WeekendMeaning(week.Offset) : m.Meaning;
            return new TimeMention(t[k].Start, m.End, meaning, k, m.LastToken);
        }

        /// <summary>
        /// "الـ15 من أغسطس", "الـ20 من رمضان": Gulf papers put the article on a day number, with a tatweel and no space; the
        /// tokenizer splits it off the digits, and the span takes it back (the article belongs to the number, gold/saudi).
        /// </summary>
        public TimeMention WithGluedArticle(TimeMention m, int sentenceStart)
        {
            var k = m.FirstToken - 1;
            var first = t[m.FirstToken];
            return k >= sentenceStart && first.Kind == TokenKind.Number && t[k].Key == "ال" && t[k].End == first.Start
                ? m with { Start = t[k].Start, FirstToken = k }
                : m;
        }

        private static bool NamesPeriod(TimeMeaning meaning) => meaning switch
        {
            MonthMeaning or YearMeaning or DecadeMeaning or CenturyMeaning or YearPartMeaning => true,
            PeriodMeaning p => p.Unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century,
            _ => false,
        };

        private static bool IsEndEdge(TimeWord edge) => edge.Text == "end";

        /// <summary>
        /// A quarter or half of a year: "الربع الأول من العام الجاري" (2018-Q1), "النصف الثاني من 2017" (2017-H2), Tunisian
        /// "الثلاثي الثالث من سنة 2014" and "السداسي الأول من 2015", "الربع الرابع للعام الماضي 2017" (the year said again
        /// after the relative one). Only with a year after it: "الربع الأول" alone is as often a quarter of a basketball game.
        /// </summary>
        private TimeMention? YearPartExpression(int i)
        {
            if (W(i, TimeWordKind.YearPart) is not { } part || !In(i + 1) || !t[i + 1].Bare.StartsWith("ال", StringComparison.Ordinal))
            {
                return null;
            }

            var count = part.Text == "Q" ? 4 : 2;
            int n;
            if (W(i + 1, TimeWordKind.Ordinal) is { } ordinal && ordinal.Number >= 1 && ordinal.Number <= count)
            {
                n = (int)ordinal.Number;
            }
            else if (t[i + 1].Bare is "الاخير" or "الاخيره")
            {
                n = count;
            }
            else
            {
                return null;
            }

            // The year from the preposition on, so that a bare number after من is read as a year ("من 2015").
            var k = Is(i + 2, TimeWordKind.From) ? i + 3 : i + 2;
            if (YearExpression(i + 2) is { Meaning: YearMeaning { Hijri: false } year } ym)
            {
                return Make(i, ym.LastToken, new YearPartMeaning(year.Year, 0, part.Text, n));
            }

            if (PeriodExpression(k) is { Meaning: PeriodMeaning { Unit: TimeUnit.Year } relative } pm)
            {
                // "للعام الماضي 2017": the year said after the relative one decides.
                if (In(pm.LastToken + 1) && t[pm.LastToken + 1].Kind == TokenKind.Number && t[pm.LastToken + 1].Key.Length == 4
                    && int.TryParse(t[pm.LastToken + 1].Key, out var said) && said is >= 1900 and <= 2100)
                {
                    return Make(i, pm.LastToken + 1, new YearPartMeaning(said, 0, part.Text, n));
                }

                return Make(i, pm.LastToken, new YearPartMeaning(null, relative.Offset, part.Text, n));
            }

            return null;
        }

        /// <summary>
        /// An edge before the week, month or year with the article and nothing after it ("بداية الأسبوع", "نهاية العام",
        /// "مطلع الشهر"): the current one, as the unit with the article names no other. The end of the week is its weekend,
        /// the latest one in a report.
        /// </summary>
        private TimeMention? EdgeOfCurrentPeriod(int i)
        {
            if (W(i, TimeWordKind.Edge) is not { } edge || W(i + 1, TimeWordKind.Unit) is not { Number: 0 } unit || !t[i + 1].Article
                || unit.Unit is not (TimeUnit.Week or TimeUnit.Month or TimeUnit.Year))
            {
                return null;
            }

            // A word with the article after the unit either names the period itself ("العام الماضي", "الأسبوع الأول من
            // مارس": another family reads it, or none) or makes it another period ("العام الدراسي", "العام المالي").
            if (In(i + 2) && t[i + 2].Kind == TokenKind.Word && t[i + 2].Article)
            {
                return null;
            }

            TimeMeaning meaning = unit.Unit == TimeUnit.Week && IsEndEdge(edge) ? new WeekendMeaning(null) : new PeriodMeaning(unit.Unit, 0);
            return Make(i, i + 1, meaning);
        }

        private static void Consider(ref TimeMention? best, TimeMention? candidate)
        {
            if (candidate is not null && (best is null || candidate.LastToken > best.LastToken))
            {
                best = candidate;
            }
        }

        private bool In(int i) => i >= 0 && i < end;

        private TimeWord? W(int i, TimeWordKind k) => In(i) ? t[i].Find(k) : null;

        private bool Is(int i, TimeWordKind k) => In(i) && t[i].Has(k);

        private bool Punct(int i, char c) => In(i) && t[i].IsPunct(c);

        private TimeMention Make(int first, int last, TimeMeaning meaning) => new(t[first].Start, t[last].End, meaning, first, last);

        // ---- Building blocks -------------------------------------------------------------------------------

        /// <summary>A month name at i (two-word names first); the end after doubled forms (مايو/أيار، مايو (أيار)).</summary>
        private int Month(int i, out int month, out bool hijri, out bool ambiguous)
        {
            month = 0;
            hijri = false;
            ambiguous = false;
            var j = MonthName(i, out month, out hijri);
            if (j < 0)
            {
                return -1;
            }

            ambiguous = j == i + 1 && t[i].Has(TimeWordKind.Ambiguous);
            // Doubled names: "مايو/أيار", "أيلول (سبتمبر)", "مايو - أيار".
            while (true)
            {
                if ((Punct(j, '/') || Punct(j, '-')) && MonthName(j + 1, out var m2, out _) is var k && k > 0 && m2 == month)
                {
                    j = k;
                    ambiguous = false;
                }
                else if (MonthName(j, out var m4, out var h4) is var k4 && k4 > 0 && m4 == month && h4 == hijri)
                {
                    // "أكتوبر تشرين الأول" without a slash.
                    j = k4;
                    ambiguous = false;
                }
                else if (Punct(j, '(') && MonthName(j + 1, out var m3, out _) is var k2 && k2 > 0 && m3 == month && Punct(k2, ')'))
                {
                    j = k2 + 1;
                    ambiguous = false;
                }
                else
                {
                    return j;
                }
            }
        }

        private int MonthName(int i, out int month, out bool hijri)
        {
            month = 0;
            hijri = false;
            if (!In(i))
            {
                return -1;
            }

            if (In(i + 1) && t[i].Has(TimeWordKind.NameStart))
            {
                foreach (var w in lexicon.Lookup(t[i].Key + " " + t[i + 1].Key).Concat(lexicon.Lookup(t[i].Bare + " " + t[i + 1].Key)))
                {
                    if (w.Kind is TimeWordKind.Month or TimeWordKind.HijriMonth)
                    {
                        month = (int)w.Number;
                        hijri = w.Kind == TimeWordKind.HijriMonth;
                        return i + 2;
                    }
                }
            }

            if (W(i, TimeWordKind.Month) is { } g)
            {
                month = (int)g.Number;
                return i + 1;
            }

            if (W(i, TimeWordKind.HijriMonth) is { } h)
            {
                month = (int)h.Number;
                hijri = true;
                return i + 1;
            }

            return -1;
        }

        /// <summary>A day of the month: digits 1-31 (one token) or number words up to 31.</summary>
        private int DayNumber(int i, out int day)
        {
            day = 0;
            if (!In(i))
            {
                return -1;
            }

            if (t[i].Kind == TokenKind.Number)
            {
                if (t[i].Key.Length <= 2 && int.TryParse(t[i].Key, out day) && day is >= 1 and <= 31)
                {
                    return i + 1;
                }

                return -1;
            }

            var j = NumberReader.Read(t, i, end, out var v, out _);
            if (j > 0 && v is >= 1 and <= 31 && v == Math.Floor(v) && t[i].Find(TimeWordKind.Hundred) is null)
            {
                day = (int)v;
                return j;
            }

            return -1;
        }

        /// <summary>A year: 3-4 digits, or number words of at least 1000, with an optional era marker after it.</summary>
        /// <param name="afterYearWord">
        /// After عام/سنة (without the article: "المدير العام" is not a year word) a year in words may be below 1000
        /// ("عام مائتين وسبعة وستين"), as long as it has its hundreds.
        /// </param>
        private int Year(int i, out int year, out bool? hijri, bool afterYearWord = false)
        {
            year = 0;
            hijri = null;
            if (!In(i))
            {
                return -1;
            }

            int j;
            if (t[i].Kind == TokenKind.Number)
            {
                if (t[i].Key.Length is < 3 or > 4 || !int.TryParse(t[i].Key, out year) || year < 100)
                {
                    return -1;
                }

                j = i + 1;
            }
            else
            {
                j = NumberReader.Read(t, i, end, out var v, out var ordinal);
                var least = afterYearWord && HasHundreds(i, j) ? 100 : 1000;
                if (j < 0 || ordinal || v < least || v > 2200)
                {
                    return -1;
                }

                year = (int)v;
            }

            if (Is(j, TimeWordKind.HijriMarker))
            {
                hijri = true;
                j++;
            }
            else if (Is(j, TimeWordKind.GregorianMarker))
            {
                // "387 م د" is 387 million dinars (Tunisian news), not the year 387 of the Christian era.
                if (t[j].Key == "م" && In(j + 1) && t[j + 1].Key is "د" or "دينار")
                {
                    return -1;
                }

                hijri = false;
                j++;
            }

            return j;
        }

        private bool HasHundreds(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (t[k].Has(TimeWordKind.Hundred) || t[k].Has(TimeWordKind.Thousand))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A year after an optional عام/سنة/العام and an optional من.</summary>
        private int YearAfterMonth(int i, out int year, out bool? hijri)
        {
            var j = i;
            // "نوفمبر. 2016" (a German-style dot) and "مايو، 2017".
            if (Punct(j, '،') || Punct(j, ',') || (Punct(j, '.') && In(j + 1) && t[j + 1].Kind == TokenKind.Number && t[j + 1].Key.Length == 4))
            {
                j++;
            }

            if (Is(j, TimeWordKind.From) && (Is(j + 1, TimeWordKind.Unit) || t[Math.Min(j + 1, end - 1)].Kind == TokenKind.Number || NumberReader.IsNumberWord(t[Math.Min(j + 1, end - 1)])))
            {
                j++;
            }

            if (W(j, TimeWordKind.Unit) is { Unit: TimeUnit.Year, Number: 0 })
            {
                j++;
            }

            return Year(j, out year, out hijri);
        }

        /// <summary>A calendar day: "15 سبتمبر 2018", "الرابع من أبريل", "أكتوبر 14", "15/9/2018", "2018-09-15".</summary>
        private int CalendarDay(int i, out DayRef day)
        {
            day = DayRef.None;
            if (!In(i))
            {
                return -1;
            }

            if (t[i].Kind == TokenKind.Number && NumericDate(t[i].Key, out var y, out var mo, out var d))
            {
                // "12/2/1439هـ" is a Hijri day, and so is "18/8/1436" without the marker (see HijriNumericYear).
                var hijriDate = Is(i + 1, TimeWordKind.HijriMarker);
                day = new DayRef { Year = y, Month = mo, Day = d, Hijri = hijriDate || HijriNumericYear(y) };
                return hijriDate || Is(i + 1, TimeWordKind.GregorianMarker) ? i + 2 : i + 1;
            }

            if (SpacedNumericDate(i, out var sy, out var smo, out var sd))
            {
                var hijriDate = Is(i + 5, TimeWordKind.HijriMarker);
                day = new DayRef { Year = sy, Month = smo, Day = sd, Hijri = hijriDate || HijriNumericYear(sy) };
                return hijriDate || Is(i + 5, TimeWordKind.GregorianMarker) ? i + 6 : i + 5;
            }

            // "في 22/4", "يوم 4/22": day and month in digits, only after a word that introduces a day (a bare 3/1 is a score or a ratio).
            // A zero-padded part ("22/04", "05-11") is written only by a date, so that needs no such word.
            if (t[i].Kind == TokenKind.Number && NumericDayMonth(t[i].Key, out var dm, out var dd0, out var padded, out var dash)
                && (padded || (IntroducesDay(i - 1) && (!dash || dd0 > 12))))
            {
                day = new DayRef { Month = dm, Day = dd0 };
                return i + 1;
            }

            // day [.-/]? [من]? month [year]
            var j = DayNumber(i, out var dd);
            if (j > 0)
            {
                var k = j;
                if (Punct(k, '.') || Punct(k, '-') || Punct(k, '/'))
                {
                    k++;
                }

                if (Is(k, TimeWordKind.From))
                {
                    k++;
                }

                var m = Month(k, out var month, out var hijri, out _);
                if (m > 0)
                {
                    day = WithYear(new DayRef { Month = month, Day = dd, Hijri = hijri }, m, out var e);
                    return e;
                }

                // "20 من الشهر المقبل", "الحادي والثلاثين من هذا الشهر"
                if (Is(j, TimeWordKind.From) && RelativeMonth(j + 1, out var offset) is var r && r > 0)
                {
                    day = new DayRef { Day = dd, MonthOffset = offset };
                    return r;
                }

                return -1;
            }

            // month [-]? day [,] [year]: "أكتوبر 14", "يناير الثاني والعشرين، 2018", "يناير-1"
            var mm = Month(i, out var mon, out var hij, out _);
            if (mm > 0)
            {
                var k = mm;
                if (Punct(k, '-'))
                {
                    k++;
                }

                var dj = DayNumber(k, out var d2);
                if (dj > 0 && !(t[k].Kind == TokenKind.Number && Year(k, out _, out _) > 0))
                {
                    day = WithYear(new DayRef { Month = mon, Day = d2, Hijri = hij }, dj, out var e);
                    return e;
                }
            }

            return -1;
        }

        private DayRef WithYear(DayRef day, int i, out int end)
        {
            end = i;
            var y = YearAfterMonth(i, out var year, out var hijri);
            if (y > 0)
            {
                end = y;
                return day with { Year = year, Hijri = hijri ?? day.Hijri };
            }

            // "26 سبتمبر الماضي", "9 ماي المقبل", "غرة فيفري الحالي": the nearest such day before, after, or in the anchor's year.
            if (ModifierAfterMonth(i, out var mod) is var me && me > 0)
            {
                end = me;
                return day with { Relation = mod.Number == 0 ? 2 : (int)mod.Number };
            }

            return day;
        }

        /// <summary>
        /// الماضي/المقبل/الحالي after a month that ends at i: the next word, or the word run into the month name
        /// ("ديسمبرالماضي"); the end after it, or -1.
        /// </summary>
        private int ModifierAfterMonth(int i, out TimeWord mod)
        {
            if (W(i, TimeWordKind.Modifier) is { } next)
            {
                mod = next;
                return i + 1;
            }

            if (In(i - 1) && t[i - 1].GluedTail is { IsEmpty: false } tail)
            {
                foreach (var w in lexicon.Lookup(tail))
                {
                    if (w.Kind == TimeWordKind.Modifier)
                    {
                        mod = w;
                        return i;
                    }
                }
            }

            mod = default;
            return -1;
        }

        /// <summary>An ordinal of one to five after a weekday, and the month it counts in when the text names one.</summary>
        private int NthOfMonth(int i, int weekday, out DayRef day)
        {
            day = DayRef.None;
            if (W(i, TimeWordKind.Ordinal) is not { Number: >= 1 and <= 5 } o || !t[i].Article || t[i].Conj || Is(i + 1, TimeWordKind.And) || (In(i + 1) && t[i + 1].Conj && NumberReader.IsNumberWord(t[i + 1])))
            {
                return -1;
            }

            // "الأحد الثاني عشر" is the twelfth.
            if (In(i + 1) && t[i + 1].Find(TimeWordKind.Number) is { Number: 10 })
            {
                return -1;
            }

            day = new DayRef { Weekday = weekday, Nth = (int)o.Number, MonthOffset = 0 };
            if ((Is(i + 1, TimeWordKind.From) || Is(i + 1, TimeWordKind.In)) && MonthOf(i + 2, out var month) is var me && me > 0)
            {
                day = month with { Weekday = weekday, Nth = (int)o.Number };
                return me;
            }

            // Without a month, "الجمعة الثالثة" counts Fridays of a series (of protests, of marches), not of the month:
            // only the masculine ordinal that agrees with the weekday's name counts in the month ("الأحد الثاني").
            if (Feminine(i))
            {
                day = DayRef.None;
                return -1;
            }

            return i + 1;
        }

        /// <summary>Whether the word at i ends in teh marbuta (folded to heh) or is الأولى: a feminine ordinal.</summary>
        private bool Feminine(int i) => In(i) && (t[i].Bare.EndsWith('ه') || t[i].Bare is "الاولي" or "اولي");

        /// <summary>A month a weekday is counted in: "يوليو", "يوليو 2017", "هذا الشهر", "الشهر المقبل".</summary>
        private int MonthOf(int i, out DayRef month)
        {
            month = DayRef.None;
            var m = Month(i, out var mon, out var hijri, out _);
            if (m > 0)
            {
                month = WithYear(new DayRef { Month = mon, Hijri = hijri }, m, out var e);
                return e;
            }

            var r = RelativeMonth(i, out var offset);
            if (r > 0)
            {
                month = new DayRef { MonthOffset = offset };
                return r;
            }

            return -1;
        }

        /// <summary>"الشهر المقبل", "هذا الشهر": the month offset.</summary>
        private int RelativeMonth(int i, out int offset) => RelativeUnit(i, TimeUnit.Month, out offset);

        /// <summary>A day relative to the anchor: أمس، أول أمس، قبل أمس، اليوم، غدا، بعد غد، هذا اليوم.</summary>
        private int RelativeDay(int i, out int offset, out string? part)
        {
            offset = 0;
            part = null;
            if (!In(i))
            {
                return -1;
            }

            // أول أمس / قبل (يوم) أمس / بعد غد
            if ((W(i, TimeWordKind.Ordinal) is { Number: 1 } || Is(i, TimeWordKind.Ago)) && !t[i].Article)
            {
                var j = i + 1;
                if (W(j, TimeWordKind.Unit) is { Unit: TimeUnit.Day, Number: 0 } && !t[j].Article)
                {
                    j++;
                }

                if (W(j, TimeWordKind.RelDay) is { Number: -1 })
                {
                    offset = -2;
                    return j + 1;
                }
            }

            if (Is(i, TimeWordKind.After) && W(i + 1, TimeWordKind.RelDay) is { Number: 1 })
            {
                offset = 2;
                return i + 2;
            }

            var k = i;
            if (Is(k, TimeWordKind.This) && W(k + 1, TimeWordKind.Part) is { } thisPart && t[k + 1].Article)
            {
                // "هذا الصباح", "هذه الليلة", "هذا المساء": today.
                part = thisPart.Text;
                return k + 2;
            }

            if (Is(k, TimeWordKind.This) && W(k + 1, TimeWordKind.RelDay) is { Number: 0 })
            {
                k++;
            }

            // "يوم أمس", "يوم غد": the noun belongs to the expression, as in "يوم الأحد" (gold/saudi).
            if (t[k].Bare == "يوم" && !t[k].Article && W(k + 1, TimeWordKind.RelDay) is { Number: -1 or 1 })
            {
                k++;
            }

            if (W(k, TimeWordKind.RelDay) is { Number: -1 } && In(k + 1) && t[k + 1].Key == "الاول")
            {
                // "أمس الأول": the day before yesterday, as Gulf and Egyptian papers write it (600 times in SaudiNewsNet's
                // 31,030 articles, every one read so in a sample of 27), beside "أول أمس".
                offset = -2;
                return k + 2;
            }

            if (W(k, TimeWordKind.RelDay) is { } rel)
            {
                offset = (int)rel.Number;
                // الليلة: tonight.
                if (W(k, TimeWordKind.Part) is { } p)
                {
                    part = p.Text;
                }

                return k + 1;
            }

            return -1;
        }

        /// <summary>A weekday with the article, or after يوم/أيام: "الجمعة", "يوم الاثنين", "كل يوم جمعة".</summary>
        private int Weekday(int i, out int weekday)
        {
            weekday = 0;
            var j = i;
            var afterDay = false;
            if (In(j) && t[j].Bare == "يوم")
            {
                j++;
                afterDay = true;
            }

            if (W(j, TimeWordKind.Weekday) is { } w)
            {
                weekday = (int)w.Number;
                return j + 1;
            }

            if (afterDay && W(j, TimeWordKind.WeekdayStem) is { } s)
            {
                weekday = (int)s.Number;
                return j + 1;
            }

            return -1;
        }

        /// <summary>"الأسبوع المقبل", "هذا الأسبوع", "الأسبوع بعد المقبل": the week offset.</summary>
        private int RelativeWeek(int i, out int offset) => RelativeUnit(i, TimeUnit.Week, out offset);

        /// <summary>
        /// "ال+unit" with a modifier (المقبل، الماضي) or after a demonstrative (هذا): the offset in units. Only
        /// weeks take "بعد المقبل" (the week after next); news writes no such form for months.
        /// </summary>
        private int RelativeUnit(int i, TimeUnit unit, out int offset)
        {
            offset = 0;
            var j = i;
            var demonstrative = false;
            if (Is(j, TimeWordKind.This))
            {
                demonstrative = true;
                j++;
            }

            if (W(j, TimeWordKind.Unit) is { Number: 0 } word && word.Unit == unit && In(j) && t[j].Article)
            {
                if (W(j + 1, TimeWordKind.Modifier) is { } mod)
                {
                    offset = (int)mod.Number;
                    return j + 2;
                }

                if (unit == TimeUnit.Week && Is(j + 1, TimeWordKind.After) && W(j + 2, TimeWordKind.Modifier) is { Number: 1 })
                {
                    offset = 2;
                    return j + 3;
                }

                if (demonstrative)
                {
                    return j + 1;
                }
            }

            return -1;
        }

        /// <summary>A day in any of its forms, with a claimed weekday when one stands beside it.</summary>
        private int Day(int i, out DayRef day, out int? claimed, out string? part)
        {
            claimed = null;
            part = null;
            day = DayRef.None;

            // Weekday first: "الاثنين 18 شباط", "الجمعة 22", "الأحد القادم", "الخميس الماضي", "يوم الجمعة من الأسبوع المقبل".
            var start = i;
            if (Is(start, TimeWordKind.This) && (Weekday(start + 1, out _) > 0))
            {
                start++;
            }

            var wj = Weekday(start, out var weekday);
            if (wj > 0)
            {
                var k = wj;
                if (Punct(k, '،') || Punct(k, ','))
                {
                    k++;
                }

                var kk = Is(k, TimeWordKind.From) ? k + 1 : k;
                var inWord = kk;
                if (Is(kk, TimeWordKind.Since) || Is(kk, TimeWordKind.In))
                {
                    inWord = kk + 1;
                }

                var c = CalendarDay(inWord, out var cal);
                if (c < 0 && inWord != k)
                {
                    c = CalendarDay(k, out cal);
                }

                // "يوم الأربعاء الماضي 13 /10 /1436هـ", "يوم الخميس القادم 21/10/1436هـ": a full date after the weekday and its
                // "last" or "next" is the same day said once more, as Saudi papers date their notices (gold/README.md: one
                // expression); the normalizer still checks that the weekday agrees.
                if (c < 0 && W(k, TimeWordKind.Modifier) is not null && CalendarDay(k + 1, out var dated) is var cm && cm > 0 && dated.Year is not null)
                {
                    c = cm;
                    cal = dated;
                }

                if (c > 0)
                {
                    day = cal;
                    claimed = weekday;
                    // "الخميس الأول من رمضان": the first Thursday of Ramadan, or Thursday the first when that day is one;
                    // the normalizer keeps the day of the month only when the weekday agrees.
                    if (inWord == k && cal.Day is >= 1 and <= 5 && t[k].Kind == TokenKind.Word && t[k].Article && t[k].Has(TimeWordKind.Ordinal))
                    {
                        day = cal with { Weekday = weekday, Nth = cal.Day };
                    }

                    return c;
                }

                // "الأحد الثاني", "الثلاثاء الأول من أكتوبر": an ordinal up to five right after the weekday counts that
                // weekday in the month; from the sixth on it can only be the day of the month ("السبت السادس عشر").
                if (NthOfMonth(wj, weekday, out var nth) is var ne && ne > 0)
                {
                    day = nth;
                    return ne;
                }

                // "الجمعة 22", "السبت السادس عشر": a day of the month after the weekday, in digits or an ordinal with the
                // article, and not counting something ("الأحد في أول زيارة", "الجمعة 3 قتلى").
                // "يوم الجمعة في خمسة عشر": a cardinal in words after في, when the clause ends with it (a count would go
                // on to what it counts: "الجمعة في خمسة مواقع").
                var dn = DayNumber(inWord, out var dom);
                var cardinalAfterIn = inWord == kk + 1 && Is(kk, TimeWordKind.In) && t[inWord].Kind == TokenKind.Word && EndsClause(dn);
                var dayLike = dn > 0 && (t[inWord].Kind == TokenKind.Number || t[inWord].Article || cardinalAfterIn)
                    && !(In(dn) && t[dn].Kind == TokenKind.Word && t[dn].Words.Length == 0);
                if (dayLike && !(In(dn) && t[dn].Has(TimeWordKind.Unit)))
                {
                    day = new DayRef { Day = dom };
                    claimed = weekday;
                    return dn;
                }

                var r = RelativeDay(k, out var off, out var p);
                if (r > 0 && off is -1 or 0 or 1)
                {
                    day = new DayRef { Offset = off };
                    claimed = weekday;
                    part = p;
                    return r;
                }

                if (W(wj, TimeWordKind.Modifier) is { } mod && (int)mod.Number != 0)
                {
                    // "يوم الأحد القادم 26/9/1439هـ", "الأربعاء القادم 21 جوان 2017": the same day said twice is one
                    // expression, and the written date keeps its day.
                    var after = Punct(wj + 1, '،') || Punct(wj + 1, ',') ? wj + 2 : wj + 1;
                    if (CalendarDay(after, out var said) is var sc && sc > 0 && said.Month is not null)
                    {
                        day = said;
                        claimed = weekday;
                        return sc;
                    }

                    day = new DayRef { Weekday = weekday, Relation = (int)mod.Number };
                    return wj + 1;
                }

                if (Is(wj, TimeWordKind.From) && RelativeWeek(wj + 1, out var wo) is var rw && rw > 0)
                {
                    day = new DayRef { Weekday = weekday, WeekOffset = wo };
                    return rw;
                }

                day = new DayRef { Weekday = weekday };
                return wj;
            }

            // "أول جمعة من يوليو", "أول يوم خميس في هذا الشهر": the first such weekday of a month.
            if (W(i, TimeWordKind.Ordinal) is { Number: 1 } && !t[i].Article)
            {
                var k = In(i + 1) && t[i + 1].Bare == "يوم" ? i + 2 : i + 1;
                var wd = W(k, TimeWordKind.WeekdayStem) ?? W(k, TimeWordKind.Weekday);
                if (wd is { } first && (Is(k + 1, TimeWordKind.From) || Is(k + 1, TimeWordKind.In)) && MonthOf(k + 2, out var of) is var me && me > 0)
                {
                    day = of with { Weekday = (int)first.Number, Nth = 1 };
                    return me;
                }
            }

            // Relative week, then the weekday: "الأسبوع المقبل (الإثنين)", "الأسبوع القادم الأحد", "الأسبوع المقبل يوم الجمعة".
            var wk = RelativeWeek(i, out var weekOffset);
            if (wk > 0)
            {
                var k = wk;
                var paren = Punct(k, '(');
                if (paren)
                {
                    k++;
                }

                var wd = Weekday(k, out var wday);
                if (wd > 0 && (!paren || Punct(wd, ')')))
                {
                    day = new DayRef { Weekday = wday, WeekOffset = weekOffset };
                    return paren ? wd + 1 : wd;
                }

                return -1;
            }

            // Relative day, then maybe its weekday: "أمس الجمعة", "اليوم الأحد".
            var rd = RelativeDay(i, out var offset, out var rpart);
            if (rd > 0)
            {
                day = new DayRef { Offset = offset };
                part = rpart;
                var k = rd;
                if (Punct(k, '،') || Punct(k, ','))
                {
                    k++;
                }

                if (Weekday(k, out var wd2) is var e && e > 0)
                {
                    claimed = wd2;
                    // "اليوم السبت 11 جوان 2016": the date said once more.
                    if (offset is >= -1 and <= 1 && CalendarDay(e, out var same) is var c2 && c2 > 0 && same.Year is not null)
                    {
                        day = same;
                        return c2;
                    }

                    return e;
                }

                if (Punct(rd, '('))
                {
                    var e3 = Weekday(rd + 1, out var wd3);
                    if (e3 > 0 && Punct(e3, ')'))
                    {
                        claimed = wd3;
                        return e3 + 1;
                    }
                }

                return rd;
            }

            // "يوم 22 جوان 2016": the noun belongs to the expression.
            if (In(i) && t[i].Bare == "يوم" && CalendarDay(i + 1, out day) is var cd && cd > 0)
            {
                return cd;
            }

            return CalendarDay(i, out day);
        }

        /// <summary>
        /// Days and their wrappers: parts of day before (صباح اليوم، مساء أمس، فجر الجمعة), parts and clock times
        /// after (أمس صباحا، الجمعة الساعة 10)، coordinated days (4 و 5 مايو) and ranges (من 4 إلى 7 مايو).
        /// </summary>
        private TimeMention? DayExpression(int i)
        {
            var list = DayListOrRange(i);
            if (list is not null)
            {
                return list;
            }

            string? part = null;
            var j = i;
            // "بعد ظهر أمس": the afternoon.
            var afternoon = Is(i, TimeWordKind.After) && W(i + 1, TimeWordKind.Part) is { Text: "MI" };
            var partAt = afternoon ? i + 1 : i;
            if (W(partAt, TimeWordKind.Part) is { } p && !Is(partAt, TimeWordKind.RelDay))
            {
                var k = partAt + 1;
                if (Punct(k, '،'))
                {
                    k++;
                }

                if (Day(k, out _, out _, out _) > 0)
                {
                    part = afternoon ? "AF" : p.Text;
                    j = k;
                }
            }

            // "الساعة العاشرة من صباح يوم الجمعة": a clock before the day.
            Clock? clock = null;
            var cj = ClockAt(i, out var c0, bare: HourBeforePartOfToday(i));
            if (cj > 0)
            {
                var k = cj;
                if (Punct(k, '،') || Punct(k, ','))
                {
                    k++;
                }

                if (Is(k, TimeWordKind.From) || Is(k, TimeWordKind.In))
                {
                    k++;
                }

                if (W(k, TimeWordKind.Part) is { } p2 && !Is(k, TimeWordKind.RelDay) && Day(k + 1, out _, out _, out _) > 0)
                {
                    part ??= p2.Text;
                    k++;
                }

                if (Day(k, out _, out _, out _) > 0)
                {
                    clock = c0;
                    j = k;
                }
            }

            var e = Day(j, out var day, out var claimed, out var dayPart);
            if (e < 0)
            {
                return null;
            }

            part ??= dayPart;
            // "منتصف ليل الجمعة السبت", "منتصف ليلة السبت/الأحد": the night between two weekdays; its midnight opens the second.
            if (clock is { Hour: 0, Part: "NI" } && day is { Offset: not null, Weekday: null })
            {
                // "منتصف ليلة البارحة", "منتصف ليل اليوم": the night follows the day it is named after (last night, tonight).
                day = day with { DayAfter = true };
            }
            else if (clock is { Hour: 0, Part: "NI" } && day is { Weekday: { } first, Day: null, Month: null, Offset: null, WeekOffset: null, Relation: 0, Nth: null })
            {
                var k = Punct(e, '/') || Punct(e, '-') ? e + 1 : e;
                if (Weekday(k, out var second) is var se && se > 0 && second == (first % 7) + 1)
                {
                    day = day with { DayAfter = true };
                    e = se;
                }
            }

            if (clock is null && day is { Year: null, Month: not null, Day: not null, Hijri: false } && YearGluedToClock(e, out var glued, out var gluedClock) is var ge && ge > 0)
            {
                day = day with { Year = glued };
                clock = gluedClock;
                e = ge;
            }

            // After the day: a part of day as an adverb (صباحا) and a clock time.
            var after = e;
            if (Punct(after, '،') || Punct(after, ','))
            {
                after++;
            }

            if (Is(after, TimeWordKind.After) && W(after + 1, TimeWordKind.Part) is { Text: "MI" })
            {
                // "يوم الأحد بعد الظهر", "7:00 يوم الأحد بعد الظهر": the afternoon.
                part ??= "AF";
                e = after + 2;
                after = e;
            }
            else if (clock is null && W(after, TimeWordKind.Part) is { } p3 && !Is(after, TimeWordKind.RelDay) && !t[after].Article && !t[after].Conj && Day(after + 1, out _, out _, out _) < 0)
            {
                part ??= p3.Text;
                e = after + 1;
                after = e;
                if (Punct(after, '،') || Punct(after, ','))
                {
                    after++;
                }
            }

            if (clock is null)
            {
                var k = after;
                if (Is(k, TimeWordKind.In) || Is(k, TimeWordKind.Approx))
                {
                    k++;
                }

                var ce = ClockAt(k, out var c1, bare: part is not null || Is(after, TimeWordKind.In));
                // After a comma a bare number in digits starts the next clause ("عشية اليوم، 6 قرارات هدم"): it is an hour
                // only with its minutes or a part of day.
                var countAfterComma = after > e && k == after && t[k].Kind == TokenKind.Number && c1.Minute is null && c1.Part is null;
                if (ce > 0 && !countAfterComma && (t[k].Has(TimeWordKind.Clock) || c1.Minute is not null || c1.Part is not null || part is not null || NumberReader.IsNumberWord(t[k])))
                {
                    clock = c1;
                    e = ce;
                }
            }

            return Make(i, e - 1, new DayMeaning(day, claimed, part, clock));
        }

        /// <summary>
        /// "2017-6:37 صباحا" after a day and month: the year and the clock time in one token, joined by a dash as some
        /// datelines print them; the end after the clock (and its part of day), or -1.
        /// </summary>
        private int YearGluedToClock(int i, out int year, out Clock clock)
        {
            year = 0;
            clock = NoClock;
            if (!In(i) || t[i].Kind != TokenKind.Number || t[i].Key is not { Length: >= 9 } key || key[4] != '-' || !key.Contains(':', StringComparison.Ordinal))
            {
                return -1;
            }

            var parts = key[5..].Split(':');
            if (!int.TryParse(key.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) || year is < 1900 or > 2100
                || parts.Length is < 2 or > 3 || !parts.All(p => p.Length is >= 1 and <= 2 && p.All(char.IsAsciiDigit)))
            {
                return -1;
            }

            var hour = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            var minute = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            int? second = parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : null;
            return FinishClock(i + 1, marker: true, i, hour, minute, second, bare: true, out clock);
        }

        /// <summary>"7 ، هذا الصباح", "10 الليلة": an hour in digits (1-12) said before a part of today, which makes it a clock time.</summary>
        private bool HourBeforePartOfToday(int i)
        {
            if (!In(i) || t[i].Kind != TokenKind.Number || t[i].Key.Length > 2 || !int.TryParse(t[i].Key, out var h) || h is < 1 or > 12)
            {
                return false;
            }

            var k = Punct(i + 1, '،') || Punct(i + 1, ',') ? i + 2 : i + 1;
            return RelativeDay(k, out var offset, out var part) > 0 && offset == 0 && part is not null;
        }

        /// <summary>
        /// Weekdays of one week as a range: "الأسبوع المقبل بين الأربعاء والجمعة", "هذا الأسبوع من الثلاثاء إلى الخميس",
        /// "بين الجمعة والأحد من الأسبوع الماضي". Without a week the pair is left alone: "من الأحد إلى الخميس" is
        /// usually the working week, not dates.
        /// </summary>
        private TimeMention? WeekdayRange(int i)
        {
            var weekFirst = RelativeWeek(i, out var offset);
            var j = weekFirst > 0 ? weekFirst : i;
            var between = Is(j, TimeWordKind.Between);
            if (!between && !Is(j, TimeWordKind.From))
            {
                return null;
            }

            var a = Weekday(j + 1, out var from);
            if (a < 0)
            {
                return null;
            }

            var sep = a;
            if (between ? Is(sep, TimeWordKind.And) : Is(sep, TimeWordKind.To))
            {
                sep++;
            }
            else if (!(between && In(sep) && t[sep].Conj))
            {
                return null;
            }

            var b = Weekday(sep, out var to);
            if (b < 0 || to == from)
            {
                return null;
            }

            var last = b;
            if (weekFirst < 0)
            {
                var k = Is(b, TimeWordKind.From) || Is(b, TimeWordKind.In) ? b + 1 : b;
                var w = RelativeWeek(k, out offset);
                if (w < 0)
                {
                    return null;
                }

                last = w;
            }

            return Make(i, last - 1, new DayRangeMeaning(new DayRef { Weekday = from, WeekOffset = offset }, new DayRef { Weekday = to, WeekOffset = offset }));
        }

        private TimeMention? DayListOrRange(int i)
        {
            if (WeekdayRange(i) is { } weekdays)
            {
                return weekdays;
            }

            var j = i;
            var between = false;
            var from = false;
            if (Is(j, TimeWordKind.Between))
            {
                between = true;
                j++;
            }
            else if (Is(j, TimeWordKind.From))
            {
                from = true;
                j++;
            }

            // "4-7 مايو" is one number token.
            if (In(j) && t[j].Kind == TokenKind.Number && t[j].Key.Contains('-', StringComparison.Ordinal) && t[j].Key.Split('-') is [var a, var b] && int.TryParse(a, out var d1) && int.TryParse(b, out var d2)
                && d1 is >= 1 and <= 31 && d2 > d1 && d2 <= 31)
            {
                var m = Month(j + 1, out var month, out var hijri, out _);
                if (m > 0)
                {
                    var first = WithYear(new DayRef { Month = month, Day = d1, Hijri = hijri }, m, out var e);
                    return Make(i, e - 1, new DayRangeMeaning(first, first with { Day = d2 }));
                }

                if (RelativeMonthAfter(j + 1, out var off) is var rm && rm > 0)
                {
                    return Make(i, rm - 1, new DayRangeMeaning(new DayRef { Day = d1, MonthOffset = off }, new DayRef { Day = d2, MonthOffset = off }));
                }

                return null;
            }

            // Month first: "يوليو 13-15", "تموز 13 الى 15".
            if (Month(j, out var firstMonth, out var firstHijri, out _) is var fm && fm > 0)
            {
                var dr = DayPair(fm, out var a1, out var a2);
                if (dr > 0)
                {
                    var first = WithYear(new DayRef { Month = firstMonth, Day = a1, Hijri = firstHijri }, dr, out var e);
                    return Make(i, e - 1, new DayRangeMeaning(first, first with { Day = a2 }));
                }
            }

            var k = DayNumber(j, out var firstDay);
            if ((k < 0 || Month(k, out _, out _, out _) > 0 || Is(k, TimeWordKind.From)) && (between || from || RangeWordAhead(j)))
            {
                // Full days on both sides: "من 2 أكتوبر إلى 22 أكتوبر", "بين 4 سبتمبر و 8 سبتمبر", "من الجمعة 11 حتى الثلاثاء 15", "اليوم حتى الغد".
                var c = Day(j, out var left, out _, out _);
                if (c < 0)
                {
                    return null;
                }

                var dash = Punct(c, '-') && left.Year is not null;
                if (!(Is(c, TimeWordKind.To) || dash || ((between || from) && (Is(c, TimeWordKind.And) || (In(c) && t[c].Conj)))))
                {
                    return null;
                }

                var rightAt = Is(c, TimeWordKind.To) || Is(c, TimeWordKind.And) || dash ? c + 1 : c;
                var r = Day(rightAt, out var right, out _, out _);
                if (r < 0 || (right.Weekday is not null && right.Day is null))
                {
                    return null;
                }

                // "من الجمعة 11 حتى الثلاثاء 15": the right day takes its month from the left one.
                right = right with { Year = right.Year ?? (right.Month is null ? null : left.Year), Month = right.Month ?? (right.Day is not null ? left.Month : null) };
                return Make(i, r - 1, new DayRangeMeaning(left with { Year = left.Year ?? right.Year }, right));
            }

            if (k < 0 || !(Is(k, TimeWordKind.To) || Is(k, TimeWordKind.And) || Punct(k, '-') || Punct(k, '،') || Punct(k, ',') || (In(k) && t[k].Conj)))
            {
                return null;
            }

            var days = new List<int> { firstDay };
            var range = false;
            while (true)
            {
                var sep = k;
                bool joined;
                if (Is(sep, TimeWordKind.To) || Punct(sep, '-'))
                {
                    range = true;
                    joined = true;
                    sep++;
                }
                else if (Is(sep, TimeWordKind.And) || Punct(sep, '،') || Punct(sep, ','))
                {
                    joined = true;
                    sep++;
                }
                else
                {
                    joined = In(sep) && t[sep].Conj && t[sep].Kind == TokenKind.Word;
                }

                if (!joined)
                {
                    break;
                }

                var n = DayNumber(sep, out var d);
                if (n < 0 || d <= days[^1])
                {
                    break;
                }

                days.Add(d);
                k = n;
            }

            if (days.Count < 2)
            {
                return null;
            }

            var mm = k;
            if (Is(mm, TimeWordKind.From))
            {
                mm++;
            }

            var me = Month(mm, out var mon, out var hij, out _);
            DayRef template;
            int end2;
            if (me > 0)
            {
                template = WithYear(new DayRef { Month = mon, Hijri = hij }, me, out end2);
            }
            else if (RelativeMonthAfter(k, out var off2) is var rm2 && rm2 > 0)
            {
                template = new DayRef { MonthOffset = off2 };
                end2 = rm2;
            }
            else
            {
                return null;
            }

            if (range || between || from)
            {
                return Make(i, end2 - 1, new DayRangeMeaning(template with { Day = days[0] }, template with { Day = days[^1] }));
            }

            return Make(i, end2 - 1, new DayListMeaning(days.Select(d => template with { Day = d }).ToList()));
        }

        /// <summary>Whether إلى/حتى or a dash follows within a few tokens: without one, a day cannot start a range.</summary>
        private bool RangeWordAhead(int i)
        {
            for (var k = i + 1; k < Math.Min(end, i + 8); k++)
            {
                if (Is(k, TimeWordKind.To) || Punct(k, '-'))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Two days of one month: "13-15" (one token) or "13 إلى 15".</summary>
        private int DayPair(int i, out int first, out int second)
        {
            first = second = 0;
            if (In(i) && t[i].Kind == TokenKind.Number && t[i].Key.Contains('-', StringComparison.Ordinal) && t[i].Key.Split('-') is [var a, var b] && int.TryParse(a, out first) && int.TryParse(b, out second))
            {
                return first is >= 1 and <= 31 && second > first && second <= 31 ? i + 1 : -1;
            }

            var k = DayNumber(i, out first);
            if (k > 0 && Is(k, TimeWordKind.To) && DayNumber(k + 1, out second) is var e && e > 0 && second > first)
            {
                return e;
            }

            return -1;
        }

        /// <summary>"هذا الشهر", "من الشهر المقبل", "في الشهر المقبل" after a day range.</summary>
        private int RelativeMonthAfter(int i, out int offset)
        {
            var j = i;
            if (Is(j, TimeWordKind.From) || Is(j, TimeWordKind.In))
            {
                j++;
            }

            return RelativeMonth(j, out offset);
        }

        private TimeMention? MonthExpression(int i)
        {
            var j = i;
            var monthWord = false;
            if (Is(j, TimeWordKind.MonthWord) && !t[j].Article)
            {
                monthWord = true;
                j++;
            }

            var relation = 0;
            if (Is(j, TimeWordKind.This))
            {
                relation = 2;
                j++;
            }

            var e = Month(j, out var month, out var hijri, out var ambiguous);
            if (e < 0)
            {
                // "2/2013", "3/2015", "2015/3": month and year in digits.
                if (In(i) && t[i].Kind == TokenKind.Number && NumericMonth(t[i].Key, out var ny, out var nm))
                {
                    return Make(i, i, new MonthMeaning(nm, ny, false, 0, null));
                }

                return null;
            }

            var y = YearAfterMonth(e, out var year, out var yh);
            if (y > 0)
            {
                return Make(i, y - 1, new MonthMeaning(month, year, yh ?? hijri, 0, null));
            }

            if (ModifierAfterMonth(e, out var mod) is var me && me > 0)
            {
                return Make(i, me - 1, new MonthMeaning(month, null, hijri, (int)mod.Number, null));
            }

            // "يونيو العام المقبل", "مارس من العام الماضي"
            var k = Is(e, TimeWordKind.From) ? e + 1 : e;
            if (W(k, TimeWordKind.Unit) is { Unit: TimeUnit.Year, Number: 0 } && t[k].Article && W(k + 1, TimeWordKind.Modifier) is { } ym)
            {
                return Make(i, k + 1, new MonthMeaning(month, null, hijri, 0, (int)ym.Number));
            }

            // "مطلع مارس", "أواخر ماي": after the start or end of a period the word is the month, not a verb; so it is after في
            // ("في مارس", "في جوان"), which no verb follows, when it is written alone ("في باب المندب" is no آب). A Hijri name
            // there may still be a person or a number ("في رجب طيب أردوغان", "في صفر").
            if (ambiguous && !monthWord && relation == 0 && !Is(i - 1, TimeWordKind.Edge) && !(Is(i - 1, TimeWordKind.In) && !hijri && t[i].Bare == t[i].Key))
            {
                return null;
            }

            return Make(i, e - 1, new MonthMeaning(month, null, hijri, relation, null));
        }

        private TimeMention? YearExpression(int i)
        {
            // "2014-2018" as one token.
            if (In(i) && t[i].Kind == TokenKind.Number && t[i].Key.Length == 9 && t[i].Key.Split('-') is [var a, var b] && a.Length == 4 && b.Length == 4
                && int.TryParse(a, out var y1) && int.TryParse(b, out var y2) && y1 is >= 1000 and <= 2200 && y2 > y1 && y2 <= 2200)
            {
                return Make(i, i, new YearRangeMeaning(y1, y2));
            }

            var j = i;
            var cue = false;
            var rangeStart = Is(j, TimeWordKind.From) || Is(j, TimeWordKind.Between);
            if (W(j, TimeWordKind.Unit) is { Unit: TimeUnit.Year, Number: 0 })
            {
                cue = true;
                j++;
            }
            else if (Is(j, TimeWordKind.In) || Is(j, TimeWordKind.Since) || Is(j, TimeWordKind.To) || Is(j, TimeWordKind.During) || Is(j, TimeWordKind.Edge) || rangeStart)
            {
                j++;
                if (W(j, TimeWordKind.Unit) is { Unit: TimeUnit.Year, Number: 0 })
                {
                    j++;
                }
            }

            var e = Year(j, out var year, out var hijri, afterYearWord: j > i && W(j - 1, TimeWordKind.Unit) is { Unit: TimeUnit.Year, Number: 0 } && !t[j - 1].Article);
            if (e < 0)
            {
                return null;
            }

            // A bare number is a year only with a cue word before it or an era marker after it, and when it looks like a year.
            var digits = t[j].Kind == TokenKind.Number;
            var plausible = !digits || (year is >= 1900 and <= 2100) || hijri is not null || cue;
            if (!plausible || (!cue && hijri is null && (j == i || (digits && t[j].Key.Length != 4))))
            {
                return null;
            }

            if (In(e) && t[e].Has(TimeWordKind.Unit) && hijri is null && !cue)
            {
                // "في 2000 شخص" is a count, not a year.
                return null;
            }

            // "أكثر من 2000 جريح", "ما يقرب من 2000 رخصة": after a comparison or an approximation the number is a count.
            // A bare "ألف" without the year's noun is a thousand of something ("إلى ألف كيلوواط"), where "في ألف
            // وسبعمائة وتسعة وثمانين" is a year.
            if (!cue && hijri is null && j > i && (Is(i - 1, TimeWordKind.Comparative) || Is(i - 1, TimeWordKind.Approx) || (!digits && year == 1000)))
            {
                return null;
            }

            // The span keeps the noun (عام 2017) and leaves out the preposition (في).
            var first = W(j - 1, TimeWordKind.Unit) is { Unit: TimeUnit.Year } && j - 1 >= i ? j - 1 : j;
            if (rangeStart && (Is(e, TimeWordKind.To) || Is(e, TimeWordKind.And)))
            {
                var e2 = Year(e + 1, out var year2, out _);
                if (e2 > 0 && year2 > year)
                {
                    return Make(i, e2 - 1, new YearRangeMeaning(year, year2));
                }
            }

            return Make(first, e - 1, new YearMeaning(year, hijri ?? false));
        }

        private TimeMention? PeriodExpression(int i)
        {
            var j = i;
            var demonstrative = false;
            if (Is(j, TimeWordKind.This))
            {
                demonstrative = true;
                j++;
            }

            // "أسبوع 16 سبتمبر": the week without the article, in construct with a calendar day, is the week that holds it.
            if (!demonstrative && W(j, TimeWordKind.Unit) is { Number: 0, Unit: TimeUnit.Week } && !t[j].Article
                && Day(j + 1, out var held, out _, out _) is var de && de > 0 && held.Day is not null && held.Month is not null)
            {
                return Make(i, de - 1, new WeekOfMeaning(held));
            }

            if (W(j, TimeWordKind.Unit) is not { Number: 0 } unit || !t[j].Article || unit.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
            {
                return null;
            }

            if (W(j + 1, TimeWordKind.Modifier) is { } mod)
            {
                if (unit.Unit == TimeUnit.Day && mod.Number == 0)
                {
                    return null;
                }

                return Make(i, j + 1, new PeriodMeaning(unit.Unit, (int)mod.Number));
            }

            if (Is(j + 1, TimeWordKind.After) && W(j + 2, TimeWordKind.Modifier) is { Number: 1 })
            {
                return Make(i, j + 2, new PeriodMeaning(unit.Unit, 2));
            }

            if (demonstrative && unit.Unit != TimeUnit.Day)
            {
                return Make(i, j, new PeriodMeaning(unit.Unit, 0));
            }

            return null;
        }

        /// <summary>One duration part: "3 أيام", "ثلاث سنوات", "يومين", "ساعة ونصف", "نصف ساعة", "بضعة أيام".</summary>
        private int DurationPart(int i, bool single, out double? amount, out TimeUnit unit)
        {
            amount = null;
            unit = TimeUnit.Day;
            if (!In(i))
            {
                return -1;
            }

            if (W(i, TimeWordKind.Unit) is { } dual && dual.Number > 0)
            {
                amount = dual.Number;
                unit = dual.Unit;
                return FractionAfter(i + 1, ref amount);
            }

            if (Is(i, TimeWordKind.Few) && W(i + 1, TimeWordKind.Unit) is { Number: <= 0 } fu)
            {
                unit = fu.Unit;
                return i + 2;
            }

            if (W(i, TimeWordKind.Fraction) is { } fr && !t[i].Conj && W(i + 1, TimeWordKind.Unit) is { Number: 0 } fu2)
            {
                amount = fr.Number;
                unit = fu2.Unit;
                return i + 2;
            }

            var n = NumberReader.Read(t, i, end, out var v, out var ordinal);
            if (n > 0 && !ordinal && v > 0)
            {
                var k = n;
                // "3 الساعات" and "الثلاثة عقود" happen; a unit with the article after digits is still the unit, unless a
                // modifier makes it a period of its own ("32 نقطة مقابل 34 العام السابق": last year, not 34 years).
                if (W(k, TimeWordKind.Unit) is { Number: <= 0 } u && !(u.Unit == TimeUnit.Second && t[k].Article) && !(t[k].Article && Is(k + 1, TimeWordKind.Modifier)))
                {
                    amount = v;
                    unit = u.Unit;
                    return FractionAfter(k + 1, ref amount);
                }

                return -1;
            }

            // "يوم كامل", "سنة كاملة": one unit, said in full.
            if (W(i, TimeWordKind.Unit) is { Number: 0 } whole && !t[i].Article && In(i + 1) && t[i + 1].Key is "كامل" or "كامله")
            {
                amount = 1;
                unit = whole.Unit;
                return i + 2;
            }

            // "يوم واحد", "ساعة واحدة": one unit, said with its number.
            if (W(i, TimeWordKind.Unit) is { Number: 0 } oneUnit && !t[i].Article && In(i + 1) && t[i + 1].Key is "واحد" or "واحده")
            {
                amount = 1;
                unit = oneUnit.Unit;
                return FractionAfter(i + 2, ref amount);
            }

            // "خلال شهر مارس", "خلال عام 2017": the unit names a month or a year, not a duration.
            if (In(i + 1) && (MonthName(i + 1, out _, out _) > 0 || t[i + 1].Kind == TokenKind.Number || Is(i + 1, TimeWordKind.Weekday)))
            {
                return -1;
            }

            if (single && W(i, TimeWordKind.Unit) is { Number: 0 } one && !t[i].Article)
            {
                amount = 1;
                unit = one.Unit;
                var k = i + 1;
                if (In(k) && t[k].Key is "واحد" or "واحده" or "كامل" or "كامله")
                {
                    k++;
                }

                return FractionAfter(k, ref amount);
            }

            return -1;
        }

        private int FractionAfter(int i, ref double? amount)
        {
            if (W(i, TimeWordKind.Fraction) is { } f && t[i].Conj)
            {
                amount += f.Number;
                // "ساعة ونصف الساعة": the unit said again after the fraction.
                var again = In(i + 1) && t[i + 1].Article && W(i - 1, TimeWordKind.Unit) is { } said
                    && (t[i + 1].Find(TimeWordKind.Unit)?.Unit == said.Unit || (said.Unit == TimeUnit.Hour && t[i + 1].Has(TimeWordKind.Clock)));
                return again ? i + 2 : i + 1;
            }

            return i;
        }

        private TimeMention? DurationExpression(int i)
        {
            var j = i;
            var sign = 0;
            var cue = false;
            if (Is(j, TimeWordKind.Ago))
            {
                sign = -1;
                j++;
            }
            else if (Is(j, TimeWordKind.After))
            {
                sign = 1;
                j++;
            }
            else if (Is(j, TimeWordKind.During) || Is(j, TimeWordKind.Since))
            {
                cue = true;
                j++;
            }

            // "طوال اليوم", "طيلة العام": the whole unit.
            if (Is(i, TimeWordKind.Throughout) && W(i + 1, TimeWordKind.Unit) is { Number: 0 } all && t[i + 1].Article && !Is(i + 2, TimeWordKind.Modifier)
                && all.Unit is not (TimeUnit.Decade or TimeUnit.Century))
            {
                return Make(i, i + 1, new DurationMeaning([(1, all.Unit)]));
            }

            if (Is(i, TimeWordKind.Throughout))
            {
                cue = true;
                j++;
            }

            // "قبل حوالي أسبوع", "قبل نحو ثلاثة أيام": the approximation does not stop the count from dating (gold/saudi).
            if (sign != 0 && Is(j, TimeWordKind.Approx))
            {
                j++;
            }

            var e = DurationPart(j, sign != 0 || cue, out var amount, out var unit);
            if (e < 0)
            {
                return null;
            }

            var parts = new List<(double?, TimeUnit)> { (amount, unit) };
            while (true)
            {
                var k = e;
                if (Punct(k, ',') || Punct(k, '،') || Is(k, TimeWordKind.And))
                {
                    k++;
                }
                else if (!(In(k) && t[k].Conj))
                {
                    break;
                }

                var n = DurationPart(k, true, out var a2, out var u2);
                if (n < 0 || parts.Any(p => p.Item2 == u2))
                {
                    break;
                }

                parts.Add((a2, u2));
                e = n;
            }

            // "من الآن": counted from now, so "منذ شهر و 21 يوما من الآن" is a day in the past.
            if (Is(e, TimeWordKind.From) && In(e + 1) && t[e + 1].Key is "الان")
            {
                e += 2;
                if (sign == 0 && Is(i, TimeWordKind.Since))
                {
                    sign = -1;
                }
            }

            // Followed by من/على, قبل/بعد count from an event ("بعد ساعة ونصف من الانقطاع", "بعد 3 سنوات من العمل", "بعد
            // عامين على اندلاع الحرب"), not from the publication: a duration, whatever the unit. Keys fold ى to ي.
            var fromEvent = Is(e, TimeWordKind.From) || (In(e) && t[e].Bare is "علي");
            var duration = new DurationMeaning(parts);
            var calendarUnits = parts.All(p => p.Item2 >= TimeUnit.Day && p.Item2 <= TimeUnit.Year);
            if (sign != 0 && calendarUnits)
            {
                // Counted from an event, the expression is the duration alone and the span is the count ("بعد [يوم واحد] على
                // إسقاط الطائرة", gold/README.md); counted from the publication, قبل/بعد make the date and stay in the span.
                return fromEvent ? Make(j, e - 1, duration) : Make(i, e - 1, new ShiftMeaning(duration, sign));
            }

            var first = sign != 0 || cue ? j : i;
            // Hours and minutes after قبل/بعد: a clock time when the publication moment is known, else the duration
            // (the normalizer decides); the span stays the duration's, as it was before either reading.
            return Make(first, e - 1, sign != 0 && !fromEvent && parts.All(p => p.Item2 <= TimeUnit.Year) ? new ShiftMeaning(duration, sign) : duration);
        }

        private TimeMention? SetExpression(int i)
        {
            if (W(i, TimeWordKind.Set) is { } s)
            {
                return Make(i, i, new SetMeaning(s.Text));
            }

            // "أيام الأحد": every Sunday.
            if (In(i) && t[i].Bare == "ايام" && W(i + 1, TimeWordKind.Weekday) is { } days)
            {
                return Make(i, i + 1, new SetMeaning($"XXXX-WXX-{(int)days.Number}"));
            }

            if (!Is(i, TimeWordKind.Every))
            {
                return null;
            }

            var wd = Weekday(i + 1, out var weekday);
            if (wd > 0)
            {
                var ce = ClockAt(Is(wd, TimeWordKind.In) ? wd + 1 : wd, out var clock);
                return ce > 0
                    ? Make(i, ce - 1, new SetMeaning($"XXXX-WXX-{weekday}" + TimeValues.Clock(clock)))
                    : Make(i, wd - 1, new SetMeaning($"XXXX-WXX-{weekday}"));
            }

            if (W(i + 1, TimeWordKind.Part) is { } p && !t[i + 1].Article)
            {
                // "كل ليلة في التاسعة", "كل صباح الساعة 8": the hour of the recurring part of day.
                var h = Is(i + 2, TimeWordKind.In) ? i + 3 : i + 2;
                if (ClockAt(h, out var every, bare: true) is var he && he > 0 && (he > h + 1 || t[h].Kind == TokenKind.Number || t[h].Article) && EndsClause(he))
                {
                    return Make(i, he - 1, new SetMeaning(TimeValues.Clock(every.Part is null ? every with { Part = p.Text } : every)));
                }

                return Make(i, i + 1, new SetMeaning("T" + p.Text));
            }

            // "كل 15 أبريل", "كل 4/15": a day of the year, every year.
            if (CalendarDay(i + 1, out var yearly) is var ye && ye > 0 && yearly is { Year: null, Month: { } ym, Day: { } yd, Hijri: false, Relation: 0 })
            {
                return Make(i, ye - 1, new SetMeaning(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"XXXX-{ym:D2}-{yd:D2}")));
            }

            var e = DurationPart(i + 1, true, out var amount, out var unit);
            if (e > 0 && amount is { } a)
            {
                return Make(i, e - 1, new SetMeaning(TimeValues.Duration([(a, unit)])));
            }

            return null;
        }

        /// <summary>A clock time at i: "الساعة 10:30", "الساعة العاشرة صباحا", "10:30", "7 مساء", "الثامنة والنصف".</summary>
        private int ClockAt(int i, out Clock clock, bool bare = false)
        {
            clock = NoClock;
            if (!In(i))
            {
                return -1;
            }

            if (MinutesFromHour(i, out clock) is var me && me > 0)
            {
                return me;
            }

            // "منتصف الليل" (00:00), "منتصف نهار الأحد" (12:00 on Sunday).
            if (MidnightOrNoon(i, out var night) is var mn && mn > 0)
            {
                clock = new Clock(night ? 0 : 12, null, null, night ? "NI" : "MI");
                return mn;
            }

            var j = i;
            var marker = false;
            if (Is(j, TimeWordKind.Clock) && t[j].Article)
            {
                marker = true;
                j++;
            }

            int hour;
            int? minute = null, second = null;
            int e;
            if (In(j) && t[j].Kind == TokenKind.Number)
            {
                if (t[j].Key.AsSpan().IndexOfAny('.', ',', '/') >= 0 || t[j].Key.Contains('-', StringComparison.Ordinal))
                {
                    return -1;
                }

                var key = t[j].Key;
                if (!key.Contains(':', StringComparison.Ordinal))
                {
                    // "340 مساء", "1140 صباحا": hours and minutes run together, told apart from a count by the part of day after them.
                    if (key.Length is 3 or 4 && Is(j + 1, TimeWordKind.Part) && !t[j + 1].Article && CompactClock(key, out var ch, out var cm))
                    {
                        return FinishClock(j + 1, marker, j, ch, cm, null, bare, out clock);
                    }

                    // A plain number is an hour only after الساعة or before a part of day.
                    if (key.Length > 2 || !(marker || bare || IsPartAfter(j + 1)))
                    {
                        return -1;
                    }
                }

                var parts = key.Split(':');
                if (parts.Length is < 1 or > 3 || !parts.All(p => p.Length is >= 1 and <= 2 && p.All(char.IsAsciiDigit)))
                {
                    return -1;
                }

                hour = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
                if (parts.Length > 1)
                {
                    minute = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                }

                if (parts.Length > 2)
                {
                    second = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                }

                e = j + 1;
            }
            else
            {
                // Hours in words are feminine ordinals with the article (العاشرة، الحادية عشرة) or cardinals after الساعة.
                // Hours are feminine (the hour, الساعة, is): without الساعة a masculine ordinal is the second of
                // something else ("في الثاني" after "الشوط الأول").
                e = NumberReader.ReadHour(t, j, end, out hour, out var ordinal);
                if (e < 0 || (!ordinal && !marker) || (ordinal && !t[j].Article) || (ordinal && !marker && !Feminine(j)))
                {
                    return -1;
                }
            }

            return FinishClock(e, marker, j, hour, minute, second, bare, out clock);
        }

        /// <summary>
        /// The rest of a clock time after its hour (and minutes in digits): minutes in words or fractions, minutes
        /// taken away with إلا, and a part of day.
        /// </summary>
        private int FinishClock(int e, bool marker, int j, int hour, int? minute, int? second, bool bare, out Clock clock)
        {
            clock = NoClock;
            if (hour > 24 || minute > 59 || second > 59)
            {
                return -1;
            }

            // "والنصف", "والربع", "والثلث", "وثلاثة أرباع", "و 30 دقيقة", "وخمسة وثلاثين مساء"
            if (minute is null && HourFraction(e, out var fm) is var fe && fe > 0)
            {
                minute = fm;
                e = fe;
            }
            else if (minute is null && (Is(e, TimeWordKind.And) || (In(e) && t[e].Conj)))
            {
                var k = Is(e, TimeWordKind.And) ? e + 1 : e;
                var n = NumberReader.Read(t, k, end, out var mv, out _);
                if (n > 0 && mv is >= 1 and <= 59 && mv == Math.Floor(mv))
                {
                    // Without دقيقة the number must be followed by a part of day, or it may be a count ("الساعة الثامنة و 3 جرحى").
                    if (W(n, TimeWordKind.Unit) is { Unit: TimeUnit.Minute })
                    {
                        minute = (int)mv;
                        e = n + 1;
                    }
                    else if (IsPartAfter(n))
                    {
                        minute = (int)mv;
                        e = n;
                    }
                }
            }

            // "إلا ربعا", "والنصف إلا ثلاث دقائق": minutes before the hour (or before the half hour).
            if (In(e) && t[e].Key == "الا" && second is null)
            {
                var taken = -1;
                var after = e + 1;
                if (W(after, TimeWordKind.Fraction) is { } f2)
                {
                    taken = (int)Math.Round(f2.Number * 60);
                    after++;
                }
                else if (NumberReader.Read(t, after, end, out var tv, out var tord) is var tn && tn > 0 && !tord && tv is >= 1 and <= 30
                    && W(tn, TimeWordKind.Unit) is { Unit: TimeUnit.Minute })
                {
                    taken = (int)tv;
                    after = tn + 1;
                }

                if (taken > 0)
                {
                    var total = (hour * 60) + (minute ?? 0) - taken;
                    if (total < 0)
                    {
                        total += 24 * 60;
                    }

                    hour = total / 60;
                    minute = total % 60;
                    e = after;
                }
            }

            string? part = null;
            var pe = e;
            if (Is(pe, TimeWordKind.In))
            {
                pe++;
            }

            if (W(pe, TimeWordKind.Part) is { } p && !Is(pe, TimeWordKind.RelDay) && (pe == e ? !t[pe].Article || p.Text is "MI" : t[pe].Article))
            {
                part = p.Text;
                e = pe + 1;
            }
            else if (Is(e, TimeWordKind.After) && W(e + 1, TimeWordKind.Part) is { Text: "MI" })
            {
                part = "AF";
                e += 2;
            }
            else if (MidnightOrNoon(e, out var atNight) is var me && me > 0)
            {
                // "12 منتصف الليل" (00:00), "1:00 منتصف الليل" (01:00): the hour counted in the night or at noon.
                part = atNight ? "NI" : "MI";
                e = me;
            }

            // "9 مساء وثلاثة أرباع", "الثامنة صباحا والنصف": the fraction said after the part of day.
            if (minute is null && part is not null && HourFraction(e, out var late) is var le && le > 0)
            {
                minute = late;
                e = le;
            }

            if (!marker && minute is null && part is null && !(bare && hour <= 12))
            {
                return -1;
            }

            if (!marker && t[j].Kind == TokenKind.Number && minute is not null && second is null && part is null && hour > 23)
            {
                return -1;
            }

            clock = new Clock(hour, minute, second, part);
            return e;
        }

        /// <summary>
        /// منتصف before الليل/ليل/ليلة (midnight) or النهار/نهار (noon), also written with a hyphen; the end, or -1.
        /// منتصف before anything else is the middle of a period ("منتصف الأسبوع"), which is not a clock time.
        /// </summary>
        private int MidnightOrNoon(int i, out bool night)
        {
            night = false;
            if (!Is(i, TimeWordKind.Midpoint))
            {
                return -1;
            }

            var k = Punct(i + 1, '-') ? i + 2 : i + 1;
            if (!In(k))
            {
                return -1;
            }

            night = t[k].Bare is "الليل" or "ليل" or "ليله";
            return night || t[k].Bare is "النهار" or "نهار" ? k + 1 : -1;
        }

        /// <summary>
        /// A fraction of the hour joined to it by و: "والنصف" (30 minutes), "والربع" (15), "والثلث" (20), "وثلاثة أرباع"
        /// (45); the end and the minutes, or -1.
        /// </summary>
        private int HourFraction(int i, out int minutes)
        {
            minutes = 0;
            if (!In(i) || !t[i].Conj)
            {
                return -1;
            }

            if (W(i, TimeWordKind.Fraction) is { } f)
            {
                minutes = (int)Math.Round(f.Number * 60);
                return i + 1;
            }

            if (W(i, TimeWordKind.Number) is { Number: 3 } && In(i + 1) && t[i + 1].Bare is "ارباع")
            {
                minutes = 45;
                return i + 2;
            }

            return -1;
        }

        /// <summary>
        /// "ثلاث دقائق قبل الثامنة" (7:57), "عشرين دقيقة بعد الخامسة" (5:20): minutes counted from an hour in words or
        /// after الساعة; a count of minutes before a bare number stays a duration.
        /// </summary>
        private int MinutesFromHour(int i, out Clock clock)
        {
            clock = NoClock;
            // ClockAt starts here for every candidate: look for the minute word first, which is cheaper than reading a number.
            if (!In(i) || !(t[i].Kind == TokenKind.Number || t[i].HasAny(NumberWords)) || !MinuteWordWithin(i + 1, i + 4))
            {
                return -1;
            }

            var n = NumberReader.Read(t, i, end, out var minutes, out var ordinal);
            if (n < 0 || ordinal || minutes is < 1 or > 59 || W(n, TimeWordKind.Unit) is not { Unit: TimeUnit.Minute } || !(Is(n + 1, TimeWordKind.Ago) || Is(n + 1, TimeWordKind.After)))
            {
                return -1;
            }

            var h = n + 2;
            if (!In(h) || !(t[h].Has(TimeWordKind.Clock) || (t[h].Article && t[h].Has(TimeWordKind.Ordinal))))
            {
                return -1;
            }

            var e = ClockAt(h, out var hourClock, bare: true);
            if (e < 0 || hourClock.Minute is not null)
            {
                return -1;
            }

            var total = (hourClock.Hour * 60) + (Is(n + 1, TimeWordKind.Ago) ? -(int)minutes : (int)minutes);
            if (total < 0)
            {
                total += 24 * 60;
            }

            clock = hourClock with { Hour = total / 60, Minute = total % 60 };
            return e;
        }

        private bool MinuteWordWithin(int from, int to)
        {
            for (var k = from; k <= to && k < end; k++)
            {
                if (W(k, TimeWordKind.Unit) is { Unit: TimeUnit.Minute })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"340" as 3:40 and "1140" as 11:40: an hour of 1-12 and minutes below 60.</summary>
        private static bool CompactClock(string key, out int hour, out int minute)
        {
            hour = minute = 0;
            if (!key.All(char.IsAsciiDigit))
            {
                return false;
            }

            var n = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
            hour = n / 100;
            minute = n % 100;
            return hour is >= 1 and <= 12 && minute < 60;
        }

        /// <summary>Whether the tokens from i leave a bare hour standing alone: the end of the sentence, punctuation, or another time word.</summary>
        private bool EndsClause(int i) =>
            !In(i) || t[i].Kind is TokenKind.Punctuation or TokenKind.Symbol || t[i].HasAny(ClauseEndingKinds);

        private bool IsPartAfter(int i) =>
            Is(i, TimeWordKind.Part) || MidnightOrNoon(i, out _) > 0 || (Is(i, TimeWordKind.In) && Is(i + 1, TimeWordKind.Part)) || (Is(i, TimeWordKind.Fraction) && t[i].Conj && IsPartAfter(i + 1));

        private TimeMention? ClockExpression(int i)
        {
            // A part of day before the clock: "بعد الظهر الساعة 7", "مساء الساعة 8".
            string? before = null;
            var k = i;
            if (Is(k, TimeWordKind.After) && W(k + 1, TimeWordKind.Part) is { Text: "MI" })
            {
                before = "AF";
                k += 2;
            }
            else if (W(k, TimeWordKind.Part) is { } p0 && !Is(k, TimeWordKind.RelDay))
            {
                before = p0.Text;
                k++;
            }

            if (before is not null)
            {
                var ck = Is(k, TimeWordKind.In) ? k + 1 : k;
                var ce = ClockAt(ck, out var c0, bare: true);
                if (ce > 0)
                {
                    var withPart = c0.Part is null ? c0 with { Part = before } : c0;
                    var recurring = WithRecurrence(ce, withPart, out var last);
                    return recurring is not null ? Make(i, last, recurring) : Make(i, ce - 1, new ClockMeaning(withPart));
                }
            }

            // "في السابعة", "عند الحادية عشرة": an hour in words after a preposition, when nothing follows that would
            // make it an ordinal of something else ("في السابعة من عمره", "في الثانية فجرا" is still a clock).
            if (Is(i, TimeWordKind.In) && In(i + 1) && t[i + 1].Article && t[i + 1].Has(TimeWordKind.Ordinal))
            {
                var he = ClockAt(i + 1, out var hc, bare: true);
                if (he > 0 && EndsClause(he))
                {
                    return Make(i + 1, he - 1, new ClockMeaning(hc));
                }
            }

            // "عند 7": after عند a bare hour in digits is a clock time (في 7 would be a day of the month).
            if (In(i) && t[i].Bare == "عند" && In(i + 1) && t[i + 1].Kind == TokenKind.Number && t[i + 1].Key.Length <= 2 && int.TryParse(t[i + 1].Key, out var at) && at is >= 1 and <= 12)
            {
                var ae = ClockAt(i + 1, out var ac, bare: true);
                if (ae > 0 && EndsClause(ae))
                {
                    return Make(i + 1, ae - 1, new ClockMeaning(ac));
                }
            }

            // "الظهيرة", "عند الظهر": noon. الظهر is also the back ("تدليك الظهر", "حقائب الظهر"), so it is noon only after a
            // word of time (عند، وقت، حتى، منذ، قبل); "بعد الظهر" is the afternoon.
            if (W(i, TimeWordKind.Part) is { Text: "MI" } && t[i].Article && !Is(i - 1, TimeWordKind.After)
                && (t[i].Bare.EndsWith("ظهيره", StringComparison.Ordinal) || (In(i - 1) && t[i - 1].Bare is "عند" or "وقت" or "حتي" or "منذ" or "قبل"))
                && EndsClause(i + 1))
            {
                return Make(i, i, new ClockMeaning(new Clock(12, null, null, null)));
            }

            var e = ClockAt(i, out var clock);
            if (e < 0)
            {
                return null;
            }

            if (WithRecurrence(e, clock, out var lastToken) is { } set)
            {
                return Make(i, lastToken, set);
            }

            // A clock in digits without الساعة or a part of day is often a score or a ratio: keep only h:mm.
            return Make(i, e - 1, new ClockMeaning(clock));
        }

        /// <summary>A recurrence after a clock time: "الساعة 9 صباحا كل يوم أحد" (XXXX-WXX-7T09), "الساعة 3 مساء كل يوم" (T15).</summary>
        private SetMeaning? WithRecurrence(int i, Clock clock, out int last)
        {
            last = i - 1;
            if (SetExpression(i) is { Meaning: SetMeaning set } m && (set.Value.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || set.Value == "P1D"))
            {
                last = m.LastToken;
                return new SetMeaning((set.Value == "P1D" ? "" : set.Value) + TimeValues.Clock(clock));
            }

            return null;
        }

        private TimeMention? DecadeExpression(int i)
        {
            if (W(i, TimeWordKind.Decade) is { } d)
            {
                var k = i + 1;
                if (Is(k, TimeWordKind.From))
                {
                    k++;
                }

                var c = CenturyAt(k, out var century);
                return c > 0 ? Make(i, c - 1, new DecadeMeaning(century, (int)d.Number)) : Make(i, i, new DecadeMeaning(null, (int)d.Number));
            }

            var e = CenturyAt(i, out var value);
            return e > 0 ? Make(i, e - 1, new CenturyMeaning(value)) : null;
        }

        /// <summary>"القرن الحادي والعشرين" (20), "القرن العشرين" (19), "القرن الماضي" (relative to the anchor: -100 plus the offset).</summary>
        private int CenturyAt(int i, out int value)
        {
            value = 0;
            if (!(Is(i, TimeWordKind.Century) || (W(i, TimeWordKind.Unit) is { Unit: TimeUnit.Century, Number: 0 } && t[i].Article)))
            {
                return -1;
            }

            var n = NumberReader.Read(t, i + 1, end, out var v, out var ordinal);
            if (n > 0 && ordinal && v is >= 1 and <= 30)
            {
                value = (int)v - 1;
                return n;
            }

            if (W(i + 1, TimeWordKind.Modifier) is { } mod)
            {
                value = -100 + (int)mod.Number;
                return i + 2;
            }

            return -1;
        }

        /// <summary>d/m/yyyy, d-m-yyyy, yyyy/m/d, yyyy-mm-dd, d.m.yyyy in one number token.</summary>
        private static bool NumericDate(string key, out int year, out int month, out int day)
        {
            year = month = day = 0;
            if (key.AsSpan().IndexOfAny('/', '-', '.') < 0)
            {
                return false;
            }

            var parts = key.Split('/', '-', '.');
            if (parts.Length != 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            {
                return false;
            }

            int a = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), b = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), c = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            if (parts[0].Length == 4)
            {
                (year, month, day) = (a, b, c);
            }
            else if (parts[2].Length == 4)
            {
                (year, month, day) = b > 12 && a <= 12 ? (c, a, b) : (c, b, a);
            }
            else if (parts[2].Length == 2)
            {
                (year, month, day) = (2000 + c, b, a);
            }
            else
            {
                return false;
            }

            // Years before 1700 are Hijri (checked again when converted): their months have at most 30 days.
            return year is >= 1000 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= (year < 1700 ? 30 : DateTime.DaysInMonth(year, month));
        }

        /// <summary>
        /// "26 / 9 / 1436هـ", "3/ 12/ 1436هـ", "13 /10 /1436هـ": a numeric date with spaces around its slashes, which the
        /// tokenizer splits into five tokens. Saudi papers write their Hijri dates so more often than not (about 880 of the
        /// 1,280 numeric dates with a 13xx or 14xx year in SaudiNewsNet). Only with a four-digit year, so that a ratio or a
        /// score ("3 / 4") is never read as one.
        /// </summary>
        private bool SpacedNumericDate(int i, out int year, out int month, out int day)
        {
            year = month = day = 0;
            // The same with dashes, "25 - 1 - 1427هـ", "12 - 9 - 1433هـ": both separators alike.
            return In(i + 4) && t[i].Kind == TokenKind.Number
                && ((Punct(i + 1, '/') && Punct(i + 3, '/')) || (Punct(i + 1, '-') && Punct(i + 3, '-'))) && t[i + 2].Kind == TokenKind.Number
                && t[i + 4].Kind == TokenKind.Number && t[i + 4].Key.Length == 4
                && NumericDate(t[i].Key + "/" + t[i + 2].Key + "/" + t[i + 4].Key, out year, out month, out day);
        }

        /// <summary>
        /// A year of a numeric date that can only be Hijri: the Um al-Qura years 1300-1500 (1882-2077). A Gregorian year
        /// from 1300 to 1500 is never written in digits as a day of a month in news, while Saudi papers often leave the هـ
        /// out of "الجمعة الموافق 18/8/1436" (it was read as 18 August 1436 of the Christian era).
        /// </summary>
        private static bool HijriNumericYear(int year) => year is >= 1300 and <= 1500;

        private bool IntroducesDay(int i) => Is(i, TimeWordKind.In) || Is(i, TimeWordKind.Every) || (In(i) && t[i].Bare is "يوم" or "بتاريخ" or "تاريخ");

        /// <summary>
        /// d/m (or m/d when the second number cannot be a month) in one number token with a slash or a dash; whether a part
        /// is zero-padded and whether the separator is a dash (a dash is also how a score is written).
        /// </summary>
        private static bool NumericDayMonth(string key, out int month, out int day, out bool padded, out bool dash)
        {
            month = day = 0;
            dash = key.Contains('-', StringComparison.Ordinal);
            padded = false;
            if (!key.Contains('/', StringComparison.Ordinal) && !dash)
            {
                return false;
            }

            var parts = key.Split('/', '-');
            if (parts.Length != 2 || !parts.All(p => p.Length is 1 or 2 && p.All(char.IsAsciiDigit)))
            {
                return false;
            }

            padded = parts.Any(p => p is ['0', _]);

            int a = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), b = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            (day, month) = b > 12 ? (b, a) : (a, b);
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);
        }

        /// <summary>m/yyyy, yyyy/m, m-yyyy, yyyy.m in one number token.</summary>
        private static bool NumericMonth(string key, out int year, out int month)
        {
            year = month = 0;
            if (key.AsSpan().IndexOfAny('/', '-', '.') < 0)
            {
                return false;
            }

            var parts = key.Split('/', '-', '.');
            if (parts.Length != 2 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            {
                return false;
            }

            var (y, m) = parts[0].Length == 4 ? (parts[0], parts[1]) : parts[1].Length == 4 ? (parts[1], parts[0]) : ("", "");
            if (y.Length == 0 || m.Length > 2)
            {
                return false;
            }

            year = int.Parse(y, System.Globalization.CultureInfo.InvariantCulture);
            month = int.Parse(m, System.Globalization.CultureInfo.InvariantCulture);
            return year is >= 1900 and <= 2100 && month is >= 1 and <= 12;
        }
    }
}
