using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Documents.Reports;

/// <summary>
/// The parts a <see cref="ReportTemplate"/> places in its sections. Each renders one thing of the
/// evaluation (a narrative text, the organisation, the income table …) or, when the evaluation lacks
/// it, a 【待填写】 marker recorded as missing. No part writes a sentence that is not the unit's text,
/// the framework's text or a fixed phrase with figures.
/// </summary>
internal static class ReportParts
{
    private static readonly Dictionary<string, Action<ReportContext, ReportSection>> Renderers = new(StringComparer.Ordinal)
    {
        ["overview"] = (c, _) => Narrative(c, NarrativeFields.Overview),
        ["organization"] = (c, _) => Organization(c),
        ["tasks"] = (c, _) => Narrative(c, NarrativeFields.Tasks),
        ["overallGoal"] = (c, _) => OverallGoal(c),
        ["finances"] = (c, _) => Finances(c),
        ["incomeTable"] = (c, _) => IncomeTable(c),
        ["budgetTable"] = (c, _) => BudgetTable(c),
        ["management"] = (c, _) => Narrative(c, NarrativeFields.Management),
        ["selfEvaluation"] = (c, _) => Narrative(c, NarrativeFields.SelfEvaluation),
        ["conclusion"] = (c, _) => c.Blocks.AddRange(ReportBuilder.Conclusion(c.Evaluation, c.Score)),
        ["goalCompletion"] = (c, _) => GoalCompletion(c),
        ["goalAnalysis"] = (c, _) => Narrative(c, NarrativeFields.GoalAnalysis),
        ["goalTable"] = (c, _) => GoalTable(c),
        ["projectAnalysis"] = (c, _) => Narrative(c, NarrativeFields.ProjectAnalysis),
        ["managementAreas"] = ManagementAreas,
        ["achievements"] = (c, _) => Narrative(c, NarrativeFields.Achievements),
        ["problems"] = (c, _) => Narrative(c, NarrativeFields.Problems),
        ["measures"] = (c, _) => Narrative(c, NarrativeFields.Measures),
        ["previousProblems"] = (c, _) => PreviousProblems(c),
        ["resultUse"] = (c, _) => Narrative(c, NarrativeFields.ResultUse),
        ["other"] = (c, _) => Narrative(c, NarrativeFields.Other),
    };

    /// <summary>The part names a template may use.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Renderers.Keys];

    public static void Render(ReportContext ctx, ReportSection section)
    {
        foreach (var part in section.Parts)
        {
            Renderers[part](ctx, section);
        }
    }

    /// <summary>True when an optional section would show something of the unit's (其他 only when written).</summary>
    public static bool HasContent(ReportContext ctx, ReportSection section) =>
        section.Sections.Any(s => HasContent(ctx, s)) || section.Parts.Any(p => p switch
        {
            "other" => !string.IsNullOrWhiteSpace(ctx.Evaluation.Narrative.Other),
            _ when NarrativeFields.ByKey(p) is { } f => !string.IsNullOrWhiteSpace(f.Get(ctx.Evaluation.Narrative)),
            _ => true,
        });

    /// <summary>The unit's text as written (one block, so DOCX keeps it in one content control), or the marker.</summary>
    private static void Narrative(ReportContext ctx, NarrativeField field)
    {
        if (string.IsNullOrWhiteSpace(field.Get(ctx.Evaluation.Narrative)))
        {
            if (field.Required)
            {
                ctx.Pending("narrative." + field.Key, field.Title, field.Key);
            }

            return;
        }

        ctx.Blocks.Add(new ParagraphBlock(field.Shown(ctx.Evaluation.Narrative), field.Key));
    }

