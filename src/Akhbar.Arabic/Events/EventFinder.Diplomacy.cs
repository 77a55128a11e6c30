using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// How news text names the sides of meetings, visits, invitations and agreements when they are not subject and object
/// of a verb: "قمة بين X وY", "خلال لقائه X", "زيارة موسكو" (the place visited), "دعا X إلى زيارة" (an invitation,
/// 043) and "وقع X وY اتفاقا" (a signed agreement, 057).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Forms of وقّع "signed" (folded). توقع is left out: it is also "expected".</summary>
    private static readonly HashSet<string> SignForms = new(StringComparer.Ordinal)
    {
        "وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "يوقع", "يوقعان", "يوقعون", "نوقع", "سيوقع", "ستوقع", "سيوقعان", "توقيع", "بتوقيع",
        "وتوقيع",
    };

    /// <summary>Nouns of a written agreement, which signing makes a formal agreement (057).</summary>
    private static readonly HashSet<string> AgreementLemmas = new(StringComparer.Ordinal) { "اتفاق", "اتفاقيه", "معاهده", "مذكره" };

    /// <summary>
    /// "وقعت باكستان وروسيا اتفاقا", "توقيع اتفاقية": an agreement noun after a form of وقّع in its clause (the signers may
    /// stand between them) is signed, not only intended.
    /// </summary>
    private bool IsSigned(int k, int start, EventLexeme lexeme)
    {
        if (!AgreementLemmas.Contains(lexeme.Lemma))
        {
            return false;
        }

        for (var j = k - 1; j >= start && j >= k - 8; j--)
        {
            if (_actors.EndingAt(j) is { } m)
            {
                j = m.First;
                continue;
            }

            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (SignForms.Contains(key) || SignForms.Contains(_tokens[j].Key))
            {
                return true;
            }

            if (_tokens[j].Kind != TokenKind.Word || ClauseStops.Contains(key) || StandalonePrepositions.Contains(key))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "قمة مقررة بين الرئيس الأميركي، دونالد ترمب، والزعيم الكوري الشمالي": the two sides after بين, up to two words after
    /// a joint-action noun; the first is its source, the second its target.
    /// </summary>
    private (ActorMention First, ActorMention Second)? BetweenParties(int last, int end)
    {
        var between = BetweenWord(last, end);
        if (between < 0 || SideAfter(between + 1, end) is not { } first)
        {
            return null;
        }

        return SideJoinedTo(first, end) is { } second ? (first, second) : null;
    }

    /// <summary>
    /// The token of بين up to two words after a joint-action noun ending at <paramref name="last"/> (a date of the meeting
    /// does not count: "القمة المقررة في أواخر مايو أو أوائل يونيو بين"); -1 when a clause word, a preposition, a name or
    /// anything but a word comes first.
    /// </summary>
    private int BetweenWord(int last, int end)
    {
        var limit = last + 3;
        for (var j = last + 1; j < end && j <= limit; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (_inTime[j] || (key is "في" or "او" or "اواخر" or "اوايل" or "منتصف" or "مطلع" or "بدايه" or "نهايه"
                && ((j + 1 < end && _inTime[j + 1]) || (j + 2 < end && _inTime[j + 2]))))
            {
                limit++;
                continue;
            }

            if (key == "بين")
            {
                return j;
            }

            if (_tokens[j].Kind != TokenKind.Word || ClauseStops.Contains(key) || StandalonePrepositions.Contains(key) || _actors.StartingAt(j) is not null)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The actor joined by و to <paramref name="first"/> within eight words after it, the first named twice on the way
    /// ("بين الرئيس الأميركي، دونالد ترمب، والزعيم الكوري الشمالي"); null when a clause word, a preposition or an actor
    /// not so joined comes first.
    /// </summary>
    private ActorMention? SideJoinedTo(ActorMention first, int end)
    {
        for (var i = first.Last + 1; i < end && i <= first.Last + 8; i++)
        {
            if (_actors.StartingAt(i) is { } m)
            {
                if (m.Entity.Id == first.Entity.Id)
                {
                    i = m.Last;
                    continue;
                }

                return m.IsActor && JoinedBefore(i, first.Last) ? m : null;
            }

            var word = ArticleActors.WithoutConjunction(_tokens[i].Key);
            if (ClauseStops.Contains(word) || StandalonePrepositions.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The first actor from <paramref name="from"/>, across a title phrase ("بين الرئيس الروسي فلاديمير بوتين").</summary>
    private ActorMention? SideAfter(int from, int end)
    {
        for (var j = from; j < end && j <= from + 3; j++)
        {
            if (_actors.StartingAt(j) is { } m)
            {
                return m.IsActor ? m : null;
            }

            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (_tokens[j].Kind != TokenKind.Word || ClauseStops.Contains(key) || StandalonePrepositions.Contains(key))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a و joins the word at <paramref name="at"/>, or one of the two words before it after <paramref name="after"/>, or
    /// the title phrase before the name ("والزعيم الكوري الشمالي كيم").
    /// </summary>
    private bool JoinedBefore(int at, int after)
    {
        for (var i = at; i > after && i >= at - 4; i--)
        {
            if (_tokens[i].Key == "و" || _tokens[i].Segments is [{ Role: SegmentRole.Conjunction }, _, ..])
            {
                return true;
            }

            // "والزعيم الكوري الشمالي كيم": beyond two words, only the title phrase of the name stands after the و.
            if (i <= at - 2 && !(_tokens[i].Key.StartsWith("ال", StringComparison.Ordinal) || IsTitle(_tokens[i])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "خلال لقائه ترامب": a joint-action noun that carries its actor as a pronoun and names the other side right after it;
    /// the pronoun is the latest person named before.
    /// </summary>
    private (ActorMention Source, ActorMention Partner)? PronounAndPartner(int k, int last, int end)
    {
        if (!_tokens[k].Has(SegmentRole.Pronoun) || last + 1 >= end || NextActor(last + 1, end) is not { Preposition: null } partner
            || PronounReferent(k) is not { } actor || actor.Entity.Id == partner.Entity.Id)
        {
            return null;
        }

        return (actor, partner);
    }

    /// <summary>Words that make a call noun after them the setting of the clause's verb: "في اتصال هاتفي"، "خلال مكالمة هاتفية".</summary>
    private static readonly HashSet<string> SettingWords = new(StringComparer.Ordinal) { "في", "خلال", "اثناء", "عبر" };

    /// <summary>Clause words that carry the clause's subject as a pronoun (folded).</summary>
    private static readonly HashSet<string> PronounClauseWords = new(StringComparer.Ordinal)
    {
        "انه", "انها", "انهم", "انهما", "اننا", "بانه", "بانها", "لكنه", "لكنها",
    };

    /// <summary>
    /// "أعرب بوتين وميركل، في اتصال هاتفي، عن"، "وأبلغ ماكرون نظيره الأميركي ترامب في اتصال هاتفي بأن": a phone call (041)
    /// told as the setting of the clause's verb was made by the clause's subject, with the second actor of the clause (a
    /// coordinated subject or the one told) as the other side. The clause runs back from the phrase to its start or a clause
    /// word; actors inside a prepositional phrase are left out. Null when the clause names no actor before the phrase, so the
    /// usual rules (a speaker of reported words, a partner after مع) still apply.
    /// </summary>
    private (ActorMention Source, ActorMention? Partner)? CallSetting(int k, int start, EventLexeme lexeme)
    {
        // "أثناء المكالمات الهاتفية": a definite call noun talks of calls in general, not of one made.
        if (lexeme.Cameo != "041" || lexeme.Kind != EventWordKind.Noun || k - 1 < start || IsDefinite(k)
            || !ArticleActors.ListsWithoutConjunction(SettingWords, _tokens[k - 1].Key))
        {
            return null;
        }

        var sides = new List<ActorMention>();
        for (var j = k - 2; j >= start; j--)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(_tokens[j].Key) || ClauseStops.Contains(key))
            {
                // "إنها أبلغت الرئيس الأمريكي خلال اتصال هاتفي": the clause's subject is the pronoun, and the name after
                // the verb is the one told; the usual rules take the speaker.
                if (PronounClauseWords.Contains(key))
                {
                    return null;
                }

                break;
            }

            if (_actors.EndingAt(j) is { } m)
            {
                if (m.Preposition is null && m.IsActor && !sides.Exists(x => x.Entity.Id == m.Entity.Id))
                {
                    sides.Insert(0, m);
                }
                else if (m.Preposition is null && m.IsActor)
                {
                    // The same side named twice (a title, then the name) counts once, at its first naming.
                    sides[sides.FindIndex(x => x.Entity.Id == m.Entity.Id)] = m;
                }

                j = m.First;
            }
        }

        return sides.Count == 0 ? null : (sides[0], sides.Count > 1 ? sides[1] : null);
    }

    /// <summary>Words after a meeting verb that point back to the visit or tour it took place in: "التقى خلالها"، "اجتمع فيها".</summary>
    private static readonly HashSet<string> DuringVisitWords = new(StringComparer.Ordinal) { "خلالها", "خلاله", "اثناءها" };

    /// <summary>Nouns of a visit or tour, before which "فيها" after a meeting verb points back to it (folded, no clitic).</summary>
    private static readonly HashSet<string> VisitNouns = new(StringComparer.Ordinal) { "زياره", "الزياره", "جوله", "الجوله", "زيارته", "زيارتها", "جولته", "جولتها" };

    /// <summary>
    /// "حيث التقى الرئيس بوتفليقة"، "زيارة التقى خلالها الملك سلمان": a meeting verb without an object pronoun right after
    /// حيث, or followed by a word pointing back to the visit, tells what the visitor did there. Returns the token its object
    /// starts at, or -1 when the verb is not so placed.
    /// </summary>
    private int MeetingOfVisit(int k, int last, int end)
    {
        if (_tokens[k].Has(SegmentRole.Pronoun) || _tokens[k].Segments is [{ Role: SegmentRole.Conjunction }, ..])
        {
            return -1;
        }

        var start = _sentenceStart[_sentenceOf[k]];
        if (last + 1 < end && (DuringVisitWords.Contains(_tokens[last + 1].Key) || (_tokens[last + 1].Key == "فيها" && VisitNounBefore(k, start))))
        {
            return last + 2;
        }

        // "حيث يلتقي دانتي بالعاشقين"، "حيث اجتمع X مع Y": with a partner after ب or مع the name after the verb is its subject.
        return k > start && _tokens[k - 1].Key == "حيث" && !PartnerPrepositionAfter(last + 1, end) ? last + 1 : -1;
    }

    /// <summary>"في زيارة رسمية استغرقت يوما واحدا، التقى فيها": a visit or tour noun up to ten words before the verb.</summary>
    private bool VisitNounBefore(int k, int start)
    {
        for (var j = k - 1; j >= start && j >= k - 10; j--)
        {
            if (ArticleActors.ListsWithoutConjunction(VisitNouns, _tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether مع or a word with the preposition ب stands in the clause after <paramref name="from"/>, within ten words.</summary>
    private bool PartnerPrepositionAfter(int from, int end)
    {
        for (var j = from; j < end && j < from + 10; j++)
        {
            var token = _tokens[j];
            var key = ArticleActors.WithoutConjunction(token.Key);
            if (ClauseStops.Contains(key))
            {
                return false;
            }

            if (key == "مع" || (token.Kind == TokenKind.Word && token.Segments.Length > 1 && token.Has(SegmentRole.Preposition) && _doc.Text[PrepositionStart(token)] == 'ب'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The visitor whose visit a meeting verb at <paramref name="at"/> tells of: the first named actor of the clause before
    /// it, outside a prepositional phrase (not the body a title names, "وزير الخارجية"), else the clause's group subject.
    /// </summary>
    private EventArgument? VisitorBefore(int at) => ClauseSubjectBefore(at, withGroups: false) ?? ClauseSubjectBefore(at);

    /// <summary>
    /// Meetings one is invited to (folded, without a preposition clitic): "دعا إلى اجتماع طارئ", "دعت إلى عقد قمة",
    /// "دعاه للقاء". Talks and negotiations are left out: a call for them is an appeal, not an invitation. Folded as keys
    /// are: مؤتمر is "موتمر" (its hamza carrier folds to و).
    /// </summary>
    private static readonly HashSet<string> InvitedMeetingWords = new(StringComparer.Ordinal)
    {
        "اجتماع", "اجتماعا", "الاجتماع", "قمه", "القمه", "لقاء", "اللقاء", "موتمر", "موتمرا", "الموتمر", "جلسه", "الجلسه",
    };

    /// <summary>How many words after an appeal verb its visit or meeting may stand: a subject with title and name, and the one invited.</summary>
    private const int InvitationWords = 14;

    /// <summary>
    /// "دعا وزير الخارجية الزعيم الكوري إلى زيارة روسيا", "دعاه لزيارة", "دعت مصر إلى عقد اجتماع طارئ", "دعته إلى المشاركة في
    /// مؤتمر": the appeal is an invitation (043) when a visit or a meeting is what it asks for, in its clause up to
    /// <see cref="InvitationWords"/> words on. Returns the token of the visit or meeting noun, or -1.
    /// </summary>
    private int InvitationVisit(int cue, int end)
    {
        // Commas do not count: "دعا وزير الخارجية البريطاني، بوريس جونسون، الأطراف الموقعة على الاتفاقية إلى اجتماع".
        var words = 0;
        for (var j = cue + 1; j < end && words < InvitationWords; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            words += key is "،" or "," ? 0 : 1;
            if (key is "لزياره" || (key == "زياره" && j > cue + 1 && ArticleActors.WithoutConjunctionSpan(_tokens[j - 1].Key) is "الي"))
            {
                return j;
            }

            if (InvitedMeeting(j) is var meeting and >= 0)
            {
                return meeting;
            }

            if (ClauseStops.Contains(key))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The meeting noun of "إلى اجتماع", "للقاء", "إلى عقد قمة", "لعقد اجتماع" starting at token j (إلى or the word with ل),
    /// or -1.
    /// </summary>
    private int InvitedMeeting(int j)
    {
        var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
        var next = j;
        if (key == "الي" && j + 1 < _tokens.Length)
        {
            next = j + 1;
            key = _tokens[next].Key;
        }
        else if (key.StartsWith("لل", StringComparison.Ordinal) && key.Length > 3)
        {
            key = "ال" + key[2..];
        }
        else if (key.StartsWith('ل') && key.Length > 3)
        {
            key = key[1..];
        }
        else
        {
            return -1;
        }

        if (key is "عقد" && next + 1 < _tokens.Length)
        {
            // "إلى عقد اجتماع", "لعقد قمة": the meeting is the object of عقد.
            next++;
            key = _tokens[next].Key;
        }
        else if (key is "المشاركه" or "مشاركه" && next + 2 < _tokens.Length && _tokens[next + 1].Key == "في")
        {
            // "إلى المشاركة في مؤتمر": taking part in a meeting; taking part in elections or a vote is an appeal.
            next += 2;
            key = _tokens[next].Key;
        }
        else if (key is "حضور" or "الحضور" && next + 1 < _tokens.Length)
        {
            // "لحضور القمة": attending a meeting.
            next++;
            key = _tokens[next].Key;
        }

        return InvitedMeetingWords.Contains(key) ? next : -1;
    }

    /// <summary>
    /// "إلى زيارة روسيا", "إلى اجتماع طارئ" after an invitation: the visit or the meeting is what was asked for, coded as the
    /// invitation, not as a visit or a meeting of its own. A meeting only after a verb of inviting: "الاستجابة لدعوة X لعقد
    /// لقاء" reports a meeting agreed on.
    /// </summary>
    private bool IsInvitedVisit(int k, int start, EventLexeme lexeme)
    {
        for (var j = k - 1; j >= start && j >= k - 10; j--)
        {
            if (_readings.Lexeme(j) is { Cameo: "020" } inviting && (lexeme.Cameo == "042" || inviting.Kind == EventWordKind.Verb)
                && InvitationVisit(j, k + 1) == k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Meetings and talks one agrees to hold (folded): "وافق على عقد قمة", "اتفقا على إجراء محادثات".</summary>
    private static readonly HashSet<string> AgreedMeetingWords = new(StringComparer.Ordinal)
    {
        "اجتماع", "قمه", "لقاء", "محادثات", "مفاوضات", "مباحثات", "مشاورات", "حوار",
    };

    /// <summary>
    /// "وافق الملك على عقد اجتماع"، "اتفق الجانبان على إجراء محادثات": agreeing to a meeting or to talks is an intent to
    /// meet or negotiate (036), not agreement in general (030). The meeting follows على at once or after عقد / إجراء, within
    /// the verb's clause (its subject may stand between).
    /// </summary>
    private bool AgreedMeeting(int last, int end)
    {
        for (var j = last + 1; j + 1 < end && j <= last + 8; j++)
        {
            var key = ArticleActors.WithoutConjunction(_tokens[j].Key);
            if (ClauseStops.Contains(key))
            {
                return false;
            }

            if (key != "علي")
            {
                continue;
            }

            var next = _tokens[j + 1].Key;
            if (next is "عقد" or "اجراء" && j + 2 < end)
            {
                next = _tokens[j + 2].Key;
            }

            return AgreedMeetingWords.Contains(next) || (next.StartsWith("ال", StringComparison.Ordinal) && AgreedMeetingWords.Contains(next[2..]));
        }

        return false;
    }

    /// <summary>Words that make an attack one of words ("هجوما لاذعا", "هاجم بشدة"), folded.</summary>
    private static readonly HashSet<string> ScathingWords = new(StringComparer.Ordinal) { "لاذع", "لاذعا", "لاذعه", "اللاذع", "كلامي", "كلاميا", "بشده" };

    /// <summary>
    /// "شن ترامب هجوما على مولر", "هجوما لاذعا على الحكومة", "وهاجم الرئيس الروسي الولايات المتحدة": an attack on a person,
    /// a scathing one, or one by an office holder (a person with a role or an actor code) is criticism (111), not force;
    /// armies attack places and forces, and a president attacks with words.
    /// </summary>
    private bool IsVerbalAttack(EventLexeme lexeme, ActorMention? subject, List<ActorMention> targets, int last, int end) =>
        lexeme.Lemma is "هجوم" or "هاجم" && ((targets.Count > 0 && targets.TrueForAll(t => t.Entity.Type == EntityType.Person))
            || (last + 1 < end && ArticleActors.ListsWithoutConjunction(ScathingWords, _tokens[last + 1].Key))
            || subject is { Entity: { Type: EntityType.Person } person } && (person.Roles.Count > 0 || person.Cameo is not null));

    /// <summary>
    /// "فومين، الذي كان في زيارة لباكستان", "الوزير الذي يقوم بزيارة إلى": a noun in a relative clause that opens at most
    /// four words before it is the act of the clause's antecedent.
    /// </summary>
    private ActorMention? RelativeAntecedent(int k, int start)
    {
        for (var r = k - 1; r > start && r >= k - 4; r--)
        {
            var key = _tokens[r].Key;
            if (RelativePronouns.Contains(key))
            {
                return AntecedentOfRelative(r, start) is { IsPlace: false } antecedent ? antecedent : null;
            }

            if (_tokens[r].Kind != TokenKind.Word || ClauseStops.Contains(key) || _actors.EndingAt(r) is not null)
            {
                return null;
            }
        }

        return null;
    }
}
