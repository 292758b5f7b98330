using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Web.Features.Evaluations;

/// <summary>
/// The editor's form fields ⇄ an <see cref="Evaluation"/>. Field names are the paths used in error messages
/// (<c>budget.executed</c>, <c>goals[2].actual</c>, <c>inputs.2.5.2.value</c>, <c>narrative.problems</c>).
/// </summary>
public static class EvaluationForm
{
    public static readonly (string Key, string Title)[] BudgetFields =
    [
        ("budget.initial", "年初预算数（万元）"),
        ("budget.adjusted", "调整后预算数（万元）"),
        ("budget.executed", "执行数（万元）"),
        ("budget.basic.budget", "基本支出预算"),
        ("budget.basic.executed", "基本支出执行"),
        ("budget.project.budget", "项目支出预算"),
        ("budget.project.executed", "项目支出执行"),
        ("budget.publicExpense.budget", "公用经费预算"),
        ("budget.publicExpense.executed", "公用经费执行"),
        ("budget.threePublic.budget", "“三公”经费预算"),
        ("budget.threePublic.executed", "“三公”经费执行"),
        ("budget.carryOver", "结转结余"),
        ("budget.fixedAssetsInUse", "在用固定资产"),
        ("budget.fixedAssetsTotal", "固定资产总额"),
    ];

    public static readonly (string Key, string Title)[] NarrativeFields =
    [
        ("overview", "部门概况"),
        ("tasks", "年度总体工作和重点工作任务"),
        ("management", "部门整体绩效管理情况"),
        ("goalAnalysis", "各项工作任务绩效目标完成情况"),
        ("achievements", "主要工作成效"),
        ("problems", "存在的主要问题"),
        ("measures", "下一步改进措施"),
        ("other", "其他"),
    ];

    public const int GoalRows = 12;

