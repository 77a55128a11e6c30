using System.Collections.Frozen;
using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The event words (events/event-lexicon.tsv, made by <c>akhbar resources import event-lexicon</c>), looked up by the
/// folded surface form of a token. A token matches on its whole key, on the key without a leading و/ف ("والتقى"), then
/// without the future س ("سيعقدان"), then on its stem segment ("بالقصف", "هاجمها"), so that the lookup does not depend
/// on how the segmenter split the clitics.
/// </summary>
public sealed class EventLexicon
{
    public const string ResourceName = "events/event-lexicon.tsv";

    private static readonly Lazy<EventLexicon> Shipped = new(() => FromResource(TsvResource.Load(ResourceName)));

    /// <summary>The forms frozen (every token is looked up, several times over its clitic readings), by span.</summary>
    private readonly FrozenDictionary<string, EventLexeme>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The forms' endings: every lookup of a token's key (whole, less و/ف, less the future س, less the article) keeps its end.</summary>
    private readonly EndingFilter _endings;

    /// <summary>The forms' shapes (first letter, ending, length), asked before each lookup of a reading that passed the endings.</summary>
    private readonly FormShapeFilter _shapes;

    public EventLexicon(Dictionary<string, EventLexeme> forms)
    {
        Forms = forms;
        _lookup = forms.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _endings = new EndingFilter(forms.Keys);
        _shapes = new FormShapeFilter(forms.Keys);
    }

    public static EventLexicon Default => Shipped.Value;

    public IReadOnlyDictionary<string, EventLexeme> Forms { get; }

    /// <summary>The event word a token is, or null. <paramref name="text"/> is the document text the token indexes.</summary>
    public EventLexeme? Find(Token token, string text) => Find(token, text, out _);

    /// <summary>
    /// The event word a token is, or null; <paramref name="future"/> tells whether it carried the future prefix
    /// ("سيلتقي", "وسيعقدان"), which the segmenter does not always split off.
    /// </summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public EventLexeme? Find(Token token, string text, out bool future)
    {
        future = false;
        if (token.Kind != TokenKind.Word || token.Key.Length < 2)
        {
            return null;
        }

        var key = token.Key.AsSpan();
        // Most tokens are no event word: when no form ends as the key does, none of the lookups of the key's readings below
        // can find one, and only the stem's remains.
        var keyMayMatch = _endings.MayEndLikeAForm(key);
        EventLexeme? entry;
        if (keyMayMatch)
        {
            if (_shapes.MayBeAForm(key) && _lookup.TryGetValue(key, out entry))
            {
                return entry;
            }

            if (key.Length > 3 && key[0] is 'و' or 'ف')
            {
                key = key[1..];
                if (_shapes.MayBeAForm(key) && _lookup.TryGetValue(key, out entry))
                {
                    return entry;
                }
            }

            if (key.Length > 3 && key[0] == 'س' && key[1] is 'ي' or 'ت' or 'ن' && _shapes.MayBeAForm(key[1..]) && _lookup.TryGetValue(key[1..], out entry) && entry.Kind == EventWordKind.Verb)
            {
                future = true;
                return entry;
            }
        }

        // The folded stem once it has been read (found no noun and no verb it may be): a reading below equal to it can find
        // nothing either.
        scoped ReadOnlySpan<char> readStem = default;
        if (token.Segments.Length > 1)
        {
            var stem = token.Stem.Span;
            Span<char> buffer = stackalloc char[Math.Min(stem.Length, 64)];
            if (stem.Length <= 64)
            {
                var n = ArabicFolding.Fold(text.AsSpan(stem.Start, stem.Length), buffer);
                // A stem after the article is a noun: "للتوافق" is not the verb توافق; nor is one after ب or ك, which never
                // come before a verb ("بدعم من": with the support of), unlike ل ("ليدعم").
                // (Asked only of a verb found, since most stems are no event word.)
                if (n >= 2 && _endings.MayEndLikeAForm(buffer[..n]) && _shapes.MayBeAForm(buffer[..n]) && _lookup.TryGetValue(buffer[..n], out entry)
                    && !(entry.Kind == EventWordKind.Verb && (token.Has(SegmentRole.Article) || NounPreposition(token, text))))
                {
                    future = token.Has(SegmentRole.Future);
                    return entry;
                }

                if (n >= 2)
                {
                    readStem = buffer[..n];
                }
            }
        }

        if (!keyMayMatch)
        {
            return null;
        }

        // "والاجتماع", "للقاء": the article after a preposition the segmenter left attached.
        foreach (var prefix in ArticlePrefixes)
        {
            if (key.Length > prefix.Length + 2 && key.StartsWith(prefix, StringComparison.Ordinal)
                && ArticleReading(key[prefix.Length..], readStem) is { } noun)
            {
                return noun;
            }
        }

        return null;
    }

    /// <summary>
    /// The noun a key read without an article prefix is, or null. When the segmenter split the article off, the rest is
    /// the stem just read ("الاجتماع", "بالهجوم"): the stem found no noun there (it would have been returned) and a verb is
    /// no answer here, so the same lookup is not made again; that was one lookup in every failed reading of a word with the
    /// article (docs/PERFORMANCE.md, wt-perf24).
    /// </summary>
    private EventLexeme? ArticleReading(ReadOnlySpan<char> rest, ReadOnlySpan<char> readStem) =>
        !rest.SequenceEqual(readStem) && _shapes.MayBeAForm(rest) && _lookup.TryGetValue(rest, out var entry) && entry.Kind == EventWordKind.Noun ? entry : null;

    private static readonly string[] ArticlePrefixes = ["بال", "كال", "ال", "لل"];

    /// <summary>Whether the token carries the preposition ب or ك, which only a noun follows.</summary>
    private static bool NounPreposition(Token token, string text) =>
        token.SegmentWith(SegmentRole.Preposition) is { } p && text[p.Span.Start] is 'ب' or 'ك';

    public static EventLexicon FromResource(TsvResource tsv)
    {
        int form = tsv.Column("form"), lemma = tsv.Column("lemma"), kind = tsv.Column("kind"), cameo = tsv.Column("cameo");
        int prep = tsv.Column("prep"), needs = tsv.Column("needs_prep"), next = tsv.Column("next"), origin = tsv.Column("origin");
        var forms = new Dictionary<string, EventLexeme>(StringComparer.Ordinal);
        var shared = new Dictionary<string, EventLexeme>(StringComparer.Ordinal);
        foreach (var row in tsv.Rows)
        {
            var identity = string.Join('\t', row[lemma], row[kind], row[cameo], row[prep], row[needs], row[next], row[origin]);
            if (!shared.TryGetValue(identity, out var entry))
            {
                entry = new EventLexeme(
                    row[lemma],
                    row[kind] switch
                    {
                        "verb" => EventWordKind.Verb,
                        "noun" => EventWordKind.Noun,
                        _ => throw new InvalidOperationException($"{ResourceName}: unknown kind '{row[kind]}'."),
                    },
                    row[cameo],
                    row[prep].Length == 0 ? null : row[prep],
                    row[needs] == "yes",
                    row[next].Split(' ', StringSplitOptions.RemoveEmptyEntries),
                    row[origin] == "curated");
                shared[identity] = entry;
            }

            forms[row[form]] = entry;
        }

        return new EventLexicon(forms);
    }
}
