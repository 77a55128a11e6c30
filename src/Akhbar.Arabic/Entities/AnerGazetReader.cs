namespace Akhbar.Arabic.Entities;

/// <summary>
/// Reads Benajiba's ANERgazet (AlignedPersGazetteer.txt, AlignedLocGazetteer.txt, AlignedOrgGazetteer.txt:
/// one name a line, blocks separated by "===="). Its license is unstated, so it is used for training
/// features only: the trainer folds it into the model as hashed keys, and no list of it is shipped.
/// </summary>
public static class AnerGazetReader
{
    public static Gazetteer Read(string folder)
    {
        var gazetteer = new Gazetteer();
        foreach (var (keys, type) in Entries(folder))
        {
            gazetteer.Add(keys, type);
        }

        return gazetteer;
    }

    /// <summary>The names of the three lists as folded word keys and type, list after list.</summary>
    public static IEnumerable<(IReadOnlyList<string> Keys, GazetteerTypes Types)> Entries(string folder)
    {
        (string File, GazetteerTypes Type)[] files =
        [
            ("AlignedPersGazetteer.txt", GazetteerTypes.Person),
            ("AlignedLocGazetteer.txt", GazetteerTypes.Location),
            ("AlignedOrgGazetteer.txt", GazetteerTypes.Organization),
        ];
        foreach (var (file, type) in files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.BadRecord, $"{path}: no such file; expected the anergazet folder.");
            }

            foreach (var line in File.ReadLines(path))
            {
                var name = line.Trim();
                if (name.Length > 0 && !name.StartsWith("====", StringComparison.Ordinal))
                {
                    yield return (NerResources.KeysOf(name), type);
                }
            }
        }
    }
}
