using System.Collections.Frozen;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags as an organization a public body named by its head noun and the genitive chain after it, which the tagger, trained
/// on foreign-news ANERcorp, leaves untagged where no country nisba follows: "وزارة الشؤون الإسلامية والأوقاف", "هيئة
/// الهلال الأحمر", "الهيئة العامة للإحصاء", "الإدارة العامة للتعليم", "المندوبية الجهوية للتربية", "محكمة الاستئناف",
/// "المحكمة الابتدائية". Saudi and Tunisian local news name their ministries, authorities, directorates and courts this
/// way, with the country understood (over 2,000 SaudiNewsNet and 1,000 Jawhara FM articles, 561 "وزارة" + a definite
/// word were untagged against 113 tagged). Two shapes:
/// <list type="bullet">
/// <item>a head in the construct state (<see cref="ConstructHeads"/>: وزارة، هيئة، محكمة، ديوان, with or without و/ب/ل)
/// followed by a definite word, then the chain goes on over definite words (adjectives and genitives) and definite words
/// joined by و ("وزارة التجارة والصناعة"); not over a word in لل, which after a whole name is most often the object of the
/// verb ("نجاح وزارة الداخلية للتنظيم"), and not past a country's nisba, which ends the name ("وزارة الدفاع الإيطالية");
/// مصلحة was left out: it is far more often "interest" ("لمصلحة الانضمام");</item>
/// <item>a definite head of administration (<see cref="DefiniteHeads"/>: الهيئة، الإدارة، المؤسسة، المديرية، المندوبية ...)
/// with an adjective of rank (العامة، الفرعية، الجهوية، الوطنية ...) and a complement with ل ("للتعليم"، "لمكافحة الإجرام"):
/// the adjective alone is a bare body ("الإدارة العامة" of a company), which the gold leaves unmarked;</item>
/// <item>"المحكمة" with an adjective that says what court it is ("المحكمة الابتدائية"، "المحكمة العسكرية").</item>
/// </list>
/// The chain stops at a word that cannot be part of a name (a place after ب, a relative pronoun, a weekday or time word),
/// so "الإدارة العامة للتعليم بمنطقة الرياض" gives the body and leaves the province to the place rules. Only untagged
/// words are taken; a tagged organization right after the head ("وزارة [الداخلية]") is joined to it.
/// </summary>
public static class BodyNames
{
    /// <summary>Longest chain of complements read after the head (a ministry of several fields: "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد").</summary>
    private const int MaxComplements = 7;

    /// <summary>Folded heads that name a body in the construct state with a definite complement.</summary>
    private static readonly FrozenSet<string> ConstructHeads = Fold(
        "وزارة", "هيئة", "محكمة", "ديوان");

    /// <summary>Folded heads of administration (without their article) that name a body with an adjective of rank and a complement in ل.</summary>
    private static readonly FrozenSet<string> DefiniteHeads = Fold(
        "هيئة", "إدارة", "مؤسسة", "مديرية", "مندوبية", "وكالة", "ديوان", "شركة", "مرصد", "صندوق", "جمعية", "نقابة", "جامعة", "غرفة");

    /// <summary>Folded adjectives of rank or scope that follow a definite head in a body's name.</summary>
    private static readonly FrozenSet<string> RankAdjectives = Fold(
        "العامة", "الفرعية", "الجهوية", "الوطنية", "العليا", "المركزية", "الإقليمية", "المحلية", "الدائمة", "المستقلة", "التونسية", "السعودية");

    /// <summary>Folded adjectives that make "المحكمة" a named court.</summary>
    private static readonly FrozenSet<string> CourtAdjectives = Fold(
        "الابتدائية", "العسكرية", "الإدارية", "العليا", "الجزائية", "الجنائية", "الدستورية", "الاتحادية", "التجارية", "العامة");

