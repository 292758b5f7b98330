namespace Jixiao.Documents.Reading;

/// <summary>
/// Whether a stated execution rate is executed ÷ budget, to the rate's written precision: half a unit of its last decimal,
/// plus 0.01 for amounts that were rounded in their turn (80.4% for 96.5 ÷ 120; 100% for 99.6 ÷ 100). The one rule for every
/// reader that checks a rate against its figures; a reader that replaces a figure read by another (FlushBudgetByRate) asks
/// for the rate's precision exactly.
/// </summary>
internal static class RateAgreement
{
    /// <summary>One unit of the last decimal of a figure written with <paramref name="decimals"/> decimals (2 → 0.01).</summary>
    public static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals && i < 10; i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    /// <summary>How far a computed rate may be from one stated with <paramref name="decimals"/> decimals.</summary>
    public static decimal Tolerance(int decimals) => (Unit(decimals) / 2) + 0.01m;

    /// <summary>A computed rate agrees with one stated with <paramref name="decimals"/> decimals.</summary>
    public static bool Agrees(decimal computed, decimal rate, int decimals) => Math.Abs(computed - rate) <= Tolerance(decimals);

    /// <summary>executed ÷ budget agrees with the stated rate, to the decimals the rate was written with.</summary>
    public static bool Agrees(decimal executed, decimal budget, decimal rate) => budget > 0 && Agrees(executed / budget * 100m, rate, Scale(rate));

    /// <summary>Decimals a parsed figure was written with (96.50 → 2).</summary>
    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
