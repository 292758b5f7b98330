using System.Globalization;
using Jixiao.Documents.Markdown;
using Jixiao.Documents.Reports;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Bench.Synthetic;

/// <summary>
/// Synthetic, internally consistent department evaluations (figures that add up, execution between
/// 95.5 % and 100 %, narrative drawn from phrase pools) rendered through the report writer as
/// Markdown: the false-positive control of the checks and the load of the audit benchmark.
/// </summary>
public static class SyntheticReports
{
    private static readonly string[] Districts = ["海珠", "花都", "番禺", "白云", "黄埔", "天河", "越秀", "荔湾", "南沙", "从化", "增城"];
    private static readonly string[] Bodies = ["发展和改革局", "财政局", "教育局", "民政局", "司法局", "水务局", "卫生健康局", "文化广电旅游局", "统计局", "档案馆", "机关事务管理局", "科技工业商务和信息化局"];
    private static readonly string[] Functions = ["一般公共服务支出", "教育支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出", "城乡社区支出", "农林水支出"];
    private static readonly string[] ProblemParts =
    [
        "个别项目预算编制与实际需求衔接不够紧密", "部分绩效指标偏重过程描述", "年中预算调剂次数偏多", "资产台账与财务账核对不够及时",
        "政府采购意向公开的时间把握不够准确", "项目前期论证深度不足", "部分资金下达时间较晚影响支付进度", "绩效自评材料佐证不够充分",
        "基层单位绩效管理人员变动较大", "信息化系统数据口径与财务口径存在差异", "专项资金分配因素法运用不够充分", "培训类项目效果跟踪不足",
    ];
    private static readonly string[] MeasureParts =
    [
        "加强项目库管理并提前做好入库论证", "按季度开展预算执行分析并通报", "完善资产清查和账实核对制度", "建立绩效指标共性库并细化目标值",
        "加强政府采购计划与预算的衔接", "组织绩效管理业务培训两期以上", "统一信息化系统与财务数据口径", "对培训项目开展结业后回访评估",
        "压实项目单位支出主体责任", "将自评结果与下年度预算安排挂钩", "规范佐证材料的收集与归档", "优化专项资金分配方法",
    ];

    /// <summary>A consistent evaluation made from <paramref name="template"/> (a complete department evaluation) and its Markdown report.</summary>
    public static (Evaluation Evaluation, string Markdown) Department(int seed, Evaluation template, Framework framework)
    {
        var random = new Random(seed);
        var adjusted = Money.Round(100m + (decimal)random.Next(0, 500_000) / 100m);
        var rate = 0.955m + (decimal)random.Next(0, 451) / 10000m;
        var executed = Money.Round(adjusted * rate);
        var functions = Split(random, executed, random.Next(2, 5), Functions);
        var basicExecuted = Money.Round(executed * (0.5m + (decimal)random.Next(0, 400) / 1000m));
        var projectExecuted = executed - basicExecuted;
        var personnel = Money.Round(basicExecuted * 0.8m);
        var unit = $"广州市{Districts[random.Next(Districts.Length)]}区{Bodies[random.Next(Bodies.Length)]}{(seed < 100 ? string.Empty : "第" + seed.ToString(CultureInfo.InvariantCulture) + "分局")}";
        var year = 2019 + random.Next(0, 5);
        var evaluation = template with
        {
            Unit = unit,
            Year = year,
            Budget = new BudgetFigures
            {
                Adjusted = adjusted,
                Executed = executed,
                StatedRatePercent = Math.Round(executed / adjusted * 100m, 1, MidpointRounding.AwayFromZero),
                ByFunction = functions,
                Basic = new BudgetLine(null, basicExecuted),
                Project = new BudgetLine(null, projectExecuted),
                Personnel = new BudgetLine(null, personnel),
                PublicExpense = new BudgetLine(null, basicExecuted - personnel),
            },
            Narrative = template.Narrative with
            {
                Problems = Phrases(random, ProblemParts, "存在以下问题：") ,
                Measures = Phrases(random, MeasureParts, "下一步："),
            },
        };
        var score = Scorer.Score(framework, evaluation);
        if (!score.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("；", score.Errors));
        }

        var report = ReportBuilder.Build(evaluation, framework, score.Value);
        if (!report.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("；", report.Errors));
        }

        return (evaluation, MarkdownReportWriter.ToMarkdown(report.Value));
    }

    private static List<NamedAmount> Split(Random random, decimal total, int parts, string[] names)
    {
        var chosen = names.OrderBy(_ => random.Next()).Take(parts).ToList();
        var result = new List<NamedAmount>();
        var left = total;
        for (var i = 0; i < chosen.Count - 1; i++)
        {
            var part = Money.Round(left * (0.2m + (decimal)random.Next(0, 500) / 1000m));
            result.Add(new NamedAmount(chosen[i], part));
            left -= part;
        }

        result.Add(new NamedAmount(chosen[^1], left));
        return result;
    }

    private static string Phrases(Random random, string[] pool, string lead)
    {
        var picked = pool.OrderBy(_ => random.Next()).Take(3).ToList();
        var ordinals = new[] { "一是", "二是", "三是" };
        return lead + string.Join("；", picked.Select((p, i) => ordinals[i] + p)) + "。";
    }
}
