namespace Akhbar.Arabic.Entities;

/// <summary>
/// Turns a sentence of <see cref="WordForms"/> into hashed features per word: folded forms and stems in a
/// window of two words each side, word bigrams, prefixes and suffixes, proclitic chain, shape, gazetteer
/// membership of the word and its neighbours, titles before the word (الرئيس، وزير الخارجية) and nisba
/// adjectives after it (الروسي، التركية), and, with the optional tables, word classes, the type lexicon, vector
/// classes and how name-like the letters of the word and its neighbours are. Pure and thread-safe: all state
/// is in the arguments.
/// </summary>
public sealed class FeatureExtractor
{
    /// <summary>At most this many features per word.</summary>
    public const int MaxPerWord = 96;

    /// <summary>
    /// The features that identify the word itself (its folded form, its stem, the word bigrams with its
    /// neighbours, and what the type lexicon says of it) come right after the bias, so that training can drop
    /// them now and then and learn what an unseen word looks like (<see cref="TrainingOptions.WordDropout"/>).
    /// The lexicon is among them so that context keeps its weight where the lexicon is misled by a homograph
    /// (هايكو, the first name, is also the poem form and the city Haikou).
    /// </summary>
    public const int IdentityFirst = 1;

    public const int IdentityCount = 10;

    /// <summary>The bias, form, stem and four lexicon features that start <see cref="ExtractOwn"/>'s output.</summary>
    private const int OwnHead = 7;

    /// <summary>The four word bigrams that start <see cref="ExtractContext"/>'s output.</summary>
    private const int ContextHead = 4;

    private readonly Gazetteer _gazetteer;
    private readonly WordClusters _clusters;
    private readonly TypeLexicon _lexicon;
    private readonly WordClusters _embeddingClasses;
    private readonly NameLikeness _nameLikeness;

    public FeatureExtractor(Gazetteer gazetteer, WordClusters clusters, TypeLexicon? lexicon = null, WordClusters? embeddingClasses = null, NameLikeness? nameLikeness = null)
    {
        _gazetteer = gazetteer;
        _clusters = clusters;
        _lexicon = lexicon ?? TypeLexicon.Empty;
        _embeddingClasses = embeddingClasses ?? WordClusters.Empty;
        _nameLikeness = nameLikeness ?? NameLikeness.Empty;
    }

    // The resources the features are read from, with the empty ones in place of those not given: a trainer hands these on
    // to the model it makes, whose features must be read from the same.
    public Gazetteer Gazetteer => _gazetteer;

    public WordClusters Clusters => _clusters;

    public TypeLexicon Lexicon => _lexicon;

    public WordClusters EmbeddingClasses => _embeddingClasses;

    public NameLikeness NameLikeness => _nameLikeness;

    /// <summary>
    /// Fills <paramref name="features"/> (length at least words × <see cref="MaxPerWord"/>) and
    /// <paramref name="counts"/> with the features of each word; word i owns
    /// <c>features[i * MaxPerWord .. i * MaxPerWord + counts[i]]</c>. The word's own features
    /// (<see cref="ExtractOwn"/>) and its context features (<see cref="ExtractContext"/>) are laid out so that
    /// the identity block sits at <see cref="IdentityFirst"/>: the bias, the form, the stem and the lexicon
    /// buckets (own), then the four word bigrams (context), then the other own and context features.
    /// </summary>
    public void Extract(ReadOnlySpan<WordForms> words, Span<uint> features, Span<int> counts)
    {
        var n = words.Length;
        var context = new uint[n * MaxPerWord];
        var contextCounts = new int[n];
        ExtractContext(words, context, contextCounts);
        Span<uint> own = stackalloc uint[MaxPerWord];
        for (var i = 0; i < n; i++)
        {
            var f = features.Slice(i * MaxPerWord, MaxPerWord);
            var ownCount = ExtractOwn(words[i], own);
            var theirs = context.AsSpan(i * MaxPerWord, contextCounts[i]);
            var c = 0;
            own[..OwnHead].CopyTo(f);
            c += OwnHead;
            theirs[..ContextHead].CopyTo(f[c..]);
            c += ContextHead;
            own[OwnHead..ownCount].CopyTo(f[c..]);
            c += ownCount - OwnHead;
            theirs[ContextHead..].CopyTo(f[c..]);
            counts[i] = c + theirs.Length - ContextHead;
        }
    }

