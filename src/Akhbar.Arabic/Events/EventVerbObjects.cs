using System.Collections.Frozen;
using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Events;

/// <summary>
/// One verb+object pattern of events/verb-objects.tsv: a verb that is an event only with this object noun ("قدم" +
/// "تعازي" is an empathetic comment, "ألقى" + "القبض" an arrest). <see cref="Link"/> is the preposition between them
/// ("أعرب عن قلقه"), or null; <see cref="Preposition"/> the one before the target; <see cref="VerbalNoun"/> the verb's
/// masdar ("رفع" for رفع, "اطلاق" for أطلق), which form I verbs write like their past. All folded.
/// </summary>
public sealed record VerbObjectPattern(string Verb, string? VerbalNoun, string? Link, string Object, HashSet<string> ObjectForms, string Cameo, string? Preposition);

/// <summary>
/// The patterns of one verb form, with the object forms of all of them, so that a word that is no object of any is passed
/// over with one test instead of one per pattern.
/// </summary>
public sealed record VerbPatterns(IReadOnlyList<VerbObjectPattern> Patterns, HashSet<string> AnyObjectForms, IReadOnlyList<string> CliticLinks)
{
    /// <summary>Whether the token can be the object of one of the patterns (the test <see cref="EventVerbObjects.IsObject"/> then makes for each).</summary>
    public bool MayBeObject(Token token, string text)
    {
        if (EventVerbObjects.Matches(AnyObjectForms, null, token, text, out _))
        {
            return true;
        }

        foreach (var link in CliticLinks)
        {
            if (EventVerbObjects.Matches(AnyObjectForms, link, token, text, out _))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The verb+object patterns (events/verb-objects.tsv, made by <c>akhbar resources import event-lexicon</c>), looked up by
/// the folded surface form of a verb token as <see cref="EventLexicon"/> looks up its words, and by the folded form of an
/// object token without its article, a preposition clitic or an attached pronoun ("القبض", "بالقلق", "قلقه").
/// </summary>
public sealed class EventVerbObjects
{
    public const string ResourceName = "events/verb-objects.tsv";

    private static readonly Lazy<EventVerbObjects> Shipped = new(() => FromResource(TsvResource.Load(ResourceName)));

    /// <summary>The verb forms frozen (every token is looked up), by span.</summary>
    private readonly FrozenDictionary<string, VerbPatterns>.AlternateLookup<ReadOnlySpan<char>> _byVerbForm;

    /// <summary>The verb forms' endings: every lookup of a token's key (whole, less و/ف, less the future س) keeps its end.</summary>
    private readonly EndingFilter _endings;

    /// <summary>The verb forms' shapes (first letter, ending, length), asked before each lookup of a reading that passed the endings.</summary>
    private readonly FormShapeFilter _shapes;

    public EventVerbObjects(Dictionary<string, VerbPatterns> byVerbForm)
    {
        _byVerbForm = byVerbForm.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _endings = new EndingFilter(byVerbForm.Keys);
        _shapes = new FormShapeFilter(byVerbForm.Keys);
    }

    public static EventVerbObjects Default => Shipped.Value;

    /// <summary>
    /// The patterns whose verb the token is (with or without a leading و/ف or the future س), or null;
    /// <paramref name="future"/> tells whether it carried the future prefix ("ستقدم").
    /// </summary>
    // Optimized from the first call, not after tiering: every token of every document passes through it (docs/PERFORMANCE.md, wt-perf20).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public VerbPatterns? PatternsOf(Token token, string text, out bool future)
    {
        future = false;
        if (token.Kind != TokenKind.Word || token.Key.Length < 2)
        {
            return null;
        }

        var key = token.Key.AsSpan();
        VerbPatterns? found;

        // Most tokens are no verb of a pattern: when no verb form ends as the key does, none of the key's readings can be one.
        if (_endings.MayEndLikeAForm(key))
        {
            if (_shapes.MayBeAForm(key) && _byVerbForm.TryGetValue(key, out found))
            {
                return found;
            }

            if (key.Length > 3 && key[0] is 'و' or 'ف')
            {
                key = key[1..];
                if (_shapes.MayBeAForm(key) && _byVerbForm.TryGetValue(key, out found))
                {
                    return found;
                }
            }

            if (key.Length > 3 && key[0] == 'س' && key[1] is 'ي' or 'ت' or 'ن' && _shapes.MayBeAForm(key[1..]) && _byVerbForm.TryGetValue(key[1..], out found))
            {
                future = true;
                return found;
            }
        }

        // "وأطلقته": the verb's stem without an object pronoun (the key lookups above cover و, ف and س). Only then, since
        // folding a stem costs more than a lookup and most tokens are no verb of a pattern.
        if (token.Segments.Length > 1 && token.Has(SegmentRole.Pronoun) && !token.Has(SegmentRole.Article) && token.Stem.Span.Length <= 64)
        {
            Span<char> buffer = stackalloc char[64];
            var n = ArabicFolding.Fold(text.AsSpan(token.Stem.Span.Start, token.Stem.Span.Length), buffer);
            if (n >= 2 && _endings.MayEndLikeAForm(buffer[..n]) && _shapes.MayBeAForm(buffer[..n]) && _byVerbForm.TryGetValue(buffer[..n], out found))
            {
                future = token.Has(SegmentRole.Future);
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// The patterns of one folded verb form ("اعرب"), or null: the objects a verb takes, read as a list of their own (the
    /// stances a speaker expresses are the objects of أعرب عن).
    /// </summary>
    public VerbPatterns? PatternsOfForm(string form) => _byVerbForm.TryGetValue(form, out var found) ? found : null;

    /// <summary>
    /// Whether the token is the pattern's object: its key or stem, without a leading و, a preposition clitic and the article
    /// ("والقبض", "بالقلق", "للمساعدات"), is one of the object's forms. With a link preposition the token must carry it
    /// ("بالسجن" is not "في السجن") or stand right after it, which the caller checks.
    /// </summary>
    public static bool IsObject(VerbObjectPattern pattern, Token token, string text, out bool carriesLink) =>
        Matches(pattern.ObjectForms, pattern.Link, token, text, out carriesLink);

    /// <summary>Whether the token, read as <see cref="IsObject"/> reads it, is one of <paramref name="forms"/>.</summary>
    internal static bool Matches(HashSet<string> forms, string? link, Token token, string text, out bool carriesLink)
    {
        carriesLink = false;
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var key = token.Key.AsSpan();
        if (key.Length > 3 && key[0] == 'و')
        {
            key = key[1..];
        }

        if (link is { Length: 1 } clitic && key.Length > 3 && key[0] == clitic[0])
        {
            key = key[1..];
            carriesLink = true;
        }

        // "للمساعدات": ل before the article, which drops its alef; "بالقلق", "كالعادة": ب or ك before it.
        if (key.Length > 4 && key.StartsWith("لل"))
        {
            key = key[2..];
        }
        else
        {
            if (key.Length > 4 && key[0] is 'ب' or 'ك' && key[1..].StartsWith("ال"))
            {
                key = key[1..];
            }

            if (key.Length > 3 && key.StartsWith("ال"))
            {
                key = key[2..];
            }
        }

        if (Contains(forms, key))
        {
            return true;
        }

        // "قلقه", "تعازيها": the noun with a possessive pronoun the segmenter did not split off.
        foreach (var pronoun in PossessivePronouns)
        {
            if (key.Length > pronoun.Length + 2 && key.EndsWith(pronoun, StringComparison.Ordinal) && ContainsBeforePronoun(forms, key[..^pronoun.Length]))
            {
                return true;
            }
        }

        // The stem without the attached pronoun, where the segmenter split it.
        if (token.Segments.Length > 1 && token.Has(SegmentRole.Pronoun) && token.Stem.Span.Length <= 64)
        {
            Span<char> buffer = stackalloc char[64];
            var n = ArabicFolding.Fold(text.AsSpan(token.Stem.Span.Start, token.Stem.Span.Length), buffer);
            return n >= 2 && ContainsBeforePronoun(forms, buffer[..n]);
        }

        return false;
    }

    /// <summary>
    /// A noun before a possessive pronoun, which writes its ة as ت ("إدانتها"، "مطالبتهم"): the form as it is, or with ت
    /// read as the folded ة (ه) the forms are kept with.
    /// </summary>
    private static bool ContainsBeforePronoun(HashSet<string> forms, ReadOnlySpan<char> stem)
    {
        if (Contains(forms, stem))
        {
            return true;
        }

        if (stem.Length < 3 || stem[^1] != 'ت' || stem.Length > 64)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[stem.Length];
        stem.CopyTo(buffer);
        buffer[^1] = 'ه';
        return Contains(forms, buffer);
    }

    /// <summary>Possessive pronouns that end an object noun ("قلقها", "تعازيهم"), folded, longest first.</summary>
    private static readonly string[] PossessivePronouns = ["هما", "ها", "هم", "نا", "ه"];

    private static bool Contains(HashSet<string> forms, ReadOnlySpan<char> key) => forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public static EventVerbObjects FromResource(TsvResource tsv)
    {
        int verb = tsv.Column("verb"), verbForms = tsv.Column("verb_forms"), verbalNoun = tsv.Column("verbal_noun"), link = tsv.Column("link"), obj = tsv.Column("object");
        int objectForms = tsv.Column("object_forms"), cameo = tsv.Column("cameo"), prep = tsv.Column("prep");
        var lists = new Dictionary<string, List<VerbObjectPattern>>(StringComparer.Ordinal);
        foreach (var row in tsv.Rows)
        {
            var pattern = new VerbObjectPattern(
                row[verb],
                row[verbalNoun].Length == 0 ? null : row[verbalNoun],
                row[link].Length == 0 ? null : row[link],
                row[obj],
                new HashSet<string>(row[objectForms].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal),
                row[cameo],
                row[prep].Length == 0 ? null : row[prep]);
            foreach (var form in row[verbForms].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!lists.TryGetValue(form, out var list))
                {
                    lists[form] = list = [];
                }

                list.Add(pattern);
            }
        }

        return new EventVerbObjects(lists.ToDictionary(
            p => p.Key,
            p => new VerbPatterns(
                p.Value.ToArray(),
                new HashSet<string>(p.Value.SelectMany(x => x.ObjectForms), StringComparer.Ordinal),
                [.. p.Value.Select(x => x.Link).OfType<string>().Where(l => l.Length == 1).Distinct(StringComparer.Ordinal)]),
            StringComparer.Ordinal));
    }
}
