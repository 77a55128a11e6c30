namespace Akhbar.Cli.Commands;

/// <summary>The share the eval and train commands print: one definition, so that every report rounds the same ratio alike.</summary>
internal static class Ratios
{
    /// <summary><paramref name="part"/> of <paramref name="whole"/> in percent; 0 for an empty whole (nothing to score).</summary>
    public static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
