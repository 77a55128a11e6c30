namespace Akhbar.Arabic.Time;

/// <summary>
/// "اليوم" that names a paper, not the day: the Saudi daily Al Yaum in quotation marks ("صرح لـ«اليوم»") and the
/// online paper Ain Alyoum ("عين اليوم"), whose byline opens many of its articles ("فلان – عين اليوم"). Read as
/// today, each gave a spurious date: "عين اليوم" occurs 1,823 times in SaudiNewsNet's 31,030 articles and «اليوم» 58
/// times; none of the 45 and 4 of them in a 1,500-article sample is a day. "اليوم" alone in quotation marks is read so
/// because a paper's name is what news quotes that way; the day is not quoted on its own.
/// </summary>
public static class PaperNamedToday
{
    private const string Today = "اليوم";
    private const string Ain = "عين";

    private static readonly HashSet<char> QuotationMarks = ['«', '»', '"', '“', '”', '\''];

    public static bool IsPaperName(string text, TimeMention mention)
    {
        if (mention.FirstToken != mention.LastToken || !text.AsSpan(mention.Start, mention.End - mention.Start).SequenceEqual(Today))
        {
            return false;
        }

        var before = text.AsSpan(0, mention.Start);
        var after = text.AsSpan(mention.End);
        if (before.Length > 0 && after.Length > 0 && QuotationMarks.Contains(before[^1]) && QuotationMarks.Contains(after[0]))
        {
            return true;
        }

        // "عين اليوم": the word right before is عين, standing as a word of its own (after a space, a quotation mark or a
        // line start), one space away.
        var words = before.TrimEnd(' ');
        return words.Length == before.Length - 1 && words.EndsWith(Ain, StringComparison.Ordinal)
            && (words.Length == Ain.Length || !char.IsLetter(words[^(Ain.Length + 1)]));
    }
}
