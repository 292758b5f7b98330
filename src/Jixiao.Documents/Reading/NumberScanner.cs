using System.Globalization;

namespace Jixiao.Documents.Reading;

/// <summary>What follows a number.</summary>
internal enum NumberSuffix
{
    /// <summary>Nothing that names a unit (end of text, punctuation, a separator).</summary>
    None,

    /// <summary>A money unit of the vocabulary (元, 万元, 亿元 …).</summary>
    Money,

    /// <summary>A rate suffix (%).</summary>
    Percent,

    /// <summary>A score suffix (分).</summary>
    Points,

    /// <summary>Some other unit or word (年, 月, 个, 人次 …): not an amount, rate or score.</summary>
    Other,
}

/// <summary>
/// A number as written: <see cref="Start"/>–<see cref="End"/> covers it with its approximation
/// marks and unit; <see cref="Digits"/> is the number itself; a run of numbers glued together by
/// extraction (120.0120.096.580.4) is <see cref="Glued"/> and has no value.
/// </summary>
internal sealed record NumberToken(int Start, int End, int NumStart, int NumEnd, string Digits, decimal? Value, NumberSuffix Suffix, string? Unit, decimal Factor, string? ApproxBefore, string? ApproxAfter, string? Inequality, bool Glued)
{
    /// <summary>Stated only approximately (余, 约, 多, &lt;, ≤ …): kept as text, never as an exact number.</summary>
    public bool Approximate => ApproxBefore is not null || ApproxAfter is not null || Inequality is not null;

    /// <summary>Decimal places as written.</summary>
    public int Decimals => Digits.Contains('.', StringComparison.Ordinal) ? Digits.Length - Digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
}

/// <summary>
/// Finds the numbers of a text in one linear pass: thousands separators, a sign, decimals, the unit
/// after it (money units with their factor to 万元, %, 分), approximation marks before and after,
/// inequalities, and glued runs. Never a regular expression: a 20,000-digit line stays linear.
/// </summary>
internal static class NumberScanner
{
    private const int MaxDigits = 18;

