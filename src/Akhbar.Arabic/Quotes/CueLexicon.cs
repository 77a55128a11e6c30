using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// The reporting cues (quotes/cues.tsv) and speaker nouns (quotes/speaker-nouns.tsv), looked up by folded key.
/// A token matches on its whole key or, when it starts with و or ف, on the rest ("وأضاف", "فقال"), so that the
/// lookup does not depend on whether the segmenter split the conjunction off.
/// </summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, CueEntry> _cues;
    private readonly Dictionary<string, CueEntry>.AlternateLookup<ReadOnlySpan<char>> _cueLookup;
    private readonly Dictionary<string, bool> _speakerNouns;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _nounLookup;

    public CueLexicon(Dictionary<string, CueEntry> cues, Dictionary<string, bool> speakerNouns)
    {
        _cues = cues;
        _cueLookup = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        _speakerNouns = speakerNouns;
        _nounLookup = speakerNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CueLexicon Default { get; } = Load();

    public int CueFormCount => _cues.Count;

    public CueEntry? Cue(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        var key = token.Key.AsSpan();
        if (_cueLookup.TryGetValue(key, out var entry))
        {
            return entry;
        }

        return key.Length > 3 && key[0] is 'و' or 'ف' && _cueLookup.TryGetValue(key[1..], out entry) ? entry : null;
    }

    /// <summary>Whether a folded word is one of the lexicon's cue forms (the import of other cue lists compares with it).</summary>
    public bool IsCueForm(string folded) => _cues.ContainsKey(folded);

    /// <summary>
    /// The gender of a singular reporting verb: 'f' for "قالت", "وأضافت", "تقول", 'm' for "قال", "وأضاف", "يقول", '?' for
    /// plural, dual and other forms. Read off the lexicon: a form is feminine when the same verb lists it without its ت.
    /// </summary>
    public char Gender(Token token)
    {
        var key = token.Key;
        if (IsJoinedCue(token) && key.Length > 3)
        {
            key = key[1..];
        }

        // A final alif after a form the lexicon lists is the masculine dual ("قالا"، "أكدا"), not the last letter of "دعا"
        // nor of the object pronoun ("يصفها").
        var stem = key.Length > 0 ? key[..^1] : key;
        if (key.Length < 3 || key.EndsWith("ان", StringComparison.Ordinal) || key.EndsWith("تا", StringComparison.Ordinal)
            || (key[^1] == 'ا' && key[^2] != 'ه' && IsCueForm(stem)))
        {
            return '?';
        }

        // "نفت" and "دعت" are "نفى" and "دعا" with the feminine ending, which replaces the final alif.
        if ((key[^1] == 'ت' && (IsCueForm(stem) || IsCueForm(stem + "ي") || IsCueForm(stem + "ا")))
            || (key[0] == 'ت' && IsCueForm("ي" + key[1..])))
        {
            return 'f';
        }

        return IsCueForm(key + "ت") || (key[^1] is 'ي' or 'ا' && IsCueForm(stem + "ت")) || (key[0] == 'ي' && IsCueForm("ت" + key[1..])) ? 'm' : '?';
    }

    /// <summary>
    /// Whether the token is a cue with a conjunction in front ("وأضاف", "فقال"): a new clause. A form that itself starts
    /// with و ("وصف", "وصفه") is not joined to anything.
    /// </summary>
    public bool IsJoinedCue(Token token) =>
        token.Kind == TokenKind.Word && token.Key.Length > 3 && token.Key[0] is 'و' or 'ف' && !_cueLookup.ContainsKey(token.Key.AsSpan()) && _cueLookup.ContainsKey(token.Key.AsSpan(1));

    /// <summary>Whether the token is a speaker noun ("الوزير", "مصادر"), and whether that noun is an unnamed source.</summary>
    public bool IsSpeakerNoun(Token token, out bool unnamed) => IsSpeakerNoun(token, afterLam: false, out unnamed);

    /// <summary>
    /// As <see cref="IsSpeakerNoun(Token, out bool)"/>; with <paramref name="afterLam"/> the noun may carry the preposition
    /// لـ of a source phrase ("وفقا لبيان", "ووفقا للمتحدث").
    /// </summary>
    public bool IsSpeakerNoun(Token token, bool afterLam, out bool unnamed)
    {
        unnamed = false;
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var key = token.Key.AsSpan();
        if (key.Length > 2 && key[0] is 'و' or 'ف' && !_nounLookup.ContainsKey(key))
        {
            key = key[1..];
        }

        if (afterLam && key.Length > 3 && key[0] == 'ل' && !_nounLookup.ContainsKey(key))
        {
            // للمتحدث = لـ + المتحدث, whose article lost its alef.
            key = key.StartsWith("لل", StringComparison.Ordinal) ? key[2..] : key[1..];
        }

        if (key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4)
        {
            key = key[2..];
        }

        return _nounLookup.TryGetValue(key, out unnamed);
    }

    private static CueLexicon Load()
    {
        var cues = new Dictionary<string, CueEntry>(StringComparer.Ordinal);
        foreach (var row in TsvResource.Load("quotes/cues.tsv").Rows)
        {
            var kind = row[1] switch
            {
                "verb" => CueKind.Verb,
                "participle" => CueKind.Participle,
                "topic" => CueKind.Topic,
                "source" => CueKind.Source,
                _ => throw new InvalidOperationException($"quotes/cues.tsv: unknown kind '{row[1]}'."),
            };
            var frames = CueFrames.None;
            foreach (var f in row[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                frames |= f switch
                {
                    "that" => CueFrames.That,
                    "on" => CueFrames.On,
                    "to" => CueFrames.To,
                    "about" => CueFrames.About,
                    "obj" => CueFrames.Object,
                    "colon" => CueFrames.Colon,
                    "strict" => CueFrames.Strict,
                    "with" => CueFrames.With,
                    "noun" => CueFrames.Noun,
                    "relay" => CueFrames.Relay,
                    "tell" => CueFrames.Tell,
                    _ => throw new InvalidOperationException($"quotes/cues.tsv: unknown frame '{f}'."),
                };
            }

            var entry = new CueEntry(row[0], kind, frames);
            foreach (var form in row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                cues.TryAdd(ArabicFolding.Fold(form), entry);
            }
        }

        var nouns = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var row in TsvResource.Load("quotes/speaker-nouns.tsv").Rows)
        {
            nouns.TryAdd(ArabicFolding.Fold(row[0]), row[1] == "yes");
        }

        return new CueLexicon(cues, nouns);
    }
}
