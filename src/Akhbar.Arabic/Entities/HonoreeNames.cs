using System.Collections.Frozen;
using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Tags as one name a university, centre, hospital, airport, road, prize ... named after a person: the noun in the
/// construct state and the person the tagger found after it ("مركز [الملك سلمان] للإغاثة والأعمال الإنسانية", "مطار [الملك
/// فهد] الدولي", "بجامعة [الملك عبدالعزيز]", "مؤسسة [محمد بن راشد]"). Gulf news names most of its institutions and
/// landmarks after kings, princes and sheikhs: over one day of SaudiNewsNet (2,038 articles) 300 persons the tagger found
/// stood right after such a noun, nearly every one with a royal title, and each of them made a spurious person (often
/// joined to the king himself) and missed the institution. The noun says what the whole names, which sets its type
/// (<see cref="Heads"/>): an organization (جامعة، مركز، مؤسسة، كلية ...), a place (مستشفى، مطار، طريق، جسر، حديقة، مدينة، جامع
/// ...; gold/saudi marks a hospital as a landmark) or a named event or thing (جائزة، برنامج، مهرجان). The person must bear a
/// title of royalty or religion (الملك، الأمير، الشيخ، الإمام، السلطان), except after the nouns of <see cref="AnyPerson"/>,
/// which news does not use before a person otherwise ("جامعة محمد الخامس", "مستشفى الحبيب ثامر"); "طريق" and "برنامج" also
/// mean "by way of" and "the programme of", and "طريق محمد البريك" on a sport page is a pass, not a road. The name goes on
/// over one adjective that follows it ("الدولي", "الطبية", "الخيرية") and over one complement in ل with the definite words
/// after it ("للإغاثة والأعمال الإنسانية", "لأبحاث التقنية المتقدمة"). The noun must be indefinite: "المركز" or "الجامعة"
/// before a person is in apposition to its director ("مدير الجامعة الدكتور ...").
/// </summary>
public static class HonoreeNames
{
    /// <summary>Longest run of words taken after the person.</summary>
    private const int MaxTail = 5;

    /// <summary>Folded nouns and the type of the name they head.</summary>
    private static readonly FrozenDictionary<string, EntityType> Heads = new (string Noun, EntityType Type)[]
    {
        ("جامعة", EntityType.Organization), ("مركز", EntityType.Organization), ("مؤسسة", EntityType.Organization),
        ("كلية", EntityType.Organization), ("معهد", EntityType.Organization), ("مجمع", EntityType.Organization),
        ("جمعية", EntityType.Organization), ("صندوق", EntityType.Organization), ("كرسي", EntityType.Organization),
        ("مكتبة", EntityType.Organization), ("أكاديمية", EntityType.Organization),
        ("مستشفى", EntityType.Location), ("مطار", EntityType.Location), ("ميناء", EntityType.Location),
        ("شارع", EntityType.Location), ("طريق", EntityType.Location), ("جسر", EntityType.Location),
        ("قاعدة", EntityType.Location), ("جامع", EntityType.Location), ("مسجد", EntityType.Location),
        ("ملعب", EntityType.Location), ("استاد", EntityType.Location), ("ستاد", EntityType.Location),
        ("مدينة", EntityType.Location), ("حديقة", EntityType.Location), ("متنزه", EntityType.Location),
        ("قاعة", EntityType.Location), ("قصر", EntityType.Location),
        ("جائزة", EntityType.Miscellaneous), ("برنامج", EntityType.Miscellaneous), ("مهرجان", EntityType.Miscellaneous),
    }.ToFrozenDictionary(h => ArabicFolding.Fold(h.Noun), h => h.Type, StringComparer.Ordinal);