    /// <summary>
    /// The features that depend on the word alone (its forms, affixes, shape, classes, lexicon buckets and
    /// the classes of its vector when the model has them),
    /// written to <paramref name="features"/>; returns their number. They are the same wherever the word
    /// occurs, so a tagger may score them once per distinct word (<see cref="NerTagger"/>).
    /// </summary>
    public int ExtractOwn(in WordForms w, Span<uint> features)
    {
        var h = HashesOf(w);
        var f = features;
        var c = 0;
        var stem = w.Stem;
        f[c++] = FeatureHash.Of(T.Bias);
        f[c++] = FeatureHash.Of(T.Key, h.Key);
        f[c++] = FeatureHash.Of(T.Stem, h.Stem);

        // Always four lexicon features, one per type, so that the identity block has a fixed size.
        for (var t = 0; t < 4; t++)
        {
            f[c++] = h.LexiconCode < 0 ? FeatureHash.Of(T.LexiconUnknown + t) : FeatureHash.Of(T.Lexicon + t, TypeLexicon.BucketIn(h.LexiconCode, t));
        }

        if (w.HasBarePreposition)
        {
            f[c++] = FeatureHash.Of(T.PrepositionStem, w.Key.AsSpan(w.PrepositionEnd));
        }

        f[c++] = FeatureHash.Of(T.Procl, w.ProcliticCode);
        f[c++] = FeatureHash.Of(T.Shape, (int)w.Shape);
        f[c++] = FeatureHash.Of(T.StemLength, Math.Min(stem.Length, 8));
        for (var k = 1; k <= 4 && k <= stem.Length; k++)
        {
            f[c++] = FeatureHash.Of(T.Suffix + k, stem[^k..]);
            f[c++] = FeatureHash.Of(T.Prefix + k, stem[..k]);
        }

        // Letter trigrams inside the stem: transliterated foreign names have their own letter patterns.
        for (var k = 1; k + 3 < stem.Length && k <= 8; k++)
        {
            f[c++] = FeatureHash.Of(T.Trigram, stem.Slice(k, 3));
        }

        if (IsNisba(w))
        {
            f[c++] = FeatureHash.Of(T.Nisba);
        }

        // The word's classes at every granularity.
        if (_clusters.Sizes.Length > 0)
        {
            var classes = _clusters.OfRow(h.ClusterRow);
            for (var g = 0; g < classes.Length; g++)
            {
                f[c++] = FeatureHash.Of(T.Cluster + (2 * 4) + g, (int)classes[g]);
            }

            if (classes.Length == 0)
            {
                f[c++] = FeatureHash.Of(T.NoCluster);
            }
        }

        c = AddEmbeddingClasses(h.Stem, f, c);
        return AddNameLikeness(w, h, f, c);
    }

    /// <summary>
    /// How much the stem's letters look like each type of name (<see cref="NameLikeness"/>), as a bucket per
    /// type, for Arabic words; and the most likely type with its bucket, apart for words the type lexicon
    /// knows and words it does not, since for the unknown ones the letters are all the word itself tells.
    /// </summary>
    private int AddNameLikeness(in WordForms w, in WordHashes h, Span<uint> f, int c)
    {
        if (_nameLikeness.IsEmpty || w.Shape != WordShape.Arabic)
        {
            return c;
        }

        Span<float> p = stackalloc float[NameLikeness.Classes];
        _nameLikeness.Probabilities(w.Stem, p);
        for (var t = 0; t < NameLikeness.Outside; t++)
        {
            f[c++] = FeatureHash.Of(T.NameLikeness + t, NameLikeness.BucketOf(p[t]));
        }

        var best = NameLikeness.MostLikelyName(p);
        f[c++] = FeatureHash.Of(T.NameLikenessBest + (h.LexiconCode < 0 ? 0 : 1), (uint)best, (uint)NameLikeness.BucketOf(p[best]));
        return c;
    }

