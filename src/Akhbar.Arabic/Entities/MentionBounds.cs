using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Where a mention starts and ends in the text once its clitics are left out. The tagger tags whole tokens
/// ("لروسيا" is B-LOC), so the mention starts at the first article or stem segment of its first token and
/// ends at the end of its last token, less an enclitic pronoun of two letters or more (a one-letter ه is too
/// often the end of a name: عبدالله). A proclitic is only cut off with evidence that it is one: the article
/// follows it ("والموصل"), or what follows is a known name ("وبغداد", "لروسيا") or a word of the same
/// article ("ولافروف" where "لافروف" also stands alone). Without evidence the token stays whole, because
/// names that start like a clitic are common ("فيسبوك", "ويندوز", "وليد"). Evidence for the whole word beats evidence for
/// the rest: a person of the people table ("كيري" of جون كيري, whose يري is also the verb يرى of the same article) or a
/// word that stands right after a given name in a person's name of the article ("بلاتر" of "جوزيف بلاتر", whose لاتر is
/// also the Indian town Latur) is not cut, and "لبلاتر" loses only its ل.
/// </summary>
public static class MentionBounds
{
    /// <param name="wordsAfterGivenNames">
    /// The keys of the words right after a given name in the article's person names (<c>جوزيف بلاتر</c> gives بلاتر): a proclitic
    /// does not stand there, so the word is written whole.
    /// </param>
    public static TextSpan Of(string text, Token first, Token last, Gazetteer gazetteer, IReadOnlySet<string> documentKeys, IReadOnlySet<string>? wordsAfterGivenNames = null)
    {
        var start = StartOf(text, first, gazetteer, documentKeys, first.Span != last.Span);
        start = WholeNameStart(text, first, start, documentKeys, wordsAfterGivenNames);
        var end = last.Span.End;
        var segments = last.Segments;
        if (segments.Length > 1 && segments[^1].Role == SegmentRole.Pronoun && segments[^1].Span.Length >= 2)
        {
            end = segments[^1].Span.Start;
        }

        return end > start ? new TextSpan(start, end) : first.Span with { End = last.Span.End };
    }

    /// <summary>Whether a proclitic before <paramref name="rest"/> (a folded key) is attested as one.</summary>
    public static bool IsCliticBefore(string rest, Gazetteer gazetteer, IReadOnlySet<string> documentKeys) =>
        IsCliticBefore(rest.AsSpan(), gazetteer, documentKeys);

    /// <summary><see cref="IsCliticBefore(string, Gazetteer, IReadOnlySet{string})"/> of the rest of a key, without cutting it out of the key when the document's keys are a <see cref="DocumentKeys"/>.</summary>
    private static bool IsCliticBefore(ReadOnlySpan<char> rest, Gazetteer gazetteer, IReadOnlySet<string> documentKeys) =>
        rest.StartsWith("ال", StringComparison.Ordinal) || IsName(gazetteer, rest)
        || (documentKeys is DocumentKeys keys ? keys.Contains(rest) : documentKeys.Contains(rest.ToString()));

    private static int StartOf(string text, Token token, Gazetteer gazetteer, IReadOnlySet<string> documentKeys, bool longerName)
    {
        if (token.Kind != TokenKind.Word || (IsName(gazetteer, token.Key) && !IsCountryAfterPreposition(token.Key)))
        {
            return token.Span.Start;
        }

        // The segmenter's start, when its proclitics are attested.
        var start = token.Span.Start;
        foreach (var s in token.Segments)
        {
            if (s.Role is SegmentRole.Article or SegmentRole.Stem)
            {
                start = s.Span.Start;
                break;
            }
        }

        // An article written as the second ل of لل (للعراق) was weighed by the segmenter against a name that starts
        // with ل (للبنان: لبنان); its reading is the spelled-out name, which the article itself attests.
        var offset = KeyOffset(text, token.Span, start);
        if (offset > 0 && !IsElidedArticle(text, token, start) && !IsCut(text, token, 0, offset, gazetteer, documentKeys, longerName))
        {
            start = token.Span.Start;
            offset = 0;
        }

        // Proclitics the segmenter left attached: the light forms, with the same evidence.
        var forms = WordForms.FromKey(token.Key);
        if (forms.ConjunctionEnd > offset && IsCut(text, token, offset, forms.ConjunctionEnd, gazetteer, documentKeys, longerName))
        {
            start = TextOffset(text, token.Span, forms.ConjunctionEnd);
            offset = forms.ConjunctionEnd;
        }

        if (forms.HasBarePreposition && forms.PrepositionEnd > offset && IsCut(text, token, offset, forms.PrepositionEnd, gazetteer, documentKeys, longerName))
        {
            start = TextOffset(text, token.Span, forms.PrepositionEnd);
        }

        return start;
    }

