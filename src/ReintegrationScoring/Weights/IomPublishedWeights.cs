using System;
using System.Collections.Generic;

namespace ReintegrationScoring;

/// <summary>
/// The six weight pairs that IOM's source document prints, and nothing more. They are not a weight set: IOM's full table
/// (Reintegration Handbook, 2019, Annex 4) is not available to this project, and no other weight may be presented as
/// IOM's. Use them to check a loaded official table, and in tests and documentation.
/// </summary>
public static class IomPublishedWeights
{
    /// <summary>The published pairs, in the source's order.</summary>
    public static IReadOnlyList<PublishedWeightPair> Pairs { get; } = Array.AsReadOnly(new[]
    {
        new PublishedWeightPair("ECO_SATISFACTION", "Satisfaction quant à la situation économique", 0.15, 0.05),
        new PublishedWeightPair("ECO_BORROW_ABILITY", "Capacité d'emprunt", 0.08, 0.02),
        new PublishedWeightPair("SOC_HOUSING_ACCESS", "Accès au logement au sein de la communauté", 0.10, 0.03),
        new PublishedWeightPair("SOC_EDUCATION_ACCESS", "Accès à l'éducation au sein de la communauté", 0.11, 0.03),
        new PublishedWeightPair("PSY_SOCIAL_ACTIVITIES", "Participation à des activités sociales", 0.12, 0.04),
        new PublishedWeightPair("PSY_SUPPORT_NETWORK", "Solidité du réseau de soutien", 0.05, 0.03),
    });
}
