using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Splits an Arabic word into proclitics (و ف, then ب ك ل or the future س, then the article ال, with ل+ال written لل),
/// a stem and an enclitic pronoun (ه ها هم هما هن ك كم كن كما ي نا). Each clitic is peeled from the outside in, and
/// only when the word is plausibly that clitic plus a real word: the rest must be attested in a word-frequency
/// lexicon, and the whole form must not be much more frequent than the clitic reading explains (so وزير, كامل,
/// بيروت stay whole while وقال, بشكل, بلاده split). See docs/stages/segmentation.md.
/// Works on the folded key so that hamza and alef spellings do not matter, but looks at the letters where the
/// spelling decides: teh marbuta is never a pronoun, alef maqsura is not the pronoun ي, and an alef with hamza
/// never starts the article.
/// </summary>
public sealed class CliticSegmenter
{
    private readonly WordFrequencies _frequencies;
    private readonly HashSet<string> _noSplit;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _noSplitLookup;
    // One cache per thread: a lookup then needs no lock and reads one slot (see CliticAnalysisCache).
    private readonly ThreadLocal<CliticAnalysisCache> _caches = new(() => new CliticAnalysisCache());

    // The cache this thread used last and its segmenter, nearly always the default one: two thread-static reads per
    // word instead of the ThreadLocal's lookup.
    [ThreadStatic]
    private static CliticSegmenter? t_cacheOwner;

    [ThreadStatic]
    private static CliticAnalysisCache? t_cache;