    /// <summary>
    /// The type of name the letters of the word just before or after (<paramref name="offset"/> -1 or 1) look
    /// most like, and its bucket (<see cref="AddNameLikeness"/>): an unknown word next to another that looks
    /// like a name is likely part of the same name ("سيغموند فرويد").
    /// </summary>
    private int AddNeighbourNameLikeness(in WordForms w, int offset, Span<uint> f, int c)
    {
        if (_nameLikeness.IsEmpty || w.Shape != WordShape.Arabic)
        {
            return c;
        }

        Span<float> p = stackalloc float[NameLikeness.Classes];
        _nameLikeness.Probabilities(w.Stem, p);
        var best = NameLikeness.MostLikelyName(p);
        f[c++] = FeatureHash.Of(T.NameLikenessAt + offset + 1, (uint)best, (uint)NameLikeness.BucketOf(p[best]));
        return c;
    }

    /// <summary>The classes of the word's vector at every granularity (<see cref="EmbeddingLearner"/>), or that it has none.</summary>
    private int AddEmbeddingClasses(uint stemHash, Span<uint> f, int c)
    {
        if (_embeddingClasses.Sizes.Length == 0)
        {
            return c;
        }

        var classes = _embeddingClasses.OfHash(stemHash);
        for (var g = 0; g < classes.Length; g++)
        {
            f[c++] = FeatureHash.Of(T.Embedding + g, (int)classes[g]);
        }

        if (classes.Length == 0)
        {
            f[c++] = FeatureHash.Of(T.NoEmbedding);
        }

        return c;
    }

    /// <summary>
    /// The features that depend on the word's neighbours (window, bigrams, gazetteer matches, titles, nisbas,
    /// the neighbours' classes and lexicon), laid out as <see cref="Extract"/> describes for all features.
    /// </summary>
    /// <remarks>
    /// They are made of three parts, which a tagger may score separately (<see cref="NerTagger"/>): what one
    /// neighbour at a fixed offset says on its own (<see cref="ExtractNeighbour"/>, or <see cref="ExtractEdge"/>
    /// past the sentence's end), what the word and a neighbour say together (<see cref="ExtractWithLeft"/>,
    /// <see cref="ExtractWithRight"/>, or <see cref="ExtractFirst"/> and <see cref="ExtractLast"/>), and the
    /// gazetteer spans and titles around the word (<see cref="ExtractSpans"/>). This method interleaves them
    /// in the order the model was trained with.
    /// </remarks>
    public void ExtractContext(ReadOnlySpan<WordForms> words, Span<uint> features, Span<int> counts)
    {
        var n = words.Length;
        var gaz = new GazetteerFlags[n];
        MarkGazetteer(words, gaz);

        // Each word's strings are hashed once; every template that uses them mixes these hashes.
        var hashes = new WordHashes[n];
        for (var i = 0; i < n; i++)
        {
            hashes[i] = HashesOf(words[i]);
        }

        for (var i = 0; i < n; i++)
        {
            var f = features.Slice(i * MaxPerWord, MaxPerWord);
            var c = ExtractWord(words, hashes, gaz, i, f);
            c = AddClusters(hashes, i, f, c);
            c = AddLexicon(hashes, i, f, c);
            for (var d = -1; d <= 1; d += 2)
            {
                if (i + d >= 0 && i + d < n)
                {
                    c = AddNeighbourNameLikeness(words[i + d], d, f, c);
                }
            }

            counts[i] = c;
        }
    }

    /// <summary>
    /// The gazetteer and title features of every word (<c>features[i * MaxPerWord ..]</c>, <paramref name="counts"/>[i]
    /// of them; most words have none): the part of <see cref="ExtractContext"/> that depends on names and
    /// titles spanning several words, so it cannot be scored per word or per pair of words.
    /// </summary>
    /// <param name="starts">Per word, where gazetteer names begin in it (<see cref="Gazetteer.StartsOf"/>), which a tagger keeps per distinct word.</param>
    public void ExtractSpans(ReadOnlySpan<WordForms> words, ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<GazetteerStart[]> starts, Span<uint> features, Span<int> counts)
    {
        var n = words.Length;
        Span<GazetteerFlags> gaz = n <= 128 ? stackalloc GazetteerFlags[n] : new GazetteerFlags[n];
        gaz.Clear();
        Span<uint> keys = n <= 128 ? stackalloc uint[n] : new uint[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = hashes[i].Key;
        }

        var matches = Matches.Value!;
        matches.Clear();
        for (var i = 0; i < n; i++)
        {
            _gazetteer.FindAt(words, keys, i, starts[i], matches);
        }

        Mark(matches, gaz);
        for (var i = 0; i < n; i++)
        {
            var quiet = gaz[i].IsEmpty && (i == 0 || gaz[i - 1].IsEmpty) && (i < 2 || !gaz[i - 2].EndsTitle) && (i + 1 >= n || gaz[i + 1].IsEmpty);
            counts[i] = quiet ? 0 : AddSpans(words, hashes, gaz, i, features.Slice(i * MaxPerWord, MaxPerWord), 0, neighbourNisbas: false);
        }
    }

