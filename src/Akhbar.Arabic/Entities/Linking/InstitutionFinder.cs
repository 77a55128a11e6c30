using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Finds institution phrases (<see cref="InstitutionPhrase"/>): an institution noun of
/// Data/entities/institutions.tsv, or a ministry ("وزارة الخارجية"), followed by a nisba that agrees with it,
/// by the name of a dictionary actor in office on the publication day, or by a collective noun.
/// </summary>
public static class InstitutionFinder
{
    public static List<InstitutionPhrase> Find(string text, IReadOnlyList<Token> tokens, LinkingResources resources, int date)
    {
        var found = new List<InstitutionPhrase>();

        // Every word is looked up in up to four tables, by span: a word with a conjunction or preposition makes no string.
        var compoundStarts = resources.InstitutionCompoundStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = resources.InstitutionPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var fields = resources.InstitutionFields.GetAlternateLookup<ReadOnlySpan<char>>();
        var heads = resources.InstitutionHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var endings = resources.InstitutionStartEndings;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var start = TokenWords.WordStart(tokens[i]);
            var key = TokenWords.KeySpan(text, tokens[i], start);
            if (!endings.MayEndLikeAForm(key))
            {
                continue;
            }

            var last = i;
            InstitutionNoun? head;
            if (compoundStarts.Contains(key) && CompoundHead(text, tokens, i, key, resources) is { } compound)
            {
                // "الدفاعات الجوية السورية", "سلاح الجو الإسرائيلي"; "قوات الدفاع الجوي السعودي" is named with its forces noun.
                (head, last) = (compound, i + 1);
                start = IsForcesNoun(text, tokens, i - 1) ? TokenWords.WordStart(tokens[i - 1]) : start;

                // "وكالة الأنباء المركزية الكورية": an adjective that says what kind of body it is may stand before the nisba.
                if (last + 2 < tokens.Count && KindAdjectives.Contains(tokens[last + 1].Key) && NisbaAt(tokens, last + 2, resources).Country is not null)
                {
                    last++;
                }
            }
            else if (prefixes.Contains(key) && i + 2 < tokens.Count && resources.InstitutionFields.TryGetValue(tokens[i + 1].Key, out var field))
            {
                head = field;
                last = i + 1;
            }
            else if (FieldsSaidAloneLookup.Contains(key) && fields.TryGetValue(key, out field) && IsMinistryByItsField(text, tokens, i))
            {
                head = field;
            }
            else if (!heads.TryGetValue(key, out head))
            {
                continue;
            }

            // A hashtag's underscore between the noun and its nisba (الجيش_الإسرائيلي) joins them like a space.
            if (last + 2 < tokens.Count && NameJoiners.IsJoiner(text, tokens, last + 1))
            {
                last++;
            }

            var next = tokens[last + 1];
            var end = next.Span.End;
            if (NisbaAt(tokens, last + 1, resources) is ({ } country, var nisbaLast) && IsFeminine(next.Key) == head.Feminine)
            {
                // A nisba of two words names its country whole ("الكورية الشمالية").
                end = tokens[nisbaLast].Span.End;
                last = nisbaLast - 1;
                found.Add(new InstitutionPhrase(new TextSpan(start, end), head.Gloss + ":" + country, resources.InstitutionName(head.Gloss, country), country, country + head.Cameo, null, null, head.Descriptive));
            }
            else if (resources.Collectives.TryGetValue(next.Key, out var collective))
            {
                found.Add(new InstitutionPhrase(new TextSpan(start, end), head.Gloss + ":" + collective, $"{collective} {head.Gloss}", null, null, null, null, head.Descriptive));
            }
            // A ministry's field is never a leader's name: LinkingResources indexes no actor by it.
            else if (Leader(next.Key, resources, date) is { } actor && actor.CodeOn(date) is { Length: >= 3 } code && IsPolitical(code) && resources.CountriesByIso3.TryGetValue(code[..3], out var leaderCountry))
            {
                found.Add(new InstitutionPhrase(new TextSpan(start, end), head.Gloss + ":" + leaderCountry.Iso3, resources.InstitutionName(head.Gloss, leaderCountry.Iso3), leaderCountry.Iso3, leaderCountry.Iso3 + head.Cameo, next.Span, actor));
            }
            else
            {
                continue;
            }

            i = last + 1;
        }