    public CliticSegmenter(WordFrequencies frequencies, HashSet<string> noSplit)
    {
        _frequencies = frequencies;
        _noSplit = noSplit;
        _noSplitLookup = noSplit.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CliticSegmenter Default => LazyDefault.Value;

    private static readonly Lazy<CliticSegmenter> LazyDefault = new(() => new CliticSegmenter(WordFrequencies.Default, LoadNoSplit()));

    private static HashSet<string> LoadNoSplit()
    {
        var tsv = TsvResource.Load("segmentation/no-split.tsv");
        var col = tsv.Column("word");
        return new HashSet<string>(tsv.Rows.Select(r => ArabicFolding.Fold(r[col])), StringComparer.Ordinal);
    }

    /// <summary>
    /// Folds and segments the word <c>text[span]</c> in one step and returns its folded key. A word seen before takes
    /// its key and analysis from the cache: no folding, and one key string shared by all its occurrences (the corpus
    /// has 40 tokens per distinct word), which saves a string allocation for most tokens.
    /// </summary>
    public string SegmentWord(string text, TextSpan span, List<Segment> output) => SegmentWord(text, span, output, ThreadCache());

    /// <summary>
    /// <see cref="SegmentWord(string, TextSpan, List{Segment})"/> with this thread's cache (<see cref="CurrentThreadCache"/>)
    /// taken once by the caller: a document's words need not each look it up.
    /// </summary>
    public string SegmentWord(string text, TextSpan span, List<Segment> output, CliticAnalysisCache cache)
    {
        var word = text.AsSpan(span.Start, span.Length);

        // Only Arabic words of two letters or more are cached, so a hit is exactly one of Segment's cached cases.
        if (cache.TryGet(word, out var analysis, out var cachedKey, out var keyLength) && cachedKey is not null)
        {
            if (keyLength == span.Length)
            {
                Emit(analysis, span.Start, span.End, null, output);
            }
            else
            {
                Emit(analysis, span.Start, span.End, LetterPositions(text, span, keyLength), output);
            }

            return cachedKey;
        }

        var key = ArabicFolding.Fold(word);
        Segment(text, span, key, output);
        return key;
    }

    /// <summary>The analysis cache of the calling thread (the segmenter keeps one per thread).</summary>
    public CliticAnalysisCache CurrentThreadCache => ThreadCache();

    /// <summary>
    /// Segments <c>text[span]</c>, whose folded form is <paramref name="key"/>, into <paramref name="output"/>.
    /// The segments tile the span exactly. Non-Arabic words and numbers are one stem segment.
    /// </summary>
    public void Segment(string text, TextSpan span, string key, List<Segment> output)
    {
        var word = text.AsSpan(span.Start, span.Length);
        if (key.Length == 0 || !IsArabicWord(word))
        {
            output.Add(new Segment(span, SegmentRole.Stem));
            return;
        }

        if (key.Length == 1)
        {
            // A conjunction or preposition written apart (و 10، ب 5) keeps its role; any other letter is a stem.
            output.Add(new Segment(span, key[0] switch
            {
                'و' or 'ف' => SegmentRole.Conjunction,
                'ب' or 'ل' or 'ك' => SegmentRole.Preposition,
                _ => SegmentRole.Stem,
            }));
            return;
        }

        if (key.Length == span.Length)
        {
            var cache = ThreadCache();
            if (!cache.TryGet(word, out var analysis))
            {
                analysis = Analyze(key, word);
                cache.Add(word, analysis, key);
            }

            Emit(analysis, span.Start, span.End, null, output);
            return;
        }

        // Diacritics or tatweel make the key shorter than the word: analyse the letters, then map key positions back
        // to the text so that each mark stays with the letter it sits on. Such words are cached too, by their written
        // form: about 6,600 word tokens of the 3,000 articles of Akhbar.Bench have a mark (mostly tanween: أيضاً، عاماً),
        // and analysing each of them anew, with two arrays each, showed in profiles of its full analysis.
        var map = LetterPositions(text, span, key.Length);
        var marked = ThreadCache();
        if (!marked.TryGet(word, out var markedAnalysis))
        {
            var letters = new char[key.Length];
            for (var k = 0; k < letters.Length; k++)
            {
                letters[k] = text[map[k]];
            }

            // Tanween on or before a final alef (إعلانًا) makes that alef the accusative ending, never part of نا or ها.
            var caseEnding = key[^1] == 'ا' && word.Contains('\u064B');
            markedAnalysis = Analyze(key, letters, caseEnding);
            marked.Add(word, markedAnalysis, key);
        }

        Emit(markedAnalysis, span.Start, span.End, map, output);
    }

    /// <summary>
    /// For a word whose key (of <paramref name="keyLength"/> letters) is shorter than the word, the text position of
    /// each key letter, then the word's end: the marks stay with the letters they sit on.
    /// </summary>
    private static int[] LetterPositions(string text, TextSpan span, int keyLength)
    {
        var map = new int[keyLength + 1];
        var k = 0;
        for (var t = span.Start; t < span.End && k < keyLength; t++)
        {
            if (ArabicFolding.FoldChar(text[t]) != '\0')
            {
                map[k++] = t;
            }
        }

        map[keyLength] = span.End;
        return map;
    }

    private CliticAnalysisCache ThreadCache()
    {
        if (ReferenceEquals(t_cacheOwner, this))
        {
            return t_cache!;
        }

        (t_cacheOwner, t_cache) = (this, _caches.Value!);
        return t_cache;
    }

    private static void Emit(CliticAnalysis a, int start, int end, int[]? map, List<Segment> output)
    {
        int At(int keyIndex) => map is null ? start + keyIndex : keyIndex == 0 ? start : map[keyIndex];

        var i = 0;
        if (a.Conjunction)
        {
            output.Add(new Segment(new TextSpan(At(0), At(1)), SegmentRole.Conjunction));
            i = 1;
        }

        if (a.Preposition != PrepositionClitic.None)
        {
            output.Add(new Segment(new TextSpan(At(i), At(i + 1)), a.Preposition == PrepositionClitic.Future ? SegmentRole.Future : SegmentRole.Preposition));
            i++;
        }

        if (a.ArticleLength > 0)
        {
            output.Add(new Segment(new TextSpan(At(i), At(i + a.ArticleLength)), SegmentRole.Article));
            i += a.ArticleLength;
        }

        var keyLength = map is null ? end - start : map.Length - 1;
        var stemEnd = a.EncliticLength > 0 ? At(keyLength - a.EncliticLength) : end;
        output.Add(new Segment(new TextSpan(At(i), stemEnd), SegmentRole.Stem));
        if (a.EncliticLength > 0)
        {
            output.Add(new Segment(new TextSpan(stemEnd, end), SegmentRole.Pronoun));
        }
    }

    /// <summary>
    /// The clitics of a folded word. <paramref name="letters"/> is the word letter for letter as written (same length
    /// as <paramref name="key"/>), for the decisions that folding would hide; <paramref name="caseEnding"/> says that
    /// the final alef carries the accusative tanween, so no pronoun ends there.
    /// </summary>
    public CliticAnalysis Analyze(ReadOnlySpan<char> key, ReadOnlySpan<char> letters, bool caseEnding = false)
    {
        if (key.Length < 2 || IsNoSplit(key))
        {
            return CliticAnalysis.Whole;
        }

        var word = new Word(key, letters, caseEnding, this);
        var i = 0;
        var conjunction = false;
        if (key[0] is 'و' or 'ف' && word.PeelConjunction())
        {
            conjunction = true;
            i = 1;
        }

        var preposition = PrepositionClitic.None;
        byte article = 0;
        var layer = word.PeelPreposition(i);
        if (layer.Kind != PrepositionClitic.None)
        {
            preposition = layer.Kind;
            article = layer.ArticleLength;
            i += 1 + article;
        }
        else if (word.PeelArticle(i))
        {
            article = 2;
            i += 2;
        }

        var enclitic = article == 0 ? word.PeelEnclitic(i, preposition == PrepositionClitic.Preposition) : 0;
        return new CliticAnalysis(conjunction, preposition, article, (byte)enclitic);
    }

    private bool IsNoSplit(ReadOnlySpan<char> form) => _noSplitLookup.Contains(form);

    /// <summary>Frequency of a form in the lexicon.</summary>
    private int F(ReadOnlySpan<char> form) => _frequencies.Frequency(form);

    /// <summary>Frequency of ال + <paramref name="stem"/>, the written-out form of the لل in للمساعدات.</summary>
    private int WithArticle(ReadOnlySpan<char> stem)
    {
        if (stem.Length > 30)
        {
            return 0;
        }

        Span<char> form = stackalloc char[stem.Length + 2];
        form[0] = 'ا';
        form[1] = 'ل';
        stem.CopyTo(form[2..]);
        return F(form);
    }

    /// <summary>
    /// Whether the form itself takes the article often enough to be a word in its own right: the article never
    /// precedes a proclitic, so البطاقة and الوعود show that بطاقة and وعود are words, while البسبب and الوقال do not occur.
    /// </summary>
    private bool TakesArticle(ReadOnlySpan<char> form)
    {
        if (form.Length > 30)
        {
            return false;
        }

        Span<char> withArticle = stackalloc char[form.Length + 2];
        withArticle[0] = 'ا';
        withArticle[1] = 'ل';
        form.CopyTo(withArticle[2..]);

        // A hamza-initial word that folds to the same letters (ألوانا for ال+وانا) is no evidence.
        var count = F(withArticle);
        return count >= CliticRates.MinArticleEvidence && count >= CliticRates.ArticleEvidenceShare * F(form)
            && !_frequencies.MostlyHamzaInitial(withArticle);
    }

    /// <summary>
    /// Frequency of a stem that carried an enclitic: before a pronoun teh marbuta is written ت (حكومته) and alef
    /// maqsura ا (مستواه), so the stem is also looked up as it is written alone (folded: ه and ي).
    /// </summary>
    private int StemBeforePronoun(ReadOnlySpan<char> stem)
    {
        var f = F(stem);
        // Not for short stems: سا is not سى (ساهم), تفا is not تفي (تفاهم).
        if (stem.Length >= (stem[^1] == 'ا' ? 4 : 3) && stem[^1] is 'ت' or 'ا' or 'و' or 'ي' && stem.Length <= 32)
        {
            // Hamza on a carrier folds to و or ي (أعضاؤها، مبادئه): alone the word ends in ء.
            Span<char> alone = stackalloc char[stem.Length + 1];
            stem.CopyTo(alone);
            alone[stem.Length - 1] = stem[^1] switch { 'ت' => 'ه', 'ا' => 'ي', _ => 'ء' };
            f = Math.Max(f, F(alone[..stem.Length]));
            if (stem[^1] == 'و')
            {
                // A plural in -ون loses its ن before a pronoun (مستشاروها).
                alone[stem.Length - 1] = 'و';
                alone[stem.Length] = 'ن';
                f = Math.Max(f, F(alone));
            }
        }

        return f;
    }

    /// <summary>One word under analysis: the decisions for each clitic layer.</summary>
    private readonly ref struct Word(ReadOnlySpan<char> key, ReadOnlySpan<char> letters, bool caseEnding, CliticSegmenter owner)
    {
        private readonly ReadOnlySpan<char> _key = key;
        private readonly ReadOnlySpan<char> _letters = letters;
        private readonly bool _caseEnding = caseEnding;
        private readonly CliticSegmenter _owner = owner;

        /// <summary>و or ف at the start: split when the rest, as a word with its own clitics, explains the form.</summary>
        public bool PeelConjunction()
        {
            if (_key.Length < 3)
            {
                return false;
            }

            var rest = Explain(1, Layer.Preposition);
            var whole = _owner.F(_key);

            // The rest is explained with its pronoun (زارت+ها), so the whole is too: وزارتها is وزارة+ها, not و+زارت+ها.
            var wholeWithPronoun = (int)Explain(0, Layer.Stem);
            if (Splits(wholeWithPronoun, rest, _key[0] == 'و' ? CliticRates.WawSplit : CliticRates.FaSplit) && !IsWordOfItsOwn(0, whole, rest))
            {
                return true;
            }

            // Neither the form nor its rest is known: a name newer than the lexicon after و (وماكرون), or an unknown word
            // after an article chain (فالكوماروفسكي). ف-initial foreign names are too common to guess, and وا starts the
            // active participles of و-initial roots (واضحون).
            if (rest < CliticRates.MinRestForUnseen && whole == 0 && ((_key[0] == 'و' && _key.Length >= 5 && _letters[1] != 'ا') || UnknownWithArticleChain(1)))
            {
                return true;
            }

            // A second clitic chain that splits on its own (وبالتالي، فللمرة، وسيتم) is strong evidence even when the
            // chain is an idiom more frequent than its rest.
            if (_key.Length < 5)
            {
                return false;
            }

            var inner = PeelPreposition(1);
            return inner.Kind == PrepositionClitic.Future || inner.ArticleLength > 0;
        }

        /// <summary>ب ك ل (with لل = ل + article) or the future س at <paramref name="i"/>.</summary>
        public (PrepositionClitic Kind, byte ArticleLength) PeelPreposition(int i)
        {
            var remaining = _key.Length - i;
            if (remaining < 3 || IsNoSplitWithPronoun(i))
            {
                return (PrepositionClitic.None, 0);
            }

            var whole = _owner.F(_key[i..]);
            var c = _key[i];
            if (c == 'ل' && _key[i + 1] == 'ل' && remaining >= 4)
            {
                // لل is the preposition ل and either the article whose alef is not written (للمساعدات: المساعدات) or a
                // word that starts with ل (للبنان: لبنان); no Arabic word starts so. The likelier spelled-out rest wins.
                return _owner.WithArticle(_key[(i + 2)..]) >= _owner.F(_key[(i + 1)..])
                    ? (PrepositionClitic.Preposition, (byte)1)
                    : (PrepositionClitic.Preposition, (byte)0);
            }

            // له، بها، لهم are a preposition carrying a pronoun (see PeelEnclitic), not a preposition before a word.
            if (c is 'ب' or 'ك' or 'ل' && !CliticRates.IsPronoun(_key[(i + 1)..]) && !(c == 'ك' && _key[i + 1] == 'ي'))
            {
                var rest = Explain(i + 1, Layer.Article);
                var threshold = c switch { 'ب' => CliticRates.BaSplit, 'ل' => CliticRates.LamSplit, _ => CliticRates.KafSplit };
                if (remaining == 3)
                {
                    // A two-letter rest is often a word of its own (قى in لقي) or a fragment: ask for more evidence.
                    threshold *= CliticRates.ShortRestFactor;
                }

                // A preposition never precedes the conjunction: when the rest is itself و + word (ونور), the form is a
                // name (كونور), not ك + ونور.
                if (_key[i + 1] == 'و' && _owner.F(_key[(i + 2)..]) * CliticRates.WawSplit >= _owner.F(_key[(i + 1)..]))
                {
                    rest = 0;
                }

                if ((Splits(whole, rest, threshold) && threshold * rest >= EncliticSupport(i) && !IsWordOfItsOwn(i, whole, rest))
                    || (rest == 0 && whole == 0 && UnknownWithArticleChain(i + 1) && c != 'ل'))
                {
                    return (PrepositionClitic.Preposition, (byte)(ArticleAt(i + 1) ? 2 : 0));
                }
            }
            else if (c == 'س' && IsImperfectPrefix(i + 1) && remaining >= 4)
            {
                var rest = Explain(i + 1, Layer.Stem);
                if (Splits(whole, rest, CliticRates.SinSplit) && !IsWordOfItsOwn(i, whole, rest))
                {
                    return (PrepositionClitic.Future, 0);
                }
            }

            return (PrepositionClitic.None, 0);
        }

        /// <summary>The article ال at <paramref name="i"/>, with nothing before it but a conjunction.</summary>
        public bool PeelArticle(int i) => ArticleAt(i);

        /// <summary>The length of the enclitic pronoun after the stem that starts at <paramref name="stemStart"/>, or 0.</summary>
        public int PeelEnclitic(int stemStart, bool afterPreposition)
        {
            var region = _key[stemStart..];
            if (region.Length < 2 || _owner.IsNoSplit(region))
            {
                return 0;
            }

            // له، بها، لهم: the prepositions ب and ل written with a pronoun are the whole word (the stem is the preposition).
            if (!afterPreposition && region[0] is 'ب' or 'ل' && CliticRates.IsPronoun(region[1..]) && !(region[0] == 'ب' && region.Length == 2 && region[1] == 'ي')
                && PronounLettersOk(region.Length - 1))
            {
                return region.Length - 1;
            }

            var whole = _owner.F(region);
            var best = 0;
            var bestSupport = 0.0;
            foreach (var (pronoun, threshold, _) in CliticRates.Pronouns)
            {
                var split = threshold;
                var stemLength = region.Length - pronoun.Length;
                if (stemLength < 2 || !region.EndsWith(pronoun) || !PronounLettersOk(pronoun.Length))
                {
                    continue;
                }

                var stem = _owner.StemBeforePronoun(region[..stemLength]);
                if (stemLength == 2)
                {
                    // A two-letter stem is often part of the word (مت+هم in متهم): ask for more evidence.
                    split *= CliticRates.ShortRestFactor;
                }

                if (stem > 0 && Splits(whole, stem, split) && stem * split > bestSupport)
                {
                    best = pronoun.Length;
                    bestSupport = stem * split;
                }
            }

            return best;
        }

        /// <summary>
        /// Whether the form from <paramref name="i"/> is a word in its own right by the article test
        /// (<see cref="CliticSegmenter.TakesArticle"/>). Asked only when the form is not rare beside its rest: a
        /// frequent rest (أن in وأن, لم in فلم) settles the question, and short forms often collide with other words
        /// once folded (الوان is ألوان).
        /// </summary>
        private bool IsWordOfItsOwn(int i, int whole, double rest) =>
            whole >= CliticRates.ArticleTestFloor * rest && _owner.TakesArticle(_key[i..]);

        /// <summary>Whether the form from <paramref name="i"/>, or that form less a final pronoun, is listed as a whole word (لديه).</summary>
        private bool IsNoSplitWithPronoun(int i)
        {
            var region = _key[i..];
            if (_owner.IsNoSplit(region))
            {
                return true;
            }

            foreach (var (pronoun, _, _) in CliticRates.Pronouns)
            {
                if (region.Length - pronoun.Length >= 2 && region.EndsWith(pronoun) && _owner.IsNoSplit(region[..^pronoun.Length]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The support for reading the form from <paramref name="i"/> as a stem plus an enclitic pronoun that could not
        /// also take the proclitic (too little stem would be left), on the same scale as a proclitic's
        /// (threshold × frequency): كله is كل+ه, not ك+له.
        /// </summary>
        private double EncliticSupport(int i)
        {
            var region = _key[i..];
            var best = 0.0;
            foreach (var (pronoun, split, _) in CliticRates.Pronouns)
            {
                // Only a two-letter stem leaves no room for the proclitic as well (ك+ل+ه would have a one-letter stem).
                if (region.Length - pronoun.Length == 2 && region.EndsWith(pronoun) && PronounLettersOk(pronoun.Length))
                {
                    best = Math.Max(best, split * _owner.StemBeforePronoun(region[..^pronoun.Length]));
                }
            }

            return best;
        }

        /// <summary>
        /// How often the form from <paramref name="i"/> occurs, or would occur as clitics plus an attested word
        /// (the best reading): what a clitic in front of it is compared against.
        /// </summary>
        private double Explain(int i, Layer layer)
        {
            var region = _key[i..];
            if (region.Length < 2)
            {
                return 0;
            }

            double best = _owner.F(region);
            if (layer <= Layer.Preposition && region.Length >= 3)
            {
                if (region[0] is 'ب' or 'ك' or 'ل')
                {
                    best = Math.Max(best, CliticRates.PrepositionExplain * Explain(i + 1, Layer.Article));
                }

                if (region[0] == 'ل' && region[1] == 'ل' && region.Length >= 4)
                {
                    best = Math.Max(best, CliticRates.PrepositionExplain * _owner.WithArticle(region[2..]));
                }

                if (region[0] == 'س' && IsImperfectPrefix(i + 1))
                {
                    best = Math.Max(best, CliticRates.FutureExplain * Explain(i + 1, Layer.Stem));
                }
            }

            if (layer <= Layer.Article && region.Length >= 4 && region[0] == 'ا' && region[1] == 'ل' && IsArticleLetter(i))
            {
                best = Math.Max(best, CliticRates.ArticleExplain * _owner.F(region[2..]));
            }

            foreach (var (pronoun, _, explain) in CliticRates.Pronouns)
            {
                if (region.Length - pronoun.Length >= 2 && region.EndsWith(pronoun) && PronounLettersOk(pronoun.Length))
                {
                    best = Math.Max(best, explain * _owner.StemBeforePronoun(region[..^pronoun.Length]));
                }
            }

            return best;
        }

        /// <summary>
        /// The article ال at <paramref name="i"/>: a bare alef (a hamza-alef is the first letter of a word such as
        /// ألمانيا or إلغاء, also when the lexicon shows it is usually written so), a stem of two letters or more that
        /// is attested, or an unknown word whose stem is long enough to be a name (والكوماروفسكي).
        /// </summary>
        private bool ArticleAt(int i)
        {
            var remaining = _key.Length - i;
            if (remaining < 4 || _key[i] != 'ا' || _key[i + 1] != 'ل' || !IsArticleLetter(i))
            {
                return false;
            }

            var region = _key[i..];
            if (_owner.IsNoSplit(region) || _owner._frequencies.MostlyHamzaInitial(region))
            {
                return false;
            }

            var stem = _owner.F(region[2..]);
            var whole = _owner.F(region);
            return stem > 0 ? whole <= CliticRates.ArticleSplit * stem : whole == 0 || remaining >= 6;
        }

        /// <summary>Whether an unknown form starting at <paramref name="i"/> is ال, بال, كال or لل plus a stem of three letters or more.</summary>
        private bool UnknownWithArticleChain(int i)
        {
            var region = _key[i..];
            if (region.Length >= 5 && region[0] == 'ا' && region[1] == 'ل')
            {
                return IsArticleLetter(i);
            }

            return region.Length >= 6 && region[0] is 'ب' or 'ك' && region[1] == 'ا' && region[2] == 'ل' && IsArticleLetter(i + 1)
                || (region.Length >= 5 && region[0] == 'ل' && region[1] == 'ل');
        }

        private bool IsArticleLetter(int i) => _letters[i] is 'ا' or '\u0671';

        /// <summary>
        /// A pronoun of this length at the end is written as one: not teh marbuta (ة), not alef maqsura or yeh with hamza
        /// for ي, not an alef that carries the accusative tanween.
        /// </summary>
        private bool PronounLettersOk(int length)
        {
            var last = _letters[^1];
            if (last is 'ة' or 'ى' or 'ئ' || (last == 'ا' && _caseEnding))
            {
                return false;
            }

            return length > 0;
        }

        /// <summary>
        /// Split when the rest is attested and the form is not much more frequent than the clitic reading predicts:
        /// a word in its own right (وزير, كامل) is far more frequent than clitic + rest (و+زير, ك+أمل).
        /// </summary>
        private static bool Splits(int whole, double rest, double threshold) =>
            whole == 0 ? rest >= CliticRates.MinRestForUnseen : rest >= 1 && whole <= threshold * rest;

        /// <summary>
        /// The letter at <paramref name="i"/> can start an imperfect verb after the future س: ي ت ن, or أ written with
        /// its hamza (سأعمل); a bare alef starts perfect verbs such as ساهم.
        /// </summary>
        private bool IsImperfectPrefix(int i) => _key[i] is 'ي' or 'ت' or 'ن' || _letters[i] == 'أ';
    }

    private enum Layer
    {
        Preposition,
        Article,
        Stem,
    }

    private static bool IsArabicWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!ArabicChars.IsArabicLetter(c) && !ArabicChars.IsDiacritic(c) && c != ArabicChars.Tatweel)
            {
                return false;
            }
        }

        return true;
    }
}
