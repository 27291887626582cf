using Xunit;

namespace ReintegrationScoring.Tests.Support;

/// <summary>Tests that change the process-wide kernel setting: they run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelSetting
{
    public const string Name = "Kernel setting";
}
