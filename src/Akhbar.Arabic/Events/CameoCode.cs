namespace Akhbar.Arabic.Events;

/// <summary>
/// One CAMEO event code as shipped in events/cameo-codes.tsv. <see cref="QuadClass"/> follows GDELT: 1 verbal
/// cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. <see cref="Plover"/> is null for the
/// codes PLOVER drops (statements 01x and appeals 02x), which Akhbar still codes in CAMEO.
/// </summary>
public sealed record CameoCode(string Code, string Label, string Root, double Goldstein, int QuadClass, string? Plover);
