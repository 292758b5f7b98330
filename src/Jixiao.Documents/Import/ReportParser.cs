using System.Text.RegularExpressions;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Import;

/// <summary>Parses narrative reports (部门整体支出绩效自评报告, 转移支付自评报告) and cover pages.</summary>
internal static partial class ReportParser
{
    private const string N = NumberText.NumberPattern;

    public static ImportedDocument Parse(DocumentKind kind, List<TextLine> lines)
    {
        var b = new DocBuilder();
        var paragraphs = TextParagraph.Build(lines);
        HeaderFields.Read(lines, b);
        ReadKeyValueCover(lines, b);
        ReadSections(paragraphs, b);
        ReadBudget(paragraphs, b);
        ReadScoreAndGrade(paragraphs, b);
        DetectTruncation(lines, paragraphs, b);
        var expected = new List<(string, string, bool)>
        {
            ("unit", "未找到单位名称", b.Unit is not null),
            ("year", "未找到年度", b.Year is not null),
            ("budget.adjusted", "未找到预算数", b.Adjusted is not null || b.Initial is not null),
            ("budget.executed", "未找到执行数", b.Executed is not null),
            ("budget.statedRatePercent", "未找到预算执行率", b.StatedRate is not null),
            ("budget.byFunction", "未找到按功能分类的支出", b.ByFunction.Count > 0),
            ("budget.basic.executed", "未找到基本支出", b.Basic.Executed is not null || b.Basic.Budget is not null),
            ("budget.project.executed", "未找到项目支出", b.Project.Executed is not null || b.Project.Budget is not null),
            ("stated.totalScore", "未写明自评得分", b.TotalScore is not null),
            ("stated.grade", "未写明评价等级", b.Grade is not null),
            ("narrative.problems", "未找到“存在的主要问题”", b.Narrative.ContainsKey("problems")),
            ("narrative.measures", "未找到“改进措施”", b.Narrative.ContainsKey("measures")),
        };
        return b.Build(kind, lines[0].Number, lines[^1].Number, expected);
    }

    private static readonly (string Key, string[] Words)[] SectionKeys =
    [
        ("overview", ["部门概况", "基本概况", "单位概况", "部门(单位)基本概况", "项目概况"]),
        ("tasks", ["总体工作", "重点工作任务", "年度主要工作内容", "主要工作内容"]),
        ("finances", ["收支情况", "资金情况", "预算执行情况", "资金使用情况"]),
        ("management", ["绩效管理情况", "自评工作开展情况", "组织开展情况"]),
        ("score", ["自评结论", "综合评价结论", "评价结论"]),
        ("goalAnalysis", ["绩效目标完成情况", "目标完成情况", "指标完成情况"]),
        ("projectAnalysis", ["项目支出完成情况", "重点任务项目"]),
        ("achievements", ["主要工作成效", "工作成效", "取得的成绩", "主要成效", "总体运行情况"]),
        ("problems", ["存在的主要问题", "存在问题", "主要问题", "存在的问题"]),
        ("measures", ["改进措施", "整改措施", "改进意见", "下一步工作", "下一步措施", "有关建议"]),
        ("other", ["其他需要说明", "其他"]),
    ];

    private static string? SectionKey(string heading)
    {
        var h = TextNormalizer.Compact(heading);
        foreach (var (key, words) in SectionKeys)
        {
            if (words.Any(w => h.Contains(w, StringComparison.Ordinal)))
            {
                return key;
            }
        }

        return null;
    }

