namespace Jixiao.Domain;

/// <summary>
/// The one rounding policy of the product: 四舍五入 (half away from zero) to two decimals.
/// Every score and every amount shown to a person passes through here.
/// </summary>
public static class Money
{
    public const int Decimals = 2;

    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    public static decimal? Round(decimal? value) => value is { } v ? Round(v) : null;

    /// <summary>Formats an amount or score with two decimals, culture-invariant (e.g. 890.33).</summary>
    public static string Format(decimal value) => Round(value).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Formats without trailing zeros (99, 0.5, 91.28), culture-invariant.</summary>
    public static string FormatShort(decimal value) => Round(value).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An amount with two decimals and thousands separators, as published reports print them (2,322.60), culture-invariant.</summary>
    public static string FormatAmount(decimal value) => Round(value).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A ratio as a percentage with one decimal (0.802 → "80.2%").</summary>
    public static string FormatPercent(decimal ratio, int decimals = 1) =>
        Math.Round(ratio * 100m, decimals, MidpointRounding.AwayFromZero)
            .ToString("0." + new string('0', decimals), System.Globalization.CultureInfo.InvariantCulture) + "%";
}
