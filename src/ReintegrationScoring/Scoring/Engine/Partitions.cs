using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>How a batch is split across threads: consecutive partitions, about four per thread, at least 4 096 responses each.</summary>
internal static class Partitions
{
    /// <summary>The fewest responses a parallel batch hands to one task: smaller batches run on the calling thread.</summary>
    public const int MinimumSize = 4096;

    /// <summary>Responses per task: the whole batch when sequential or small, else about four tasks per thread.</summary>
    public static int Size(int count, BatchOptions options)
    {
        var degree = options.MaxDegreeOfParallelism;
        if (degree == 1 || count <= MinimumSize)
        {
            return count;
        }

        var tasks = 4L * degree;
        return (int)Math.Max(MinimumSize, (count + tasks - 1) / tasks);
    }

    /// <summary>
    /// Runs <paramref name="score"/> over consecutive partitions in parallel. On an invalid answer or response, every lower
    /// partition still completes (<see cref="ParallelLoopState.Break"/>), so the exception rethrown is the batch's first,
    /// whatever the timing.
    /// </summary>
    public static void Run(int count, int partitionSize, BatchOptions options, Action<int, int> score)
    {
        var partitions = (count + partitionSize - 1) / partitionSize;
        var failures = new Exception?[partitions];
        Parallel.For(
            0,
            partitions,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
            (partition, state) =>
            {
                var start = partition * partitionSize;
                try
                {
                    score(start, Math.Min(count, start + partitionSize));
                }
                catch (Exception e) when (e is InvalidAnswerException or ArgumentException)
                {
                    failures[partition] = e;
                    state.Break();
                }
            });

        foreach (var failure in failures)
        {
            if (failure is not null)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }
    }
}
