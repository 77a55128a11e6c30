using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "مع وزير الخارجية جبران باسيل الذي وصف حليفه نبيه بري بالبلطجي": a verb of describing right after a relative pronoun,
/// with whom it judges named after it, has the relative's antecedent for its describer. Without this the describer was
/// looked for before the verb, where the relative pronoun stands, and the criticism was dropped for want of a source.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The antecedent of the relative pronoun right before the describing verb at <paramref name="k"/>, as the describer; null
    /// when no relative pronoun stands there, the verb does not agree with it (a subject of its own follows: "الحركة التي وصف
    /// رئيسها"), or no actor ends before it. The caller asks only for a verb with no object pronoun and a named object
    /// ("الذي وصف حليفه نبيه بري بـ"): with nothing named between the verb and the judging words the verb is a passive
    /// ("الرجل الذي وُصف بالإرهابي"), and the antecedent is who is described.
    /// </summary>
    private EventArgument? RelativeDescriber(int k, int start) =>
        RelativeAntecedentOf(k, start) is { } antecedent && VerbAgreesWithRelative(k - 1, k) ? antecedent.Argument : null;
}
