using Akhbar.Core.Model;
using Akhbar.Core.Output;

namespace Akhbar.Tests.Support;

/// <summary>A document's quotes as the words tests compare: kind, speaker, cue and content, in text order.</summary>
public static class QuoteRows
{
    public static List<(string Kind, string? Speaker, string Cue, string Text)> Of(Document doc) =>
        doc.Quotes.Select(q => (Quote.KindName(q.Kind), q.Speaker is { } s ? doc.Slice(s) : null, doc.Slice(q.Cue), doc.Slice(q.Content))).ToList();
}