    /// <summary>The current value of every field, as the form shows it.</summary>
    public static Dictionary<string, string> Values(Evaluation e, Framework? framework)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["budget.initial"] = D(e.Budget.Initial),
            ["budget.adjusted"] = D(e.Budget.Adjusted),
            ["budget.executed"] = D(e.Budget.Executed),
            ["budget.basic.budget"] = D(e.Budget.Basic.Budget),
            ["budget.basic.executed"] = D(e.Budget.Basic.Executed),
            ["budget.project.budget"] = D(e.Budget.Project.Budget),
            ["budget.project.executed"] = D(e.Budget.Project.Executed),
            ["budget.publicExpense.budget"] = D(e.Budget.PublicExpense.Budget),
            ["budget.publicExpense.executed"] = D(e.Budget.PublicExpense.Executed),
            ["budget.threePublic.budget"] = D(e.Budget.ThreePublic.Budget),
            ["budget.threePublic.executed"] = D(e.Budget.ThreePublic.Executed),
            ["budget.carryOver"] = D(e.Budget.CarryOver),
            ["budget.fixedAssetsInUse"] = D(e.Budget.FixedAssetsInUse),
            ["budget.fixedAssetsTotal"] = D(e.Budget.FixedAssetsTotal),
            ["overallGoal"] = e.OverallGoal ?? string.Empty,
            ["goalCompletion"] = e.GoalCompletion ?? string.Empty,
        };
        for (var i = 0; i < GoalRows; i++)
        {
            var g = i < e.Goals.Count ? e.Goals[i] : null;
            v[$"goals[{I(i)}].level1"] = g?.Level1 ?? string.Empty;
            v[$"goals[{I(i)}].level2"] = g?.Level2 ?? string.Empty;
            v[$"goals[{I(i)}].name"] = g?.Name ?? string.Empty;
            v[$"goals[{I(i)}].operator"] = g is null ? "≥" : g.Operator.Symbol();
            v[$"goals[{I(i)}].target"] = g is null ? string.Empty : g.Target is decimal t ? D(t) : g.TargetText ?? string.Empty;
            v[$"goals[{I(i)}].unit"] = g?.Unit ?? string.Empty;
            v[$"goals[{I(i)}].actual"] = g is null ? string.Empty : g.Actual is decimal a ? D(a) : g.ActualText ?? string.Empty;
            v[$"goals[{I(i)}].weight"] = g is null ? string.Empty : D(g.Weight);
            v[$"goals[{I(i)}].reason"] = g?.Reason ?? string.Empty;
        }

        foreach (var leaf in framework?.Leaves() ?? [])
        {
            var input = e.Inputs.TryGetValue(leaf.Code, out var x) ? x : new LeafInput();
            v[$"inputs.{leaf.Code}.na"] = input.NotApplicable ? "on" : string.Empty;
            v[$"inputs.{leaf.Code}.value"] = D(input.Value);
            v[$"inputs.{leaf.Code}.answer"] = input.Answer?.ToString() ?? string.Empty;
            v[$"inputs.{leaf.Code}.score"] = D(input.Score);
            v[$"inputs.{leaf.Code}.reason"] = input.Reason ?? string.Empty;
        }

        v["narrative.overview"] = e.Narrative.Overview ?? string.Empty;
        v["narrative.tasks"] = e.Narrative.Tasks ?? string.Empty;
        v["narrative.management"] = e.Narrative.Management ?? string.Empty;
        v["narrative.goalAnalysis"] = e.Narrative.GoalAnalysis ?? string.Empty;
        v["narrative.achievements"] = e.Narrative.Achievements ?? string.Empty;
        v["narrative.problems"] = e.Narrative.Problems ?? string.Empty;
        v["narrative.measures"] = e.Narrative.Measures ?? string.Empty;
        v["narrative.other"] = e.Narrative.Other ?? string.Empty;
        return v;
    }

    /// <summary>Applies posted fields over the current evaluation; every unreadable number is reported with its field.</summary>
    public static (Evaluation Evaluation, IReadOnlyList<DomainError> Errors) Apply(Evaluation current, IFormCollection form, Framework? framework)
    {
        var errors = new List<DomainError>();
        decimal? Num(string key, string title)
        {
            var text = ((string?)form[key])?.Trim().Replace(",", string.Empty, StringComparison.Ordinal) ?? string.Empty;
            if (text.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors.Add(new DomainError("form.number", key, $"“{title}”应为数字，实际填写“{text}”。"));
            return null;
        }

        string? Text(string key)
        {
            var t = ((string?)form[key])?.Trim();
            return string.IsNullOrEmpty(t) ? null : t;
        }

        var b = current.Budget with
        {
            Initial = Num("budget.initial", "年初预算数"),
            Adjusted = Num("budget.adjusted", "调整后预算数"),
            Executed = Num("budget.executed", "执行数"),
            Basic = new BudgetLine(Num("budget.basic.budget", "基本支出预算"), Num("budget.basic.executed", "基本支出执行")),
            Project = new BudgetLine(Num("budget.project.budget", "项目支出预算"), Num("budget.project.executed", "项目支出执行")),
            PublicExpense = new BudgetLine(Num("budget.publicExpense.budget", "公用经费预算"), Num("budget.publicExpense.executed", "公用经费执行")),
            ThreePublic = new BudgetLine(Num("budget.threePublic.budget", "“三公”经费预算"), Num("budget.threePublic.executed", "“三公”经费执行")),
            CarryOver = Num("budget.carryOver", "结转结余"),
            FixedAssetsInUse = Num("budget.fixedAssetsInUse", "在用固定资产"),
            FixedAssetsTotal = Num("budget.fixedAssetsTotal", "固定资产总额"),
        };

        var goals = new List<GoalIndicator>();
        for (var i = 0; i < GoalRows; i++)
        {
            var p = $"goals[{I(i)}]";
            var name = Text(p + ".name");
            if (name is null)
            {
                continue;
            }

            var row = $"第 {I(i + 1)} 行指标“{name}”";
            if (!DomainText.TryParseOperator(Text(p + ".operator") ?? "≥", out var op))
            {
                errors.Add(new DomainError("form.operator", p + ".operator", row + "的指标性质无效。"));
            }

            var targetText = Text(p + ".target");
            var actualText = Text(p + ".actual");
            goals.Add(new GoalIndicator
            {
                Level1 = Text(p + ".level1") ?? "产出指标",
                Level2 = Text(p + ".level2") ?? string.Empty,
                Name = name,
                Operator = op,
                Target = op == IndicatorOperator.Qualitative ? null : Num(p + ".target", row + "的指标值"),
                TargetText = targetText,
                Unit = Text(p + ".unit"),
                Actual = op == IndicatorOperator.Qualitative ? null : Num(p + ".actual", row + "的完成值"),
                ActualText = actualText,
                Weight = Num(p + ".weight", row + "的分值") ?? 0m,
                Reason = Text(p + ".reason"),
            });
        }

        var inputs = current.Inputs.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var leaf in framework?.Leaves() ?? [])
        {
            var p = $"inputs.{leaf.Code}";
            var existing = inputs.TryGetValue(leaf.Code, out var x) ? x : new LeafInput();
            QualitativeAnswer? answer = Enum.TryParse<QualitativeAnswer>(Text(p + ".answer"), out var a) ? a : null;
            inputs[leaf.Code] = existing with
            {
                NotApplicable = Text(p + ".na") is not null,
                Value = Num(p + ".value", leaf.Name + "的数值"),
                Answer = answer,
                Score = Num(p + ".score", leaf.Name + "的得分"),
                Reason = Text(p + ".reason"),
            };
        }

        var n = new Narrative
        {
            Overview = Text("narrative.overview"),
            Tasks = Text("narrative.tasks"),
            Finances = current.Narrative.Finances,
            Management = Text("narrative.management"),
            GoalAnalysis = Text("narrative.goalAnalysis"),
            ProjectAnalysis = current.Narrative.ProjectAnalysis,
            Achievements = Text("narrative.achievements"),
            Problems = Text("narrative.problems"),
            Measures = Text("narrative.measures"),
            Other = Text("narrative.other"),
        };

        var updated = current with
        {
            Budget = b,
            OverallGoal = Text("overallGoal"),
            GoalCompletion = Text("goalCompletion"),
            Goals = goals,
            Inputs = inputs,
            Narrative = n,
        };
        return (updated, errors);
    }

    private static string D(decimal? value) => value is decimal v ? v.ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