    /// <summary>The strings of a word hashed once for all the templates that use them.</summary>
    public WordHashes HashesOf(in WordForms w)
    {
        var stem = FeatureHash.OfText(w.Stem);
        var row = _clusters.RowOf(stem);
        var code = w.Shape == WordShape.Arabic ? _lexicon.CodeOf(stem) : -1;
        return new WordHashes(FeatureHash.OfText(w.Key), stem, row, code, MiddleClass(row), code < 0 ? -1 : Strongest(code));
    }

    /// <summary>
    /// What the word <paramref name="w"/> says on its own of the word <paramref name="offset"/> places before
    /// it (offset -1, -2) or after it (1, 2): its forms, shape and proclitics, its classes, its lexicon type
    /// and whether it is a nisba. The same wherever the two words occur, so a tagger may score it once per
    /// distinct word and offset. Returns the number of features written.
    /// </summary>
    /// <param name="offset">Where the neighbour <paramref name="w"/> stands from the tagged word: -2, -1, 1 or 2.</param>
    public int ExtractNeighbour(in WordForms w, in WordHashes h, int offset, Span<uint> f)
    {
        var c = AddWindow(w, h, offset, f, 0);
        c = AddNeighbourClasses(h, offset, f, c);
        if (_lexicon.StemCount > 0 && offset is -1 or 1 && h.LexiconCode >= 0)
        {
            f[c++] = FeatureHash.Of(T.LexiconAt + offset + 1, (uint)h.LexiconType);
        }

        if (offset is -1 or 1 && IsNisba(w))
        {
            f[c++] = FeatureHash.Of(offset < 0 ? T.NisbaPrevious : T.NisbaNext);
        }

        if (offset is -1 or 1)
        {
            c = AddNeighbourNameLikeness(w, offset, f, c);
        }

        return c;
    }

    /// <summary>The feature of a place <paramref name="offset"/> words away that is outside the sentence.</summary>
    public static int ExtractEdge(int offset, Span<uint> f)
    {
        f[0] = FeatureHash.Of(T.Edge + offset + 2);
        return 1;
    }

    /// <summary>
    /// What a word (<paramref name="right"/>) and the word before it (<paramref name="left"/>) say together, as
    /// features of the right word: <see cref="ExtractWordPairWithLeft"/>, then the features of their classes
    /// and lexicon types (<see cref="ExtractClassPair"/>, <see cref="ExtractLexiconPair"/>).
    /// </summary>
    public int ExtractWithLeft(in WordHashes left, in WordHashes right, Span<uint> f)
    {
        var c = ExtractWordPairWithLeft(left, right, f);
        c += ExtractClassPair(left.MiddleClass, right.MiddleClass, -1, f[c..]);
        return c + ExtractLexiconPair(left.LexiconType, right.LexiconType, -1, f[c..]);
    }

    /// <summary>What a word (<paramref name="left"/>) and the word after it (<paramref name="right"/>) say together, as features of the left word (see <see cref="ExtractWithLeft"/>).</summary>
    public int ExtractWithRight(in WordHashes left, in WordHashes right, Span<uint> f)
    {
        var c = ExtractWordPairWithRight(left, right, f);
        c += ExtractClassPair(left.MiddleClass, right.MiddleClass, 1, f[c..]);
        return c + ExtractLexiconPair(right.LexiconType, left.LexiconType, 1, f[c..]);
    }

