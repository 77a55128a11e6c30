using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// Source and target accuracy on sentences known to hold an event of their category. Of the document's events of that
/// category (negated and hypothetical ones left out), the one that gets most arguments right is judged, so a sentence
/// with several events is not penalized for the order they come in. An argument is right when one of its words is a
/// gold word (folded; a predicted word may carry up to two proclitic letters more, "والمتظاهرون" for "المتظاهرون"). A
/// sentence with no event of the category counts as wrong for every gold argument. Actor countries are compared where
/// the gold code's first part is a country ("TUN" of "TUN GOV"; not "None", "IGO", "IMG", "NGO", "MNC").
/// </summary>
public sealed class ArgumentScore
{
    private static readonly HashSet<string> NotCountries = new(["None", "IGO", "IMG", "NGO", "MNC"], StringComparer.Ordinal);

    public int Sentences { get; private set; }

    public int WithEvent { get; private set; }

    public (int Right, int Total) Source { get; private set; }

    public (int Right, int Total) Target { get; private set; }

    public (int Right, int Total) SourceCountry { get; private set; }

    public (int Right, int Total) TargetCountry { get; private set; }

    /// <summary>Sentences whose gold has a CAMEO code, and those where an event of the same root was coded.</summary>
    public (int Right, int Total) Root { get; private set; }

    public List<string> Errors { get; } = [];

    public void Add(ArgumentSentence gold, Document doc)
    {
        Sentences++;
        var candidates = doc.Events.Where(e => !e.Negated && !e.Hypothetical && EventCategory.Holds(gold.Category, e.Cameo)).ToList();
        if (gold.Cameo is { } code)
        {
            Root = (Root.Right + (doc.Events.Any(e => e.Cameo[..2] == code[..2]) ? 1 : 0), Root.Total + 1);
        }

        if (candidates.Count > 0)
        {
            WithEvent++;
        }
        else
        {
            Errors.Add($"{gold.Category} no event in {gold.Id}: {DetectionScore.Shorten(gold.Text)}");
        }

        var best = candidates.OrderByDescending(e => (Right(gold.SourceWords, e.Source, doc) ? 1 : 0) + (Right(gold.TargetWords, e.Target, doc) ? 1 : 0)).FirstOrDefault();
        if (gold.SourceWords.Count > 0)
        {
            Source = Tally(Source, best is not null && Right(gold.SourceWords, best.Source, doc));
        }

        if (gold.TargetWords.Count > 0)
        {
            Target = Tally(Target, best is not null && Right(gold.TargetWords, best.Target, doc));
        }

        if (Country(gold.SourceCode) is { } sc)
        {
            SourceCountry = Tally(SourceCountry, best?.Source is { } a && EntityCountry(doc, a) == sc);
        }

        if (Country(gold.TargetCode) is { } tc)
        {
            TargetCountry = Tally(TargetCountry, best?.Target is { } a && EntityCountry(doc, a) == tc);
        }
    }

    /// <summary>Whether one word of the predicted argument is one of the gold words.</summary>
    public static bool Right(IReadOnlyList<string> goldWords, EventArgument? argument, Document doc)
    {
        if (goldWords.Count == 0 || argument is null)
        {
            return false;
        }

        var predicted = Tokens(doc.Slice(argument.Span));
        foreach (var g in goldWords.SelectMany(Tokens))
        {
            if (predicted.Any(p => p == g || (p.Length - g.Length is > 0 and <= 2 && p.EndsWith(g, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Tokens(string text) =>
        ArabicFolding.Fold(text).Split((char[])[' ', '\n', '\t', '،', ',', '.', '"', '“', '”', '«', '»', ':', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static string? Country(string? code)
    {
        var main = code?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return main is { Length: 3 } && !NotCountries.Contains(main) ? main : null;
    }

    private static string? EntityCountry(Document doc, EventArgument argument) =>
        argument.EntityId is { } id && doc.HasLinkedEntities ? doc.LinkedEntities.FirstOrDefault(e => e.Id == id)?.Country : null;

    private static (int Right, int Total) Tally((int Right, int Total) t, bool right) => (t.Right + (right ? 1 : 0), t.Total + 1);
}
