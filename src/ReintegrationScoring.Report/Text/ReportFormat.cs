using System;
using System.Globalization;
using System.Text;

namespace ReintegrationScoring.Report.Text;

/// <summary>
/// The page's number formats, per language. Written by hand rather than through CultureInfo because the tool runs
/// with invariant globalization (no culture data): the French conventions are spelled out here, so they hold anywhere.
/// </summary>
internal sealed class ReportFormat
{
    /// <summary>U+202F NARROW NO-BREAK SPACE: French thousands separator and the space before % and :.</summary>
    public const char NarrowSpace = '\u202F';

    private ReportFormat(ReportLanguage language) => Language = language;

    public static ReportFormat English { get; } = new(ReportLanguage.English);

    public static ReportFormat French { get; } = new(ReportLanguage.French);

    public ReportLanguage Language { get; }

    public string Tag => Language == ReportLanguage.French ? LocalizedText.FrenchTag : LocalizedText.EnglishTag;

    private char DecimalSeparator => Language == ReportLanguage.French ? ',' : '.';

    private char GroupSeparator => Language == ReportLanguage.French ? NarrowSpace : ',';

    public static ReportFormat For(ReportLanguage language) => language == ReportLanguage.French ? French : English;

    /// <summary>A label in this language (the catalog's or the page's own), English when the language is absent.</summary>
    public string Text(LocalizedText text) => text.Get(Tag);

    /// <summary>A count with thousands separators: 1,234,567 / 1 234 567.</summary>
    public string Count(long value)
    {
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(digits.Length + (digits.Length / 3) + 1);
        if (value < 0)
        {
            builder.Append('−');
        }

        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append(GroupSeparator);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    /// <summary>A number with a fixed number of decimals; the minus sign is U+2212 as typography wants; empty for null.</summary>
    public string Number(double? value, int decimals)
    {
        if (value is not { } number)
        {
            return string.Empty;
        }

        var rounded = Math.Round(number, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = long.Parse(point < 0 ? text : text[..point], CultureInfo.InvariantCulture);
        var result = Count(integer) + (point < 0 ? string.Empty : DecimalSeparator + text[(point + 1)..]);
        return rounded < 0 ? "−" + result : result;
    }

    /// <summary>A score in [0, 1], three decimals: 0.523 / 0,523.</summary>
    public string Score(double? value) => Number(value, 3);

    /// <summary>A signed change of score, three decimals with an explicit + for gains.</summary>
    public string Change(double? value) => value is > 0 ? "+" + Number(value, 3) : Number(value, 3);

    /// <summary>A fraction in [0, 1] as a percentage, one decimal: 12.5% / 12,5 %.</summary>
    public string Percent(double? fraction) =>
        fraction is not { } f ? string.Empty : Number(f * 100, 1) + (Language == ReportLanguage.French ? NarrowSpace + "%" : "%");

    /// <summary>A percentage on an axis: no decimal unless the tick needs one (2.5%).</summary>
    public string AxisPercent(double fraction)
    {
        var percent = Math.Round(fraction * 100, 6);
        return Number(percent, Math.Abs(percent % 1) < 1e-9 ? 0 : 1) + (Language == ReportLanguage.French ? NarrowSpace + "%" : "%");
    }

    /// <summary>A rank or rank percentile, one decimal.</summary>
    public string Rank(double? value) => Number(value, 1);

    /// <summary>The generation time, ISO-like and unambiguous in both languages, in UTC.</summary>
    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A number for an SVG attribute: invariant, at most two decimals.</summary>
    public static string Svg(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A value for a <c>data-value</c> attribute: invariant round-trip, so tests compare the exact figure.</summary>
    public static string Raw(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
