using Akhbar.Core.Model;

namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// Which sentence each token belongs to and the token range <c>[start, end)</c> of each sentence, for the stages that
/// walk a document token by token and must stop at sentence ends (quotes, events).
/// </summary>
internal static class SentenceTokens
{
    /// <summary>Tokens after the last sentence (there should be none) are counted in it.</summary>
    public static void Index(Document doc, out int[] sentenceOf, out int[] sentenceStart, out int[] sentenceEnd)
    {
        var tokens = doc.Tokens;
        var n = tokens.Count;
        sentenceOf = new int[n];
        sentenceStart = new int[doc.Sentences.Count];
        sentenceEnd = new int[doc.Sentences.Count];
        var t = 0;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            sentenceStart[s] = t;
            while (t < n && tokens[t].Span.Start < doc.Sentences[s].Span.End)
            {
                sentenceOf[t++] = s;
            }

            sentenceEnd[s] = t;
        }

        for (; t < n; t++)
        {
            sentenceOf[t] = Math.Max(0, doc.Sentences.Count - 1);
        }
    }
}
