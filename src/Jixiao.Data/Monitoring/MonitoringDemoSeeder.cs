using Jixiao.Data.Goals;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Monitoring;

/// <summary>
/// The demo district's mid-year monitoring of the current year, through the same services people use (示范数据): goals
/// approved for 区司法局 (department table) and 区教育局 (项目 校园安全设施改造), a round generated from them (and from any other
/// goals approved for the year), 区司法局 filled on track (green) and confirmed with no action, 区教育局 filled behind (red budget
/// and indicators, with coded reasons and measures) and submitted, waiting in the bureau's queue. Figures are set from the
/// time progress of the monitoring date, so the lights are the same whatever the month.
/// </summary>
public sealed class MonitoringDemoSeeder(JixiaoDbContext db, GoalService goals, MonitoringService monitoring, TimeProvider clock)
{
    public const string ProjectName = "校园安全设施改造项目";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var today = RectificationService.Today(clock);
        var year = today.Year;
        var reviewer = await ActorAsync("reviewer", ct);
        var sfj = await ActorAsync("sfj.tb", ct);
        var jyj = await ActorAsync("jyj.tb", ct);
        await ApproveAsync(sfj, reviewer, Justice(year), ct);
        await ApproveAsync(jyj, reviewer, Schools(year), ct);

        // Data as of 30 June once it has passed, else as of the end of the last month; the deadline at least ten days ahead.
        var asOf = today >= new DateOnly(year, 7, 1) ? new DateOnly(year, 6, 30) : today.Month == 1 ? new DateOnly(year, 1, 31) : new DateOnly(year, today.Month, 1).AddDays(-1);
        var deadline = today.AddDays(10) > asOf.AddDays(20) ? today.AddDays(10) : asOf.AddDays(20);
        var round = Ok(await monitoring.CreateRoundAsync(reviewer, new NewRound(year, asOf, deadline), ct));
        var share = MonitoringAnalyzer.MonthsElapsed(asOf, MonthCounting.Completed) / 12m;

        var justiceTask = await TaskOfAsync(round.Id, "区司法局", ct);
        var justice = Ok(await monitoring.GetAsync(sfj, justiceTask, ct));
        var onTrack = justice.Task with
        {
            Funds = [.. justice.Task.Funds.Select(f => f with { Spent = Money.Round(f.Initial!.Value * share * 0.96m) })],
            Indicators = [.. justice.Task.Indicators.Select(i => i.Operator == IndicatorOperator.Qualitative
                ? i with { Progress = QualitativeAnswer.Achieved, Likelihood = "确定能" }
                : i.Unit == "%"
                    ? i with { Current = i.Target, Forecast = i.Target, Likelihood = "确定能" }
                    : i with { Current = Math.Round(i.Target!.Value * share), Forecast = i.Target, Likelihood = "确定能" })],
            GoalExpectedMet = true,
        };
        Ok(await monitoring.SaveAsync(sfj, justiceTask, justice.Summary.Version, onTrack, ct));
        Ok(await monitoring.TransitionAsync(sfj, justiceTask, MonitoringAction.Submit, null, ct));
        Ok(await monitoring.FollowUpAsync(reviewer, justiceTask, new FollowUpRequest(FollowUpKind.NoAction, "预算执行和各项指标进度正常，无需跟进。"), ct));