    private static void ReadSections(List<TextParagraph> paragraphs, DocBuilder b)
    {
        string? key = null;
        TextLine? headingLine = null;
        var body = new List<TextParagraph>();

        void Flush()
        {
            if (key is null || key == "score" || body.Count == 0)
            {
                body.Clear();
                return;
            }

            var text = string.Join("\n", body.Select(p => p.Text.Contains('\t', StringComparison.Ordinal) ? TextNormalizer.JoinCjk(p.Text) : p.Text)).Trim();
            if (!TextNormalizer.IsPlaceholder(text))
            {
                b.Narrative[key] = b.Narrative.TryGetValue(key, out var prev) ? prev + "\n" + text : text;
                if (!b.HasSource("narrative." + key))
                {
                    b.Source("narrative." + key, body[0].FirstLine);
                }
            }

            body.Clear();
        }

        foreach (var p in paragraphs)
        {
            var t = p.Text;

            // Appended tables (附表, 表3 …, table rows) end the narrative section before them.
            if (t.StartsWith("附表", StringComparison.Ordinal) || t.StartsWith("附件", StringComparison.Ordinal) || t.StartsWith('|') || TableCaption().IsMatch(t))
            {
                Flush();
                key = null;
                continue;
            }

            if (TextParagraph.Heading.IsMatch(t) && t.Length <= 40)
            {
                var k = SectionKey(t);
                Flush();
                key = k;
                headingLine = p.FirstLine;
                continue;
            }

            // Cover-page style: a short label line followed by its text (年度主要 / 工作内容 …).
            if (t.Length <= 30 && !t.Contains('。', StringComparison.Ordinal) && SectionKey(t) is { } labelKey && labelKey is "achievements" or "tasks" or "overview" && !Regex.IsMatch(t, @"\d"))
            {
                Flush();
                key = labelKey;
                continue;
            }

            if (key is not null)
            {
                body.Add(p);
            }
        }

        Flush();
        _ = headingLine;

        // 整体支出绩效目标是： followed by the goal paragraph.
        for (var i = 0; i < paragraphs.Count - 1; i++)
        {
            var t = paragraphs[i].Text;
            if (GoalLead().IsMatch(t) && t.Length < 40)
            {
                var goal = paragraphs[i + 1];
                b.OverallGoal = goal.Text;
                b.Source("overallGoal", goal.FirstLine);
                break;
            }
        }
    }

