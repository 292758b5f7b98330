using System.Globalization;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Goals;

/// <summary>Last year's value of an indicator of the same unit (from its approved goals and its year-end evaluation).</summary>
public sealed record PreviousIndicator(string Level1, string Level2, string Name, decimal? Target, decimal? Actual, string? Unit, string Source);

/// <summary>What the goal checks look at: the declaration, its framework (settings), last year's indicators and where fields came from.</summary>
public sealed record GoalCheckSubject
{
    public required GoalDeclaration Declaration { get; init; }

    /// <summary>The unit's indicators of the year before, with their actuals; empty when unknown.</summary>
    public IReadOnlyList<PreviousIndicator> PreviousYear { get; init; } = [];

    /// <summary>Provenance: field path → source (a cell, a line); the path itself when unknown.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    public string SourceOf(string path) => Sources.TryGetValue(path, out var s) ? s : path;
}

/// <summary>
/// 绩效目标审核检查 (goal checks, a family of the check engine): the reviewers' quality rules of CYCLE §2 (cost written
/// ≥, a 数量 indicator that is a spending rate, the same indicator under 产出 and 效益, satisfaction without a survey
/// method, a third level that does not fit its second level, duplicate names), the classes the framework requires,
/// a cost target above its 预算支出标准, a target looser than last year's actual without a reason, and the existing
/// indicator lint on every row. Each finding has a code, a severity and its evidence; pure.
/// </summary>
public static class GoalChecks
{
    /// <summary>Every code of this family with its Chinese name (the indicator lint's LINT-* codes are in <see cref="Checker.Codes"/>).</summary>
    public static IReadOnlyDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GOAL-NO-INDICATORS"] = "目标没有绩效指标",
        ["GOAL-REQUIRED-MISSING"] = "缺少必填的指标类别",
        ["GOAL-UNKNOWN-CLASS"] = "指标类别不在评分表的指标体系内",
        ["GOAL-COST-AT-LEAST"] = "成本指标写成“≥”",
        ["GOAL-COST-ABOVE-STANDARD"] = "成本目标值超过预算支出标准",
        ["GOAL-COST-NO-STANDARD-VALUE"] = "以预算支出标准为依据但未填标准值",
        ["GOAL-QUANTITY-SPENDING"] = "数量指标实为支出或支付进度",
        ["GOAL-OUTPUT-OUTCOME-DUPLICATE"] = "同一指标同时列在产出和效益",
        ["GOAL-SATISFACTION-NO-SURVEY"] = "满意度指标未说明调查方式",
        ["GOAL-LEVEL-MISMATCH"] = "三级指标与二级指标不匹配",
        ["GOAL-DUPLICATE-NAME"] = "同一表内三级指标重名",
        ["GOAL-BELOW-LAST-YEAR"] = "目标值低于上年实际值且未说明理由",
        ["GOAL-YEAREND-TARGET-CHANGED"] = "年终指标值与批复的目标值不一致",
        ["GOAL-YEAREND-MISSING"] = "批复的指标在年终自评中缺失",
        ["GOAL-YEAREND-ADDED"] = "年终自评增加了未批复的指标",
    };

    /// <summary>Runs every enabled goal check. <paramref name="framework"/> (optional) gives the goal and check settings.</summary>
    public static IReadOnlyList<Finding> Run(GoalCheckSubject subject, Framework? framework = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var goals = framework?.Settings.Goals ?? new GoalSettings();
        var checks = framework?.Settings.Checks ?? new CheckSettings();
        var d = subject.Declaration;
        var findings = new List<Finding>();
        var sections = new List<(string Key, string Title, GoalSection Section)> { ("annual", "年度目标", d.Annual) };
        if (d.LongTerm is { } lt)
        {
            sections.Add(("longTerm", "中长期目标", lt));
        }

        foreach (var (key, title, section) in sections)
        {
            if (section.Indicators.Count == 0)
            {
                if (key == "annual")
                {
                    findings.Add(new Finding("GOAL-NO-INDICATORS", Severity.Certain, $"{title}没有绩效指标，无法审核和评价。", [new Evidence(title, section.Text ?? "（无）", subject.SourceOf(key))]) { Path = key + ".indicators" });
                }

                continue;
            }

            Table(subject, key, title, section, goals, checks, findings);
        }

        foreach (var (path, row) in d.AllIndicators())
        {
            Row(subject, path, row, goals, checks, findings);
        }

        Lint(subject, checks, findings);
        return [.. findings.Where(f => checks.IsEnabled(f.Code))];
    }

    private static void Table(GoalCheckSubject s, string key, string title, GoalSection section, GoalSettings goals, CheckSettings checks, List<Finding> findings)
    {
        var rows = section.Indicators.Select((r, i) => (Path: GoalPaths.Indicator(key, i), Row: r)).ToList();

        foreach (var required in goals.Required)
        {
            var parts = required.Split('/', 2);
            var present = rows.Any(r => GoalSettings.SameClass(r.Row.Level1, parts[0]) && (parts.Length == 1 || GoalSettings.SameClass(r.Row.Level2, parts[1])));
            if (!present)
            {
                findings.Add(new Finding("GOAL-REQUIRED-MISSING", Severity.Certain,
                    $"{title}的指标表缺少“{required.Replace("/", "—", StringComparison.Ordinal)}”类指标，评分表要求必须设置。",
                    [new Evidence("已设置的类别", string.Join("、", rows.Select(r => r.Row.Level1 + (r.Row.Level2.Length > 0 ? "/" + r.Row.Level2 : string.Empty)).Distinct()), key + ".indicators"),
                     new Evidence("必填类别", required, "settings.goals.required")]) { Path = key + ".indicators" });
            }
        }

        if (!goals.AllowDuplicateNames)
        {
            foreach (var dup in rows.GroupBy(r => Normalize(r.Row.Name), StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
            {
                var first = dup.First();
                findings.Add(new Finding("GOAL-DUPLICATE-NAME", Severity.Certain,
                    $"{title}的指标表中三级指标“{first.Row.Name}”出现 {dup.Count().ToString(CultureInfo.InvariantCulture)} 次，同一表内不允许重名。",
                    [.. dup.Select(r => new Evidence("指标", $"{r.Row.Level1}/{r.Row.Level2}/{r.Row.Name}", s.SourceOf(r.Path)))]) { Path = dup.Last().Path + ".name" });
            }
        }

        // The same indicator under 产出 and 效益 is counted once (re-check standard).
        var outputs = rows.Where(r => r.Row.Level1.Contains("产出", StringComparison.Ordinal)).ToList();
        foreach (var outcome in rows.Where(r => r.Row.Level1.Contains("效益", StringComparison.Ordinal)))
        {
            var twin = outputs.FirstOrDefault(o => SameIndicator(o.Row.Name, outcome.Row.Name));
            if (twin.Row is not null)
            {
                findings.Add(new Finding("GOAL-OUTPUT-OUTCOME-DUPLICATE", Severity.Suspect,
                    $"“{outcome.Row.Name}”同时列在产出指标和效益指标下，复核时只计一次；效益指标应反映产出带来的效果。",
                    [new Evidence("产出指标", twin.Row.Name, s.SourceOf(twin.Path)), new Evidence("效益指标", outcome.Row.Name, s.SourceOf(outcome.Path))]) { Path = outcome.Path + ".name" });
            }
        }
    }

    private static void Row(GoalCheckSubject s, string path, DeclaredIndicator row, GoalSettings goals, CheckSettings checks, List<Finding> findings)
    {
        var where = new Evidence("指标", Describe(row), s.SourceOf(path));

        var level1 = goals.Level1(row.Level1);
        if (level1 is null)
        {
            findings.Add(new Finding("GOAL-UNKNOWN-CLASS", Severity.Certain,
                $"一级指标“{row.Level1}”不在评分表的指标体系内（可用：{string.Join("、", goals.Levels.Select(l => l.Name))}）。",
                [where, new Evidence("指标体系", string.Join("、", goals.Levels.Select(l => l.Name)), "settings.goals.levels")]) { Path = path + ".level1" });
        }
        else if (row.Level2.Length > 0 && !level1.Level2.Any(l => GoalSettings.SameClass(l, row.Level2)))
        {
            findings.Add(new Finding("GOAL-UNKNOWN-CLASS", Severity.Certain,
                $"二级指标“{row.Level2}”不属于“{level1.Name}”（可用：{string.Join("、", level1.Level2)}）。",
                [where, new Evidence(level1.Name, string.Join("、", level1.Level2), "settings.goals.levels")]) { Path = path + ".level2" });
        }

        var isCost = goals.IsCost(row.Level1, row.Level2);
        if (isCost && row.Operator is IndicatorOperator.AtLeast or IndicatorOperator.MoreThan)
        {
            findings.Add(new Finding("GOAL-COST-AT-LEAST", Severity.Certain,
                $"成本指标“{row.Name}”写成“{row.Operator.Value.Symbol()}”：成本是上限，应写“≤”或“=”。",
                [where]) { Path = path + ".operator" });
        }

        if (row.Standard == TargetStandard.BudgetStandard)
        {
            if (row.StandardValue is not { } standard)
            {
                findings.Add(new Finding("GOAL-COST-NO-STANDARD-VALUE", Severity.Note,
                    $"指标“{row.Name}”以预算支出标准为依据，但没有填写标准值，无法检查目标值是否超过标准。",
                    [where]) { Path = path + ".standardValue" });
            }
            else if (row.Target is { } target && target > standard)
            {
                findings.Add(new Finding("GOAL-COST-ABOVE-STANDARD", Severity.Certain,
                    $"指标“{row.Name}”的目标值 {Checker.F(target)}{row.Unit} 超过预算支出标准 {Checker.F(standard)}{row.Unit}，成本目标不得高于支出标准。",
                    [where, new Evidence("目标值", Checker.F(target), s.SourceOf(path + ".target")), new Evidence("预算支出标准", Checker.F(standard), s.SourceOf(path + ".standardValue"))]) { Path = path + ".target" });
            }
        }

        if (GoalSettings.SameClass(row.Level2, "数量") && goals.SpendingRateWords.FirstOrDefault(w => row.Name.Contains(w, StringComparison.Ordinal)) is { } word)
        {
            findings.Add(new Finding("GOAL-QUANTITY-SPENDING", Severity.Suspect,
                $"数量指标“{row.Name}”（“{word}”）反映的是资金支出或支付进度，不是产出的数量；请改为实际产出（完成的工作量）。",
                [where, new Evidence("用词", word, "settings.goals.spendingRateWords")]) { Path = path + ".name" });
        }

        if (IsSatisfaction(row))
        {
            var basis = string.Concat(row.Explanation, row.ScoringStandard, row.Remark, row.Name);
            if (!checks.SurveyWords.Any(w => basis.Contains(w, StringComparison.Ordinal)))
            {
                findings.Add(new Finding("GOAL-SATISFACTION-NO-SURVEY", Severity.Suspect,
                    $"满意度指标“{row.Name}”没有说明调查方式（问卷、抽样、回访等）和样本，年终无法核实完成值。",
                    [where, new Evidence("指标解释", row.Explanation ?? "（未填）", s.SourceOf(path + ".explanation"))]) { Path = path + ".explanation" });
            }
        }

        var cues = goals.CuesFor(row.Level1, row.Level2);
        if (cues.Count > 0 && row.Level2.Length > 0)
        {
            var text = string.Concat(row.Name, row.Unit, row.TargetText);
            if (!cues.Any(c => text.Contains(c, StringComparison.Ordinal)))
            {
                findings.Add(new Finding("GOAL-LEVEL-MISMATCH", Severity.Note,
                    $"三级指标“{row.Name}”看不出与二级指标“{row.Level2}”相符（名称和单位中没有“{string.Join("”“", cues.Take(5))}”等字样），请核对分类。",
                    [where, new Evidence("二级指标提示词", string.Join("、", cues), "settings.goals.level2Cues")]) { Path = path + ".level2" });
            }
        }

        BelowLastYear(s, path, row, where, findings);
    }

    /// <summary>A target looser than last year's actual (lower for ≥ and =, higher for ≤) needs a written reason.</summary>
    private static void BelowLastYear(GoalCheckSubject s, string path, DeclaredIndicator row, Evidence where, List<Finding> findings)
    {
        if (row.Target is not { } target || row.IsQualitative || !string.IsNullOrWhiteSpace(row.Reason))
        {
            return;
        }

        var previous = s.PreviousYear.FirstOrDefault(p => p.Actual is not null && SameIndicator(p.Name, row.Name)
            && (string.IsNullOrWhiteSpace(p.Unit) || string.IsNullOrWhiteSpace(row.Unit) || string.Equals(p.Unit.Trim(), row.Unit.Trim(), StringComparison.Ordinal)));
        if (previous?.Actual is not { } actual)
        {
            return;
        }

        var op = row.Operator ?? IndicatorOperator.AtLeast;
        var looser = op switch
        {
            IndicatorOperator.AtLeast or IndicatorOperator.MoreThan or IndicatorOperator.EqualTo => target < actual,
            IndicatorOperator.AtMost or IndicatorOperator.LessThan => target > actual,
            IndicatorOperator.Qualitative => false,
        };
        if (looser)
        {
            var direction = op is IndicatorOperator.AtMost or IndicatorOperator.LessThan ? "高于" : "低于";
            findings.Add(new Finding("GOAL-BELOW-LAST-YEAR", Severity.Suspect,
                $"指标“{row.Name}”的目标值 {Checker.F(target)}{row.Unit} {direction}上年实际完成值 {Checker.F(actual)}{previous.Unit ?? row.Unit}，且未说明理由（reason）。",
                [where, new Evidence("本年目标值", Checker.F(target), s.SourceOf(path + ".target")), new Evidence("上年实际值", Checker.F(actual), previous.Source)]) { Path = path + ".reason" });
        }
    }

    /// <summary>The existing indicator lint over every row, with the paths of this document.</summary>
    private static void Lint(GoalCheckSubject s, CheckSettings checks, List<Finding> findings)
    {
        var d = s.Declaration;
        var rows = d.AllIndicators().ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var evaluation = new Evaluation
        {
            Unit = d.Unit,
            Year = d.Year,
            Kind = d.Kind,
            FrameworkId = d.FrameworkId,
            ProjectName = d.Project?.Name,
            OverallGoal = d.Annual.Text,
            Goals = [.. rows.Select(r => r.Indicator.ToGoalIndicator() with { Basis = string.Concat(r.Indicator.Explanation, r.Indicator.ScoringStandard, r.Indicator.Remark) })],
        };
        var paths = rows.Select(r => r.Path).ToList();
        var missing = rows.Select((r, i) => (r, i)).Where(x => x.r.Indicator.Operator is null && !x.r.Indicator.IsQualitative)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"goals[{x.i}].operator")).ToList();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            sources[string.Create(CultureInfo.InvariantCulture, $"goals[{i}]")] = s.SourceOf(paths[i]);
        }

        var subject = new CheckSubject { Name = d.Unit, Evaluation = evaluation, Missing = missing, Sources = sources };
        // A satisfaction row already reported for its missing survey is not reported again for its 100 %.
        var surveyed = findings.Where(f => f.Code == "GOAL-SATISFACTION-NO-SURVEY").Select(f => RowOf(f.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var f in IndicatorLint.Run(subject, checks))
        {
            var path = Remap(f.Path, paths);
            if (f.Code == "LINT-SATISFACTION-100" && surveyed.Contains(RowOf(path)))
            {
                continue;
            }

            findings.Add(f with { Path = path });
        }
    }

    private static string RowOf(string? path) => path is null ? string.Empty : path.LastIndexOf('.') is var dot and > 0 && path.EndsWith(']') is false ? path[..dot] : path;

    /// <summary>goals[3].target → longTerm.indicators[0].target.</summary>
    private static string? Remap(string? path, List<string> paths)
    {
        if (path is null || !path.StartsWith("goals[", StringComparison.Ordinal))
        {
            return path;
        }

        var close = path.IndexOf(']', StringComparison.Ordinal);
        return int.TryParse(path.AsSpan(6, close - 6), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i < paths.Count
            ? paths[i] + path[(close + 1)..]
            : path;
    }

    internal static bool IsSatisfaction(DeclaredIndicator row) =>
        row.Level1.Contains("满意", StringComparison.Ordinal) || row.Level2.Contains("满意", StringComparison.Ordinal) || row.Name.Contains("满意度", StringComparison.Ordinal);

    public static string Describe(DeclaredIndicator row)
    {
        var target = row.IsQualitative ? row.TargetText ?? "（定性）" : row.Target is { } t ? (row.Operator?.Symbol() ?? string.Empty) + Checker.F(t) + row.Unit : row.TargetText ?? "（无）";
        return $"{row.Level1}/{row.Level2}/{row.Name}：{target}";
    }

    /// <summary>Names compared without spaces, quotes and punctuation.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var chars = name.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)).ToArray();
        return new string(chars);
    }

    /// <summary>Same indicator: equal normalized names, or one containing the other when both are at least 4 characters.</summary>
    public static bool SameIndicator(string a, string b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        return string.Equals(x, y, StringComparison.Ordinal)
            || (Math.Min(x.Length, y.Length) >= 4 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal)));
    }
}
