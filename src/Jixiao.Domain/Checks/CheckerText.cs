using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Checks;

/// <summary>
/// Checks of what the text says, whatever the document's headings or layout: rates stated negative or far
/// above 100 % (TEXT-RATE), parts listed after 其中 that do not add up to the total before it (TEXT-SUM), and
/// spending far above the initial budget, with or without an explained adjustment or while the text says it
/// stayed within the budget (SPEND-OVER-INITIAL). They read <see cref="CheckSubject.Text"/> (an imported
/// document's lines) or, for our own files, the narrative sections.
/// </summary>
public static partial class Checker
{
    /// <summary>Narrative sections with their field keys (for sources of findings on our own files).</summary>
    private static readonly (string Key, Func<Narrative, string?> Get)[] NarrativeSections =
    [
        ("overview", n => n.Overview), ("tasks", n => n.Tasks), ("finances", n => n.Finances), ("management", n => n.Management),
        ("goalAnalysis", n => n.GoalAnalysis), ("projectAnalysis", n => n.ProjectAnalysis), ("achievements", n => n.Achievements),
        ("problems", n => n.Problems), ("measures", n => n.Measures), ("other", n => n.Other),
    ];

    /// <summary>A sentence of the text (lines joined until 。 or a blank line) and where it starts.</summary>
    private sealed record Sentence(string Text, int Line, string Source);

    private static void TextFigures(Ctx c)
    {
        var sentences = Sentences(c.Subject);
        var figures = sentences.Count(s => Figure().IsMatch(s.Text));
        TextRates(c, sentences);
        var cut = TextSums(c, sentences);
        OverInitial(c, sentences);

        // A list the text's cut ends (its sum short of the total, the rest perhaps past the cut) was not checked: the coverage says so.
        c.Cover(CheckFamilies.Text, figures > 0,
            $"{figures.ToString(CultureInfo.InvariantCulture)} 句含比率或金额的正文：文中写的比率、其中所列分项与合计、关于预算的表述"
            + (cut is { } at ? $"；第 {at.ToString(CultureInfo.InvariantCulture)} 行其中所列分项到文本截断处为止，未核对其和" : string.Empty),
            sentences.Count == 0 ? "未读取到正文，未核查文中数字与表述" : "正文中没有比率或金额，未核查文中数字与表述");
    }

    private static List<Sentence> Sentences(CheckSubject subject)
    {
        var result = new List<Sentence>();
        if (subject.Text.Count > 0)
        {
            Split(subject.Text.Select(l => (l.Text, l.Number, (string?)null)), result);
            return result;
        }

        foreach (var (key, get) in NarrativeSections)
        {
            if (get(subject.Evaluation.Narrative) is { Length: > 0 } text)
            {
                Split(text.Split('\n').Select((t, i) => (t, i + 1, (string?)("narrative." + key))), result);
            }
        }

        return result;
    }

    /// <summary>Joins physical lines into sentences: a sentence ends at 。 or at a blank line; each keeps its first line.</summary>
    private static void Split(IEnumerable<(string Text, int Number, string? Field)> lines, List<Sentence> result)
    {
        var sb = new StringBuilder();
        var start = 0;
        string? field = null;
        void Flush()
        {
            var t = sb.ToString().Trim();
            if (t.Length > 0)
            {
                var where = field is null ? $"第 {start.ToString(CultureInfo.InvariantCulture)} 行" : $"{field} 第 {start.ToString(CultureInfo.InvariantCulture)} 行";
                result.Add(new Sentence(t, start, $"{where}：{(t.Length > 160 ? t[..160] + "…" : t)}"));
            }

            sb.Clear();
        }

        foreach (var (text, number, f) in lines)
        {
            if (f != field)
            {
                Flush();
                field = f;
            }

            var line = text.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var from = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '。')
                {
                    if (sb.Length == 0)
                    {
                        start = number;
                    }

                    sb.Append(line, from, i + 1 - from);
                    from = i + 1;
                    Flush();
                }
            }

            if (from < line.Length)
            {
                if (sb.Length == 0)
                {
                    start = number;
                }
                else
                {
                    sb.Append(' ');
                }

                sb.Append(line, from, line.Length - from);
            }

