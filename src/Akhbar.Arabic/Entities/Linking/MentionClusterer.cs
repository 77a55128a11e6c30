using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Groups the name mentions of one article: mentions with the same loose key (<see cref="LooseKey"/>:
/// spelling variants such as بوتين and بوتن) form one group, a place designator is left out ("محافظة إدلب"
/// is إدلب), and so is a feast's word of praise ("عيد الفطر المبارك" is عيد الفطر, FeastNames), and a one-word group joins the one multi-word person group whose last word it is
/// ("لافروف" joins "سيرغي لافروف"), or whose first word it is when that is a family name written first ("كيم" joins
/// "كيم جونغ أون", Data/entities/family-first-names.tsv), whatever the tagger called it, so type votes can fix a stray tag;
/// a one-word person group with no such owner joins the one multi-word person group that starts with its word, the given
/// name a king or a woman in the news is called by ("سلمان" joins "سلمان بن عبدالعزيز").
/// </summary>
public static class MentionClusterer
{
    /// <summary>
    /// Place designators and state nouns ("جمهورية الجبل الأسود" is الجبل الأسود; "ريف إدلب", the countryside of Idlib, is إدلب),
    /// folded, without the article; with the duals of designators ("ولايتي صفاقس وقفصة"). قطاع (strip) joins "قطاع غزة" to the
    /// "غزة" written a sentence later, as every tuning gold set marks the two as one entity; a sector (قطاع النفط) is no place
    /// mention, so the noun only meets it in a place name.
    /// Not read from Data/entities/place-heads.tsv on purpose, though the units and designators there overlap it: that file's
    /// features (مطار، جسر) name entities of their own and must not be stripped, the state nouns, ريف، عاصمة and قطاع are no
    /// place heads of that file, and its designator منطقة is not stripped here (adding it would change clusters: a rule
    /// change to measure, not a tidy-up).
    /// </summary>
    private static readonly string[] Designators = ["محافظه", "مدينه", "بلده", "ولايه", "قريه", "معتمديه", "ولايتي", "مدينتي", "معتمديتي", "اقليم", "مقاطعه", "مديريه", "قضاء", "هضبه", "ريف", "عاصمه", "دوله", "مملكه", "سلطنه", "جمهوريه", "اماره", "قطاع"];

    private static readonly Lazy<HashSet<string>> FamilyFirst = new(() =>
    {
        var tsv = Akhbar.Resources.TsvResource.Load("entities/family-first-names.tsv");
        var name = tsv.Column("name");
        return new HashSet<string>(tsv.Rows.Select(r => LooseKey(Akhbar.Core.Text.ArabicFolding.Fold(r[name]))), StringComparer.Ordinal);
    });

    public static List<MentionCluster> Cluster(string text, IReadOnlyList<EntityMention> mentions)
    {
        var byKey = new Dictionary<string, MentionCluster>(StringComparer.Ordinal);
        var byLooseSpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var clusters = new List<MentionCluster>();
        Span<char> buffer = stackalloc char[128];
        foreach (var m in mentions)
        {
            var surface = MentionText.Of(text, m);
            var key = LinkingResources.Key(surface);
            if (key.Length == 0)
            {
                continue;
            }

            // The loose key is written on the stack, and made a string only for a new group.
            // An agency's forms with its noun are one group ("وكالة دوغان التركية للأنباء", "وكالة دوغان").
            var stripped = NewsAgencyNames.GroupKey(key) ?? FeastNames.WithoutPraise(WithoutDesignator(key));
            var loose = stripped.Length <= buffer.Length ? buffer[..LooseKey(stripped, buffer)] : LooseKey(stripped).AsSpan();
            if (!byLooseSpan.TryGetValue(loose, out var cluster))
            {
                byKey[loose.ToString()] = cluster = new MentionCluster();
                clusters.Add(cluster);
            }

            cluster.AddName(m.Span, m.Type, surface, key);
        }

        // Short forms: a one-word group joins the single multi-word person group ending in that word, or starting in it
        // when that is a family name written first.
        var byLast = new Dictionary<string, List<MentionCluster>>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            if (c.VotedType() != EntityType.Person)
            {
                continue;
            }

            // The last word of every multi-word name, and its first word when that is a family name written first;
            // each short form lists the group once.
            // Not the second part of a compound (محمد بن سلمان, عبد الله): "سلمان" alone is not the son of Salman.
            foreach (var k in c.NameKeys)
            {
                if (k.LastIndexOf(' ') is var space && space > 0 && !EndsInCompound(k, space))
                {
                    AddShortForm(byLast, LooseKey(k.AsSpan(space + 1)), c);
                }
            }

            foreach (var k in c.NameKeys)
            {
                if (k.IndexOf(' ', StringComparison.Ordinal) is var space && space >= 0 && LooseKey(k.AsSpan(0, space)) is var first && FamilyFirst.Value.Contains(first))
                {
                    AddShortForm(byLast, first, c);
                }
            }
        }

        var byFirst = GivenNameShortForms(clusters);
        var absorbed = new HashSet<MentionCluster>();
        foreach (var c in clusters)
        {
            if (HasMultiWordName(c))
            {
                continue;
            }

            // A family name is looked for first: "رونالدو" is كريستيانو رونالدو even where the tagger also ran a mention on
            // from it ("رونالدو لزيدان"). Only a person is called by a given name alone: "إسرائيل" is the country even in an
            // article about إسرائيل كاتس.
            // A group of another type joins only a name written with its very letters: the loose key, which takes ق for ج,
            // reads "العراق" as "الأعرجي" (قاسم الأعرجي), and a place is no stray tag of a person's name spelled otherwise.
            var shortForm = LooseKey(c.NameKeys[0]);
            var isPerson = c.VotedType() == EntityType.Person;
            if ((byLast.TryGetValue(shortForm, out var owners) || (isPerson && byFirst.TryGetValue(shortForm, out owners)))
                && owners.Count == 1 && owners[0] != c && (isPerson || WritesWordOf(owners[0], c.NameKeys)))
            {
                owners[0].Absorb(c);
                absorbed.Add(c);
            }
        }

        // Longer names first, so that a patronymic finds one owner once "سلطان بن سحيم" has joined "سلطان بن سحيم آل ثاني".
        JoinLongerPersonNames(clusters, absorbed, patronymics: false);
        JoinLongerPersonNames(clusters, absorbed, patronymics: true);

        // "للاتحاد الأوروبي": the tagger kept the preposition, whose ل took the article's alef; it is الاتحاد الأوروبي.
        foreach (var c in clusters)
        {
            if (!absorbed.Contains(c) && c.NameKeys.All(k => k.StartsWith("لل", StringComparison.Ordinal) && k.Length > 3)
                && byKey.TryGetValue(LooseKey(StripDesignator("ال" + c.NameKeys[0][2..])), out var owner) && owner != c && !absorbed.Contains(owner))
            {
                owner.Absorb(c);
                absorbed.Add(c);
            }
        }

        // "حركة حماس": an organization named with the noun it names itself by (or a federation with its sport, "الاتحاد
        // الروسي لكرة القدم") is the organization of the bare name, when both groups are organizations (the name alone may be a person's: "حزب ميركل" is Merkel's party).
        foreach (var c in clusters)
        {
            if (!absorbed.Contains(c) && c.VotedType() == EntityType.Organization && c.NameKeys.Count > 0
                && OrganizationNameBounds.ShortName(c.NameKeys[0]) is var bare && bare.Length < c.NameKeys[0].Length
                && byKey.TryGetValue(LooseKey(bare), out var owner) && owner != c && !absorbed.Contains(owner)
                && owner.VotedType() == EntityType.Organization)
            {
                owner.Absorb(c);
                absorbed.Add(c);
            }
        }

        BodyShortNames.Join(clusters, absorbed);
        clusters.RemoveAll(absorbed.Contains);
        foreach (var c in clusters)
        {
            c.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return clusters;
    }

    /// <summary>
    /// A person's shorter name of two words or more joins the one person group whose name goes on from it ("سلطان بن سحيم"
    /// joins "سلطان بن سحيم آل ثاني"), and a patronymic alone, "بن" or "ابن" and a name, the one person group whose name holds it
    /// after a given name ("بن سلمان" joins "محمد بن سلمان", "بن دغر" joins "أحمد بن دغر"): news calls a Gulf or Yemeni leader
    /// by that pair after the full name. Not when two groups share the longer form, nor for names whose family name comes
    /// first (كيم جونغ نام is not كيم جونغ أون). In 1,500 ant-multisource articles 26 articles joined such groups (a name the
    /// tagger cut short, "بينيا نييتو" of إنريكي بينيا نييتو, "نعيم الرحمن"; the patronymics بن سلمان، بن دغر، بن سحيم، بن علي);
    /// one join was doubtful ("الدرديري محمد أحمد" with a محمد أحمد سالم of the same article).
    /// </summary>
    private static void JoinLongerPersonNames(List<MentionCluster> clusters, HashSet<MentionCluster> absorbed, bool patronymics)
    {
        // Every group is compared with every other: each name key's loose key is made once, not once per pair.
        var looseOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            if (absorbed.Contains(c) || c.VotedType() != EntityType.Person || c.NameKeys.Count == 0)
            {
                continue;
            }

            var key = Loose(c.NameKeys[0]);
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || !AllLoose(c.NameKeys, key))
            {
                continue;
            }

            // "بن سلمان" is looked for after a word ("محمد بن سلمان"); a longer name, at the start of the owner's name.
            var patronymic = key[..space] is "بن" or "ابن" && key.IndexOf(' ', space + 1) < 0;
            // A name whose family name comes first ("كيم جونغ" of كيم جونغ نام) is shared by relatives: no prefix rule.
            if (patronymic != patronymics || (!patronymic && (CompoundFirstWords.Contains(key[..space]) || FamilyFirst.Value.Contains(key[..space]))))
            {
                continue;
            }

            MentionCluster? owner = null;
            var owners = 0;
            foreach (var o in clusters)
            {
                if (o == c || absorbed.Contains(o) || o.VotedType() != EntityType.Person || !AnyContinues(o.NameKeys, key, patronymic))
                {
                    continue;
                }

                owner = o;
                owners++;
            }

            if (owners == 1)
            {
                owner!.Absorb(c);
                absorbed.Add(c);
            }
        }

        string Loose(string nameKey)
        {
            if (!looseOf.TryGetValue(nameKey, out var loose))
            {
                looseOf[nameKey] = loose = LooseKey(nameKey);
            }

            return loose;
        }

        bool AllLoose(List<string> nameKeys, string key)
        {
            foreach (var k in nameKeys)
            {
                if (Loose(k) != key)
                {
                    return false;
                }
            }

            return true;
        }

        bool AnyContinues(List<string> nameKeys, string key, bool patronymic)
        {
            foreach (var k in nameKeys)
            {
                if (Continues(Loose(k), key, patronymic))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether a longer key goes on from the shorter one, or holds the patronymic as whole words after a given name
        // (as "(longer + ' ').Contains(' ' + shorter + ' ')" would say, without writing either string).
        static bool Continues(string longer, string shorter, bool patronymic)
        {
            if (!patronymic)
            {
                return longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length] == ' ';
            }

            if (longer.Length <= shorter.Length)
            {
                return false;
            }

            for (var at = longer.IndexOf(shorter, 1, StringComparison.Ordinal); at > 0; at = longer.IndexOf(shorter, at + 1, StringComparison.Ordinal))
            {
                var after = at + shorter.Length;
                if (longer[at - 1] == ' ' && (after == longer.Length || longer[after] == ' '))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The first words of the multi-word person names, each with the groups it starts: after the full name, news calls a
    /// king, a woman in the news or a player by the given name alone ("الملك سلمان" after "سلمان بن عبدالعزيز", "نورا" after
    /// "نورا حسين"). Not the first part of a compound (عبد، أبو، بن), which is never said alone.
    /// </summary>
    private static Dictionary<string, List<MentionCluster>> GivenNameShortForms(List<MentionCluster> clusters)
    {
        var byFirst = new Dictionary<string, List<MentionCluster>>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            if (c.VotedType() != EntityType.Person)
            {
                continue;
            }

            foreach (var k in c.NameKeys)
            {
                if (k.IndexOf(' ', StringComparison.Ordinal) is var space && space > 0 && !CompoundFirstWords.Contains(k[..space]))
                {
                    AddShortForm(byFirst, LooseKey(k.AsSpan(0, space)), c);
                }
            }
        }

        return byFirst;
    }

    /// <summary>Whether the word before the last one (ending at <paramref name="lastSpace"/>) binds the last into a compound after a first name: محمد بن سلمان، محمود أبو مازن.</summary>
    private static bool EndsInCompound(string key, int lastSpace)
    {
        // A link that starts the name may be an English given name (بن ديفيز, Ben Davies): a name is needed before it.
        var before = key.LastIndexOf(' ', lastSpace - 1);
        return before > 0 && NamePropagation.CompoundLinks.Contains(key[(before + 1)..lastSpace]);
    }

    /// <summary>
    /// First words no one is called by alone: the words that bind the next into a compound name (عبد، أبو، بن، آل:
    /// <see cref="NamePropagation.CompoundLinks"/>), and the particles of European surnames (دي، فان، فون).
    /// </summary>
    internal static readonly HashSet<string> CompoundFirstWords = new(NamePropagation.CompoundLinks.Concat(["دي", "فان", "فون"]), StringComparer.Ordinal);

    private static void AddShortForm(Dictionary<string, List<MentionCluster>> byLast, string shortForm, MentionCluster c)
    {
        if (!byLast.TryGetValue(shortForm, out var list))
        {
            byLast[shortForm] = list = [];
        }

        // Groups are listed in turn, so one already listed under this form is the last one.
        if (list.Count == 0 || list[^1] != c)
        {
            list.Add(c);
        }
    }

    /// <summary>Whether a name of <paramref name="owner"/> starts or ends with one of <paramref name="keys"/> as a whole word, letter for letter.</summary>
    private static bool WritesWordOf(MentionCluster owner, List<string> keys)
    {
        foreach (var name in owner.NameKeys)
        {
            foreach (var k in keys)
            {
                if (name.Length > k.Length
                    && ((name.EndsWith(k, StringComparison.Ordinal) && name[name.Length - k.Length - 1] == ' ')
                        || (name.StartsWith(k, StringComparison.Ordinal) && name[k.Length] == ' ')))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasMultiWordName(MentionCluster c)
    {
        foreach (var k in c.NameKeys)
        {
            if (k.Contains(' ', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a key is a place designator alone, with or without the article ("المدينه").</summary>
    public static bool IsDesignator(string key) =>
        IsDesignatorWord(key.StartsWith("ال", StringComparison.Ordinal) ? key.AsSpan(2) : key);

    /// <summary>The key without a leading place designator, when a name follows it.</summary>
    public static string StripDesignator(string key) =>
        WithoutDesignator(key) is var rest && rest.Length == key.Length ? key : rest.ToString();

    /// <summary>
    /// <see cref="StripDesignator"/> without making a string. A listed division keeps its designator: "ريف دمشق" is a
    /// governorate of its own, not Damascus (Data/entities/governorates.tsv); "إقليم كردستان" is Kurdistan.
    /// </summary>
    public static ReadOnlySpan<char> WithoutDesignator(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && IsDesignatorWord(key.AsSpan(0, space)) && !LinkingResources.Default.Divisions.Contains(key) ? key.AsSpan(space + 1) : key;
    }

    /// <summary>Whether <paramref name="word"/> is one of <see cref="Designators"/> (compared without cutting a string out of the key).</summary>
    private static bool IsDesignatorWord(ReadOnlySpan<char> word)
    {
        foreach (var d in Designators)
        {
            if (word.SequenceEqual(d))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A folded key without the long vowels and hamza seats inside words and with غ, ج and ق merged, since
    /// foreign names are spelled many ways (بوتين، بوتن؛ سيرغي، سيرجي). Used to compare names only.
    /// </summary>
    public static string LooseKey(string key) => LooseKey(key.AsSpan());

    /// <inheritdoc cref="LooseKey(string)"/>
    public static string LooseKey(ReadOnlySpan<char> key)
    {
        // Written into a buffer on the stack (the loose key is never longer than the key), then copied once.
        var buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        return new string(buffer[..LooseKey(key, buffer)]);
    }

    /// <summary>Writes <see cref="LooseKey(string)"/> of <paramref name="key"/> to <paramref name="buffer"/> (as long as the key at least) and returns its length.</summary>
    public static int LooseKey(ReadOnlySpan<char> key, Span<char> buffer)
    {
        var length = 0;
        var wordStart = true;
        foreach (var c in key)
        {
            if (c == ' ')
            {
                buffer[length++] = c;
                wordStart = true;
                continue;
            }

            if (!wordStart && c is 'ا' or 'و' or 'ي' or 'ء')
            {
                continue;
            }

            buffer[length++] = c is 'غ' or 'ق' ? 'ج' : c;
            wordStart = false;
        }

        return length;
    }
}