    /// <summary>
    /// The start of the longest tail of the token before <paramref name="start"/> that is a person's whole name (a family name
    /// or name of the people table, or one of <paramref name="wordsAfterGivenNames"/>), or <paramref name="start"/> when there is
    /// none: the clitic reading of its first letters only stands where the name itself is not attested. Never before the
    /// article ("والدي" is و + الدي, my father, whatever the tagger joined it to). A word after a given name only wins where the
    /// rest never stands alone in the article: "عدن" written alone as well makes "بعدن" in Aden even after "علي" (a chunk
    /// that ran on), while "لاتر" is never written alone in an article on Blatter.
    /// </summary>
    private static int WholeNameStart(string text, Token token, int start, IReadOnlySet<string> documentKeys, IReadOnlySet<string>? wordsAfterGivenNames)
    {
        var offset = KeyOffset(text, token.Span, start);
        var key = token.Key.AsSpan();
        if (offset == 0 || key[offset..].StartsWith("ال", StringComparison.Ordinal))
        {
            return start;
        }

        var restAlone = wordsAfterGivenNames is not null && documentKeys.Contains(token.Key[offset..]);
        for (var p = 0; p < offset && p < key.Length - 2; p++)
        {
            if (p > 0 && !Proclitics.Letters.Contains(key[p - 1]))
            {
                break;
            }

            var tail = token.Key[p..];
            if (Linking.LinkingResources.Default.KnownPeople.IsNameOrFamilyName(tail) || (!restAlone && wordsAfterGivenNames is not null && wordsAfterGivenNames.Contains(tail)))
            {
                return p == 0 ? token.Span.Start : TextOffset(text, token.Span, p);
            }
        }

        return start;
    }

    /// <summary>
    /// Whether the letters of <paramref name="key"/> from <paramref name="from"/> to <paramref name="to"/> are proclitics with
    /// evidence: the rest is attested (<see cref="IsCliticBefore(ReadOnlySpan{char}, Gazetteer, IReadOnlySet{string})"/>) and
    /// the word is no word of its own (<see cref="IsWordOfItsOwn"/>), or, in a name of two words or more, the rest is a noun
    /// that heads names ("بسلطنة عمان", "ووكالة إنترفاكس": <see cref="NameHeads"/>).
    /// </summary>
    private static bool IsCut(string text, Token token, int from, int to, Gazetteer gazetteer, IReadOnlySet<string> documentKeys, bool longerName)
    {
        var key = token.Key;
        var rest = key.AsSpan(to);
        return (longerName && NameHeads.Contains(rest))
            || (IsCliticBefore(rest, gazetteer, documentKeys) && !IsWordOfItsOwn(key.AsSpan(from), rest)
                && !IsHamzaLeftOut(text, token, to, documentKeys));
    }

    /// <summary>
    /// Whether the rest after a would-be proclitic starts with a bare alef where news almost always writes that word with a
    /// hamza, and the article never writes the rest alone: then the alef belongs to the whole word, a foreign name that
    /// merely starts with ب، ل or و ("بايك تاي هيون" is no ب + أيك, which the frequency lexicon writes with its hamza 24
    /// times of 26). A writer who drops hamzas writes the name alone elsewhere too ("بايران" beside "ايران"), which keeps the cut.
    /// </summary>
    private static bool IsHamzaLeftOut(string text, Token token, int restOffset, IReadOnlySet<string> documentKeys)
    {
        var rest = token.Key.AsSpan(restOffset);
        if (rest.Length < 2 || rest[0] != 'ا' || rest[1] == 'ل' || text[TextOffset(text, token.Span, restOffset)] != 'ا')
        {
            return false;
        }

        return Segmentation.WordFrequencies.Default.MostlyHamzaInitial(rest)
            && !(documentKeys is DocumentKeys keys ? keys.Contains(rest) : documentKeys.Contains(rest.ToString()));
    }

    /// <summary>How often a word must occur in the frequency lexicon to count as a word of its own.</summary>
    private const int WordOfItsOwnCount = 20;

