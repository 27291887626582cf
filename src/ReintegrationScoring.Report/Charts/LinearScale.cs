using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Report.Charts;

/// <summary>Maps a value domain onto a pixel range, and picks round tick values (1, 2, 2.5 or 5 × 10^k apart).</summary>
internal sealed class LinearScale
{
    public LinearScale(double domainLow, double domainHigh, double rangeLow, double rangeHigh)
    {
        if (!(domainHigh > domainLow))
        {
            domainHigh = domainLow + 1;
        }

        DomainLow = domainLow;
        DomainHigh = domainHigh;
        RangeLow = rangeLow;
        RangeHigh = rangeHigh;
    }

    public double DomainLow { get; }

    public double DomainHigh { get; }

    public double RangeLow { get; }

    public double RangeHigh { get; }

    public double this[double value] =>
        RangeLow + ((Math.Clamp(value, DomainLow, DomainHigh) - DomainLow) / (DomainHigh - DomainLow) * (RangeHigh - RangeLow));

    /// <summary>A domain that starts and ends on round ticks and contains [low, high].</summary>
    public static (double Low, double High) Nice(double low, double high, int ticks = 5)
    {
        if (!(high > low))
        {
            high = low + 1;
        }

        var step = Step(low, high, ticks);
        return (Math.Floor((low / step) + 1e-9) * step, Math.Ceiling((high / step) - 1e-9) * step);
    }

    public IReadOnlyList<double> Ticks(int count = 5)
    {
        var step = Step(DomainLow, DomainHigh, count);
        var ticks = new List<double>();
        for (var tick = Math.Ceiling((DomainLow / step) - 1e-9) * step; tick <= DomainHigh + (step * 1e-9); tick += step)
        {
            ticks.Add(Math.Abs(tick) < step * 1e-9 ? 0 : tick);
        }

        return ticks;
    }

    private static double Step(double low, double high, int ticks)
    {
        var raw = (high - low) / Math.Max(1, ticks);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
