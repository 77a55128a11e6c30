namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A CAMEO actor code valid from <see cref="From"/> to <see cref="To"/> (yyyymmdd, inclusive; 0 and
/// 99999999 for open ends), as the PETRARCH dictionaries write it: "[RUSGOV &gt;20040309]",
/// "[IGO 19940922-20040712]", "[USRARM &lt;900823]" (six-digit dates are yymmdd).
/// </summary>
public readonly record struct ActorCode(string Code, int From, int To)
{
    public const int Open = 99_999_999;

    public bool Covers(int date) => date >= From && date <= To;

    public bool Overlaps(ActorCode other) => From <= other.To && other.From <= To;

    /// <summary>Parses the inside of the brackets; null when it holds no code.</summary>
    public static ActorCode? Parse(string inside)
    {
        var parts = inside.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '!' or '~'))
        {
            return null;
        }

        var code = parts[0];
        if (parts.Length == 1)
        {
            return new ActorCode(code, 0, Open);
        }

        var range = parts[1].Replace(" ", string.Empty, StringComparison.Ordinal);
        if (range.StartsWith('>'))
        {
            return new ActorCode(code, Date(range[1..]), Open);
        }

        if (range.StartsWith('<'))
        {
            return new ActorCode(code, 0, Date(range[1..]));
        }

        var dash = range.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            var from = Date(range[..dash]);
            var to = Date(range[(dash + 1)..]);

            // The Arabic dictionary writes "-18000101" for an open end.
            return new ActorCode(code, from, to < from ? Open : to);
        }

        return new ActorCode(code, 0, Open);
    }

    private static int Date(string digits)
    {
        if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return 0;
        }

        if (digits.Length == 6)
        {
            // yymmdd: the dictionaries cover the 20th and early 21st centuries.
            var yy = n / 10_000;
            return ((yy >= 30 ? 1900 : 2000) + yy) * 10_000 + n % 10_000;
        }

        return n;
    }
}
