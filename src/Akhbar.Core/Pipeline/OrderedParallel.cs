namespace Akhbar.Core.Pipeline;

/// <summary>
/// Maps a stream of items on all cores and yields the results in input order. Items are taken in batches,
/// so memory stays flat however long the stream is: at most one batch of inputs and outputs is alive.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, int degree, int batchSize = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree };
        var batch = new List<TIn>(batchSize);
        var results = new TOut[batchSize];
        foreach (var item in items)
        {
            batch.Add(item);
            if (batch.Count == batchSize)
            {
                foreach (var r in Flush(batch, results, map, options, degree))
                {
                    yield return r;
                }
            }
        }

        foreach (var r in Flush(batch, results, map, options, degree))
        {
            yield return r;
        }
    }

    private static IEnumerable<TOut> Flush<TIn, TOut>(List<TIn> batch, TOut[] results, Func<TIn, TOut> map, ParallelOptions options, int degree)
    {
        if (batch.Count == 0)
        {
            yield break;
        }

        if (degree == 1)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = map(batch[i]);
            }
        }
        else
        {
            Parallel.For(0, batch.Count, options, i => results[i] = map(batch[i]));
        }

        for (var i = 0; i < batch.Count; i++)
        {
            yield return results[i];
            results[i] = default!;
        }

        batch.Clear();
    }
}
