using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// دعا is also "to pray", and سأل "to ask (God)": "داعيا الله العلي القدير أن يحفظ البلاد"، "داعياً المولى عز وجل أن يتقبل"،
/// "داعياً أن يتقبل الله أعمالهم"، "وندعو لهم بالتوفيق"، "ودعا أمير المنطقة الله عز وجل أن"، "وسألت الموظفة الله أن يحفظ". A
/// prayer asks God, not an actor, for nothing an actor can grant; the gold codes it as the speaker's statement (010, no
/// target: gold/saudi), not an appeal (020). Saudi news closes a large share of its reports with one (63 of the 602 appeals
/// coded on دعا in four days of SaudiNewsNet). Told apart by what follows the verb: God named right after it (الله، المولى،
/// ربه)، after "أن" and one verb ("أن يتقبل الله")، after the subject with a formula of praise or أن after the name ("الله عز
/// وجل"، "الله سبحانه"، "الله أن")، or a pronoun of those prayed for with the blessing asked ("لهم بالشفاء"). Not the names
/// that hold الله ("دعا حزب الله"، "عبد الله"، "نصر الله").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Names of God after a verb of praying (folded, without a leading و).</summary>
    private static readonly HashSet<string> GodNames = new(StringComparer.Ordinal) { "الله", "المولي", "ربه", "ربها", "ربنا", "لله" };

    /// <summary>Words right after God's name that make it a prayer's addressee, not part of a name (folded): "الله عز وجل"، "الله أن".</summary>
    private static readonly HashSet<string> AfterGodInPrayer = new(StringComparer.Ordinal) { "عز", "سبحانه", "تعالي", "العلي", "جل", "ان" };

    /// <summary>
    /// Words before الله that make it part of a name or of a genitive phrase (folded): "حزب الله"، "عبد الله"، "نصر الله"، "أنصار
    /// الله"، "في سبيل الله تعالى" ("دعا الشباب للجهاد في سبيل الله" is an appeal).
    /// </summary>
    private static readonly HashSet<string> NamesWithGod = new(StringComparer.Ordinal)
    {
        "حزب", "عبد", "نصر", "انصار", "جند", "بيت", "رسول", "فتح", "ضيف", "حرس", "رام", "سيف", "عطا", "جار", "خلف", "حمد", "فضل", "حسب",
        "سبيل", "كتاب", "دين", "شرع", "شريعه", "وجه", "بيوت", "رحمه", "ذكر", "عباد",
    };

    /// <summary>How many words after the verb God's name may stand, the subject between ("ودعا أمير منطقة القصيم الله").</summary>
    private const int PrayerWindow = 8;

    /// <summary>Pronouns of those prayed for ("لهم بالشفاء"), folded.</summary>
    private static readonly HashSet<string> PrayedFor = new(StringComparer.Ordinal) { "له", "لها", "لهم", "لهما", "لكم", "لنا", "للجميع" };

    /// <summary>Recodes an appeal (02) on a form of دعا or سأل whose words are a prayer as a statement (010) with no target.</summary>
    private void Prayers()
    {
        if (_codes.Find("010") is not { } statement)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (Root(e.Cameo) != "02")
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.End - 1);
            if (k < 0 || _readings.Lexeme(k) is not { Lemma: "دعا" or "سال" } || !PrayerAfter(k))
            {
                continue;
            }

            _events[i] = Recoded(e, statement) with { Target = null };
        }
    }

    /// <summary>Whether the words after the verb at token k are a prayer (see the class summary).</summary>
    private bool PrayerAfter(int k)
    {
        var end = _sentenceEnd[_sentenceOf[k]];
        var words = new List<string>(PrayerWindow + 1);
        for (var j = k + 1; j < end && words.Count <= PrayerWindow; j++)
        {
            if (_tokens[j].Kind == TokenKind.Word)
            {
                words.Add(ArticleActors.WithoutConjunction(_tokens[j].Key));
            }
        }

        var opens = words switch
        {
            [var god, ..] when GodNames.Contains(god) => true,
            ["ان", _, var god, ..] when GodNames.Contains(god) => true,
            [var them, var blessing, ..] when PrayedFor.Contains(them) && blessing.StartsWith("بال", StringComparison.Ordinal) => true,
            _ => false,
        };
        if (opens)
        {
            return true;
        }

        // "ودعا أمير منطقة القصيم الله عز وجل أن": God after the subject, told from a name that holds الله by what follows.
        for (var w = 0; w + 1 < words.Count && w < PrayerWindow; w++)
        {
            if (words[w] is "الي" or "علي" || ClauseStops.Contains(words[w]))
            {
                // "دعا الحكومة إلى ..."، "حث ... على": the complement of an appeal has begun; God's name after it is not addressed.
                return false;
            }

            if (w > 0 && words[w] is "الله" or "المولي" && !NamesWithGod.Contains(words[w - 1]) && AfterGodInPrayer.Contains(words[w + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
