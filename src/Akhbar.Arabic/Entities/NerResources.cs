using Akhbar.Core.Text;
using Akhbar.Resources;
using Akhbar.Resources.Models;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// The shipped NER data: the model <c>Models/ner.akm</c> and the gazetteers under <c>Data/gazetteers/</c>
/// (columns name, key, type; key is the folded name, its words separated by single spaces).
/// </summary>
public static class NerResources
{
    public const string ModelName = "ner.akm";
    private const string GazetteerFolder = "gazetteers/";

    public static Gazetteer Gazetteer => GazetteerHolder.Instance;

    /// <summary>
    /// The gazetteer of the rules that run after the tagger (<see cref="PlaceRule"/>): the shipped gazetteers and the
    /// first-level divisions of the Arab states (Data/entities/governorates.tsv: الأنبار، ريف دمشق، حضرموت), which GeoNames
    /// names in English only, and the towns it lacks (towns.tsv: القنفذة، رفحاء). Kept apart from <see cref="Gazetteer"/>, which training reads, so that the shipped model's
    /// recipe still makes the same model.
    /// </summary>
    public static Gazetteer RuleGazetteer => RuleGazetteerHolder.Instance;

    public static NerModel LoadModel()
    {
        using var stream = ModelResource.Open(ModelName);
        return NerModel.Load(stream, ModelName);
    }

    /// <summary>Parses a type column value: PERS, LOC, ORG, MISC or TITLE.</summary>
    public static GazetteerTypes ParseType(string type) => type switch
    {
        "PERS" => GazetteerTypes.Person,
        "LOC" => GazetteerTypes.Location,
        "ORG" => GazetteerTypes.Organization,
        "MISC" => GazetteerTypes.Miscellaneous,
        "TITLE" => GazetteerTypes.Title,
        _ => throw new InvalidOperationException($"Unknown gazetteer type '{type}'."),
    };

    /// <summary>Splits a name into folded word keys, the way the tagger sees words.</summary>
    public static string[] KeysOf(string name) =>
        ArabicFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The entries of the shipped gazetteers as folded word keys and type, in file order.</summary>
    public static IEnumerable<(IReadOnlyList<string> Keys, GazetteerTypes Types)> GazetteerEntries()
    {
        foreach (var name in TsvResource.All().Where(n => n.StartsWith(GazetteerFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var tsv = TsvResource.Load(name);
            int keyColumn = tsv.Column("key"), typeColumn = tsv.Column("type");
            foreach (var row in tsv.Rows)
            {
                yield return (row[keyColumn].Split(' '), ParseType(row[typeColumn]));
            }
        }
    }

    private static Gazetteer LoadGazetteer()
    {
        var gazetteer = new Gazetteer();
        foreach (var (keys, types) in GazetteerEntries())
        {
            gazetteer.Add(keys, types);
        }

        return gazetteer;
    }

    private static Gazetteer LoadRuleGazetteer()
    {
        var gazetteer = LoadGazetteer();
        // Divisions and towns that the city table lacks are places of one state, typed as places like its cities (regions are
        // not): the region files after regions.tsv, governorates.tsv, towns.tsv and the holy sites of landmarks.tsv.
        foreach (var file in Linking.LinkingResources.RegionFiles[1..])
        {
            var divisions = TsvResource.Load(file);
            var name = divisions.Column("name");
            foreach (var row in divisions.Rows)
            {
                gazetteer.Add(KeysOf(row[name]), GazetteerTypes.Location);
            }
        }

        var regions = TsvResource.Load(Linking.LinkingResources.RegionFiles[0]);
        var regionName = regions.Column("name");
        foreach (var row in regions.Rows)
        {
            gazetteer.Add(KeysOf(row[regionName]), GazetteerTypes.Region);
        }

        return gazetteer;
    }

    private static class GazetteerHolder
    {
        public static readonly Gazetteer Instance = LoadGazetteer();
    }

    private static class RuleGazetteerHolder
    {
        public static readonly Gazetteer Instance = LoadRuleGazetteer();
    }
}
