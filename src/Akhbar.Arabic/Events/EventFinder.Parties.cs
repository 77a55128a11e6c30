using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Who takes part when the sentence does not put the parties in subject and object position: the members of a
/// multilateral meeting ("اجتماع وزاري لدول البلقان"), the two sides of a battle reported through its dead ("مقتل 20 من
/// المسلحين في معارك مع الجيش"), the subject of a clause set between a speaker and the words ("وقال X، بعد أن زار Y، إن"),
/// and the subject a participle cue goes back to ("تعمل الحكومة على ...، قائلة إن").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Plural nouns of the members of a meeting ("لدول البلقان", "لوزراء الخارجية العرب", "لقادة").</summary>
    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
    {
        "دول", "وزراء", "قاده", "روساء", "زعماء", "ممثلي", "اعضاء", "الدول",
    };

    /// <summary>Nouns of a body that meets as one (folded, without ال): committees, councils, alliances.</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "لجنه", "مجلس", "هييه", "حلف", "اتحاد", "جامعه", "منظمه", "مجموعه",
    };

    /// <summary>Nouns of death and injury that a battle's casualties follow ("بمقتل 20 من", "سقوط قتلى من").</summary>
    private static readonly HashSet<string> CasualtyNouns = new(StringComparer.Ordinal)
    {
        "مقتل", "بمقتل", "مصرع", "بمصرع", "سقوط", "بسقوط", "اصابه", "باصابه",
    };

    /// <summary>Words that subordinate a clause of time to the one around it ("بعد أن زار", "بعدما التقى").</summary>
    private static readonly HashSet<string> TimeClauseWords = new(StringComparer.Ordinal) { "بعد", "قبل", "عقب", "اثر" };

    /// <summary>
    /// "اجتماع وزاري لدول البلقان": a meeting of a group of members, who are its source; it has no second party.
    /// </summary>
    private EventArgument? Participants(int last, int end)
    {
        for (var j = last + 1; j < end && j <= last + 2; j++)
        {
            var token = _tokens[j];
            if (token.Kind != TokenKind.Word)
            {
                return null;
            }

            var key = ArticleActors.WithoutConjunction(token.Key);
            if (StartsWithLam(token) && key.Length > 3 && MemberNouns.Contains(NounAfterLam(key)))
            {
                return GroupArgument(j, end);
            }

            // "اجتماع لمجلس الأمن", "أول اجتماع للجنة العسكرية المشتركة": a body meets as one.
            // "للجنة" is ل with لجنة or with اللجنة: either way the body follows the first ل.
            if (StartsWithLam(token) && key.Length > 3 && (BodyNouns.Contains(key[1..]) || (key.StartsWith("لل", StringComparison.Ordinal) && BodyNouns.Contains(key[2..]))))
            {
                return _actors.StartingAt(j) is { Entity.Type: EntityType.Organization } body ? body.Argument : GroupArgument(j, end);
            }

            if (!key.EndsWith('ي') && !key.EndsWith("يه", StringComparison.Ordinal))
            {
                // Only a nisba adjective ("وزاري", "إقليمية") may stand between the noun and its members.
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "بمقتل 20 من مليشيات الحوثي ... في معارك مع القوات الحكومية": a battle with X whose dead the sentence counts
    /// before it was fought by X against the side of the dead. Returns X and the dead's side, or nothing.
    /// </summary>
    private (EventArgument Side, EventArgument Other)? BattleSides(int k, int last, int start, int end)
    {
        var with = last + 1 < end && ArticleActors.WithoutConjunctionSpan(_tokens[last + 1].Key) is "مع" ? last + 1
            : last + 2 < end && ArticleActors.WithoutConjunctionSpan(_tokens[last + 2].Key) is "مع" ? last + 2 : -1;
        if (with < 0 || with + 1 >= end)
        {
            return null;
        }

        EventArgument? side = _actors.StartingAt(with + 1) is { IsActor: true } named ? named.Argument
            : GroupActors.Is(_tokens[with + 1]) ? GroupArgument(with + 1, end) : null;
        if (side is null)
        {
            return null;
        }

        for (var j = start; j < k; j++)
        {
            if (!ArticleActors.ListsWithoutConjunction(CasualtyNouns, _tokens[j].Key))
            {
                continue;
            }

            // "مقتل 20 من المسلحين", "مقتل عدد من عناصر": the count, then من, then the side.
            for (var i = j + 1; i < k && i <= j + 4; i++)
            {
                if (_tokens[i].Key != "من" || i + 1 >= k)
                {
                    continue;
                }

                if (_actors.StartingAt(i + 1) is { IsActor: true } dead)
                {
                    return (side, dead.Argument);
                }

                return GroupActors.Is(_tokens[i + 1]) ? (side, GroupArgument(i + 1, k)) : null;
            }
        }

        // "قتل 8 من مسلحي ميليشيات الحوثي ... في مواجهات مع المقاومة الشعبية": a verb of death, or the side's fighters between
        // the count and the name; the side of the dead as the circumstance rule finds it (EventFinder.CasualtySides).
        return AfterCircumstanceWord(k, start)
            && SideOfTheDead(k, start, side) is { } fallen ? (side, fallen) : null;
    }

    /// <summary>
    /// "وقال النائب أحمد الطيبي، بعد أن زار عباس في مشفاه، إن": a clause of time set between a speaker and the words
    /// is about the speaker, who is the subject of its verb; the name after the verb is its object. The same holds for a
    /// verbal noun right after بعد or قبل there ("وقالت الشرطة بعد اعتقاله إن").
    /// </summary>
    private EventArgument? SpeakerOfInsertedClause(int k, int start, bool noun)
    {
        if (!_doc.HasQuotes)
        {
            return null;
        }

        var key = k - 1 >= start ? ArticleActors.WithoutConjunction(_tokens[k - 1].Key) : "";
        var timed = key is "بعدما" or "قبلما" || (key is "ان" && k - 2 >= start && ArticleActors.ListsWithoutConjunction(TimeClauseWords, _tokens[k - 2].Key))
            || (noun && TimeClauseWords.Contains(key));
        if (!timed)
        {
            return null;
        }

        var at = _tokens[k].Span.Start;
        foreach (var q in _doc.Quotes)
        {
            if (q.Speaker is { } s && q.SpeakerKind != SpeakerKind.None && s.End <= at && at < q.Content.Start && q.Cue.Start < at
                && _sentenceOf[Math.Max(0, ArticleActors.TokenAt(_tokens, q.Content.Start))] == _sentenceOf[k])
            {
                // A speaker the text identifies without a name ("وقالت الشرطة بعد اعتقاله") acts as well as it speaks.
                return new EventArgument(s, QuoteSpeakers.EntityId(_doc, q));
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the clause that ends before token <paramref name="at"/>: its first person, organization, country or
    /// group outside a prepositional phrase, the clause starting after the last clause word (أن، الذي، حيث ...). A
    /// participle cue reports its words ("تعمل فيه الحكومة على بناء السد، قائلة إنه"), and a relative clause without
    /// الذي goes on with it ("زودتها الشرطة الإسبانية بأرقام عثرت عليها مع برازيلي اعتقلته").
    /// </summary>
    private EventArgument? ClauseSubjectBefore(int at) => ClauseSubjectBefore(at, withGroups: true);

    /// <summary>How far before a person's name the body of the title it is named by may stand ("وزير الخارجية الروسي سيرغي").</summary>
    private const int TitleGenitiveReach = 2;

    /// <summary>
    /// <see cref="ClauseSubjectBefore(int)"/>, or with <paramref name="withGroups"/> false its first named actor only (a
    /// group word such as الوزير or القوات is passed over).
    /// </summary>
    private EventArgument? ClauseSubjectBefore(int at, bool withGroups)
    {
        var start = _sentenceStart[_sentenceOf[at]];
        EventArgument? first = null;
        var namedPerson = -1;
        for (var j = at - 1; j >= start && j >= at - SubjectWindow; j--)
        {
            if (ArticleActors.ListsWithoutConjunction(ClauseStops, _tokens[j].Key))
            {
                break;
            }

            if (_actors.EndingAt(j) is { } m)
            {
                // "موسكو - وصل الوزير ...": the dateline's place is where the article was filed, not a subject.
                if (m.IsActor && m.Preposition is null && m.Span != _datelinePlace?.Span)
                {
                    first = m.Argument;
                    namedPerson = m.Entity.Type == EntityType.Person ? m.First : -1;
                }

                j = m.First;
                continue;
            }

            if (withGroups && namedPerson > j && namedPerson - j <= TitleGenitiveReach && j > start && IsTitle(_tokens[j - 1]))
            {
                // "وانتقد وزير الخارجية الروسي سيرغي لافروف ...، داعيا": the body in a title's genitive belongs to the title
                // of the person named right after it, who is the subject, not the body.
                continue;
            }

            if (withGroups && GroupActors.Is(_tokens[j]))
            {
                first = GroupArgument(j, at);
            }
        }

        return first;
    }

    /// <summary>
    /// "بعد اعتقاله": the person an object pronoun on a noun of arrest or killing stands for, the latest person named
    /// before it in this or the previous paragraph.
    /// </summary>
    private ActorMention? PronounReferent(int k)
    {
        var token = _tokens[k];
        if (token.SegmentWith(SegmentRole.Pronoun) is not { } pronoun || _doc.Text[pronoun.Span.Start] != 'ه')
        {
            return null;
        }

        var paragraph = _doc.Sentences[_sentenceOf[k]].Paragraph;
        for (var j = k - 1; j >= 0 && _doc.Sentences[_sentenceOf[j]].Paragraph >= paragraph - 1; j--)
        {
            if (_actors.EndingAt(j) is { } m)
            {
                if (m.Entity.Type == EntityType.Person)
                {
                    return m;
                }

                j = m.First;
            }
        }

        return null;
    }
}
