namespace Akhbar.Core.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic and error codes, so that users can search for a code and find what it means
/// (docs/CONTRACT.md lists them too).
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The article has no text left after cleaning.</summary>
    public const string EmptyAfterCleaning = "AK001";

    /// <summary>The input is not valid UTF-8; the offending bytes were not decoded.</summary>
    public const string InvalidUtf8 = "AK002";

    /// <summary>The input looks binary (NUL bytes or mostly non-text).</summary>
    public const string BinaryInput = "AK003";

    /// <summary>The input is larger than the configured limit.</summary>
    public const string TooLarge = "AK004";

    /// <summary>A JSON line could not be parsed or lacks the text of the article.</summary>
    public const string BadRecord = "AK005";

    /// <summary>A publication date could not be read.</summary>
    public const string BadDate = "AK006";

    /// <summary>The input is empty.</summary>
    public const string EmptyInput = "AK007";

    /// <summary>A quotation mark opens and never closes (or closes without opening).</summary>
    public const string UnbalancedQuote = "AK101";

    /// <summary>The HTML page has no recognizable article body; the whole page text was used.</summary>
    public const string NoArticleBody = "AK102";

    /// <summary>A weekday named next to a date or a relative day does not fall on that day ("أمس الجمعة" on a Monday).</summary>
    public const string WeekdayMismatch = "AK301";

    /// <summary>The corpus database was written by a newer Akhbar (a schema this one does not know).</summary>
    public const string DatabaseTooNew = "AK201";

    /// <summary>The corpus database cannot be opened (not SQLite, no permission, corrupt).</summary>
    public const string DatabaseUnreadable = "AK202";

    /// <summary>A corpus command named a database that does not exist.</summary>
    public const string DatabaseMissing = "AK203";

    /// <summary>The input had no publication date; relative times were resolved against a date found in the text (a dateline).</summary>
    public const string DateFromDateline = "AK302";
}
