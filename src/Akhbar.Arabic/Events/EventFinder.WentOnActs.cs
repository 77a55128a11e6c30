using Akhbar.Arabic.Quotes;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وتابع: "على إسرائيل أن تظهر ضبط النفس""، "وتابع: "لهذا نحض أعضاء المجلس على""، "وتابعت: "ونحن ندعم حق شركائنا"": the
/// words after تابع "went on" are as a rule more than a plain statement (EventFinder.ReportingCues), and the gold codes them
/// by what they do: an appeal, a demand, criticism, support. Its quote is coded like any statement so that the rules
/// reading reported words can recode it, and is dropped unless they make it an appeal, intent, support or demand: a
/// plain statement (010) would more often be a wrong code than a right one.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Offsets of the تابع cues coded only for the rules that read their words.</summary>
    private readonly HashSet<int> _wentOnCues = [];

    /// <summary>
    /// Roots a تابع cue is kept with: appeals, intents, support and demands. Criticism read from such words is left out: the
    /// rules that find whom words criticize take the side the words defend as often as the one they blame ("وتابع البيان:
    /// "هذا هجوم على سيادة المملكة المتحدة"").
    /// </summary>
    private static readonly HashSet<string> WentOnRoots = new(StringComparer.Ordinal) { "02", "03", "05", "10" };

    /// <summary>Drops the events of تابع cues that no rule recoded to an appeal, intent, support or demand.</summary>
    private void WentOnActs()
    {
        if (_wentOnCues.Count > 0)
        {
            _events.RemoveAll(e => e.Basis == EventBasis.Quote && _wentOnCues.Contains(e.Trigger.Start) && !WentOnRoots.Contains(Root(e.Cameo)));
        }
    }

    /// <summary>
    /// Whether a participle of قال follows the cue before its words ("وتابع قائلا"، "وتابعت الوزيرة قائلة:"): the speech act is
    /// then told at the verb by the rules of EventFinder.ReportingCues, whatever it does.
    /// </summary>
    private bool SayingParticipleAfter(int cue, Quote quote)
    {
        for (var j = cue + 1; j < _tokens.Length && j <= cue + ParticipleSubjectWindow + 1 && _tokens[j].Span.Start < quote.Content.Start; j++)
        {
            if (ArticleActors.WithoutConjunctionSpan(_tokens[j].Key).StartsWith("قايل", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
