using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Decides whether a statement the rules coded as a plain one (CAMEO 01x) really does more than state: criticizes (11),
/// demands (10), rejects (12), threatens (13), appeals (02) or intends to cooperate (03). The event rules ask it once per
/// statement event at the end of a document (EventFinder.StatementRoots), with the features of the statement
/// (<see cref="StatementRootModel"/>, docs/stages/events.md, "Twenty-third session: a learned statement-root classifier").
/// </summary>
public interface IStatementRootChooser
{
    /// <summary>The CAMEO code to recode <paramref name="statement"/> as ("111"), or null to leave it as the rules coded it.</summary>
    string? CodeFor(CodedEvent statement, IReadOnlyList<string> features);
}
