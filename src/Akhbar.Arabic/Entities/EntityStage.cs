using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Adds name mentions (PERS, LOC, ORG, MISC) to a document: each sentence's tokens are tagged by the
/// <see cref="NerTagger"/>, known places in unambiguous places are added (<see cref="PlaceRule"/>), as are places listed in a row after
/// a dual or plural place noun (<see cref="ListedPlaceNames"/>: بلدتي نبل والزهراء), names run together over
/// "و" are split (<see cref="CoordinatedNames"/>), public bodies named by a head noun and its genitive chain are
/// organizations (<see cref="BodyNames"/>: وزارة التعليم، الإدارة العامة للتعليم), as are parties named after حزب
/// (<see cref="PartyNames"/>: حزب العدالة والتنمية), a quoted name after the noun that says what it names is one name of
/// that noun's type (<see cref="QuotedNames"/>: صحيفة « ... »، برنامج « ... »), listed people written in full
/// are persons (<see cref="KnownPeopleRule"/>), given names left out before a person are added (<see cref="GivenNameRule"/>,
/// and <see cref="NameAfterTitle"/> for the word between a title and the name),
/// names found in one sentence are looked for in the others
/// (<see cref="NamePropagation"/>, and a listed given name alone after the full name: <see cref="GivenNamePropagation"/>), on sport pages clubs, federations, competitions and players are read as such
/// (<see cref="SportNames"/>), an institution or landmark named after a person is one name with its noun
/// (<see cref="HonoreeNames"/>: مركز الملك سلمان للإغاثة، مطار الملك فهد الدولي), a person's or place's name goes on over a hyphen glued between two words
/// (<see cref="HyphenatedNames"/>: "مون جاي-إن"), and each BIO chunk becomes a mention whose span leaves out clitics
/// (<see cref="MentionBounds"/>), a weekday the tagger ran the name on over (<see cref="TrailingWeekdays"/>) and the words that
/// introduce speech after a speaker's name (<see cref="TrailingSpeechWords"/>);
/// currencies, units and bare numbers are no mentions (<see cref="MeasureNouns"/>), nor are
/// pronouns and words with an accusative ending alone (<see cref="NoNameWords"/>).
/// The tagger does not see the marks that social-media style glues to names (<see cref="NameJoiners"/>: "#ماكرون",
/// "قطاع_غزة"), so that they neither split a name nor stand in its context.
/// </summary>
public sealed class EntityStage : IPipelineStage
{
    private readonly NerTagger _tagger;

    public EntityStage(NerTagger? tagger = null) => _tagger = tagger ?? NerTagger.Default;

    public string Name => "entities";

