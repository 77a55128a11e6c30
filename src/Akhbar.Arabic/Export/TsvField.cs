namespace Akhbar.Arabic.Export;

/// <summary>
/// Makes free text safe inside one field of a tab-separated GDELT row. A tab or a line break would split the row, and
/// GDELT's fields nest their own separators (';' between blocks, '#' or ',' between subfields, '|' in quotations), so
/// every such character becomes a space. Replacing one character by one character, instead of stripping it, keeps a
/// quotation's length equal to the length of the words it came from.
/// </summary>
public static class TsvField
{
    /// <summary>
    /// <paramref name="value"/> with tabs, line breaks and every character of <paramref name="reserved"/> replaced by
    /// spaces; an empty string for null.
    /// </summary>
    public static string Clean(string? value, string reserved = "")
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '\t' or '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' || reserved.Contains(c, StringComparison.Ordinal))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
