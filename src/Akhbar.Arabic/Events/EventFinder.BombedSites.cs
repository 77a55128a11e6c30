using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "فجر انتحاري نفسه أمام مقر الاستخبارات"، "فجر انتحاري من التنظيم نفسه في حشد"، "فجر مهاجم حزاما ناسفا قرب مركز للشرطة": a
/// bombing verb's object is the bomber himself or his device, and what the bomb was used on is the site or the gathering named
/// after a word of place (أمام، قرب، داخل، وسط، في ...). The gold codes that site as the target, with the side that owns it
/// (gold/events-test, -test8, -test14), while the engine took the device ("سيارة"، "ناسفا") or the dead of the sentence's
/// casualty clause ("مقتل شخص ... عندما فجر") for it. A bombing (فجر, تفجير) with such a site after its object now takes the
/// site; with none, a device is no target (the dead, if the sentence counts them, stay as before).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The lemmas whose object is the bomb or the bomber, not what was struck.</summary>
    private static readonly HashSet<string> BombingLemmas = new(StringComparer.Ordinal) { "فجر", "تفجير" };

    /// <summary>Devices a bomber sets off (folded, without the article), besides <see cref="ExplosiveWords"/>.</summary>
    private static readonly HashSet<string> BombDevices = new(StringComparer.Ordinal)
    {
        "سياره", "سيارات", "شاحنه", "حزام", "حزاما", "احزمه", "دراجه", "ستره", "ناسفا", "مفخخا",
    };

    /// <summary>Words of place before the site a bomb went off at (folded, without a leading و).</summary>
    private static readonly HashSet<string> BombPlaceWords = new(StringComparer.Ordinal) { "امام", "قرب", "بالقرب", "داخل", "عند", "وسط", "في", "بين" };

    /// <summary>Gatherings and buildings a bombing strikes, besides the military <see cref="SiteNouns"/> (folded, without the article).</summary>
    private static readonly HashSet<string> BombedGatherings = new(StringComparer.Ordinal)
    {
        "حشد", "حشود", "جموع", "جنازه", "موكب", "حفل", "مبني", "مسجد", "كنيسه", "حاجز", "نقطه",
    };

    /// <summary>How many tokens after the bombing word its site may start.</summary>
    private const int BombedSiteReach = 10;

    /// <summary>
    /// The target of bombing word k (ending at <paramref name="last"/>): the site or gathering after a word of place past its
    /// object, else <paramref name="target"/> unless that is the device set off; other events keep <paramref name="target"/>.
    /// </summary>
    private EventArgument? BombingTarget(EventArgument? target, int k, int last, int end, EventLexeme lexeme)
    {
        if (!BombingLemmas.Contains(lexeme.Lemma) || target is { EntityId: not null })
        {
            return target;
        }

        for (var j = last + 1; j + 1 < end && j <= last + BombedSiteReach; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(key) || _readings.Lexeme(j) is not null)
            {
                break;
            }

            if (!BombPlaceWords.Contains(key))
            {
                continue;
            }

            // "بالقرب من مقر": the site follows من.
            var site = key == "بالقرب" && ArticleActors.WithoutConjunction(_tokens[j + 1].Key) == "من" ? j + 2 : j + 1;
            if (site < end && IsPlainWord(site) && WithoutArticle(_tokens[site]) is var head && (SiteNouns.Contains(head) || BombedGatherings.Contains(head)))
            {
                return TargetPhrase(site, end) ?? target;
            }

            break;
        }

        return target is { } words && IsBombDeviceOrAnother(ArticleActors.TokenAt(_tokens, words.Span.Start)) ? null : target;
    }

    /// <summary>Words for a bomber who dies by his bomb (folded, without a leading و).</summary>
    private static readonly HashSet<string> SuicideWords = new(StringComparer.Ordinal)
    {
        "انتحاري", "انتحاريا", "انتحاريه", "الانتحاري", "الانتحاريه", "انتحاريان", "انتحاريين", "الانتحاريين", "استشهادي", "استشهاديه",
    };

    /// <summary>
    /// "فجر انتحاري نفسه"، "هجوم انتحاري"، "تفجير انتحاري": a bombing whose bomber died by it is CAMEO 1831 (carry out suicide
    /// bombing), as the gold codes it (gold/events-test8, -test9, -test14), not the general 180; the word that says so is
    /// among the two after the bombing word. A reflexive counts after فجر and تفجير only: "الهجوم نفسه" is the same attack.
    /// </summary>
    private bool IsSuicideBombing(EventLexeme lexeme, int k, int last, int end)
    {
        if (lexeme.Lemma is not ("فجر" or "تفجير" or "هجوم" or "اعتداء") || Root(lexeme.Cameo) is not ("18" or "19"))
        {
            return false;
        }

        for (var j = k + 1; j < end && j <= last + 2; j++)
        {
            if (ArticleActors.ListsWithoutConjunction(SuicideWords, _tokens[j].Key)
                || (BombingLemmas.Contains(lexeme.Lemma) && Reflexives.Contains(_tokens[j].Key)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token j is a bomb or a vehicle set off as one ("سيارة مفخخة"، "حزاما ناسفا"، "عبوة"), or "another" said of the
    /// bomber ("وفجر انتحاري آخر نفسه"), which is no target either.
    /// </summary>
    private bool IsBombDeviceOrAnother(int j) =>
        j >= 0 && WithoutArticle(_tokens[j]) is var head && (BombDevices.Contains(head) || ExplosiveWords.Contains(head) || head is "اخر" or "اخري");
}
