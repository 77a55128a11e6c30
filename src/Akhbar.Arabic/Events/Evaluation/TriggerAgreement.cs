namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>Counts of trigger-matched pairs that agree on the CAMEO root, the source, the target, and both flags.</summary>
public sealed record TriggerAgreement(int Root, int Source, int Target, int Flags);
