using System.Globalization;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Goals;

/// <summary>
/// The approved goals a year-end self-evaluation was created from (a snapshot of the approved version): the rows whose
/// indicators and targets are carried over read-only; <see cref="YearEndGoalCheck"/> compares the evaluation with them.
/// </summary>
public sealed record ApprovedGoalSet
{
    /// <summary>Which approved declaration and version, e.g. <c>goals/12（第 2 版，调整后）</c>.</summary>
    public required string Reference { get; init; }

    /// <summary>1 for the original approval, 2 … for approved adjustments.</summary>
    public int Revision { get; init; } = 1;

    public required IReadOnlyList<GoalIndicator> Indicators { get; init; }
}

/// <summary>Creates a year-end self-evaluation from approved goals.</summary>
public static class YearEndGoals
{
    /// <summary>
    /// A new self-evaluation whose goal indicators are the approved annual indicators (targets carried over, actuals to fill
    /// in), with the approved set kept as its basis; framework leaves are left empty so that goal-completion leaves
    /// (e.g. 1.1.1/1.1.2) are computed from these rows, not typed.
    /// </summary>
    public static Evaluation Create(GoalDeclaration declaration, string reference, int revision)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var rows = declaration.Annual.Indicators.Select(i => i.ToGoalIndicator()).ToList();
        var total = declaration.Funds.Count == 0 ? (decimal?)null : declaration.Funds.Sum(f => f.Amount);
        return new Evaluation
        {
            Unit = declaration.Unit,
            UnitCode = declaration.UnitCode,
            Department = declaration.Department,
            Year = declaration.Year,
            Kind = declaration.Kind,
            FrameworkId = declaration.FrameworkId,
            ProjectName = declaration.Project?.Name,
            ProjectCode = declaration.Project?.Code,
            OverallGoal = declaration.Annual.Text,
            Budget = new BudgetFigures
            {
                Initial = total,
                BySource = declaration.Kind == EvaluationKind.Project ? [.. declaration.Funds.Select(f => new FundSourceLine(f.Name, f.Amount, null, null))] : [],
            },
            Goals = rows,
            ApprovedGoals = new ApprovedGoalSet { Reference = reference, Revision = revision, Indicators = rows },
        };
    }
}

/// <summary>
/// Year-end against approved goals: every approved indicator must be in the evaluation with the approved operator, target
/// and unit; indicators not approved are flagged. Runs inside the check engine on every evaluation that has a basis.
/// </summary>
public static class YearEndGoalCheck
{
    public static IReadOnlyList<Finding> Run(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (evaluation.ApprovedGoals is not { } basis)
        {
            return [];
        }

        var findings = new List<Finding>();
        var used = new HashSet<int>();
        var source = "approvedGoals（" + basis.Reference + "）";
        for (var a = 0; a < basis.Indicators.Count; a++)
        {
            var approved = basis.Indicators[a];
            var index = Find(evaluation.Goals, approved, used);
            var approvedPath = string.Create(CultureInfo.InvariantCulture, $"approvedGoals.indicators[{a}]");
            if (index < 0)
            {
                findings.Add(new Finding("GOAL-YEAREND-MISSING", Severity.Certain,
                    $"批复的指标“{approved.Name}”（目标 {Target(approved)}）不在年终自评的绩效指标中。",
                    [new Evidence("批复指标", $"{approved.Level1}/{approved.Level2}/{approved.Name}：{Target(approved)}", source + " " + approvedPath)]) { Path = "goals" });
                continue;
            }

            used.Add(index);
            var g = evaluation.Goals[index];
            var path = string.Create(CultureInfo.InvariantCulture, $"goals[{index}]");
            if (g.Operator != approved.Operator || g.Target != approved.Target || !SameText(g.Unit, approved.Unit)
                || (approved.Operator == IndicatorOperator.Qualitative && !SameText(g.TargetText, approved.TargetText)))
            {
                findings.Add(new Finding("GOAL-YEAREND-TARGET-CHANGED", Severity.Certain,
                    $"指标“{g.Name}”的年终目标值 {Target(g)} 与批复的目标值 {Target(approved)} 不一致；自评应按批复（含批复的调整）的目标评价。",
                    [new Evidence("年终自评", Target(g), path), new Evidence("批复目标", Target(approved), source + " " + approvedPath)]) { Path = path + ".target" });
            }
        }

        for (var i = 0; i < evaluation.Goals.Count; i++)
        {
            if (!used.Contains(i))
            {
                var g = evaluation.Goals[i];
                findings.Add(new Finding("GOAL-YEAREND-ADDED", Severity.Suspect,
                    $"年终自评中的指标“{g.Name}”不在批复的绩效目标中；新增指标应先按调整程序报批。",
                    [new Evidence("年终自评", $"{g.Level1}/{g.Level2}/{g.Name}：{Target(g)}", string.Create(CultureInfo.InvariantCulture, $"goals[{i}]")), new Evidence("批复目标", basis.Reference, source)])
                { Path = string.Create(CultureInfo.InvariantCulture, $"goals[{i}].name") });
            }
        }

        return findings;
    }

    private static int Find(IReadOnlyList<GoalIndicator> goals, GoalIndicator approved, HashSet<int> used)
    {
        var key = GoalChecks.Normalize(approved.Name);
        for (var i = 0; i < goals.Count; i++)
        {
            if (!used.Contains(i) && GoalChecks.Normalize(goals[i].Name) == key && GoalSettings.SameClass(goals[i].Level1, approved.Level1))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool SameText(string? a, string? b) => string.Equals(a?.Trim() ?? string.Empty, b?.Trim() ?? string.Empty, StringComparison.Ordinal);

    private static string Target(GoalIndicator g) => g.Operator == IndicatorOperator.Qualitative
        ? "定性：" + (g.TargetText ?? "（无）")
        : g.Operator.Symbol() + (g.Target is { } t ? Checker.F(t) : "（无）") + g.Unit;
}