    private static void Organization(ReportContext ctx)
    {
        if (ctx.Evaluation.Organization is not { } o)
        {
            ctx.Pending("organization", "机构设置与人员编制（内设机构、编制数、实有人数）");
            return;
        }

        var sentences = new List<string>();
        if (o.BodyCount() is { } n)
        {
            var names = o.InternalBodies.Count > 0 ? "：" + string.Join("、", o.InternalBodies.Select(b => b.Trim())) : string.Empty;
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"内设机构{n}个{names}。"));
        }

        var staff = new List<string>();
        if (o.StaffQuota is { } q)
        {
            staff.Add(string.Create(CultureInfo.InvariantCulture, $"编制数{q}人"));
        }

        if (o.StaffActual is { } a)
        {
            staff.Add(string.Create(CultureInfo.InvariantCulture, $"实有人数{a}人"));
        }

        if (staff.Count > 0)
        {
            sentences.Add(string.Join("，", staff) + "。");
        }

        if (sentences.Count > 0)
        {
            ctx.Blocks.Add(new ParagraphBlock(string.Concat(sentences)));
        }

        if (o.BodyCount() is null)
        {
            ctx.Pending("organization.internalBodies", "内设机构（名称或数量）");
        }

        if (o.StaffQuota is null)
        {
            ctx.Pending("organization.staffQuota", "编制数");
        }

        if (o.StaffActual is null)
        {
            ctx.Pending("organization.staffActual", "实有人数");
        }
    }

    private static void OverallGoal(ReportContext ctx)
    {
        var e = ctx.Evaluation;
        var subject = e.Kind == EvaluationKind.Project ? "项目" : "部门";
        if (string.IsNullOrWhiteSpace(e.OverallGoal))
        {
            ctx.Pending("overallGoal", $"年度{subject}整体绩效目标");
            return;
        }

        ctx.Blocks.Add(new ParagraphBlock($"{e.Year}年度{subject}整体绩效目标是：{e.OverallGoal!.Trim()}"));
    }

    private static void Finances(ReportContext ctx)
    {
        var b = ctx.Evaluation.Budget;
        ctx.Blocks.AddRange(ReportBuilder.Finances(ctx.Evaluation, ctx.Framework).Select(s => new ParagraphBlock(s)));
        if (ReportBuilder.BudgetBase(b, ctx.Framework) is null)
        {
            ctx.Pending(ctx.Framework.Settings.ExecutionBasis == BudgetBasis.Initial ? "budget.initial" : "budget.adjusted", "预算数");
        }

        if (b.Executed is null)
        {
            ctx.Pending("budget.executed", "执行数（决算数）");
        }

        if (!string.IsNullOrWhiteSpace(ctx.Evaluation.Narrative.Finances))
        {
            ctx.Blocks.Add(new ParagraphBlock(NarrativeFields.Finances.Shown(ctx.Evaluation.Narrative), NarrativeFields.Finances.Key));
        }
    }

    private static void IncomeTable(ReportContext ctx)
    {
        var income = ctx.Evaluation.Budget.IncomeBySource;
        if (income.Count == 0)
        {
            ctx.Pending("budget.incomeBySource", "收入情况（按来源的预算数、决算数）");
            return;
        }

        var rows = new List<IReadOnlyList<string?>>();
        for (var i = 0; i < income.Count; i++)
        {
            var s = income[i];
            string budget;
            if (s.Budget is { } bv)
            {
                budget = ReportBuilder.Amount(bv);
            }
            else
            {
                var what = $"收入“{s.Name}”的预算数";
                ctx.Missing.Add(new MissingItem(string.Create(CultureInfo.InvariantCulture, $"budget.incomeBySource[{i}].budget"), what));
                budget = Markers.Pending + "预算数";
            }

            rows.Add([s.Name, budget, ReportBuilder.Amount(s.Amount), s.Budget is { } x && x != 0m ? ReportBuilder.Rate(s.Amount / x) : "—"]);
        }

        var totalBudget = income.All(s => s.Budget is not null) ? ReportBuilder.Amount(income.Sum(s => s.Budget!.Value)) : "—";
        var totalFinal = income.Sum(s => s.Amount);
        var sumBudget = income.Sum(s => s.Budget ?? 0m);
        rows.Add(["合计", totalBudget, ReportBuilder.Amount(totalFinal), totalBudget != "—" && sumBudget != 0m ? ReportBuilder.Rate(totalFinal / sumBudget) : "—"]);
        ctx.Blocks.Add(new TableBlock(ctx.NextTable() + " 收入预算与决算情况（万元）", ["收入来源", "预算数", "决算数", "完成率"], rows, [5, 3, 3, 2])
        {
            BoldRows = new HashSet<int> { rows.Count - 1 },
            NumericColumns = new HashSet<int> { 1, 2, 3 },
        });
    }

    private static void BudgetTable(ReportContext ctx)
    {
        var b = ctx.Evaluation.Budget;
        var rows = new List<IReadOnlyList<string?>>();
        void Add(string name, decimal? budget, decimal? executed)
        {
            if (budget is null && executed is null)
            {
                return;
            }

            var rate = budget is { } bv && bv != 0m && executed is { } ev ? ReportBuilder.Rate(ev / bv) : "—";
            rows.Add([name, budget is { } x ? ReportBuilder.Amount(x) : "—", executed is { } y ? ReportBuilder.Amount(y) : "—", rate]);
        }

        Add("合计", ReportBuilder.BudgetBase(b, ctx.Framework), b.Executed);
        Add("基本支出", b.Basic.Budget, b.Basic.Executed);
        Add("　其中：人员经费", b.Personnel.Budget, b.Personnel.Executed);
        Add("　　　　公用经费", b.PublicExpense.Budget, b.PublicExpense.Executed);
        Add("项目支出", b.Project.Budget, b.Project.Executed);
        Add("“三公”经费", b.ThreePublic.Budget, b.ThreePublic.Executed);
        Add("政府采购", b.Procurement.Budget, b.Procurement.Executed);
        foreach (var f in b.ByFunction)
        {
            rows.Add([f.Name, f.Budget is { } fb ? ReportBuilder.Amount(fb) : "—", ReportBuilder.Amount(f.Amount), f.Budget is { } fb2 && fb2 != 0m ? ReportBuilder.Rate(f.Amount / fb2) : "—"]);
        }

        if (rows.Count == 0)
        {
            return; // the finances part already marks the missing budget figures
        }

        ctx.Blocks.Add(new TableBlock(ctx.NextTable() + " 预算及执行情况（万元）", ["项目", "预算数", "执行数", "执行率"], rows, [4, 2, 2, 2])
        {
            BoldRows = new HashSet<int> { 0 },
            NumericColumns = new HashSet<int> { 1, 2, 3 },
        });
    }

    private static void GoalCompletion(ReportContext ctx)
    {
        if (!string.IsNullOrWhiteSpace(ctx.Evaluation.GoalCompletion))
        {
            ctx.Blocks.Add(new ParagraphBlock(ctx.Evaluation.GoalCompletion!.Trim()));
        }
    }

    private static void GoalTable(ReportContext ctx)
    {
        var e = ctx.Evaluation;
        if (e.Goals.Count == 0)
        {
            return;
        }

        var rows = new List<IReadOnlyList<string?>>();
        for (var i = 0; i < e.Goals.Count; i++)
        {
            var g = e.Goals[i];
            var target = g.TargetText ?? (g.Target is { } t ? Money.FormatShort(t) : string.Empty);
            var actual = g.ActualText ?? (g.Actual is { } a ? Money.FormatShort(a) : g.Answer?.Name() ?? string.Empty);
            var goalScore = ScoreRows.GoalScore(ctx.Framework, ctx.Score, i, g);
            rows.Add([
                g.Level1, g.Level2, g.Name, g.Operator.Symbol(), target, g.Unit ?? string.Empty, actual,
                ReportBuilder.Weight(g.Weight), goalScore is { } s ? ReportBuilder.Points(s) : "—", g.Reason ?? string.Empty,
            ]);
        }

        ctx.Blocks.Add(new TableBlock(
            ctx.NextTable() + " 绩效指标完成情况",
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "单位", "完成值", "分值", "得分", "偏差原因"],
            rows,
            [3, 3, 5, 2, 2, 2, 3, 2, 2, 4])
        {
            NumericColumns = new HashSet<int> { 7, 8 },
        });
    }

    /// <summary>管理效率 by sub-area: one paragraph per level-2 indicator of the named level-1, with its score and the unit's text.</summary>
    private static void ManagementAreas(ReportContext ctx, ReportSection section)
    {
        var areasOf = section.AreasOf!;
        var root = ctx.Framework.Indicators.FirstOrDefault(n => n.Name == areasOf || n.Code == areasOf);
        var texts = ctx.Evaluation.Narrative.ManagementAreas;
        if (root is null || root.IsLeaf)
        {
            ctx.Errors.Add(new DomainError("report.template-areas", "settings.reportTemplate",
                $"报告提纲要求按“{areasOf}”的二级指标分项分析，但评分表“{ctx.Framework.Name}”（{ctx.Framework.Id}）没有这个一级指标"));
            return;
        }

        var areas = root.Children.ToList();
        foreach (var key in texts.Keys)
        {
            if (!areas.Any(a => a.Name == key.Trim() || a.Code == key.Trim()))
            {
                ctx.Errors.Add(new DomainError("report.area-unknown", $"narrative.managementAreas[\"{key}\"]",
                    $"评分表“{ctx.Framework.Name}”的“{root.Name}”下没有名为“{key}”的二级指标（可用：{string.Join("、", areas.Select(a => $"{a.Name}（{a.Code}）"))}）"));
            }
        }

        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            var scored = ctx.Score.Find(area.Code);
            var head = string.Create(CultureInfo.InvariantCulture, $"{i + 1}.{area.Name}");
            ctx.Blocks.Add(new ParagraphBlock(scored is null ? head : $"{head}：得分{ReportBuilder.Points(scored.Score)}分（满分{ReportBuilder.Weight(area.Weight)}分）。"));
            var text = texts.FirstOrDefault(kv => kv.Key.Trim() == area.Name || kv.Key.Trim() == area.Code).Value;
            if (string.IsNullOrWhiteSpace(text))
            {
                ctx.Pending($"narrative.managementAreas[\"{area.Name}\"]", $"{root.Name}分析：{area.Name}", AreaField(area.Name));
            }
            else
            {
                ctx.Blocks.Add(new ParagraphBlock(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n'), AreaField(area.Name)));
            }
        }
    }

    /// <summary>The content-control key of a sub-area's text (read back by the DOCX reader).</summary>
    public static string AreaField(string areaName) => "managementAreas:" + areaName;

    private static void PreviousProblems(ReportContext ctx)
    {
        var items = ctx.Evaluation.PreviousProblems;
        if (items.Count == 0)
        {
            ctx.Pending("previousProblems", "上年问题整改情况（上年存在的问题及整改措施、整改状态）");
            return;
        }

        var rows = new List<IReadOnlyList<string?>>();
        for (var i = 0; i < items.Count; i++)
        {
            var p = items[i];
            string status;
            if (p.Status is { } s)
            {
                status = s.Name();
            }
            else
            {
                ctx.Missing.Add(new MissingItem(string.Create(CultureInfo.InvariantCulture, $"previousProblems[{i}].status"), $"上年问题“{p.Problem.Trim()}”的整改状态"));
                status = Markers.Pending + "整改状态";
            }

            rows.Add([(i + 1).ToString(CultureInfo.InvariantCulture), p.Problem.Trim(), p.Measure?.Trim() ?? string.Empty, status, p.Note?.Trim() ?? string.Empty]);
        }

        ctx.Blocks.Add(new TableBlock(ctx.NextTable() + " 上年问题整改情况", ["序号", "存在的问题", "整改措施", "整改状态", "说明"], rows, [1, 5, 5, 2, 4])
        {
            NumericColumns = new HashSet<int> { 0, 3 },
        });
    }
}
