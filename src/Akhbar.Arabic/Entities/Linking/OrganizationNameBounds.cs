using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Widens an organization mention to the name as written, over the words ANERcorp, and so the tagger, leaves out:
/// the noun a movement or party names itself by, right before the name ("حركة حماس", "حزب الاتحاد الديمقراطي", "جماعة
/// الإخوان", "جبهة النصرة", "ميليشيات الحوثي", as every tuning gold set but gold/dev writes a militia; not تنظيم, on which the gold
/// sets disagree, but before a listed armed group or party), and
/// the word glued to لل after a head noun and its adjective ("الهيئة العامة" + "للترفيه", "المنظمة الدولية" + "للهجرة"),
/// where the tagger stops. Not before a word the article names a person by ("حزب ميركل" is Merkel's party).
/// <see cref="MentionClusterer"/> groups an organization's name without the leading noun
/// (<see cref="WithoutSelfNamingNoun"/>), so "حركة حماس" and "حماس" are one organization.
/// </summary>
public static class OrganizationNameBounds
{
    /// <summary>
    /// Folded militia nouns. A name the tagger read as a person right after one is the militia named after a leader or family
    /// ("ميليشيات الحوثي": الحوثي is also a family name, and such mentions joined عبد الملك الحوثي), and the mention takes the
    /// noun in, as gold/events-test and events-test4 write the name; so does an organization the tagger found after the noun
    /// (eight tuning folders write "ميليشيات الحوثي" and "ميليشيات حزب الله" whole, gold/dev alone marks the bare name).
    /// </summary>
    private static readonly HashSet<string> MilitiaNouns = new(StringComparer.Ordinal) { "ميليشيا", "ميليشيات", "مليشيا", "مليشيات" };

    /// <summary>Folded nouns that a movement, party, front, militia or club names itself by, before its name (declared after
    /// <see cref="MilitiaNouns"/>, which it includes: static fields are set in the order they are written). "نادي الاتحاد"
    /// and "الاتحاد" are one club as "حركة حماس" and "حماس" are one movement.</summary>
    private static readonly HashSet<string> SelfNamingNouns = new(["حركه", "حزب", "جماعه", "جبهه", "نادي", .. MilitiaNouns], StringComparer.Ordinal);

    /// <summary>The folded words that name a federation's sport after its name ("الاتحاد الروسي لكرة القدم").</summary>
    private const string SportTail = " لكره ";

    /// <summary>
    /// The folded noun تنظيم ("organization", and also "organizing"), which names a group only before a group of the
    /// organizations table ("تنظيم داعش", "تنظيم القاعدة", "تنظيم الدولة الإسلامية"): before any other organization it is
    /// as often the verbal noun ("تنظيم الهيئة العامة للطيران", the organizing of).
    /// </summary>
    private const string GroupNoun = "تنظيم";

    /// <summary>A folded name without a leading <see cref="SelfNamingNouns"/> word or <see cref="GroupNoun"/> ("حركه حماس" gives "حماس"); the name itself otherwise.</summary>
    public static ReadOnlySpan<char> WithoutSelfNamingNoun(ReadOnlySpan<char> key)
    {
        var space = key.IndexOf(' ');
        return space > 0 && (SelfNamingLookup.Contains(key[..space]) || key[..space].SequenceEqual(GroupNoun)) ? key[(space + 1)..] : key;
    }

    /// <summary>
    /// Whether the noun before a mention is <see cref="GroupNoun"/> written with no proclitic and the mention is a listed
    /// armed group or party, whatever type the tagger gave it (the table decides the group): the name takes the noun in, as
    /// the tuning gold sets write it whenever the noun stands alone (four of four); after a preposition ("لتنظيم داعش")
    /// gold/dev marks the bare name, so that form is left alone.
    /// </summary>
    private static bool IsGroupNounOfListedGroup(string text, Token noun, int wordStart, EntityMention m, LinkingResources resources) =>
        wordStart == noun.Span.Start && noun.Key == GroupNoun
        && resources.KnownOrganizations.ByKey.TryGetValue(LinkingResources.Key(text[m.Span.Start..m.Span.End]), out var row)
        && row.Role is "armed-group" or "party";

    /// <summary>
    /// A folded organization name without its self-naming noun (<see cref="WithoutSelfNamingNoun"/>) and without the sport a
    /// federation names after it: "الاتحاد الروسي لكره القدم" is "الاتحاد الروسي", as the same article goes on to call it.
    /// </summary>
    public static ReadOnlySpan<char> ShortName(ReadOnlySpan<char> key)
    {
        var tail = key.IndexOf(SportTail);
        return WithoutSelfNamingNoun(tail > 0 && key[(tail + SportTail.Length)..].IndexOf(' ') < 0 ? key[..tail] : key);
    }

