using System;

namespace ReintegrationScoring.Analysis.Statistics;

/// <summary>
/// The 0.975 quantile of Student's t distribution, t(0.975, ν), the factor of every 95 % confidence interval of the
/// package. Accurate to about 1e-13 for every ν ≥ 1.
/// </summary>
/// <remarks>
/// For integer ν the two-sided probability A(t | ν) = P(|T| ≤ t) is a finite trigonometric series in θ = atan(t/√ν)
/// (Abramowitz and Stegun 26.7.3 and 26.7.4), whose derivative in θ is a single power of cos θ; Newton's method on θ
/// solves A = 0.95 to full precision in a few steps. Above <see cref="SeriesLimit"/> degrees of freedom the series grows
/// long and the Cornish–Fisher expansion in 1/ν (A and S 26.7.5, four terms) is already exact to double precision.
/// </remarks>
internal static class StudentT
{
    /// <summary>Beyond this many degrees of freedom the expansion in 1/ν is used.</summary>
    internal const int SeriesLimit = 1000;

    private const double TwoSidedProbability = 0.95;

    // Φ⁻¹(0.975), the normal quantile the expansion starts from.
    private const double NormalQuantile = 1.959963984540054235524594430520551527955550;

    /// <summary>t(0.975, <paramref name="degreesOfFreedom"/>).</summary>
    /// <param name="degreesOfFreedom">At least 1.</param>
    /// <returns>The quantile, greater than Φ⁻¹(0.975) ≈ 1.96.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreesOfFreedom"/> is below 1.</exception>
    public static double Quantile975(long degreesOfFreedom)
    {
        if (degreesOfFreedom < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "At least 1 degree of freedom.");
        }

        return degreesOfFreedom > SeriesLimit ? Expansion(degreesOfFreedom) : BySeries((int)degreesOfFreedom);
    }

    private static double Expansion(double nu)
    {
        var x = NormalQuantile;
        var x2 = x * x;
        var g1 = x * (x2 + 1) / 4;
        var g2 = x * ((((5 * x2) + 16) * x2) + 3) / 96;
        var g3 = x * ((((((3 * x2) + 19) * x2) + 17) * x2) - 15) / 384;
        var g4 = x * ((((((((79 * x2) + 776) * x2) + 1482) * x2) - 1920) * x2) - 945) / 92160;
        return x + ((g1 + ((g2 + ((g3 + (g4 / nu)) / nu)) / nu)) / nu);
    }

    private static double BySeries(int nu)
    {
        // Start from the expansion (good to a few parts in a thousand even at ν = 1) and refine θ by Newton's method.
        var theta = Math.Atan(Math.Min(Expansion(nu), 50) / Math.Sqrt(nu));
        var slope = SlopeConstant(nu);
        for (var step = 0; step < 100; step++)
        {
            var cos = Math.Cos(theta);
            var next = theta - ((TwoSided(nu, theta) - TwoSidedProbability) / (slope * Math.Pow(cos, nu - 1)));
            next = Math.Min(Math.Max(next, theta / 2), (theta + (Math.PI / 2)) / 2);
            if (Math.Abs(next - theta) <= 1e-17 * theta)
            {
                theta = next;
                break;
            }

            theta = next;
        }

        return Math.Sqrt(nu) * Math.Tan(theta);
    }

    // A(t | ν) as a function of θ.
    private static double TwoSided(int nu, double theta)
    {
        var sin = Math.Sin(theta);
        var cos = Math.Cos(theta);
        var cos2 = cos * cos;
        double term, sum;
        if (nu % 2 == 1)
        {
            // 2/π [θ + sin θ (cos θ + 2/3 cos³θ + … + (2·4…(ν−3))/(1·3…(ν−2)) cos^(ν−2) θ)]
            if (nu == 1)
            {
                return 2 * theta / Math.PI;
            }

            term = cos;
            sum = cos;
            for (var k = 3; k <= nu - 2; k += 2)
            {
                term *= cos2 * (k - 1) / k;
                sum += term;
            }

            return 2 / Math.PI * (theta + (sin * sum));
        }

        // sin θ [1 + 1/2 cos²θ + (1·3)/(2·4) cos⁴θ + … + (1·3…(ν−3))/(2·4…(ν−2)) cos^(ν−2) θ]
        term = 1;
        sum = 1;
        for (var k = 2; k <= nu - 2; k += 2)
        {
            term *= cos2 * (k - 1) / k;
            sum += term;
        }

        return sin * sum;
    }

    // dA/dθ = 2 Γ((ν+1)/2) / (√π Γ(ν/2)) · cos^(ν−1) θ; the constant by the recurrence r(ν+2) = r(ν)·(ν+1)/ν.
    private static double SlopeConstant(int nu)
    {
        var ratio = nu % 2 == 1 ? 1 / Math.Sqrt(Math.PI) : Math.Sqrt(Math.PI) / 2;
        for (var k = nu % 2 == 1 ? 1 : 2; k < nu; k += 2)
        {
            ratio *= (k + 1.0) / k;
        }

        return 2 * ratio / Math.Sqrt(Math.PI);
    }
}
