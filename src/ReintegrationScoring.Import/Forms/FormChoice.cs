namespace ReintegrationScoring.Import;

/// <summary>One choice of a choice list: the value stored in submissions and exports, and its label.</summary>
internal sealed record FormChoice(string Name, FormText Label);
