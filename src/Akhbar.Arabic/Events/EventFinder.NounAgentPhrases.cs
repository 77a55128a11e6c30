using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "بواقعة احتجاز عدد من المدرسين على يد مسلحين"، "اعتقال الصحفي من قبل المخابرات": a noun of coercion or force whose
/// author is named by an agent phrase after it (على يد، بأيدي، من قبل، من طرف, <see cref="AgentAt"/>) has that author for
/// source, as a passive verb does (EventFinder.Passives). Without it an arrest noun with no source was dropped, and a noun
/// of force stood with none. Only within the noun's own clause: a word joined by و, a comma, a clause word or a verb opens
/// another one, whose agent it is.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The author an agent phrase names after the noun ending at <paramref name="last"/>, in its clause; null when none.</summary>
    private EventArgument? NounAgentPhrase(int last, int end)
    {
        for (var j = last + 1; j < end && j <= last + TargetWindow; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(key) || key is "،" or "," || _tokens[j].Segments is [{ Role: SegmentRole.Conjunction }, ..]
                || (_actors.StartingAt(j) is null && _readings.Lexeme(j) is { Kind: EventWordKind.Verb }))
            {
                return null;
            }

            if (AgentAt(j, end) is { } agent)
            {
                return agent;
            }
        }

        return null;
    }
}
