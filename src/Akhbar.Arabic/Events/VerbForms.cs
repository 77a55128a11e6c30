namespace Akhbar.Arabic.Events;

/// <summary>
/// The surface forms that news text uses for a verb given as its folded past third-person masculine lemma (the form
/// dictionaries list: "هاجم", "التقي", "دعا"): past masculine, feminine, plural and dual, and the present with the
/// prefixes ي ت ن, plural and dual. Clitics (و ف س، object pronouns) are not added here: the lexicon lookup strips
/// them. The presents of hollow verbs of form I (قال / يقول) and other irregular presents are not derived; the curation file
/// lists their forms.
/// </summary>
public static class VerbForms
{
    public static IEnumerable<string> Of(string lemma)
    {
        if (lemma.Length < 2)
        {
            yield break;
        }

        // Forms IV, VII, VIII and X start with a hamzat wasl or qat' that the present drops: اجتمع / يجتمع, استنكر / يستنكر.
        var present = lemma.Length >= 4 && lemma[0] == 'ا' ? lemma[1..] : lemma;
        if (lemma.Length == 4 && lemma[0] == 'ا' && lemma[2] == 'ا')
        {
            // Hollow verbs of form IV (أشاد / يشيد، أفاد / يفيد): the long vowel of the present is ي; "تشاد" is Chad.
            present = lemma[1] + "ي" + lemma[3];
        }

        yield return lemma;
        if (lemma[^1] == 'ي' && lemma.Length >= 3)
        {
            // Defective verbs (التقى، أجرى، تخلى; ى is folded to ي): the final letter falls before a suffix.
            var stem = lemma[..^1];
            yield return stem + "ت";
            yield return stem + "وا";
            yield return stem + "تا";
            yield return lemma + "ا";
            yield return "ي" + present;
            yield return "ت" + present;
            yield return "ن" + present;
            yield return "ي" + present[..^1] + "ون";

            // The jussive after لم drops the final letter: لم يلتق، لم يجر.
            yield return "ي" + present[..^1];
            yield return "ت" + present[..^1];
            yield return "ي" + present + "ان";
            yield return "ت" + present + "ان";
            yield break;
        }

        if (lemma[^1] == 'ا' && lemma.Length == 3)
        {
            // دعا / يدعو: a final waw in the present.
            var stem = lemma[..^1];
            yield return stem + "ت";
            yield return stem + "وا";
            yield return stem + "تا";
            yield return "ي" + stem + "و";
            yield return "ت" + stem + "و";
            yield return "ن" + stem + "و";
            yield return "ي" + stem + "ون";
            yield return "ي" + stem + "وان";
            yield break;
        }

        yield return lemma + "ت";
        yield return lemma + "وا";
        yield return lemma + "ا";
        yield return lemma + "تا";
        if (lemma.Length == 3 && lemma[1] == 'ا')
        {
            // Hollow verbs of form I (قال / يقول، زار / يزور، دان / يدين): the present with alef is the passive ("يقال"، "يدان"
            // is condemned), so the present is listed by hand with the right long vowel.
            yield break;
        }

        yield return "ي" + present;
        yield return "ت" + present;
        yield return "ن" + present;
        yield return "ي" + present + "ون";
        yield return "ت" + present + "ون";
        yield return "ي" + present + "ان";
        yield return "ت" + present + "ان";
    }

    /// <summary>
    /// Whether <paramref name="form"/> (folded, without clitics) is a passive of <paramref name="lemma"/> that the script
    /// writes apart from the active: a hollow verb of form VIII (اغتال, passive اغتيل "was assassinated", اغتيلت،
    /// اغتيلوا، اغتيلا). Other passives (قُتل، اعتُقل) are written like their actives.
    /// </summary>
    public static bool IsWrittenPassive(string form, string lemma)
    {
        if (lemma.Length != 5 || lemma[0] != 'ا' || lemma[2] != 'ت' || lemma[3] != 'ا')
        {
            return false;
        }

        var passive = lemma[..3] + "ي" + lemma[4];
        return form == passive || form == passive + "ت" || form == passive + "وا" || form == passive + "ا";
    }

    /// <summary>
    /// Forms of an event noun given in the singular: the noun and its accusative with tanween alef ("هجوما"), which
    /// news text writes without the diacritic. Plurals are irregular in Arabic and are listed by hand.
    /// </summary>
    public static IEnumerable<string> OfNoun(string noun)
    {
        yield return noun;
        if (noun.Length > 2 && noun[^1] is not ('ه' or 'ا' or 'ي' or 'ء'))
        {
            yield return noun + "ا";
        }
    }
}
