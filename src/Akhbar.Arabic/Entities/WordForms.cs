using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>The rough class of a word, for shape features.</summary>
public enum WordShape : byte
{
    Arabic,
    Latin,
    Number,

    /// <summary>A Latin word written with a capital first letter (Apple, IBM): in Arabic news almost always a name.</summary>
    LatinCapitalized,
    Punctuation,
    Mixed,
}

/// <summary>
/// The forms of one word that the tagger looks at, all taken from its folded key: the proclitics that can be
/// read off its start (conjunction و/ف, then a preposition ب/ك/ل before the article, the article ال, or لل)
/// and the stem that remains. This light stripping is the tagger's own and is deliberately fixed, so that the
/// trained model does not change meaning when the pipeline's clitic segmenter is improved. A bare preposition
/// before a stem without the article (لروسيا) is ambiguous with names that start with the same letter
/// (لبنان), so it is offered as a separate, weaker form: <see cref="PrepositionEnd"/>.
/// </summary>
public readonly record struct WordForms(string Key, int ConjunctionEnd, int StemStart, int PrepositionEnd, WordShape Shape)
{
    private const int MinStem = 2;

    /// <summary>The key without proclitics (the stem).</summary>
    public ReadOnlySpan<char> Stem => Key.AsSpan(StemStart);

    /// <summary>A code for the proclitic chain: 0 none, 1 conjunction, 2 article, 3 conjunction + article, 4 preposition + article, 5 all three.</summary>
    public int ProcliticCode
    {
        get
        {
            var conj = ConjunctionEnd > 0;
            var rest = StemStart - ConjunctionEnd;
            return rest switch
            {
                0 => conj ? 1 : 0,
                2 when Key[ConjunctionEnd] == 'ا' => conj ? 3 : 2,
                _ => conj ? 5 : 4,
            };
        }
    }

    /// <summary>Whether a bare preposition could be read off the start (<see cref="PrepositionEnd"/> is past it).</summary>
    public bool HasBarePreposition => PrepositionEnd > StemStart;

    public static WordForms Of(string surface) => FromKey(ArabicFolding.Fold(surface)).WithCase(surface);

    /// <summary>A test of a folded word (or part of one) against a list of nouns.</summary>
    public delegate bool NounTest(ReadOnlySpan<char> key);

    /// <summary>
    /// Where in the key a noun that <paramref name="isNoun"/> knows begins, or -1: the whole key first, since a noun that
    /// begins with و or ف (وكالة، فيلم) has that letter read off as a conjunction, then after the conjunction, then after a
    /// preposition ب، ك or ل glued to it (بمطار، لصحيفة).
    /// </summary>
    public int NounStart(NounTest isNoun)
    {
        if (isNoun(Key))
        {
            return 0;
        }

        var key = Key.AsSpan(ConjunctionEnd);
        if (ConjunctionEnd > 0 && isNoun(key))
        {
            return ConjunctionEnd;
        }

        return key.Length > 3 && key[0] is 'ب' or 'ك' or 'ل' && isNoun(key[1..]) ? ConjunctionEnd + 1 : -1;
    }

    /// <summary>
    /// The same forms with the capital of a Latin word restored from its surface text: folding lower-cases
    /// Latin letters, and the capital is the best sign that a Latin word is a name.
    /// </summary>
    public WordForms WithCase(ReadOnlySpan<char> surface) =>
        Shape == WordShape.Latin && surface.Length > 0 && char.IsUpper(surface[0]) ? this with { Shape = WordShape.LatinCapitalized } : this;

    /// <summary>Analyzes a folded key.</summary>
    public static WordForms FromKey(string key)
    {
        var shape = ShapeOf(key);
        if (shape != WordShape.Arabic)
        {
            return new WordForms(key, 0, 0, 0, shape);
        }

        var i = 0;
        if (key.Length - 1 >= 3 && key[0] is 'و' or 'ف')
        {
            i = 1;
        }

        var conj = i;
        var rest = key.Length - i;
        if (rest >= 2 + MinStem && key[i] == 'ل' && key[i + 1] == 'ل')
        {
            i += 2;
        }
        else if (rest >= 3 + MinStem && key[i] is 'ب' or 'ك' or 'ل' && key[i + 1] == 'ا' && key[i + 2] == 'ل')
        {
            i += 3;
        }
        else if (rest >= 2 + MinStem && key[i] == 'ا' && key[i + 1] == 'ل')
        {
            i += 2;
        }

        var prep = i;
        if (i == conj && key.Length - i >= 1 + 3 && key[i] is 'ب' or 'ك' or 'ل')
        {
            prep = i + 1;
        }

        return new WordForms(key, conj, i, prep, WordShape.Arabic);
    }

    private static WordShape ShapeOf(string key)
    {
        bool arabic = false, latin = false, digit = false, other = false;
        foreach (var c in key)
        {
            if (c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3')
            {
                arabic = true;
            }
            else if (c is >= 'a' and <= 'z')
            {
                latin = true;
            }
            else if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else
            {
                other = true;
            }
        }

        var kinds = (arabic ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0);
        return kinds switch
        {
            0 => WordShape.Punctuation,
            > 1 => WordShape.Mixed,
            _ when arabic => other ? WordShape.Mixed : WordShape.Arabic,
            _ when latin => WordShape.Latin,
            _ => WordShape.Number,
        };
    }
}
