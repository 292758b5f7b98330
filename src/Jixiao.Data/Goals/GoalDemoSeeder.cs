using Jixiao.Data.Services;
using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Goals;

/// <summary>
/// Goals of the demo district for the current year and the year before, through the same services as people use: the
/// starter indicator library from the corpus documents; 区委组织部's department goal table (花都区委组织部, testdata/goals)
/// approved last year, carried into a submitted year-end evaluation with the actuals its published report states, and
/// its indicators added to the library; this year's table approved and then adjusted (both versions kept);
/// 区发展和改革局's project declaration (棠溪镇 委托业务项目) approved last year and waiting in the review queue this year;
/// 区卫生健康局's synthetic table returned for revision.
/// </summary>
public sealed class GoalDemoSeeder(JixiaoDbContext db, GoalService goals, LibraryService library, EvaluationService evaluations, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await SeedLibraryAsync(ct);
        var year = clock.GetUtcNow().Year;
        var reviewer = await ActorAsync("reviewer", ct);
        var zzb = await ActorAsync("zzb.tb", ct);
        var fgj = await ActorAsync("fgj.tb", ct);
        var wjj = await ActorAsync("wjj.tb", ct);

        // 区委组织部: last year's table approved, year-end filled with the published completion figures, indicators into the library.
        var department = Read("huadu-zzb-2022-department.yaml");
        var lastId = await ApprovedAsync(zzb, reviewer, department with { Year = year - 1 }, ct);
        var evaluationId = Ok(await goals.CreateYearEndAsync(zzb, lastId, ct));
        await FillActualsAsync(zzb, evaluationId, new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["举办各类干部培训班次"] = 21m, ["培训城中村基层干部人次"] = 3600m, ["新建“两新”党组织数量"] = 109m, ["制作党员教育电视片"] = 7m,
            ["党员下沉居住地报到率"] = 100m, ["村（社区）党组织书记轮训按期完成率"] = 100m, ["“两新”党组织数量增长率"] = 24m, ["“10号工作室”服务群众满意度"] = 100m,
        }, ct);
        var paths = department.Annual.Indicators.Select((_, i) => GoalPaths.Indicator("annual", i)).ToList();
        Ok(await library.AddFromApprovedAsync(reviewer, lastId, paths, ct));

        // This year: raised targets, approved, then adjusted mid-year (the approved original stays on record as 已调整).
        var thisYear = department with
        {
            Year = year,
            Annual = department.Annual with
            {
                Indicators = [.. department.Annual.Indicators.Select(i => i.Name switch
                {
                    "举办各类干部培训班次" => i with { Target = 22m, StandardValue = 21m },
                    "培训城中村基层干部人次" => i with { Target = 3600m },
                    "制作党员教育电视片" => i with { Target = 7m },
                    _ => i,
                })],
            },
        };
        var currentId = await ApprovedAsync(zzb, reviewer, thisYear, ct);
        var adjustmentId = Ok(await goals.AdjustAsync(zzb, currentId, "年中压减宣传经费，党员教育电视片由 7 部调减为 5 部。", ct));
        var adjustment = (await goals.GetAsync(zzb, adjustmentId, ct)).Value!;
        var lowered = adjustment.Declaration with
        {
            Annual = adjustment.Declaration.Annual with
            {
                Indicators = [.. adjustment.Declaration.Annual.Indicators.Select(i => i.Name == "制作党员教育电视片" ? i with { Target = 5m, Reason = "年中压减宣传经费 30%。" } : i)],
            },
        };
        Ok(await goals.SaveAsync(zzb, adjustmentId, adjustment.Summary.Version, lowered, ct));
        await ReviewAsync(zzb, reviewer, adjustmentId, ct);

        // 区发展和改革局: last year's project approved (the revised, quantified version) with its year-end; this year's waits for review.
        var project = Read("tangxi-2022-project.yaml");
        var revised = Quantified(project) with { Year = year - 1 };
        var projectLast = await ApprovedAsync(fgj, reviewer, revised, ct);
        var projectEvaluation = Ok(await goals.CreateYearEndAsync(fgj, projectLast, ct));
        await FillActualsAsync(fgj, projectEvaluation, new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["基建工程委托业务项目数量"] = 50m, ["委托业务报告合格率"] = 100m, ["项目总成本"] = 89.97m, ["服务对象满意度"] = 96m,
            ["委托业务公开比选率"] = 100m, ["基建项目结算审减率"] = 6.2m, ["“四项制度”执行检查合格率"] = 96m,
        }, ct);
        Ok(await library.AddFromApprovedAsync(reviewer, projectLast, [.. revised.Annual.Indicators.Select((_, i) => GoalPaths.Indicator("annual", i))], ct));
        var projectNow = Ok(await goals.CreateAsync(fgj, project with { Year = year }, null, ct));
        Ok(await goals.TransitionAsync(fgj, projectNow, GoalAction.Submit, null, null, ct));

        // 区卫生健康局: a synthetic table, returned for revision in the first round.
        var health = Ok(await goals.CreateAsync(wjj, Health(year), null, ct));
        Ok(await goals.TransitionAsync(wjj, health, GoalAction.Submit, null, null, ct));
        Ok(await goals.TransitionAsync(reviewer, health, GoalAction.StartReview, null, null, ct));
        Ok(await goals.TransitionAsync(reviewer, health, GoalAction.Return, "成本指标“门诊人均费用”应写“≤”；满意度指标请写明调查方式。", "修改后通过", ct));
    }

    /// <summary>The starter library: the indicators of the published corpus documents (embedded), each citing its file and line.</summary>
    private async Task SeedLibraryAsync(CancellationToken ct)
    {
        var assembly = typeof(GoalDemoSeeder).Assembly;
        var files = new List<(string, ImportResult)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("demo/corpus/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var file = name["demo/corpus/".Length..];
            files.Add((file, PublishedImporter.ImportText(await reader.ReadToEndAsync(ct), file)));
        }

        await library.ImportDocumentsAsync(files, "系统", ct);
    }

    private async Task<int> ApprovedAsync(Actor preparer, Actor reviewer, GoalDeclaration declaration, CancellationToken ct)
    {
        var id = Ok(await goals.CreateAsync(preparer, declaration, null, ct));
        await ReviewAsync(preparer, reviewer, id, ct);
        return id;
    }

    private async Task ReviewAsync(Actor preparer, Actor reviewer, int id, CancellationToken ct)
    {
        Ok(await goals.TransitionAsync(preparer, id, GoalAction.Submit, null, null, ct));
        Ok(await goals.TransitionAsync(reviewer, id, GoalAction.StartReview, null, null, ct));
        Ok(await goals.SaveOpinionsAsync(reviewer, id, [new OpinionInput("completeness", "符合", "目标和指标齐全。"), new OpinionInput("appropriateness", "符合", null)], ct));
        Ok(await goals.TransitionAsync(reviewer, id, GoalAction.PassRound, null, null, ct));
        Ok(await goals.TransitionAsync(reviewer, id, GoalAction.Approve, null, "通过", ct));
    }

    private async Task FillActualsAsync(Actor preparer, int evaluationId, Dictionary<string, decimal> actuals, CancellationToken ct)
    {
        var detail = (await evaluations.GetContentAsync(preparer, evaluationId, ct)).Value!;
        var e = detail.Evaluation;
        var filled = Services.DemoSeeder.Complete(Services.DemoSeeder.CompleteBudget(e with
        {
            Goals = [.. e.Goals.Select(g => actuals.TryGetValue(g.Name, out var a) ? g with { Actual = a }
                : g.Operator == IndicatorOperator.Qualitative ? g with { Answer = QualitativeAnswer.Achieved, ActualText = "达成年度指标", Score = g.Weight } : g)],
        }), e.Unit);
        Ok(await evaluations.SaveAsync(preparer, evaluationId, detail.Summary.Version, filled, ct));
        Ok(await evaluations.TransitionAsync(preparer, evaluationId, Domain.Review.ReviewAction.Submit, null, ct));
    }

    /// <summary>The 棠溪镇 project as revised after review (示范): vague outcome targets replaced by measurable ones, survey method stated, long-term table completed.</summary>
    internal static GoalDeclaration Quantified(GoalDeclaration d)
    {
        var measurable = new Dictionary<string, (string Name, decimal Target)>(StringComparer.Ordinal)
        {
            ["对维护基建市场公平的影响程度"] = ("委托业务公开比选率", 100m),
            ["对控制基建项目成本影响程度"] = ("基建项目结算审减率", 5m),
            ["对推动基建项目“四项制度”健全和落实的持续性影响"] = ("“四项制度”执行检查合格率", 95m),
        };
        return d with
        {
            Annual = d.Annual with
            {
                Indicators = [.. d.Annual.Indicators.Select(i => measurable.TryGetValue(i.Name, out var m)
                    ? i with { Name = m.Name, ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = m.Target, Unit = "%", TargetText = null }
                    : i.Name == "服务对象满意度" ? i with { Explanation = "项目结束后对委托单位开展问卷调查，满意份数 ÷ 有效问卷份数。" } : i)],
            },
            LongTerm = d.LongTerm is null ? null : d.LongTerm with
            {
                Indicators =
                [
                    .. d.LongTerm.Indicators,
                    new DeclaredIndicator { Level1 = "效益指标", Level2 = "社会效益指标", Name = "基建项目审计问题整改率", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 95m, Unit = "%" },
                    new DeclaredIndicator { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "委托单位满意度", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 90m, Unit = "%", Explanation = "每年问卷调查一次。" },
                ],
            },
        };
    }

    /// <summary>合成数据: a health bureau's table with two classic faults (a cost written ≥, satisfaction without survey).</summary>
    private static GoalDeclaration Health(int year) => new()
    {
        Unit = "区卫生健康局",
        Year = year,
        Kind = EvaluationKind.Department,
        FrameworkId = "gz-district-dept-2022",
        FunctionClass = "卫生健康支出",
        FunctionSection = "公共卫生",
        FundUse = "基本公共卫生服务、健康教育培训",
        Duties = "负责全区卫生健康工作（示范数据）。",
        Annual = new GoalSection
        {
            Text = "完成基本公共卫生服务项目，开展健康教育和基层医务人员培训（示范数据）。",
            Indicators =
            [
                new() { Level1 = "产出指标", Level2 = "数量指标", Name = "基层医务人员培训人次", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 800m, Unit = "人次", Explanation = "以培训签到表统计。" },
                new() { Level1 = "产出指标", Level2 = "质量指标", Name = "适龄儿童免疫规划疫苗接种率", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 95m, Unit = "%" },
                new() { Level1 = "产出指标", Level2 = "成本指标", Name = "门诊人均费用", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 180m, Unit = "元", Standard = TargetStandard.BudgetStandard, StandardValue = 200m },
                new() { Level1 = "效益指标", Level2 = "社会效益指标", Name = "居民健康素养水平", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 30m, Unit = "%" },
                new() { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "患者满意度", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 90m, Unit = "%" },
            ],
        },
    };

    private static GoalDeclaration Read(string file)
    {
        using var stream = typeof(GoalDemoSeeder).Assembly.GetManifestResourceStream("demo/goals/" + file) ?? throw new InvalidOperationException("Missing resource demo/goals/" + file);
        using var reader = new StreamReader(stream);
        return GoalSerializer.Parse(reader.ReadToEnd(), file).Value;
    }

    private async Task<Actor> ActorAsync(string userName, CancellationToken ct) => Actor.From(await db.Users.SingleAsync(u => u.UserName == userName, ct));

    private static T Ok<T>(Outcome<T> outcome) =>
        outcome.IsOk ? outcome.Value! : throw new InvalidOperationException("Goal demo seeding failed: " + string.Join("; ", outcome.Errors));
}