            // Guard against a document without any 。 (a table): do not let one sentence grow without end.
            if (sb.Length > 2000)
            {
                Flush();
            }
        }

        Flush();
    }

    // ------------------------------------------------------------------ TEXT-RATE

    private static void TextRates(Ctx c, List<Sentence> sentences)
    {
        var settings = c.Settings;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var statedRate = c.E.Budget.StatedRatePercent;
        foreach (var s in sentences)
        {
            foreach (Match m in RateValue().Matches(s.Text))
            {
                var kind = m.Groups["lt"].Success ? "lt" : m.Groups["neg"].Success ? "neg" : "big";
                var after = m.Index + m.Length;
                if (kind != "lt" && after < s.Text.Length && char.IsAsciiDigit(s.Text[after]))
                {
                    continue; // "20100%100%20": table cells run together (weight 20, 100 %), not one rate
                }

                var value = kind == "lt" ? 0m : ParseNumber(m.Groups[kind].Value);
                if (kind == "big" && value <= settings.ImplausibleRatePercent)
                {
                    continue;
                }

                var rest = s.Text[after..].TrimStart();
                if (settings.CriterionWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal)))
                {
                    continue; // a scoring rule (达到100%计满分), not a rate the document states
                }

                // The rate this value belongs to: the nearest rate word before it (same clause for a large value).
                var word = RateWordBefore(s.Text, m.Index, kind == "big" ? 15 : 40, clause: kind == "big");
                if (word is null || !settings.BoundedRateWords.Any(w => word.EndsWith(w, StringComparison.Ordinal)))
                {
                    continue;
                }

                var shown = m.Value.Trim();
                if ((kind != "lt" && statedRate == (kind == "neg" ? -value : value) && IsRateWordOfBudget(word)) || !seen.Add(word + "|" + shown))
                {
                    continue; // the budget's own stated rate: RATE-RANGE speaks for it
                }

                var evidence = new[] { new Evidence(word + "（所写）", shown, s.Source), new Evidence("合理范围", $"0–{F(settings.ImplausibleRatePercent)}%", "checks.implausibleRatePercent") };
                switch (kind)
                {
                    case "neg":
                        c.Add("TEXT-RATE", Severity.Certain, $"文中写“{word}”为 {shown}：{word}是非负金额之比，不可能为负数。", "text", evidence);
                        break;
                    case "lt":
                        c.Add("TEXT-RATE", Severity.Suspect, $"文中写“{word}”{shown}，即为负数：{word}是非负金额之比，不应小于 0，请核实计算口径。", "text", evidence);
                        break;
                    default:
                        c.Add("TEXT-RATE", value > 2m * settings.ImplausibleRatePercent ? Severity.Certain : Severity.Suspect,
                            $"文中写“{word}”为 {shown}，远高于 100%（超过 {F(settings.ImplausibleRatePercent)}%），不合常理。", "text", evidence);
                        break;
                }
            }
        }
    }

    private static bool IsRateWordOfBudget(string word) => word.EndsWith("预算执行率", StringComparison.Ordinal) || word is "执行率" or "支出率" or "预算支出率";

    /// <summary>The CJK word ending in 率 or 满意度 nearest before <paramref name="index"/>, at most <paramref name="window"/> characters away.</summary>
    private static string? RateWordBefore(string text, int index, int window, bool clause)
    {
        var from = Math.Max(0, index - window);
        for (var i = index - 1; i >= from; i--)
        {
            var ch = text[i];
            if (ch == '。' || (clause && ch is '，' or ',' or '；' or ';'))
            {
                return null;
            }

            var end = ch == '率' ? i + 1 : ch == '度' && i >= 2 && text.AsSpan(i - 2, 3).SequenceEqual("满意度") ? i + 1 : -1;
            if (end < 0)
            {
                continue;
            }

            var start = end - 1;
            while (start > 0 && end - start < 16 && IsCjk(text[start - 1]))
            {
                start--;
            }

            return text[start..end];
        }

        return null;
    }

    /// <summary>Where the first closing bracket without its opening one stands in <paramref name="text"/>, or its length.</summary>
    private static int UnmatchedClose(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '(' or '（')
            {
                depth++;
            }
            else if (text[i] is ')' or '）' && --depth < 0)
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool IsCjk(char ch) => ch is >= '\u4e00' and <= '\u9fff' or '“' or '”';

    private static decimal ParseNumber(string text)
    {
        var t = text.Replace("%", string.Empty, StringComparison.Ordinal).Replace("−", "-", StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        return decimal.Parse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    // ------------------------------------------------------------------ TEXT-SUM

    /// <summary>Finds the lists that do not add up; returns the line of a list cut by the text's end, whose sum it could not check.</summary>
    private static int? TextSums(Ctx c, List<Sentence> sentences)
    {
        int? cut = null;
        // Sentences on which a structured sum (SUM-*) already reported are left to it.
        var structured = new HashSet<int>();
        foreach (var e in c.Findings.Where(f => f.Code.StartsWith("SUM-", StringComparison.Ordinal)).SelectMany(f => f.Evidence))
        {
            if (LineOfSource().Match(e.Source) is { Success: true } lm)
            {
                structured.Add(int.Parse(lm.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        foreach (var s in sentences)
        {
            var at = s.Text.IndexOf("其中", StringComparison.Ordinal);
            if (at < 0 || structured.Contains(s.Line))
            {
                continue;
            }

            var before = s.Text[..at];
            var totals = Amount().Matches(before);
            if (totals.Count == 0)
            {
                continue;
            }

            var totalMatch = totals[^1];
            var lead = before[Math.Max(0, totalMatch.Index - 12)..totalMatch.Index];
            var label = c.Settings.TotalLabels.Where(l => lead.Contains(l, StringComparison.Ordinal)).OrderByDescending(l => l.Length).FirstOrDefault();
            if (label is null || before.Length - (totalMatch.Index + totalMatch.Length) > 6)
            {
                continue;
            }

            var after = s.Text[(at + 2)..].TrimStart('：', ':', '，', ',', ' ');

            // 总支出为1542.14万元(其中:基本支出…;项目支出…);一般公共财政拨款预算支出为…: a 其中 opened in a bracket lists its parts up
            // to the bracket's close; what follows is another clause.
            if (before.TrimEnd().EndsWith('(') || before.TrimEnd().EndsWith('（'))
            {
                after = after[..UnmatchedClose(after)];
            }

            if (after.StartsWith("主要", StringComparison.Ordinal))
            {
                continue; // 其中主要…: a selection, not the whole
            }

            // 其中项目资金两项:妇女儿童事业发展专项经费34.5万元,…: a category named before a colon and its members listed by name
            // after it — a subset of the total, not its parts (其中中央资金:100万元 names a part and its amount, and stays).
            var firstDigit = after.AsSpan().IndexOfAnyInRange('0', '9');
            var colon = after.AsSpan().IndexOfAny(':', '：');
            if (colon > 0 && (firstDigit < 0 || colon < firstDigit) && colon + 1 < after.Length && !char.IsAsciiDigit(after[colon + 1]))
            {
                continue;
            }

            var parts = new List<(string Name, decimal Value, string Unit, decimal WanYuan)>();
            foreach (var item in ListSeparator().Split(Parenthesised().Replace(after, string.Empty)))
            {
                var im = ListItem().Match(item.Trim().TrimEnd('。', '.', ' '));
                if (!im.Success)
                {
                    if (BareAmount().IsMatch(item) || Amount().IsMatch(item))
                    {
                        parts.Clear();
                        // A part whose amount has no unit (文化旅游体育与传媒支出92.65), or one not read as a name and an amount
                        // (2021年省级资金248000万元: a year in the name): the list cannot be summed.
                        break;
                    }

                    continue;
                }

                var name = im.Groups["name"].Value.Trim();
                if (c.Settings.TotalLabels.Any(l => l.Contains('总', StringComparison.Ordinal) && name.Contains(l, StringComparison.Ordinal)))
                {
                    break; // another whole (…，年度总支出为774.59万元): the parts ended before it (a part's own 合计 stays a part)
                }

                if (name.EndsWith('等') || name.Contains("其中", StringComparison.Ordinal) || name.StartsWith("主要", StringComparison.Ordinal) || name.StartsWith("包括", StringComparison.Ordinal))
                {
                    parts.Clear();
                    break; // 等: an open list; a nested 其中 or 主要是/包括 (本年收入…，主要是…): a second level, not parts of this total
                }

                var v = ParseNumber(im.Groups["v"].Value);
                parts.Add((name, v, im.Groups["u"].Value, ToWanYuan(v, im.Groups["u"].Value)));
            }

            if (parts.Count < 2)
            {
                continue;
            }

            var totalValue = ParseNumber(totalMatch.Groups["v"].Value);
            var total = ToWanYuan(totalValue, totalMatch.Groups["u"].Value);
            var sum = parts.Sum(p => p.WanYuan);
            var tolerance = ToWanYuan(Tolerance.HalfUnit(totalValue), totalMatch.Groups["u"].Value) + parts.Sum(p => ToWanYuan(Tolerance.HalfUnit(p.Value), p.Unit));
            var diff = sum - total;
            if (Math.Abs(diff) <= tolerance)
            {
                continue;
            }

            var totalLabel = label;
            var evidence = new List<Evidence> { new(totalLabel + "（所写）", F(totalValue) + totalMatch.Groups["u"].Value, s.Source) };
            evidence.AddRange(parts.Select(p => new Evidence(p.Name, F(p.Value) + " → " + F(p.WanYuan) + " 万元", s.Source)));
            evidence.Add(new Evidence("分项之和（重算）", F(sum) + " 万元", string.Join(" + ", parts.Select(p => F(p.WanYuan)))));
            evidence.Add(new Evidence("差额", F(diff) + " 万元", $"{F(sum)} − {F(total)}"));
            evidence.Add(new Evidence("舍入容差", F(tolerance) + " 万元", "各数末位的一半"));
            if (diff > 0m)
            {
                c.Add("TEXT-SUM", Severity.Certain, $"文中“{totalLabel}”{F(totalValue)}{totalMatch.Groups["u"].Value}，其中所列 {parts.Count.ToString(CultureInfo.InvariantCulture)} 项之和 {F(sum)} 万元反而更大（多 {F(diff)} 万元），分项不可能超过合计。", "text", [.. evidence]);
            }
            else if (c.Truncated && ReferenceEquals(s, sentences[^1]) && !s.Text.EndsWith('。'))
            {
                // The text is cut inside this sentence, its last: the list may go on past the cut (其中,社会保障和就业支出2.58万元,卫生
                // 健康支出1.22万元, ⟨end⟩), so its sum is not checked (parts that already exceed the total are an error however it ends).
                cut = s.Line;
            }
            else
            {
                c.Add("TEXT-SUM", Severity.Suspect, $"文中“{totalLabel}”{F(totalValue)}{totalMatch.Groups["u"].Value}，其中所列 {string.Join("、", parts.Select(p => p.Name))} 之和 {F(sum)} 万元，少 {F(-diff)} 万元；若所列即全部分项，两者不符。", "text", [.. evidence]);
            }
        }

        return cut;
    }

    private static decimal ToWanYuan(decimal value, string unit) => unit switch
    {
        "元" => value / 10000m,
        "亿元" => value * 10000m,
        _ => value,
    };

    // ------------------------------------------------------------------ SPEND-OVER-INITIAL

    /// <summary>True when spending is far above the initial budget and SPEND-OVER-INITIAL speaks for it.</summary>
    private static bool OverInitialApplies(Ctx c) =>
        c.Settings.IsEnabled("SPEND-OVER-INITIAL") && c.E.Budget is { Initial: > 0m, Executed: { } ex } b && ex / b.Initial.Value * 100m >= c.Settings.OverInitialPercent;

    private static void OverInitial(Ctx c, List<Sentence> sentences)
    {
        var b = c.E.Budget;
        if (!OverInitialApplies(c))
        {
            return;
        }

        var initial = b.Initial!.Value;
        var executed = b.Executed!.Value;
        var ratio = executed / initial * 100m;

        var claim = sentences.FirstOrDefault(s => WithinBudgetClaim(s.Text, c.Settings));
        // (An addition stated anywhere in the text counts: 项目为年初部门预算15万元,年中转移支付追加50万元 in the overview.)
        var explained = HasAdjustmentReason(c) || sentences.Any(s => AdjustmentWords().IsMatch(s.Text));
        var evidence = new List<Evidence>
        {
            c.Ev("年初预算", initial, "budget.initial"),
            c.Ev("执行数", executed, "budget.executed"),
            new("执行数占年初预算", F(Math.Round(ratio, 1)) + "%", $"{F(executed)} ÷ {F(initial)} × 100%"),
            new("界限", F(c.Settings.OverInitialPercent) + "%", "checks.overInitialPercent"),
        };
        var times = $"执行数 {F(executed)} 万元是年初预算 {F(initial)} 万元的 {F(Math.Round(ratio, 1))}%";
        if (b.Adjusted is { } adjusted && executed <= adjusted + Tolerance.HalfUnit(adjusted) + Tolerance.HalfUnit(executed))
        {
            evidence.Add(c.Ev("调整后预算", adjusted, "budget.adjusted"));
            // Within the adjusted budget: a note; an unexplained adjustment is ADJUST-UNEXPLAINED's finding.
            c.Add("SPEND-OVER-INITIAL", Severity.Note,
                explained
                    ? $"{times}，在调整后预算 {F(adjusted)} 万元之内，文中说明了预算调整；请确认追加的依据。"
                    : $"{times}，靠调整后预算 {F(adjusted)} 万元才在预算之内，文中未见调整理由（见 ADJUST-UNEXPLAINED）。",
                "budget.executed", [.. evidence]);
            return;
        }

        if (claim is not null)
        {
            evidence.Add(new Evidence("文中表述", claim.Text.Length > 120 ? claim.Text[..120] + "…" : claim.Text, claim.Source));
            c.Add("SPEND-OVER-INITIAL", Severity.Certain,
                $"文中称支出在预算之内，但{times}{(b.Adjusted is null ? "，文中没有调整后预算" : $"，也超过调整后预算 {F(b.Adjusted.Value)} 万元")}：两者不可能同时成立。",
                "budget.executed", [.. evidence]);
            return;
        }

        c.Add("SPEND-OVER-INITIAL", Severity.Suspect,
            explained
                ? $"{times}，文中提到预算调整，但没有写调整后预算数，无法核对超出部分是否都经过调整。"
                : $"{times}，远超年初预算，文中未见预算调整的说明。",
            "budget.executed", [.. evidence]);
    }

    private static bool WithinBudgetClaim(string text, CheckSettings settings)
    {
        foreach (var phrase in settings.WithinBudgetPhrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                // "不在预算范围内" / "未能控制在预算内" say the opposite.
                var before = text[Math.Max(0, at - 2)..at];
                if (!before.Contains('不', StringComparison.Ordinal) && !before.Contains("未能", StringComparison.Ordinal) && !before.Contains('没', StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<lt>(?:<|＜|小于|低于)\s*(?:0|零)(?![\d.]))|(?<![\d.%％]\s*)(?<neg>[-−]\s*\d{1,6}(?:\.\d{1,4})?\s*%)|(?<![\d.\-−])(?<big>\d{3,4}(?:\.\d{1,4})?\s*%)")]
    private static partial Regex RateValue();

    [GeneratedRegex(@"(?<![\d.])(?<v>\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?)\s*(?<u>亿元|万元|元)")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^(?<name>[^\d%]{1,24}?)(?:为|是|:|：|共)?\s*(?<v>\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?)\s*(?<u>亿元|万元|元)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[，；;、]|,(?!\d{3}(?!\d))")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"（[^（）]*）|\([^()]*\)")]
    private static partial Regex Parenthesised();

    /// <summary>A rate or an amount in a sentence: something the text checks can check.</summary>
    [GeneratedRegex(@"\d\s*(?:%|万元|亿元|元)|[<＜]\s*0")]
    private static partial Regex Figure();

    /// <summary>A named part with a number and no unit (文化旅游体育与传媒支出92.65), not a share (占比85.06%), a year or a date.</summary>
    [GeneratedRegex(@"[\u4e00-\u9fff]\s*\d+(?:\.\d+)?\s*$")]
    private static partial Regex BareAmount();

    [GeneratedRegex(@"^第 (\d+) 行")]
    private static partial Regex LineOfSource();
}
