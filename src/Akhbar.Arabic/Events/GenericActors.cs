using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The common nouns news text names actors by when it names no one (Data/events/generic-actors.tsv): protesters
/// ("المتظاهرون"), people who protest or suffer ("آلاف الطلاب", "ثلاثة مدنيين"), armed men ("مسلحون مجهولون", "انتحاري"),
/// a state's men ("جنود", "دورية"), and the words that count them ("آلاف", "عدد من"). They are no entity, so an event
/// keeps their words as a span argument (docs/CONTRACT.md: a source or target with words and no entity).
/// </summary>
internal static class GenericActors
{
    public enum Kind
    {
        None,
        Protester,
        People,
        Armed,
        Security,
        Quantity,
    }

    private static readonly Lazy<Dictionary<string, Kind>> Words = new(Load);

    /// <summary>Looks words up by a span of their key, so that dropping a leading و or ف allocates nothing (a hot path).</summary>
    private static readonly Lazy<Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>>> Lookup =
        new(() => Words.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The words' endings: most tokens end as no word of the list, and are turned away before the lookup.</summary>
    private static readonly Lazy<EndingFilter> Endings = new(() => new EndingFilter(Words.Value.Keys));

    /// <summary>The kind of a word, less a leading و or ف and the article; None with a preposition clitic ("للمتظاهرين").</summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Kind Of(Token token)
    {
        if (token.Kind == TokenKind.Number)
        {
            return Kind.Quantity;
        }

        if (token.Kind != TokenKind.Word)
        {
            return Kind.None;
        }

        // The key as it is first: a word of the list may begin with ف itself ("فدائيون"), which is no conjunction.
        var key = token.Key.AsSpan();
        if (!Endings.Value.MayEndLikeAForm(key) || token.Has(SegmentRole.Preposition))
        {
            return Kind.None;
        }

        var lookup = Lookup.Value;
        if (lookup.TryGetValue(key, out var kind))
        {
            return kind;
        }

        // Without و or ف only when the key has one: the same key looked up again (every token that passed the endings
        // and opens with neither) would find nothing again (docs/PERFORMANCE.md, wt-perf24).
        var bare = ArticleActors.WithoutConjunctionSpan(token.Key);
        return bare.Length != key.Length && lookup.TryGetValue(bare, out kind) ? kind : Kind.None;
    }

    /// <summary>
    /// The kind of the noun a word holds after the clitic ل, given folded and without it ("أنصار" of "لأنصار", "العاملين"
    /// of "للعاملين"), which <see cref="Of"/> turns away for the clitic.
    /// </summary>
    public static Kind OfNounAfterLam(string noun) => Lookup.Value.TryGetValue(noun, out var kind) ? kind : Kind.None;

    /// <summary>Whether the word names actors (not a count).</summary>
    public static bool IsActorNoun(Token token) => Of(token) is Kind.Protester or Kind.People or Kind.Armed or Kind.Security;

    private static Dictionary<string, Kind> Load()
    {
        var tsv = TsvResource.Load("events/generic-actors.tsv");
        int word = tsv.Column("word"), kind = tsv.Column("kind");
        var map = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var row in tsv.Rows)
        {
            var key = ArabicFolding.Fold(row[word]);
            var value = Enum.Parse<Kind>(row[kind], ignoreCase: true);
            map.TryAdd(key, value);
            map.TryAdd("ال" + key, value);
        }

        return map;
    }
}
