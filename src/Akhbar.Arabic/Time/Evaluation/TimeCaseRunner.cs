using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;
using NodaTime;

namespace Akhbar.Arabic.Time.Evaluation;

/// <summary>The outcome of one case: what Akhbar found over the expected span (null when nothing) and whether its value is exactly right.</summary>
public sealed record TimeCaseOutcome(TimeCase Case, string? Predicted, bool Right);

/// <summary>Runs test cases through a pipeline, each against its own reference day.</summary>
public static class TimeCaseRunner
{
    public static TimeCaseOutcome Run(AnalysisPipeline pipeline, TimeCase c)
    {
        var raw = new RawArticle
        {
            Id = "case",
            Body = c.Input,
            Published = c.Reference is { } r ? new PublicationDate(r, c.ReferenceTime is { } rt ? r.At(rt).WithOffset(Offset.Zero) : null) : null,
        };
        var doc = pipeline.Process(raw);
        string? best = null;
        var bestOverlap = 0;
        var right = false;
        foreach (var t in doc.Times)
        {
            if (doc.Offsets.ToRaw(t.Span) is not { } span)
            {
                continue;
            }

            var overlap = Math.Min(span.End, c.ExpectedEnd) - Math.Max(span.Start, c.ExpectedStart);
            if (overlap <= 0)
            {
                continue;
            }

            var ok = c.Accepted.Contains(t.Value, StringComparer.Ordinal);
            if (ok && !right || (!right && overlap > bestOverlap))
            {
                best = t.Value;
                bestOverlap = overlap;
                right |= ok;
            }
        }

        return new TimeCaseOutcome(c, best, right);
    }
}
