using System.Globalization;
using System.Text;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Reports;

/// <summary>
/// Composes the 自评报告 (DOMAIN §9) from an evaluation, its framework and its scores: sentences
/// with figures, the unit's narrative in place, tables for budget, goals and scores, the grade line.
/// It never computes a score; every figure of the score comes from <see cref="ScoreResult"/>.
/// </summary>
public static class ReportBuilder
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static Result<ReportDocument> Build(Evaluation evaluation, Framework framework, ScoreResult score, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        var missing = NarrativeFields.All
            .Where(f => f.Required && string.IsNullOrWhiteSpace(f.Get(evaluation.Narrative)))
            .ToList();
        if (options.Final && missing.Count > 0)
        {
            return Result<ReportDocument>.Failure(missing
                .Select(f => new DomainError("report.narrative-missing", "narrative." + f.Key, $"终稿缺少必填内容：{f.Title}"))
                .ToList());
        }

        var warnings = missing.Select(f => $"缺少“{f.Title}”（narrative.{f.Key}），已在报告中标注【待填写】").ToList();
        var blocks = new List<ReportBlock>();
        var scoreFirst = options.ScoreFirst ?? framework.Settings.ReportScoreFirst;
        var section = 0;
        string Next(string title) => Numerals[section++] + "、" + title;

        if (scoreFirst)
        {
            blocks.Add(new HeadingBlock(1, Next("自评结论")));
            blocks.AddRange(Conclusion(evaluation, score));
        }

        blocks.Add(new HeadingBlock(1, Next("基本情况")));
        var sub = 0;
        string Sub(string title) => "（" + Numerals[sub++] + "）" + title;
        var subject = SubjectWord(evaluation);
        blocks.Add(new HeadingBlock(2, Sub(evaluation.Kind == EvaluationKind.Project ? "项目概况" : "部门概况")));
        blocks.AddRange(Narrative(evaluation, NarrativeFields.Overview));
        blocks.Add(new HeadingBlock(2, Sub("年度总体工作和重点工作任务")));
        blocks.AddRange(Narrative(evaluation, NarrativeFields.Tasks));
        blocks.Add(new HeadingBlock(2, Sub(subject + "整体收支情况")));
        if (!string.IsNullOrWhiteSpace(evaluation.OverallGoal))
        {
            blocks.Add(new ParagraphBlock($"{evaluation.Year}年度{subject}整体绩效目标是：{evaluation.OverallGoal!.Trim()}"));
        }

        blocks.AddRange(Finances(evaluation, framework).Select(s => new ParagraphBlock(s)));
        blocks.AddRange(Narrative(evaluation, NarrativeFields.Finances));
        if (BudgetTable(evaluation, framework) is { } budgetTable)
        {
            blocks.Add(budgetTable);
        }

        blocks.Add(new HeadingBlock(2, Sub(subject + "整体绩效管理情况")));
        blocks.AddRange(Narrative(evaluation, NarrativeFields.Management));

        blocks.Add(new HeadingBlock(1, Next("综合评价分析")));
        sub = 0;
        if (!scoreFirst)
        {
            blocks.Add(new HeadingBlock(2, Sub("自评结论综述")));
            blocks.AddRange(Conclusion(evaluation, score));
        }

        blocks.Add(new HeadingBlock(2, Sub("各项工作任务绩效目标完成情况分析")));
        if (!string.IsNullOrWhiteSpace(evaluation.GoalCompletion))
        {
            blocks.Add(new ParagraphBlock(evaluation.GoalCompletion!.Trim()));
        }

        blocks.AddRange(Narrative(evaluation, NarrativeFields.GoalAnalysis));
        if (GoalTable(evaluation, score) is { } goalTable)
        {
            blocks.Add(goalTable);
        }

        blocks.Add(new HeadingBlock(2, Sub("各重点任务项目支出完成情况分析")));
        blocks.AddRange(Narrative(evaluation, NarrativeFields.ProjectAnalysis));
        blocks.Add(new HeadingBlock(2, Sub("主要工作成效")));
        blocks.AddRange(Narrative(evaluation, NarrativeFields.Achievements));

        blocks.Add(new HeadingBlock(1, Next("存在的主要问题")));
        blocks.AddRange(Narrative(evaluation, NarrativeFields.Problems));
        blocks.Add(new HeadingBlock(1, Next("下一步改进措施")));
        blocks.AddRange(Narrative(evaluation, NarrativeFields.Measures));
        if (!string.IsNullOrWhiteSpace(evaluation.Narrative.Other))
        {
            blocks.Add(new HeadingBlock(1, Next("其他")));
            blocks.AddRange(Narrative(evaluation, NarrativeFields.Other));
        }

        if (options.IncludeScoreTable)
        {
            blocks.Add(new HeadingBlock(1, "附表：" + framework.Name));
            blocks.Add(ScoreTable(framework, score));
            blocks.Add(new ParagraphBlock(GradeLine(framework, score)));
        }

        if (evaluation.Date is { } date)
        {
            blocks.Add(new ParagraphBlock($"{evaluation.Unit}　{date.Year}年{date.Month}月{date.Day}日"));
        }

        return Result<ReportDocument>.Success(new ReportDocument(Title(evaluation), blocks, warnings));
    }

    /// <summary>e.g. 中共广州市花都区直属机关工作委员会2021年度部门整体支出绩效自评报告.</summary>
    public static string Title(Evaluation evaluation) => evaluation.Kind == EvaluationKind.Project
        ? $"{evaluation.ProjectName ?? evaluation.Unit}{evaluation.Year}年度项目支出绩效自评报告"
        : $"{evaluation.Unit}{evaluation.Year}年度部门整体支出绩效自评报告";

    /// <summary>The grade line with the chosen grade ticked: ☑优（90分≤得分≤100分） ☐良 ….</summary>
    public static string GradeLine(Framework framework, ScoreResult score) =>
        "评价等级：" + string.Join("　", framework.Grades.Bands.Select(b =>
            (score.Grade is { } g && g.Name == b.Name ? "☑" : "☐") + b.Name + "（" + b.Describe() + "）"));

    /// <summary>The composed sentences on spending (预算数、执行数、执行率; by function; by nature).</summary>
    public static IReadOnlyList<string> Finances(Evaluation evaluation, Framework framework)
    {
        var b = evaluation.Budget;
        var subject = "本" + (evaluation.Kind == EvaluationKind.Project ? "项目" : "部门");
        var sentences = new List<string>();
        var budget = BudgetBase(b, framework);
        if (budget is { } total && b.Executed is { } executed)
        {
            var initialPart = b.Initial is { } initial && b.Adjusted is { } adjusted && initial != adjusted
                ? $"年初预算数{Money.Format(initial)}万元，调整后预算数{Money.Format(adjusted)}万元"
                : $"预算数{Money.Format(total)}万元";
            var rate = total == 0m ? "—" : Money.FormatPercent(executed / total);
            sentences.Add($"{subject}{evaluation.Year}年{initialPart}，执行数{Money.Format(executed)}万元，完成预算的{rate}。");
        }
        else if (budget is { } onlyBudget)
        {
            sentences.Add($"{subject}{evaluation.Year}年预算数{Money.Format(onlyBudget)}万元。");
        }

        if (b.ByFunction.Count > 0)
        {
            sentences.Add("支出按功能分类：" + string.Join("；", b.ByFunction.Select(f => $"{f.Name}{Money.Format(f.Amount)}万元")) + "。");
        }

        var basic = b.Basic.Executed ?? b.Basic.Budget;
        var project = b.Project.Executed ?? b.Project.Budget;
        if (basic is not null || project is not null)
        {
            var parts = new List<string>();
            if (basic is { } bv)
            {
                parts.Add($"基本支出{Money.Format(bv)}万元");
            }

            if (project is { } pv)
            {
                parts.Add($"项目支出{Money.Format(pv)}万元");
            }

            sentences.Add("支出按支出性质分类：" + string.Join("，", parts) + "。");
        }

        var costs = new List<string>();
        if ((b.Personnel.Executed ?? b.Personnel.Budget) is { } personnel)
        {
            costs.Add($"人员经费{Money.Format(personnel)}万元");
        }

        if ((b.PublicExpense.Executed ?? b.PublicExpense.Budget) is { } pub)
        {
            costs.Add($"公用经费{Money.Format(pub)}万元");
        }

        if ((b.ThreePublic.Executed ?? b.ThreePublic.Budget) is { } three)
        {
            costs.Add($"“三公”经费{Money.Format(three)}万元");
        }

        if (costs.Count > 0)
        {
            sentences.Add("其中" + string.Join("，", costs) + "。");
        }

        return sentences;
    }

    /// <summary>The budget an execution rate divides by, as the framework says.</summary>
    public static decimal? BudgetBase(BudgetFigures b, Framework framework) =>
        framework.Settings.ExecutionBasis == BudgetBasis.Initial ? b.Initial ?? b.Adjusted : b.Adjusted ?? b.Initial;

    private static string SubjectWord(Evaluation evaluation) => evaluation.Kind == EvaluationKind.Project ? "项目" : "部门";

    private static IEnumerable<ReportBlock> Conclusion(Evaluation evaluation, ScoreResult score)
    {
        var kind = evaluation.Kind == EvaluationKind.Project ? "项目支出" : "本部门整体支出";
        var grade = score.Grade is { } g ? $"，评价等级为“{g.Name}”" : string.Empty;
        yield return new ParagraphBlock($"{evaluation.Year}年度{kind}绩效自评得分{Money.FormatShort(score.Total)}分（满分{Money.FormatShort(score.MaxTotal)}分）{grade}。");
        var roots = score.Indicators.Where(i => i.Level == 1).ToList();
        if (roots.Count > 0)
        {
            yield return new ParagraphBlock("其中" + string.Join("，", roots.Select(r =>
                $"{r.Name}得分{Money.FormatShort(r.Score)}分（满分{Money.FormatShort(r.Weight)}分）")) + "。");
        }

        var lost = score.Indicators.Where(i => i.IsLeaf && !i.NotApplicable && i.Score < i.Weight).ToList();
        if (lost.Count > 0)
        {
            var text = new StringBuilder("失分指标：");
            text.AppendJoin("；", lost.Select(i =>
                $"{i.Name}得{Money.FormatShort(i.Score)}分（满分{Money.FormatShort(i.Weight)}分）" +
                (string.IsNullOrWhiteSpace(i.Reason) ? string.Empty : "，原因：" + i.Reason!.Trim().TrimEnd('。'))));
            text.Append('。');
            yield return new ParagraphBlock(text.ToString());
        }

        if (score.ReviewTotal != score.Total)
        {
            var reviewGrade = score.ReviewGrade is { } rg ? $"，复核等级为“{rg.Name}”" : string.Empty;
            yield return new ParagraphBlock($"复核得分{Money.FormatShort(score.ReviewTotal)}分，扣{Money.FormatShort(score.Total - score.ReviewTotal)}分{reviewGrade}。");
        }
    }

    private static IEnumerable<ReportBlock> Narrative(Evaluation evaluation, NarrativeField field)
    {
        // One block per field: the DOCX writer keeps its paragraphs together in one content control.
        var missing = string.IsNullOrWhiteSpace(field.Get(evaluation.Narrative));
        yield return new ParagraphBlock(field.Shown(evaluation.Narrative), field.Key, IsPlaceholder: missing && field.Required);
    }

    private static TableBlock? BudgetTable(Evaluation evaluation, Framework framework)
    {
        var b = evaluation.Budget;
        var rows = new List<IReadOnlyList<string?>>();
        void Add(string name, decimal? budget, decimal? executed)
        {
            if (budget is null && executed is null)
            {
                return;
            }

            var rate = budget is { } bv && bv != 0m && executed is { } ev ? Money.FormatPercent(ev / bv) : "—";
            rows.Add([name, budget is { } x ? Money.Format(x) : "—", executed is { } y ? Money.Format(y) : "—", rate]);
        }

        Add("合计", BudgetBase(b, framework), b.Executed);
        Add("基本支出", b.Basic.Budget, b.Basic.Executed);
        Add("　其中：人员经费", b.Personnel.Budget, b.Personnel.Executed);
        Add("　　　　公用经费", b.PublicExpense.Budget, b.PublicExpense.Executed);
        Add("项目支出", b.Project.Budget, b.Project.Executed);
        Add("“三公”经费", b.ThreePublic.Budget, b.ThreePublic.Executed);
        Add("政府采购", b.Procurement.Budget, b.Procurement.Executed);
        foreach (var f in b.ByFunction)
        {
            rows.Add([f.Name, "—", Money.Format(f.Amount), "—"]);
        }

        if (rows.Count == 0)
        {
            return null;
        }

        return new TableBlock("表1 预算及执行情况（万元）", ["项目", "预算数", "执行数", "执行率"], rows, [4, 2, 2, 2])
        {
            BoldRows = new HashSet<int> { 0 },
            NumericColumns = new HashSet<int> { 1, 2, 3 },
        };
    }

    private static TableBlock? GoalTable(Evaluation evaluation, ScoreResult score)
    {
        if (evaluation.Goals.Count == 0)
        {
            return null;
        }

        var rows = new List<IReadOnlyList<string?>>();
        for (var i = 0; i < evaluation.Goals.Count; i++)
        {
            var g = evaluation.Goals[i];
            var target = g.TargetText ?? (g.Target is { } t ? Money.FormatShort(t) : string.Empty);
            var actual = g.ActualText ?? (g.Actual is { } a ? Money.FormatShort(a) : g.Answer?.Name() ?? string.Empty);
            var goalScore = ScoreRows.GoalScore(score, i, g);
            rows.Add([
                g.Level1, g.Level2, g.Name, g.Operator.Symbol(), target, g.Unit ?? string.Empty, actual,
                Money.FormatShort(g.Weight), goalScore is { } s ? Money.FormatShort(s) : "—", g.Reason ?? string.Empty,
            ]);
        }

        return new TableBlock(
            "表2 绩效指标完成情况",
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "单位", "完成值", "分值", "得分", "偏差原因"],
            rows,
            [3, 3, 5, 2, 2, 2, 3, 2, 2, 4])
        {
            NumericColumns = new HashSet<int> { 7, 8 },
        };
    }

    private static TableBlock ScoreTable(Framework framework, ScoreResult score)
    {
        var rows = new List<IReadOnlyList<string?>>();
        IndicatorNode? lastL1 = null;
        IndicatorNode? lastL2 = null;
        foreach (var row in ScoreRows.Build(framework, score))
        {
            var newL1 = !ReferenceEquals(row.Level1, lastL1);
            var newL2 = newL1 || !ReferenceEquals(row.Level2, lastL2);
            var reason = string.Join("；", new[] { row.Score?.Reason, row.Score?.Measure }
                .Where(s => !string.IsNullOrWhiteSpace(s) && s != "-")
                .Select(s => s!.Trim().TrimEnd('。', '；')));
            rows.Add([
                newL1 ? row.Level1.Name : null,
                newL1 ? Money.FormatShort(row.Level1.Weight) : null,
                newL2 ? row.Level2?.Name ?? string.Empty : null,
                newL2 ? (row.Level2 is { } l2 ? Money.FormatShort(l2.Weight) : string.Empty) : null,
                ScoreRows.DisplayName(row.Leaf),
                Money.FormatShort(row.Leaf.Weight),
                row.Score is { NotApplicable: true } ? "不适用" : Money.FormatShort(row.LeafScore),
                reason,
            ]);
            lastL1 = row.Level1;
            lastL2 = row.Level2;
        }

        rows.Add(["总分", Money.FormatShort(score.MaxTotal), string.Empty, string.Empty, string.Empty, string.Empty, Money.FormatShort(score.Total), string.Empty]);
        return new TableBlock(
            "表3 " + framework.Name,
            ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", "未达标原因及改进措施"],
            rows,
            [3, 2, 3, 2, 6, 2, 2, 6])
        {
            BoldRows = new HashSet<int> { rows.Count - 1 },
            NumericColumns = new HashSet<int> { 1, 3, 5, 6 },
        };
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
