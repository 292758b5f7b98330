using System.Globalization;
using System.Text;

namespace Jixiao.Documents.OwnFiles;

/// <summary>Normalises what people do to cells: full-width digits and signs, thousands separators, stray spaces.</summary>
internal static class CellText
{
    /// <summary>Full-width ASCII (！ to ～) to half-width, ideographic space to space, then trimmed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                '\u3000' or '\u00A0' => ' ',
                _ => ch,
            });
        }

        return sb.ToString().Trim();
    }

    /// <summary>Parses a number written by a person: "９９", "99.0", "1,297.59", " 9 ", "80%".</summary>
    public static bool TryNumber(string? text, out decimal value, out bool percent)
    {
        var t = Normalize(text).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        percent = t.EndsWith('%');
        if (percent)
        {
            t = t[..^1];
        }

        return decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Names compared without spaces, line breaks and the "（名称待补）" marker.</summary>
    public static string Key(string? text) => new(Normalize(text)
        .Replace("（名称待补）", string.Empty, StringComparison.Ordinal)
        .Replace("(名称待补)", string.Empty, StringComparison.Ordinal)
        .Where(c => !char.IsWhiteSpace(c)).ToArray());
}
