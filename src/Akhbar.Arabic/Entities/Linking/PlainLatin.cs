using System.Globalization;
using System.Text;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A Latin name as English news writes it: GeoNames gives scholarly transliterations ("Najrān", "Ta’if"), the press
/// writes "Najran" and "Ta'if". Diacritics are dropped and typographic apostrophes become plain ones.
/// </summary>
public static class PlainLatin
{
    public static string Of(string name)
    {
        if (name.All(char.IsAscii))
        {
            return name;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c is '\u2019' or '\u2018' or '\u02BB' or '\u02BC' ? '\'' : c);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