    /// <summary>Folded nouns after which any person names the institution, with or without a title.</summary>
    private static readonly FrozenSet<string> AnyPerson = new[]
    {
        "جامعة", "مؤسسة", "مستشفى", "جامع", "مسجد", "معهد", "مركز", "ملعب", "استاد", "ستاد", "كلية",
    }.Select(w => ArabicFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Folded titles of royalty and religion that open the name of an honoree.</summary>
    private static readonly FrozenSet<string> HonoreeTitles = new[]
    {
        "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "الإمام", "السلطان",
    }.Select(w => ArabicFolding.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyPersonLookup = AnyPerson.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Folded definite words of time that end the name ("بحديقة الملك فهد اليوم"), and the relative pronouns, which end it
    /// too ("الذي"): one set, so that each word is looked up once.
    /// </summary>
    private static readonly FrozenSet<string> TailStops = new[]
    {
        "اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي",
        "الماضية", "المقبل", "المقبلة", "الحالي", "الحالية", "الجاري", "القادم", "القادمة",
    }.Select(w => ArabicFolding.Fold(w)).Union(PronounWords.Relative).ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="TailStops"/> looked up by the span of a word after its conjunction, without cutting a string.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TailStopLookup = TailStops.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Retags each person named right after such a noun, with the noun and what follows, as the institution.</summary>
    public static void Apply(IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var t = tags[s];
            foreach (var (a, b, type) in BioTags.ChunksOf(t))
            {
                if (type is not (EntityType.Person or EntityType.Location) || a == 0)
                {
                    continue;
                }

                // The tagger often leaves the title out of the person ("مركز الملك [سلمان]") or reads the noun and the title as
                // an organization of their own ("[جامعة الملك] [سعود]"); after a title, it may read the name as the place
                // ("مطار الملك [فهد]").
                var titled = HonoreeTitles.Contains(words[a].Key);
                var h = a - 1;
                if (!titled && HonoreeTitles.Contains(words[h].Key) && h > 0)
                {
                    titled = true;
                    h--;
                }

                if (type == EntityType.Location && !titled)
                {
                    continue;
                }

                if (!IsHeadSlot(t, h, a) || words[h].Shape != WordShape.Arabic || HeadOf(words[h]) is not var (headType, anyPerson) || !(titled || anyPerson))
                {
                    continue;
                }

                var last = TailEnd(words, t, b);
                t[h] = BioTags.Begin(headType);
                for (var j = h + 1; j <= last; j++)
                {
                    t[j] = BioTags.Inside(headType);
                }
            }
        }
    }

    /// <summary>
    /// Whether the words from the head <paramref name="h"/> to the person at <paramref name="a"/> are untagged, or the head
    /// and a title are an organization chunk of their own (B- at the head, I- up to the person).
    /// </summary>
    private static bool IsHeadSlot(int[] t, int h, int a)
    {
        if (t[h] == BioTags.Outside)
        {
            for (var j = h + 1; j < a; j++)
            {
                if (t[j] != BioTags.Outside)
                {
                    return false;
                }
            }

            return true;
        }

        if (t[h] != BioTags.Begin(EntityType.Organization))
        {
            return false;
        }

        for (var j = h + 1; j < a; j++)
        {
            if (t[j] != BioTags.Inside(EntityType.Organization))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The type of the name a word heads, read without its proclitics (و، ب، ل), and whether any person after it names the
    /// institution (<see cref="AnyPerson"/>); null when the word is no head.
    /// </summary>
    private static (EntityType Type, bool AnyPerson)? HeadOf(WordForms w)
    {
        var start = w.NounStart(IsHead);
        return start >= 0 && HeadLookup.TryGetValue(w.Key.AsSpan(start), out var type) ? (type, AnyPersonLookup.Contains(w.Key.AsSpan(start))) : null;
    }

    private static bool IsHead(ReadOnlySpan<char> key) => HeadLookup.ContainsKey(key);

    /// <summary>The last word of the name after the person ending at <paramref name="last"/>: adjectives, then one complement in ل.</summary>
    private static int TailEnd(WordForms[] words, int[] t, int last)
    {
        // One adjective ("الدولي", "الطبية"): a second definite word is as often the clause going on ("بحديقة الملك فهد
        // المركزية العرض الأول").
        var taken = 0;
        if (BioTags.IsOutsideAt(t, last + 1) && IsDefinite(words[last + 1], conjunction: false))
        {
            last++;
            taken++;
        }

        // "للإغاثة", or ل before a noun whose complement is definite ("لأبحاث التقنية").
        if (taken < MaxTail && BioTags.IsOutsideAt(t, last + 1) && words[last + 1].Shape == WordShape.Arabic && words[last + 1].ConjunctionEnd == 0 && words[last + 1].Key.Length >= 4 && words[last + 1].Key[0] == 'ل')
        {
            var complement = words[last + 1];
            if (complement.Key.StartsWith("لل", StringComparison.Ordinal) && complement.Stem.Length >= 3)
            {
                last++;
            }
            else if (BioTags.IsOutsideAt(t, last + 2) && IsDefinite(words[last + 2], conjunction: false))
            {
                last += 2;
            }
            else
            {
                return last;
            }

            while (taken < MaxTail && BioTags.IsOutsideAt(t, last + 1) && IsDefinite(words[last + 1], conjunction: true))
            {
                last++;
                taken++;
            }
        }

        return last;
    }

    /// <summary>Whether a word is a definite word of three letters or more after the article (and و when allowed), not a stop.</summary>
    private static bool IsDefinite(WordForms w, bool conjunction) =>
        w.Shape == WordShape.Arabic && (conjunction || w.ConjunctionEnd == 0) && w.StemStart - w.ConjunctionEnd == 2
        && w.Key.AsSpan(w.ConjunctionEnd).StartsWith("ال") && w.Stem.Length >= 3 && !TailStopLookup.Contains(w.Key.AsSpan(w.ConjunctionEnd));
}