        var schoolTask = await TaskOfAsync(round.Id, ProjectName, ct);
        var schools = Ok(await monitoring.GetAsync(jyj, schoolTask, ct));
        var behind = schools.Task with
        {
            Funds = [.. schools.Task.Funds.Select(f => f with { Spent = Money.Round(f.Initial!.Value * share * 0.45m) })],
            BudgetDeviationReason = "（示范数据）两所学校改造方案调整，工程招标推迟两个月，进度款未能按计划支付。",
            BudgetMeasure = "已完成招标，按周跟踪施工进度，确保第四季度前支付进度款。",
            Indicators = [.. schools.Task.Indicators.Select(i => i.Name switch
            {
                "完成安全设施改造的学校数" => i with
                {
                    Current = Math.Round(i.Target!.Value * share * 0.4m), Forecast = i.Target - 4m, Likelihood = "有可能",
                    Reasons = ["制度保障", "其他"], ReasonText = "招标推迟，部分学校需在暑期集中施工。", Measure = "暑期集中施工，增加施工班组。",
                },
                "安装视频监控设备" => i with
                {
                    Current = Math.Round(i.Target!.Value * share * 0.5m), Forecast = i.Target, Likelihood = "确定能",
                    Reasons = ["硬件条件保障"], ReasonText = "设备到货延迟。", Measure = "与供应商约定分批到货。",
                },
                _ => i.Operator == IndicatorOperator.Qualitative
                    ? i with { Progress = QualitativeAnswer.PartlyAchieved, Likelihood = "有可能", Reasons = ["人员保障"], ReasonText = "安全管理人员培训尚未完成。", Measure = "九月开学前完成培训。" }
                    : i with { Current = i.Target, Forecast = i.Target, Likelihood = "确定能" },
            })],
            GoalExpectedMet = false,
            GoalNotMetReason = "（示范数据）预计年底完成改造 20 所，少于年度目标 24 所。",
        };
        Ok(await monitoring.SaveAsync(jyj, schoolTask, schools.Summary.Version, behind, ct));
        Ok(await monitoring.TransitionAsync(jyj, schoolTask, MonitoringAction.Submit, null, ct));
    }

    /// <summary>合成数据: a justice bureau's department goals (counts pro-rated by months, rates compared whole, one qualitative).</summary>
    public static GoalDeclaration Justice(int year) => new()
    {
        Unit = "区司法局",
        Year = year,
        Kind = EvaluationKind.Department,
        FrameworkId = "gz-district-dept-2022",
        FunctionClass = "公共安全支出",
        FunctionSection = "司法",
        Duties = "负责全区法治宣传、人民调解、法律援助和社区矫正工作（示范数据）。",
        Funds = [new NamedAmount("财政拨款", 760m), new NamedAmount("其他资金", 20m)],
        Annual = new GoalSection
        {
            Text = "开展法治宣传和人民调解，为困难群众提供法律援助（示范数据）。",
            Indicators =
            [
                new() { Level1 = "产出指标", Level2 = "数量指标", Name = "开展法治宣传活动", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 40m, Unit = "场", Explanation = "以活动记录统计。" },
                new() { Level1 = "产出指标", Level2 = "数量指标", Name = "办理法律援助案件", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 600m, Unit = "件", Explanation = "以案件登记系统统计。" },
                new() { Level1 = "产出指标", Level2 = "质量指标", Name = "人民调解成功率", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 95m, Unit = "%", Explanation = "调解成功件数 ÷ 受理件数。" },
                new() { Level1 = "效益指标", Level2 = "社会效益指标", Name = "普法责任制落实情况", ValueType = IndicatorValueType.Qualitative, Operator = IndicatorOperator.Qualitative, TargetText = "有效落实" },
                new() { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "受援群众满意度", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 90m, Unit = "%", Explanation = "结案回访问卷，满意份数 ÷ 有效问卷份数。" },
            ],
        },
    };

    /// <summary>合成数据: an education bureau's project (two fund sources, counts, a rate, one qualitative).</summary>
    public static GoalDeclaration Schools(int year) => new()
    {
        Unit = "区教育局",
        Year = year,
        Kind = EvaluationKind.Project,
        FrameworkId = "national-project-2020",
        FunctionClass = "教育支出",
        FunctionSection = "普通教育",
        Project = new ProjectInfo { Name = ProjectName, Code = "JYJ-" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-01", Status = ProjectStatus.New },
        Funds = [new NamedAmount("财政拨款", 1200m), new NamedAmount("自有资金", 80m)],
        Annual = new GoalSection
        {
            Text = "完成 24 所中小学安全设施改造（示范数据）。",
            Indicators =
            [
                new() { Level1 = "产出指标", Level2 = "数量指标", Name = "完成安全设施改造的学校数", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 24m, Unit = "所", Explanation = "以竣工验收单统计。" },
                new() { Level1 = "产出指标", Level2 = "数量指标", Name = "安装视频监控设备", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 600m, Unit = "套", Explanation = "以设备验收清单统计。" },
                new() { Level1 = "产出指标", Level2 = "质量指标", Name = "工程验收合格率", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 100m, Unit = "%", Explanation = "验收合格学校数 ÷ 完工学校数。" },
                new() { Level1 = "效益指标", Level2 = "社会效益指标", Name = "校园安全管理水平", ValueType = IndicatorValueType.Qualitative, Operator = IndicatorOperator.Qualitative, TargetText = "明显提升" },
                new() { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "师生家长满意度", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 90m, Unit = "%", Explanation = "学期末问卷调查。" },
            ],
        },
    };

    /// <summary>Declares, submits and takes a declaration through every review round to approval.</summary>
    public async Task<int> ApproveAsync(Actor preparer, Actor reviewer, GoalDeclaration declaration, CancellationToken ct = default)
    {
        var id = Ok(await goals.CreateAsync(preparer, declaration, null, ct));
        Ok(await goals.TransitionAsync(preparer, id, GoalAction.Submit, null, null, ct));
        Ok(await goals.TransitionAsync(reviewer, id, GoalAction.StartReview, null, null, ct));
        while (Ok(await goals.GetAsync(reviewer, id, ct)).Actions.Contains(GoalAction.PassRound))
        {
            Ok(await goals.TransitionAsync(reviewer, id, GoalAction.PassRound, null, null, ct));
        }

        Ok(await goals.TransitionAsync(reviewer, id, GoalAction.Approve, null, null, ct));
        return id;
    }

    private Task<int> TaskOfAsync(int roundId, string title, CancellationToken ct) =>
        db.MonitoringTasks.Where(t => t.RoundId == roundId && t.Title == title).Select(t => t.Id).SingleAsync(ct);

    private async Task<Actor> ActorAsync(string userName, CancellationToken ct) => Actor.From(await db.Users.SingleAsync(u => u.UserName == userName, ct));

    private static T Ok<T>(Outcome<T> outcome) =>
        outcome.IsOk ? outcome.Value! : throw new InvalidOperationException("Monitoring demo seeding failed: " + string.Join("; ", outcome.Errors));
}
