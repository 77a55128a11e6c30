using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "التقى الرئيس وفدا من رجال الأعمال"، "عقد لقاء مع وجهاء العشائر"، "يعقد اجتماعات مع المعارضة"، "ولقائه بالنشطاء": the
/// other side of a meeting is often a delegation, a body or people named by a common noun, no entity. Without a named
/// partner the meeting then had no target (and a meeting noun whose actor was carried over was dropped); the words of
/// that side are its span target, as the gold codes them (gold/README.md, "events").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Heads of the phrases a meeting's other side is named by (folded, without the article), beyond the groups, titles and
    /// generic actors other rules know: delegations, representatives, officials, members, notables, counterparts, bodies.
    /// Not sport words (لاعبين، الجهاز الفني): a club's own meeting with its players is no event (gold/README.md, saudi).
    /// </summary>
    private static readonly HashSet<string> MeetingSideHeads = new(StringComparer.Ordinal)
    {
        "وفد", "وفدا", "وفود", "وفودا", "ممثلي", "ممثلين", "ممثلو", "ممثلون", "مسوولي", "مسوولين", "مسوولون", "مسوولا",
        "اعضاء", "نواب", "وجهاء", "شيوخ", "اعيان", "قيادات", "قاده", "زعماء", "روساء", "سفراء", "نظراء", "نظرايه", "نظرايها",
        "المعارضه", "الفصايل", "ممثل", "مبعوث", "مبعوثي", "مستشاري", "وزراء", "قيادي", "قياديين", "نشطاء", "ناشطين", "جنود",
        "جنودا", "عسكريين", "ضباط", "رجال", "ممثلات", "الجاليه", "جمعيات", "منظمات", "الاحزاب", "احزاب", "النقابات", "نقابات", "جماعات", "الجماعات",
    };

    /// <summary>Prepositions a circumstance after the meeting word opens ("خلال الزيارة", "في موسكو"), skipped with their noun.</summary>
    private static readonly HashSet<string> CircumstancePrepositions = new(StringComparer.Ordinal) { "في", "خلال", "اثناء", "عقب", "بعد", "قبل" };

    /// <summary>How many words after the meeting word (or its subject) the other side may stand.</summary>
    private const int MeetingSideWindow = 8;

    /// <summary>
    /// The other side of a meeting (040, 041, 043, 046) that the text names by a common noun: the phrase after مع, a
    /// ب-phrase ("بالنشطاء", "بممثلي"), or the direct object of a verb that takes one ("التقى ... جنودا أتراكا"), once a
    /// circumstance of time or place ("خلال الزيارة") is passed; null when a name, a clause word or another word comes first.
    /// </summary>
    private EventArgument? MeetingSide(int verb, int from, int end, EventLexeme lexeme)
    {
        if (lexeme.Cameo is not ("040" or "041" or "043" or "046"))
        {
            return null;
        }

        var firstWord = true;
        for (var j = from; j < end && j < from + MeetingSideWindow; j++)
        {
            var token = _tokens[j];
            var key = ArticleActors.WithoutConjunction(token.Key);
            if (_inTime[j] || Skippable.Contains(token.Key))
            {
                continue;
            }

            if (ClauseStops.Contains(token.Key) || ClauseStops.Contains(key) || token.Kind != TokenKind.Word)
            {
                return null;
            }

            if (key == "مع")
            {
                return j + 1 < end && IsMeetingSide(_tokens[j + 1], SideWord.With) ? PartnerPhrase(j + 1, end) : null;
            }

            if (_actors.StartingAt(j) is { } named)
            {
                // A place after في or ب is a circumstance; any other name is a side the other rules read.
                if (named.Preposition is null || !named.IsPlace)
                {
                    return null;
                }

                j = named.Last;
                firstWord = false;
                continue;
            }

            if (CircumstancePrepositions.Contains(key) && j + 1 < end)
            {
                // "خلال الزيارة"، "في ديوان الوزارة": the preposition and its noun, with the definite words after it (its
                // genitive or adjectives).
                j = DefiniteRunEnd(j + 1, Math.Min(end, from + MeetingSideWindow));
                firstWord = false;
                continue;
            }

            if (token.Has(SegmentRole.Preposition) && key.StartsWith('ب') && IsMeetingSide(token, SideWord.Bi))
            {
                return PartnerPhrase(j, end);
            }

            if (token.Has(SegmentRole.Preposition))
            {
                // "في مكتبه بقصر الحكم"، "بالوزارة": a word with a preposition clitic that names no side is a circumstance,
                // passed with the definite words after it.
                j = DefiniteRunEnd(j, Math.Min(end, from + MeetingSideWindow));
                firstWord = false;
                continue;
            }

            // "واستقبله رئيس البعثة وأعضاء الجهاز": with an object pronoun on the verb, a group after its subject is a subject too.
            if (lexeme.Kind == EventWordKind.Verb && !lexeme.NeedsPreposition && !_tokens[verb].Has(SegmentRole.Pronoun)
                && IsMeetingSide(token, SideWord.Verb))
            {
                return PartnerPhrase(j, end);
            }

            // A noun's own adjective ("اجتماعات مستمرة مع") may stand before مع; any other word ends the search for a verb.
            if (lexeme.Kind == EventWordKind.Verb || !firstWord)
            {
                return null;
            }

            firstWord = false;
        }

        return null;
    }

    /// <summary>The last token of the word at <paramref name="j"/> and the definite words right after it, before <paramref name="limit"/>.</summary>
    private int DefiniteRunEnd(int j, int limit)
    {
        while (j + 1 < limit && _tokens[j + 1].Key.StartsWith("ال", StringComparison.Ordinal) && !_inTime[j + 1])
        {
            j++;
        }

        return j;
    }

    /// <summary>Where a word that may name a meeting's other side stands.</summary>
    private enum SideWord
    {
        /// <summary>After مع: a listed head, a group, a generic actor or a title whose holder the linker did not name ("مع الأمين العام").</summary>
        With,

        /// <summary>With ب on it ("بالنشطاء"): a listed head only; ب also brings places and circumstances ("بقصر اليمامة"، "برئاسة").</summary>
        Bi,

        /// <summary>
        /// Right after the verb and its subject: a listed head only; a title there is more often the subject's apposition
        /// ("التقى ولي العهد الأمير محمد") and a plain noun of people what the verb says of them ("استقبلت الأطفال").
        /// </summary>
        Verb,
    }

    /// <summary>Whether a word heads a meeting's other side where it stands (<see cref="SideWord"/>).</summary>
    private bool IsMeetingSide(Token token, SideWord after)
    {
        // A word may begin with و of its own ("وفد"، "وجهاء"), which is no conjunction: the key is tried as written too.
        return IsListedHead(token.Key, after) || IsListedHead(ArticleActors.WithoutConjunction(token.Key), after)
            || (after == SideWord.With && (GroupActors.Is(token) || GenericActors.IsActorNoun(token) || IsTitle(token)));

        static bool IsListedHead(string key, SideWord after)
        {
            if (after == SideWord.Bi && key.Length > 3 && key[0] == 'ب')
            {
                key = key[1..];
            }

            var bare = key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key;
            return MeetingSideHeads.Contains(key) || MeetingSideHeads.Contains(bare);
        }
    }

    /// <summary>The words of the other side from <paramref name="j"/>: the phrase a group argument spans, or a quantifier with its noun.</summary>
    private EventArgument PartnerPhrase(int j, int end) => AppealedGroup(j, end) ?? GroupArgument(j, end);

    /// <summary>How many words after a meeting side the next side joined by و may begin ("جنودا أتراكا وقادة من القوات").</summary>
    private const int NextSideWindow = 3;

    /// <summary>
    /// "اجتماعات مع المعارضة والجماعات المتمردة"، "التقى جنودا أتراكا وقادة من القوات": a second side named by a common noun
    /// and joined by و to the first; the gold codes one event per side. Null when none follows.
    /// </summary>
    private EventArgument? NextMeetingSide(EventArgument side, int end)
    {
        var last = ArticleActors.TokenAt(_tokens, side.Span.End - 1);
        for (var j = last + 1; j < end && j <= last + NextSideWindow; j++)
        {
            var token = _tokens[j];
            if (token.Kind != TokenKind.Word || ClauseStops.Contains(token.Key) || _actors.StartingAt(j) is not null)
            {
                return null;
            }

            if (token.Has(SegmentRole.Conjunction))
            {
                if (!IsMeetingSide(token, SideWord.With))
                {
                    return null;
                }

                // The side's words begin after the و.
                var phrase = PartnerPhrase(j, end);
                return phrase with { Span = new TextSpan(WithoutConjunctionStart(j), phrase.Span.End) };
            }
        }

        return null;
    }
}