    /// <summary>The features of a word (<paramref name="right"/>) with the form of the word before it: the word bigrams, and the neighbour's form with the word's class.</summary>
    private int ExtractWordPairWithLeft(in WordHashes left, in WordHashes right, Span<uint> f)
    {
        var c = AddBigramsLeft(left, right, f, 0);
        return AddKeyClassLeft(left, right, f, c);
    }

    /// <summary>The features of a word (<paramref name="left"/>) with the form of the word after it (see <see cref="ExtractWordPairWithLeft"/>).</summary>
    private int ExtractWordPairWithRight(in WordHashes left, in WordHashes right, Span<uint> f)
    {
        var c = AddBigramsRight(left, right, f, 0);
        return AddKeyClassRight(left, right, f, c);
    }

    /// <summary>
    /// The feature of two adjacent words' middle classes (<see cref="WordHashes.MiddleClass"/>), as a feature
    /// of the right word (<paramref name="offset"/> -1: its neighbour is before it) or of the left word (1).
    ///
    /// </summary>
    private int ExtractClassPair(uint leftClass, uint rightClass, int offset, Span<uint> f)
    {
        if (_clusters.Sizes.Length == 0)
        {
            return 0;
        }

        f[0] = FeatureHash.Of(offset < 0 ? T.ClassBigramLeft : T.ClassBigramRight, leftClass, rightClass);
        return 1;
    }

    /// <summary>
    /// The lexicon type of the neighbour at <paramref name="offset"/> (-1 or 1) with the word's own
    /// (<see cref="WordHashes.LexiconType"/>), when the neighbour has one.
    /// </summary>
    private int ExtractLexiconPair(int theirs, int mine, int offset, Span<uint> f)
    {
        if (_lexicon.StemCount == 0 || theirs < 0)
        {
            return 0;
        }

        f[0] = FeatureHash.Of(T.LexiconPair + offset + 1, (uint)theirs, (uint)Math.Max(mine, 0));
        return 1;
    }

    /// <summary>The bigram features of the first word of a sentence with the sentence's start.</summary>
    public static int ExtractFirst(in WordHashes h, Span<uint> f) => AddBigramsLeft(default, h, f, 0);

    /// <summary>The bigram features of the last word of a sentence with the sentence's end.</summary>
    public static int ExtractLast(in WordHashes h, Span<uint> f) => AddBigramsRight(h, default, f, 0);

    /// <summary>Marks, per word, the gazetteer names that begin at it or run through it, and the titles that end at it.</summary>
    private void MarkGazetteer(ReadOnlySpan<WordForms> words, Span<GazetteerFlags> gaz)
    {
        var matches = Matches.Value!;
        matches.Clear();
        _gazetteer.FindAll(words, matches);
        Mark(matches, gaz);
    }

    private static void Mark(List<GazetteerMatch> matches, Span<GazetteerFlags> gaz)
    {
        foreach (var m in matches)
        {
            var entity = m.Types & ~GazetteerTypes.Title;
            if (entity != GazetteerTypes.None)
            {
                var weak = m.ViaPreposition ? 1 : 0;
                gaz[m.First].Begin[weak] |= entity;
                for (var j = m.First + 1; j <= m.Last; j++)
                {
                    gaz[j].Inside |= entity;
                }

                gaz[m.First].Length = Math.Max(gaz[m.First].Length, m.Last - m.First + 1);
            }

            if ((m.Types & GazetteerTypes.Title) != 0)
            {
                gaz[m.Last].EndsTitle = true;
            }
        }
    }

    /// <summary>A list of gazetteer matches per thread, reused sentence after sentence.</summary>
    private static readonly ThreadLocal<List<GazetteerMatch>> Matches = new(() => []);

    /// <summary>
    /// The type lexicon for the word each side: the type it leans to most, alone and with the word's own
    /// ("قال" + a word the corpus reads as a person, a place + a word it reads as part of organization names).
    /// The word's own buckets (each type on its own, so that a word half person, half place says both) are
    /// among its identity features.
    /// </summary>
    private int AddLexicon(WordHashes[] h, int i, Span<uint> f, int c)
    {
        if (_lexicon.StemCount == 0)
        {
            return c;
        }

        for (var d = -1; d <= 1; d += 2)
        {
            var j = i + d;
            if (j >= 0 && j < h.Length && h[j].LexiconCode >= 0)
            {
                f[c++] = FeatureHash.Of(T.LexiconAt + d + 1, (uint)h[j].LexiconType);
                c += ExtractLexiconPair(h[j].LexiconType, h[i].LexiconType, d, f[c..]);
            }
        }

        return c;
    }

