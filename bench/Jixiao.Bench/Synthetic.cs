using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Bench;

/// <summary>
/// Synthetic department evaluations for gz-district-dept-2022: plausible budgets, 4–8 declared goals
/// (all operators), some compliance deductions and review deductions, narrative text. Seeded, so a
/// file can be regenerated exactly. About 2 KB of JSON each.
/// </summary>
internal static class Synthetic
{
    private static readonly Framework Framework = FrameworkCatalog.Get("gz-district-dept-2022").Value;

    private static readonly string[] Sentences =
    [
        "围绕年度重点工作任务，统筹推进各项业务工作，预算执行总体平稳。",
        "加强预算绩效管理，完善绩效目标管理、绩效运行监控和绩效评价制度。",
        "部分项目前期准备不足，资金支付进度滞后于计划。",
        "进一步细化预算编制，提高绩效目标的可衡量性，加强执行进度监控。",
        "组织开展干部教育培训和基层党建工作，服务群众能力持续提升。",
    ];

    private static decimal Amount(Random r, decimal max) => Math.Round((decimal)r.NextDouble() * max, 2);

    private static string Text(Random r, int sentences) =>
        string.Concat(Enumerable.Range(0, sentences).Select(_ => Sentences[r.Next(Sentences.Length)]));

    public static Evaluation Department(int seed)
    {
        var r = new Random(seed);
        var adjusted = Amount(r, 5000m) + 100m;
        var goals = new List<GoalIndicator>();
        foreach (var level1 in new[] { "产出指标", "效益指标" })
        {
            var n = r.Next(2, 5);
            for (var i = 0; i < n; i++)
            {
                var op = (IndicatorOperator)r.Next(0, 6);
                var weight = 5m * r.Next(1, 4);
                if (op == IndicatorOperator.Qualitative)
                {
                    var answer = (QualitativeAnswer)r.Next(0, 3);
                    var range = Framework.Settings.RangeFor(answer);
                    goals.Add(new GoalIndicator
                    {
                        Level1 = level1, Level2 = "质量指标", Name = "定性指标" + i, Operator = op, TargetText = "进一步提升",
                        Answer = answer, Score = Math.Round(weight * (range.Min + range.Max) / 2m, 2), Weight = weight,
                    });
                }
                else
                {
                    var target = Amount(r, 200m) + 1m;
                    goals.Add(new GoalIndicator
                    {
                        Level1 = level1, Level2 = "数量指标", Name = "定量指标" + i, Operator = op, Target = target, Unit = "%",
                        Actual = Math.Round(target * (0.6m + Amount(r, 0.8m)), 2), Weight = weight,
                        Reason = r.Next(0, 3) == 0 ? Sentences[2] : null,
                    });
                }
            }
        }

        var inputs = new Dictionary<string, LeafInput>();
        foreach (var leaf in Framework.Leaves().Where(l => l.Rule is ComplianceRule))
        {
            if (r.Next(0, 5) == 0)
            {
                inputs[leaf.Code] = new LeafInput
                {
                    Deductions = [new Deduction(Math.Min(leaf.Weight, 0.5m), "自查发现问题")],
                    ReviewDeductions = r.Next(0, 3) == 0 ? [new Deduction(0.5m, "复核发现问题")] : [],
                    Reason = "制度执行不到位",
                    Measure = "加强制度执行检查",
                };
            }
        }

        var basic = Math.Round(adjusted * 0.8m, 2);
        return new Evaluation
        {
            Unit = "合成单位" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            UnitCode = (100000 + (seed % 900000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Year = 2024,
            Kind = EvaluationKind.Department,
            FrameworkId = Framework.Id,
            UnitCount = 1,
            Budget = new BudgetFigures
            {
                Initial = Math.Round(adjusted * 0.95m, 2),
                Adjusted = adjusted,
                Executed = Math.Round(adjusted * (0.7m + Amount(r, 0.32m)), 2),
                Basic = new BudgetLine(basic, Math.Round(basic * 0.97m, 2)),
                Project = new BudgetLine(adjusted - basic, Math.Round((adjusted - basic) * 0.85m, 2)),
                PublicExpense = new BudgetLine(100m, Amount(r, 110m)),
                ThreePublic = new BudgetLine(10m, Amount(r, 11m)),
                CarryOver = Amount(r, adjusted * 0.15m),
                FixedAssetsInUse = 800m + Amount(r, 200m),
                FixedAssetsTotal = 1000m,
            },
            OverallGoal = Text(r, 1),
            GoalCompletion = Text(r, 1),
            Goals = goals,
            Inputs = inputs,
            Narrative = new Narrative { Problems = Sentences[2], Measures = Sentences[3] },
        };
    }
}
