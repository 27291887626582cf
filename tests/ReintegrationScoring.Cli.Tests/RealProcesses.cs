using Xunit;

namespace ReintegrationScoring.Cli.Tests;

/// <summary>Process tests measure how fast the tool reacts; they run one class at a time, not alongside each other.</summary>
[CollectionDefinition(nameof(RealProcesses), DisableParallelization = true)]
public sealed class RealProcesses
{
}