    /// <summary>The type with the highest bucket and that bucket, as one number (0 when every bucket is 0).</summary>
    private static int Strongest(int code)
    {
        var best = 0;
        for (var t = 0; t < 4; t++)
        {
            var b = TypeLexicon.BucketIn(code, t);
            if (b > 0 && b >= (best & 0xF))
            {
                best = ((t + 1) << 4) | b;
            }
        }

        return best;
    }

    private static int ExtractWord(ReadOnlySpan<WordForms> words, WordHashes[] h, GazetteerFlags[] gaz, int i, Span<uint> f)
    {
        var c = AddBigramsLeft(i > 0 ? h[i - 1] : default, h[i], f, 0);
        c = AddBigramsRight(h[i], i + 1 < words.Length ? h[i + 1] : default, f, c);
        for (var d = -2; d <= 2; d++)
        {
            if (d == 0)
            {
                continue;
            }

            var j = i + d;
            c = j < 0 || j >= words.Length ? c + ExtractEdge(d, f[c..]) : AddWindow(words[j], h[j], d, f, c);
        }

        return AddSpans(words, h, gaz, i, f, c, neighbourNisbas: true);
    }

    /// <summary>The word bigrams (forms and stems) with the word before; a zero hash stands for the sentence's start.</summary>
    private static int AddBigramsLeft(in WordHashes left, in WordHashes me, Span<uint> f, int c)
    {
        f[c++] = FeatureHash.Of(T.BigramLeft, left.Key, me.Key);
        f[c++] = FeatureHash.Of(T.StemBigramLeft, left.Stem, me.Stem);
        return c;
    }

    /// <summary>The word bigrams (forms and stems) with the word after; a zero hash stands for the sentence's end.</summary>
    private static int AddBigramsRight(in WordHashes me, in WordHashes right, Span<uint> f, int c)
    {
        f[c++] = FeatureHash.Of(T.BigramRight, me.Key, right.Key);
        f[c++] = FeatureHash.Of(T.StemBigramRight, me.Stem, right.Stem);
        return c;
    }

    /// <summary>The form of the neighbour at <paramref name="offset"/>, and next to the word its stem, shape and proclitics.</summary>
    private static int AddWindow(in WordForms w, in WordHashes h, int offset, Span<uint> f, int c)
    {
        var slot = offset + 2;
        f[c++] = FeatureHash.Of(T.KeyAt + slot, h.Key);
        if (offset is -1 or 1)
        {
            f[c++] = FeatureHash.Of(T.StemAt + slot, h.Stem);
            f[c++] = FeatureHash.Of(T.ShapeAt + slot, (int)w.Shape);
            f[c++] = FeatureHash.Of(T.ProclAt + slot, w.ProcliticCode);
        }

        return c;
    }

