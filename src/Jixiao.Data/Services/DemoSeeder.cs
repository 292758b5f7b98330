using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>
/// The demo district: one finance bureau and nine departments whose evaluations sit in every workflow state, each
/// department with a 填报人 (<c>xxx.tb</c>) and a 部门审核人 (<c>xxx.sh</c>). Budget figures come from published corpus
/// documents where we have them (noted per unit); the rest is synthetic. Frameworks are activated for the units' years
/// and for the current and previous year (from <see cref="TimeProvider"/>), so a new draft can be started at once.
/// </summary>
public sealed class DemoSeeder(JixiaoDbContext db, UserManager<AppUser> users, EvaluationService evaluations, FrameworkService frameworks, TimeProvider clock, Goals.GoalDemoSeeder goals, Monitoring.MonitoringDemoSeeder monitoring)
{
    public const string Password = "Jixiao#2026";

    public const string BureauName = "示范区财政局";

    public static IReadOnlyList<(string User, string What)> Accounts { get; } =
    [
        ("admin", "管理员"),
        ("reviewer", "财政局复核人（示范区财政局）"),
        ("zzb.tb", "填报人（区委组织部）"),
        ("zzb.sh", "部门审核人（区委组织部）"),
        ("jgw.tb / .sh", "区直机关工委"),
        ("xcb.tb / .sh", "区委宣传部"),
        ("fgj.tb / .sh", "区发展和改革局"),
        ("jyj.tb / .sh", "区教育局"),
        ("wjj.tb / .sh", "区卫生健康局"),
        ("sfj.tb / .sh", "区司法局"),
        ("mzj.tb / .sh", "区民政局"),
        ("rsj.tb / .sh", "区人力资源和社会保障局"),
    ];

    private sealed record DemoUnit(string Code, string Name, string Login, int Year, EvaluationKind Kind, decimal? Initial, decimal? Adjusted, decimal? Executed, decimal? Basic, decimal? Project, ReviewState State, string Source, string? Resource = null);

    private static readonly DemoUnit[] Units =
    [
        new("zzb", "区委组织部", "zzb.tb", 2022, EvaluationKind.Department, 2322.6m, 2322.6m, 2233.44m, null, null, ReviewState.Published, "花都区委组织部 2022 年部门整体支出绩效自评报告（testdata/huadu-2022）", "demo/huadu-2022.yaml"),
        new("jgw", "区直机关工委", "jgw.tb", 2021, EvaluationKind.Department, 890.33m, 890.33m, 714.07m, null, null, ReviewState.Approved, "花都区直属机关工委 2021 年自评报告（testdata/huadu-2021）", "demo/huadu-2021.yaml"),
        new("xcb", "区委宣传部", "xcb.tb", 2022, EvaluationKind.Department, 1297.59m, 1297.59m, 1297.59m, 1155.12m, 142.47m, ReviewState.Returned, "海珠区委组织部 2022 年评分表（testdata/haizhu-2022），单位名称为示范", "demo/haizhu-2022.yaml"),
        new("fgj", "区发展和改革局", "fgj.tb", 2023, EvaluationKind.Department, 238.93m, 251.89m, 251.89m, null, null, ReviewState.InReview, "青神县发改局 2023 年项目表的预算数（corpus/sc-qingshen-fgj-2023-project-table.txt），单位名称为示范"),
        new("jyj", "区教育局", "jyj.tb", 2023, EvaluationKind.Department, 5600m, 5820m, 5412.6m, 4100m, 1720m, ReviewState.Submitted, "合成数据"),
        new("wjj", "区卫生健康局", "wjj.tb", 2023, EvaluationKind.Department, 3300m, 3410m, 2980.5m, 2200m, 1210m, ReviewState.Resubmitted, "合成数据"),
        new("sfj", "区司法局", "sfj.tb", 2023, EvaluationKind.Department, 760m, 780m, 702.3m, 610m, 170m, ReviewState.Draft, "合成数据"),
        new("mzj", "区民政局", "mzj.tb", 2023, EvaluationKind.Department, 2100m, 2260m, 2171.8m, 1300m, 960m, ReviewState.DepartmentReview, "合成数据"),
        new("rsj", "区人力资源和社会保障局", "rsj.tb", 2023, EvaluationKind.Department, 1480m, 1520m, 1298.1m, 980m, 540m, ReviewState.DepartmentReturned, "合成数据"),
    ];

