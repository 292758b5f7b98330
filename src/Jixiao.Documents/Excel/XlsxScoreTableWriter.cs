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
/// indicator rows, 合计, 评价结论). The table is live: every leaf whose rule is arithmetic is a formula
/// over visible input cells (the budget block, the goal rows, the 计分数据 sheet of stated rates,
/// ratio figures and deductions), giving the scorer's figures; a score the unit stated stays a value
/// on a yellow fill; total and grade follow. Every formula carries its cached value (the scorer's), so
/// viewers that do not recalculate show the same numbers. A4 landscape, header row repeated.
/// </summary>
public static class XlsxScoreTableWriter
{
    /// <summary>Sheet names we write (the reader also finds the sheet when it was renamed).</summary>
    public const string DepartmentSheet = "自评表";

    public const string ProjectSheet = "项目自评表";

    /// <summary>The sheet of the formulas' inputs.</summary>
    public const string InputsSheet = InputSheet.Name;

    /// <summary>Header of the hidden column holding leaf codes (department table).</summary>
    public const string CodeHeader = "指标编码";

    /// <summary>Header of the hidden key column beside goal and input rows.</summary>
    public const string KeyHeader = "数据键";

    /// <summary>Hidden marker cells (column K, top rows) that survive any editor: what the sheet is, framework, year, kind.</summary>
    public const string MarkerPrefix = "jixiao:";

    public const string ScoreTableKind = "score-table";

    public const string ProjectTableKind = "project-table";

    public const string InputsKind = "inputs";

    /// <summary>The hidden column of codes, keys and markers.</summary>
    public const int HiddenColumn = 11;