    /// <summary>
    /// Gazetteers: the word's own membership and its neighbours', and the membership with the word before it
    /// ("في" + a place), which is what separates a place name from a common word it spells; titles before the
    /// word. With <paramref name="neighbourNisbas"/>, also whether the word before or after is a nisba, in the
    /// training order (otherwise they come with <see cref="ExtractNeighbour"/>).
    /// </summary>
    private static int AddSpans(ReadOnlySpan<WordForms> words, ReadOnlySpan<WordHashes> h, ReadOnlySpan<GazetteerFlags> gaz, int i, Span<uint> f, int c, bool neighbourNisbas)
    {
        var stem = words[i].Stem;
        c = AddGazetteer(gaz[i], T.Gazetteer, f, c);
        var own = (uint)gaz[i].Begin[0] | ((uint)gaz[i].Begin[1] << 8) | ((uint)gaz[i].Inside << 16);
        if (own != 0)
        {
            f[c++] = FeatureHash.Of(T.GazetteerWithLeft, own, i > 0 ? h[i - 1].Key : 0);
            f[c++] = FeatureHash.Of(T.GazetteerWithRight, own, i + 1 < words.Length ? h[i + 1].Key : 0);
        }
        if (i > 0)
        {
            c = AddGazetteer(gaz[i - 1], T.GazetteerLeft, f, c);
            if (gaz[i - 1].EndsTitle)
            {
                f[c++] = FeatureHash.Of(T.AfterTitle);
                f[c++] = FeatureHash.Of(T.AfterTitleStem, stem.Length > 0 ? stem[..Math.Min(2, stem.Length)] : stem);
            }
        }

        // A nisba before the word ("التشيكي نوفاك", "الكازاخستاني جيرل"): news introduces foreign names so.
        if (neighbourNisbas && i > 0 && IsNisba(words[i - 1]))
        {
            f[c++] = FeatureHash.Of(T.NisbaPrevious);
        }

        if (i > 1 && gaz[i - 2].EndsTitle)
        {
            f[c++] = FeatureHash.Of(T.AfterTitle2);

            // A title, a nisba, then the name ("نظيره الألماني هايكو", "الرئيس الأمريكي جورج"): the pattern is
            // strong enough to outweigh what the word alone suggests (هايكو is also the poem form).
            if (IsNisba(words[i - 1]))
            {
                f[c++] = FeatureHash.Of(T.AfterTitleNisba);
            }
        }

        if (gaz[i].EndsTitle)
        {
            f[c++] = FeatureHash.Of(T.IsTitle);
        }

        if (i + 1 < words.Length)
        {
            c = AddGazetteer(gaz[i + 1], T.GazetteerRight, f, c);
            if (neighbourNisbas && IsNisba(words[i + 1]))
            {
                f[c++] = FeatureHash.Of(T.NisbaNext);
            }
        }

        return c;
    }

    /// <summary>Word classes of the neighbours (the finer ones; the word's own are among its own features).</summary>
    private int AddClusters(WordHashes[] h, int i, Span<uint> f, int c)
    {
        if (_clusters.Sizes.Length == 0)
        {
            return c;
        }

        for (var d = -2; d <= 2; d++)
        {
            var j = i + d;
            if (d != 0 && j >= 0 && j < h.Length)
            {
                c = AddNeighbourClasses(h[j], d, f, c);
            }
        }

        if (i > 0)
        {
            c += ExtractClassPair(h[i - 1].MiddleClass, h[i].MiddleClass, -1, f[c..]);
            c = AddKeyClassLeft(h[i - 1], h[i], f, c);
        }

        if (i + 1 < h.Length)
        {
            c += ExtractClassPair(h[i].MiddleClass, h[i + 1].MiddleClass, 1, f[c..]);
            c = AddKeyClassRight(h[i], h[i + 1], f, c);
        }

        return c;
    }

    /// <summary>The finer classes of the neighbour at <paramref name="offset"/> (two next to the word, one further away).</summary>
    private int AddNeighbourClasses(in WordHashes h, int offset, Span<uint> f, int c)
    {
        if (_clusters.Sizes.Length == 0)
        {
            return c;
        }

        var classes = _clusters.OfRow(h.ClusterRow);
        for (var g = Math.Max(0, classes.Length - (offset is -1 or 1 ? 2 : 1)); g < classes.Length; g++)
        {
            f[c++] = FeatureHash.Of(T.Cluster + ((offset + 2) * 4) + g, (int)classes[g]);
        }

        return c;
    }

    /// <summary>
    /// Bigrams that generalize the word bigrams to unseen words: the middle class of the word with the
    /// neighbour's class (<see cref="ExtractClassPair"/>) and with the neighbour's form ("الرئيس" + a class of names).
    /// </summary>
    private int AddKeyClassLeft(in WordHashes left, in WordHashes me, Span<uint> f, int c)
    {
        if (_clusters.Sizes.Length > 0)
        {
            f[c++] = FeatureHash.Of(T.KeyClassLeft, left.Key, me.MiddleClass);
        }

        return c;
    }

    /// <summary>The neighbour's form with the word's class (<see cref="AddKeyClassLeft"/>) for the word after.</summary>
    private int AddKeyClassRight(in WordHashes me, in WordHashes right, Span<uint> f, int c)
    {
        if (_clusters.Sizes.Length > 0)
        {
            f[c++] = FeatureHash.Of(T.KeyClassRight, me.MiddleClass, right.Key);
        }

        return c;
    }

