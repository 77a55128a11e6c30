using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قتل الجيش الإسرائيلي بالرصاص، الجمعة، فلسطينيين"، "ضربت الشرطة بالهراوات عشرات المحتجين": the weapon a verb of force is
/// done with may stand between its subject and its object, as a time set off by commas does; the object after it is still
/// what the force was used on. Without this a verb of killing lost its object, and a dictionary verb with no target is not
/// coded at all.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Weapons a verb of force is done with after ب, besides <see cref="WeaponWords"/> (folded, without the article).</summary>
    private static readonly HashSet<string> HandWeapons = new(StringComparer.Ordinal)
    {
        "سكاكين", "سكين", "هراوات", "عصي", "ذخيره", "اسلحه", "سلاح", "غاز", "نار", "نيران",
    };

    /// <summary>Adjectives of the weapon after it ("بالرصاص الحي"، "بالرصاص المطاطي"، "بالذخيرة الحية"), folded.</summary>
    private static readonly HashSet<string> WeaponAdjectives = new(StringComparer.Ordinal) { "الحي", "الحيه", "المطاطي", "البيضاء", "الناريه" };

    /// <summary>The token after a weapon phrase with ب at <paramref name="j"/> ("بالرصاص الحي"), or -1 when none starts there.</summary>
    private int WeaponPhraseEnd(int j, int end)
    {
        var token = _tokens[j];
        if (!HasLeadingBa(token) || token.Segments is [{ Role: SegmentRole.Conjunction }, ..])
        {
            return -1;
        }

        var bare = WithoutArticle(token);
        if (!WeaponWords.Contains(bare) && !HandWeapons.Contains(bare))
        {
            return -1;
        }

        // "بالرصاص الحي"، "بغارات عنيفة": up to two adjectives of the weapon go with it.
        var after = j + 1;
        while (after < end && after <= j + 2 && IsWeaponAdjective(after, HasArticle(token)))
        {
            after++;
        }

        return after;
    }

    /// <summary>Whether the word has the article after its ب ("بالرصاص") rather than standing bare ("بغارات").</summary>
    private static bool HasArticle(Token weapon) => ArticleActors.WithoutConjunction(weapon.Key).AsSpan(1).StartsWith("ال");

    /// <summary>
    /// Whether the word is an adjective agreeing with the weapon: one of <see cref="WeaponAdjectives"/>, or a word that ends as
    /// an adjective (<see cref="IsAdjectiveLike"/>) with the article exactly when the weapon has it, with no clitic, and that
    /// is neither a name, nor a word of people or groups, nor a place that could be what was struck ("بغارات مدينة إدلب").
    /// </summary>
    private bool IsWeaponAdjective(int at, bool definite)
    {
        var token = _tokens[at];
        if (_actors.StartingAt(at) is not null || _readings.GenericKind(at) != GenericActors.Kind.None || PlaceStruck(at) is not null
            || token.Kind != TokenKind.Word || token.Has(SegmentRole.Preposition) || token.Has(SegmentRole.Conjunction) || token.Has(SegmentRole.Pronoun))
        {
            return false;
        }

        var key = token.Key;
        return WeaponAdjectives.Contains(key) || (key.StartsWith("ال", StringComparison.Ordinal) == definite && IsAdjectiveLike(key) && _readings.Lexeme(at) is null);
    }
}
