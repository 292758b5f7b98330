using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import;

/// <summary>Unit, year and codes from titles, cover pages and labelled lines.</summary>
internal static partial class HeaderFields
{
    public static void Read(List<TextLine> lines, DocBuilder b)
    {
        // Labelled unit: 部门(单位)名称: X / 部门名称 X 单位数: 1.
        foreach (var line in lines.Take(60))
        {
            var t = line.Text.Trim();
            var m = UnitLabel().Match(t);
            if (m.Success && b.Unit is null)
            {
                var v = TextNormalizer.JoinCjk(m.Groups["v"].Value.Trim().TrimEnd('|').Trim());
                if (v.Length >= 2 && !TextNormalizer.IsPlaceholder(v))
                {
                    b.Unit = v;
                    b.Source("unit", line);
                }

                if (m.Groups["count"].Success && int.TryParse(m.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    b.UnitCount = count;
                    b.Source("unitCount", line);
                }
            }

            var code = UnitCodeLabel().Match(TextNormalizer.Compact(t));
            if (code.Success && b.UnitCode is null)
            {
                b.UnitCode = code.Groups["v"].Value;
                b.Source("unitCode", line);
            }
        }

        // Year: "(2022年度)" first, then the title, then the first "YYYY年度" of the opening lines.
        foreach (var line in lines.Take(40))
        {
            var c = TextNormalizer.Compact(line.Text);
            var m = YearInParens().Match(c);
            if (m.Success && IsPlausibleYear(m.Groups["y"].Value, out var y))
            {
                b.Year = y;
                b.Source("year", line);
                break;
            }
        }

        for (var i = 0; i < Math.Min(lines.Count, 12); i++)
        {
            var line = lines[i];
            var c = TextNormalizer.Compact(line.Text);
            if (c.Length == 0 || c.Length > 160 || Publication().IsMatch(c))
            {
                continue;
            }

            var next = i + 1 < lines.Count ? TextNormalizer.Compact(lines[i + 1].Text) : string.Empty;
            var title = TitleUnitYear().Match(c);
            if (!title.Success && next.Length > 0 && next.Length < 40)
            {
                title = TitleUnitYear().Match(c + next);
            }

            if (title.Success)
            {
                if (b.Year is null && IsPlausibleYear(title.Groups["y"].Value, out var y))
                {
                    b.Year = y;
                    b.Source("year", line);
                }

                var unit = CleanUnit(title.Groups["u"].Value);
                if (b.Unit is null && LooksLikeUnit(unit))
                {
                    b.Unit = unit;
                    b.Source("unit", line);
                }

                continue;
            }

            var yu = YearThenUnit().Match(c);
            if (yu.Success && (next.Contains("自评表", StringComparison.Ordinal) || next.Contains("自评报告", StringComparison.Ordinal)))
            {
                if (b.Year is null && IsPlausibleYear(yu.Groups["y"].Value, out var y))
                {
                    b.Year = y;
                    b.Source("year", line);
                }

                var unit = CleanUnit(yu.Groups["u"].Value);
                if (b.Unit is null && LooksLikeUnit(unit))
                {
                    b.Unit = unit;
                    b.Source("unit", line);
                }
            }
        }

        if (b.Year is null)
        {
            foreach (var line in lines.Take(15))
            {
                var c = TextNormalizer.Compact(line.Text);
                if (Publication().IsMatch(c))
                {
                    continue;
                }

                var m = AnyYear().Match(c);
                if (m.Success && IsPlausibleYear(m.Groups["y"].Value, out var y))
                {
                    b.Year = y;
                    b.Source("year", line);
                    break;
                }
            }
        }
    }

    private static bool IsPlausibleYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1990 and <= 2100;

    private static string CleanUnit(string unit)
    {
        var u = unit.Trim().TrimStart(':', '：');
        foreach (var prefix in new[] { "附件:", "附件", "关于" })
        {
            if (u.StartsWith(prefix, StringComparison.Ordinal))
            {
                u = u[prefix.Length..];
            }
        }

        return u;
    }

    /// <summary>A budget unit's name ends in a body's word (部, 局, 委员会, 中心 …), optionally with （本级）.</summary>
    private static bool LooksLikeUnit(string unit) => unit.Length >= 3 && UnitSuffix().IsMatch(unit);

    [GeneratedRegex(@"^(?:部门\s*[(（]单位[)）]\s*名称|部门名称|单位名称|预算单位名称|预算单位)\s*[:：]?\s*(?<v>.+?)(?:\s+单位数\s*[:：]?\s*(?<count>\d+))?\s*$")]
    private static partial Regex UnitLabel();

    [GeneratedRegex(@"^(?:预算编码|单位编码|部门编码|预算单位编码)[:：]?(?<v>[0-9A-Za-z]{3,30})")]
    private static partial Regex UnitCodeLabel();

    [GeneratedRegex(@"[(（](?<y>(?:19|20)\d{2})年度?[)）]")]
    private static partial Regex YearInParens();

    [GeneratedRegex(@"^(?<u>.*?)(?<y>(?:19|20)\d{2})年度?(?:部门整体支出|整体支出|部门整体|项目支出|部门预算项目支出|.{0,20}转移支付)?.{0,16}(?:绩效自评|绩效评价|自评)(?:报告|表)")]
    private static partial Regex TitleUnitYear();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})年度?(?<u>.{3,60})$")]
    private static partial Regex YearThenUnit();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})年")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"发布|来源|日期|时间|印发|\d{4}-\d{2}-\d{2}")]
    private static partial Regex Publication();

    [GeneratedRegex(@"(部|局|委|会|办|室|院|所|站|队|中心|政府|处|馆|校|厅|署|社|团|公司|街道|镇|乡)(?:[(（]本级[)）])?$")]
    private static partial Regex UnitSuffix();
}
