using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace ReintegrationScoring.Benchmarks;

/// <summary>
/// The machine's limits that batch scoring is compared to: single-thread memory bandwidth on buffers far larger than
/// the caches (read; write with ordinary stores, which also read each line first; copy), and the latency of a dependent
/// double addition (2 cycles on current x64 cores), from which the clock rate follows.
/// </summary>
[Config(typeof(MemoryBandwidthBenchmarks.Config))]
[MemoryDiagnoser]
public class MemoryBandwidthBenchmarks
{
    /// <summary>256 MiB per buffer: eight times the last-level cache of the machine the results were taken on.</summary>
    public const int BufferBytes = 256 << 20;

    public const int DependentAdds = 100_000_000;

    private double[] _source = null!;
    private double[] _target = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = new double[BufferBytes / sizeof(double)];
        _target = new double[BufferBytes / sizeof(double)];
        _source.AsSpan().Fill(1);
        _target.AsSpan().Fill(2);
    }

    /// <summary>Sums the source with four independent 256-bit accumulators.</summary>
    [Benchmark(Baseline = true, Description = "read 256 MiB")]
    public double Read()
    {
        ref var source = ref MemoryMarshal.GetArrayDataReference(_source);
        Vector256<double> a = default, b = default, c = default, d = default;
        for (nuint i = 0; i < (nuint)_source.Length; i += 16)
        {
            a += Vector256.LoadUnsafe(ref source, i);
            b += Vector256.LoadUnsafe(ref source, i + 4);
            c += Vector256.LoadUnsafe(ref source, i + 8);
            d += Vector256.LoadUnsafe(ref source, i + 12);
        }

        return Vector256.Sum(a + b + c + d);
    }

    /// <summary>Ordinary 256-bit stores, as scoring writes its results (each line is also read for ownership).</summary>
    [Benchmark(Description = "write 256 MiB")]
    public void Write()
    {
        ref var target = ref MemoryMarshal.GetArrayDataReference(_target);
        var value = Vector256.Create(3.0);
        for (nuint i = 0; i < (nuint)_target.Length; i += 16)
        {
            value.StoreUnsafe(ref target, i);
            value.StoreUnsafe(ref target, i + 4);
            value.StoreUnsafe(ref target, i + 8);
            value.StoreUnsafe(ref target, i + 12);
        }
    }

    /// <summary>Reads the source and writes the target with ordinary loads and stores (512 MiB moved).</summary>
    [Benchmark(Description = "copy 256 MiB")]
    public void Copy()
    {
        ref var source = ref MemoryMarshal.GetArrayDataReference(_source);
        ref var target = ref MemoryMarshal.GetArrayDataReference(_target);
        for (nuint i = 0; i < (nuint)_source.Length; i += 16)
        {
            Vector256.LoadUnsafe(ref source, i).StoreUnsafe(ref target, i);
            Vector256.LoadUnsafe(ref source, i + 4).StoreUnsafe(ref target, i + 4);
            Vector256.LoadUnsafe(ref source, i + 8).StoreUnsafe(ref target, i + 8);
            Vector256.LoadUnsafe(ref source, i + 12).StoreUnsafe(ref target, i + 12);
        }
    }

    /// <summary>A chain of dependent double additions: 2 cycles each on current x64 cores, so twice the clock period.</summary>
    [Benchmark(Description = "1e8 dependent double adds")]
    public double DependentAddChain() => AddChain(DependentAdds, _source[0]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double AddChain(int count, double step)
    {
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += step;
        }

        return sum;
    }

    /// <summary>Bytes each benchmark moves per operation (a copy counts its reads and its writes).</summary>
    private static double BytesMoved(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethod.Name switch
    {
        nameof(Read) or nameof(Write) => BufferBytes,
        nameof(Copy) => 2.0 * BufferBytes,
        _ => 0,
    };

    public sealed class Config : BenchmarkConfig
    {
        public Config() => AddColumn(new ThroughputColumn("GB/s", BytesMoved, 1e-9, "N1", "Bytes moved per second, in 10^9: bytes / Mean"));
    }
}
