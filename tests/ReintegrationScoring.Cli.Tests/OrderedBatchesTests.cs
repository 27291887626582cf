using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReintegrationScoring.Cli.Scoring;
using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>The reader–workers–caller flow that rss score and the cohort commands share.</summary>
public sealed class OrderedBatchesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Run_WorkersFinishingOutOfOrder_CallerGetsEveryBatchInFillOrder(int workers)
    {
        var next = 0;
        var seen = new List<int>();

        foreach (var batch in OrderedBatches.Run(workers, () => new Box(), b => Fill(b, ref next, 200), Work, CancellationToken.None))
        {
            Assert.Equal(batch.Number * 2, batch.Processed);
            seen.Add(batch.Number);
        }

        Assert.Equal(Enumerable.Range(0, 200), seen);
    }

    [Fact]
    public void Run_WorkerFails_EarlierBatchesArriveThenItsExceptionAtItsPlace()
    {
        var next = 0;
        var seen = new List<int>();

        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var batch in OrderedBatches.Run(2, () => new Box(), b => Fill(b, ref next, 100), FailAt(37), CancellationToken.None))
            {
                seen.Add(batch.Number);
            }
        });

        Assert.Equal("batch 37", e.Message);
        Assert.Equal(Enumerable.Range(0, 37), seen);
    }

    [Fact]
    public void Run_ReaderFails_EveryBatchFilledBeforeArrivesThenItsException()
    {
        var next = 0;
        var seen = new List<int>();

        var e = Assert.Throws<FormatException>(() =>
        {
            foreach (var batch in OrderedBatches.Run(3, () => new Box(), b => next == 50 ? throw new FormatException("row 50") : Fill(b, ref next, 100), Work, CancellationToken.None))
            {
                seen.Add(batch.Number);
            }
        });

        Assert.Equal("row 50", e.Message);
        Assert.Equal(Enumerable.Range(0, 50), seen);
    }

    [Fact]
    public void Run_CallerStopsEarly_ThreadsStopAndTheReaderReadsNoFurtherThanThePool()
    {
        var next = 0;

        foreach (var batch in OrderedBatches.Run(2, () => new Box(), b => Fill(b, ref next, 1_000_000), Work, CancellationToken.None))
        {
            if (batch.Number == 3)
            {
                break;
            }
        }

        // The pool holds 2 × workers + 2 batches: the reader can be at most that far ahead of the caller.
        Assert.InRange(Volatile.Read(ref next), 4, 4 + 6);
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var next = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => OrderedBatches.Run(2, () => new Box(), b => Fill(b, ref next, 10), Work, cancelled.Token).ToList());
    }

    private static bool Fill(Box box, ref int next, int count)
    {
        if (next == count)
        {
            return false;
        }

        box.Number = next++;
        box.Processed = -1;
        return true;
    }

    private static Action<Box> Work() => box =>
    {
        // Later batches often finish first: the even ones wait.
        if (box.Number % 2 == 0)
        {
            Thread.SpinWait(20_000);
        }

        box.Processed = box.Number * 2;
    };

    private static Func<Action<Box>> FailAt(int number) => () => box =>
    {
        if (box.Number == number)
        {
            throw new InvalidOperationException($"batch {number}");
        }

        box.Processed = box.Number * 2;
    };

    private sealed class Box
    {
        public int Number { get; set; }

        public int Processed { get; set; }
    }
}
