using System.Text.Json;

namespace Akhbar.Tests.Storage;

/// <summary>
/// A small corpus written for these tests (invented news, not copied from any outlet): a few stories, one
/// republished with small edits, one exact copy under another id, and one record with no text.
/// </summary>
public static class SmallCorpus
{
    public const string Agreement =
        "وقع وزيرا الخارجية في عمان اليوم على الاتفاق الجديد للتعاون في مجال المياه والطاقة بين البلدين. " +
        "وقال الوزير الأول إن الإتفاق يفتح صفحة جديدة في العلاقات ويعزز التبادل التجاري بين الجانبين خلال السنوات المقبلة. " +
        "وأضاف أن والاتفاق سيعرض على البرلمان في الشهر المقبل للتصديق عليه قبل دخوله حيز التنفيذ في بداية العام القادم. " +
        "وأشار الوزير الثاني إلى أن المفاوضات استمرت أكثر من عامين وشارك فيها خبراء من الجانبين في جولات عديدة. " +
        "ويتضمن الاتفاق بنودا لإنشاء محطة مشتركة لتحلية مياه البحر على الساحل وربط شبكتي الكهرباء في البلدين بخط جديد. " +
        "كما ينص على تشكيل لجنة فنية دائمة تجتمع كل ثلاثة أشهر لمتابعة التنفيذ ورفع تقارير دورية إلى الحكومتين. " +
        "وقدرت مصادر رسمية كلفة المشاريع المشمولة بنحو ملياري دولار يتقاسمها الطرفان بالتساوي مع مساهمة من صناديق إقليمية. " +
        "ورحبت غرف التجارة في البلدين بالخطوة معتبرة أنها ستفتح فرص عمل جديدة للشباب في قطاعي الطاقة والمياه.";

    public const string Floods =
        "ضربت فيضانات قوية عدة قرى في الجنوب يوم الأحد وأدت إلى إجلاء مئات العائلات من منازلها. " +
        "وقالت فرق الدفاع المدني إنها تعمل على فتح الطرق المغلقة وإيصال المساعدات إلى المناطق المتضررة. " +
        "وتوقعت الأرصاد الجوية استمرار هطول الأمطار الغزيرة حتى نهاية الأسبوع مع انخفاض في درجات الحرارة.";

    public const string Football =
        "فاز المنتخب الوطني على ضيفه بثلاثة أهداف مقابل هدف في المباراة التي أقيمت مساء السبت في العاصمة. " +
        "وسجل المهاجم الشاب هدفين في الشوط الثاني بعد تمريرات متقنة من لاعبي الوسط أمام جمهور كبير. " +
        "وبهذا الفوز يتصدر المنتخب مجموعته في التصفيات المؤهلة إلى البطولة القارية المقبلة.";

    /// <summary>The agreement story as another site republished it: one word changed, one sentence added.</summary>
    public static string AgreementRepublished =>
        Agreement.Replace("خلال السنوات المقبلة", "خلال الأعوام المقبلة", StringComparison.Ordinal) + " ولم يعلق الجانبان على التفاصيل.";

    public static string Line(string id, string title, string text, string published, string source = "test") =>
        JsonSerializer.Serialize(new { id, title, text, published, source });

    /// <summary>Writes the corpus as one JSON Lines file and returns its path.</summary>
    public static string Write(string dir)
    {
        var path = Path.Combine(dir, "small.jsonl");
        File.WriteAllLines(path,
        [
            Line("a1", "اتفاق للتعاون في المياه", Agreement, "2018-09-10"),
            Line("f1", "فيضانات في الجنوب", Floods, "2018-09-11"),
            Line("s1", "فوز المنتخب", Football, "2018-09-12"),
            Line("a2", "اتفاق جديد للتعاون", AgreementRepublished, "2018-09-12", "other"),
            Line("f2", "فيضانات في الجنوب", Floods, "2018-09-11", "other"),
            "{\"id\": \"e1\", \"title\": \"بلا نص\", \"text\": \"\"}",
            "this line is not JSON",
        ]);
        return path;
    }
}
