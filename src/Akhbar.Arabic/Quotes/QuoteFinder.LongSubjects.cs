namespace Akhbar.Arabic.Quotes;

/// <summary>
/// A reporting verb followed by its subject and then إن/أن is a report whatever noun heads the subject: "قال صندوق
/// الاستثمارات العامة السعودي إن"، "وقال الزبائن السبعة مقدمو الشكوى إنهم"، "وذكر نادي بايرن ميونخ الألماني أن"، "وقال مصور
/// وكالة الأنباء الفرنسية في العاصمة اليمنية إن". A subject without a name or a speaker noun used to be taken only up to
/// three words (a name the tagger missed), so these were no quotes at all. When the complementizer closes the subject of a
/// plain verb cue, the phrase may be longer, on three conditions that keep out what is no subject:
/// <list type="bullet">
/// <item>the cue is no verb of judging (اعتبر، رأى), whose first noun is what is judged ("يعتبر السائحين الأجانب شرا"، "يرى
/// ضرورة ...")، and no strict cue, whose forms are also other words (بين، عبر، تابع، كتب);</item>
/// <item>what stands between the phrase and the complementizer is nothing, or opens with a comma or a preposition of place,
/// occasion or time ("في تقرير شهري يوم الجمعة إن"), not with بـ or من, which carry an object ("ذكّرت X بحقيقة ... أن"،
/// "لم يكشف فيسبوك أي تفاصيل تتعلق بكيفية ...");</item>
/// <item>no concessive word stands there ("إلا أنه"، "لكن من الواضح أن"، "خاصة أنه"): that أن opens a clause of the writer's.</item>
/// </list>
/// Nor may the phrase open with a glued preposition or a noun of data (معلومات، بيانات), or hold a demonstrative, ما or a negation. A time phrase inside the subject ("وكشفت توتال الفرنسية الأسبوع الماضي أنها") is left out of the span.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>The most words of an unknown phrase taken as a missed name.</summary>
    private const int UnknownNameWords = 3;

    /// <summary>The most words of a subject phrase closed by إن/أن that is taken though it holds no name or speaker noun.</summary>
    private const int ThatSubjectWords = 6;

    /// <summary>Folded words of the gap before أن that open the writer's own clause rather than the speaker's content.</summary>
    private static readonly HashSet<string> ConcessiveWords = new(StringComparer.Ordinal)
    {
        "الا", "لكن", "ولكن", "لكنه", "خاصه", "خصوصا", "وخاصه", "حتي", "رغم", "برغم", "سيما", "لاسيما", "الواضح", "الموكد", "حين",
    };

    /// <summary>Folded words that never stand inside a subject noun phrase: ما and its compounds, negations.</summary>
    private static readonly HashSet<string> NotSubjectWords = new(StringComparer.Ordinal) { "ما", "كما", "بما", "مما", "لا", "لم", "لن", "ليس", "كل" };

    /// <summary>Folded prepositions that may open the words between a long subject and its complementizer.</summary>
    private static readonly HashSet<string> OccasionOpeners = new(StringComparer.Ordinal)
    {
        "في", "خلال", "علي", "عبر", "امام", "عقب", "اثناء", "لدي", "يوم",
    };

    /// <summary>
    /// The subject phrase in tokens [from, to) of a verb cue whose complementizer stands at <paramref name="to"/>, taken
    /// up to <see cref="ThatSubjectWords"/> words though it holds no name or speaker noun; null when the cue or the words
    /// before the complementizer rule it out (see the type's summary).
    /// </summary>
    private Carried? LongSubject(CueEntry entry, CueFrames frame, int from, int to)
    {
        if (frame != CueFrames.That || entry.Kind != CueKind.Verb || (entry.Frames & CueFrames.Strict) != 0
            // The verbs of judging: their first noun is the thing judged, not a speaker (lemmas as cues.tsv writes them).
            || entry.Lemma is "اعتبر" or "رأى")
        {
            return null;
        }

        // Where the subject's words end: the first token Phrase would stop at is found by asking it for the span.
        if (Phrase(from, to, strict: false, unknownWords: ThatSubjectWords) is not { } phrase)
        {
            return null;
        }

        var gap = from;
        while (gap < to && _tokens[gap].Span.End <= phrase.Span.End)
        {
            gap++;
        }

        for (var k = gap; k < to; k++)
        {
            if (ConcessiveWords.Contains(_tokens[k].Key))
            {
                return null;
            }
        }

        // "وكم يتمنى أبناء المنطقة قيام هذه المدينة"، "وتقول المجني عليها كما يقول المتهمون إنهم"، "يتداول قريب الجاني ما يتم
        // تداوله": a demonstrative, a ما or a negation inside the words ends a noun phrase and opens an object or a clause.
        // "في حين أشارت معلومات «المدينة» أن": figures and data are what a source gives, not a source (IsDataNoun).
        if (HasPreposition(_tokens[from]) || IsDataNoun(_tokens[from].Key))
        {
            return null;
        }

        for (var k = from; k < gap; k++)
        {
            if (Demonstratives.Contains(_tokens[k].Key) || NotSubjectWords.Contains(_tokens[k].Key))
            {
                return null;
            }
        }

        if (gap < to && !IsComma(gap) && !OccasionOpeners.Contains(_tokens[gap].Key) && !(HasPreposition(_tokens[gap]) && _tokens[gap].Key.StartsWith('ل')))
        {
            return null;
        }

        // "توتال الفرنسية الأسبوع الماضي": the time words say when, not who.
        for (var k = from + 1; k < gap; k++)
        {
            if (InTimeExpression(k))
            {
                return Phrase(from, k, strict: false, unknownWords: ThatSubjectWords);
            }
        }

        return phrase;
    }
}
