using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A capital named as the one who acts ("طالب موسكو", "واشنطن تحذر") stands for its country's government, as
/// news writes it; a capital after a preposition or a designator ("في موسكو", "بواشنطن", "العاصمة موسكو") is
/// only a place. A capital with at least one actor mention keeps its place and gets the CAMEO code of its
/// country's government, so that the event stage can code "موسكو تطالب" as RUSGOV.
/// </summary>
public static class CapitalActors
{
    /// <summary>Folded prepositions and place nouns that make the next word a location (a closed class).</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "في", "الي", "من", "عن", "علي", "مع", "حول", "بين", "داخل", "خارج", "نحو", "قرب", "عبر", "لدي", "حتي", "منذ", "امام", "عند", "تجاه",
        "شمال", "جنوب", "شرق", "غرب", "وسط", "ضواحي", "العاصمه", "عاصمه", "مدينه", "المدينه", "مطار", "سفاره", "سفير", "زار", "يزور", "زياره",

        // Nouns whose construct names an institution or a part of the city ("جامعة واشنطن", "عمدة لندن").
        "جامعه", "كليه", "كوليدج", "معهد", "عمده", "بلديه", "متحف", "بورصه", "شرطه", "مترو", "شوارع", "سكان", "محافظ", "حاكم", "ميناء", "معارض", "معرض",
    };

    /// <summary>
    /// Whether the mention at <paramref name="span"/> is used as an actor: no preposition, clitic preposition or
    /// place noun before it, and not a dateline (a line that starts with the city and a comma or dash: "لندن، بريطانيا (CNN)").
    /// </summary>
    public static bool IsActorMention(string text, TextSpan span)
    {
        if (IsDateline(text, span))
        {
            return false;
        }

        var i = span.Start - 1;
        if (i >= 0 && char.IsLetter(text[i]))
        {
            // A glued letter: ب، ل، ك are prepositions; و، ف are conjunctions, so look at the word before them.
            if (text[i] is 'ب' or 'ل' or 'ك')
            {
                return false;
            }

            if (i > 0 && char.IsLetter(text[i - 1]))
            {
                return false;
            }

            i--;
        }

        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        var previous = ArabicFolding.Fold(text.AsSpan(i + 1, end - i - 1));
        if (previous.Length > 1 && previous[0] is 'و' or 'ف' && PlaceWords.Contains(previous[1..]))
        {
            return false;
        }

        return !PlaceWords.Contains(previous);
    }

    private static bool IsDateline(string text, TextSpan span)
    {
        var lineStart = span.Start == 0 || text[span.Start - 1] == '\n';
        var next = span.End;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return lineStart && next < text.Length && text[next] is '،' or ',' or '-' or '–' or '(';
    }
}
