using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Checks;

/// <summary>
/// 复核检查 (reviewer checks, DOMAIN §8 and §11): arithmetic identities with explicit rounding
/// tolerance, stated rates and scores against recomputed ones, weights, grades, missing
/// explanations, monitoring warnings at year end and implausible values. Pure: the same subject
/// gives the same findings. Indicator lint is in <see cref="IndicatorLint"/>, recycled text in
/// <see cref="RecycledText"/>.
/// </summary>
public static partial class Checker
{
    /// <summary>Every stable code of this engine with its Chinese name.</summary>
    public static IReadOnlyDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SUM-FUNCTION"] = "功能分类合计与支出总额不符",
        ["SUM-NATURE"] = "基本支出与项目支出之和与总额不符",
        ["SUM-BASIC"] = "人员经费与公用经费之和与基本支出不符",
        ["SUM-INCOME"] = "收入来源合计与收入总额不符",
        ["SUM-SOURCE"] = "资金来源分项合计与资金总额不符",
        ["RATE-STATED"] = "所写执行率与重算不符",
        ["RATE-RANGE"] = "执行率或金额不合常理",
        ["EXEC-SCORE"] = "预算执行得分与执行率不符",
        ["SCORE-SUM"] = "各项得分之和与总分不符",
        ["SCORE-RANGE"] = "得分超出分值范围",
        ["SCORE-STATED"] = "所写总分与按评分表重算不符",
        ["SCORE-UNVERIFIED"] = "无法按评分表重算",
        ["WEIGHT-SUM"] = "分值合计不符",
        ["WEIGHT-FRAMEWORK"] = "分值与评分表不符",
        ["GRADE-MISMATCH"] = "评价等级与得分不符",
        ["GRADE-MISSING"] = "未写评价等级",
        ["STATED-CONFLICT"] = "同一数字前后不一致",
        ["EXEC-REASON"] = "执行率低于要求未说明原因",
        ["MON-OUTRUN"] = "得分率高于执行率过多",
        ["MON-UNSPENT"] = "预算大量未支出",
        ["ADJUST-UNEXPLAINED"] = "预算大幅调整未说明",
        ["REASON-MISSING"] = "未完成指标未写原因",
        ["MEASURE-MISSING"] = "未完成指标未写改进措施",
        ["OVER-ACHIEVE"] = "超额完成未作说明",
        ["NEGATIVE-VALUE"] = "出现负数",
        ["LINT-NO-NUMBER"] = "指标值没有数字",
        ["LINT-NO-UNIT"] = "指标值没有单位",
        ["LINT-NO-OPERATOR"] = "未写指标性质",
        ["LINT-VAGUE"] = "指标表述模糊",
        ["LINT-SATISFACTION-100"] = "满意度 100% 无调查依据",
        ["LINT-QUALITATIVE-NUMERIC"] = "可量化的指标写成定性",
        ["LINT-RESTATES-TASK"] = "产出指标复述任务",
        ["RECYCLED-TEXT"] = "文字与往年或他人雷同",
        [Rectification.RepeatedProblems.Code] = "上年问题再次出现",
        ["SCORE-UNREACHABLE"] = "所写总分无法由各项得分得到",
        ["SCORE-FULL-UNMET"] = "未达到目标却得满分",
        ["TEXT-RATE"] = "文中比率为负或远高于 100%",
        ["TEXT-SUM"] = "文中分项之和与合计不符",
        ["SPEND-OVER-INITIAL"] = "支出远超年初预算",
    };

    /// <summary>Runs every enabled check. <paramref name="framework"/> (optional) gives settings, grades and re-scoring.</summary>
    public static IReadOnlyList<Finding> Run(CheckSubject subject, Framework? framework = null) => Review(subject, framework).Findings;

    /// <summary>
    /// Runs every enabled check and says what it could check: each family of DOMAIN §11 ran (and on what)
    /// or could not run (and why, e.g. <c>未读取到预算数据，未核查执行率</c>). 套用文字 needs other documents
    /// and is added by the caller (<see cref="CheckCoverage.With"/>).
    /// </summary>
    public static CheckReport Review(CheckSubject subject, Framework? framework = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var settings = framework?.Settings.Checks ?? new CheckSettings();
        var grades = framework?.Grades ?? GradeScale.Default;
        var findings = new List<Finding>();
        var ctx = new Ctx(subject, settings, findings);
        Sums(ctx);
        Rates(ctx, framework);
        var recomputed = Scores(ctx, framework, grades);
        Explanations(ctx, recomputed, framework);
        Monitoring(ctx, framework);
        TextFigures(ctx);
        findings.AddRange(IndicatorLint.Run(subject, settings));
        findings.AddRange(Goals.YearEndGoalCheck.Run(subject.Evaluation));
        findings.AddRange(Rectification.RepeatedProblems.Run(subject.Evaluation, settings));
        ctx.Cover(CheckFamilies.Lint, subject.Evaluation.Goals.Count > 0,
            $"{subject.Evaluation.Goals.Count.ToString(CultureInfo.InvariantCulture)} 个绩效指标的指标值、单位、指标性质与表述",
            "未读取到绩效指标（指标值、完成值），未核查指标质量");
        return new CheckReport([.. findings.Where(f => settings.IsEnabled(f.Code))], ctx.Coverage());
    }

    private sealed class Ctx(CheckSubject subject, CheckSettings settings, List<Finding> findings)
    {
        private readonly Dictionary<string, CoverageItem> coverage = new(StringComparer.Ordinal);

        public CheckSubject Subject { get; } = subject;

        public Evaluation E => Subject.Evaluation;

        public StatedFigures Stated => Subject.Stated;

        public CheckSettings Settings { get; } = settings;

        /// <summary>Findings so far (later checks leave what an earlier one reported to it).</summary>
        public IReadOnlyList<Finding> Findings => findings;

        public bool Truncated => Subject.Missing.Contains("document", StringComparer.Ordinal);

        public void Add(string code, Severity severity, string message, string? path, params Evidence[] evidence) =>
            findings.Add(new Finding(code, severity, message, evidence) { Path = path });

        public Evidence Ev(string label, decimal value, string path) => new(label, F(value), Subject.SourceOf(path));

        /// <summary>Records whether a family ran: <paramref name="did"/> says what it looked at, <paramref name="whyNot"/> why it could not.</summary>
        public void Cover(string family, bool ran, string did, string whyNot) => coverage[family] = new CoverageItem(family, ran, ran ? did : whyNot);

        public CheckCoverage Coverage() =>
            new([.. CheckFamilies.All.Where(coverage.ContainsKey).Select(f => coverage[f])]);
    }

    internal static string F(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    // ------------------------------------------------------------------ sums

    private static void Sums(Ctx c)
    {
        var b = c.E.Budget;
        var identities = new List<string>();
        if (b.ByFunction.Count > 0 && b.Executed is { } executed)
        {
            identities.Add("功能分类之和＝执行数");
            Sum(c, "SUM-FUNCTION", "支出按功能分类合计", "执行数", executed, "budget.executed",
                b.ByFunction.Select((f, i) => (f.Name, f.Amount, $"budget.byFunction[{i}]")).ToList(), "budget.byFunction");
        }

        if (b.Basic.Executed is { } be && b.Project.Executed is { } pe && b.Executed is { } total)
        {
            identities.Add("基本支出＋项目支出＝执行数");
            Sum(c, "SUM-NATURE", "基本支出与项目支出之和", "执行数", total, "budget.executed",
                [("基本支出", be, "budget.basic.executed"), ("项目支出", pe, "budget.project.executed")], "budget.basic.executed");
        }

        if (b.Basic.Budget is { } bb && b.Project.Budget is { } pb && (b.Adjusted ?? b.Initial) is { } budget)
        {
            identities.Add("基本支出预算＋项目支出预算＝预算总额");
            var path = b.Adjusted is null ? "budget.initial" : "budget.adjusted";
            Sum(c, "SUM-NATURE", "基本支出预算与项目支出预算之和", "预算总额", budget, path,
                [("基本支出预算", bb, "budget.basic.budget"), ("项目支出预算", pb, "budget.project.budget")], "budget.basic.budget");
        }

        if (b.Personnel.Executed is { } pers && b.PublicExpense.Executed is { } pub && b.Basic.Executed is { } basic)
        {
            identities.Add("人员经费＋公用经费＝基本支出");
            Sum(c, "SUM-BASIC", "人员经费与公用经费之和", "基本支出", basic, "budget.basic.executed",
                [("人员经费", pers, "budget.personnel.executed"), ("公用经费", pub, "budget.publicExpense.executed")], "budget.personnel.executed");
        }

        if (b.IncomeBySource.Count > 1 && c.Stated.TotalIncome is { } income)
        {
            identities.Add("收入来源之和＝收入总额");
            Sum(c, "SUM-INCOME", "收入来源合计", "收入总额", income, "stated.totalIncome",
                b.IncomeBySource.Select((f, i) => (f.Name, f.Amount, $"budget.incomeBySource[{i}]")).ToList(), "budget.incomeBySource");
        }

        if (b.BySource.Count > 0)
        {
            foreach (var (label, sourceTotal, path, pick) in new (string, decimal?, string, Func<FundSourceLine, decimal?>)[]
            {
                ("年初预算", b.Initial, "budget.initial", s => s.Initial),
                ("调整后预算", b.Adjusted, "budget.adjusted", s => s.Adjusted),
                ("执行数", b.Executed, "budget.executed", s => s.Executed),
            })
            {
                var parts = b.BySource.Select((s, i) => (s.Name, Value: pick(s), Path: $"budget.bySource[{i}]")).Where(p => p.Value is not null).ToList();
                if (sourceTotal is { } t && parts.Count > 0)
                {
                    identities.Add($"各资金来源{label}之和＝{label}");
                    Sum(c, "SUM-SOURCE", $"各资金来源{label}合计", $"资金总额{label}", t, path, [.. parts.Select(p => (p.Name, p.Value!.Value, p.Path))], "budget.bySource");
                }
            }
        }

        foreach (var (label, value, path) in new (string, decimal?, string)[]
        {
            ("年初预算", b.Initial, "budget.initial"), ("调整后预算", b.Adjusted, "budget.adjusted"), ("执行数", b.Executed, "budget.executed"),
            ("基本支出", b.Basic.Executed, "budget.basic.executed"), ("项目支出", b.Project.Executed, "budget.project.executed"),
        })
        {
            if (value is < 0m)
            {
                c.Add("NEGATIVE-VALUE", Severity.Certain, $"{label}为负数（{F(value.Value)} 万元），金额不应为负。", path, c.Ev(label, value.Value, path));
            }
        }

        c.Cover(CheckFamilies.Sums, identities.Count > 0, string.Join("；", identities),
            "未读取到可相加的分项与合计（支出功能分类、基本/项目支出、人员/公用经费、收入来源、资金来源），未核查合计关系");
    }

    /// <summary>A stated total against the sum of its parts, with the rounding tolerance of the written figures.</summary>
    private static void Sum(Ctx c, string code, string partsLabel, string totalLabel, decimal total, string totalPath, IReadOnlyList<(string Name, decimal Value, string Path)> parts, string path)
    {
        var sum = parts.Sum(p => p.Value);
        var diff = sum - total;
        if (diff == 0m)
        {
            return;
        }

        var tolerance = Tolerance.ForSum(total, parts.Select(p => p.Value));
        var evidence = new List<Evidence>();
        evidence.AddRange(parts.Select(p => c.Ev(p.Name, p.Value, p.Path)));
        evidence.Add(new Evidence($"{partsLabel}（重算）", F(sum), string.Join(" + ", parts.Select(p => F(p.Value)))));
        evidence.Add(c.Ev(totalLabel + "（所写）", total, totalPath));
        evidence.Add(new Evidence("差额", F(diff), $"{F(sum)} − {F(total)}"));
        evidence.Add(new Evidence("舍入容差", F(tolerance), $"{parts.Count} 项各自的舍入 + 总额的舍入（各为末位的一半）"));
        var abs = Math.Abs(diff);
        if (abs <= tolerance)
        {
            c.Add(code, Severity.Note,
                $"{partsLabel} {F(sum)} 与{totalLabel} {F(total)} 相差 {F(abs)}，在 {parts.Count} 项分别四舍五入允许的误差 {F(tolerance)} 之内，属舍入差异，不是错误。",
                path, [.. evidence]);
            return;
        }

        var severity = total != 0m && abs <= Math.Abs(total) * c.Settings.SuspectShare ? Severity.Suspect : Severity.Certain;
        c.Add(code, severity,
            $"{partsLabel} {F(sum)} 与{totalLabel} {F(total)} 相差 {F(abs)}，超出舍入允许的误差 {F(tolerance)}，{(severity == Severity.Certain ? "两者不可能同时正确" : "请核对")}。",
            path, [.. evidence]);
    }

    // ------------------------------------------------------------------ rates

    private static void Rates(Ctx c, Framework? framework)
    {
        var b = c.E.Budget;
        var basis = framework?.Settings.ExecutionBasis ?? BudgetBasis.Adjusted;
        var (budget, budgetPath, budgetLabel) = Base(b, basis);
        if (b.StatedRatePercent is { } stated && b.Executed is { } executed && budget is { } bud)
        {
            var other = basis == BudgetBasis.Adjusted ? (b.Initial, "budget.initial", "年初预算") : (b.Adjusted, "budget.adjusted", "调整后预算");
            Rate(c, "预算执行率", stated, "budget.statedRatePercent", executed, "budget.executed", bud, budgetPath, budgetLabel, other);
        }

        foreach (var r in c.Stated.Rates)
        {
            if (r.Budget is { } rb && r.Executed is { } re)
            {
                Rate(c, $"“{r.Name}”执行率", r.RatePercent, r.Path, re, r.Path, rb, r.Path, "预算", (null, string.Empty, string.Empty));
            }
        }

        if (b.Executed is { } ex && budget is { } bu)
        {
            if (bu == 0m && ex > 0m)
            {
                c.Add("RATE-RANGE", Severity.Certain, $"{budgetLabel}为 0，却有执行数 {F(ex)} 万元。", budgetPath, c.Ev(budgetLabel, bu, budgetPath), c.Ev("执行数", ex, "budget.executed"));
            }
            else if (bu > 0m && !(budgetPath == "budget.initial" && OverInitialApplies(c)))
            {
                // Far above the initial budget (the only budget read): SPEND-OVER-INITIAL speaks for it.
                var rate = ex / bu * 100m;
                if (rate > c.Settings.ImplausibleRatePercent)
                {
                    c.Add("RATE-RANGE", rate > 2m * c.Settings.ImplausibleRatePercent ? Severity.Certain : Severity.Suspect,
                        $"执行数 {F(ex)} 万元超过{budgetLabel} {F(bu)} 万元，执行率 {F(Math.Round(rate, 2))}% 远高于 100%。", "budget.executed",
                        c.Ev("执行数", ex, "budget.executed"), c.Ev(budgetLabel, bu, budgetPath), new Evidence("执行率（重算）", F(Math.Round(rate, 2)) + "%", "执行数 ÷ 预算"));
                }
            }
        }

        if (b.StatedRatePercent is < 0m or > 200m && !(budgetPath == "budget.initial" && OverInitialApplies(c) && b.StatedRatePercent > 0m))
        {
            c.Add("RATE-RANGE", Severity.Suspect, $"所写执行率 {F(b.StatedRatePercent.Value)}% 不合常理。", "budget.statedRatePercent", c.Ev("执行率（所写）", b.StatedRatePercent.Value, "budget.statedRatePercent"));
        }

        var subRates = c.Stated.Rates.Count(r => r.Budget is not null && r.Executed is not null);
        var did = new List<string>();
        if (b.Executed is not null && budget is not null)
        {
            did.Add($"执行数 ÷ {budgetLabel}{(b.StatedRatePercent is null ? string.Empty : "，对照所写执行率")}");
        }

        if (subRates > 0)
        {
            did.Add($"{subRates.ToString(CultureInfo.InvariantCulture)} 处分项执行率");
        }

        c.Cover(CheckFamilies.Rates, did.Count > 0, string.Join("；", did), RatesMissing(b, budget is not null, "执行率"));
    }

    /// <summary>Why a check that needs budget and spending could not run, naming what was not read.</summary>
    private static string RatesMissing(BudgetFigures b, bool hasBudget, string what) =>
        (hasBudget, b.Executed is not null) switch
        {
            (false, false) => $"未读取到预算数据，未核查{what}",
            (true, false) => $"未读取到执行数（实际支出），未核查{what}",
            (false, true) => $"未读取到预算数，未核查{what}",
            (true, true) => $"预算数为 0，未核查{what}",
        };

    private static (decimal? Value, string Path, string Label) Base(BudgetFigures b, BudgetBasis basis) =>
        basis == BudgetBasis.Initial
            ? (b.Initial ?? b.Adjusted, b.Initial is null ? "budget.adjusted" : "budget.initial", b.Initial is null ? "调整后预算" : "年初预算")
            : (b.Adjusted ?? b.Initial, b.Adjusted is null ? "budget.initial" : "budget.adjusted", b.Adjusted is null ? "年初预算" : "调整后预算");

    private static void Rate(Ctx c, string label, decimal stated, string statedPath, decimal executed, string executedPath, decimal budget, string budgetPath, string budgetLabel, (decimal? Value, string Path, string Label) other)
    {
        if (budget == 0m)
        {
            return;
        }

        var rate = executed / budget * 100m;
        var tolerance = Tolerance.ForRate(stated, executed, budget);
        var diff = Math.Abs(rate - stated);
        if (diff <= tolerance)
        {
            return;
        }

        var evidence = new List<Evidence>
        {
            new($"{label}（所写）", F(stated) + "%", c.Subject.SourceOf(statedPath)),
            c.Ev("执行数", executed, executedPath),
            c.Ev(budgetLabel, budget, budgetPath),
            new($"{label}（重算）", F(Math.Round(rate, 4)) + "%", $"{F(executed)} ÷ {F(budget)} × 100%"),
            new("容差（百分点）", F(Math.Round(tolerance, 4)), "所写执行率末位的一半 + 金额舍入的影响"),
        };
        if (other.Value is { } ob && ob != 0m && Math.Abs(executed / ob * 100m - stated) <= Tolerance.ForRate(stated, executed, ob))
        {
            evidence.Add(c.Ev(other.Label, ob, other.Path));
            c.Add("RATE-STATED", Severity.Note, $"{label} {F(stated)}% 是按{other.Label}（{F(ob)} 万元）计算的，评分表按{budgetLabel}计算为 {F(Math.Round(rate, 2))}%。", statedPath, [.. evidence]);
            return;
        }

        var severity = diff <= 1m ? Severity.Suspect : Severity.Certain;
        c.Add("RATE-STATED", severity, $"{label}写为 {F(stated)}%，按执行数 {F(executed)} ÷ {budgetLabel} {F(budget)} 重算为 {F(Math.Round(rate, 2))}%，相差 {F(Math.Round(diff, 2))} 个百分点。", statedPath, [.. evidence]);
    }

    // ------------------------------------------------------------------ scores, weights, grades

    private static ScoreResult? Scores(Ctx c, Framework? framework, GradeScale grades)
    {
        var s = c.Stated;
        var goals = c.E.Goals;

        // Execution score vs weight × rate.
        var b = c.E.Budget;
        var (budget, budgetPath, budgetLabel) = Base(b, framework?.Settings.ExecutionBasis ?? BudgetBasis.Adjusted);
        if (s.ExecutionScore is { } es && s.ExecutionWeight is { } ew)
        {
            if (es > ew || es < 0m)
            {
                c.Add("SCORE-RANGE", Severity.Certain, $"预算执行得分 {F(es)} 超出分值 0–{F(ew)}。", "stated.executionScore", c.Ev("得分", es, "stated.executionScore"), c.Ev("分值", ew, "stated.executionWeight"));
            }
            else if (b.Executed is { } ex && budget is { } bu && bu > 0m)
            {
                var rate = ex / bu;
                var cap = framework?.Settings.CapExecutionScore ?? true;
                var expected = ew * (cap ? Math.Min(rate, 1m) : rate);
                var tol = Tolerance.HalfUnit(es) + 0.005m + ew * (Tolerance.HalfUnit(ex) / Math.Max(ex, 0.01m) + Tolerance.HalfUnit(bu) / bu);
                if (Math.Abs(expected - es) > tol)
                {
                    c.Add("EXEC-SCORE", Math.Abs(expected - es) <= 1m ? Severity.Suspect : Severity.Certain,
                        $"预算执行得分写为 {F(es)}，按分值 {F(ew)} × 执行率 {F(Math.Round(rate * 100m, 2))}% 应为 {F(Money.Round(expected))}。", "stated.executionScore",
                        c.Ev("得分（所写）", es, "stated.executionScore"), c.Ev("分值", ew, "stated.executionWeight"), c.Ev("执行数", ex, "budget.executed"), c.Ev(budgetLabel, bu, budgetPath),
                        new Evidence("得分（重算）", F(Money.Round(expected)), $"{F(ew)} × {F(ex)} ÷ {F(bu)}{(cap ? "，封顶为分值" : string.Empty)}"));
                }
            }
        }

        // Goal scores within their weights.
        for (var i = 0; i < goals.Count; i++)
        {
            var g = goals[i];
            if (g.Score is { } gs && g.Weight > 0m && (gs > g.Weight || gs < 0m))
            {
                c.Add("SCORE-RANGE", Severity.Certain, $"指标“{g.Name}”得分 {F(gs)} 超出分值 0–{F(g.Weight)}。", $"goals[{i}].score", c.Ev("得分", gs, $"goals[{i}]"), c.Ev("分值", g.Weight, $"goals[{i}]"));
            }
        }

        foreach (var row in s.ScoreRows)
        {
            if (row.Score is { } rs && (rs > row.Weight || rs < 0m))
            {
                c.Add("SCORE-RANGE", Severity.Certain, $"“{row.Name ?? "（名称缺失）"}”得分 {F(rs)} 超出分值 0–{F(row.Weight)}。", row.Path, c.Ev("得分", rs, row.Path), c.Ev("分值", row.Weight, row.Path));
            }
        }

        // Sum of stated parts vs the stated total.
        if (s.TotalScore is { } total)
        {
            var parts = new List<(string, decimal, string)>();
            var complete = true;
            // Complete: every item read has its score, and (when the total weight is known) the items' weights make it up;
            // otherwise rows were lost and only bounds can be checked (SCORE-UNREACHABLE).
            if (s.ScoreRows.Count > 0)
            {
                complete = s.ScoreRows.All(r => r.Score is not null) && !c.Truncated && WeightsComplete(s.TotalWeight, s.ScoreRows.Select(r => r.Weight));
                parts.AddRange(s.ScoreRows.Select(r => (r.Name ?? "（名称缺失）", r.Score ?? 0m, r.Path)));
            }
            else if (goals.Count > 0)
            {
                complete = goals.All(g => g.Score is not null) && s.ExecutionScore is not null && !c.Truncated
                    && WeightsComplete(s.TotalWeight, goals.Select(g => g.Weight).Append(s.ExecutionWeight ?? 0m));
                if (s.ExecutionScore is { } es2)
                {
                    parts.Add(("预算执行", es2, "stated.executionScore"));
                }

                parts.AddRange(goals.Select((g, i) => (g.Name, g.Score ?? 0m, $"goals[{i}]")));
            }

            if (complete && parts.Count > 0)
            {
                Sum(c, "SCORE-SUM", "各项得分之和", "总分", total, "stated.totalScore", parts, "stated.totalScore");
            }
            else if (parts.Count > 0)
            {
                Unreachable(c, framework, total);
            }
        }

        // Weights.
        var maxTotal = s.TotalWeight ?? framework?.TotalWeight;
        if (s.ScoreRows.Count > 0 && s.TotalWeight is { } tw && !c.Truncated)
        {
            Sum(c, "WEIGHT-SUM", "各指标分值之和", "总分值", tw, "stated.totalWeight", [.. s.ScoreRows.Select(r => (r.Name ?? "（名称缺失）", r.Weight, r.Path))], "stated.totalWeight");
        }
        else if (goals.Count > 0 && goals.All(g => g.Weight > 0m) && s.ExecutionWeight is { } ew2 && s.TotalWeight is { } tw2 && !c.Truncated)
        {
            Sum(c, "WEIGHT-SUM", "预算执行分值与各绩效指标权重之和", "合计分值", tw2, "stated.totalWeight",
                [("预算执行", ew2, "stated.executionWeight"), .. goals.Select((g, i) => (g.Name, g.Weight, $"goals[{i}]"))], "stated.totalWeight");
        }

        for (var k = 0; k < s.Level1Weights.Count; k++)
        {
            var l1 = s.Level1Weights[k];
            var members = goals.Select((g, i) => (g, i)).Where(x => l1.Name.Length > 0 ? string.Equals(x.g.Level1, l1.Name, StringComparison.Ordinal) : false).ToList();
            if (members.Count == 0 || members.Any(m => m.g.Weight <= 0m))
            {
                continue;
            }

            Sum(c, "WEIGHT-SUM", $"“{l1.Name}”下各指标权重之和", $"“{l1.Name}”分值", l1.Amount, $"stated.level1Weights[{k}]",
                [.. members.Select(m => (m.g.Name, m.g.Weight, $"goals[{m.i}]"))], $"stated.level1Weights[{k}]");
        }

        if (framework is not null)
        {
            foreach (var row in s.ScoreRows.Where(r => r.LeafCode is not null))
            {
                var leaf = framework.Find(row.LeafCode!);
                if (leaf is not null && leaf.Weight != row.Weight)
                {
                    c.Add("WEIGHT-FRAMEWORK", Severity.Suspect, $"“{row.Name ?? leaf.Name}”分值写为 {F(row.Weight)}，评分表 {framework.Id} 中为 {F(leaf.Weight)}。", row.Path,
                        c.Ev("分值（所写）", row.Weight, row.Path), new Evidence("分值（评分表）", F(leaf.Weight), $"{framework.Id} {leaf.Code}"));
                }
            }
        }

        // Re-score with the framework: only the total, grade and errors are used, so without explanation texts
        // (ScoreTotals gives the same figures and errors as Score; a property test holds them equal).
        ScoreResult? recomputed = null;
        var rescoreMissing = framework is null
            ? "未确定适用的评分表，未按评分表重算总分"
            : $"评分表 {framework.Id} 用于“{framework.Kind.Name()}”评价，与该文档不符，未按评分表重算总分";
        if (framework is not null && framework.Kind == c.E.Kind)
        {
            var result = Scorer.ScoreTotals(framework, c.E);
            if (!result.IsSuccess)
            {
                rescoreMissing = $"按评分表 {framework.Id} 重算缺少数据（{string.Join("；", result.Errors.Take(2).Select(e => e.Message))}{(result.Errors.Count > 2 ? $" 等 {result.Errors.Count.ToString(CultureInfo.InvariantCulture)} 处" : string.Empty)}），未重算总分";
            }

            if (result.IsSuccess)
            {
                recomputed = result.Value;
                if (s.TotalScore is { } st)
                {
                    var tol = Tolerance.HalfUnit(st) + 0.005m * framework.Leaves().Count();
                    var diff = Math.Abs(recomputed.Total - st);
                    if (diff > tol)
                    {
                        c.Add("SCORE-STATED", diff <= 1m ? Severity.Suspect : Severity.Certain,
                            $"所写总分 {F(st)}，按评分表 {framework.Id} 重算为 {F(recomputed.Total)}，相差 {F(diff)}。", "stated.totalScore",
                            c.Ev("总分（所写）", st, "stated.totalScore"), new Evidence("总分（重算）", F(recomputed.Total), $"Scorer：{framework.Id}"), new Evidence("容差", F(tol), "所写总分末位的一半 + 每个末级指标 0.005"));
                    }
                }
            }
            else if (s.TotalScore is not null)
            {
                c.Add("SCORE-UNVERIFIED", Severity.Note, $"所写总分无法按评分表 {framework.Id} 重算：{string.Join("；", result.Errors.Take(3).Select(e => e.ToString()))}{(result.Errors.Count > 3 ? $" 等 {result.Errors.Count} 处" : string.Empty)}。",
                    "stated.totalScore", [.. result.Errors.Take(5).Select(e => new Evidence("缺少", e.Message, e.Path))]);
            }
        }

        // Grade vs score.
        var scoreForGrade = s.TotalScore ?? recomputed?.Total;
        if (scoreForGrade is { } sg)
        {
            var max = maxTotal ?? 100m;
            var normalized = max == 0m || max == grades.Bands.Max(x => x.Max) ? sg : sg / max * grades.Bands.Max(x => x.Max);
            var band = grades.For(normalized);
            if (s.Grade is { } g)
            {
                if (band is not null && !string.Equals(band.Name, g, StringComparison.Ordinal))
                {
                    c.Add("GRADE-MISMATCH", Severity.Certain, $"评价等级写为“{g}”，但得分 {F(sg)} 对应“{band.Name}”（{band.Describe()}）。", "stated.grade",
                        new Evidence("等级（所写）", g, c.Subject.SourceOf("stated.grade")), c.Ev("得分", sg, s.TotalScore is null ? "recomputed" : "stated.totalScore"), new Evidence("等级（按得分）", band.Name, band.Describe()));
                }

                if (recomputed?.Grade is { } rg && !string.Equals(rg.Name, g, StringComparison.Ordinal) && s.TotalScore is not null && band is not null && band.Name == g)
                {
                    c.Add("GRADE-MISMATCH", Severity.Suspect, $"评价等级“{g}”与所写总分相符，但按评分表重算的得分 {F(recomputed.Total)} 对应“{rg.Name}”。", "stated.grade",
                        new Evidence("等级（所写）", g, c.Subject.SourceOf("stated.grade")), new Evidence("总分（重算）", F(recomputed.Total), framework!.Id), new Evidence("等级（重算）", rg.Name, rg.Describe()));
                }
            }
            else if (s.TotalScore is not null && band is not null)
            {
                c.Add("GRADE-MISSING", Severity.Note, $"写了自评得分 {F(sg)}，但没有写评价等级（按得分应为“{band.Name}”）。", "stated.grade", c.Ev("得分", sg, "stated.totalScore"), new Evidence("等级（按得分）", band.Name, band.Describe()));
            }
        }

        foreach (var v in s.Variants)
        {
            c.Add("STATED-CONFLICT", Severity.Certain, $"“{v.Field}”在文中写了两个不同的值：{F(v.First)} 和 {F(v.Other)}。", v.Field,
                new Evidence("第一处", F(v.First), v.FirstSource), new Evidence("另一处", F(v.Other), v.OtherSource));
        }

        var scored = goals.Count(g => g.Score is not null) + s.ScoreRows.Count(r => r.Score is not null) + (s.ExecutionScore is null ? 0 : 1);
        var did = new List<string>();
        if (scored > 0)
        {
            did.Add($"{scored.ToString(CultureInfo.InvariantCulture)} 项所写得分在分值之内");
        }

        if (s.TotalScore is not null)
        {
            did.Add(scored > 0 ? "各项得分之和对照所写总分" : "所写总分");
        }

        c.Cover(CheckFamilies.Scores, did.Count > 0, string.Join("；", did), "未读取到得分（总分或各指标得分），未核查得分与分值");
        c.Cover(CheckFamilies.Rescore, recomputed is not null,
            recomputed is null ? string.Empty : $"按评分表 {framework!.Id} 重算总分 {F(recomputed.Total)}{(s.TotalScore is null ? string.Empty : "，对照所写总分")}",
            rescoreMissing);
        c.Cover(CheckFamilies.Grade, scoreForGrade is not null,
            s.Grade is null ? "等级按得分与评分表的等级区间确定" : "所写等级对照得分与等级区间",
            "未读取到得分，未核查评价等级");
        return recomputed;
    }

    private static bool WeightsComplete(decimal? totalWeight, IEnumerable<decimal> weights)
    {
        var list = weights.ToList();
        return totalWeight is not { } tw || Math.Abs(list.Sum() - tw) <= Tolerance.ForSum(tw, list);
    }

    /// <summary>
    /// SCORE-UNREACHABLE: when not every item's score was read, the stated total is still bounded: at least the
    /// scores that were read, at most those plus the full weight of every item without a score and of the weight
    /// not covered by any row (stated or framework total weight − the rows' weights).
    /// </summary>
    private static void Unreachable(Ctx c, Framework? framework, decimal total)
    {
        var s = c.Stated;
        var goals = c.E.Goals;
        decimal read, open, weights;
        List<decimal> values;
        if (s.ScoreRows.Count > 0)
        {
            values = [.. s.ScoreRows.Where(r => r.Score is not null).Select(r => r.Score!.Value)];
            read = values.Sum();
            open = s.ScoreRows.Where(r => r.Score is null).Sum(r => r.Weight);
            weights = s.ScoreRows.Sum(r => r.Weight);
        }
        else
        {
            values = [.. goals.Where(g => g.Score is not null).Select(g => g.Score!.Value)];
            if (s.ExecutionScore is { } es)
            {
                values.Add(es);
            }

            read = values.Sum();
            open = goals.Where(g => g.Score is null).Sum(g => g.Weight) + (s.ExecutionScore is null ? s.ExecutionWeight ?? 0m : 0m);
            weights = goals.Sum(g => g.Weight) + (s.ExecutionWeight ?? 0m);
        }

        var tolerance = Tolerance.ForSum(total, values);
        var evidence = new List<Evidence>
        {
            c.Ev("总分（所写）", total, "stated.totalScore"),
            new("已读到的得分之和", F(read), $"{values.Count.ToString(CultureInfo.InvariantCulture)} 项"),
        };
        if (read > total + tolerance)
        {
            c.Add("SCORE-UNREACHABLE", Severity.Certain, $"已读到的 {values.Count.ToString(CultureInfo.InvariantCulture)} 项得分之和 {F(read)} 已超过所写总分 {F(total)}，其余各项得分不可能为负。", "stated.totalScore", [.. evidence]);
            return;
        }

        if ((s.TotalWeight ?? framework?.TotalWeight) is not { } maxTotal || open < 0m)
        {
            return; // without the total weight the weight of the unread rows is unknown: no upper bound
        }

        var remaining = Math.Max(0m, maxTotal - weights);
        var upper = read + open + remaining;
        if (total > upper + tolerance)
        {
            evidence.Add(new Evidence("未读到得分的各项分值", F(open), "按满分计"));
            evidence.Add(new Evidence("表中未列的分值", F(remaining), $"总分值 {F(maxTotal)} − 已列各项分值 {F(weights)}"));
            evidence.Add(new Evidence("最高可能总分", F(upper), $"{F(read)} + {F(open)} + {F(remaining)}"));
            c.Add("SCORE-UNREACHABLE", Severity.Certain,
                $"所写总分 {F(total)} 无法由各项得分得到：已读到的得分 {F(read)} 加上其余各项全部满分（{F(open + remaining)}）最多只有 {F(upper)} 分。", "stated.totalScore", [.. evidence]);
        }
    }

    // ------------------------------------------------------------------ explanations

    private static void Explanations(Ctx c, ScoreResult? recomputed, Framework? framework)
    {
        var over = c.Settings.OverAchievementPercent;
        for (var i = 0; i < c.E.Goals.Count; i++)
        {
            var g = c.E.Goals[i];
            var path = $"goals[{i}]";
            var unmet = Unmet(g, out var why);
            var hasReason = !string.IsNullOrWhiteSpace(g.Reason);
            if (unmet && !hasReason)
            {
                c.Add("REASON-MISSING", Severity.Suspect, $"指标“{g.Name}”未完成（{why}），但没有写偏差原因。", path + ".reason",
                    new Evidence("指标", g.Name, c.Subject.SourceOf(path)), new Evidence("情况", why, c.Subject.SourceOf(path)));
            }
            else if (unmet && string.IsNullOrWhiteSpace(g.Measure))
            {
                c.Add("MEASURE-MISSING", Severity.Note, $"指标“{g.Name}”未完成并写了原因，但没有写改进措施。", path + ".measure",
                    new Evidence("情况", why, c.Subject.SourceOf(path)), new Evidence("原因", g.Reason!, c.Subject.SourceOf(path)));
            }

            if (g.Score is { } full && g.Weight > 0m && full >= g.Weight && Unmet(g, out var missed, byScore: false))
            {
                c.Add("SCORE-FULL-UNMET", Severity.Suspect, $"指标“{g.Name}”未达到目标（{missed}），却得了满分 {F(full)}（分值 {F(g.Weight)}）。", path + ".score",
                    new Evidence("情况", missed, c.Subject.SourceOf(path)), new Evidence("得分", F(full), c.Subject.SourceOf(path)), new Evidence("分值", F(g.Weight), c.Subject.SourceOf(path)));
            }

            if (over is { } o && g.Target is { } t && t > 0m && g.Actual is { } a && g.Operator is IndicatorOperator.AtLeast or IndicatorOperator.MoreThan or IndicatorOperator.EqualTo
                && a * 100m >= t * o && !hasReason)
            {
                c.Add("OVER-ACHIEVE", Severity.Suspect, $"指标“{g.Name}”完成值 {F(a)} 达到目标值 {F(t)} 的 {F(Math.Round(a / t * 100m, 1))}%（≥{F(o)}%），需要说明超额原因（目标是否定得过低）。", path + ".reason",
                    new Evidence("目标值", F(t), c.Subject.SourceOf(path)), new Evidence("完成值", F(a), c.Subject.SourceOf(path)), new Evidence("阈值", F(o) + "%", "checks.overAchievementPercent"));
            }
        }

        foreach (var (code, input) in c.E.Inputs)
        {
            var deducted = input.Deductions.Sum(d => d.Points);
            if (deducted > 0m && input.Deductions.Any(d => string.IsNullOrWhiteSpace(d.Reason)))
            {
                c.Add("REASON-MISSING", Severity.Suspect, $"指标 {code} 有扣分但未写扣分原因。", $"inputs.{code}.deductions", new Evidence("扣分", F(deducted), $"inputs.{code}"));
            }
        }

        foreach (var row in c.Stated.ScoreRows)
        {
            if (row.Score is { } s && s < row.Weight)
            {
                var input = row.LeafCode is not null && c.E.Inputs.TryGetValue(row.LeafCode, out var li) ? li : null;
                if (input is null || string.IsNullOrWhiteSpace(input.Reason))
                {
                    c.Add("REASON-MISSING", Severity.Suspect, $"“{row.Name ?? "（名称缺失）"}”得分 {F(s)} 低于分值 {F(row.Weight)}，但没有写未达标原因。", row.Path, c.Ev("得分", s, row.Path), c.Ev("分值", row.Weight, row.Path));
                }
            }
        }

        var leaves = LostPoints(c, recomputed, framework);

        var looked = c.E.Goals.Count + c.Stated.ScoreRows.Count + c.E.Inputs.Count + leaves;
        c.Cover(CheckFamilies.Explanations, looked > 0,
            string.Join("，", new[] { (c.E.Goals.Count, "个绩效指标"), (c.Stated.ScoreRows.Count, "行评分表得分"), (c.E.Inputs.Count, "个评分表指标的录入") }
                .Where(x => x.Item1 > 0).Select(x => x.Item1.ToString(CultureInfo.InvariantCulture) + " " + x.Item2)) + "：未完成或失分是否写了原因与措施",
            "未读取到指标的完成情况或得分，未核查未达标原因");
    }

    /// <summary>
    /// A framework leaf that lost points (recomputed score below its weight) needs an 未达标原因 like an unmet
    /// goal does, and then a measure. Leaves scored from the unit's goals are left to the goal check; leaves
    /// whose stated score row was already checked are not flagged twice. Returns the number of leaves looked at.
    /// </summary>
    private static int LostPoints(Ctx c, ScoreResult? recomputed, Framework? framework)
    {
        if (recomputed is null || framework is null)
        {
            return 0;
        }

        var seen = c.Stated.ScoreRows.Where(r => r.LeafCode is not null).Select(r => r.LeafCode!).ToHashSet(StringComparer.Ordinal);
        var count = 0;
        foreach (var leaf in framework.Leaves())
        {
            var scored = recomputed.Find(leaf.Code);
            if (scored is null || scored.NotApplicable || !scored.IsLeaf)
            {
                continue; // not applicable, or scored from the goals (each goal is checked itself)
            }

            count++;
            var max = scored.RescaledWeight ?? scored.Weight;
            var lost = max - scored.Score;
            if (lost < 0.005m || seen.Contains(leaf.Code))
            {
                continue;
            }

            c.E.Inputs.TryGetValue(leaf.Code, out var input);
            var deductionsExplained = input is { Deductions.Count: > 0 } && input.Deductions.All(d => !string.IsNullOrWhiteSpace(d.Reason));
            var path = $"inputs.{leaf.Code}";
            var evidence = new[]
            {
                new Evidence("指标", $"{leaf.Code} {leaf.Name}", $"{framework.Id} {leaf.Code}"),
                new Evidence("得分（重算）", F(scored.Score), $"Scorer：{framework.Id}"),
                new Evidence("分值", F(max), scored.RescaledWeight is null ? $"{framework.Id} {leaf.Code}" : "不适用指标剔除后按比例折算的分值"),
            };
            if (string.IsNullOrWhiteSpace(scored.Reason) && !deductionsExplained)
            {
                c.Add("REASON-MISSING", Severity.Suspect, $"评分表指标“{leaf.Name}”得 {F(scored.Score)} 分（满分 {F(max)} 分，失 {F(Money.Round(lost))} 分），但没有写未达标原因。", path + ".reason", evidence);
            }
            else if (string.IsNullOrWhiteSpace(scored.Measure) && string.IsNullOrWhiteSpace(input?.Measure))
            {
                c.Add("MEASURE-MISSING", Severity.Note, $"评分表指标“{leaf.Name}”失 {F(Money.Round(lost))} 分并写了原因，但没有写改进措施。", path + ".measure", evidence);
            }
        }

        return count;
    }

    /// <summary>True when the goal missed its target (qualitative answer, actual vs target, or, with <paramref name="byScore"/>, a score below the weight).</summary>
    private static bool Unmet(GoalIndicator g, out string why, bool byScore = true)
    {
        why = string.Empty;
        if (g.Answer is QualitativeAnswer.NotAchieved or QualitativeAnswer.PartlyAchieved)
        {
            why = g.Answer.Value.Name();
            return true;
        }

        if (g.Target is { } t && g.Actual is { } a)
        {
            var met = g.Operator switch
            {
                IndicatorOperator.AtLeast => a >= t,
                IndicatorOperator.MoreThan => a > t,
                IndicatorOperator.EqualTo => a == t,
                IndicatorOperator.AtMost => a <= t,
                IndicatorOperator.LessThan => a < t,
                IndicatorOperator.Qualitative => true,
            };
            if (!met)
            {
                why = $"目标 {g.Operator.Symbol()}{F(t)}{g.Unit}，完成 {F(a)}{g.Unit}";
                return true;
            }
        }

        if (byScore && g.Score is { } s && g.Weight > 0m && s < g.Weight)
        {
            why = $"得分 {F(s)} 低于分值 {F(g.Weight)}";
            return true;
        }

        return false;
    }

    // ------------------------------------------------------------------ monitoring at year end (§8)

    private static void Monitoring(Ctx c, Framework? framework)
    {
        var b = c.E.Budget;
        var (budget, budgetPath, budgetLabel) = Base(b, framework?.Settings.ExecutionBasis ?? BudgetBasis.Adjusted);
        var ran = b.Executed is not null && budget is > 0m;
        c.Cover(CheckFamilies.Monitoring, ran, $"执行数 ÷ {budgetLabel}：执行率原因、未支出比例、得分率与执行率、预算调整",
            RatesMissing(b, budget is not null && budget != 0m, "年终监控预警（执行率原因、未支出比例、得分率与执行率）"));
        if (b.Executed is not { } ex || budget is not { } bu || bu <= 0m)
        {
            return;
        }

        var rate = ex / bu * 100m;
        var reasonBelow = framework?.Settings.ExecutionReasonBelowPercent ?? c.Settings.ExecutionReasonBelowPercent;
        if (rate < reasonBelow && !HasExecutionReason(c))
        {
            c.Add("EXEC-REASON", Severity.Suspect, $"预算执行率 {F(Math.Round(rate, 2))}% 低于 {F(reasonBelow)}%，按规定须说明原因，文中未见说明。", "budget.executed",
                c.Ev("执行数", ex, "budget.executed"), c.Ev(budgetLabel, bu, budgetPath), new Evidence("执行率（重算）", F(Math.Round(rate, 2)) + "%", "执行数 ÷ 预算"), new Evidence("要求", $"低于 {F(reasonBelow)}% 须说明原因", "settings.executionReasonBelowPercent"));
        }

        var unspent = 100m - rate;
        if (unspent > c.Settings.UnspentPercent)
        {
            c.Add("MON-UNSPENT", Severity.Suspect, $"预算有 {F(Math.Round(unspent, 2))}% 未支出（{F(bu - ex)} 万元），超过 {F(c.Settings.UnspentPercent)}%（监控黄色预警）。", "budget.executed",
                c.Ev("执行数", ex, "budget.executed"), c.Ev(budgetLabel, bu, budgetPath));
        }

        // Score rate vs execution rate: indicator points achieved (goals) or, failing those, the total score.
        decimal? scoreRate = null;
        string scoreLabel = string.Empty;
        var goals = c.E.Goals.Where(g => g.Score is not null && g.Weight > 0m).ToList();
        if (goals.Count > 0 && goals.Count == c.E.Goals.Count)
        {
            scoreRate = goals.Sum(g => g.Score!.Value) / goals.Sum(g => g.Weight) * 100m;
            scoreLabel = "绩效指标得分率";
        }
        else if (c.Stated.TotalScore is { } ts)
        {
            var max = c.Stated.TotalWeight ?? framework?.TotalWeight ?? 100m;
            if (max > 0m)
            {
                scoreRate = ts / max * 100m;
                scoreLabel = "总得分率";
            }
        }

        if (scoreRate is { } sr && sr - Math.Min(rate, 100m) > c.Settings.ScoreOutrunPoints)
        {
            c.Add("MON-OUTRUN", Severity.Suspect, $"{scoreLabel} {F(Math.Round(sr, 2))}% 比预算执行率 {F(Math.Round(rate, 2))}% 高出 {F(Math.Round(sr - rate, 2))} 个百分点（>{F(c.Settings.ScoreOutrunPoints)}，监控红色预警）：钱没花完，目标却几乎全部完成，请核实。", "stated.totalScore",
                new Evidence(scoreLabel, F(Math.Round(sr, 2)) + "%", c.Subject.SourceOf(c.Stated.TotalScore is null ? "goals" : "stated.totalScore")), new Evidence("执行率（重算）", F(Math.Round(rate, 2)) + "%", c.Subject.SourceOf("budget.executed")));
        }

        if (b.Initial is { } init && b.Adjusted is { } adj && adj > init * (1m + c.Settings.AdjustmentPercent / 100m) && !HasAdjustmentReason(c))
        {
            c.Add("ADJUST-UNEXPLAINED", Severity.Suspect, $"调整后预算 {F(adj)} 万元比年初预算 {F(init)} 万元{(init == 0m ? "（年初为 0）" : $"多 {F(Math.Round((adj - init) / init * 100m, 1))}%")}，未见调整理由。", "budget.adjusted",
                c.Ev("年初预算", init, "budget.initial"), c.Ev("调整后预算", adj, "budget.adjusted"), new Evidence("阈值", F(c.Settings.AdjustmentPercent) + "%", "checks.adjustmentPercent"));
        }
    }

    private static bool HasExecutionReason(Ctx c) =>
        !string.IsNullOrWhiteSpace(c.Stated.ExecutionReason) || NarrativeTexts(c.E.Narrative).Any(t => ExecutionReason().IsMatch(t));

    private static bool HasAdjustmentReason(Ctx c) =>
        (!string.IsNullOrWhiteSpace(c.Stated.ExecutionReason) && AdjustmentWords().IsMatch(c.Stated.ExecutionReason)) || NarrativeTexts(c.E.Narrative).Any(t => AdjustmentWords().IsMatch(t));

    internal static IEnumerable<string> NarrativeTexts(Narrative n) =>
        new[] { n.Finances, n.Problems, n.ProjectAnalysis, n.Other, n.Management, n.GoalAnalysis }.Where(t => !string.IsNullOrWhiteSpace(t))!;

    [GeneratedRegex(@"执行率[^。]{0,60}(原因|由于|因为|导致|受.{1,10}影响)|(原因|由于|因为|受.{1,12}影响)[^。]{0,60}(执行率|未支出|未使用|结余|未完成支付)")]
    private static partial Regex ExecutionReason();

    [GeneratedRegex(@"(追加|调增|调整|调剂|增加)[^。]{0,40}(预算|资金)|(预算|资金)[^。]{0,20}(追加|调增|调整|调剂)")]
    private static partial Regex AdjustmentWords();
}
