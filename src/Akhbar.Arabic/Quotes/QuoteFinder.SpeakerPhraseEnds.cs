namespace Akhbar.Arabic.Quotes;

/// <summary>
/// Words that end the speaker phrase after a cue although they are no preposition the phrase already stops at:
/// <list type="bullet">
/// <item>نقلا, which says whose words the speaker relays ("وذكرت شينخوا نقلا عن مسؤول"، "وقالت الصحيفة نقلا عن شهود"): the
/// outlet speaks, and the relay word is no part of its name, nor is a person named after it the speaker (the event stage
/// used to trim it from the speaker on its side; now quotes and events share one speaker);</item>
/// <item>a preposition of time ("وأبلغ الصحفيين عند وصوله"، "وأكد قبل أيام قليلة أن"، "وقالت الصحيفة قبل أسابيع"): the words
/// say when the speaker spoke. Read as part of the phrase they made "عند وصوله" and "قبل أيام قليلة" speakers and "الصحيفة
/// قبل أسابيع" a speaker's words (27 quotes over 1,500 ant-multisource articles and five SaudiNewsNet days).</item>
/// </list>
/// </summary>
internal sealed partial class QuoteFinder
{
    private const string RelayWord = "نقلا";

    /// <summary>
    /// Folded prepositions that say when the speaker spoke ("عند وصوله"، "قبل أيام"); not بعد, which after a negated cue is
    /// the adverb "yet" ("لم تكشف بعد عن").
    /// </summary>
    private static readonly HashSet<string> WhenPrepositions = new(StringComparer.Ordinal) { "عند", "قبل", "اثر", "فور", "منذ" };

    /// <summary>Whether the word at <paramref name="k"/> is نقلا (folded, with or without tanween).</summary>
    private bool IsRelayWord(int k) => _tokens[k].Key == RelayWord;

    /// <summary>
    /// Whether the word at <paramref name="k"/> ends the phrase in which a speaker's name is looked for; not منذ, which also
    /// says how long a role has been held ("قالت المعتكفة منذ أكثر من عشرة أعوام -فلانة-").
    /// </summary>
    private bool EndsSpeakerPhrase(int k) => IsRelayWord(k) || (WhenPrepositions.Contains(_tokens[k].Key) && _tokens[k].Key != "منذ");
}
