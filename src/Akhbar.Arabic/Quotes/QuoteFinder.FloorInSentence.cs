namespace Akhbar.Arabic.Quotes;

/// <summary>
/// "ومن جانبه تحدث المدرب فلان عن تلك الواقعة، حيث قال: "..."": a turn phrase (من جانبه، بدوره) sends a subject-less cue
/// back to the person named before the sentence, unless someone has already spoken in it. A topic cue (تحدث عن، تطرق إلى)
/// names its speaker and passes the floor but makes no quote, so the check on the last quote missed it and the quote went
/// to the speaker of the previous paragraph.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Whether the carried speaker was named in this sentence, before <paramref name="cue"/>.</summary>
    private bool FloorTakenInSentence(int sentenceStart, int cue) =>
        _last is { } last && last.Span.Start >= _tokens[sentenceStart].Span.Start && last.Span.Start < _tokens[cue].Span.Start;
}
