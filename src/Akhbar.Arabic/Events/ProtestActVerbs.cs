using Akhbar.Core.Text;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Verbs that tell what protesters do as protesters: gather, march, block, storm, burn, stay put, chant and carry
/// banners, and the light verbs that lead to such an act. With protesters as their subject they are a demonstration (141, EventFinder.GenericActors); other verbs
/// whose subject is the protesters are not ("وقرر المتظاهرون"، "وأصدر المتظاهرون بيانا"، "وحاول المتظاهرون"، "سقط
/// متظاهرون"): on the arabic-event-gsr PROTEST sentences those were almost all labelled no. Lemmas hand-written from general
/// knowledge of Arabic; their forms come from <see cref="VerbForms"/>, hollow and doubled ones are listed as written.
/// </summary>
internal static class ProtestActVerbs
{
    private static readonly string[] Lemmas =
    [
        // gathering and marching
        "تجمع", "تجمهر", "احتشد", "تظاهر", "تدفق", "خرج", "نزل", "سار", "زحف", "جاب", "طاف", "توافد", "تقاطر",
        // blocking, storming, burning, throwing
        "اغلق", "قطع", "اقتحم", "رشق", "احرق", "حرق", "اضرم", "اشعل", "حطم", "هاجم", "اشتبك", "حاصر", "احتل", "رمى", "اجبر",
        // light verbs and verbs of going on, whose object or complement is the protest act ("أقدم متظاهرون على قطع الطريق"،
        // "وقام المتظاهرون بإحراق الأعلام"، "استمر آلاف المتظاهرين في مسيراتهم")
        "اقدم", "قام", "واصل", "استمر", "جاء",
        // staying put and striking
        "اعتصم", "اضرب", "رابط",
        // chanting and carrying banners and pictures
        "هتف", "ردد", "رفع", "حمل", "لوح", "ندد", "طالب",
    ];

    /// <summary>Forms a regular derivation misses: hollow and doubled verbs ("سار / يسيرون"، "جاب"، "طاف").</summary>
    private static readonly string[] Irregular =
    [
        "سار", "ساروا", "سارت", "يسير", "يسيرون", "تسير", "جابوا", "جابت", "يجوبون", "تجوب", "طافوا", "طافت", "يطوفون", "تطوف",
        "رموا", "يرمون", "يرددون", "رددوا", "قاموا", "قامت", "يقوم", "يقومون", "تقوم", "جاؤوا", "جاءوا", "جاءت", "يجيء",
    ];

    private static readonly HashSet<string> Forms = Build();

    private static HashSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lemma in Lemmas)
        {
            foreach (var form in VerbForms.Of(ArabicFolding.Fold(lemma)))
            {
                forms.Add(form);
            }
        }

        foreach (var form in Irregular)
        {
            forms.Add(ArabicFolding.Fold(form));
        }

        return forms;
    }

    /// <summary>Whether a folded key, without a leading و or ف, is a form of a protest act verb.</summary>
    public static bool Contains(string key) => Forms.Contains(key);
}
