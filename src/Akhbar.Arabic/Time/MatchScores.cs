namespace Akhbar.Arabic.Time;

/// <summary>
/// A match score with a nil side ("2-صفر", "3 / صفر", "صفر - 1") is no date: صفر (zero) is also the Hijri month Safar, and
/// the recognizer read "2-صفر" as the second of Safar. A score is two numbers joined by a dash or slash, one of them the
/// word صفر and no year after it; a Hijri date writes a space or nothing between the day and the month ("2 صفر 1440").
/// Over 600 sport pages (300 ant-multisource, 300 SaudiNewsNet) 71 such "dates" were found, every one a score.
/// </summary>
public static class MatchScores
{
    private const string Zero = "صفر";

    /// <summary>Whether the text of a time mention is a score: its digits and صفر joined by a dash or a slash alone.</summary>
    public static bool IsScore(ReadOnlySpan<char> mention)
    {
        mention = mention.Trim();
        if (mention.EndsWith(Zero))
        {
            return IsDigitsAndJoiner(mention[..^Zero.Length]);
        }

        return mention.StartsWith(Zero) && IsDigitsAndJoiner(mention[Zero.Length..], joinerFirst: true);
    }

    /// <summary>"2-" or "2 / " (the joiner after the digits), or " - 1" (the joiner before them).</summary>
    private static bool IsDigitsAndJoiner(ReadOnlySpan<char> rest, bool joinerFirst = false)
    {
        rest = rest.Trim();
        if (rest.IsEmpty)
        {
            return false;
        }

        var joiner = joinerFirst ? rest[0] : rest[^1];
        if (joiner is not ('-' or '/' or '–' or '\\'))
        {
            return false;
        }

        var digits = (joinerFirst ? rest[1..] : rest[..^1]).Trim();
        if (digits.IsEmpty || digits.Length > 2)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
