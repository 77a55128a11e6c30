namespace Akhbar.Arabic.Quotes;

/// <summary>
/// "ذات المصدر" and "نفس المصدر" (the same source), written in Maghreb news for a source already named: a speaker noun
/// behind ذات/نفس heads a speaker phrase as the noun alone does. Other cues read the phrase as an unknown name and get it
/// right; a strict cue, whose forms are also other words, wants a speaker noun or a name at once, and so "وبين ذات المصدر،
/// في تصريح صحفي، أن" (tunisia gold) was no quote.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Folded words meaning "the same" that may stand before a speaker noun.</summary>
    private static readonly HashSet<string> SameWords = new(StringComparer.Ordinal) { "ذات", "نفس" };

    /// <summary>Whether tokens [k, to) open with ذات/نفس and a speaker noun ("ذات المصدر"، "نفس المسؤول").</summary>
    private bool IsSameSpeakerNoun(int k, int to) => k + 1 < to && SameWords.Contains(_tokens[k].Key) && _lexicon.IsSpeakerNoun(_tokens[k + 1], out _);
}
