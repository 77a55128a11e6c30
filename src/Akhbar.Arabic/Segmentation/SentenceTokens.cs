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
        // The tokens as an array and each sentence's end read once: the loop runs for every token of every document, and
        // through the list interface each read is a dispatched call (the segmenter stores the tokens as an array).
        var tokens = doc.Tokens as Token[] ?? [.. doc.Tokens];
        var sentences = doc.Sentences;
        var n = tokens.Length;
        sentenceOf = new int[n];
        sentenceStart = new int[sentences.Count];
        sentenceEnd = new int[sentences.Count];
        var t = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            sentenceStart[s] = t;
            var sentenceEndOffset = sentences[s].Span.End;
            while (t < n && tokens[t].Span.Start < sentenceEndOffset)
            {
                sentenceOf[t++] = s;
            }

            sentenceEnd[s] = t;
        }

        for (; t < n; t++)
        {
            sentenceOf[t] = Math.Max(0, sentences.Count - 1);
        }
    }
}