    public static List<NumberToken> Scan(string s, ReadingVocabulary v)
    {
        var result = new List<NumberToken>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c))
            {
                i++;
                continue;
            }

            // A digit inside a code (51000021R000…, A1, 2019-05-22T…) or after a decimal point is not a number start.
            if (i > 0 && (char.IsAsciiLetter(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '_'))
            {
                i = SkipAlnum(s, i);
                continue;
            }

            // A number broken by a space after its decimal point (35. 3万元, copied from a shared document) is not read:
            // the digits after the space are no number of their own, and the part before has no unit.
            if (i > 2 && s[i - 1] == ' ' && s[i - 2] == '.' && char.IsAsciiDigit(s[i - 3]))
            {
                i = SkipAlnum(s, i);
                continue;
            }

            var token = Read(s, i, v);
            if (token is null)
            {
                i = SkipAlnum(s, i);
                continue;
            }

            // 1 300.00万元: thousands separated by a space (PDF and OCR text), an amount of 1–3 digits, one space, then exactly
            // three digits with a money unit. Without a unit the two are separate cells (120 300).
            if (result.Count > 0 && result[^1] is { Suffix: NumberSuffix.None, Glued: false, Approximate: false, Value: { } high } prev
                && prev.End == i - 1 && s[i - 1] == ' ' && prev.NumStart == prev.Start && prev.Digits.Length <= 3 && prev.Digits.All(char.IsAsciiDigit) && high >= 1
                && token is { Suffix: NumberSuffix.Money, Value: { } low, Glued: false } && token.Digits.Split('.')[0].Length == 3 && token.NumStart == i)
            {
                result[^1] = token with { Start = prev.Start, NumStart = prev.NumStart, Digits = prev.Digits + token.Digits, Value = high * 1000m + low };
                i = Math.Max(token.NumEnd, i + 1);
                continue;
            }

            result.Add(token);
            i = Math.Max(token.NumEnd, i + 1);
        }

        return result;
    }

    private static int SkipAlnum(string s, int i)
    {
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '.' or '_' or '-' or ','))
        {
            i++;
        }

        return i;
    }

    private static NumberToken? Read(string s, int i, ReadingVocabulary v)
    {
        var numStart = i;
        var negative = false;
        if (i > 0 && s[i - 1] is '-' or '−' && (i < 2 || !char.IsAsciiLetterOrDigit(s[i - 2])))
        {
            numStart = i - 1;
            negative = true;
        }

        var j = i;
        var digits = 0;
        while (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            j++;
            digits++;
        }

        // Thousands separators: ,ddd groups right after 1–3 leading digits.
        if (digits <= 3)
        {
            while (j < s.Length && s[j] == ',' && IsThreeDigits(s, j + 1) && (j + 4 >= s.Length || !char.IsAsciiDigit(s[j + 4])))
            {
                j += 4;
                digits += 3;
            }
        }

        var dots = 0;
        if (j + 1 < s.Length && s[j] == '.' && char.IsAsciiDigit(s[j + 1]))
        {
            j++;
            dots++;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
                digits++;
            }
        }

        // A second decimal point right after: numbers glued together by extraction.
        var glued = false;
        if (j + 1 < s.Length && s[j] == '.' && char.IsAsciiDigit(s[j + 1]))
        {
            glued = true;
            while (j < s.Length && (char.IsAsciiDigit(s[j]) || (s[j] == '.' && j + 1 < s.Length && char.IsAsciiDigit(s[j + 1]))))
            {
                j++;
            }
        }

        if (!glued && digits > MaxDigits)
        {
            return null;
        }

        var text = s[numStart..j];

        // A whole part of three digits or more written with a leading zero (064200): no figure as written — a code (a postal
        // code, 邮编 064200) or two cells run together (0 | 64200). Kept as a glued run: it has no value.
        if (!glued && text.TrimStart('-', '−') is { Length: >= 3 } unsigned && unsigned[0] == '0' && char.IsAsciiDigit(unsigned[1])
            && unsigned.Split('.')[0].Length >= 3)
        {
            glued = true;
        }
        decimal? value = null;
        if (!glued && decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal).Replace('−', '-'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }

        _ = negative;

        // After the number: [approx] [unit] [approx].
        var k = SkipSpaces(s, j, 1);

        // 年初预算金额（5292.00）万元, 执行率（96.4）%: a form's blank in brackets filled with the figure, its unit after the bracket.
        var enclosed = numStart > 0 && s[numStart - 1] is '(' or '（' && j < s.Length && s[j] is ')' or '）' && UnitAt(s, SkipSpaces(s, j + 1, 1), v);
        if (enclosed)
        {
            k = SkipSpaces(s, j + 1, 1);
        }

        string? approxAfter = MatchAny(s, k, v.ApproxAfter);
        if (approxAfter is not null)
        {
            k = SkipSpaces(s, k + approxAfter.Length, 1);
        }

        // (1300(万元): the unit in brackets right after the number, looked for after a money unit and before the other suffixes.)
        var found = SuffixAt(s, k, v);
        if (found is not { Suffix: NumberSuffix.Money } && k + 2 < s.Length && s[k] is '(' or '（' && BracketedMoneyUnit(s, k, v) is { } bracketed)
        {
            found = (NumberSuffix.Money, bracketed.Unit.Unit, bracketed.Unit.Factor, bracketed.End);
        }

        var (suffix, unit, factor, unitEnd) = found ?? (NumberSuffix.None, null, 1m, j);

        // 自评总分: 95 项目实施单位 …: after a space, a word that opens a label of the vocabulary is the next cover field, not a unit.
        if (suffix == NumberSuffix.None && k < s.Length && IsUnitChar(s[k])
            && !(k > j && VocabularyIndex.Of(v).Labels.LongestAt(s, k) is { } next && next.End - next.Start >= 3))
        {
            suffix = NumberSuffix.Other;
            unit = s[k].ToString();
            unitEnd = k + 1;
        }

        var end = suffix == NumberSuffix.None ? j : unitEnd;
        if (approxAfter is null && suffix != NumberSuffix.None)
        {
            var a = SkipSpaces(s, unitEnd, 1);
            approxAfter = MatchAny(s, a, v.ApproxAfter);
            if (approxAfter is not null)
            {
                end = a + approxAfter.Length;
            }
        }
        else if (approxAfter is not null && suffix == NumberSuffix.None)
        {
            end = k;
        }

        // Before the number: an approximation word or an inequality.
        var start = enclosed ? numStart - 1 : numStart;
        var b = numStart;
        while (b > 0 && s[b - 1] == ' ' && numStart - b < 1)
        {
            b--;
        }

        string? inequality = EndingAt(s, b, v.Inequalities);
        string? approxBefore = null;
        if (inequality is not null)
        {
            start = b - inequality.Length;
        }
        else
        {
            approxBefore = EndingAt(s, b, v.ApproxBefore);
            if (approxBefore is not null)
            {
                start = b - approxBefore.Length;
            }
        }

        return new NumberToken(start, end, numStart, j, text, value, suffix, unit, factor, approxBefore, approxAfter, inequality, glued);
    }

    /// <summary>A money unit, a percent sign or a rate's or a score's unit word at <paramref name="k"/>.</summary>
    private static bool UnitAt(string s, int k, ReadingVocabulary v) => SuffixAt(s, k, v) is not null;

    /// <summary>
    /// The unit a number's suffix at <paramref name="k"/> names — a money unit (moneyUnits; a standalone one such as 元 not run on
    /// into a word), %, a rate's or a score's unit word (roleSuffixes) — with its factor and end; null when none stands there.
    /// </summary>
    private static (NumberSuffix Suffix, string? Unit, decimal Factor, int End)? SuffixAt(string s, int k, ReadingVocabulary v)
    {
        foreach (var money in v.MoneyUnits)
        {
            if (string.CompareOrdinal(s, k, money.Unit, 0, money.Unit.Length) == 0
                && !(money.Standalone && k + money.Unit.Length < s.Length && (Jixiao.Documents.Import.TextNormalizer.IsCjk(s[k + money.Unit.Length]) || char.IsAsciiLetter(s[k + money.Unit.Length]))
                     && MatchAny(s, k + money.Unit.Length, money.FollowedBy ?? []) is null))
            {
                return (NumberSuffix.Money, money.Unit, money.Factor, k + money.Unit.Length);
            }
        }

        if (k < s.Length && s[k] is '%' or '％')
        {
            return (NumberSuffix.Percent, "%", 1m, k + 1);
        }

        if (MatchAny(s, k, v.RoleSuffixes.GetValueOrDefault(ValueRole.Rate) ?? []) is { } rateWord)
        {
            return (NumberSuffix.Percent, rateWord, 1m, k + rateWord.Length);
        }

        return MatchAny(s, k, v.RoleSuffixes.GetValueOrDefault(ValueRole.Score) ?? []) is { } points ? (NumberSuffix.Points, points, 1m, k + points.Length) : null;
    }

    private static bool IsThreeDigits(string s, int i) =>
        i + 2 < s.Length && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]);

    /// <summary>A CJK character that is a word, not punctuation or a joining word (和, 及 …).</summary>
    private static bool IsUnitChar(char c) =>
        (c is >= '\u4E00' and <= '\u9FFF' || char.IsAsciiLetter(c) || c is '㎡' or '℃' or '‰') && c is not ('和' or '及' or '与' or '或' or '至' or '到' or '为' or '是' or '的' or '其' or '较' or '比' or '同' or '占' or '即' or '共' or '且' or '等');

    private static int SkipSpaces(string s, int i, int max)
    {
        var n = 0;
        while (i < s.Length && s[i] == ' ' && n < max)
        {
            i++;
            n++;
        }

        return i;
    }

    private static string? MatchAny(string s, int i, IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (i + w.Length <= s.Length && string.CompareOrdinal(s, i, w, 0, w.Length) == 0)
            {
                return w;
            }
        }

        return null;
    }

    private static string? EndingAt(string s, int end, IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (end - w.Length >= 0 && string.CompareOrdinal(s, end - w.Length, w, 0, w.Length) == 0)
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether s[start..end] is a number as a cell prints it: digits with at most one inner decimal point and at most
    /// <paramref name="maxDecimals"/> decimals, no leading zero unless 0 or 0.x (the pieces a glued run may be cut into).
    /// </summary>
    internal static bool WellFormedCell(string s, int start, int end, int maxDecimals)
    {
        if (end <= start)
        {
            return false;
        }

        var dot = -1;
        for (var i = start; i < end; i++)
        {
            if (s[i] == '.')
            {
                if (dot >= 0)
                {
                    return false;
                }

                dot = i;
            }
            else if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        if (dot == start || dot == end - 1 || (dot >= 0 && end - dot - 1 > maxDecimals))
        {
            return false;
        }

        var intEnd = dot >= 0 ? dot : end;
        return !(s[start] == '0' && intEnd - start > 1);
    }

    /// <summary>A money unit (not one that counts only standing alone, like 万) in brackets at <paramref name="k"/>: (万元), （元）.</summary>
    internal static (MoneyUnit Unit, int End)? BracketedMoneyUnit(string s, int k, ReadingVocabulary v)
    {
        if (k >= s.Length || s[k] is not ('(' or '（'))
        {
            return null;
        }

        foreach (var money in v.MoneyUnits.Where(m => !m.Standalone).OrderByDescending(m => m.Unit.Length))
        {
            var close = k + 1 + money.Unit.Length;
            if (close < s.Length && string.CompareOrdinal(s, k + 1, money.Unit, 0, money.Unit.Length) == 0 && s[close] is ')' or '）')
            {
                return (money, close + 1);
            }
        }

        return null;
    }
}
