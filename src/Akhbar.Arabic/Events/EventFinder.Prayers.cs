using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// دعا is also "to pray": "داعيا الله العلي القدير أن يحفظ البلاد"، "داعياً المولى عز وجل أن يتقبل"، "داعياً أن يتقبل الله
/// أعمالهم"، "وندعو لهم بالتوفيق". A prayer asks God, not an actor, for nothing an actor can grant; the gold codes it as the
/// speaker's statement (010, no target: gold/saudi), not an appeal (020). Saudi news closes a large share of its reports
/// with one (63 of the 602 appeals coded on دعا in four days of SaudiNewsNet). Told apart by what follows the verb: God
/// named right after it (الله، المولى، ربه)، after "أن" and one verb ("أن يتقبل الله")، or a pronoun of those prayed for with
/// the blessing asked ("لهم بالشفاء"، "له بالتوفيق"). "دعا حزب الله" (the party) has another word between.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Names of God after a verb of praying (folded, without a leading و).</summary>
    private static readonly HashSet<string> GodNames = new(StringComparer.Ordinal) { "الله", "المولي", "ربه", "ربها", "ربنا", "لله" };

    /// <summary>Pronouns of those prayed for ("لهم بالشفاء"), folded.</summary>
    private static readonly HashSet<string> PrayedFor = new(StringComparer.Ordinal) { "له", "لها", "لهم", "لهما", "لكم", "لنا", "للجميع" };

    /// <summary>Recodes an appeal (02) on a form of دعا whose words are a prayer as a statement (010) with no target.</summary>
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
            if (k < 0 || _lexicon.Find(_tokens[k], _doc.Text) is not { Lemma: "دعا" } || !PrayerAfter(k))
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
        var words = new List<string>(3);
        for (var j = k + 1; j < end && words.Count < 3; j++)
        {
            if (_tokens[j].Kind == TokenKind.Word)
            {
                words.Add(ArticleActors.WithoutConjunction(_tokens[j].Key));
            }
        }

        return words switch
        {
            [var god, ..] when GodNames.Contains(god) => true,
            ["ان", _, var god] when GodNames.Contains(god) => true,
            [var them, var blessing, ..] when PrayedFor.Contains(them) && blessing.StartsWith("بال", StringComparison.Ordinal) => true,
            _ => false,
        };
    }
}
