using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace ReintegrationScoring.Cli.Scoring;

/// <summary>
/// The tool's one way of using every core on a stream of rows: a reader thread fills batches, worker threads process
/// them, and the caller receives them in the order they were filled. A fixed pool of batches bounds memory whatever
/// the input's size or the caller's speed. A failure is rethrown to the caller in order: a worker's at its batch, the
/// reader's after every batch filled before it.
/// </summary>
internal static class OrderedBatches
{
    /// <summary>Runs the flow; the caller owns each batch until it asks for the next.</summary>
    /// <typeparam name="TBatch">A reusable batch.</typeparam>
    /// <param name="workers">Processing threads (at least 1).</param>
    /// <param name="create">Creates one batch of the pool.</param>
    /// <param name="fill">Clears and fills a batch on the reader thread; false at the end of the input.</param>
    /// <param name="newWorker">Called once per worker thread for its own processing step (each may hold buffers).</param>
    /// <param name="cancellation">Stops every thread between batches.</param>
    /// <returns>The processed batches, in input order.</returns>
    public static IEnumerable<TBatch> Run<TBatch>(int workers, Func<TBatch> create, Func<TBatch, bool> fill, Func<Action<TBatch>> newWorker, CancellationToken cancellation)
        where TBatch : class
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var free = new BlockingCollection<Slot<TBatch>>(new ConcurrentQueue<Slot<TBatch>>());
        using var toProcess = new BlockingCollection<Slot<TBatch>>(new ConcurrentQueue<Slot<TBatch>>());
        using var inOrder = new BlockingCollection<Slot<TBatch>>(new ConcurrentQueue<Slot<TBatch>>());
        var slots = Enumerable.Range(0, (2 * workers) + 2).Select(_ => new Slot<TBatch>(create())).ToArray();
        foreach (var slot in slots)
        {
            free.Add(slot, CancellationToken.None);
        }

        Exception? readFailure = null;
        var tasks = new List<Task> { Start(() => Read(fill, free, toProcess, inOrder, ref readFailure, stop.Token), stop.Token) };
        for (var i = 0; i < workers; i++)
        {
            tasks.Add(Start(() => Process(newWorker(), toProcess, stop.Token), stop.Token));
        }

        try
        {
            foreach (var slot in inOrder.GetConsumingEnumerable(stop.Token))
            {
                slot.Done.Wait(stop.Token);
                if (slot.Failure is { } failure)
                {
                    ExceptionDispatchInfo.Capture(failure).Throw();
                }

                yield return slot.Batch;
                free.Add(slot, stop.Token);
            }

            if (readFailure is not null)
            {
                ExceptionDispatchInfo.Capture(readFailure).Throw();
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                Task.WaitAll(tasks.ToArray(), CancellationToken.None);
            }
            catch (AggregateException e) when (e.Flatten().InnerExceptions.All(inner => inner is OperationCanceledException))
            {
                // The threads were told to stop; nothing was lost that the exception in flight does not report.
            }

            foreach (var slot in slots)
            {
                slot.Done.Dispose();
            }
        }
    }

    private static Task Start(Action action, CancellationToken stop) =>
        Task.Factory.StartNew(action, stop, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void Read<TBatch>(
        Func<TBatch, bool> fill,
        BlockingCollection<Slot<TBatch>> free,
        BlockingCollection<Slot<TBatch>> toProcess,
        BlockingCollection<Slot<TBatch>> inOrder,
        ref Exception? failure,
        CancellationToken stop)
        where TBatch : class
    {
        try
        {
            while (true)
            {
                var slot = free.Take(stop);
                slot.Failure = null;
                slot.Done.Reset();
                if (!fill(slot.Batch))
                {
                    break;
                }

                toProcess.Add(slot, stop);
                inOrder.Add(slot, stop);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
        }
        finally
        {
            toProcess.CompleteAdding();
            inOrder.CompleteAdding();
        }
    }

    private static void Process<TBatch>(Action<TBatch> process, BlockingCollection<Slot<TBatch>> toProcess, CancellationToken stop)
        where TBatch : class
    {
        foreach (var slot in toProcess.GetConsumingEnumerable(stop))
        {
            try
            {
                process(slot.Batch);
            }
            catch (Exception e)
            {
                // Handed to the caller, which rethrows it in input order.
                slot.Failure = e;
            }
            finally
            {
                slot.Done.Set();
            }
        }
    }

    /// <summary>A batch with what its worker reports: done, and how it failed if it did.</summary>
    private sealed class Slot<TBatch>(TBatch batch)
    {
        public TBatch Batch { get; } = batch;

        public ManualResetEventSlim Done { get; } = new(false);

        public Exception? Failure { get; set; }
    }
}
