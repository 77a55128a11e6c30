using System.Collections.Frozen;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Arms supplied to a side: "طالبت بمحاسبة إيران لتزويدها الميليشيات بصواريخ"، "اتهم الوزير إيران بأنها تزود المتمردين
/// بالأسلحة"، "تعمل طهران على إمداد النظام بالذخائر". The verbs زوّد and أمدّ and their nouns تزويد and إمداد put the
/// recipient right after them and the thing supplied after ب; with weapons there, the act is military aid (072) from the
/// supplier to the recipient, as the gold codes it. Without weapons after ب they supply anything ("تزويد المدارس
/// بالكهرباء"، "تزودت الطائرة بالوقود") and code nothing. No word of the lexicon codes them: the event is the weapons'.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Forms of زوّد and أمدّ and their verbal nouns (folded, without و/ف, a preposition clitic or a pronoun). Forms of مدّ
    /// alone (يمد، تمد) are left out: "يمد يده"، "تمد الأنابيب" extend, not supply.
    /// </summary>
    private static readonly FrozenSet<string> SupplyWords = FrozenSet.ToFrozenSet(
    [
        "زود", "زودت", "زودوا", "زودا", "يزود", "تزود", "نزود", "يزودون", "يزودان", "تزودان", "تزويد",
        "امد", "امدت", "امدوا", "امداد",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SupplyWordLookup = SupplyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The verbal nouns among <see cref="SupplyWords"/>: a pronoun on them names the supplier, not the recipient.</summary>
    private static readonly FrozenSet<string> SupplyNouns = FrozenSet.ToFrozenSet(["تزويد", "امداد"], StringComparer.Ordinal);

    /// <summary>Folded pronoun endings, longest first, cut off a supply word before the lookup ("تزويدها"، "بتزويدهم").</summary>
    private static readonly string[] SupplyPronounEndings = ["هما", "هم", "ها", "ه"];

    /// <summary>Weapons (folded, without the article) as the thing supplied after ب that makes the supply military aid.</summary>
    private static readonly FrozenSet<string> SuppliedWeaponWords = FrozenSet.ToFrozenSet(
    [
        "اسلحه", "سلاح", "صواريخ", "صاروخ", "ذخاير", "ذخيره", "قذايف", "متفجرات", "طايرات", "مسيرات", "دبابات", "مدرعات",
        "مقاتلات", "عتاد", "منظومه", "منظومات",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Things supplied that are weapons only with an adjective that says so (folded, without the article): "بمعدات
    /// عسكرية"، "بوسائل قاتلة"، "بمساعدات عسكرية"; "بمعدات طبية" is no military aid.
    /// </summary>
    private static readonly FrozenSet<string> EquipmentWords = FrozenSet.ToFrozenSet(["معدات", "وسايل", "مساعدات", "اجهزه", "انظمه"], StringComparer.Ordinal);

    /// <summary>Adjective stems (folded, without the article) that make <see cref="EquipmentWords"/> weapons.</summary>
    private static readonly string[] MilitaryAdjectiveStems = ["عسكري", "قاتل", "حربي", "دفاع"];

    /// <summary>How many words may stand between the supply word and the weapons after ب (the recipient with its adjectives).</summary>
    private const int SuppliedWeaponWindow = 8;

    /// <summary>
    /// Codes a supply word at <paramref name="k"/> with weapons after ب as military aid (072) and returns true; false when
    /// the token is no supply word, no weapons follow, or no recipient is named before them.
    /// </summary>
    private bool SuppliedArmsEvent(int k)
    {
        var token = _tokens[k];
        if (token.Kind != TokenKind.Word || SupplyStem(token) is not { } stem)
        {
            return false;
        }

        var sentence = _sentenceOf[k];
        int start = _sentenceStart[sentence], end = _sentenceEnd[sentence];
        var weapons = WeaponsAfter(k, end);
        if (weapons < 0)
        {
            return false;
        }

        // The named sides between the word and the weapons: the recipient, and before it the supplier of a verb told
        // subject first ("زودت إيران الحوثيين") or of a noun with its author in the genitive ("تزويد إيران الحوثيين").
        ActorMention? first = null, second = null;
        for (var j = k + 1; j < weapons; j++)
        {
            if (_actors.StartingAt(j) is not { } m)
            {
                continue;
            }

            // "*" marks the genitive of a noun with a preposition clitic, here the supply word's own ("بتزويد الحوثيين").
            if (m.IsActor && m.Preposition is null or "ل" or "*")
            {
                if (first is null)
                {
                    first = m;
                }
                else
                {
                    second ??= m;
                }
            }

            j = m.Last;
        }

        if (first is not { } recipient)
        {
            return false;
        }

        var noun = SupplyNouns.Contains(stem);
        var withPronoun = token.Has(SegmentRole.Pronoun);
        if (withPronoun && !noun)
        {
            // "زوده بالصواريخ": the object pronoun is the recipient, which no name stands for here.
            return false;
        }

        EventArgument? supplier;
        if (!withPronoun && second is { } other && first.Value.Preposition is null or "*")
        {
            supplier = first.Value.Argument;
            recipient = other;
        }
        else
        {
            // "لتزويدها الميليشيات"، "بأنها تزود المتمردين"، "اتهمت الرياض طهران بتزويد": the supplier is the side named last
            // before the word, the accused or the one held to account, not the subject of the clause around it.
            supplier = ActorBeforeInSentence(k, start);
        }

        if (supplier is not { } source || SameActor(source, recipient.Argument))
        {
            return false;
        }

        var kind = noun ? EventWordKind.Noun : EventWordKind.Verb;
        var negated = EventModality.IsNegated(_tokens, k, start, kind);
        var hypothetical = EventModality.IsHypothetical(_doc.Text, _tokens, k, start, end, kind);
        Add(token.Span, k, sentence, "072", source, [recipient], negated, hypothetical, EventBasis.Trigger);
        return true;
    }

    /// <summary>The folded supply word the token is, without و/ف, a preposition clitic or a pronoun; null when it is none.</summary>
    private string? SupplyStem(Token token)
    {
        var key = ArticleActors.WithoutConjunctionSpan(token.Key);
        if (key.Length < 3 || key.Length > 11 || key.IndexOf('د') < 0)
        {
            return null;
        }

        if (token.Has(SegmentRole.Preposition) && key[0] is 'ب' or 'ل')
        {
            key = key[1..];
        }

        if (token.Has(SegmentRole.Pronoun))
        {
            foreach (var ending in SupplyPronounEndings)
            {
                if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal))
                {
                    key = key[..^ending.Length];
                    break;
                }
            }
        }

        return SupplyWordLookup.TryGetValue(key, out var stem) ? stem : null;
    }

    /// <summary>
    /// The token of the weapons after ب within <see cref="SuppliedWeaponWindow"/> words of the supply word at
    /// <paramref name="k"/> in its clause, or -1.
    /// </summary>
    private int WeaponsAfter(int k, int end)
    {
        for (var j = k + 1; j < end && j <= k + SuppliedWeaponWindow; j++)
        {
            var token = _tokens[j];
            var key = ArticleActors.WithoutConjunction(token.Key);
            if (ClauseStops.Contains(key) || token.Key is "،" or ",")
            {
                return -1;
            }

            if (!token.Has(SegmentRole.Preposition) || key.Length < 4 || key[0] != 'ب')
            {
                continue;
            }

            var thing = WithoutArticle(key[1..]);
            if (SuppliedWeaponWords.Contains(thing))
            {
                return j;
            }

            if (EquipmentWords.Contains(thing) && j + 1 < end && IsMilitaryAdjective(_tokens[j + 1].Key))
            {
                return j;
            }

            // Another ب phrase first ("بشكل مستمر") is passed over; the thing supplied is the first ب noun that names one.
        }

        return -1;
    }

    /// <summary>Whether the folded word is an adjective that makes equipment weapons ("العسكرية"، "قاتلة"، "الدفاعية").</summary>
    private static bool IsMilitaryAdjective(string key)
    {
        var bare = key.StartsWith("ال", StringComparison.Ordinal) ? key.AsSpan(2) : key.AsSpan();
        foreach (var stem in MilitaryAdjectiveStems)
        {
            if (bare.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The nearest actor named before token <paramref name="k"/> in its sentence, outside a prepositional phrase or in the
    /// genitive of a noun with one ("بمحاسبة إيران لتزويدها": the supplier the pronoun stands for).
    /// </summary>
    private EventArgument? ActorBeforeInSentence(int k, int start)
    {
        for (var j = k - 1; j >= start; j--)
        {
            if (_actors.EndingAt(j) is { } m)
            {
                if (m.IsActor && m.Preposition is null or "*")
                {
                    return m.Argument;
                }

                j = m.First;
            }
        }

        return null;
    }
}
