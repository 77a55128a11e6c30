using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The features the event filter (<see cref="EventFilter"/>, docs/stages/events.md) reads of one coded PROTEST or ASSAULT
/// event: its code and event word, how the word is written (article, proclitics, pronoun, accusative), the words around
/// it, whether a source, target, place and date were found, the markers of time and modality in its sentence, and the
/// words of that sentence. Shared by training (<c>akhbar train event-filter</c>) and the stage, so that both see the
/// same strings.
/// </summary>
public static class EventFilterFeatures
{
    /// <summary>
    /// The features of <paramref name="e"/>. <paramref name="start"/> and <paramref name="end"/> are the token range of its
    /// sentence; <paramref name="rank"/> is its place among the realized events of its category in that sentence (0 for
    /// the first) and <paramref name="count"/> their number.
    /// </summary>
    public static List<string> Of(Document doc, CodedEvent e, EventLexicon lexicon, int start, int end, int rank, int count)
    {
        var tokens = doc.Tokens;
        var features = new List<string>(48) { "bias", "code=" + e.Cameo };
        var k = Math.Clamp(ArticleActors.TokenAt(tokens, e.Trigger.Start), start, Math.Max(start, end - 1));
        if (k < 0 || k >= tokens.Count)
        {
            return features;
        }

        var token = tokens[k];
        var lexeme = lexicon.Find(token, doc.Text, out var future);
        var word = ArticleActors.WithoutConjunction(token.Key);
        // Words the rules code outside the lexicon (a protesters' act: "ورفع المتظاهرون"، "أغلقوا") go by their own form.
        features.Add(lexeme is null ? "word=" + word : "lem=" + lexeme.Lemma);
        features.Add(lexeme is null ? "kind=other" : lexeme.Kind == EventWordKind.Verb ? "kind=verb" : "kind=noun");
        if (token.Has(SegmentRole.Article) || word.StartsWith("ال", StringComparison.Ordinal) || word.StartsWith("لل", StringComparison.Ordinal))
        {
            features.Add("definite");
        }

        if (token.SegmentWith(SegmentRole.Preposition) is { } preposition)
        {
            features.Add("prep=" + doc.Text[preposition.Span.Start]);
        }

        if (token.Has(SegmentRole.Pronoun))
        {
            features.Add("pronoun");
        }

        if (word.EndsWith('ا') && lexeme?.Kind == EventWordKind.Noun)
        {
            features.Add("accusative");
        }

        if (future || EventModality.IsFuture(tokens, k, start, lexeme?.Kind ?? EventWordKind.Noun))
        {
            features.Add("future");
        }

        if (e.Trigger.End > token.Span.End)
        {
            features.Add("multiword");
        }

        for (var d = 1; d <= 2; d++)
        {
            features.Add($"w-{d}=" + (k - d >= start ? Word(tokens[k - d]) : "<s>"));
            features.Add($"w+{d}=" + (k + d < end ? Word(tokens[k + d]) : "</s>"));
        }

        features.Add("pos=" + Bucket(k - start));
        features.Add("len=" + Bucket(end - start));
        features.Add("source=" + Argument(e.Source));
        features.Add("target=" + Argument(e.Target));
        if (e.Where is not null)
        {
            features.Add("where");
        }

        if (e.When is not null && !e.WhenFromPublication)
        {
            features.Add("when");
        }

        features.Add("events=" + Math.Min(count, 3));
        if (rank == 0)
        {
            features.Add("first");
        }

        if (e.Basis == EventBasis.Quote)
        {
            features.Add("basis=quote");
        }

        if (doc.HasQuotes && doc.Quotes.Any(q => q.Content.Contains(e.Trigger)))
        {
            features.Add("in-quote");
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var j = start; j < end; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Number)
            {
                words.Add(t.Key.Length == 4 && t.Key[0] is '1' or '2' ? "year" : "number");
            }
            else if (t.Kind == TokenKind.Word && t.Key.Length >= 2 && j != k)
            {
                words.Add((j < k ? "before=" : "after=") + Word(t));
            }
        }

        features.AddRange(words.Order(StringComparer.Ordinal));
        return features;
    }

    private static string Word(Token token) => token.Kind == TokenKind.Word ? ArticleActors.WithoutConjunction(token.Key) : "#" + token.Kind;

    private static string Argument(EventArgument? argument) => argument is null ? "none" : argument.EntityId is null ? "words" : "entity";

    private static string Bucket(int n) => n switch
    {
        0 => "0",
        1 => "1",
        2 => "2",
        <= 5 => "3-5",
        <= 10 => "6-10",
        <= 20 => "11-20",
        <= 40 => "21-40",
        _ => "41+",
    };
}
