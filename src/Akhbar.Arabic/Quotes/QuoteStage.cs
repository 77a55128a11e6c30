using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// Adds the quotes of a document: direct quotes in quotation marks, indirect quotes after a reporting cue and
/// headline quotes ("لافروف : نعمل ..."), each with its cue and speaker (docs/stages/quotes.md). Quotation marks
/// that never pair are reported with <see cref="DiagnosticCodes.UnbalancedQuote"/> and left out.
/// </summary>
public sealed class QuoteStage : IPipelineStage
{
    private readonly CueLexicon _lexicon;

    public QuoteStage(CueLexicon? lexicon = null) => _lexicon = lexicon ?? CueLexicon.Default;

    public string Name => "quotes";

    public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Sentences, LayerNames.Tokens, LayerNames.Entities];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Quotes];

    public void Process(Document document)
    {
        var problems = new List<string>();
        var marks = QuoteMarks.Pair(document.Text, document.Paragraphs, problems);
        foreach (var p in problems)
        {
            document.AddDiagnostic(DiagnosticCodes.UnbalancedQuote, p);
        }

        // A cue with nothing after it (a headline ending in a colon) reports no words: that is not a quote.
        document.Quotes = [.. new QuoteFinder(document, _lexicon, marks).Find().Where(q => q.Content.Length > 0)];
    }
}
