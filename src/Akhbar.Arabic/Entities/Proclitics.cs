namespace Akhbar.Arabic.Entities;

/// <summary>The letters that stand alone as proclitics before a name (و، ف، ب، ل، ك), for checks that read letters, not segments.</summary>
public static class Proclitics
{
    public const string Letters = "وفبلك";
}
