namespace Jixiao.Domain.Checks;

/// <summary>
/// Rounding tolerance of stated figures. A figure written with k decimals may differ from the
/// exact value by half a unit of its last place (0.005 for two decimals). A sum of n such parts
/// may differ from the stated total by the parts' roundings plus the total's own: with two
/// decimals everywhere, (n + 1) × 0.005. Within it, a difference is a 提示 (rounding), not an error.
/// </summary>
public static class Tolerance
{
    /// <summary>Half a unit of the last written decimal of <paramref name="value"/> (decimal keeps its scale).</summary>
    public static decimal HalfUnit(decimal value)
    {
        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        scale = Math.Min(scale, 6);
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        return unit / 2m;
    }

    /// <summary>Tolerance of a total against the sum of its parts.</summary>
    public static decimal ForSum(decimal total, IEnumerable<decimal> parts) => HalfUnit(total) + parts.Sum(HalfUnit);

    /// <summary>Tolerance, in percentage points, of a stated rate against executed / budget.</summary>
    public static decimal ForRate(decimal statedPercent, decimal executed, decimal budget)
    {
        var rate = budget == 0m ? 0m : executed / budget * 100m;
        var relative = (executed == 0m ? 0m : HalfUnit(executed) / Math.Abs(executed)) + HalfUnit(budget) / Math.Abs(budget);
        return HalfUnit(statedPercent) + Math.Abs(rate) * relative;
    }
}