    /// <summary>
    /// Folded words that end a chain (<see cref="IsChainStop"/>): the relative pronouns ("وزارة التعليم التي"), weekdays and
    /// words of time that follow a body as the clause goes on ("وزارة الداخلية الأحد", "وزارة الصحة اليوم"), and titles and
    /// roles of the person named after a body ("رئيس هيئة الأركان العامة الفريق ...", "وكيل وزارة البترول المساعد"). The
    /// pronouns are in the set so that each word is looked up once.
    /// </summary>
    private static readonly FrozenSet<string> ChainStops = Fold(
        "اليوم", "الآن", "الليلة",
        "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
        "الماضي", "الماضية", "الحالي", "الحالية", "المقبل", "المقبلة", "الجاري", "الجارية", "القادم", "القادمة",
        "الأخير", "الأخيرة", "السابق", "السابقة", "المذكور", "المذكورة", "المعنية", "المعني", "المختصة", "المختص", "نفسها", "ذاتها",
        "المساعد", "المزمع", "المقرر", "الفريق", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الدكتور", "المهندس", "الأستاذ",
        "الشيخ", "الأمير", "الأميرة", "الملك", "الوزير", "الرئيس", "المدير", "المتحدث", "الناطق")
        .Union(PronounWords.Relative).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Folded adjectives of bodies' names that are no nisba ("الهلال الأحمر", "الصحة العامة", "المجلس الأعلى").</summary>
    private static readonly FrozenSet<string> OtherAdjectives = Fold(
        "العامة", "العام", "الأحمر", "الأعلى", "العليا", "الكبرى", "المتحدة", "المشتركة", "الخاصة", "المستقلة", "الدائمة", "المدني", "المختلطة");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherAdjectiveLookup = OtherAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConstructHeadLookup = ConstructHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteHeadLookup = DefiniteHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChainStopLookup = ChainStops.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tags the bodies' names in every sentence.</summary>
    /// <param name="isCountryNisba">Whether a folded word is a country's nisba ("السعوديه"; not a ministry's field, "الماليه").</param>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, Func<string, bool> isCountryNisba)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (t[i] != BioTags.Outside || words[i].Shape != WordShape.Arabic)
                {
                    continue;
                }

                var last = NameEnd(words, t, i, isCountryNisba);
                if (last <= i)
                {
                    continue;
                }

                t[i] = BioTags.Begin(EntityType.Organization);
                for (var j = i + 1; j <= last; j++)
                {
                    t[j] = BioTags.Inside(EntityType.Organization);
                }

