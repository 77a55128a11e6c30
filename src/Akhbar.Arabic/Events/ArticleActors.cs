using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The mentions of the linked entities of one document (names, role phrases, counterpart phrases), indexed by the token
/// they start and end on, with the preposition before each.
/// </summary>
internal sealed class ArticleActors
{
    /// <summary>Words that put the mention after them in a prepositional phrase (folded, without a leading و).</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "في", "مع", "علي", "الي", "ضد", "من", "عن", "بين", "حول", "لدي", "عبر", "خلال", "نحو", "عند", "تجاه", "بحق",
        "امام", "وراء", "تحت", "فوق", "قرب", "داخل", "خارج", "منذ", "بعد", "قبل",
    };

    private readonly MentionSlots _starting;
    private readonly MentionSlots _ending;

    /// <summary>For the first token of a role phrase written right before its holder's name, the name's first token, else -1.</summary>
    private readonly int[] _nameAfterRole;

    public ArticleActors(Document doc)
    {
        // An array, not the layer's list: the passes below index it per token and per mention, and through the list
        // interface each read is a dispatched call (the segmenter stores an array, so nothing is copied).
        var tokens = doc.Tokens as Token[] ?? [.. doc.Tokens];
        // Each linked mention is stored once per table: room for all of them at once, so that the list is not grown (and
        // copied) again and again for every document.
        var linkedMentions = 0;
        for (var e = 0; doc.HasLinkedEntities && e < doc.LinkedEntities.Count; e++)
        {
            linkedMentions += doc.LinkedEntities[e].Mentions.Count;
        }

        var mentions = new List<ActorMention>(2 * linkedMentions);
        _starting = new MentionSlots(mentions, tokens.Length);
        _ending = new MentionSlots(mentions, tokens.Length);
        _nameAfterRole = new int[tokens.Length];
        Array.Fill(_nameAfterRole, -1);
        if (!doc.HasLinkedEntities || tokens.Length == 0)
        {
            return;
        }

        // One list for the phrases of every entity in turn, not one per entity.
        var phrases = new List<(TextSpan Span, int First, int Last, int RoleFirst)>();
        foreach (var entity in doc.LinkedEntities)
        {
            ActorPhrases(tokens, entity, phrases);
            foreach (var (span, first, last, roleFirst) in phrases)
            {
                if (roleFirst < first)
                {
                    _nameAfterRole[roleFirst] = first;
                }

                var mention = new ActorMention(entity, span, first, last, PrepositionBefore(doc, first, span.Start));
                if (_starting[first] is not { } s || s.Last < last)
                {
                    _starting[first] = mention;
                }

                if (_ending[last] is not { } e || e.First > first)
                {
                    _ending[last] = mention;
                }
            }
        }

        ShareCoordinatedPrepositions(tokens);
        SetQualifyingNisbasApart(tokens);
        SetDatelineApart(doc);
        ReachHashtagsFromTheirMark(doc, tokens);
    }

    /// <summary>
    /// "وهددت #إيران"، "على #موسكو": the tokenizer keeps a hashtag's '#' as a token of its own and the entity stage starts
    /// the name after it, so a rule that asks for the actor right after a verb or preposition would find only the mark.
    /// The mention is set at the mark's slot too, unchanged (its first token, span and preposition stay the name's), so
    /// every rule's "actor starting at the next token" reaches it; done last, after the passes above adjusted the mention.
    /// The preposition is not read past the mark: "الشرطة في #روسيا" then became a prepositional phrase, and the phrase
    /// lost the actor the text names with it (measured on the tuning sets).
    /// </summary>
    private void ReachHashtagsFromTheirMark(Document doc, Token[] tokens)
    {
        for (var j = 0; j + 1 < tokens.Length; j++)
        {
            if (tokens[j].Key == "#" && _starting[j] is null && _starting[j + 1] is { } m && NameJoiners.IsJoiner(doc.Text, tokens, j))
            {
                _starting[j] = m;
            }
        }
    }

    /// <summary>Marks the place mentions of the dateline, which name where the article was filed, not who acts.</summary>
    private void SetDatelineApart(Document doc)
    {
        var (first, last) = DatelineTokens.Find(doc, j => _starting[j] is { IsPlace: true } m ? m.Last : -1);
        for (var j = Math.Max(0, first); j < last; j++)
        {
            if (_starting[j] is { } m)
            {
                var apart = m with { InDateline = true };
                _starting[j] = apart;
                if (_ending[m.Last] is { } e && e.First == m.First)
                {
                    _ending[m.Last] = apart;
                }
            }
        }
    }

    public ActorMention? StartingAt(int token) => _starting[token];

    /// <summary>
    /// "المستشارة الألمانية أنغيلا ميركل": when a role phrase of a person starts at <paramref name="token"/> and the linker
    /// found the name right after it, the first token of the name; else -1. The role is no mention of its own (above), so
    /// a reader that walks title words to the name can tell a role the cue lexicon does not list from any other words.
    /// </summary>
    public int NameAfterRole(int token) => _nameAfterRole[token];

    /// <summary>
    /// The entity's mentions by their tokens, less a role phrase right before the name it belongs to ("الزعيم الكوري
    /// الشمالي كيم جونغ أون", two mentions of one person): the finder reads such a role as the title words before the
    /// name (<see cref="EventFinder"/>'s NextActor), not as an actor of its own that the name would then follow as an object.
    /// Written into <paramref name="phrases"/>, which it clears first.
    /// </summary>
    private static void ActorPhrases(Token[] tokens, Entity entity, List<(TextSpan Span, int First, int Last, int RoleFirst)> phrases)
    {
        phrases.Clear();
        // The linker hands each entity's mentions over in text order.
        foreach (var m in entity.Mentions)
        {
            var first = TokenAt(tokens, m.Span.Start);
            var last = TokenAt(tokens, m.Span.End - 1);
            if (first < 0 || last < first)
            {
                continue;
            }

            var roleFirst = first;
            if (phrases.Count > 0 && phrases[^1].Last + 1 == first)
            {
                roleFirst = phrases[^1].RoleFirst;
                phrases.RemoveAt(phrases.Count - 1);
            }

            phrases.Add((m.Span, first, last, roleFirst));
        }
    }

    /// <summary>
    /// "إلى كوريا الشمالية والصين": a mention joined by و to one in a prepositional phrase is in that phrase too, so it
    /// is not taken for a subject.
    /// </summary>
    private void ShareCoordinatedPrepositions(Token[] tokens)
    {
        for (var j = 1; j < tokens.Length; j++)
        {
            if (_starting[j] is not { Preposition: null } m || _ending[j - 1] is not { Preposition: { } p }
                || tokens[j].Segments.Length < 2 || tokens[j].Segments[0].Role != SegmentRole.Conjunction)
            {
                continue;
            }

            var shared = m with { Preposition = p };
            _starting[j] = shared;
            if (_ending[m.Last] is { } e && e.First == m.First)
            {
                _ending[m.Last] = shared;
            }
        }
    }

    /// <summary>
    /// "في الرقة السورية"، "شهدت مدينة حلب السورية": a country's nisba right after a place names where that place is, not an
    /// actor: it is in the place's prepositional phrase when there is one, else a complement ("*"), so that it is taken for
    /// neither a subject nor a target.
    /// </summary>
    private void SetQualifyingNisbasApart(Token[] tokens)
    {
        for (var j = 1; j < tokens.Length; j++)
        {
            if (_starting[j] is not { Preposition: null } m || m.Last != j || _ending[j - 1] is not { IsPlace: true } place
                || tokens[j].Has(SegmentRole.Conjunction) || tokens[j].Has(SegmentRole.Preposition) || !NisbaWords.IsNisba(tokens[j].Key))
            {
                continue;
            }

            var apart = m with { Preposition = place.Preposition ?? "*" };
            _starting[j] = apart;
            if (_ending[j] is { } e && e.First == j)
            {
                _ending[j] = apart;
            }
        }
    }

    public ActorMention? EndingAt(int token) => _ending[token];

    /// <summary>
    /// One mention (or none) per token, kept as an index into a list the two tables share: an array of nullable mentions
    /// would take some fifty bytes for every token of the document, nearly all of them empty, cleared for each document
    /// (and past the large-object threshold for a long article).
    /// </summary>
    private sealed class MentionSlots(List<ActorMention> mentions, int tokens)
    {
        /// <summary>Per token, 0 for none, else the mention's index in the list plus one.</summary>
        private readonly int[] _slots = new int[tokens];

        public ActorMention? this[int token]
        {
            get => _slots[token] == 0 ? null : mentions[_slots[token] - 1];
            set
            {
                if (value is not { } mention)
                {
                    _slots[token] = 0;
                    return;
                }

                mentions.Add(mention);
                _slots[token] = mentions.Count;
            }
        }
    }

    /// <summary>
    /// <see cref="TokenSearch.AtOrBefore(IReadOnlyList{Token}, int)"/> under the name the event rules call it by: kept so that
    /// their many call sites read unchanged (the search itself lives with the token types, shared by the quote stage).
    /// </summary>
    public static int TokenAt(IReadOnlyList<Token> tokens, int offset) => TokenSearch.AtOrBefore(tokens, offset);

    /// <summary><see cref="TokenSearch.AtOrBefore(Token[], int)"/>, the array overload the event rules' token arrays bind to.</summary>
    public static int TokenAt(Token[] tokens, int offset) => TokenSearch.AtOrBefore(tokens, offset);

    /// <summary>Folded key without a leading conjunction: "ومع" is "مع", "وفي" is "في".</summary>
    public static string WithoutConjunction(string key) => key.Length > 2 && key[0] is 'و' or 'ف' ? key[1..] : key;

    /// <summary><see cref="WithoutConjunction"/> as a span of the key, for a lookup on a hot path that should not make a string.</summary>
    public static ReadOnlySpan<char> WithoutConjunctionSpan(string key) => key.Length > 2 && key[0] is 'و' or 'ف' ? key.AsSpan(1) : key;

    /// <summary>
    /// Whether <paramref name="words"/> (folded keys, an ordinal set) lists the key as it is written or, failing that,
    /// without a leading و or ف. As written first: <see cref="WithoutConjunction"/> cuts any first و or ف, so a listed
    /// word whose first letter is a root letter ("فصايل", "وحدات", "واصل", "واجه") would be looked up as "صايل", "حدات",
    /// "اصل", "اجه" and never match. The cut form is a span of the key: no string is made.
    /// </summary>
    public static bool Lists(HashSet<string> words, string key) =>
        words.Contains(key) || (key.Length > 2 && key[0] is 'و' or 'ف' && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key.AsSpan(1)));

    /// <summary>
    /// Whether <paramref name="words"/> holds <see cref="WithoutConjunction"/> of the key, looked up by span so that no
    /// string is made; a set whose comparer cannot look up spans is asked with the cut string.
    /// </summary>
    public static bool ListsWithoutConjunction(HashSet<string> words, string key) =>
        words.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup.Contains(WithoutConjunctionSpan(key)) : words.Contains(WithoutConjunction(key));

    private static string? PrepositionBefore(Document doc, int first, int mentionStart)
    {
        var token = doc.Tokens[first];
        foreach (var s in token.Segments)
        {
            // A clitic before the name ("لـ" in "لحزب الله") or one the mention took in ("للصين"): either way the
            // preposition governs the name.
            if (s.Role == SegmentRole.Preposition && (s.Span.End <= mentionStart || mentionStart == token.Span.Start))
            {
                return doc.Text[s.Span.Start] switch
                {
                    'ب' => "ب",
                    'ل' => "ل",
                    'ك' => "ك",
                    _ => "*",
                };
            }
        }

        if (first == 0)
        {
            return null;
        }

        var previous = doc.Tokens[first - 1];
        if (previous.Kind != TokenKind.Word)
        {
            return null;
        }

        var key = WithoutConjunction(previous.Key);
        if (Prepositions.Contains(key))
        {
            return key;
        }

        // "بقيادة X", "بمشاركة X", "لصالح X": X is the complement of a prepositional phrase. Not after "بأن", whose ب governs
        // the clause the name opens as its subject ("محذرا بأن دمشق ستدفع الثمن"). ("لأن أنقرة" stays apart: a clause of cause
        // after a demand or an appeal names no addressee.)
        return previous.Has(SegmentRole.Preposition) && key != "بان" ? "*" : null;
    }
}
