using System.Text;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Finds English-Arabic name pairs in a line-aligned parallel text (an English source and its Arabic
/// translation). English names are maximal runs of capitalized words ("United Nations", "Heiko Maas",
/// "NATO"; "of" and "the" may join two of them). Arabic candidates are the one- to four-word n-grams of the
/// translated line, without a leading conjunction or preposition letter before the article and with no
/// function word at either end.
/// <list type="bullet">
/// <item>A name seen in <see cref="MinLines"/> lines or more pairs with the n-gram whose lines agree best
/// with its own (Dice coefficient at least <see cref="MinDice"/>, each the other's best; the longer n-gram on
/// a tie); unless they sound alike, <see cref="MinTranslatedLines"/> lines are needed, and the English name
/// may not have more words than the Arabic one (Arabic names are as long or longer: "كريستين" is not
/// "Christine Blasey Ford"). An acronym counts as
/// the name it abbreviates when the text spells that name out (UN, United Nations). Translated names such as
/// الأمم المتحدة are found this way.</item>
/// <item>A name of two words or more seen in fewer lines pairs with the n-gram of its line, of as many
/// words, whose transliteration has the closest consonant skeleton (<see cref="NameSkeleton"/>), when that
/// closeness reaches <see cref="MinSkeleton"/> and no other n-gram of the line is as close: transliterated
/// names such as people are found this way.</item>
/// </list>
/// </summary>
public static class ParallelNameAligner
{
    public const int MinLines = 2;
    public const double MinDice = 0.7;
    public const double MinSkeleton = 0.8;
    public const int MinTranslatedLines = 4;
    public const double MinSoundsAlike = 0.6;
    private const int MaxWords = 4;

    /// <summary>Words that may join two capitalized words inside an English name.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "the", "for", "and", "de", "al" };

    /// <summary>Pairs ordered by Arabic key; an Arabic key pairs with one English name (the one seen in more lines).</summary>
    public static List<NamePair> Align(IReadOnlyList<string> english, IReadOnlyList<string> arabic, IReadOnlySet<string> functionWords)
    {
        if (english.Count != arabic.Count)
        {
            throw new ArgumentException($"the texts are not line-aligned: {english.Count} English lines, {arabic.Count} Arabic lines.");
        }

        var lowercase = LowercaseWords(english);
        var maximal = english.Select(l => EnglishNames(l, lowercase)).ToList();
        var acronyms = Acronyms(maximal.SelectMany(n => n));
        var englishLines = maximal.Select(names => names.SelectMany(SubNames).Select(n => acronyms.GetValueOrDefault(n, n)).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var arabicLines = arabic.Select(l => ArabicGrams(l, functionWords)).ToList();

        var englishCount = Count(englishLines);
        var arabicCount = Count(arabicLines.Select(grams => grams.Select(g => g.Key).Distinct(StringComparer.Ordinal)));
        var together = new Dictionary<(string English, string Arabic), int>();
        for (var i = 0; i < english.Count; i++)
        {
            foreach (var name in englishLines[i].Where(n => englishCount[n] >= MinLines))
            {
                foreach (var key in arabicLines[i].Select(g => g.Key).Distinct(StringComparer.Ordinal))
                {
                    together[(name, key)] = together.GetValueOrDefault((name, key)) + 1;
                }
            }
        }

        double Dice((string English, string Arabic) pair, int n) => 2.0 * n / (englishCount[pair.English] + arabicCount[pair.Arabic]);

        // Ties go to the longer name on both sides: "United Nations" and "الأمم المتحدة", not "Nations" and "الأمم".
        var bestForEnglish = together.Where(kv => kv.Value >= MinLines)
            .GroupBy(kv => kv.Key.English)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(kv => Dice(kv.Key, kv.Value)).ThenByDescending(kv => Words(kv.Key.Arabic)).ThenBy(kv => kv.Key.Arabic, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var bestForArabic = together.Where(kv => kv.Value >= MinLines)
            .GroupBy(kv => kv.Key.Arabic)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(kv => Dice(kv.Key, kv.Value)).ThenByDescending(kv => Words(kv.Key.English)).ThenBy(kv => kv.Key.English, StringComparer.Ordinal).First().Key.English, StringComparer.Ordinal);

        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in arabicLines.SelectMany(l => l))
        {
            surfaces.TryAdd(g.Key, g.Surface);
        }

        var pairs = new List<NamePair>();
        foreach (var (name, best) in bestForEnglish)
        {
            var dice = Dice(best.Key, best.Value);
            if (dice >= MinDice && bestForArabic[best.Key.Arabic] == name && Words(name) <= Words(best.Key.Arabic)
                && (best.Value >= MinTranslatedLines || SoundsAlike(surfaces[best.Key.Arabic], name)))
            {
                pairs.Add(new NamePair(best.Key.Arabic, surfaces[best.Key.Arabic], name, best.Value, "lines"));
            }
        }

        var paired = pairs.Select(p => p.English).ToHashSet(StringComparer.Ordinal);
        var pairedArabic = pairs.Select(p => p.ArabicKey).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < english.Count; i++)
        {
            foreach (var name in englishLines[i].Distinct(StringComparer.Ordinal).Where(n => !paired.Contains(n) && Words(n) >= 2))
            {
                if (BySkeleton(name, arabicLines[i]) is { } gram && !pairedArabic.Contains(gram.Key))
                {
                    pairs.Add(new NamePair(gram.Key, gram.Surface, name, englishCount[name], "skeleton"));
                }
            }
        }

        return pairs
            .GroupBy(p => p.ArabicKey, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Lines).ThenBy(p => p.English, StringComparer.Ordinal).First())
            .OrderBy(p => p.ArabicKey, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// A pair seen in few lines must also sound alike (a transliterated name): two lines of agreement alone
    /// pair "الأمن الوطني" with "Jeremy" when both happen to occur in the same two sentences.
    /// </summary>
    private static bool SoundsAlike(string arabic, string english) =>
        NameSkeleton.Similarity(NameSkeleton.Of(Transliterator.ToLatin(arabic).Replace("al-", string.Empty, StringComparison.Ordinal)), NameSkeleton.Of(english)) >= MinSoundsAlike;

    /// <summary>Every run of words inside a name that neither starts nor ends with a joiner ("United Nations" in "United Nations General Assembly").</summary>
    private static IEnumerable<string> SubNames(string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            for (var j = i; j < words.Length; j++)
            {
                if (!Joiners.Contains(words[i]) && !Joiners.Contains(words[j]))
                {
                    yield return string.Join(' ', words[i..(j + 1)]);
                }
            }
        }
    }

    /// <summary>
    /// Acronyms of the text mapped to the name they abbreviate when the text also spells it out ("UN" to
    /// "United Nations"), so that both count as one name; an acronym that fits two names is left alone. An
    /// acronym inside a name stays whole in its initials ("US National" gives USN, not UN).
    /// </summary>
    private static Dictionary<string, string> Acronyms(IEnumerable<string> names)
    {
        var distinct = names.SelectMany(SubNames).Distinct(StringComparer.Ordinal).ToList();
        var byInitials = distinct.Where(n => Words(n) >= 2)
            .Select(n => (Name: n, Initials: string.Concat(n.Split(' ').Where(w => !Joiners.Contains(w)).Select(w => w.All(char.IsAsciiLetterUpper) ? w : w[..1]))))
            .GroupBy(x => x.Initials, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in distinct.Where(n => n.Length >= 2 && n.All(char.IsAsciiLetterUpper)))
        {
            if (byInitials.TryGetValue(n, out var full))
            {
                result[n] = full;
            }
        }

        return result;
    }

    /// <summary>The n-gram of the line with as many words as the name and the only closest skeleton, or null.</summary>
    private static ArabicGram? BySkeleton(string name, List<ArabicGram> grams)
    {
        var target = NameSkeleton.Of(name);
        var words = Words(name);
        ArabicGram? best = null;
        var bestScore = 0.0;
        var tie = false;
        foreach (var g in grams.Where(g => Words(g.Key) == words).DistinctBy(g => g.Key))
        {
            var score = NameSkeleton.Similarity(target, NameSkeleton.Of(Transliterator.ToLatin(g.Surface)));
            if (score > bestScore)
            {
                (best, bestScore, tie) = (g, score, false);
            }
            else if (score == bestScore)
            {
                tie = true;
            }
        }

        return bestScore >= MinSkeleton && !tie ? best : null;
    }

    private static Dictionary<string, int> Count(IEnumerable<IEnumerable<string>> lines)
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var item in line)
            {
                count[item] = count.GetValueOrDefault(item) + 1;
            }
        }

        return count;
    }

    private static int Words(string s) => s.Count(c => c == ' ') + 1;

    /// <summary>Words seen lower-cased somewhere: a capital on such a word at the start of a line is the sentence's, not a name's.</summary>
    private static HashSet<string> LowercaseWords(IEnumerable<string> lines)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var w in EnglishWords(line))
            {
                if (w.Text.Length > 0 && char.IsLower(w.Text[0]))
                {
                    set.Add(w.Text);
                }
            }
        }

        return set;
    }

    /// <summary>Maximal runs of capitalized words in one line (words separated by one space; joiners inside).</summary>
    public static List<string> EnglishNames(string line, IReadOnlySet<string> lowercase)
    {
        var names = new List<string>();
        var run = new List<string>();
        var previousEnd = -1;
        var first = true;

        void Flush()
        {
            while (run.Count > 0 && Joiners.Contains(run[^1]))
            {
                run.RemoveAt(run.Count - 1);
            }

            if (run.Count > 0)
            {
                names.Add(string.Join(' ', run));
            }

            run.Clear();
        }

        foreach (var (text, start) in EnglishWords(line))
        {
            var adjacent = previousEnd >= 0 && start == previousEnd + 1 && line[previousEnd] == ' ';
            if (!adjacent)
            {
                Flush();
            }

            previousEnd = start + text.Length;
            var sentenceStart = first;
            first = false;
            if (char.IsUpper(text[0]) && !(sentenceStart && lowercase.Contains(text.ToLowerInvariant())))
            {
                run.Add(text);
            }
            else if (run.Count > 0 && Joiners.Contains(text))
            {
                run.Add(text);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return names;
    }

    private static IEnumerable<(string Text, int Start)> EnglishWords(string line)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsAsciiLetter(line[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && (char.IsAsciiLetter(line[i]) || (line[i] == '-' && i + 1 < line.Length && char.IsAsciiLetter(line[i + 1]))))
            {
                i++;
            }

            yield return (line[start..i], start);
        }
    }

    /// <summary>The n-grams of an Arabic line: folded keys for counting, surfaces (clitic letter removed) for transliteration.</summary>
    public static List<ArabicGram> ArabicGrams(string line, IReadOnlySet<string> functionWords)
    {
        var words = new List<(string Key, string Surface)>();
        var grams = new List<ArabicGram>();
        foreach (var raw in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var surface = new string([.. raw.Where(c => c is >= '\u0621' and <= '\u064A')]);
            var opens = raw[0] is '"' or '(' or '«' or '\'';
            var closes = raw[^1] is '.' or '،' or ',' or '؛' or ':' or '؟' or '!' or '"' or ')' or '»' or '\'';
            var foreign = surface.Length != raw.Trim('"', '\'', '«', '»', '(', ')', '.', '،', ',', '؛', ':', '؟', '!').Length;
            if (opens || foreign)
            {
                // No n-gram crosses punctuation, a number or a foreign word.
                AddGrams(words, grams, functionWords);
                words.Clear();
            }

            if (!foreign && surface.Length > 0)
            {
                surface = WithoutClitic(surface);
                words.Add((LinkingResources.Key(surface), surface));
            }

            if (closes || foreign)
            {
                AddGrams(words, grams, functionWords);
                words.Clear();
            }
        }

        AddGrams(words, grams, functionWords);
        return grams;
    }

    private static void AddGrams(List<(string Key, string Surface)> words, List<ArabicGram> grams, IReadOnlySet<string> functionWords)
    {
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 1; n <= MaxWords && i + n <= words.Count; n++)
            {
                if (functionWords.Contains(words[i].Key) || functionWords.Contains(words[i + n - 1].Key) || words[i + n - 1].Key.Length < 2)
                {
                    continue;
                }

                var key = new StringBuilder();
                var surface = new StringBuilder();
                for (var k = i; k < i + n; k++)
                {
                    key.Append(k > i ? " " : string.Empty).Append(words[k].Key);
                    surface.Append(k > i ? " " : string.Empty).Append(words[k].Surface);
                }

                grams.Add(new ArabicGram(key.ToString(), surface.ToString()));
            }
        }
    }

    /// <summary>
    /// "والأمم", "بالأمم" and "وبالأمم" lose their letters; "للأمم" and "وللأمم" become "الأمم": only letters
    /// before the article are taken off, where they cannot be part of the word.
    /// </summary>
    private static string WithoutClitic(string word)
    {
        if (word.Length > 5 && word[0] is 'و' or 'ف' && WithoutClitic(word[1..]) is var rest && rest != word[1..])
        {
            return rest;
        }

        if (word.Length > 4 && word.StartsWith("لل", StringComparison.Ordinal))
        {
            return "ال" + word[2..];
        }

        if (word.Length > 4 && word[0] is 'و' or 'ف' or 'ب' or 'ك' or 'ل' && word[1] == 'ا' && word[2] == 'ل')
        {
            return word[1..];
        }

        return word;
    }
}
