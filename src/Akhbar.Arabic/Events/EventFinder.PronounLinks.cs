using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Subjects reached across a pronoun: a preposition with its pronoun between a verb and the group that is its subject
/// ("وزجت به السلطات في السجن"), a verb after لكن with a pronoun ("لكنها أطلقت سراحه"), whose pronoun is the actor of the
/// event before it in the sentence, and a sentence-opening verb that agrees with the verb of the sentence before ("وأطلقت
/// سراحه"); the person an object pronoun ه of a verb of release, coercion or force stands for; and the antecedent of a
/// relative clause whose speech-act verb carries an object pronoun ("فضل الله، الذي تحمّله واشنطن المسؤولية").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>A preposition with an attached pronoun (folded keys): the object of the verb before it, never its subject.</summary>
    private static readonly HashSet<string> PronounPrepositions = PrepositionsWithPronouns();

    /// <summary>لكن with the pronoun of its subject, by the person the pronoun is (folded keys, with or without و).</summary>
    private static readonly Dictionary<string, char> ContrastPronouns = new(StringComparer.Ordinal)
    {
        ["لكنه"] = 'm',
        ["لكنها"] = 'f',
        ["لكنهم"] = 'p',
    };

    private static HashSet<string> PrepositionsWithPronouns()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var preposition in new[] { "ب", "ل", "علي", "الي", "من", "عن", "مع", "في" })
        {
            foreach (var pronoun in new[] { "ه", "ها", "هم", "هما" })
            {
                set.Add(preposition + pronoun);
            }
        }

        return set;
    }

    /// <summary>Whether token <paramref name="j"/> is a preposition with its pronoun ("به"، "عليها"، "إليهم").</summary>
    private bool IsPronounPreposition(int j) => _tokens[j].Kind == TokenKind.Word && PronounPrepositions.Contains(_tokens[j].Key);

    /// <summary>Words after which a verb opens a clause of its own (folded keys).</summary>
    private static readonly HashSet<string> ClauseOpeningWords = new(StringComparer.Ordinal) { "ثم", "كما", "لكن", "ولكن", "لكنها", "ولكنها", "لكنه", "ولكنه" };

    /// <summary>
    /// Whether a preposition with its pronoun right after verb <paramref name="k"/> may stand before the verb's subject: only
    /// when the verb opens its sentence or a clause ("وزجت به السلطات"). After a noun the verb is a relative clause that
    /// describes the noun ("مناطق تسيطر عليها الحكومة"، "مخيم، تسيطر عليه القوات"), whose pronoun is that noun: a state, not an act.
    /// </summary>
    private bool SubjectAfterPronounPreposition(int k, int start) =>
        k == start || _tokens[k].Has(SegmentRole.Conjunction) || ClauseOpeningWords.Contains(_tokens[k - 1].Key);

    /// <summary>
    /// The actor of the event before verb <paramref name="k"/> in its sentence when لكن with a pronoun stands right before the
    /// verb and the verb agrees with the pronoun ("وزجت به السلطات في السجن لكنها أطلقت سراحه"); else null.
    /// </summary>
    private EventArgument? ContrastSubject(int k, int start, int sentence)
    {
        if (!AfterContrastPronoun(k, start))
        {
            return null;
        }

        if (_events.FindLast(e => e.Sentence == sentence && e.Source is not null && e.Trigger.End <= _tokens[k - 1].Span.Start) is not { } previous)
        {
            return null;
        }

        // The pronoun goes back to the subject of the clause before لكن: the previous event must be that clause's verb, with
        // no other event verb between ("في أعقاب الغزو الأمريكي ساند ... لكنه ندد": the subject of ساند, not the invader).
        var from = ArticleActors.TokenAt(_tokens, previous.Trigger.Start);
        if (_readings.Lexeme(from) is { Kind: EventWordKind.Noun })
        {
            return null;
        }

        for (var j = from + 1; j < k - 1; j++)
        {
            if (_tokens[j].Kind == TokenKind.Word && _readings.Lexeme(j) is { Kind: EventWordKind.Verb })
            {
                return null;
            }
        }

        // "وأكد فوتيل البقاء مع شركاء الولايات المتحدة، ودعم المسار ...، لكنه اتهم": a state or a city is taken up with ها, so
        // the masculine pronoun does not stand for one an event in between read as its actor; it stands for the man who
        // speaks in the sentence, when one does, else for no one.
        if (previous.Source is { EntityId: { } id } && EntityById(id) is { Type: EntityType.Location }
            && ContrastPronouns.GetValueOrDefault(ArticleActors.WithoutConjunction(_tokens[k - 1].Key)) == 'm')
        {
            return Carried(k) is { } speaker && speaker.Span.Start >= _tokens[start].Span.Start ? speaker : null;
        }

        return previous.Source;
    }

    /// <summary>
    /// Whether لكن with a pronoun the verb at <paramref name="k"/> agrees with stands right before it ("لكنه اتهم روسيا
    /// وإيران"): the pronoun is the verb's subject, so a name right after the verb is its object, not its subject.
    /// </summary>
    private bool AfterContrastPronoun(int k, int start) =>
        k - 1 >= start && ContrastPronouns.TryGetValue(ArticleActors.WithoutConjunction(_tokens[k - 1].Key), out var person) && AgreesWith(VerbWithoutObject(k), person);

    /// <summary>The folded verb at <paramref name="k"/> without its conjunction and object pronoun ("وأطلقته" -> "اطلقت").</summary>
    private string VerbWithoutObject(int k)
    {
        var verb = ArticleActors.WithoutConjunction(_tokens[k].Key);
        if (_tokens[k].Has(SegmentRole.Pronoun))
        {
            foreach (var pronoun in new[] { "هما", "هم", "ها", "ه" })
            {
                if (verb.Length > pronoun.Length + 2 && verb.EndsWith(pronoun, StringComparison.Ordinal))
                {
                    return verb[..^pronoun.Length];
                }
            }
        }

        return verb;
    }

    /// <summary>
    /// Whether a verb form (folded, without its conjunction) can have the subject pronoun's person: feminine singular
    /// (perfect in ت, imperfect in ت), masculine singular (neither), plural (perfect in وا, imperfect in ون). The plural of
    /// things and bodies (السلطات) takes the feminine singular, so 'f' is also what such a subject agrees with.
    /// </summary>
    private static bool AgreesWith(string verb, char person)
    {
        var feminine = verb.EndsWith('ت') || (verb.StartsWith('ت') && !verb.EndsWith("ون", StringComparison.Ordinal));
        var plural = verb.EndsWith("وا", StringComparison.Ordinal) || verb.EndsWith("ون", StringComparison.Ordinal);
        return person switch
        {
            'f' => feminine && !plural,
            'p' => plural,
            _ => !feminine && !plural,
        };
    }

    /// <summary>
    /// The person an object pronoun of a verb of release, coercion or force stands for: on the trigger's last word ("أطلقت
    /// سراحه"، "اعتقلته") or on a preposition right after it ("وزجت به السلطات"); the latest person named before it
    /// (<see cref="PronounReferent"/>). Null when there is no such pronoun or no such person.
    /// </summary>
    private ActorMention? PronounObject(int k, int last, int end)
    {
        // An imperfect in ي ("لمن يحدد مكانه أو يقتله") is more often a wish, a purpose or a habit than a reported act.
        if (ArticleActors.WithoutConjunctionSpan(_tokens[k].Key).StartsWith('ي'))
        {
            return null;
        }

        // Only "ه", a man; "ها" and "هم" more often stand for places and peoples than for a person named before.
        if (_tokens[last].Has(SegmentRole.Pronoun) && !_tokens[last].Key.StartsWith("نفس", StringComparison.Ordinal))
        {
            return _tokens[last].Key.EndsWith('ه') && !_tokens[last].Key.EndsWith("ها", StringComparison.Ordinal) ? PronounReferent(last) : null;
        }

        return last + 1 < end && IsPronounPreposition(last + 1) && _tokens[last + 1].Key.EndsWith('ه') ? PronounReferent(last + 1) : null;
    }

    /// <summary>
    /// The actor (an entity or a group) of the latest verb event of the sentence before, for verb <paramref name="k"/> that opens its
    /// sentence with و or ف and names no subject, when both verbs have the same person ("واعتقلت الشرطة الصحفي. وأطلقت
    /// سراحه بعد أيام") and the word after the verb is no subject of its own: a preposition, or the verb's object pronoun.
    /// </summary>
    private EventArgument? CarriedActor(int k, int last, int start, int end, int sentence)
    {
        if (k != start || sentence == 0 || !_tokens[k].Has(SegmentRole.Conjunction))
        {
            return null;
        }

        var objectNext = last + 1 < end && (StandalonePrepositions.Contains(_tokens[last + 1].Key) || IsPronounPreposition(last + 1));
        if (!objectNext && !_tokens[last].Has(SegmentRole.Pronoun))
        {
            return null;
        }

        var paragraph = _doc.Sentences[sentence].Paragraph;
        if (_doc.Sentences[sentence - 1].Paragraph < paragraph - 1
            || _events.FindLast(e => e.Sentence == sentence - 1 && e.Basis == EventBasis.Trigger && e.Source is not null) is not { } previous)
        {
            return null;
        }

        var from = ArticleActors.TokenAt(_tokens, previous.Trigger.Start);
        if (_readings.Lexeme(from) is { Kind: EventWordKind.Noun })
        {
            return null;
        }

        var verb = VerbWithoutObject(k);
        var before = VerbWithoutObject(from);
        foreach (var person in "fmp")
        {
            if (AgreesWith(before, person))
            {
                return AgreesWith(verb, person) ? previous.Source : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "فضل الله، الذي تحمّله واشنطن المسؤولية"، "غولن الذي تتهمه أنقرة": a speech act (an appeal, demand, criticism,
    /// rejection or threat) whose verb carries an object pronoun right after a relative pronoun is aimed at the antecedent,
    /// the actor before الذي (a comma may stand between), unless that actor is the source.
    /// </summary>
    private ActorMention? RelativeObject(int k, int start, EventArgument? source)
    {
        if (!_tokens[k].Has(SegmentRole.Pronoun) || k - 2 < start || !RelativePronouns.Contains(_tokens[k - 1].Key))
        {
            return null;
        }

        return AntecedentOfRelative(k - 1, start) is { } antecedent && !SameActor(antecedent.Argument, source) ? antecedent : null;
    }

    /// <summary>
    /// "اتهمت الحركة الحكومة بالفساد وانتقدتها"، "انتقدت روسيا واشنطن، واتهمتها": a speech-act verb joined by و that carries
    /// an object pronoun goes on at the entity the event before it in the sentence, by the same source, was aimed at.
    /// </summary>
    private ActorMention? SharedObject(int k, int sentence, EventArgument? source)
    {
        if (source is null || !_tokens[k].Has(SegmentRole.Pronoun) || _tokens[k].Segments is not [{ Role: SegmentRole.Conjunction }, ..])
        {
            return null;
        }

        var previous = _events.FindLast(e => e.Sentence == sentence && e.Basis == EventBasis.Trigger && e.Trigger.End <= _tokens[k].Span.Start);
        if (previous is not { Target.EntityId: { } id } || !SameActor(previous.Source, source))
        {
            return null;
        }

        var at = ArticleActors.TokenAt(_tokens, previous.Target.Span.Start);
        return at >= 0 && _actors.StartingAt(at) is { IsActor: true } m && m.Entity.Id == id ? m : null;
    }
}
