using Akhbar.Arabic.Segmentation;
using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// Finds the quotes of one document in a single pass in text order, so that a cue without a subject ("وأضاف أن")
/// takes the speaker of the latest quote of the same or the previous paragraph. Not shared between threads.
/// </summary>
internal sealed class QuoteFinder
{
    private const int MaxMiddle = 20;

    private static readonly HashSet<string> ThatWords = new(StringComparer.Ordinal)
    {
        "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "اني", "انكم", "بان", "بانه", "بانها", "بانهم", "بانهما", "باننا",
    };

    /// <summary>Words that end a speaker phrase: what follows them is where or when the speaker spoke, not who.</summary>
    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "في", "خلال", "عبر", "امام", "لدي", "عقب", "اثناء", "امس", "اليوم", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء",
        "الاربعاء", "الخميس", "الجمعه", "السبت", "ان", "علي", "الي", "عن", "من", "انه", "بان", "ايضا", "مجددا", "لـ", "ل",
        "فيها", "فيه", "له", "لها", "لهم", "عنه", "عنها",
    };

    /// <summary>Words after which أن is a conjunction of time or manner ("بعد أن زار"), not the start of reported content.</summary>
    private static readonly HashSet<string> NotReportingAn = new(StringComparer.Ordinal) { "بعد", "قبل", "منذ", "دون", "بدون", "حتي", "بمجرد", "لمجرد" };

    /// <summary>Words that open a relative or circumstantial clause inside a speaker phrase ("مدير المستشفى حيث يعالج عباس").</summary>
    private static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal) { "حيث", "الذي", "التي", "الذين", "وهو", "وهي", "بعدما", "بعد", "عندما", "حين", "لدى" };

    /// <summary>A demonstrative after the cue makes it narration ("جاء ذلك", "عبر هذا العرض عن"), not reported speech.</summary>
    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "ذلك", "هذا", "هذه", "تلك", "هذان", "هاتان", "هؤلاء" };

    /// <summary>Words that turn the floor to the person just named ("من جانبه دعا ...").</summary>
    private static readonly HashSet<string> TurnWords = new(StringComparer.Ordinal)
    {
        "جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها", "ناحيته", "ناحيتها",
    };

    /// <summary>Words that end the reported clause: a new clause with its own verb starts after them.</summary>
    private static readonly HashSet<string> ClauseStops = new(StringComparer.Ordinal) { "فيما", "بينما", "وفيما", "وبينما" };

    private readonly Document _doc;
    private readonly CueLexicon _lexicon;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly int[] _sentenceOf;
    private readonly int[] _sentenceStart;
    private readonly int[] _sentenceEnd;
    private readonly EntityMention?[] _mentionStarting;
    private readonly EntityMention?[] _mentionEnding;
    private readonly Candidate[] _candidates;
    private readonly int[] _candidateOpening;
    private readonly List<Quote> _quotes = [];
    private Carried? _last;

    public QuoteFinder(Document doc, CueLexicon lexicon, List<MarkedSpan> marks)
    {
        _doc = doc;
        _lexicon = lexicon;
        _tokens = doc.Tokens;
        var n = _tokens.Count;
        SentenceTokens.Index(doc, out _sentenceOf, out _sentenceStart, out _sentenceEnd);
        _mentionStarting = new EntityMention?[n];
        _mentionEnding = new EntityMention?[n];
        foreach (var m in doc.Entities)
        {
            _mentionStarting[m.FirstToken] ??= m;
            _mentionEnding[m.LastToken] = m;
        }

        _candidateOpening = new int[n];
        Array.Fill(_candidateOpening, -1);
        _candidates = new Candidate[marks.Count];
        var k = 0;
        for (var c = 0; c < marks.Count; c++)
        {
            var mark = marks[c];
            while (k < n && _tokens[k].Span.End <= mark.Open)
            {
                k++;
            }

            var open = k;
            var close = open;
            var words = 0;
            while (close < n && _tokens[close].Span.Start < mark.Close)
            {
                if (_tokens[close].Kind == TokenKind.Word && _tokens[close].Span.Start > mark.Open)
                {
                    words++;
                }

                close++;
            }

            _candidates[c] = new Candidate(mark, open, Math.Min(close, n - 1), words);
            if (open < n && _candidateOpening[open] < 0)
            {
                _candidateOpening[open] = c;
            }
        }
    }

    private ReadOnlySpan<char> Key(int token) => _tokens[token].Key;

    public List<Quote> Find()
    {
        var title = Headline();
        for (var i = title; i < _tokens.Count; i++)
        {
            if (_candidateOpening[i] is var c and >= 0 && !_candidates[c].Used)
            {
                if (Marked(c) is { } after)
                {
                    i = after;
                }

                continue;
            }

            if (_lexicon.Cue(_tokens[i]) is not { } cue)
            {
                continue;
            }

            i = cue.Kind == CueKind.Source ? Source(i) : Cue(i, cue);
        }

        _quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return _quotes;
    }

    /// <summary>"لافروف : نعمل ..." in the title; returns the first token after the title.</summary>
    private int Headline()
    {
        if (_doc.Sentences.Count == 0 || _doc.Sentences[0].Paragraph != -1)
        {
            return 0;
        }

        var start = _sentenceStart[0];
        var end = _sentenceEnd[0];
        for (var k = start + 1; k < end && k <= start + 6; k++)
        {
            if (!IsColon(k))
            {
                continue;
            }

            var speaker = HeadlineSpeaker(start, k);
            if (speaker is null || k + 1 >= end)
            {
                return start;
            }

            var c = _candidateOpening[k + 1];
            var content = c >= 0
                ? _candidates[c].Mark.Inside
                : Span(k + 1, LastContent(k + 1, end));
            if (c >= 0)
            {
                _candidates[c].Used = true;
            }

            _quotes.Add(new Quote(QuoteKind.Headline, _tokens[k].Span, Trim(content), speaker.Value.Span, speaker.Value.Kind));
            return end;
        }

        return start;
    }

    private Carried? HeadlineSpeaker(int start, int colon)
    {
        for (var k = start; k < colon; k++)
        {
            if (_lexicon.Cue(_tokens[k]) is not null)
            {
                // "وأضاف الوزير: ..." in a title is a direct quote with its cue, found like any other.
                return null;
            }
        }

        for (var k = start; k < colon; k++)
        {
            if (_mentionStarting[k] is { Type: EntityType.Person or EntityType.Organization } m && m.LastToken < colon)
            {
                return new Carried(m.Span, SpeakerKind.Mention, -1);
            }
        }

        // Only a name or a speaker noun: "عاجل:" and "عيد الفطر:" label a headline, they do not speak it.
        return _lexicon.IsSpeakerNoun(_tokens[start], out var unnamed) ? new Carried(Span(start, colon - 1), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, -1) : null;
    }

    /// <summary>A reporting verb, participle or topic cue at <paramref name="cue"/>; returns the last token it used.</summary>
    private int Cue(int cue, CueEntry entry)
    {
        var sentence = _sentenceOf[cue];
        var end = _sentenceEnd[sentence];
        var frame = CueFrames.None;
        var k = cue + 1;
        var contentFrom = -1;
        var candidate = -1;
        for (; k < end && k <= cue + MaxMiddle; k++)
        {
            if (_candidateOpening[k] is var c and >= 0 && !_candidates[c].Used)
            {
                if (_candidates[c].Words < 3)
                {
                    // A quoted name or term inside the speaker phrase ("وأكد “ماس” على").
                    k = _candidates[c].Close;
                    continue;
                }

                candidate = c;
                frame = CueFrames.Colon;
                break;
            }

            var token = _tokens[k];
            if (IsHashtagMark(k))
            {
                continue;
            }

            if (IsColon(k))
            {
                frame = CueFrames.Colon;
                contentFrom = k + 1;
                break;
            }

            if (token.Kind == TokenKind.Punctuation && !IsComma(k))
            {
                break;
            }

            // A new clause with its own cue ("، وأضاف", "مضيفا") ends the search; a bare form such as "عبر" (via) does not.
            if (k > cue + 1 && _lexicon.Cue(token) is { } other && (other.Kind == CueKind.Participle || (other.Kind == CueKind.Verb && token.Key[0] is 'و' or 'ف')))
            {
                break;
            }

            var key = Key(k);
            if (ThatWords.Contains(token.Key) && !NotReportingAn.Contains(_tokens[k - 1].Key) && (entry.Frames & (CueFrames.That | CueFrames.Object)) != 0)
            {
                frame = (entry.Frames & CueFrames.That) != 0 ? CueFrames.That : CueFrames.Object;
                contentFrom = frame == CueFrames.That ? k + 1 : k;
                break;
            }

            if (key.SequenceEqual("علي") && (entry.Frames & (CueFrames.On | CueFrames.Object)) != 0)
            {
                frame = (entry.Frames & CueFrames.On) != 0 ? CueFrames.On : CueFrames.Object;
                contentFrom = frame == CueFrames.On ? k + 1 : k;
                if (frame == CueFrames.On && k + 1 < end && ThatWords.Contains(_tokens[k + 1].Key))
                {
                    contentFrom++;
                }
                break;
            }

            if (key.SequenceEqual("الي"))
            {
                if ((entry.Frames & CueFrames.To) != 0 && k + 1 < end && ThatWords.Contains(_tokens[k + 1].Key))
                {
                    frame = CueFrames.To;
                    contentFrom = k + 2;
                }
                else if ((entry.Frames & CueFrames.Object) != 0)
                {
                    frame = CueFrames.Object;
                    contentFrom = k;
                }

                break;
            }

            if (key.SequenceEqual("عن"))
            {
                if ((entry.Frames & CueFrames.About) != 0)
                {
                    frame = CueFrames.About;
                    contentFrom = k + 1 < end && ThatWords.Contains(_tokens[k + 1].Key) ? k + 2 : k + 1;
                }

                break;
            }

            if ((entry.Frames & CueFrames.Object) != 0 && k > cue + 1 && StartsWithBa(token))
            {
                frame = CueFrames.Object;
                contentFrom = k;
                break;
            }
        }

        if (frame == CueFrames.Colon && (entry.Frames & CueFrames.Colon) == 0 && entry.Kind != CueKind.Verb)
        {
            frame = CueFrames.None;
        }

        // Who speaks: the subject written between the cue and the content, or before the cue, or the carried speaker.
        var middleEnd = candidate >= 0 ? _candidates[candidate].Open : k;
        Carried? speaker;
        if (frame == CueFrames.Object)
        {
            (speaker, contentFrom) = ObjectSubject(cue + 1, middleEnd, contentFrom);
        }
        else if (middleEnd > cue + 1)
        {
            if (Demonstratives.Contains(_tokens[cue + 1].Key))
            {
                return cue;
            }

            speaker = Phrase(cue + 1, middleEnd, strict: false);
            if (speaker is null && !IsAdverbial(_tokens[cue + 1]))
            {
                return cue;
            }
        }
        else
        {
            speaker = null;
        }

        if ((entry.Frames & CueFrames.Strict) != 0 && middleEnd > cue + 1 && speaker is not { Kind: SpeakerKind.Mention } && !_lexicon.IsSpeakerNoun(_tokens[cue + 1], out _) && !IsAdverbial(_tokens[cue + 1]))
        {
            return cue;
        }

        speaker ??= Before(cue) ?? (entry.Kind == CueKind.Participle ? ClauseSubject(cue) : null) ?? CarriedTo(cue);
        if (frame == CueFrames.None || entry.Kind == CueKind.Topic)
        {
            // No content, but a named subject still takes the floor, and a carried one keeps it.
            if (speaker is { } s)
            {
                _last = s with { Paragraph = Paragraph(cue) };
            }

            return cue;
        }

        if (candidate < 0 && contentFrom >= 0 && contentFrom < _tokens.Count && _candidateOpening[contentFrom] is var after and >= 0 && !_candidates[after].Used && _candidates[after].Words >= 1)
        {
            candidate = after;
        }

        TextSpan content;
        QuoteKind kind;
        int last;
        if (candidate >= 0)
        {
            _candidates[candidate].Used = true;
            content = _candidates[candidate].Mark.Inside;
            kind = QuoteKind.Direct;
            last = _candidates[candidate].Close;
        }
        else
        {
            if (contentFrom < 0 || contentFrom >= end)
            {
                return cue;
            }

            var stop = ClauseEnd(contentFrom, end);
            var lastToken = LastContent(contentFrom, stop);
            if (lastToken < contentFrom)
            {
                return cue;
            }

            content = Span(contentFrom, lastToken);
            kind = frame == CueFrames.Colon ? QuoteKind.Direct : QuoteKind.Indirect;
            last = stop - 1;
            ClaimCandidates(content);
        }

        Add(kind, _tokens[cue].Span, content, speaker, cue);
        return last;
    }

    /// <summary>دعا / طالب: the cue's subject, if any, and where the addressee and the content start.</summary>
    private (Carried? Speaker, int ContentFrom) ObjectSubject(int from, int to, int particle)
    {
        if (to <= from)
        {
            return (null, particle);
        }

        for (var k = from; k < to; k++)
        {
            if (IsComma(k))
            {
                return (Phrase(from, k, strict: false), k + 1);
            }
        }

        if (_mentionStarting[from] is { } m)
        {
            if (m.LastToken + 1 < to)
            {
                return (Mention(m), m.LastToken + 1);
            }

            return m.Type is EntityType.Person or EntityType.Organization ? (Mention(m), to) : (null, from);
        }

        if (_lexicon.IsSpeakerNoun(_tokens[from], out _))
        {
            for (var k = from + 1; k < to; k++)
            {
                if (_mentionStarting[k] is { Type: EntityType.Location })
                {
                    return (Phrase(from, k, strict: false), k);
                }
            }

            return (Phrase(from, to, strict: false), to);
        }

        return (null, from);
    }

    /// <summary>"بحسب الوزارة", "وفقا لـ ...", "نقلا عن ...": the clause before (or, at the start of a sentence, after) is the content.</summary>
    private int Source(int cue)
    {
        var sentence = _sentenceOf[cue];
        var start = _sentenceStart[sentence];
        var end = _sentenceEnd[sentence];
        var from = cue + 1;
        if (from < end && (Key(from).SequenceEqual("ل") || Key(from).SequenceEqual("لـ") || Key(from).SequenceEqual("عن") || Key(from).SequenceEqual("ما")))
        {
            from++;
        }

        if (from < end && (_lexicon.Cue(_tokens[from]) is { Kind: CueKind.Verb } || (Key(from - 1).SequenceEqual("ما") || _tokens[from - 1].Key.EndsWith("ما", StringComparison.Ordinal)) && _tokens[from].Kind == TokenKind.Word && !IsAdverbial(_tokens[from])))
        {
            // "بحسب ما ذكرت الوزارة", "وفق ما أكده البنك", "حسبما أوردت وسائل إعلام": the verb after ما is part of the source phrase.
            from++;
        }

        var phraseEnd = from;
        while (phraseEnd < end && phraseEnd < from + 8 && _tokens[phraseEnd].Kind != TokenKind.Punctuation)
        {
            phraseEnd++;
        }

        if (Phrase(from, phraseEnd, strict: true, firstMayHavePreposition: true) is not { } speaker)
        {
            return cue;
        }

        int contentFrom;
        int stop;
        if (cue <= start + 1)
        {
            contentFrom = phraseEnd < end && IsComma(phraseEnd) ? phraseEnd + 1 : -1;
            if (contentFrom < 0 || contentFrom >= end)
            {
                return cue;
            }

            if (Key(contentFrom) is "فان" or "فانه" or "فانها" or "ان")
            {
                contentFrom++;
            }

            stop = ClauseEnd(contentFrom, end);
        }
        else
        {
            contentFrom = start;
            if (_quotes.Count > 0 && _quotes[^1].Content.End > _tokens[start].Span.Start)
            {
                // The clause is already another quote's content: the phrase only confirms its source.
                return cue;
            }

            stop = cue;
        }

        var last = LastContent(contentFrom, stop);
        var words = 0;
        for (var k = contentFrom; k <= last; k++)
        {
            words += _tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        if (words < 4)
        {
            return cue;
        }

        var content = Span(contentFrom, last);
        ClaimCandidates(content);
        Add(QuoteKind.Indirect, _tokens[cue].Span, content, speaker, cue);
        return Math.Max(cue, stop - 1);
    }

    /// <summary>A quotation not claimed by a cue before it: a cue after it, a colon before it, or the next paragraph of a quote.</summary>
    private int? Marked(int c)
    {
        var cand = _candidates[c];
        if (cand.Words < 3)
        {
            return null;
        }

        cand.Used = true;
        var sentence = _sentenceOf[Math.Min(cand.Close, _tokens.Count - 1)];
        var end = Math.Max(_sentenceEnd[sentence], cand.Close + 1);
        var j = cand.Close + 1;
        while (j < end && j <= cand.Close + 2 && IsComma(j))
        {
            j++;
        }

        if (j < end && _lexicon.Cue(_tokens[j]) is { Kind: CueKind.Verb or CueKind.Source } after)
        {
            var phraseFrom = j + 1;
            if (after.Kind == CueKind.Source && phraseFrom < end && (Key(phraseFrom).SequenceEqual("ل") || Key(phraseFrom).SequenceEqual("لـ") || Key(phraseFrom).SequenceEqual("عن")))
            {
                phraseFrom++;
            }

            var phraseEnd = phraseFrom;
            while (phraseEnd < end && phraseEnd < phraseFrom + 8 && _tokens[phraseEnd].Kind != TokenKind.Punctuation)
            {
                phraseEnd++;
            }

            var speaker = phraseEnd > phraseFrom ? Phrase(phraseFrom, phraseEnd, strict: false, firstMayHavePreposition: after.Kind == CueKind.Source) : null;
            speaker ??= CarriedTo(cand.Open);
            Add(QuoteKind.Direct, _tokens[j].Span, cand.Mark.Inside, speaker, j);
            return j;
        }

        if (cand.Open > 0 && IsColon(cand.Open - 1))
        {
            var colon = cand.Open - 1;
            var speaker = colon > 0 && _mentionEnding[colon - 1] is { Type: EntityType.Person or EntityType.Organization } m ? Mention(m) : (Carried?)null;
            speaker ??= SpeakerNounBefore(colon) ?? CarriedTo(colon);
            Add(QuoteKind.Direct, _tokens[colon].Span, cand.Mark.Inside, speaker, colon);
            return cand.Close;
        }

        // A quote whose paragraph opens with its mark continues the direct quote that ended the previous paragraph.
        var paragraph = Paragraph(cand.Open);
        if (_quotes.Count > 0 && _quotes[^1] is { Kind: QuoteKind.Direct } previous && paragraph > 0
            && _sentenceStart[_sentenceOf[cand.Open]] == cand.Open && Paragraph(previous.Content.Start) == paragraph - 1
            && _doc.Paragraphs[paragraph].Span.Start == _tokens[cand.Open].Span.Start)
        {
            Add(QuoteKind.Direct, previous.Cue, cand.Mark.Inside, previous.Speaker is { } s ? new Carried(s, previous.SpeakerKind, paragraph) : (Carried?)null, cand.Open);
            return cand.Close;
        }

        return cand.Close;
    }

    /// <summary>
    /// The speaker phrase written in tokens [from, to): the first person named in it, an organization or place that
    /// opens it, or a role phrase that a speaker noun opens ("المتحدث باسم الوزارة"). Without <paramref name="strict"/>, a
    /// short unknown phrase of up to three words is also taken (a name the tagger missed). Null when it is none of these.
    /// </summary>
    private Carried? Phrase(int from, int to, bool strict, bool firstMayHavePreposition = false)
    {
        if (from < to && Key(from).SequenceEqual("في") && from + 1 < to && _lexicon.IsSpeakerNoun(_tokens[from + 1], out _))
        {
            from++;
            firstMayHavePreposition = false;
        }

        // A name anywhere before the first comma or relative clause: "النائب العربي في البرلمان أحمد الطيبي، وهو طبيب، ...".
        for (var k = from; k < to && !IsComma(k) && !RelativeWords.Contains(_tokens[k].Key) && !ThatWords.Contains(_tokens[k].Key); k++)
        {
            if (_mentionStarting[k] is { Type: EntityType.Person } named)
            {
                return Mention(named);
            }
        }

        var end = from;
        while (end < to)
        {
            var token = _tokens[end];
            if (IsHashtagMark(end))
            {
                end++;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number) && !(_candidateOpening[end] >= 0 || QuoteMarks.IsMark(_doc.Text[token.Span.Start])))
            {
                break;
            }

            if (PhraseStops.Contains(token.Key) || RelativeWords.Contains(token.Key) || (!(end == from && firstMayHavePreposition) && HasPreposition(token) && !token.Key.Equals("باسم", StringComparison.Ordinal)))
            {
                break;
            }

            end++;
        }

        if (end == from)
        {
            return null;
        }

        var first = FirstWord(from, end);
        if (first < 0)
        {
            return null;
        }

        if (_mentionStarting[first] is { Type: EntityType.Organization } org)
        {
            return Mention(org);
        }

        if (_lexicon.IsSpeakerNoun(_tokens[first], out var unnamed))
        {
            return new Carried(Span(first, end - 1), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(from));
        }

        if (_mentionStarting[first] is { Type: EntityType.Location } place && place.LastToken >= end - 1)
        {
            return Mention(place);
        }

        return !strict && end - from <= 3 ? new Carried(Span(first, end - 1), SpeakerKind.Role, Paragraph(from)) : null;
    }

    private int FirstWord(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A PERS or ORG mention that ends just before the cue, in the same sentence ("لافروف قال إن").</summary>
    private Carried? Before(int cue)
    {
        var start = _sentenceStart[_sentenceOf[cue]];
        if (cue <= start)
        {
            return null;
        }

        if (_mentionEnding[cue - 1] is { Type: EntityType.Person or EntityType.Organization } m)
        {
            return Mention(m);
        }

        // "جو بايدن، نائب الرئيس السابق، والذي قال إن": the relative clause's antecedent speaks.
        if (_tokens[cue - 1].Key is "الذي" or "التي" or "والذي" or "والتي" or "الذين" or "والذين")
        {
            for (var k = cue - 2; k >= start && k >= cue - 14; k--)
            {
                if (_mentionEnding[k] is { Type: EntityType.Person or EntityType.Organization } antecedent)
                {
                    return Mention(antecedent);
                }
            }
        }

        // "وكانت وسائل إعلام روسية ذكرت أن", "لكن مراسل "بي بي سي" قال إن": a speaker noun a few words before the cue.
        for (var k = cue - 1; k >= start && k >= cue - 7; k--)
        {
            if (IsComma(k) || ThatWords.Contains(_tokens[k].Key) || _lexicon.Cue(_tokens[k]) is not null)
            {
                break;
            }

            if (_lexicon.IsSpeakerNoun(_tokens[k], out var unnamed))
            {
                return new Carried(Span(k, cue - 1), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(k));
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the clause a participle hangs on: the speaker of a quote earlier in the same sentence, else the
    /// sentence's subject when it is a name ("وجهت الولايات المتحدة انتقادا للصين قائلة إن ...").
    /// </summary>
    private Carried? ClauseSubject(int cue)
    {
        var start = _sentenceStart[_sentenceOf[cue]];
        if (_quotes.Count > 0 && _quotes[^1].Content.Start >= _tokens[start].Span.Start && _last is { } last)
        {
            return last;
        }

        // Only a name in subject position, right after the sentence's first verb: "ووصف ما حدث في الرقة ... مضيفا" is
        // not said by Raqqa.
        for (var k = start; k < cue && k <= start + 2; k++)
        {
            if (_mentionStarting[k] is { Type: EntityType.Person or EntityType.Organization or EntityType.Location } m)
            {
                return Mention(m);
            }
        }

        return null;
    }

    private Carried? SpeakerNounBefore(int colon)
    {
        var start = Math.Max(_sentenceStart[_sentenceOf[colon]], colon - 4);
        for (var k = start; k < colon; k++)
        {
            if (_lexicon.IsSpeakerNoun(_tokens[k], out var unnamed))
            {
                return new Carried(Span(k, colon - 1), unnamed ? SpeakerKind.Unnamed : SpeakerKind.Role, Paragraph(colon));
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker a subject-less cue carries over: the latest speaker of this paragraph or the previous one; after
    /// "من جانبه" and the like, the person or organization named last before this sentence instead.
    /// </summary>
    private Carried? CarriedTo(int cue)
    {
        var sentenceStart = _sentenceStart[_sentenceOf[cue]];
        for (var k = sentenceStart; k < cue; k++)
        {
            if (TurnWords.Contains(_tokens[k].Key))
            {
                for (var j = sentenceStart - 1; j >= 0; j--)
                {
                    if (_mentionEnding[j] is { Type: EntityType.Person or EntityType.Organization } m
                        && (_last is not { } l || !_doc.Slice(l.Span).Equals(_doc.Slice(m.Span), StringComparison.Ordinal)))
                    {
                        return Mention(m);
                    }
                }

                break;
            }
        }

        if (_last is { } last && last.Paragraph >= Paragraph(cue) - 1)
        {
            return last;
        }

        // Nobody has spoken yet: the person named last in this paragraph or the previous one is the one who speaks
        // ("انتقد الوزير فلان ... . جاء ذلك في تصريح ... حيث قال: ...").
        var paragraph = Paragraph(cue);
        for (var j = cue - 1; j >= 0 && Paragraph(j) >= paragraph - 1; j--)
        {
            if (_mentionEnding[j] is { Type: EntityType.Person } m)
            {
                return Mention(m);
            }
        }

        return null;
    }

    /// <summary>The token after the reported clause that starts at <paramref name="from"/>: the sentence end, or a new clause or cue.</summary>
    private int ClauseEnd(int from, int end)
    {
        for (var k = from + 1; k < end; k++)
        {
            var token = _tokens[k];
            if ((token.Key is "لكن" or "ولكن" or "لكنه" or "لكنها" or "ولكنه" or "ولكنها") && CueWithin(k + 1, Math.Min(end, k + 10)))
            {
                return k;
            }

            if (ClauseStops.Contains(token.Key) || (token.Key == "في" && k + 1 < end && _tokens[k + 1].Key == "حين"))
            {
                return k;
            }

            if (_lexicon.Cue(token) is { } cue)
            {
                var afterComma = IsComma(k - 1);
                var joined = token.Key.Length > 2 && token.Key[0] is 'و' or 'ف';
                if (cue.Kind == CueKind.Participle || (cue.Kind == CueKind.Source && afterComma)
                    || (cue.Kind == CueKind.Verb && joined && (afterComma || ThatWithin(k + 1, Math.Min(end, k + 4)))))
                {
                    return k;
                }
            }

            if (IsColon(k) && k + 1 < end && _candidateOpening[k + 1] >= 0)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>"... وقالت إنهما": a joined cue with its own complementizer starts new reported speech.</summary>
    private bool ThatWithin(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (ThatWords.Contains(_tokens[k].Key) || IsColon(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool CueWithin(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_lexicon.Cue(_tokens[k]) is { Kind: CueKind.Verb })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token before <paramref name="stop"/> that is not punctuation.</summary>
    private int LastContent(int from, int stop)
    {
        var last = stop - 1;
        while (last >= from && _tokens[last].Kind == TokenKind.Punctuation && _candidateOpening[last] < 0 && !QuoteMarks.IsMark(_doc.Text[_tokens[last].Span.Start]))
        {
            last--;
        }

        return last;
    }

    /// <summary>Quotation marks inside an indirect quote are part of it (a quoted phrase), not quotes of their own.</summary>
    private void ClaimCandidates(TextSpan content)
    {
        foreach (var c in _candidates)
        {
            if (content.Contains(c.Mark.Inside))
            {
                c.Used = true;
            }
        }
    }

    private void Add(QuoteKind kind, TextSpan cue, TextSpan content, Carried? speaker, int at)
    {
        content = Trim(content);
        if (content.Length == 0)
        {
            return;
        }

        _quotes.Add(new Quote(kind, cue, content, speaker?.Span, speaker?.Kind ?? SpeakerKind.None));
        if (speaker is { } s)
        {
            _last = s with { Paragraph = Paragraph(at) };
        }
    }

    private TextSpan Trim(TextSpan span)
    {
        var text = _doc.Text;
        var start = span.Start;
        var end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '،' or ',' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '،' or ',' or '.' or ':'))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private Carried Mention(EntityMention m) => new(m.Span, SpeakerKind.Mention, Paragraph(m.FirstToken));

    private int Paragraph(int token) => _doc.Sentences.Count == 0 ? 0 : _doc.Sentences[_sentenceOf[Math.Min(token, _tokens.Count - 1)]].Paragraph;

    private TextSpan Span(int first, int last) => new(_tokens[first].Span.Start, _tokens[last].Span.End);

    /// <summary>The # and _ of a hashtag ("#ترمب", "#كوريا_الشمالية"), which news sites put inside names.</summary>
    private bool IsHashtagMark(int k) => _tokens[k].Key is "#" or "_";

    private bool IsColon(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Key is ":";

    private bool IsComma(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Key is "،" or "," or "؛";

    /// <summary>A middle that opens with "في تغريدة" or "خلال زيارته" says where or when, not who: the cue has no subject there.</summary>
    private static bool IsAdverbial(Token token) => PhraseStops.Contains(token.Key) || HasPreposition(token);

    private static bool HasPreposition(Token token) => token.Segments.Length > 1 && Array.Exists(token.Segments, s => s.Role == SegmentRole.Preposition);

    private bool StartsWithBa(Token token) => HasPreposition(token) && _doc.Text[token.Segments[0].Role == SegmentRole.Conjunction && token.Segments.Length > 1 ? token.Segments[1].Span.Start : token.Segments[0].Span.Start] == 'ب';

    /// <summary>A speaker with the paragraph it last spoke in.</summary>
    private readonly record struct Carried(TextSpan Span, SpeakerKind Kind, int Paragraph);

    /// <summary>A pair of quotation marks with the tokens of its marks and how many words it holds.</summary>
    private sealed class Candidate(MarkedSpan mark, int open, int close, int words)
    {
        public MarkedSpan Mark { get; } = mark;

        public int Open { get; } = open;

        public int Close { get; } = close;

        public int Words { get; } = words;

        public bool Used { get; set; }
    }
}
