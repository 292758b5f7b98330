using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Reports;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Excel;

/// <summary>
/// Writes the 自评表 as XLSX in the published layouts (DOMAIN §9): the department score table
/// (一级指标, 分值, 二级指标, 分值, 三级指标, 分值, 指标解释, 得分, 未达标原因, 改进措施, merged
/// level-1/level-2 cells, 总分, grade line) or the project table (budget block by fund source,
/// indicator rows, 合计, 评价结论). Totals are SUM formulas with cached values; A4 landscape,
/// the header row repeated on every printed page. Scores come from <see cref="ScoreResult"/> only.
/// </summary>
public static class XlsxScoreTableWriter
{
    /// <summary>Sheet names we write (the reader also finds the sheet when it was renamed).</summary>
    public const string DepartmentSheet = "自评表";

    public const string ProjectSheet = "项目自评表";

    /// <summary>Header of the hidden column holding leaf codes (department table).</summary>
    public const string CodeHeader = "指标编码";

    public static void Write(Evaluation evaluation, Framework framework, ScoreResult score, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            Fill(package, evaluation, framework, score);
        }

        DeterministicZip.Normalize(buffer, output);
    }

    public static byte[] ToBytes(Evaluation evaluation, Framework framework, ScoreResult score)
    {
        using var stream = new MemoryStream();
        Write(evaluation, framework, score, stream);
        return stream.ToArray();
    }

    private static void Fill(SpreadsheetDocument package, Evaluation evaluation, Framework framework, ScoreResult score)
    {
        var stamp = evaluation.Date is { } d ? d.ToDateTime(TimeOnly.MinValue) : new DateTime(evaluation.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        CoreProperties.Add(package, ReportBuilder.Title(evaluation).Replace("报告", "表", StringComparison.Ordinal), stamp);

        var workbookPart = package.AddWorkbookPart();
        XlsxStyles.AddTo(workbookPart);
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
        var project = evaluation.Kind == EvaluationKind.Project;
        var sheetName = project ? ProjectSheet : DepartmentSheet;
        var (worksheet, headerRow) = project
            ? ProjectTable(evaluation, framework, score)
            : DepartmentTable(evaluation, framework, score);
        sheetPart.Worksheet = worksheet;

        var printTitles = "'" + sheetName + "'!$" + headerRow.ToString(CultureInfo.InvariantCulture) + ":$" + headerRow.ToString(CultureInfo.InvariantCulture);
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0U }),
            new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = "rIdSheet1" }),
            new DefinedNames(new DefinedName(printTitles) { Name = "_xlnm.Print_Titles", LocalSheetId = 0U }),
            new CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });
        OwnData.From(project ? OwnData.ProjectTableKind : OwnData.ScoreTableKind, evaluation, framework, score).AddTo(workbookPart);
    }

    private static (Worksheet Sheet, int HeaderRow) DepartmentTable(Evaluation evaluation, Framework framework, ScoreResult score)
    {
        var s = new SheetWriter();
        const int last = 10;
        s.Text(1, 1, $"{evaluation.Year}年度{evaluation.Unit}\n{framework.Name}", XStyle.Title);
        s.Merge(1, 1, 1, last, XStyle.Title);
        s.Height(1, 48);

        s.Field(2, 1, "部门名称", evaluation.Unit, 7);
        s.Text(2, 8, "单位数", XStyle.Header);
        s.Number(2, 9, evaluation.UnitCount, XStyle.Number);
        s.Merge(2, 9, 2, last, XStyle.Number);

        s.Field(3, 1, "年度整体绩效目标", evaluation.OverallGoal, last);
        s.Field(4, 1, "整体绩效目标完成情况", evaluation.GoalCompletion, last);

        var b = evaluation.Budget;
        var total = ReportBuilder.BudgetBase(b, framework);
        s.Text(5, 1, "年度部门预算情况（万元）", XStyle.Header);
        s.Merge(5, 1, 6, 1, XStyle.Header);
        (int Column, int To, string Label)[] budgetHeads = [(2, 3, "总预算"), (4, 5, "基本支出"), (6, 7, "项目支出"), (8, 8, "执行数"), (9, 10, "预算执行率")];
        foreach (var (c, to, label) in budgetHeads)
        {
            s.Text(5, c, label, XStyle.Header);
            s.Merge(5, c, 5, to, XStyle.Header);
        }

        s.Number(6, 2, total, XStyle.Money);
        s.Merge(6, 2, 6, 3, XStyle.Money);
        s.Number(6, 4, b.Basic.Budget, XStyle.Money);
        s.Merge(6, 4, 6, 5, XStyle.Money);
        s.Number(6, 6, b.Project.Budget, XStyle.Money);
        s.Merge(6, 6, 6, 7, XStyle.Money);
        s.Number(6, 8, b.Executed, XStyle.Money);
        s.Formula(6, 9, "IF(OR(N(B6)=0,H6=\"\"),\"\",H6/B6)", total is { } t && t != 0m && b.Executed is { } e ? Math.Round(e / t, 6) : null, XStyle.Percent);
        s.Merge(6, 9, 6, last, XStyle.Percent);

        const int header = 8;
        string[] heads = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标解释", "得分", "未达标原因", "改进措施", CodeHeader];
        for (var c = 0; c < heads.Length; c++)
        {
            s.Text(header, c + 1, heads[c], XStyle.Header);
        }

        var rows = ScoreRows.Build(framework, score);
        var first = header + 1;
        var r = first;
        var i = 0;
        while (i < rows.Count)
        {
            // One block per level-1 indicator, sub-blocks per level-2.
            var l1 = rows[i].Level1;
            var l1Start = r;
            while (i < rows.Count && ReferenceEquals(rows[i].Level1, l1))
            {
                var l2 = rows[i].Level2;
                var l2Start = r;
                while (i < rows.Count && ReferenceEquals(rows[i].Level1, l1) && ReferenceEquals(rows[i].Level2, l2))
                {
                    LeafRow(s, r, rows[i], evaluation);
                    r++;
                    i++;
                }

                var l2End = r - 1;
                if (l2 is not null)
                {
                    s.Text(l2Start, 3, l2.Name, XStyle.TextCenter);
                    s.Merge(l2Start, 3, l2End, 3, XStyle.TextCenter);
                    s.Formula(l2Start, 4, Invariant($"SUM(F{l2Start}:F{l2End})"), rows.Skip(i - (l2End - l2Start + 1)).Take(l2End - l2Start + 1).Sum(x => x.Leaf.Weight), XStyle.Number);
                    s.Merge(l2Start, 4, l2End, 4, XStyle.Number);
                }
                else
                {
                    s.Fill(l2Start, 3, l2End, 4, XStyle.TextCenter);
                }
            }

            var l1End = r - 1;
            s.Text(l1Start, 1, l1.Name, XStyle.TextCenter);
            s.Merge(l1Start, 1, l1End, 1, XStyle.TextCenter);
            var l1Weight = rows.Where(x => ReferenceEquals(x.Level1, l1)).Sum(x => x.Leaf.Weight);
            s.Formula(l1Start, 2, Invariant($"SUM(F{l1Start}:F{l1End})"), l1Weight, XStyle.Number);
            s.Merge(l1Start, 2, l1End, 2, XStyle.Number);
        }

        var lastLeaf = r - 1;
        s.Text(r, 1, "总分", XStyle.BoldCenter);
        s.Formula(r, 2, Invariant($"SUM(B{first}:B{lastLeaf})"), rows.Sum(x => x.Leaf.Weight), XStyle.BoldNumber);
        s.Fill(r, 3, r, 5, XStyle.BoldCenter);
        s.Formula(r, 6, Invariant($"SUM(F{first}:F{lastLeaf})"), rows.Sum(x => x.Leaf.Weight), XStyle.BoldNumber);
        s.Fill(r, 7, r, 7, XStyle.BoldCenter);
        s.Formula(r, 8, Invariant($"SUM(H{first}:H{lastLeaf})"), rows.Sum(x => x.LeafScore), XStyle.BoldNumber);
        s.Fill(r, 9, r, last, XStyle.BoldCenter);
        var totalRow = r;

        r++;
        s.Text(r, 1, "评价等级", XStyle.Header);
        s.TextFormula(r, 2, GradeFormula(framework.Grades, Invariant($"H{totalRow}")), GradeText(framework.Grades, score.Grade), XStyle.TextLeft);
        s.Merge(r, 2, r, last, XStyle.TextLeft);
        r += 2;
        s.Text(r, 1, "填报人：", XStyle.Plain);
        s.Text(r, 5, "审核人：", XStyle.Plain);
        s.Text(r, 7, "填报日期：" + (evaluation.Date is { } date ? Invariant($"{date.Year}年{date.Month}月{date.Day}日") : string.Empty), XStyle.Plain);

        var sheet = s.Build([12, 6, 12, 6, 20, 6, 40, 8, 18, 18, 14], hiddenColumn: 11, header, "&C第 &P 页，共 &N 页");
        return (sheet, header);
    }

    private static void LeafRow(SheetWriter s, int r, ScoreRow row, Evaluation evaluation)
    {
        evaluation.Inputs.TryGetValue(row.Leaf.Code, out var input);
        s.Text(r, 5, ScoreRows.DisplayName(row.Leaf), XStyle.TextCenter);
        s.Number(r, 6, row.Leaf.Weight, XStyle.Number);
        s.Text(r, 7, row.Leaf.Explanation, XStyle.TextLeft);
        if (row.Score is { NotApplicable: true })
        {
            s.Text(r, 8, "不适用", XStyle.Number);
        }
        else
        {
            s.Number(r, 8, row.LeafScore, XStyle.Number);
        }

        s.Text(r, 9, input?.Reason ?? row.Score?.Reason, XStyle.TextLeft);
        s.Text(r, 10, input?.Measure ?? row.Score?.Measure, XStyle.TextLeft);
        s.Text(r, 11, row.Leaf.Code, XStyle.TextCenter);
    }

    private static (Worksheet Sheet, int HeaderRow) ProjectTable(Evaluation evaluation, Framework framework, ScoreResult score)
    {
        var s = new SheetWriter();
        const int last = 10;
        s.Text(1, 1, $"项目支出绩效自评表\n（{evaluation.Year}年度）", XStyle.Title);
        s.Merge(1, 1, 1, last, XStyle.Title);
        s.Height(1, 48);

        s.Field(2, 1, "项目名称", evaluation.ProjectName, 5);
        s.Field(2, 6, "项目编码", evaluation.ProjectCode, last);
        s.Field(3, 1, "主管部门", evaluation.Department, 5);
        s.Field(3, 6, "实施单位", evaluation.Unit, last);
        s.Field(4, 1, "项目年度目标", evaluation.OverallGoal, last);
        s.Field(5, 1, "年度目标完成情况", evaluation.GoalCompletion, last);

        // 预算执行情况 by fund source.
        string[] budgetHeads = ["资金来源（万元）", "年初预算", "调整后预算", "执行数", "执行率", "权重", "得分"];
        for (var c = 0; c < budgetHeads.Length; c++)
        {
            s.Text(6, c + 1, budgetHeads[c], XStyle.Header);
        }

        s.Text(6, 8, "原因", XStyle.Header);
        s.Merge(6, 8, 6, last, XStyle.Header);
        var b = evaluation.Budget;
        var sources = b.BySource.Count > 0
            ? b.BySource
            : [new FundSourceLine("财政资金", b.Initial, b.Adjusted, b.Executed)];
        var firstSource = 8;
        var lastSource = firstSource + sources.Count - 1;
        var execution = ExecutionLeaf(framework);
        var executionScore = execution is null ? null : score.Find(execution.Code);
        evaluation.Inputs.TryGetValue(execution?.Code ?? string.Empty, out var executionInput);

        s.Text(7, 1, "总额", XStyle.BoldCenter);
        s.Formula(7, 2, Invariant($"SUM(B{firstSource}:B{lastSource})"), b.Initial ?? Sum(sources, x => x.Initial), XStyle.BoldMoney);
        s.Formula(7, 3, Invariant($"SUM(C{firstSource}:C{lastSource})"), b.Adjusted ?? Sum(sources, x => x.Adjusted), XStyle.BoldMoney);
        s.Formula(7, 4, Invariant($"SUM(D{firstSource}:D{lastSource})"), b.Executed ?? Sum(sources, x => x.Executed), XStyle.BoldMoney);
        var budgetBase = framework.Settings.ExecutionBasis == BudgetBasis.Initial ? "B7" : "C7";
        var baseValue = ReportBuilder.BudgetBase(b, framework);
        s.Formula(7, 5, $"IF(N({budgetBase})=0,\"\",D7/{budgetBase})", baseValue is { } bv && bv != 0m && b.Executed is { } ex ? Math.Round(ex / bv, 6) : null, XStyle.Percent);
        s.Number(7, 6, execution?.Weight, XStyle.Number);
        s.Number(7, 7, executionScore?.Score, XStyle.Number);
        s.Text(7, 8, executionInput?.Reason ?? executionScore?.Reason, XStyle.TextLeft);
        s.Merge(7, 8, 7, last, XStyle.TextLeft);
        for (var k = 0; k < sources.Count; k++)
        {
            var r = firstSource + k;
            var src = sources[k];
            s.Text(r, 1, (k == 0 ? "其中：" : string.Empty) + src.Name, XStyle.TextLeft);
            s.Number(r, 2, src.Initial, XStyle.Money);
            s.Number(r, 3, src.Adjusted, XStyle.Money);
            s.Number(r, 4, src.Executed, XStyle.Money);
            var col = framework.Settings.ExecutionBasis == BudgetBasis.Initial ? "B" : "C";
            var srcBase = framework.Settings.ExecutionBasis == BudgetBasis.Initial ? src.Initial : src.Adjusted;
            s.Formula(r, 5, Invariant($"IF(N({col}{r})=0,\"\",D{r}/{col}{r})"), srcBase is { } sb && sb != 0m && src.Executed is { } se ? Math.Round(se / sb, 6) : null, XStyle.Percent);
            s.Text(r, 6, "/", XStyle.TextCenter);
            s.Text(r, 7, "/", XStyle.TextCenter);
            s.Fill(r, 8, r, last, XStyle.TextLeft);
            s.Merge(r, 8, r, last, XStyle.TextLeft);
        }

        // 绩效指标.
        var header = lastSource + 1;
        string[] heads = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"];
        for (var c = 0; c < heads.Length; c++)
        {
            s.Text(header, c + 1, heads[c], XStyle.Header);
        }

        var firstGoal = header + 1;
        var goals = evaluation.Goals;
        for (var k = 0; k < goals.Count; k++)
        {
            var r = firstGoal + k;
            var g = goals[k];
            var newL1 = k == 0 || goals[k - 1].Level1 != g.Level1;
            var newL2 = newL1 || goals[k - 1].Level2 != g.Level2;
            if (newL1)
            {
                var end = k;
                while (end + 1 < goals.Count && goals[end + 1].Level1 == g.Level1)
                {
                    end++;
                }

                s.Text(r, 1, g.Level1, XStyle.TextCenter);
                s.Merge(r, 1, firstGoal + end, 1, XStyle.TextCenter);
            }

            if (newL2)
            {
                var end = k;
                while (end + 1 < goals.Count && goals[end + 1].Level1 == g.Level1 && goals[end + 1].Level2 == g.Level2)
                {
                    end++;
                }

                s.Text(r, 2, g.Level2, XStyle.TextCenter);
                s.Merge(r, 2, firstGoal + end, 2, XStyle.TextCenter);
            }

            s.Text(r, 3, g.Name, XStyle.TextLeft);
            s.Text(r, 4, g.Operator.Symbol(), XStyle.TextCenter);
            if (g.TargetText is null && g.Target is { } target)
            {
                s.Number(r, 5, target, XStyle.Number);
            }
            else
            {
                s.Text(r, 5, g.TargetText, XStyle.TextCenter);
            }

            s.Text(r, 6, g.Unit, XStyle.TextCenter);
            if (g.ActualText is null && g.Actual is { } actual)
            {
                s.Number(r, 7, actual, XStyle.Number);
            }
            else
            {
                s.Text(r, 7, g.ActualText ?? g.Answer?.Name(), XStyle.TextCenter);
            }

            s.Number(r, 8, g.Weight, XStyle.Number);
            s.Number(r, 9, ScoreRows.GoalScore(score, k, g), XStyle.Number);
            s.Text(r, 10, g.Reason, XStyle.TextLeft);
        }

        var lastGoal = firstGoal + goals.Count - 1;
        var sumRow = lastGoal + 1;
        s.Text(sumRow, 1, "合计", XStyle.BoldCenter);
        s.Merge(sumRow, 1, sumRow, 7, XStyle.BoldCenter);
        var weightSum = (execution?.Weight ?? 0m) + goals.Sum(g => g.Weight);
        s.Formula(sumRow, 8, goals.Count > 0 ? Invariant($"N(F7)+SUM(H{firstGoal}:H{lastGoal})") : "N(F7)", weightSum, XStyle.BoldNumber);
        s.Formula(sumRow, 9, goals.Count > 0 ? Invariant($"N(G7)+SUM(I{firstGoal}:I{lastGoal})") : "N(G7)", score.Total, XStyle.BoldNumber);
        s.Fill(sumRow, 10, sumRow, last, XStyle.BoldCenter);

        var r2 = sumRow + 1;
        var conclusion = $"项目自评得分{Money.FormatShort(score.Total)}分，评价等级为“{score.Grade?.Name ?? "—"}”。"
            + (string.IsNullOrWhiteSpace(evaluation.Narrative.Achievements) ? string.Empty : evaluation.Narrative.Achievements!.Trim());
        (string Label, string? Text)[] tail = [("评价结论", conclusion), ("存在问题", evaluation.Narrative.Problems), ("改进措施", evaluation.Narrative.Measures)];
        foreach (var (label, text) in tail)
        {
            s.Text(r2, 1, label, XStyle.Header);
            s.Text(r2, 2, text, XStyle.TextLeft);
            s.Merge(r2, 2, r2, last, XStyle.TextLeft);
            r2++;
        }

        s.Text(r2, 1, "评价等级", XStyle.Header);
        s.TextFormula(r2, 2, GradeFormula(framework.Grades, Invariant($"I{sumRow}")), GradeText(framework.Grades, score.Grade), XStyle.TextLeft);
        s.Merge(r2, 2, r2, last, XStyle.TextLeft);
        r2 += 2;
        s.Text(r2, 1, "项目负责人：", XStyle.Plain);
        s.Text(r2, 3, "财务负责人：", XStyle.Plain);
        s.Text(r2, 7, "填报日期：" + (evaluation.Date is { } date ? Invariant($"{date.Year}年{date.Month}月{date.Day}日") : string.Empty), XStyle.Plain);

        var sheet = s.Build([16, 14, 26, 8, 10, 8, 10, 8, 8, 30], hiddenColumn: null, header, "&C第 &P 页，共 &N 页");
        return (sheet, header);
    }

    /// <summary>The leaf that scores 预算执行率 in a project framework.</summary>
    internal static IndicatorNode? ExecutionLeaf(Framework framework) =>
        framework.Leaves().FirstOrDefault(n => n.Rule?.Kind.Contains("execution", StringComparison.OrdinalIgnoreCase) == true)
        ?? framework.Leaves().FirstOrDefault(n => n.Name.Contains("预算执行", StringComparison.Ordinal));

    /// <summary>The grade line as text with the chosen grade ticked.</summary>
    internal static string GradeText(GradeScale grades, GradeBand? chosen) =>
        string.Join("；", grades.Bands.Select(b => (chosen is not null && chosen.Name == b.Name ? "☑" : "☐") + b.Name + "  " + b.Describe()));

    /// <summary>The grade line as a live formula: each ☑/☐ follows the total cell.</summary>
    internal static string GradeFormula(GradeScale grades, string totalCell)
    {
        var parts = grades.Bands.Select(b =>
        {
            var lower = (b.MinInclusive ? ">=" : ">") + Money.FormatShort(b.Min);
            var upper = (b.MaxInclusive ? "<=" : "<") + Money.FormatShort(b.Max);
            var test = b.Min <= 0m && b.MinInclusive
                ? $"ROUND({totalCell},2){upper}"
                : $"AND(ROUND({totalCell},2){lower},ROUND({totalCell},2){upper})";
            return $"IF({test},\"☑\",\"☐\")&\"{b.Name}  {b.Describe()}\"";
        });
        return string.Join("&\"；\"&", parts);
    }

    private static decimal? Sum(IEnumerable<FundSourceLine> lines, Func<FundSourceLine, decimal?> pick)
    {
        var values = lines.Select(pick).Where(v => v is not null).ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
