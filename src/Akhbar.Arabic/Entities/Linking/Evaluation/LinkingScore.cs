using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking.Evaluation;

/// <summary>
/// Scores linked entities against gold. A predicted entity matches a gold entity of the same type when their
/// mention sets, as raw spans, agree: exactly equal spans count, and the Jaccard index of the two sets
/// (equal spans over all distinct spans) is at least <see cref="MinJaccard"/>; pairs are made one to one,
/// best index first. On matched pairs whose gold states it, the English name is right when its consonant
/// skeleton (<see cref="NameSkeleton"/>) is within 0.75 of the gold one, the country when equal, and the
/// point when within <see cref="MaxDegrees"/> in latitude and longitude.
/// </summary>
public sealed class LinkingScore
{
    public const double MinJaccard = 0.5;
    public const double MaxDegrees = 0.2;

    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int Matched { get; private set; }

    /// <summary>Predicted entities with no mention in the text field (title only): not scored.</summary>
    public int OnlyInTitle { get; private set; }

    public (int Right, int Total) NameEn { get; private set; }

    public (int Right, int Total) Country { get; private set; }

    public (int Right, int Total) Point { get; private set; }

    /// <summary>
    /// The predicted entities of an analyzed article with their mentions as raw spans. Gold marks no mention glued to لل,
    /// whose article's alef is gone (gold/README.md): the entity stage starts such a mention at the article's ل ("لصين",
    /// <see cref="EntityMention.ArticleElided"/>), and it is left out of the scored spans, as an entity with no other
    /// mention is left out of the scored entities. A descriptive entity (<see cref="Entity.Descriptive"/>: "الحكومة الروسية") is
    /// left out too: gold marks such phrases as actor spans, not entities.
    /// </summary>
    public static List<(Entity Entity, HashSet<TextSpan> Raw)> Predictions(Document doc)
    {
        var elided = doc.Entities.Where(m => m.ArticleElided).Select(m => m.Span).ToHashSet();
        var predicted = new List<(Entity, HashSet<TextSpan>)>();
        foreach (var e in doc.LinkedEntities)
        {
            if (e.Descriptive)
            {
                continue;
            }

            var raw = new HashSet<TextSpan>();
            var scored = 0;
            foreach (var m in e.Mentions)
            {
                if (elided.Contains(m.Span))
                {
                    continue;
                }

                scored++;
                if (doc.Offsets.ToRaw(m.Span) is { } r)
                {
                    raw.Add(new TextSpan(r.Start, r.End));
                }
            }

            if (scored > 0)
            {
                predicted.Add((e, raw));
            }
        }

        return predicted;
    }

    /// <summary>
    /// Adds one article: predicted entities with their mentions already mapped to raw spans. Returns the
    /// matched pairs (gold index, predicted index) so that a caller can list the misses.
    /// </summary>
    public List<(int Gold, int Predicted)> Add(IReadOnlyList<GoldEntity> gold, IReadOnlyList<(Entity Entity, HashSet<TextSpan> Raw)> predicted)
    {
        // An entity named only in the title has no raw offsets, and gold annotates the text field only: it can
        // be neither right nor wrong, so it is counted apart.
        OnlyInTitle += predicted.Count(p => p.Raw.Count == 0);
        Gold += gold.Count;
        Predicted += predicted.Count(p => p.Raw.Count > 0);
        var pairs = new List<(double Jaccard, int G, int P)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var goldSet = gold[g].Mentions.ToHashSet();
            for (var p = 0; p < predicted.Count; p++)
            {
                if (predicted[p].Entity.Type.Label() != gold[g].Type || predicted[p].Raw.Count == 0)
                {
                    continue;
                }

                var common = goldSet.Count(predicted[p].Raw.Contains);
                var jaccard = common == 0 ? 0 : (double)common / (goldSet.Count + predicted[p].Raw.Count - common);
                if (jaccard >= MinJaccard)
                {
                    pairs.Add((jaccard, g, p));
                }
            }
        }

        var matched = new List<(int Gold, int Predicted)>();
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Jaccard))
        {
            if (!usedG.Add(g))
            {
                continue;
            }

            if (!usedP.Add(p))
            {
                usedG.Remove(g);
                continue;
            }

            Matched++;
            matched.Add((g, p));
            Check(gold[g], predicted[p].Entity);
        }

        return matched;
    }

    /// <summary>Whether a predicted English name passes: consonant skeletons within 0.75.</summary>
    public static bool NameEnRight(string gold, string? predicted) =>
        predicted is { } p && NameSkeleton.Similarity(NameSkeleton.Of(gold), NameSkeleton.Of(p)) >= 0.75;

    /// <summary>Whether a predicted point passes: latitude and longitude both within <see cref="MaxDegrees"/>.</summary>
    public static bool PointRight(double lat, double lon, GeoLink? geo) =>
        geo?.Lat is { } a && geo.Lon is { } b && Math.Abs(a - lat) <= MaxDegrees && Math.Abs(b - lon) <= MaxDegrees;

    private void Check(GoldEntity gold, Entity entity)
    {
        if (gold.NameEn is { } en)
        {
            var right = NameEnRight(en, entity.NameEn);
            NameEn = (NameEn.Right + (right ? 1 : 0), NameEn.Total + 1);
        }

        if (gold.Country is { } country)
        {
            Country = (Country.Right + (entity.Country == country ? 1 : 0), Country.Total + 1);
        }

        if (gold.Lat is { } lat && gold.Lon is { } lon)
        {
            var right = PointRight(lat, lon, entity.Geo);
            Point = (Point.Right + (right ? 1 : 0), Point.Total + 1);
        }
    }
}
