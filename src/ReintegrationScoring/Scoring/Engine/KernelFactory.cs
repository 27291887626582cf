using System;
#if NET
using ReintegrationScoring.Scoring.Engine.Lanes;
#endif

namespace ReintegrationScoring.Scoring.Engine;

/// <summary>
/// Chooses an engine's kernel: the fastest this build, CPU and catalog support, unless the
/// <see cref="SettingName"/> AppContext setting or the <see cref="EnvironmentVariable"/> environment variable names one
/// (docs/performance.md, "Choosing the kernel"). Read once per engine, when it is built.
/// </summary>
internal static class KernelFactory
{
    /// <summary>The AppContext setting naming the kernel; it takes precedence over the environment variable.</summary>
    public const string SettingName = "ReintegrationScoring.ScoringKernel";

    /// <summary>The environment variable naming the kernel.</summary>
    public const string EnvironmentVariable = "RSS_SCORING_KERNEL";

    /// <summary>Every kernel's name, slowest first.</summary>
    public static readonly string[] Names = { ReferenceKernel.KernelName, "fully-answered", "lanes" };

    /// <summary>The kernels compiled into this build (the accelerators need .NET's vector and intrinsic APIs).</summary>
#if NET
    public static readonly string[] InThisBuild = Names;
#else
    public static readonly string[] InThisBuild = { ReferenceKernel.KernelName };
#endif

    /// <summary>The kernel named by the setting, or the fastest supported.</summary>
    /// <exception cref="NotSupportedException">The setting names an unknown kernel, or one this build, CPU or catalog cannot run.</exception>
    public static ScoringKernel Create(EngineTables tables, ScoreRules rules, ReferenceKernel reference) =>
        Create(tables, rules, reference, Requested());

    public static ScoringKernel Create(EngineTables tables, ScoreRules rules, ReferenceKernel reference, string? name)
    {
        if (name is not null && Array.IndexOf(Names, name) < 0)
        {
            throw new NotSupportedException($"Unknown scoring kernel '{name}' in {SettingName} or {EnvironmentVariable}; expected one of: {string.Join(", ", Names)}.");
        }

        if (name == ReferenceKernel.KernelName)
        {
            return reference;
        }

#if NET
        var scalar = new FullyAnsweredKernel(tables, reference, new FullyAnsweredScores(tables, reference, rules));
        if (name == FullyAnsweredKernel.KernelName || (name is null && !LaneKernel.IsSupported(tables)))
        {
            return scalar;
        }

        if (LaneKernel.IsSupported(tables))
        {
            return LaneKernel.Create(tables, rules, scalar);
        }
#else
        if (name is null)
        {
            return reference;
        }
#endif

        throw new NotSupportedException($"The scoring kernel '{name}' named in {SettingName} or {EnvironmentVariable} cannot run in this build, on this CPU or for this catalog.");
    }

    /// <summary>The kernel named by the AppContext setting, else by the environment variable; null when neither names one.</summary>
    private static string? Requested()
    {
        var name = AppContext.GetData(SettingName) as string;
        if (string.IsNullOrWhiteSpace(name))
        {
            name = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        return string.IsNullOrWhiteSpace(name) ? null : name!.Trim().ToLowerInvariant();
    }
}
