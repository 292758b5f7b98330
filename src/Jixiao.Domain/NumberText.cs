using System.Globalization;
using System.Text;

namespace Jixiao.Domain;

/// <summary>What a typed number turned out to be.</summary>
public enum NumberTextKind
{
    /// <summary>Nothing typed.</summary>
    Empty,

    /// <summary>A number, normalised.</summary>
    Number,

    /// <summary>Digits with separators that can be read two ways (<c>1.234,56</c>, <c>1,2,3</c>): refused, never guessed.</summary>
    Ambiguous,

    /// <summary>Text that is not a number (<c>七百万</c>, <c>按期完成</c>).</summary>
    NotANumber,
}

/// <summary>The result of reading a typed number: the value, or why not (in Chinese, for the field's message).</summary>
public readonly record struct NumberTextResult(NumberTextKind Kind, decimal Value, string? Problem)
{
    public bool IsNumber => Kind == NumberTextKind.Number;
}

/// <summary>
/// Numbers as people type them into a form with a Chinese input method: full-width digits and signs (<c>１２３．４５</c>),
/// thousands separators in groups of three (<c>2,322.6</c>, <c>2，322.6</c>), a trailing <c>万元</c> / <c>元</c> / <c>亿元</c> on
/// amounts (converted to 万元), a trailing unit on measured values (<c>95%</c> when the unit is %). Anything that could be
/// read two ways is refused with the reason, never guessed: <c>1.234,56</c> (a European decimal comma) and separators that
/// are not groups of three (<c>1,2,3</c>, <c>12,34</c>).
/// </summary>
public static class NumberText
{
    /// <summary>Reads a plain number (no unit suffix).</summary>
    public static NumberTextResult Parse(string? text) => Parse(text, null, amountIn10k: false);

    /// <summary>Reads an amount in 万元: <c>1,234.5万元</c> → 1234.5, <c>12,345元</c> → 1.2345, <c>1.2亿元</c> → 12000.</summary>
    public static NumberTextResult ParseAmount(string? text) => Parse(text, null, amountIn10k: true);

    /// <summary>Reads a measured value whose unit is <paramref name="unit"/> (e.g. "%", "人次"): a trailing copy of the unit is dropped.</summary>
    public static NumberTextResult ParseMeasured(string? text, string? unit) => Parse(text, unit, amountIn10k: false);

    /// <summary>Full-width ASCII to half-width, ideographic and no-break spaces removed, trimmed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case >= '\uFF01' and <= '\uFF5E':
                    sb.Append((char)(ch - 0xFEE0));
                    break;
                case '\u3000' or '\u00A0' or ' ' or '\t' or '\u2009' or '\u202F':
                    break;
                case '\u2212' or '\u2013':
                    sb.Append('-');
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        return sb.ToString().Trim();
    }

    private static NumberTextResult Parse(string? text, string? unit, bool amountIn10k)
    {
        var t = Normalize(text);
        if (t.Length == 0)
        {
            return new(NumberTextKind.Empty, 0m, null);
        }

        var factor = 1m;
        if (amountIn10k)
        {
            if (t.EndsWith("亿元", StringComparison.Ordinal))
            {
                (t, factor) = (t[..^2], 10000m);
            }
            else if (t.EndsWith("万元", StringComparison.Ordinal))
            {
                t = t[..^2];
            }
            else if (t.EndsWith('万'))
            {
                t = t[..^1];
            }
            else if (t.EndsWith('元'))
            {
                (t, factor) = (t[..^1], 0.0001m);
            }
        }
        else
        {
            var u = Normalize(unit);
            if (u.Length > 0 && t.Length > u.Length && t.EndsWith(u, StringComparison.Ordinal))
            {
                t = t[..^u.Length];
            }
        }

        if (!t.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-' or '+'))
        {
            return new(NumberTextKind.NotANumber, 0m, "不是数字");
        }

        var body = t.TrimStart('+', '-');
        if (t.Length - body.Length > 1 || body.Contains('-', StringComparison.Ordinal) || body.Contains('+', StringComparison.Ordinal) || body.Length == 0)
        {
            return new(NumberTextKind.NotANumber, 0m, "正负号位置不对");
        }

        var dots = body.Count(c => c == '.');
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        if (dots > 1)
        {
            return new(NumberTextKind.Ambiguous, 0m, "有多个小数点，无法确定数值（如为千位分隔请用逗号，如 1,234.56）");
        }

        if (comma >= 0)
        {
            var dot = body.IndexOf('.', StringComparison.Ordinal);
            if (dot >= 0 && dot < comma)
            {
                return new(NumberTextKind.Ambiguous, 0m, "逗号出现在小数点之后（如 1.234,56），无法确定是千位分隔还是小数，请写成 1234.56");
            }

            var integer = dot >= 0 ? body[..dot] : body;
            var groups = integer.Split(',');
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return new(NumberTextKind.Ambiguous, 0m, "逗号不是每三位一组的千位分隔符（如 1,2,3），无法确定数值");
            }

            body = body.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        if (body.StartsWith('.') || body.EndsWith('.'))
        {
            body = body.StartsWith('.') ? "0" + body : body[..^1];
        }

        if (!decimal.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new(NumberTextKind.NotANumber, 0m, "数值超出范围");
        }

        if (t.StartsWith('-'))
        {
            value = -value;
        }

        return new(NumberTextKind.Number, value * factor, null);
    }
}