        return found;
    }

    /// <summary>The country of the nisba that starts at <paramref name="first"/>, longest first, and its last token; null when there is none.</summary>
    private static (string? Country, int Last) NisbaAt(IReadOnlyList<Token> tokens, int first, LinkingResources resources)
    {
        for (var words = Math.Min(resources.MaxNisbaWords, tokens.Count - first); words >= 1; words--)
        {
            if (TokenWords.TryGetJoined(resources.NisbaByKey, tokens, first, words, out var country))
            {
                return (country, first + words - 1);
            }
        }

        return (null, first);
    }

    /// <summary>The institution noun of two words that starts at <paramref name="i"/> (its first word's key given, one of <see cref="LinkingResources.InstitutionCompoundStarts"/>), if any.</summary>
    private static InstitutionNoun? CompoundHead(string text, IReadOnlyList<Token> tokens, int i, ReadOnlySpan<char> key, LinkingResources resources)
    {
        if (i + 2 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Word
            || tokens[i + 1].Span.Start - tokens[i].Span.End != 1 || text[tokens[i].Span.End] != ' ')
        {
            return null;
        }

        return resources.InstitutionHeads.TryGetValue(string.Concat(key, " ", tokens[i + 1].Key), out var head) ? head : null;
    }

    /// <summary>Folded adjectives that say what kind of body a two-word institution is, between it and its nisba.</summary>
    private static readonly HashSet<string> KindAdjectives = new(StringComparer.Ordinal) { "الرسميه", "المركزيه", "الوطنيه" };

    /// <summary>Whether the word at <paramref name="i"/> is قوات, the forces noun that may stand before a branch's name.</summary>
    private static bool IsForcesNoun(string text, IReadOnlyList<Token> tokens, int i) =>
        i >= 0 && tokens[i].Kind == TokenKind.Word && TokenWords.WordKey(text, tokens[i]) == "قوات";

    /// <summary>
    /// Whether a ministry's field at <paramref name="i"/> stands for the ministry without وزارة before it, as news writes it
    /// ("قالت الخارجية الأميركية", "باسم الخارجية الروسية"; the nisba after it is checked by the caller): not after a
    /// word with the article, of which the field is then an adjective ("السياسة الخارجية الأمريكية", "الاستخبارات
    /// الداخلية الألمانية"), nor after a minister, whose title it completes ("وزيرة الخارجية الكندية" is a role).
    /// </summary>
    private static bool IsMinistryByItsField(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Kind != TokenKind.Word)
        {
            return true;
        }

        var before = TokenWords.WordKey(text, tokens[i - 1]);
        return !before.StartsWith("ال", StringComparison.Ordinal) && !MinisterWords.Contains(before);
    }

    /// <summary>
    /// The fields that name their ministry alone (folded): the adjectives الخارجية and الداخلية, and الدفاع. Fields that are
    /// nouns of their own are the genitive of the noun before them instead ("وسائل الإعلام الروسية" are the media, "وكالة
    /// الطاقة", "شركة النفط"): over 1,500 corpus articles every such phrase without وزارة was one.
    /// </summary>
    private static readonly HashSet<string> FieldsSaidAlone = new(StringComparer.Ordinal) { "الخارجيه", "الداخليه", "الدفاع" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldsSaidAloneLookup = FieldsSaidAlone.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Folded nouns of whom a ministry's field is the office: وزير، وزيرة، وزراء، وكيل، وكيلة.</summary>
    private static readonly HashSet<string> MinisterWords = new(StringComparer.Ordinal) { "وزير", "وزيره", "وزراء", "وكيل", "وكيله" };

    /// <summary>
    /// Whether an actor code names someone an institution can be named after (نظام الأسد، حكومة نتنياهو، قوات حفتر): a
    /// government, military, party, elite, rebel or opposition role, or a bare country code. The machine-translated actor dictionary also lists
    /// common words under other roles ("تشغيل", operation, as a Chinese educator), which made "نظام تشغيل" (an
    /// operating system) the Chinese government.
    /// </summary>
    private static bool IsPolitical(string code) => code.Length < 6 || code.AsSpan(3, 3) is "GOV" or "MIL" or "PTY" or "ELI" or "REB" or "OPP" or "SPY" or "LEG" or "JUD" or "COP" or "INS";

    /// <summary>Whether a folded nisba is feminine: it ends in the folded taa marbuta ("السوريه").</summary>
    private static bool IsFeminine(string nisbaKey) => nisbaKey.EndsWith('ه');

    /// <summary>
    /// The actor a one-word name stands for on the day: its own entry, else the one person whose names end in it. A pronoun
    /// is no name, though a few noisy entries of the actor dictionary end in one ("كيسنجر الذي").
    /// </summary>
    public static ActorRecord? Leader(string key, LinkingResources resources, int date)
    {
        if (NoNameWords.IsPronoun(key))
        {
            return null;
        }

        if (resources.ActorsByKey.TryGetValue(key, out var actor))
        {
            return actor.CodeOn(date) is null ? null : actor;
        }

        if (!resources.ActorsByLastWord.TryGetValue(key, out var list))
        {
            return null;
        }

        var inOffice = list.Where(a => a.CodeOn(date) is not null && a.NameEn is not null).ToList();
        return inOffice.Count > 0 && inOffice.All(a => a.NameEn == inOffice[0].NameEn) ? inOffice[0] : null;
    }
}
