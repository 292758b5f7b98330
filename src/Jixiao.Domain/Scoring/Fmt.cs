namespace Jixiao.Domain.Scoring;

/// <summary>
/// Fast equivalents of <see cref="Money.Format"/>, <see cref="Money.FormatShort"/> and
/// <see cref="Money.FormatPercent"/> for the explanations the scorer writes on every indicator
/// (the same rounding, 四舍五入; the same text, checked by a property test). Falls back to Money's
/// own formatting for values too large for a 64-bit integer of hundredths.
/// </summary>
internal static class Fmt
{
    private const decimal Limit = 1_000_000_000_000_000m;

    public static string Two(decimal value)
    {
        var r = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return r is > Limit or < -Limit ? Money.Format(value) : Fixed((long)(r * 100m), 2, trim: false);
    }

    public static string Short(decimal value)
    {
        var r = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return r is > Limit or < -Limit ? Money.FormatShort(value) : Fixed((long)(r * 100m), 2, trim: true);
    }

    public static string Percent(decimal ratio, int decimals = 1)
    {
        var r = Math.Round(ratio * 100m, decimals, MidpointRounding.AwayFromZero);
        if (r is > Limit or < -Limit || decimals is < 0 or > 6)
        {
            return Money.FormatPercent(ratio, decimals);
        }

        var scale = 1L;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        return Fixed((long)(r * scale), decimals, trim: false) + "%";
    }

    /// <summary>n / 10^decimals written with exactly <paramref name="decimals"/> places, or without trailing zeros.</summary>
    private static string Fixed(long n, int decimals, bool trim)
    {
        Span<char> buffer = stackalloc char[32];
        var pos = buffer.Length;
        var negative = n < 0;
        var u = negative ? (ulong)(-n) : (ulong)n;
        var wroteFraction = false;
        for (var i = 0; i < decimals; i++)
        {
            var digit = (char)('0' + (int)(u % 10));
            u /= 10;
            if (trim && !wroteFraction && digit == '0')
            {
                continue;
            }

            buffer[--pos] = digit;
            wroteFraction = true;
        }

        if (wroteFraction)
        {
            buffer[--pos] = '.';
        }

        do
        {
            buffer[--pos] = (char)('0' + (int)(u % 10));
            u /= 10;
        }
        while (u != 0);

        if (negative && buffer[pos..].ContainsAnyExcept('0', '.'))
        {
            buffer[--pos] = '-';
        }

        return new string(buffer[pos..]);
    }
}