    /// <summary>Seeds once (when no bureau exists). Returns whether it seeded.</summary>
    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Bureaus.AnyAsync(ct))
        {
            return false;
        }

        var bureau = new Bureau { Name = BureauName, Region = "示范区" };
        db.Bureaus.Add(bureau);
        await db.SaveChangesAsync(ct);
        var unitIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var u in Units)
        {
            var unit = new Unit { Name = u.Name, Code = u.Code, BureauId = bureau.Id };
            db.Units.Add(unit);
            await db.SaveChangesAsync(ct);
            unitIds[u.Code] = unit.Id;
        }

        await CreateUserAsync("admin", "系统管理员", ActorRole.Admin, null, null);
        var reviewer = await CreateUserAsync("reviewer", "财政局绩效科", ActorRole.Reviewer, null, bureau.Id);

        var reviewerActor = Actor.From(reviewer);
        var now = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
        foreach (var year in Units.Select(u => u.Year).Append(now - 1).Append(now).Distinct())
        {
            await frameworks.ActivateAsync(reviewerActor, "gz-district-dept-2022", year, ct);
            await frameworks.ActivateAsync(reviewerActor, "national-project-2020", year, ct);
        }

        foreach (var u in Units)
        {
            var preparer = await CreateUserAsync(u.Login, u.Name + "填报人", ActorRole.Preparer, unitIds[u.Code], null);
            var approver = await CreateUserAsync(u.Code + ".sh", u.Name + "审核人", ActorRole.Approver, unitIds[u.Code], null);
            var actor = Actor.From(preparer);
            var approverActor = Actor.From(approver);
            var created = await evaluations.CreateAsync(actor, Build(u), null, ct);
            if (!created.IsOk)
            {
                throw new InvalidOperationException($"Demo seeding failed at {u.Name}: {string.Join("; ", created.Errors)}");
            }

            var id = created.Value;
            foreach (var (action, who, comment) in Path(u.State))
            {
                var by = who switch
                {
                    ActorRole.Reviewer => reviewerActor,
                    ActorRole.Approver => approverActor,
                    ActorRole.Preparer or ActorRole.Admin => actor,
                };
                var moved = await evaluations.TransitionAsync(by, id, action, comment, ct);
                if (!moved.IsOk)
                {
                    throw new InvalidOperationException($"Demo seeding failed at {u.Name} {action}: {string.Join("; ", moved.Errors)}");
                }
            }
        }

        // Goals of the current year and the year before, and the indicator library (Goals/GoalDemoSeeder.cs).
        await goals.SeedAsync(ct);
        // Mid-year monitoring of the current year: goals approved for two units, a round, one unit green, one red with reasons.
        await monitoring.SeedAsync(ct);
        return true;
    }

    /// <summary>The moves (and who makes them) that bring a new draft to a state, through the department approver.</summary>
    public static IEnumerable<(ReviewAction Action, ActorRole Who, string? Comment)> Path(ReviewState target)
    {
        const string comment = "“存在的主要问题”与上年表述雷同，请结合本年情况重写；预算执行率低于 90% 的原因未说明。";
        const string departmentComment = "请补充各项工作任务绩效目标完成情况的量化数据后再提交。";
        (ReviewAction, ActorRole, string?) submit = (ReviewAction.Submit, ActorRole.Preparer, null);
        (ReviewAction, ActorRole, string?) approve = (ReviewAction.DepartmentApprove, ActorRole.Approver, null);
        (ReviewAction, ActorRole, string?) start = (ReviewAction.StartReview, ActorRole.Reviewer, null);
        (ReviewAction, ActorRole, string?) ret = (ReviewAction.Return, ActorRole.Reviewer, comment);
        return target switch
        {
            ReviewState.Draft => [],
            ReviewState.DepartmentReview => [submit],
            ReviewState.DepartmentReturned => [submit, (ReviewAction.DepartmentReturn, ActorRole.Approver, departmentComment)],
            ReviewState.Submitted => [submit, approve],
            ReviewState.InReview => [submit, approve, start],
            ReviewState.Returned => [submit, approve, start, ret],
            ReviewState.Resubmitted => [submit, approve, start, ret, (ReviewAction.Resubmit, ActorRole.Preparer, null), approve],
            ReviewState.Approved => [submit, approve, start, (ReviewAction.Approve, ActorRole.Reviewer, null)],
            ReviewState.Published => [submit, approve, start, (ReviewAction.Approve, ActorRole.Reviewer, null), (ReviewAction.Publish, ActorRole.Reviewer, null)],
        };
    }

    private static Evaluation Build(DemoUnit u)
    {
        if (u.Resource is not null)
        {
            using var stream = typeof(DemoSeeder).Assembly.GetManifestResourceStream(u.Resource) ?? throw new InvalidOperationException("Missing resource " + u.Resource);
            using var reader = new StreamReader(stream);
            var parsed = EvaluationSerializer.Parse(reader.ReadToEnd(), u.Resource);
            return Complete(parsed.Value with { Unit = u.Name }, u.Name);
        }

        return Complete(Synthetic(u), u.Name);
    }

    /// <summary>Fills the report sections a published copy did not state with marked demo text, so that the demo passes the workflow's gates.</summary>
    internal static Evaluation Complete(Evaluation e, string unitName)
    {
        var n = e.Narrative;
        string Demo(string? text, string what) => string.IsNullOrWhiteSpace(text) ? $"（示范数据）{unitName}{what}。" : text;
        return e with
        {
            Narrative = n with
            {
                SelfEvaluation = Demo(n.SelfEvaluation, "成立自评工作小组，对照评分表逐项核实预算执行和绩效目标完成情况"),
                Overview = Demo(n.Overview, "主要职能、内设机构和人员编制情况见部门预算公开材料"),
                Tasks = Demo(n.Tasks, "围绕年度重点工作任务组织实施，保障部门正常运转"),
                Management = Demo(n.Management, "建立预算绩效管理制度，开展绩效目标申报、运行监控和绩效自评"),
                GoalAnalysis = Demo(n.GoalAnalysis, "年度绩效目标总体完成，个别指标因客观原因未完全达到目标值"),
                ProjectAnalysis = Demo(n.ProjectAnalysis, "重点任务项目按计划实施，项目支出执行情况见部门整体收支情况"),
                Achievements = Demo(n.Achievements, "各项重点工作按期完成，服务对象满意度保持较高水平"),
                Problems = Demo(n.Problems, "部分项目预算编制不够精细，执行进度前慢后快"),
                Measures = Demo(n.Measures, "加强预算编制论证，按月跟踪执行进度"),
                ResultUse = Demo(n.ResultUse, "自评结果作为下一年度预算安排和改进管理的依据"),
            },
        };
    }

    /// <summary>
    /// A year-end evaluation started from approved goals carries no money figures yet: for the demo, the figures the
    /// department framework needs (marked as demo data by the narrative) are filled from the budget it states, or a demo amount.
    /// </summary>
    internal static Evaluation CompleteBudget(Evaluation e)
    {
        var b = e.Budget;
        var budget = b.Adjusted ?? b.Initial ?? 1000m;
        var executed = b.Executed ?? Money.Round(budget * 0.962m);
        var basic = b.Basic.Budget ?? Money.Round(budget * 0.6m);
        return e with
        {
            Budget = b with
            {
                Initial = b.Initial ?? budget,
                Adjusted = budget,
                Executed = executed,
                Basic = b.Basic.Budget is null ? new BudgetLine(basic, Money.Round(basic * 0.98m)) : b.Basic,
                Project = b.Project.Budget is null ? new BudgetLine(budget - basic, Money.Round(executed - basic * 0.98m)) : b.Project,
                PublicExpense = b.PublicExpense.Budget is null ? new BudgetLine(Money.Round(basic * 0.12m), Money.Round(basic * 0.11m)) : b.PublicExpense,
                ThreePublic = b.ThreePublic.Budget is null ? new BudgetLine(12m, 9.6m) : b.ThreePublic,
                CarryOver = b.CarryOver ?? Money.Round(budget - executed),
                FixedAssetsInUse = b.FixedAssetsInUse ?? 820m,
                FixedAssetsTotal = b.FixedAssetsTotal ?? 860m,
            },
        };
    }

    private static Evaluation Synthetic(DemoUnit u) => new()
    {
        Unit = u.Name,
        UnitCode = u.Code,
        Year = u.Year,
        Kind = u.Kind,
        FrameworkId = "gz-district-dept-2022",
        Budget = new BudgetFigures
        {
            Initial = u.Initial,
            Adjusted = u.Adjusted,
            Executed = u.Executed,
            Basic = new BudgetLine(u.Basic, null),
            Project = new BudgetLine(u.Project, null),
            PublicExpense = new BudgetLine(Money.Round((u.Basic ?? (u.Adjusted ?? 0m) * 0.6m) * 0.12m), Money.Round((u.Basic ?? (u.Adjusted ?? 0m) * 0.6m) * 0.11m)),
            ThreePublic = new BudgetLine(12m, 9.6m),
            CarryOver = Money.Round((u.Adjusted ?? 0m) - (u.Executed ?? 0m)),
            FixedAssetsInUse = 820m,
            FixedAssetsTotal = 860m,
        },
        OverallGoal = "围绕年度重点工作任务，保障部门履职，提高资金使用效益。",
        Goals =
        [
            new GoalIndicator { Level1 = "产出指标", Level2 = "数量指标", Name = "开展业务培训", Operator = IndicatorOperator.AtLeast, Target = 10m, Unit = "期", Actual = 12m, Weight = 10m },
            new GoalIndicator { Level1 = "产出指标", Level2 = "时效指标", Name = "资金按时支付率", Operator = IndicatorOperator.AtLeast, Target = 95m, Unit = "%", Actual = 96m, Weight = 10m },
            new GoalIndicator { Level1 = "效益指标", Level2 = "社会效益指标", Name = "服务对象满意度", Operator = IndicatorOperator.AtLeast, Target = 90m, Unit = "%", Actual = 93m, Weight = 10m },
        ],
        Narrative = new Narrative
        {
            Overview = u.Name + "（示范数据，预算数来源：" + u.Source + "）。",
            Problems = "部分项目预算编制不够精细，执行进度前慢后快。",
            Measures = "加强预算编制论证，按月跟踪执行进度。",
        },
    };

    private async Task<AppUser> CreateUserAsync(string login, string name, ActorRole role, int? unitId, int? bureauId)
    {
        var user = new AppUser { UserName = login, DisplayName = name, Role = role, UnitId = unitId, BureauId = bureauId, LockoutEnabled = true };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo user " + login + ": " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        return user;
    }
}