    /// <summary>Cover pages with one label per line (联系人 / 吴俊 …) and the 职能职责概述 block.</summary>
    private static void ReadKeyValueCover(List<TextLine> lines, DocBuilder b)
    {
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var label = TextNormalizer.Compact(lines[i].Text);
            if (label is "职能职责概述" or "主要职能" or "部门职能")
            {
                var v = NextNonEmpty(lines, i);
                if (v is not null && !b.Narrative.ContainsKey("overview"))
                {
                    b.Narrative["overview"] = v.Text.Trim();
                    b.Source("narrative.overview", v);
                }
            }
            else if (label is "年度主要" && i + 1 < lines.Count && TextNormalizer.Compact(lines[i + 1].Text) == "工作内容")
            {
                var v = NextNonEmpty(lines, i + 1);
                if (v is not null)
                {
                    b.Narrative["tasks"] = v.Text.Trim();
                    b.Source("narrative.tasks", v);
                }
            }
            else if (label.StartsWith("年度部门(单位)总体运行情况", StringComparison.Ordinal))
            {
                var v = NextNonEmpty(lines, i);
                if (v is not null && !TextParagraph.Heading.IsMatch(v.Text))
                {
                    b.Narrative["achievements"] = v.Text.Trim();
                    b.Source("narrative.achievements", v);
                }
            }
        }
    }

    private static TextLine? NextNonEmpty(List<TextLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count && j <= i + 3; j++)
        {
            if (lines[j].Text.Trim().Length > 0)
            {
                return lines[j];
            }
        }

        return null;
    }

    private static void ReadBudget(List<TextParagraph> paragraphs, DocBuilder b)
    {
        foreach (var p in paragraphs)
        {
            var t = p.Text;
            if (!t.Contains('元', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in (t.Contains("预算", StringComparison.Ordinal) ? Triple().Matches(t) : (IEnumerable<Match>)[]))
            {
                var name = m.Groups["name"].Value.Trim();
                if (!NumberText.TryParse(m.Groups["b"].Value, out var budget) || !NumberText.TryParse(m.Groups["e"].Value, out var executed) || !NumberText.TryParse(m.Groups["r"].Value, out var rate))
                {
                    continue;
                }

                var src = p.At(m.Index);
                var isTotal = name.Length == 0 || TotalName().IsMatch(TextNormalizer.Compact(name));
                if (isTotal && b.Executed is null)
                {
                    var basis = m.Groups["kind"].Value;
                    if (basis == "年初")
                    {
                        b.Initial = budget;
                        b.Source("budget.initial", src);
                    }
                    else
                    {
                        b.Adjusted = budget;
                        b.Source("budget.adjusted", src);
                    }

                    b.Executed = executed;
                    b.StatedRate = rate;
                    b.Source("budget.executed", src);
                    b.Source("budget.statedRatePercent", src);
                    b.FirstStatement("executionRate", rate, src);
                }
                else
                {
                    var path = $"stated.rates[{b.Rates.Count}]";
                    b.Rates.Add(new StatedRate(name.Length == 0 ? "未命名" : name, budget, executed, rate, path));
                    b.Source(path, src);
                }
            }

            if (b.Initial is null && t.Contains("年初", StringComparison.Ordinal) && InitialBudget().Match(t) is { Success: true } ini && NumberText.TryParse(ini.Groups["v"].Value, out var initial))
            {
                b.Initial = initial;
                b.Source("budget.initial", p.At(ini.Index));
            }

            // Function classes: 支出按功能分类：一般公共服务支出 523.39 万元；…
            var fn = t.IndexOf("功能分类", StringComparison.Ordinal);
            if (fn >= 0 && b.ByFunction.Count == 0)
            {
                var sentence = SentenceFrom(t, fn);
                foreach (Match m in FunctionItem().Matches(sentence.Text))
                {
                    if (TryAmount(m.Groups["v"].Value, m.Groups["u"].Value, out var amount))
                    {
                        var path = $"budget.byFunction[{b.ByFunction.Count}]";
                        b.ByFunction.Add(new NamedAmount(m.Groups["name"].Value, amount));
                        b.Source(path, p.At(sentence.Start + m.Index));
                    }
                }

                if (b.ByFunction.Count > 0)
                {
                    b.Source("budget.byFunction", p.At(fn));
                }
            }

            // By nature: 基本支出：642.19 万元；项目支出 71.88 万元.
            SetLine(b, p, t, BasicSpend(), "budget.basic.executed", v => b.Basic = b.Basic with { Executed = v }, b.Basic.Executed is null && t.Contains("基本支出", StringComparison.Ordinal));
            SetLine(b, p, t, ProjectSpend(), "budget.project.executed", v => b.Project = b.Project with { Executed = v }, b.Project.Executed is null && t.Contains("项目支出", StringComparison.Ordinal));
            SetLine(b, p, t, PersonnelSpend(), "budget.personnel.executed", v => b.Personnel = b.Personnel with { Executed = v }, b.Personnel.Executed is null && t.Contains("人员经费", StringComparison.Ordinal));
            SetLine(b, p, t, PublicSpend(), "budget.publicExpense.executed", v => b.PublicExpense = b.PublicExpense with { Executed = v }, b.PublicExpense.Executed is null && t.Contains("公用经费", StringComparison.Ordinal));
            SetLine(b, p, t, ThreePublicSpend(), "budget.threePublic.executed", v => b.ThreePublic = b.ThreePublic with { Executed = v }, b.ThreePublic.Executed is null && t.Contains("三公", StringComparison.Ordinal));
            SetLine(b, p, t, ProcurementSpend(), "budget.procurement.executed", v => b.Procurement = b.Procurement with { Executed = v }, b.Procurement.Executed is null && t.Contains("采购", StringComparison.Ordinal));

            // Income by source.
            if (b.TotalIncome is null && t.Contains("收入", StringComparison.Ordinal) && TotalIncome().Match(t) is { Success: true } ti && TryAmount(ti.Groups["v"].Value, ti.Groups["u"].Value, out var totalIncome))
            {
                b.TotalIncome = totalIncome;
                b.Source("stated.totalIncome", p.At(ti.Index));
            }

            if (t.Contains("收入", StringComparison.Ordinal) && b.Income.Count == 0)
            {
                foreach (Match m in IncomeItem().Matches(t))
                {
                    if (TryAmount(m.Groups["v"].Value, m.Groups["u"].Value, out var amount))
                    {
                        var path = $"budget.incomeBySource[{b.Income.Count}]";
                        b.Income.Add(new NamedAmount(m.Groups["name"].Value, amount));
                        b.Source(path, p.At(m.Index));
                    }
                }
            }
        }
    }

    private static void SetLine(DocBuilder b, TextParagraph p, string t, Regex regex, string path, Action<decimal> set, bool empty)
    {
        if (!empty)
        {
            return;
        }

        var m = regex.Match(t);
        if (m.Success && TryAmount(m.Groups["v"].Value, m.Groups["u"].Value, out var amount))
        {
            set(amount);
            b.Source(path, p.At(m.Index));
        }
    }

    /// <summary>Converts an amount in 元/万元/亿元 to 万元.</summary>
    internal static bool TryAmount(string number, string unit, out decimal amount)
    {
        if (!NumberText.TryParse(number, out amount))
        {
            return false;
        }

        try
        {
            amount = unit switch
            {
                "亿元" => amount * 10000m,
                "元" => amount / 10000m,
                _ => amount,
            };
        }
        catch (OverflowException)
        {
            return false;
        }

        return true;
    }

    private static (string Text, int Start) SentenceFrom(string t, int index)
    {
        var start = t.LastIndexOfAny(['。', '\n'], Math.Max(0, index - 1));
        start = start < 0 ? 0 : start + 1;
        var end = t.IndexOf('。', index);
        end = end < 0 ? t.Length : end;
        return (t[start..end], start);
    }

    private static void ReadScoreAndGrade(List<TextParagraph> paragraphs, DocBuilder b)
    {
        foreach (var p in paragraphs)
        {
            var t = p.Text;
            if (!t.Contains("自评", StringComparison.Ordinal) && !t.Contains("等级", StringComparison.Ordinal) && !t.Contains("评级", StringComparison.Ordinal) && !t.Contains(TextNormalizer.Ticked, StringComparison.Ordinal))
            {
                continue;
            }

            var m = ScoreSentence().Match(t);
            if (m.Success && NumberText.TryParse(m.Groups["s"].Value, out var score) && score is >= 0 and <= 1000)
            {
                var src = p.At(m.Index);
                if (b.FirstStatement("totalScore", score, src))
                {
                    b.TotalScore = score;
                    b.Source("stated.totalScore", src);
                }
            }

            var g = GradeSentence().Match(t);
            if (g.Success && b.Grade is null)
            {
                b.Grade = g.Groups["g"].Value;
                b.Source("stated.grade", p.At(g.Index));
            }

            if (b.Grade is null && (t.Contains(TextNormalizer.Ticked, StringComparison.Ordinal)))
            {
                var tick = TickedGrade().Match(t);
                if (tick.Success)
                {
                    b.Grade = tick.Groups["g"].Value;
                    b.Source("stated.grade", p.At(tick.Index));
                }
            }
        }
    }

    private static void DetectTruncation(List<TextLine> lines, List<TextParagraph> paragraphs, DocBuilder b)
    {
        var last = lines.LastOrDefault(l => l.Text.Trim().Length > 0);
        if (last is null)
        {
            b.Truncated = true;
            return;
        }

        var t = last.Text.Trim();
        if (t.Contains("truncated", StringComparison.OrdinalIgnoreCase) || t.Contains("截断", StringComparison.Ordinal))
        {
            b.Truncated = true;
            b.TruncatedNote = $"第 {last.Number} 行注明文本被截断";
            return;
        }

        var lastPara = paragraphs.Count > 0 ? paragraphs[^1].Text : t;
        var endsClean = "。！？”)）".Contains(lastPara[^1], StringComparison.Ordinal);
        if (!endsClean || TextParagraph.Heading.IsMatch(lastPara))
        {
            b.Truncated = true;
            b.TruncatedNote = $"文本在第 {last.Number} 行中途结束";
        }
    }

    [GeneratedRegex(@"(?<name>[^，,。；;:：\n]{0,40}?)(?<kind>全年|年初|调整后)?预算(?:数|总额|资金)?(?:为|是|:|：)?\s*(?<b>" + N + @")\s*万元\s*[，,]\s*(?:全年|实际)?(?:执行数|支出数|决算数|执行)(?:为|是|:|：)?\s*(?<e>" + N + @")\s*万元\s*[，,]\s*(?:完成预算的|预算执行率为|执行率为|执行率|完成率为|预算完成率为?)\s*(?<r>" + N + @")\s*%")]
    private static partial Regex Triple();

    [GeneratedRegex(@"^(?:本部门|本单位|部门|单位|我部|我局|我委|我单位|本级|全年|整体)?(?:(?:19|20)\d{2}\s*年度?)?(?:本部门|本单位|部门整体|整体)?(?:全年|年度)?$")]
    private static partial Regex TotalName();

    [GeneratedRegex(@"(?<name>[\u4e00-\u9fff]{2,16}?支出)(?:[:：]|为)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex FunctionItem();

    [GeneratedRegex(@"基本支出(?:[:：]|为|决算数为?|执行数为?)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex BasicSpend();

    [GeneratedRegex(@"(?<!基本支出.{0,3})项目支出(?:[:：]|为|决算数为?|执行数为?)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex ProjectSpend();

    [GeneratedRegex(@"人员经费(?:支出)?(?:[:：]|为)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex PersonnelSpend();

    [GeneratedRegex(@"公用经费(?:支出)?(?:[:：]|为)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex PublicSpend();

    [GeneratedRegex(@"[“""]?三公[”""]?经费(?:支出)?(?:合计)?(?:[:：]|为|共)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex ThreePublicSpend();

    [GeneratedRegex(@"政府采购(?:支出|金额|总额)?(?:[:：]|为|共)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex ProcurementSpend();

    [GeneratedRegex(@"(?<name>一般公共预算财政拨款|财政拨款|政府性基金预算?|财政专户管理资金|单位资金|事业收入|经营收入|其他收入)(?:收入)?(?:[:：]|为)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex IncomeItem();

    [GeneratedRegex(@"(?:收入合计|总收入|收入总计|全年收入)(?:[:：]|为|共)?\s*(?<v>" + N + @")\s*(?<u>亿元|万元|元)")]
    private static partial Regex TotalIncome();

    [GeneratedRegex(@"^表\s*\d+\s")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"年初预算(?:数|总额)?(?:为|是|:|：)?\s*(?<v>" + N + @")\s*万元")]
    private static partial Regex InitialBudget();

    [GeneratedRegex(@"自评(?:得分|分数|总分|结果)?(?:为|是|:|：)?\s*(?<s>" + N + @")\s*分")]
    private static partial Regex ScoreSentence();

    [GeneratedRegex(@"(?:评级|等级|评价等级|评定|自评等级|评价结果)(?:为|是|:|：)?\s*[“""「]?(?<g>优|良|中|差)(?:秀|好|等)?[”""」]?")]
    private static partial Regex GradeSentence();

    [GeneratedRegex(@"☑\s*(?<g>优|良|中|差)")]
    private static partial Regex TickedGrade();

    [GeneratedRegex(@"绩效目标(?:是|为)[:：]?$")]
    private static partial Regex GoalLead();
}