    /// <summary>The class of the middle granularity, or a value no class has when the stem is unknown.</summary>
    private uint MiddleClass(int clusterRow)
    {
        var classes = _clusters.OfRow(clusterRow);
        return classes.Length == 0 ? uint.MaxValue : classes[classes.Length / 2];
    }

    private static int AddGazetteer(in GazetteerFlags g, int template, Span<uint> f, int c)
    {
        for (var weak = 0; weak < 2; weak++)
        {
            if (g.Begin[weak] != GazetteerTypes.None)
            {
                f[c++] = FeatureHash.Of(template, (int)g.Begin[weak] | (weak << 8));
            }
        }

        if (g.Inside != GazetteerTypes.None)
        {
            f[c++] = FeatureHash.Of(template, (int)g.Inside | (1 << 9));
        }

        if (g.Length > 1 && template == T.Gazetteer)
        {
            f[c++] = FeatureHash.Of(T.GazetteerLength, Math.Min(g.Length, 4));
        }

        return c;
    }

    /// <summary>
    /// A nisba adjective or plural with the article: "الروسي"، "التركية"، "السوريين"، "الأمريكيون".
    /// Stems of at least three letters before the ending, so "الذي" and "التي" are not nisbas.
    /// </summary>
    public static bool IsNisba(in WordForms w)
    {
        if (w.Shape != WordShape.Arabic || w.StemStart == w.ConjunctionEnd)
        {
            return false;
        }

        var s = w.Stem;
        return (s.Length >= 4 && s[^1] == 'ي')
            || (s.Length >= 5 && s[^2] == 'ي' && s[^1] == 'ه')
            || (s.Length >= 6 && s[^3] == 'ي' && s[^2] is 'و' or 'ي' && s[^1] == 'ن');
    }

    private struct GazetteerFlags
    {
        public GazetteerBegin Begin;
        public GazetteerTypes Inside;
        public int Length;
        public bool EndsTitle;

        public readonly bool IsEmpty => Begin[0] == GazetteerTypes.None && Begin[1] == GazetteerTypes.None && Inside == GazetteerTypes.None && !EndsTitle;
    }

    [System.Runtime.CompilerServices.InlineArray(2)]
    private struct GazetteerBegin
    {
        private GazetteerTypes _element;
    }

    /// <summary>Template ids; a gap of ten after a template leaves room for its numbered variants.</summary>
    private static class T
    {
        public const int Bias = 1;
        public const int Key = 2;
        public const int Stem = 3;
        public const int PrepositionStem = 4;
        public const int Procl = 5;
        public const int Shape = 6;
        public const int StemLength = 7;
        public const int Suffix = 10;
        public const int Prefix = 20;
        public const int Edge = 30;
        public const int KeyAt = 40;
        public const int StemAt = 50;
        public const int ShapeAt = 60;
        public const int ProclAt = 70;
        public const int BigramLeft = 80;
        public const int StemBigramLeft = 81;
        public const int BigramRight = 82;
        public const int StemBigramRight = 83;
        public const int Gazetteer = 90;
        public const int GazetteerLeft = 91;
        public const int GazetteerRight = 92;
        public const int GazetteerLength = 93;
        public const int GazetteerWithLeft = 94;
        public const int GazetteerWithRight = 95;
        public const int AfterTitle = 100;
        public const int AfterTitleStem = 101;
        public const int AfterTitle2 = 102;
        public const int IsTitle = 103;
        public const int AfterTitleNisba = 104;
        public const int Nisba = 110;
        public const int NisbaNext = 111;
        public const int NisbaPrevious = 117;
        public const int Trigram = 112;
        public const int ClassBigramLeft = 113;
        public const int ClassBigramRight = 114;
        public const int KeyClassLeft = 115;
        public const int KeyClassRight = 116;
        public const int NoCluster = 119;
        public const int Cluster = 120;
        public const int Lexicon = 201;
        public const int LexiconUnknown = 220;
        public const int LexiconAt = 210;
        public const int LexiconPair = 215;
        public const int NoEmbedding = 229;
        public const int Embedding = 230;
        public const int NameLikeness = 240;
        public const int NameLikenessBest = 245;
        public const int NameLikenessAt = 250;
    }
}
