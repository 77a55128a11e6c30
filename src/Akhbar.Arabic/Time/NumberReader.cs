using System.Globalization;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Time;

/// <summary>
/// Reads a number at a token: digits (Western or Arabic-Indic, folded in the key) or number words, cardinal or
/// ordinal, with teens (خمسة عشر، الحادي عشر), tens joined by و (واحد وعشرين، الحادي والعشرين), hundreds and
/// thousands (ألفين وثمانية عشر).
/// </summary>
public static class NumberReader
{
    /// <summary>The end (exclusive) of the number starting at <paramref name="i"/>, or -1.</summary>
    public static int Read(TimeToken[] t, int i, int end, out double value, out bool ordinal)
    {
        value = 0;
        ordinal = false;
        if (i >= end)
        {
            return -1;
        }

        if (t[i].Kind == TokenKind.Number)
        {
            return double.TryParse(t[i].Key, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) ? i + 1 : -1;
        }

        var j = i;
        var total = 0.0;
        var lastUnit = 0.0;
        while (j < end)
        {
            var k = j;
            if (k > i)
            {
                if (t[k].Has(TimeWordKind.And) && k + 1 < end && IsNumberWord(t[k + 1]))
                {
                    k++;
                }
                else if (!t[k].Conj && !(IsTeen(t[k]) && lastUnit is >= 1 and <= 9))
                {
                    break;
                }
            }

            var w = NumberWord(t[k]);
            if (w is null)
            {
                break;
            }

            var n = w.Value.Number;
            if (k > i && IsTeen(t[k]) && !t[k].Conj && lastUnit is >= 1 and <= 9)
            {
                total += 10;
                lastUnit = 0;
            }
            else
            {
                total += n;
                lastUnit = n;
            }

            ordinal |= w.Value.Kind == TimeWordKind.Ordinal;
            j = k + 1;
        }

        if (j == i)
        {
            return -1;
        }

        value = total;
        return j;
    }

    /// <summary>An hour in words: one number word, with a teen after it for 11 and 12 (الحادية عشرة), so that "الثامنة وعشرين دقيقة" keeps its minutes.</summary>
    public static int ReadHour(TimeToken[] t, int i, int end, out int hour, out bool ordinal)
    {
        hour = 0;
        ordinal = false;
        if (i >= end || NumberWord(t[i]) is not { } w || w.Number is < 1 or > 12 || w.Number != Math.Floor(w.Number) || t[i].Conj)
        {
            return -1;
        }

        hour = (int)w.Number;
        ordinal = w.Kind == TimeWordKind.Ordinal;
        if (hour <= 2 && i + 1 < end && IsTeen(t[i + 1]) && !t[i + 1].Conj)
        {
            hour += 10;
            return i + 2;
        }

        return i + 1;
    }

    public static bool IsNumberWord(TimeToken t) => NumberWord(t) is not null;

    private static bool IsTeen(TimeToken t) => t.Find(TimeWordKind.Number) is { Number: 10 };

    private static TimeWord? NumberWord(TimeToken t) =>
        t.Find(TimeWordKind.Number) ?? t.Find(TimeWordKind.Ordinal) ?? t.Find(TimeWordKind.Hundred) ?? t.Find(TimeWordKind.Thousand);
}
