using System.Collections.Frozen;
using Akhbar.Arabic.Events;
using Akhbar.Core.Model;

namespace Akhbar.Arabic;

/// <summary>
/// "بيّن" (he made clear) is written like the preposition "بين" (between): "عقب اجتماع بين الرئيس الأميركي ونظيره"، "تهديدات
/// متبادلة بين ترامب وإيران" would make a statement out of a meeting or a quarrel. The quote stage (before it reads a cue)
/// and the event stage (before it codes a quote's cue) ask this one question. The verb opens its sentence or its clause
/// (after a comma: "إلى ذلك، بيّن المدير"), carries its conjunction ("وبين الوزير": not a bare بين), comes right before أن,
/// or follows a word that opens a new clause or a new speaker's turn (و، كما، قد، ثم، حيث، في حين، بدوره، من جهته...).
/// The preposition follows a word of its own clause ("قمة بين"، "اشتباكات بين") or any mark but a comma (a closing
/// quotation mark or a dash: "قمة "كامب ديفيد" بين الرئيس"، "العلاقة – إن وجدت – بين"); "فيما بين" (among) is the
/// preposition too.
/// </summary>
internal static class BetweenPreposition
{
    /// <summary>Folded words (read with and without their conjunction) after which a bare بين is the verb.</summary>
    private static readonly FrozenSet<string> VerbOpeners = new[]
    {
        "و", "ف", "كما", "لكن", "قد", "ثم", "حيث", "اذ", "حين", "بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the token at <paramref name="at"/> is a bare "بين" standing where only the preposition does.</summary>
    public static bool IsPreposition(IReadOnlyList<Token> tokens, int sentenceStart, int sentenceEnd, int at)
    {
        if (!tokens[at].Key.Equals("بين", StringComparison.Ordinal) || at <= sentenceStart)
        {
            return false;
        }

        if (at + 1 < sentenceEnd && tokens[at + 1].Key is "ان" or "انه" or "انها" or "بان")
        {
            return false;
        }

        var before = tokens[at - 1];
        if (before.Key is "،" or ",")
        {
            return false;
        }

        return before.Kind != TokenKind.Word || (!VerbOpeners.Contains(before.Key) && !VerbOpeners.Contains(ArticleActors.WithoutConjunction(before.Key)));
    }
}