    public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Sentences, LayerNames.Tokens];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Entities, LayerNames.ListedNames];

    public void Process(Document document)
    {
        var tokens = document.Tokens;

        // The document token index of each word the tagger saw, by sentence.
        var wordTokens = new List<int[]>();
        var sentences = new List<WordForms[]>();
        var tags = new List<int[]>();
        var stems = new List<uint[]>();
        var t = 0;
        var titleSentences = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].Span.End <= sentence.Span.End)
            {
                t++;
            }

            var words = NameJoiners.WordsOf(document.Text, tokens, first, t);
            if (words.Length == 0)
            {
                continue;
            }

            // The keys are shared strings of the segmenter's cache, scattered over the heap: asked for all at once, their
            // memory waits overlap instead of each word's analysis waiting for its own.
            PrefetchKeys(tokens, words);
            var forms = new WordForms[words.Length];
            for (var i = 0; i < forms.Length; i++)
            {
                var token = tokens[words[i]];
                forms[i] = WordForms.FromKey(token.Key).WithCase(document.Text.AsSpan(token.Span.Start, token.Span.End - token.Span.Start));
            }

            var sentenceTags = new int[forms.Length];
            var sentenceStems = new uint[forms.Length];
            _tagger.Tag(forms, sentenceTags, sentenceStems);
            titleSentences += sentence.Paragraph < 0 && titleSentences == sentences.Count ? 1 : 0;
            wordTokens.Add(words);
            sentences.Add(forms);
            tags.Add(sentenceTags);
            stems.Add(sentenceStems);
        }

        var linking = Linking.LinkingResources.Default;
        Func<string, bool> isIndefinitePlaceNisba = key => NoNameWords.IsIndefiniteNisba(key, EntityType.Location, linking);
        PlaceRule.Apply(sentences, tags, NerResources.RuleGazetteer, linking.PlaceCommonWords, linking.IsPlaceHeadOrDesignator, regions: true);
        UnlistedPlaceRule.Apply(sentences, tags, stems, _tagger.Model.Lexicon, linking.IsAdministrativeUnit, isIndefinitePlaceNisba);
        ListedPlaceNames.Apply(sentences, tags, stems, _tagger.Model.Lexicon, isIndefinitePlaceNisba);
        DatelinePlaces.Apply(sentences, tags, titleSentences, (s, i) => IsPersonsNameOnly(stems[s][i]));
        BodyNames.Apply(sentences, tags, key => Linking.BodyCountry.IsCountryNisba(key, linking));
        PartyNames.Apply(sentences, tags);
        CoordinatedNames.Apply(sentences, tags, linking);
        QuotedNames.Apply(sentences, tags);
        FeastNames.Apply(sentences, tags);
        // Listed organizations are linking's, but one scan of the tokens finds them with the people for half the reading.
        var (people, organizations) = Linking.KnownNameFinder.FindBoth(linking.KnownPeopleNames, linking.KnownOrganizationNames, document.Text, tokens);
        var listedPeople = KnownPeopleRule.Apply(document.Text, tokens, wordTokens, tags, people);
        GivenNameRule.Apply(sentences, tags, (s, i, key) => linking.NameSpellings.ContainsKey(key) && !LeadingPrepositions.IsPreposition(document.Text, tokens[wordTokens[s][i]]));
        NameAfterTitle.Apply(document.Text, tokens, wordTokens, sentences, tags, NerResources.Gazetteer, linking.NisbaByKey.ContainsKey);
        NameAfterRolePhrase.Apply(document.Text, tokens, wordTokens, sentences, tags, NerResources.Gazetteer, linking.NameSpellings.ContainsKey);
        NamePropagation.Apply(sentences, tags, stems, linking.NisbaByKey.ContainsKey);
        GivenNamePropagation.Apply(sentences, tags, linking.NameSpellings.ContainsKey);
        document.IsSportPage ??= SportContext.IsSport(stems);
        SportNames.Apply(sentences, tags, document.IsSportPage.Value, linking);
        HonoreeNames.Apply(sentences, tags);
        JoinUnderscoredNames(document.Text, tokens, wordTokens, sentences, tags, linking);
        HyphenatedNames.Apply(document.Text, tokens, wordTokens, tags);
        CrownPrinceTitle.Apply(tokens, wordTokens, tags);
        var keys = new DocumentKeys(tokens);

        var longerNameWords = LongerNameWords(tokens, wordTokens, tags);
        var familyNamesFirst = FamilyNamesFirst(tokens, wordTokens, tags, linking);
        var wordsAfterGivenNames = WordsAfterGivenNames(document.Text, tokens, wordTokens, tags, key => linking.NameSpellings.ContainsKey(key) || (_tagger.Model.Gazetteer.LookupWord(key) & GazetteerTypes.Person) != 0);
        var mentions = new List<EntityMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = wordTokens[s];
            foreach (var (chunkStart, b, type) in BioTags.ChunksOf(tags[s]))
            {
                if (type == EntityType.Organization && LeadingTitles.IsRoleOnly(document.Text, tokens, words, chunkStart, b, NerResources.Gazetteer, linking.NisbaByKey.ContainsKey))
                {
                    continue;
                }

                var a = LeadingPrepositions.FirstNameWord(document.Text, tokens, words, chunkStart, b);
                a = type == EntityType.Person ? LeadingTitles.FirstNameWord(document.Text, tokens, words, a, b, NerResources.Gazetteer) : a;
                var z = TrailingWeekdays.LastNameWord(tokens, words, a, b);
                if (z < 0)
                {
                    continue;
                }

                z = TrailingSpeechWords.LastNameWord(document.Text, tokens, words, a, z);
                if (z < a)
                {
                    continue;
                }

                var (first, last) = DottedAcronyms.Widen(document.Text, tokens, words[a], words[z]);
                if (MeasureNouns.IsNoName(type, document.Text, tokens, first, last)
                    || (first == last && (NoNameWords.IsNoName(document.Text, tokens[first], longerNameWords.Contains(tokens[first].Key), a > 0 && LeadingTitles.IsTitle(document.Text, tokens[words[a - 1]], NerResources.Gazetteer), familyNamesFirst.Contains(tokens[first].Key))
                        || (!longerNameWords.Contains(tokens[first].Key) && NoNameWords.IsIndefiniteNisba(tokens[first].Key, type, linking))
                        || MonthPairs.IsSecondMonthName(document.Text, tokens, first))))
                {
                    continue;
                }

                // Two pieces of one dotted acronym widen to the same chain: one mention.
                if (mentions.Count > 0 && mentions[^1].FirstToken == first && mentions[^1].LastToken == last)
                {
                    continue;
                }

                if (!listedPeople.TryGetValue((first, last), out var span))
                {
                    span = MentionBounds.Of(document.Text, tokens[first], tokens[last], _tagger.Model.Gazetteer, keys, wordsAfterGivenNames);
                    if (type == EntityType.Location && first != last && UnlistedPlaceRule.DistrictStart(document.Text, tokens[first]) is > 0 and var district)
                    {
                        span = span with { Start = district };
                    }
                }

                mentions.Add(new EntityMention(type, span, first, last, MentionBounds.IsElidedArticle(document.Text, tokens[first], span.Start)));
            }
        }

        document.Entities = mentions;
        document.ListedNames = ListedNames(people, organizations);
    }

    /// <summary>The listed people, then the listed organizations, as the document's layer.</summary>
    private static ListedName[] ListedNames(List<(TextSpan Span, string Key, Linking.KnownEntity Entity)> people, List<(TextSpan Span, string Key, Linking.KnownEntity Entity)> organizations)
    {
        var names = new ListedName[people.Count + organizations.Count];
        for (var i = 0; i < people.Count; i++)
        {
            names[i] = new ListedName(people[i].Span, people[i].Key, EntityType.Person);
        }

        for (var i = 0; i < organizations.Count; i++)
        {
            names[people.Count + i] = new ListedName(organizations[i].Span, organizations[i].Key, EntityType.Organization);
        }

        return names;
    }

    /// <summary>
    /// The words (keys) of the article's person names of two words or more: the same word alone is that name again, whatever
    /// its shape says ("قاسم سليماني ... وكان سليماني": سليماني looks like a nisba; a given name in ئ looks like an adjective).
    /// </summary>
    private static HashSet<string> LongerNameWords(IReadOnlyList<Token> tokens, List<int[]> wordTokens, List<int[]> tags)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < tags.Count; s++)
        {
            foreach (var (a, b, type) in BioTags.ChunksOf(tags[s]))
            {
                for (var i = a; b > a && type == EntityType.Person && i <= b; i++)
                {
                    words.Add(tokens[wordTokens[s][i]].Key);
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The first words of the article's person names of two words or more whose second word is no listed Arabic given name:
    /// "لي كه تشيانغ" names Li, so "لي" alone is Li again; "قال لي يوسف شاهين" (Youssef Chahine told me), which the tagger
    /// reads as one name, does not make the pronoun a name.
    /// </summary>
    private static HashSet<string> FamilyNamesFirst(IReadOnlyList<Token> tokens, List<int[]> wordTokens, List<int[]> tags, Linking.LinkingResources linking)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < tags.Count; s++)
        {
            foreach (var (a, b, type) in BioTags.ChunksOf(tags[s]))
            {
                if (type == EntityType.Person && b > a && !linking.NameSpellings.ContainsKey(tokens[wordTokens[s][a + 1]].Key))
                {
                    words.Add(tokens[wordTokens[s][a]].Key);
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The keys of the words right after a given name (<paramref name="isGivenName"/>: a listed Arabic one of
    /// Data/entities/given-names.tsv, or a person's name of the model's gazetteer, جوزيف، جون) inside the article's person names:
    /// "جوزيف بلاتر" writes بلاتر whole, so the word alone elsewhere in the article is no ب + لاتر (<see cref="MentionBounds"/>).
    /// Only after a given name: a person chunk that runs on over a place or a team ("عيسى ماندي لبيتيس", "للديوانة بقفصة") keeps
    /// such clitics.
    /// </summary>
    private static HashSet<string> WordsAfterGivenNames(string text, IReadOnlyList<Token> tokens, List<int[]> wordTokens, List<int[]> tags, Func<string, bool> isGivenName)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < tags.Count; s++)
        {
            foreach (var (a, b, type) in BioTags.ChunksOf(tags[s]))
            {
                for (var i = a; type == EntityType.Person && i < b; i++)
                {
                    if (isGivenName(Linking.TokenWords.WordKey(text, tokens[wordTokens[s][i]])))
                    {
                        words.Add(tokens[wordTokens[s][i + 1]].Key);
                    }
                }
            }
        }

        return words;
    }

    /// <summary>
    /// Two names of one type joined by underscores alone ("#بيونغ_يانغ", "#ميلانيا_ترمب") are one name: a hashtag writes one
    /// phrase, and the tagger, which tags the words around the joiner side by side, sometimes starts a new name at each. Not
    /// when the words on both sides are places of their own ("#الإمارات_دبي", "#غزة_لحيفا").
    /// </summary>
    private static void JoinUnderscoredNames(string text, IReadOnlyList<Token> tokens, List<int[]> wordTokens, List<WordForms[]> sentences, List<int[]> tags, Linking.LinkingResources linking)
    {
        for (var s = 0; s < tags.Count; s++)
        {
            var (t, words) = (tags[s], wordTokens[s]);
            for (var i = 1; i < t.Length; i++)
            {
                if (BioTags.IsBegin(t[i]) && t[i - 1] != BioTags.Outside && BioTags.TypeOf(t[i - 1]) == BioTags.TypeOf(t[i])
                    && NameJoiners.IsUnderscoresOnly(text, tokens[words[i - 1]].Span.End, tokens[words[i]].Span.Start)
                    && !(IsPlace(sentences[s][i - 1], linking) && IsPlace(sentences[s][i], linking)))
                {
                    t[i] = BioTags.Inside(BioTags.TypeOf(t[i]));
                }
            }
        }
    }

    /// <summary>
    /// Whether a word, with or without its proclitics, is a place of the rules' gazetteer, a country or the first word of a
    /// country's name ("#السعودية_الإمارات" and "#اليابان_كوريا_الجنوبية" join two countries, which the gazetteer of cities
    /// does not hold).
    /// </summary>
    private static bool IsPlace(WordForms w, Linking.LinkingResources linking)
    {
        var gazetteer = NerResources.RuleGazetteer;
        if (((gazetteer.LookupWord(w.Key) | gazetteer.LookupWord(w.Key.AsSpan(w.ConjunctionEnd)) | gazetteer.LookupWord(w.Key.AsSpan(w.PrepositionEnd)))
            & GazetteerTypes.Location) != 0)
        {
            return true;
        }

        // The forms with and without a conjunction (PrepositionEnd also leaves out the article, which country keys keep).
        return IsCountryWord(w.Key, linking) || IsCountryWord(w.Key[w.ConjunctionEnd..], linking);

        static bool IsCountryWord(string key, Linking.LinkingResources linking) =>
            linking.CountriesByKey.ContainsKey(key) || linking.CountryFirstWords.Contains(key);
    }

    /// <summary>Whether the type lexicon knows the stem of a word (<see cref="NamePropagation.StemHash"/>) as part of persons' names and never of places'.</summary>
    private bool IsPersonsNameOnly(uint stem)
    {
        var code = _tagger.Model.Lexicon.CodeOf(stem);
        return code >= 0 && TypeLexicon.BucketIn(code, 0) > 0 && TypeLexicon.BucketIn(code, 1) == 0;
    }

    /// <summary>Asks the processor to load the key of each word (a hint: nothing is read).</summary>
    private static unsafe void PrefetchKeys(IReadOnlyList<Token> tokens, int[] words)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        foreach (var w in words)
        {
            // The key's first character by reference (GetPinnableReference): AsSpan would read the string's length, a load
            // that waits for the very memory the hint is meant to ask for without waiting.
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in tokens[w].Key.GetPinnableReference())));
        }
    }
}
