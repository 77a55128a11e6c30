namespace Akhbar.Arabic.Quotes;

/// <summary>What a cue word does: reports speech itself, reports it as a participle of the clause's subject, names a topic only, or names a source after the content.</summary>
public enum CueKind
{
    Verb,
    Participle,
    Topic,
    Source,
}

/// <summary>The words that may introduce the content after a cue and its subject (quotes/cues.tsv).</summary>
[Flags]
public enum CueFrames
{
    None = 0,

    /// <summary>إن / أن / بأن / أنه ...</summary>
    That = 1,

    /// <summary>على ("أكد على ضرورة").</summary>
    On = 2,

    /// <summary>إلى أن ("أشار إلى أن").</summary>
    To = 4,

    /// <summary>عن ("أعرب عن قلقه").</summary>
    About = 8,

    /// <summary>An addressee, then إلى / بـ / على / أن ("دعا روسيا إلى").</summary>
    Object = 16,

    /// <summary>A colon ("قال: ...").</summary>
    Colon = 32,

    /// <summary>
    /// The form is also a common other word (بين "between", عبر "via", تابع "follower"): it is a cue only when the
    /// content follows it at once or its subject is a name or opens with a speaker noun.
    /// </summary>
    Strict = 64,

    /// <summary>A word with بـ that opens the content ("تعهد بالانتصار", "اعترف بوجود").</summary>
    With = 128,

    /// <summary>
    /// A noun object as the content, after the named subject or at once ("أعلنت الوزارة تفاصيل ...", "نفى أي صلة",
    /// "مؤكدا اعتقال ..."); for a cue that also has <see cref="To"/>, إلى followed by a noun ("مشيرا إلى إصابة ...").
    /// </summary>
    Noun = 256,

    /// <summary>
    /// The subject relays another's words ("نقلت الوكالة عن المتحدث أن ..."): the speaker is the phrase after عن, when
    /// there is one, not the subject.
    /// </summary>
    Relay = 512,

    /// <summary>
    /// The verb tells someone ("أبلغ", "أخبر"): when its subject stands before it ("وكان روحاني قد أبلغ مدير الوكالة أن"),
    /// the noun after it is who was told, not who spoke. Not given to حذر: the event stage reads the warned party from
    /// the quote's speaker after "التي حذرت" and would lose it.
    /// </summary>
    Tell = 1024,
}

/// <summary>One reporting cue of the lexicon.</summary>
public sealed record CueEntry(string Lemma, CueKind Kind, CueFrames Frames);
