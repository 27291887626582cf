using Xunit;

namespace ReintegrationScoring.Tests;

/// <summary>Tests that redirect the process-wide console run alone, so that no other test writes into their capture.</summary>
[CollectionDefinition(nameof(ConsoleUsers), DisableParallelization = true)]
public sealed class ConsoleUsers
{
}
