using System.Reflection;

namespace Akhbar.Resources.Models;

/// <summary>
/// Opens the trained models embedded in this assembly (the files under Models/, each with its entry in
/// Models/MODEL_CARD.md), so that running a model never needs ../shared or the disk.
/// </summary>
public static class ModelResource
{
    private const string Prefix = "Akhbar.Resources.Models.";

    public static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The model '{name}' is not embedded in Akhbar.Resources.");
}
