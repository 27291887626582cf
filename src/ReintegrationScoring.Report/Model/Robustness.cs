using System.Collections.Generic;

namespace ReintegrationScoring.Report;

/// <summary>The robustness section: how group ranks move when the weights are perturbed.</summary>
/// <param name="Attribute">The attribute whose groups are ranked.</param>
/// <param name="Draws">The number of perturbed weight sets.</param>
/// <param name="Noise">The noise factor F: each weight is multiplied by 1 + F·u, u uniform on [−1, 1].</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="Ranks">One entry per group, round and score shown.</param>
public sealed record Robustness(string Attribute, int Draws, double Noise, ulong Seed, IReadOnlyList<GroupRank> Ranks);
