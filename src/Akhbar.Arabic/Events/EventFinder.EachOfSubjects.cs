namespace Akhbar.Arabic.Events;

/// <summary>
/// "وتطالب كل من الفلبين وفيتنام بالسيادة"، "دانت كل من بريطانيا وفرنسا الهجوم"، "التي تتهم كل من دمشق وموسكو إسرائيل": كل من
/// right after a verb opens the list of its subjects, each named after من or after the و that joins it. The subject reader
/// takes a name after من for a prepositional phrase, so it passed over the list and took a speaker from an earlier sentence,
/// and the target reader took "كل من الفلبين" for the object. Not when a subject stands right before the verb ("واشنطن
/// اتهمت كل من روسيا وإيران": there the list is the object), and not after a noun ("لعزل كل من منطقتي"، its object).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The first actor of a كل من list at <paramref name="from"/> after the verb at <paramref name="k"/>, or null.</summary>
    private ActorMention? EachOfSubject(int k, int from, int start, int end)
    {
        if (from + 2 >= end || _tokens[from].Key != "كل" || _tokens[from + 1].Key != "من"
            || _actors.StartingAt(from + 2) is not { IsActor: true, Preposition: "من" } first)
        {
            return null;
        }

        var before = SubjectsBefore(k, start);
        return before.Count > 0 && before[^1].Last >= k - 2 ? null : first;
    }
}