                i = last;
            }
        }
    }

    /// <summary>The last word of a body's name that starts at word <paramref name="i"/>, or -1 when none starts there.</summary>
    private static int NameEnd(WordForms[] words, int[] t, int i, Func<string, bool> isCountryNisba)
    {
        var w = words[i];
        if (ConstructHeadEndings.MayEndLikeAForm(w.Key) && w.NounStart(IsConstructHead) >= 0)
        {
            // A tagged organization right after the head is its complement ("وزارة [الداخلية السعودية]").
            if (BioTags.IsBegin(t[i + 1]) && BioTags.TypeOf(t[i + 1]) == EntityType.Organization && IsDefinite(words[i + 1]))
            {
                var end = i + 1;
                while (end + 1 < t.Length && BioTags.IsInside(t[end + 1]))
                {
                    end++;
                }

                return ChainEnd(words, t, end, isCountryNisba);
            }

            return BioTags.IsOutsideAt(t, i + 1) && IsDefinite(words[i + 1]) && words[i + 1].ConjunctionEnd == 0 && !IsChainStop(words[i + 1].Key)
                ? ChainEnd(words, t, i + 1, isCountryNisba)
                : -1;
        }

        // A definite head, with ب or لل before its article or not ("بالمحكمة الابتدائية", "للإدارة العامة"): its stem.
        if (w.StemStart - w.ConjunctionEnd < 2 || !BioTags.IsOutsideAt(t, i + 1))
        {
            return -1;
        }

        var head = w.Stem;
        var adjective = words[i + 1].Key;
        if (head.SequenceEqual("محكمه") && CourtAdjectives.Contains(adjective))
        {
            return ChainEnd(words, t, i + 1, isCountryNisba);
        }

        if (!DefiniteHeadLookup.Contains(head) || !RankAdjectives.Contains(adjective) || !BioTags.IsOutsideAt(t, i + 2))
        {
            return -1;
        }

        // The complement in ل: "للتعليم", or ل before a noun whose own complement is definite ("لمكافحة الإجرام").
        var complement = words[i + 2];
        var key = complement.Key.AsSpan(complement.ConjunctionEnd);
        if (complement.ConjunctionEnd == 0 && key.StartsWith("لل") && key.Length >= 5)
        {
            return ChainEnd(words, t, i + 2, isCountryNisba);
        }

        return complement.ConjunctionEnd == 0 && key.Length >= 4 && key[0] == 'ل' && BioTags.IsOutsideAt(t, i + 3) && IsDefinite(words[i + 3])
            ? ChainEnd(words, t, i + 3, isCountryNisba)
            : -1;
    }

    /// <summary>The last complement of a chain whose word <paramref name="last"/> is already taken.</summary>
    private static int ChainEnd(WordForms[] words, int[] t, int last, Func<string, bool> isCountryNisba)
    {
        // A plural of persons in ين after the complement is the verb's object, not the name going on ("دعت وزارة الصحة المواطنين").
        var taken = 0;
        while (taken < MaxComplements && !isCountryNisba(words[last].Key) && BioTags.IsOutsideAt(t, last + 1) && IsDefinite(words[last + 1])
            && !words[last + 1].Key.AsSpan(words[last + 1].ConjunctionEnd).StartsWith("لل") && !IsChainStop(words[last + 1].Key.AsSpan(words[last + 1].ConjunctionEnd))
            && !words[last + 1].Key.EndsWith("ين", StringComparison.Ordinal) && IsNameWordAfterComplement(words[last + 1]))
        {
            last++;
            taken++;
        }

        return last;
    }

    /// <summary>Whether a folded word ends a chain: one of <see cref="ChainStops"/>, relative pronouns included.</summary>
    internal static bool IsChainStop(ReadOnlySpan<char> key) => ChainStopLookup.Contains(key);

    private static bool IsConstructHead(ReadOnlySpan<char> key) => ConstructHeadLookup.Contains(key);

    /// <summary>The endings of <see cref="ConstructHeads"/>: every word is asked, and one bit turns most away before the (up to three) lookups of <see cref="WordForms.NounStart"/>.</summary>
    private static readonly Events.EndingFilter ConstructHeadEndings = new(ConstructHeads);

    /// <summary>
    /// Whether a folded name of two words or more opens with one of the heads this rule reads ("وزاره الصحه", "المحكمه
    /// الابتدائيه"): a public body, whose country the article may tell (<see cref="Linking.ArticleCountry"/>).
    /// </summary>
    public static bool IsBodyName(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        var head = key.AsSpan(0, space);
        return ConstructHeadLookup.Contains(head)
            || (head.StartsWith("ال") && (DefiniteHeadLookup.Contains(head[2..]) || head[2..].SequenceEqual("محكمه")));
    }

    /// <summary>
    /// Whether a definite word after the first complement may go on the name: a field joined by و ("والصناعة"), a nisba
    /// ("البلدية", "العالي") or an adjective of <see cref="OtherAdjectives"/>. Any other noun is most often the object of the
    /// verb whose subject the body is ("وأدانت وزارة الخارجية القصف").
    /// </summary>
    private static bool IsNameWordAfterComplement(WordForms w) =>
        w.ConjunctionEnd > 0 || w.Key.EndsWith('ي') || w.Key.EndsWith("يه", StringComparison.Ordinal) || OtherAdjectiveLookup.Contains(w.Key);

    /// <summary>
    /// Whether a word is a definite Arabic word that may go on a body's name: the article (with or without و), or لل (a
    /// complement in ل), and a stem of three letters or more ("إلى" folds to الي, which is no article and no name).
    /// </summary>
    internal static bool IsDefinite(WordForms w)
    {
        // The tagger's forms read the article (or لل) off only before a stem of two letters or more.
        if (w.Shape != WordShape.Arabic || w.Stem.Length < 3 || w.StemStart - w.ConjunctionEnd < 2)
        {
            return false;
        }

        var key = w.Key.AsSpan(w.ConjunctionEnd);
        return key.StartsWith("ال") || key.StartsWith("لل");
    }

    private static FrozenSet<string> Fold(params string[] words) =>
        words.Select(word => ArabicFolding.Fold(word)).ToFrozenSet(StringComparer.Ordinal);
}