    /// <summary>
    /// Whether a word that starts like a proclitic is a common word of its own rather than the clitic and the rest: the
    /// frequency lexicon (<see cref="Segmentation.WordFrequencies"/>) counts it at least <see cref="WordOfItsOwnCount"/> times and
    /// more often than the rest alone. "وكيل" (agent, 145) is no و + كيل (Kiel, 18), "كبار" no ك + بار (Bar); a name after
    /// a conjunction is rarer than the name alone ("وبغداد", "وموسكو").
    /// </summary>
    public static bool IsWordOfItsOwn(ReadOnlySpan<char> whole, ReadOnlySpan<char> rest)
    {
        var frequencies = Segmentation.WordFrequencies.Default;
        var count = frequencies.Frequency(whole);
        return count >= WordOfItsOwnCount && count > frequencies.Frequency(rest);
    }

    /// <summary>
    /// Whether a mention starting at <paramref name="start"/> in <paramref name="token"/> starts at an article whose alef
    /// the preposition ل took (the second ل of "للعراق"), so that its name is read with the alef put back.
    /// </summary>
    public static bool IsElidedArticle(string text, Token token, int start)
    {
        foreach (var s in token.Segments)
        {
            if (s.Span.Start == start)
            {
                return s.Role == SegmentRole.Article && ArabicFolding.FoldChar(text[start]) == 'ل' && KeyOffset(text, s.Span, s.Span.End) == 1;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word is a name of the model's gazetteer or of the rules' (<see cref="NerResources.RuleGazetteer"/>, which
    /// adds the first-level divisions the model was not trained with: "ونينوى" is و + نينوى), or the first word of a
    /// country name or alias, which neither gazetteer holds alone (بريطانيا، كوريا), or a listed given name.
    /// </summary>
    private static bool IsName(Gazetteer gazetteer, ReadOnlySpan<char> key) =>
        (gazetteer.LookupWord(key) & NameTypes) != 0 || (NerResources.RuleGazetteer.LookupWord(key) & NameTypes) != 0
        || CountryWords.Contains(key) || GivenNames.ContainsKey(key);

    /// <summary>
    /// Whether a word the gazetteers hold whole is rather a bare ب, ل or و before a country's name that the corpus writes
    /// more often alone: "بروسيا" is Prussia to the gazetteer, but in news it is "in Russia" (روسيا 1,667 times in the
    /// frequency lexicon, بروسيا 494). A country's own name is never cut ("بنما", "لبنان" are no ب + نما, ل + بنان: neither
    /// rest is a country).
    /// </summary>
    private static bool IsCountryAfterPreposition(string key)
    {
        if (key.Length < 4 || key[0] is not ('ب' or 'ل' or 'و') || CountryWords.Contains(key))
        {
            return false;
        }

        var rest = key.AsSpan(1);
        return CountryWords.Contains(rest) && !IsWordOfItsOwn(key, rest);
    }

    /// <summary>The first words of the country names and aliases of entity linking ("وبريطانيا", "وكوريا الشمالية").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryWords =
        Linking.LinkingResources.Default.CountryFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The common given names of entity linking (Data/entities/given-names.tsv): a listed name is written so, not a clitic before
    /// another name ("لجين" is Lujain, not ل + جين, Jean).
    /// </summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> GivenNames =
        Linking.LinkingResources.Default.NameSpellings.GetAlternateLookup<ReadOnlySpan<char>>();

    private const GazetteerTypes NameTypes = GazetteerTypes.Person | GazetteerTypes.Location | GazetteerTypes.Organization;

    /// <summary>The key offset of a text position inside a token (keys drop diacritics and tatweel).</summary>
    internal static int KeyOffset(string text, TextSpan token, int position)
    {
        var k = 0;
        for (var t = token.Start; t < position; t++)
        {
            k += ArabicFolding.FoldChar(text[t]) != '\0' ? 1 : 0;
        }

        return k;
    }

    /// <summary>The text position of a key offset inside a token.</summary>
    private static int TextOffset(string text, TextSpan token, int keyOffset)
    {
        var k = 0;
        for (var t = token.Start; t < token.End; t++)
        {
            if (ArabicFolding.FoldChar(text[t]) != '\0')
            {
                if (k == keyOffset)
                {
                    return t;
                }

                k++;
            }
        }

        return token.End;
    }
}