    internal static string Marker(string kind) => MarkerPrefix + kind;

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
        var project = evaluation.Kind == EvaluationKind.Project;
        var sheetName = project ? ProjectSheet : DepartmentSheet;
        var inputs = new InputSheet(framework);
        var (worksheet, headerRow) = project
            ? ProjectTable(evaluation, framework, score, inputs)
            : DepartmentTable(evaluation, framework, score, inputs);
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
        sheetPart.Worksheet = worksheet;
        var sheets = new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = "rIdSheet1" });
        if (inputs.HasContent)
        {
            var inputPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet2");
            inputPart.Worksheet = inputs.Build();
            sheets.Append(new Sheet { Name = InputSheet.Name, SheetId = 2U, Id = "rIdSheet2" });
        }

        var printTitles = "'" + sheetName + "'!$" + headerRow.ToString(CultureInfo.InvariantCulture) + ":$" + headerRow.ToString(CultureInfo.InvariantCulture);
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0U }),
            sheets,
            new DefinedNames(new DefinedName(printTitles) { Name = "_xlnm.Print_Titles", LocalSheetId = 0U }),
            new CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });
        OwnData.From(project ? OwnData.ProjectTableKind : OwnData.ScoreTableKind, evaluation, framework, score).AddTo(workbookPart);
    }

    /// <summary>The hidden marker cells: what the sheet is, the framework, year and kind (read back when the data part is gone).</summary>
    private static void Markers(SheetWriter s, string kind, Evaluation evaluation, Framework framework)
    {
        s.Text(1, HiddenColumn, Marker(kind), XStyle.Plain);
        s.Text(2, HiddenColumn, "framework=" + framework.Id, XStyle.Plain);
        s.Text(3, HiddenColumn, "year=" + evaluation.Year.ToString(CultureInfo.InvariantCulture), XStyle.Plain);
        s.Text(4, HiddenColumn, "kind=" + evaluation.Kind.Name(), XStyle.Plain);
    }

    private static (Worksheet Sheet, int HeaderRow) DepartmentTable(Evaluation evaluation, Framework framework, ScoreResult score, InputSheet inputs)
    {
        var s = new SheetWriter();
        const string sheet = DepartmentSheet;
        const int last = 10;
        var refs = new CellRefs();
        s.Text(1, 1, $"{evaluation.Year}年度{evaluation.Unit}\n{framework.Name}", XStyle.Title);
        s.Merge(1, 1, 1, last, XStyle.Title);
        s.Height(1, 48);
        Markers(s, ScoreTableKind, evaluation, framework);

        s.Field(2, 1, "部门名称", evaluation.Unit, 7);
        s.Text(2, 8, "单位数", XStyle.Header);
        s.Number(2, 9, evaluation.UnitCount, XStyle.Number);
        s.Merge(2, 9, 2, last, XStyle.Number);

        s.Field(3, 1, "年度整体绩效目标", evaluation.OverallGoal, last);
        s.Field(4, 1, "整体绩效目标完成情况", evaluation.GoalCompletion, last);
        s.Field(5, 1, "未能完成原因", ShortfallReason(evaluation, framework, score), last);

        var valuesRow = BudgetBlock(s, sheet, 6, evaluation, framework, refs);

        var header = valuesRow + 2;
        string[] heads = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标解释", "得分", "未达标原因", "改进措施", CodeHeader];
        for (var c = 0; c < heads.Length; c++)
        {
            s.Text(header, c + 1, heads[c], XStyle.Header);
        }

        var rows = ScoreRows.Build(framework, score);
        var first = header + 1;
        var lastLeaf = first + rows.Count - 1;
        inputs.Goals(evaluation, refs);
        var rescaled = Rescaled(framework, score);
        var notApplicableRows = rows.Select((x, k) => (x, k)).Where(x => x.x.Score is { NotApplicable: true }).Select(x => first + x.k).ToList();
        var factor = rescaled is { } f
            ? inputs.Factor(refs, sheet, notApplicableRows, framework.TotalWeight, f).From(sheet)
            : null;

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
                    LeafRow(s, r, rows[i], new LeafContext(sheet, evaluation, framework, refs, inputs, factor));
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

        s.Text(r, 1, "总分", XStyle.BoldCenter);
        s.Formula(r, 2, Invariant($"SUM(B{first}:B{lastLeaf})"), rows.Sum(x => x.Leaf.Weight), XStyle.BoldNumber);
        s.Fill(r, 3, r, 5, XStyle.BoldCenter);
        s.Formula(r, 6, Invariant($"SUM(F{first}:F{lastLeaf})"), rows.Sum(x => x.Leaf.Weight), XStyle.BoldNumber);
        s.Fill(r, 7, r, 7, XStyle.BoldCenter);

        // A not-applicable leaf given full marks shows 不适用: its weight is added to the sum.
        var total = Invariant($"SUM(H{first}:H{lastLeaf})");
        if (framework.Settings.NotApplicable == NotApplicablePolicy.FullMarks)
        {
            total += Invariant($"+SUMIF(H{first}:H{lastLeaf},\"不适用\",F{first}:F{lastLeaf})");
        }

        s.Formula(r, 8, total, rows.Sum(x => x.LeafScore), XStyle.BoldNumber);
        s.Fill(r, 9, r, last, XStyle.BoldCenter);
        var totalRow = r;

        r++;
        s.Text(r, 1, "评价等级", XStyle.Header);
        s.TextFormula(r, 2, GradeFormula(framework.Grades, Invariant($"H{totalRow}")), GradeText(framework.Grades, score.Grade), XStyle.TextLeft);
        s.Merge(r, 2, r, last, XStyle.TextLeft);
        r++;
        s.Text(r, 1, Legend(inputs.HasContent), XStyle.Plain);
        s.Merge(r, 1, r, last, XStyle.Plain);
        r += 2;
        s.Text(r, 1, "填报人：", XStyle.Plain);
        s.Text(r, 5, "审核人：", XStyle.Plain);
        s.Text(r, 7, "填报日期：" + (evaluation.Date is { } date ? Invariant($"{date.Year}年{date.Month}月{date.Day}日") : string.Empty), XStyle.Plain);

        var worksheet = s.Build([12, 6, 12, 6, 20, 6, 40, 8, 18, 18, 14], [HiddenColumn], header, "&C第 &P 页，共 &N 页");
        return (worksheet, header);
    }

    /// <summary>The note under the grade line: which scores are formulas and which were stated.</summary>
    internal static string Legend(bool hasInputSheet) =>
        "注：“得分”栏中浅黄色底纹的为填报得分（无计算依据，保持为数值）；其余得分为公式，按上方预算数据"
        + (hasInputSheet ? "及“计分数据”表" : string.Empty) + "自动计算，总分和评价等级随之更新。";

    /// <summary>
    /// 未能完成原因: the reasons given for the goal-completion leaves and for the goals themselves (input text only);
    /// 无 when those leaves scored full marks and no reason is given; empty when points were lost without a reason.
    /// </summary>
    internal static string? ShortfallReason(Evaluation evaluation, Framework framework, ScoreResult score)
    {
        var leaves = framework.Leaves().Where(l => l.Rule is GoalCompletionRule or DeclaredIndicatorsRule).ToList();
        var reasons = new List<string>();
        foreach (var leaf in leaves)
        {
            if (evaluation.Inputs.TryGetValue(leaf.Code, out var input) && !string.IsNullOrWhiteSpace(input.Reason))
            {
                reasons.Add(input.Reason.Trim());
            }
        }

        foreach (var goal in evaluation.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Reason)))
        {
            reasons.Add(goal.Name + "：" + goal.Reason!.Trim());
        }

        if (reasons.Count > 0)
        {
            return string.Join("\n", reasons.Distinct(StringComparer.Ordinal));
        }

        var lost = leaves.Any(l => score.Find(l.Code) is { NotApplicable: false } s && s.Score < l.Weight);
        return leaves.Count > 0 && !lost ? "无" : null;
    }

    /// <summary>
    /// The budget block from <paramref name="top"/>: 年度部门预算情况（万元）, 总预算, the 年度预算资金类别 columns of the
    /// framework (grouped under their headings when named), 执行数 and 预算执行率 (a formula); returns the values row.
    /// The cells that formulas read are registered in <paramref name="refs"/> by budget field path.
    /// </summary>
    private static int BudgetBlock(SheetWriter s, string sheet, int top, Evaluation evaluation, Framework framework, CellRefs refs)
    {
        const int last = 10;
        var b = evaluation.Budget;
        var categories = framework.Settings.BudgetCategories.Count > 0
            ? framework.Settings.BudgetCategories
            : [new BudgetCategoryColumn(string.Empty, "基本支出", "budget.basic.budget"), new BudgetCategoryColumn(string.Empty, "项目支出", "budget.project.budget")];
        var grouped = categories.Any(c => c.Group.Length > 0);
        var values = grouped ? top + 3 : top + 1;

        // Spans over columns B–J: one each, the spare ones to 总预算, the categories in order, then 预算执行率.
        var items = categories.Count + 3;
        var spans = Enumerable.Repeat(1, items).ToArray();
        var spare = (last - 1) - items;
        int[] order = [0, .. Enumerable.Range(1, categories.Count), items - 1];
        for (var k = 0; spare > 0; k = (k + 1) % order.Length, spare--)
        {
            spans[order[k]]++;
        }

        var starts = new int[items];
        starts[0] = 2;
        for (var k = 1; k < items; k++)
        {
            starts[k] = starts[k - 1] + spans[k - 1];
        }

        int End(int k) => starts[k] + spans[k] - 1;

        s.Text(top, 1, "年度部门预算情况（万元）", XStyle.Header);
        s.Merge(top, 1, values, 1, XStyle.Header);
        void Head(int k, string label)
        {
            s.Text(top, starts[k], label, XStyle.Header);
            s.Merge(top, starts[k], values - 1, End(k), XStyle.Header);
        }

        Head(0, "总预算");
        Head(items - 2, "执行数");
        Head(items - 1, "预算执行率");
        if (grouped)
        {
            s.Text(top, starts[1], "年度预算资金类别", XStyle.Header);
            s.Merge(top, starts[1], top, End(categories.Count), XStyle.Header);
            var k = 0;
            while (k < categories.Count)
            {
                var end = k;
                while (end + 1 < categories.Count && categories[end + 1].Group == categories[k].Group)
                {
                    end++;
                }

                s.Text(top + 1, starts[k + 1], categories[k].Group, XStyle.Header);
                s.Merge(top + 1, starts[k + 1], top + 1, End(end + 1), XStyle.Header);
                k = end + 1;
            }
        }

        for (var k = 0; k < categories.Count; k++)
        {
            s.Text(values - 1, starts[k + 1], categories[k].Name, XStyle.Header);
            s.Merge(values - 1, starts[k + 1], values - 1, End(k + 1), XStyle.Header);
        }

        // 总预算 shows the budget the execution rate divides by (ReportBuilder.BudgetBase): registered under the field it shows.
        var shown = ReportBuilder.BudgetBase(b, framework);
        var basisPath = framework.Settings.ExecutionBasis == BudgetBasis.Initial
            ? (b.Initial is null && b.Adjusted is not null ? "budget.adjusted" : "budget.initial")
            : (b.Adjusted is null && b.Initial is not null ? "budget.initial" : "budget.adjusted");
        void Value(int k, decimal? value, string? path)
        {
            s.Number(values, starts[k], value, XStyle.Money);
            s.Merge(values, starts[k], values, End(k), XStyle.Money);
            if (path is not null)
            {
                refs.Add(path, new CellRef(sheet, values, starts[k]));
            }
        }

        Value(0, shown, basisPath);
        for (var k = 0; k < categories.Count; k++)
        {
            var c = categories[k];
            var amount = c.Field is { } field ? BudgetFields.Read(field, b) : b.Categories.FirstOrDefault(x => x.Name == c.Name)?.Amount;
            Value(k + 1, amount, c.Field);
        }

        Value(items - 2, b.Executed, "budget.executed");
        var totalCell = SheetWriter.Ref(values, starts[0]);
        var executedCell = SheetWriter.Ref(values, starts[items - 2]);
        s.Formula(values, starts[items - 1], $"IF(OR(N({totalCell})=0,{executedCell}=\"\"),\"\",{executedCell}/{totalCell})",
            shown is { } t && t != 0m && b.Executed is { } e ? e / t : null, XStyle.Percent);
        s.Merge(values, starts[items - 1], values, End(items - 1), XStyle.Percent);
        return values;
    }

    /// <summary>What a leaf's score formula may refer to.</summary>
    private sealed record LeafContext(string Sheet, Evaluation Evaluation, Framework Framework, CellRefs Refs, InputSheet Inputs, string? Factor);

    private static void LeafRow(SheetWriter s, int r, ScoreRow row, LeafContext c)
    {
        c.Evaluation.Inputs.TryGetValue(row.Leaf.Code, out var input);
        s.Text(r, 5, ScoreRows.DisplayName(row.Leaf), XStyle.TextCenter);
        s.Number(r, 6, row.Leaf.Weight, XStyle.Number);
        s.Text(r, 7, row.Leaf.Explanation, XStyle.TextLeft);
        if (row.Score is { NotApplicable: true })
        {
            s.Text(r, 8, "不适用", XStyle.Number);
        }
        else if (LeafFormula(row.Leaf, input, Invariant($"F{r}"), c) is { } formula)
        {
            s.Formula(r, 8, formula, row.LeafScore, XStyle.Number);
        }
        else
        {
            s.Number(r, 8, row.LeafScore, XStyle.Stated);
        }

        s.Text(r, 9, input?.Reason ?? row.Score?.Reason, XStyle.TextLeft);
        s.Text(r, 10, input?.Measure ?? row.Score?.Measure, XStyle.TextLeft);
        s.Text(r, 11, row.Leaf.Code, XStyle.TextCenter);
    }

    /// <summary>
    /// The score formula of a leaf, or null when its score is stated (the scorer had no computable inputs and took
    /// the unit's score). Mirrors the scorer's precedence: a directly stated rate or value first, then the numerator
    /// and denominator entered on the leaf, then the budget fields; the input cells are added to the 计分数据 sheet.
    /// </summary>
    private static string? LeafFormula(IndicatorNode leaf, LeafInput? input, string weight, LeafContext c)
    {
        var settings = c.Framework.Settings;
        var name = ScoreRows.DisplayName(leaf);
        var code = leaf.Code;
        string Input(string item, decimal? value, string? unit, string? note, string key) =>
            c.Inputs.Add(c.Refs, name, item, value, unit, note, key).From(c.Sheet);
        string Budget(string path) => c.Inputs.Budget(c.Refs, name, path, c.Evaluation.Budget).From(c.Sheet);

        string? inner;
        var uncapped = false;
        switch (leaf.Rule)
        {
            case ExecutionRateRule rule:
            {
                var basis = rule.Basis ?? settings.ExecutionBasis;
                var basisPath = basis == BudgetBasis.Adjusted ? "budget.adjusted" : "budget.initial";
                var b = c.Evaluation.Budget;
                string? rate = null;
                if (input?.Value is { } percent)
                {
                    rate = Input("预算执行率（直接填报）", percent, "%", null, CellRefs.Value(code)) + "/100";
                }
                else if (input is { Numerator: { } num, Denominator: { } den })
                {
                    rate = Input("预算执行数", num, "万元", null, CellRefs.Numerator(code)) + "/" + Input("预算数", den, "万元", null, CellRefs.Denominator(code));
                }
                else if ((basis == BudgetBasis.Adjusted ? b.Adjusted : b.Initial) is not null && b.Executed is not null)
                {
                    rate = Budget("budget.executed") + "/" + Budget(basisPath);
                }

                inner = rate is null ? null : ScoreFormulas.Execution(weight, rate, settings.CapExecutionScore);
                uncapped = !settings.CapExecutionScore;
                break;
            }

            case GoalCompletionRule rule:
            {
                var goals = GoalRows.Of(c.Evaluation.Goals, rule.Level1);
                if (goals.Count == 0)
                {
                    inner = null;
                    break;
                }

                var cells = goals.Select(g => c.Refs.Find(CellRefs.Goal(g))!.Value).ToList();
                string List(int column) => string.Join(",", cells.Select(x => (x with { Column = column }).From(c.Sheet)));
                var weights = List(GoalRows.Weight);
                var average = $"{weight}*AVERAGE({List(GoalRows.Rate)})";
                inner = rule.Derivation == GoalDerivation.Weighted
                    ? $"IF(SUM({weights})>0,{weight}*SUM({List(GoalRows.Score)})/SUM({weights}),{average})"
                    : average;
                break;
            }

            case DeclaredIndicatorsRule rule:
            {
                var goals = GoalRows.Of(c.Evaluation.Goals, rule.Level1);
                inner = goals.Count == 0 ? null
                    : "SUM(" + string.Join(",", goals.Select(g => (c.Refs.Find(CellRefs.Goal(g))!.Value with { Column = GoalRows.Score }).From(c.Sheet))) + ")";
                break;
            }

            case MeasuredRule rule when input?.Value is { } value:
            {
                var cell = Input("完成值", value, rule.Unit, "指标值 " + rule.Operator.Symbol() + ScoreFormulas.Num(rule.Target) + rule.Unit, CellRefs.Value(code));
                inner = $"{weight}*{ScoreFormulas.OperatorRate(rule.Operator, ScoreFormulas.Num(rule.Target), cell, settings)}";
                break;
            }

            case RatioRule rule:
            {
                var b = c.Evaluation.Budget;
                string? percent = null;
                if (input?.Value is { } direct)
                {
                    percent = Input(leaf.Name + "（直接填报）", direct, "%", null, CellRefs.Value(code));
                }
                else
                {
                    var num = rule.Numerator is { } nf ? BudgetFields.Read(nf, b) : input?.Numerator;
                    var den = rule.Denominator is { } df ? BudgetFields.Read(df, b) : input?.Denominator;
                    if (num is not null && den is not null)
                    {
                        var n = rule.Numerator is { } nPath ? Budget(nPath) : Input("分子", num, null, null, CellRefs.Numerator(code));
                        var d = rule.Denominator is { } dPath ? Budget(dPath) : Input("分母", den, null, null, CellRefs.Denominator(code));
                        percent = $"{n}/{d}*100";
                    }
                }

                inner = percent is null ? null : ScoreFormulas.Ratio(rule, weight, percent);
                break;
            }

            case ComplianceRule:
                inner = weight;
                break;

            default:
                inner = null;
                break;
        }

        var deductions = input?.Deductions ?? [];
        if (leaf.Rule is ComplianceRule && deductions.Count == 0 && c.Factor is null)
        {
            return weight; // full marks: the weight itself
        }

        if (deductions.Count > 0 && leaf.Rule is not DeclaredIndicatorsRule)
        {
            // A stated score with deductions: the stated score becomes an input cell the formula reads.
            inner ??= input?.Score is { } stated ? Input("填报得分", stated, "分", "单位填报的得分（无计算依据）", CellRefs.Score(code)) : null;
            if (inner is null)
            {
                return null;
            }

            var cells = deductions.Select((d, k) => Input("扣分", d.Points, "分", d.Reason, CellRefs.Deduction(code, k))).ToList();
            return ScoreFormulas.Leaf(inner, weight, uncapped, cells, c.Factor);
        }

        return inner is null ? null
            : leaf.Rule is DeclaredIndicatorsRule ? inner
            : ScoreFormulas.Leaf(inner, weight, uncapped, [], c.Factor);
    }

    /// <summary>The rescaling factor when not-applicable leaves were excluded (policy 按比例折算); null otherwise.</summary>
    private static decimal? Rescaled(Framework framework, ScoreResult score)
    {
        if (framework.Settings.NotApplicable != NotApplicablePolicy.Rescale)
        {
            return null;
        }

        var excluded = framework.Leaves().Where(l => score.Find(l.Code) is { NotApplicable: true }).Sum(l => l.Weight);
        var applicable = framework.TotalWeight - excluded;
        return excluded > 0m && applicable > 0m ? framework.TotalWeight / applicable : null;
    }

    private static (Worksheet Sheet, int HeaderRow) ProjectTable(Evaluation evaluation, Framework framework, ScoreResult score, InputSheet inputs)
    {
        var s = new SheetWriter();
        const string sheet = ProjectSheet;
        const int last = 10;
        var refs = new CellRefs();
        s.Text(1, 1, $"项目支出绩效自评表\n（{evaluation.Year}年度）", XStyle.Title);
        s.Merge(1, 1, 1, last, XStyle.Title);
        s.Height(1, 48);
        Markers(s, ProjectTableKind, evaluation, framework);

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

        // 总额: the sum of the sources when it is the evaluation's figure (as it usually is), else the figure itself.
        s.Text(7, 1, "总额", XStyle.BoldCenter);
        (int Column, decimal? Top, Func<FundSourceLine, decimal?> Pick, string Path)[] totals =
            [(2, b.Initial, x => x.Initial, "budget.initial"), (3, b.Adjusted, x => x.Adjusted, "budget.adjusted"), (4, b.Executed, x => x.Executed, "budget.executed")];
        foreach (var (column, top, pick, path) in totals)
        {
            var sum = Sum(sources, pick);
            var col = SheetWriter.ColumnName(column);
            if (top is null || top == sum)
            {
                s.Formula(7, column, Invariant($"SUM({col}{firstSource}:{col}{lastSource})"), sum, XStyle.BoldMoney);
            }
            else
            {
                s.Number(7, column, top, XStyle.BoldMoney);
            }

            if (top is not null)
            {
                refs.Add(path, new CellRef(sheet, 7, column));
            }
        }

        var budgetBase = framework.Settings.ExecutionBasis == BudgetBasis.Initial ? "B7" : "C7";
        var baseValue = framework.Settings.ExecutionBasis == BudgetBasis.Initial ? b.Initial ?? Sum(sources, x => x.Initial) : b.Adjusted ?? Sum(sources, x => x.Adjusted);
        var executedValue = b.Executed ?? Sum(sources, x => x.Executed);
        s.Formula(7, 5, $"IF(N({budgetBase})=0,\"\",D7/{budgetBase})", baseValue is { } bv && bv != 0m && executedValue is { } ex ? ex / bv : null, XStyle.Percent);
        s.Number(7, 6, execution?.Weight, XStyle.Number);
        var context = new LeafContext(sheet, evaluation, framework, refs, inputs, null);
        if (execution is not null && executionScore is { NotApplicable: false } && LeafFormula(execution, executionInput, "F7", context) is { } executionFormula)
        {
            s.Formula(7, 7, executionFormula, executionScore.Score, XStyle.Number);
        }
        else
        {
            s.Number(7, 7, executionScore?.Score, executionScore is null ? XStyle.Number : XStyle.Stated);
        }

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
            s.Formula(r, 5, Invariant($"IF(N({col}{r})=0,\"\",D{r}/{col}{r})"), srcBase is { } sb && sb != 0m && src.Executed is { } se ? se / sb : null, XStyle.Percent);
            s.Text(r, 6, "/", XStyle.TextCenter);
            s.Text(r, 7, "/", XStyle.TextCenter);
            s.Fill(r, 8, r, last, XStyle.TextLeft);
            s.Merge(r, 8, r, last, XStyle.TextLeft);
            s.Text(r, HiddenColumn, "source=" + k.ToString(CultureInfo.InvariantCulture), XStyle.Plain);
        }

        // 绩效指标: live goal rows; the declared-indicators leaves are the sums of their goals' scores.
        var header = lastSource + 1;
        var lastGoal = GoalRows.Write(s, sheet, header, evaluation, framework, refs, "未完成原因分析", mergeLevels: true);
        var firstGoal = header + 1;
        var goals = evaluation.Goals;
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
        r2++;
        s.Text(r2, 1, Legend(inputs.HasContent), XStyle.Plain);
        s.Merge(r2, 1, r2, last, XStyle.Plain);
        r2 += 2;
        s.Text(r2, 1, "项目负责人：", XStyle.Plain);
        s.Text(r2, 3, "财务负责人：", XStyle.Plain);
        s.Text(r2, 7, "填报日期：" + (evaluation.Date is { } date ? Invariant($"{date.Year}年{date.Month}月{date.Day}日") : string.Empty), XStyle.Plain);

        var worksheet = s.Build([16, 14, 26, 8, 10, 8, 10, 8, 8, 30, 14, 10], [HiddenColumn, GoalRows.Rate], header, "&C第 &P 页，共 &N 页");
        return (worksheet, header);
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
