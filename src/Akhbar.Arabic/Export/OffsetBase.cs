using Akhbar.Core.Model;

namespace Akhbar.Arabic.Export;

/// <summary>What the character offsets of an export count from.</summary>
public enum OffsetBase
{
    /// <summary>UTF-16 offsets into the raw input (the file, or the record's text field): they match the article as the user has it.</summary>
    Raw,

    /// <summary>UTF-16 offsets into the clean text of the akhbar.article/1 record.</summary>
    Clean,
}

/// <summary>Turns spans of the clean text into the offsets an export writes.</summary>
public static class ExportOffsets
{
    /// <summary>
    /// The start and length of <paramref name="span"/> counted in <paramref name="offsets"/>, or null when the span has
    /// no raw position (text that did not come from the raw body, such as a title given in its own JSON field).
    /// </summary>
    public static (int Start, int Length)? Of(Document doc, TextSpan span, OffsetBase offsets)
    {
        if (offsets == OffsetBase.Clean)
        {
            return (span.Start, span.Length);
        }

        return doc.Offsets.ToRaw(span) is { } raw ? (raw.Start, raw.End - raw.Start) : null;
    }
}