    /// <summary>
    /// A folded name without a leading militia noun ("ميليشيات حزب الله" gives "حزب الله"), or null when it has none: the group's
    /// rows in the tables are looked up by the name the militia noun goes before.
    /// </summary>
    public static string? WithoutMilitiaNoun(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && MilitiaNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key.AsSpan(0, space)) ? key[(space + 1)..] : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfNamingLookup =
        SelfNamingNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<EntityMention> Widen(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        if (!mentions.Any(m => m.Type is EntityType.Organization or EntityType.Person))
        {
            return mentions;
        }

        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var t = m.FirstToken; t <= m.LastToken; t++)
            {
                covered[t] = true;
            }
        }

        // A person's name after حزب is the party's leader ("حزب ميركل"), not the party's name.
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            for (var t = m.FirstToken; m.Type == EntityType.Person && t <= m.LastToken; t++)
            {
                personWords.Add(TokenWords.WordKey(text, tokens[t]));
            }
        }

        var list = mentions.ToArray();
        var widened = new List<int>();
        for (var n = 0; n < list.Length; n++)
        {
            var m = list[n];
            var (start, first, end, last) = (m.Span.Start, m.FirstToken, m.Span.End, m.LastToken);
            var before = first - 1;
            var type = m.Type;
            // A militia may be a party's ("ميليشيات حزب الله"); no other self-naming noun goes before another.
            if (before >= 0 && !covered[before] && tokens[before].Kind == TokenKind.Word && start == tokens[first].Span.Start
                && TokenWords.WordStart(tokens[before]) is var wordStart && TokenWords.Key(text, tokens[before], wordStart) is var noun
                && (MilitiaNouns.Contains(noun) || !SelfNamingNouns.Contains(TokenWords.WordKey(text, tokens[first])))
                && ((m.Type == EntityType.Organization && SelfNamingNouns.Contains(noun) && !personWords.Contains(TokenWords.WordKey(text, tokens[first])))
                    || IsGroupNounOfListedGroup(text, tokens[before], wordStart, m, resources)
                    || (m.Type == EntityType.Person && MilitiaNouns.Contains(noun))))
            {
                // A militia is named after its leader or family as often as not ("ميليشيات الحوثي"): the whole is the group.
                (start, first, type) = (wordStart, before, EntityType.Organization);
            }

            // The tagger's own person chunk that begins with a militia noun ("لميليشيات #الحوثي") is the militia as well.
            if (type == EntityType.Person && first < last && start == m.Span.Start
                && MilitiaNouns.Contains(TokenWords.Key(text, tokens[first], m.Span.Start)))
            {
                type = EntityType.Organization;
            }

            if (type != EntityType.Organization)
            {
                continue;
            }

            var after = last + 1;
            if (last == first + 1 && after < tokens.Count && !covered[after] && IsGluedToLam(tokens[after])
                && IsHeadAndAdjective(text, tokens, first, resources))
            {
                (end, last) = (tokens[after].Span.End, after);
            }

            if (start != m.Span.Start || end != m.Span.End || type != m.Type)
            {
                list[n] = m with { Type = type, Span = new TextSpan(start, end), FirstToken = first, LastToken = last, ArticleElided = m.ArticleElided && start == m.Span.Start };
                widened.Add(n);
            }
        }

        return WidenedMentions.WithoutCovered(list, widened);
    }

    /// <summary>Whether a word starts with لل and goes on (للهجرة، للترفيه): a preposition and an article, the object of a name.</summary>
    private static bool IsGluedToLam(Token token) =>
        token.Kind == TokenKind.Word && token.Key.Length > 3 && token.Key.StartsWith("لل", StringComparison.Ordinal);

    /// <summary>Folded adjectives that describe a body without naming whose it is (الدولية، العامة، العليا، الوطنية).</summary>
    private static readonly HashSet<string> GenericAdjectives =
        new[] { "الدولي", "الدولية", "العالمي", "العالمية", "العام", "العامة", "الأعلى", "العليا", "الوطني", "الوطنية", "السامية", "المستقلة", "الدائمة" }
            .Select(LinkingResources.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the two words from <paramref name="first"/> are a defined organization head noun and a generic adjective
    /// (الهيئة العامة، المنظمة الدولية، المجلس الأعلى) that the tables do not know as a name as it stands.
    /// </summary>
    private static bool IsHeadAndAdjective(string text, IReadOnlyList<Token> tokens, int first, LinkingResources resources)
    {
        var head = TokenWords.WordKey(text, tokens[first]);
        var adjective = tokens[first + 1].Key;
        if (!head.StartsWith("ال", StringComparison.Ordinal) || !NameHeads.Contains(head.AsSpan(2)) || !GenericAdjectives.Contains(adjective))
        {
            return false;
        }

        var key = head + " " + adjective;
        return !resources.KnownOrganizations.ByKey.ContainsKey(key) && !resources.ActorsByKey.ContainsKey(key);
    }
}
