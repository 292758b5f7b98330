using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Web.Features.Evaluations;

/// <summary>
/// The editor's form fields ⇄ an <see cref="Evaluation"/>. Field names are the paths used in error messages
/// (<c>budget.executed</c>, <c>goals[2].actual</c>, <c>inputs.2.5.2.value</c>, <c>narrative.problems</c>).
/// <para>
/// Nothing typed is lost: a field that is not posted keeps its stored value (only a posted, emptied field clears it);
/// list tables (goals, function classes, income sources, fund sources) take any number of rows, renumbered in the
/// order they were posted; unreadable numbers are reported with their field and row, and the page then shows the
/// posted text again instead of the stored one.
/// </para>
/// </summary>
public static partial class EvaluationForm
{
    /// <summary>How a scalar field is read.</summary>
    public enum FieldKind
    {
        /// <summary>An amount in 万元 (万元 / 元 / 亿元 suffixes converted, thousands separators allowed).</summary>
        Amount,

        /// <summary>A plain number (percent, count).</summary>
        Number,

        /// <summary>A whole number.</summary>
        WholeNumber,

        /// <summary>One line of text.</summary>
        Text,

        /// <summary>Several lines of text.</summary>
        LongText,

        /// <summary>A date (yyyy-MM-dd).</summary>
        Date,
    }

    /// <summary>One scalar field: its form key, Chinese title, kind, and how it is read from and written to the evaluation.</summary>
    public sealed record Field(string Key, string Title, FieldKind Kind, Func<Evaluation, string> Show, Func<Evaluation, Reader, Evaluation> Apply);

    /// <summary>One column of a list table.</summary>
    public sealed record Column(string Key, string Title, FieldKind Kind, int Size = 8);

    /// <summary>A list table: its form prefix, title, columns, and how rows are read from and written to the evaluation.</summary>
    public sealed record Table(string Prefix, string Title, IReadOnlyList<Column> Columns, Func<Evaluation, IReadOnlyList<IReadOnlyDictionary<string, string>>> Rows, Func<Evaluation, Reader, Evaluation> Apply);

    public static readonly string[] Level1Options = ["产出指标", "效益指标", "满意度指标", "成本指标"];

    public static readonly string[] OperatorOptions = ["≥", ">", "=", "≤", "<", "定性"];

    /// <summary>Columns of the goal table, in the order of the page (and of rows pasted from Excel).</summary>
    public static readonly IReadOnlyList<Column> GoalColumns =
    [
        new("level1", "一级指标", FieldKind.Text),
        new("level2", "二级指标", FieldKind.Text, 8),
        new("name", "三级指标名称", FieldKind.Text, 16),
        new("operator", "指标性质", FieldKind.Text),
        new("target", "指标值", FieldKind.Text, 7),
        new("unit", "度量单位", FieldKind.Text, 4),
        new("actual", "完成值", FieldKind.Text, 7),
        new("weight", "分值", FieldKind.Number, 4),
        new("answer", "定性档次", FieldKind.Text),
        new("score", "定性得分", FieldKind.Number, 4),
        new("reason", "偏差原因", FieldKind.Text, 14),
        new("measure", "改进措施", FieldKind.Text, 14),
        new("basis", "依据（如满意度调查）", FieldKind.Text, 12),
    ];

    /// <summary>The identification fields at the top of the editor (unit, year, kind and framework are fixed by the record).</summary>
    public static readonly IReadOnlyList<Field> HeaderFields =
    [
        new("projectName", "项目名称（项目自评必填）", FieldKind.Text, e => e.ProjectName ?? string.Empty, (e, r) => e with { ProjectName = r.Text("projectName", e.ProjectName) }),
        new("projectCode", "项目编码", FieldKind.Text, e => e.ProjectCode ?? string.Empty, (e, r) => e with { ProjectCode = r.Text("projectCode", e.ProjectCode) }),
        new("unitCode", "单位编码 / 预算编码", FieldKind.Text, e => e.UnitCode ?? string.Empty, (e, r) => e with { UnitCode = r.Text("unitCode", e.UnitCode) }),
        new("department", "主管部门", FieldKind.Text, e => e.Department ?? string.Empty, (e, r) => e with { Department = r.Text("department", e.Department) }),
        new("unitCount", "单位数", FieldKind.WholeNumber, e => e.UnitCount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, (e, r) => e with { UnitCount = r.WholeNumber("unitCount", "单位数", e.UnitCount) }),
        new("signingUnit", "落款单位（空则用单位名称）", FieldKind.Text, e => e.SigningUnit ?? string.Empty, (e, r) => e with { SigningUnit = r.Text("signingUnit", e.SigningUnit) }),
        new("date", "落款日期（年-月-日）", FieldKind.Date, e => e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, (e, r) => e with { Date = r.Date("date", "落款日期", e.Date) }),
    ];

    /// <summary>机构、编制与实有人数 (all optional; an empty block is stored as none).</summary>
    public static readonly IReadOnlyList<Field> OrganizationFields =
    [
        new("organization.internalBodies", "内设机构（每行一个）", FieldKind.LongText, e => string.Join("\n", e.Organization?.InternalBodies ?? []),
            (e, r) => WithOrganization(e, o => o with { InternalBodies = r.Lines("organization.internalBodies", o.InternalBodies) })),
        new("organization.internalBodyCount", "内设机构数", FieldKind.WholeNumber, e => I(e.Organization?.InternalBodyCount),
            (e, r) => WithOrganization(e, o => o with { InternalBodyCount = r.WholeNumber("organization.internalBodyCount", "内设机构数", o.InternalBodyCount) })),
        new("organization.staffQuota", "编制数", FieldKind.WholeNumber, e => I(e.Organization?.StaffQuota),
            (e, r) => WithOrganization(e, o => o with { StaffQuota = r.WholeNumber("organization.staffQuota", "编制数", o.StaffQuota) })),
        new("organization.staffActual", "实有人数", FieldKind.WholeNumber, e => I(e.Organization?.StaffActual),
            (e, r) => WithOrganization(e, o => o with { StaffActual = r.WholeNumber("organization.staffActual", "实有人数", o.StaffActual) })),
    ];

    public static readonly IReadOnlyList<Field> BudgetFields =
    [
        AmountField("budget.initial", "年初预算数", e => e.Budget.Initial, (b, v) => b with { Initial = v }),
        AmountField("budget.adjusted", "调整后预算数", e => e.Budget.Adjusted, (b, v) => b with { Adjusted = v }),
        AmountField("budget.executed", "执行数", e => e.Budget.Executed, (b, v) => b with { Executed = v }),
        AmountField("budget.basic.budget", "基本支出预算", e => e.Budget.Basic.Budget, (b, v) => b with { Basic = b.Basic with { Budget = v } }),
        AmountField("budget.basic.executed", "基本支出执行", e => e.Budget.Basic.Executed, (b, v) => b with { Basic = b.Basic with { Executed = v } }),
        AmountField("budget.project.budget", "项目支出预算", e => e.Budget.Project.Budget, (b, v) => b with { Project = b.Project with { Budget = v } }),
        AmountField("budget.project.executed", "项目支出执行", e => e.Budget.Project.Executed, (b, v) => b with { Project = b.Project with { Executed = v } }),
        AmountField("budget.personnel.budget", "人员经费预算", e => e.Budget.Personnel.Budget, (b, v) => b with { Personnel = b.Personnel with { Budget = v } }),
        AmountField("budget.personnel.executed", "人员经费执行", e => e.Budget.Personnel.Executed, (b, v) => b with { Personnel = b.Personnel with { Executed = v } }),
        AmountField("budget.publicExpense.budget", "公用经费预算", e => e.Budget.PublicExpense.Budget, (b, v) => b with { PublicExpense = b.PublicExpense with { Budget = v } }),
        AmountField("budget.publicExpense.executed", "公用经费执行", e => e.Budget.PublicExpense.Executed, (b, v) => b with { PublicExpense = b.PublicExpense with { Executed = v } }),
        AmountField("budget.threePublic.budget", "“三公”经费预算", e => e.Budget.ThreePublic.Budget, (b, v) => b with { ThreePublic = b.ThreePublic with { Budget = v } }),
        AmountField("budget.threePublic.executed", "“三公”经费执行", e => e.Budget.ThreePublic.Executed, (b, v) => b with { ThreePublic = b.ThreePublic with { Executed = v } }),
        AmountField("budget.procurement.budget", "政府采购预算", e => e.Budget.Procurement.Budget, (b, v) => b with { Procurement = b.Procurement with { Budget = v } }),
        AmountField("budget.procurement.executed", "政府采购执行", e => e.Budget.Procurement.Executed, (b, v) => b with { Procurement = b.Procurement with { Executed = v } }),
        AmountField("budget.carryOver", "结转结余", e => e.Budget.CarryOver, (b, v) => b with { CarryOver = v }),
        AmountField("budget.fixedAssetsInUse", "在用固定资产", e => e.Budget.FixedAssetsInUse, (b, v) => b with { FixedAssetsInUse = v }),
        AmountField("budget.fixedAssetsTotal", "固定资产总额", e => e.Budget.FixedAssetsTotal, (b, v) => b with { FixedAssetsTotal = v }),
        new("budget.statedRatePercent", "报告中写明的执行率（%，仅用于核对）", FieldKind.Number, e => D(e.Budget.StatedRatePercent),
            (e, r) => e with { Budget = e.Budget with { StatedRatePercent = r.Number("budget.statedRatePercent", "报告中写明的执行率", e.Budget.StatedRatePercent, "%") } }),
    ];

    public static readonly IReadOnlyList<Field> GoalTextFields =
    [
        new("overallGoal", "年度总体绩效目标", FieldKind.LongText, e => e.OverallGoal ?? string.Empty, (e, r) => e with { OverallGoal = r.Text("overallGoal", e.OverallGoal) }),
        new("goalCompletion", "总体绩效目标完成情况", FieldKind.LongText, e => e.GoalCompletion ?? string.Empty, (e, r) => e with { GoalCompletion = r.Text("goalCompletion", e.GoalCompletion) }),
    ];

    /// <summary>Every narrative section of the report (the required ones are checked before 提交).</summary>
    public static readonly IReadOnlyList<Field> NarrativeFields =
    [
        NarrativeField("overview", "部门（项目）概况", n => n.Overview, (n, v) => n with { Overview = v }),
        NarrativeField("tasks", "年度总体工作和重点工作任务", n => n.Tasks, (n, v) => n with { Tasks = v }),
        NarrativeField("finances", "整体收支情况（补充说明）", n => n.Finances, (n, v) => n with { Finances = v }),
        NarrativeField("management", "整体绩效管理情况", n => n.Management, (n, v) => n with { Management = v }),
        NarrativeField("goalAnalysis", "各项工作任务绩效目标完成情况", n => n.GoalAnalysis, (n, v) => n with { GoalAnalysis = v }),
        NarrativeField("projectAnalysis", "各重点任务项目支出完成情况", n => n.ProjectAnalysis, (n, v) => n with { ProjectAnalysis = v }),
        NarrativeField("achievements", "主要工作成效", n => n.Achievements, (n, v) => n with { Achievements = v }),
        NarrativeField("problems", "存在的主要问题", n => n.Problems, (n, v) => n with { Problems = v }),
        NarrativeField("measures", "下一步改进措施", n => n.Measures, (n, v) => n with { Measures = v }),
        NarrativeField("other", "其他", n => n.Other, (n, v) => n with { Other = v }),
        NarrativeField("selfEvaluation", "自评工作开展情况", n => n.SelfEvaluation, (n, v) => n with { SelfEvaluation = v }),
        NarrativeField("resultUse", "自评结果应用", n => n.ResultUse, (n, v) => n with { ResultUse = v }),
    ];

    /// <summary>上年问题整改情况, one row per problem.</summary>
    public static readonly Table PreviousProblemsTable =
        new("previousProblems", "上年问题整改情况", [new("problem", "上年存在的问题", FieldKind.Text, 24), new("measure", "整改措施", FieldKind.Text, 20), new("status", "整改状态", FieldKind.Text, 6), new("note", "说明", FieldKind.Text, 16)],
            e => e.PreviousProblems.Select(x => Row(("problem", x.Problem), ("measure", x.Measure ?? string.Empty), ("status", x.Status?.Name() ?? string.Empty), ("note", x.Note ?? string.Empty))).ToList(),
            (e, r) => e with { PreviousProblems = r.Rectifications("previousProblems", e.PreviousProblems) });

    public static readonly string[] RectificationOptions = [.. Enum.GetValues<RectificationStatus>().Select(s => s.Name())];

    /// <summary>The list tables of the budget block.</summary>
    public static readonly IReadOnlyList<Table> BudgetTables =
    [
        NamedAmountTable("budget.byFunction", "支出按功能分类（万元）", "功能分类", "功能分类支出", b => b.ByFunction, (b, v) => b with { ByFunction = v }),
        NamedAmountTable("budget.incomeBySource", "收入按来源（万元）", "收入来源", "收入", b => b.IncomeBySource, (b, v) => b with { IncomeBySource = v }),
        NamedAmountTable("budget.categories", "年度预算资金类别（万元）", "资金类别", "资金类别", b => b.Categories, (b, v) => b with { Categories = v }),
        new("budget.bySource", "项目资金来源（万元）", [new("name", "资金来源", FieldKind.Text, 16), new("initial", "年初预算", FieldKind.Amount), new("adjusted", "调整后预算", FieldKind.Amount), new("executed", "执行数", FieldKind.Amount)],
            e => e.Budget.BySource.Select(x => Row(("name", x.Name), ("initial", D(x.Initial)), ("adjusted", D(x.Adjusted)), ("executed", D(x.Executed)))).ToList(),
            (e, r) => e with { Budget = e.Budget with { BySource = r.FundSources("budget.bySource", e.Budget.BySource) } }),
    ];

    /// <summary>Every list prefix whose rows are renumbered on post (the goal table and the budget tables).</summary>
    public static IEnumerable<string> RowPrefixes => BudgetTables.Select(t => t.Prefix).Prepend(PreviousProblemsTable.Prefix).Prepend("goals");

    /// <summary>
    /// 管理效率分项: one text per level-2 indicator of the framework, keyed as stored (name or code) or by its code; keys the
    /// framework does not know are kept and shown under their own name.
    /// </summary>
    public static IReadOnlyList<(string Key, string Title)> ManagementAreaKeys(Evaluation e, Framework? framework)
    {
        var stored = e.Narrative.ManagementAreas;
        var list = new List<(string Key, string Title)>();
        foreach (var top in framework?.Indicators ?? [])
        {
            foreach (var area in top.Children.Where(c => !c.IsLeaf))
            {
                var key = stored.ContainsKey(area.Name) ? area.Name : area.Code;
                list.Add((key, $"{top.Name} · {area.Name}"));
            }
        }

        list.AddRange(stored.Keys.Where(k => list.All(x => x.Key != k)).Order(StringComparer.Ordinal).Select(k => (k, k)));
        return list;
    }

    /// <summary>Blank rows shown under each list table, so that rows can be added without JavaScript.</summary>
    public const int BlankRows = 3;

    /// <summary>Every scalar field of the editor, in page order.</summary>
    public static IEnumerable<Field> ScalarFields => HeaderFields.Concat(OrganizationFields).Concat(BudgetFields).Concat(GoalTextFields).Concat(NarrativeFields);

    /// <summary>The current value of every field, as the form shows it; list tables as <c>prefix[i].column</c> plus <c>prefix.count</c>.</summary>
    public static Dictionary<string, string> Values(Evaluation e, Framework? framework)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in ScalarFields)
        {
            v[f.Key] = f.Show(e);
        }

        foreach (var (key, _) in ManagementAreaKeys(e, framework))
        {
            v["narrative.managementAreas." + key] = e.Narrative.ManagementAreas.TryGetValue(key, out var text) ? text : string.Empty;
        }

        for (var i = 0; i < e.Goals.Count; i++)
        {
            var g = e.Goals[i];
            var p = $"goals[{I(i)}].";
            v[p + "level1"] = g.Level1;
            v[p + "level2"] = g.Level2;
            v[p + "name"] = g.Name;
            v[p + "operator"] = g.Operator.Symbol();
            v[p + "target"] = g.Target is decimal t ? D(t) : g.TargetText ?? string.Empty;
            v[p + "unit"] = g.Unit ?? string.Empty;
            v[p + "actual"] = g.Actual is decimal a ? D(a) : g.ActualText ?? string.Empty;
            v[p + "weight"] = D(g.Weight);
            v[p + "answer"] = g.Answer?.ToString() ?? string.Empty;
            v[p + "score"] = D(g.Score);
            v[p + "reason"] = g.Reason ?? string.Empty;
            v[p + "measure"] = g.Measure ?? string.Empty;
            v[p + "basis"] = g.Basis ?? string.Empty;
        }

        v["goals.count"] = I(e.Goals.Count);
        foreach (var table in BudgetTables.Append(PreviousProblemsTable))
        {
            var rows = table.Rows(e);
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var (key, value) in rows[i])
                {
                    v[$"{table.Prefix}[{I(i)}].{key}"] = value;
                }
            }

            v[table.Prefix + ".count"] = I(rows.Count);
        }

        foreach (var leaf in framework?.Leaves() ?? [])
        {
            var input = e.Inputs.TryGetValue(leaf.Code, out var x) ? x : new LeafInput();
            var p = $"inputs.{leaf.Code}.";
            v[p + "na"] = input.NotApplicable ? "on" : string.Empty;
            v[p + "value"] = D(input.Value);
            v[p + "numerator"] = D(input.Numerator);
            v[p + "denominator"] = D(input.Denominator);
            v[p + "answer"] = input.Answer?.ToString() ?? string.Empty;
            v[p + "score"] = D(input.Score);
            v[p + "deductions"] = string.Join("\n", input.Deductions.Select(d => D(d.Points) + " " + d.Reason));
            v[p + "reason"] = input.Reason ?? string.Empty;
            v[p + "measure"] = input.Measure ?? string.Empty;
        }

        return v;
    }

    /// <summary>
    /// The posted form as a dictionary, with the rows of every list table renumbered 0, 1, 2 … in posted order
    /// (a browser without JavaScript, a row removed in the middle, or a client posting goals[7] alone all give the same shape),
    /// and <c>prefix.count</c> set for each table that was posted.
    /// </summary>
    public static Dictionary<string, string> Posted(IFormCollection form)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            var m = RowKey().Match(key);
            if (m.Success && RowPrefixes.Contains(m.Groups["prefix"].Value))
            {
                var prefix = m.Groups["prefix"].Value;
                var index = int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture);
                if (!rows.TryGetValue(prefix, out var list))
                {
                    rows[prefix] = list = [];
                }

                if (!list.Contains(index))
                {
                    list.Add(index);
                }

                continue;
            }

            result[key] = value.ToString();
        }

        foreach (var (prefix, indexes) in rows)
        {
            // Posted order is document order, which is the order the user arranged the rows in.
            for (var k = 0; k < indexes.Count; k++)
            {
                var from = $"{prefix}[{I(indexes[k])}].";
                foreach (var (key, value) in form.Where(kv => kv.Key.StartsWith(from, StringComparison.Ordinal)))
                {
                    result[$"{prefix}[{I(k)}]." + key[from.Length..]] = value.ToString();
                }
            }

            result[prefix + ".count"] = I(indexes.Count);
        }

        foreach (var prefix in RowPrefixes.Where(p => result.ContainsKey(p + ".present") && !result.ContainsKey(p + ".count")))
        {
            result[prefix + ".count"] = "0";
        }

        return result;
    }

    /// <summary>Applies posted fields over the current evaluation; every unreadable value is reported with its field (and row).</summary>
    public static (Evaluation Evaluation, IReadOnlyList<DomainError> Errors) Apply(Evaluation current, IReadOnlyDictionary<string, string> posted, Framework? framework)
    {
        var r = new Reader(posted);
        var e = current;
        foreach (var f in ScalarFields)
        {
            e = f.Apply(e, r);
        }

        var areas = e.Narrative.ManagementAreas.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var (key, _) in ManagementAreaKeys(current, framework))
        {
            var text = r.Text("narrative.managementAreas." + key, areas.GetValueOrDefault(key));
            if (text is null)
            {
                areas.Remove(key);
            }
            else
            {
                areas[key] = text;
            }
        }

        e = e with { Narrative = e.Narrative with { ManagementAreas = areas }, Goals = r.Goals(e.Goals) };
        foreach (var table in BudgetTables.Append(PreviousProblemsTable))
        {
            e = table.Apply(e, r);
        }

        if (e.Organization is { } o && o.InternalBodies.Count == 0 && o.InternalBodyCount is null && o.StaffQuota is null && o.StaffActual is null)
        {
            e = e with { Organization = null };
        }

        e = e with { Inputs = r.Inputs(e.Inputs, framework) };
        return (e, r.Errors);
    }

    /// <summary>The leaf codes of stored inputs that the framework does not know (shown, and removable, in the editor).</summary>
    public static IReadOnlyList<string> UnknownInputCodes(Evaluation e, Framework? framework)
    {
        if (framework is null)
        {
            return [];
        }

        var leaves = framework.Leaves().Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        return e.Inputs.Keys.Where(k => !leaves.Contains(k)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The row of a path like <c>goals[3].actual</c> (for marking the row of an error), or null.</summary>
    public static (string Prefix, int Row)? RowOf(string path)
    {
        var m = RowKey().Match(path);
        return m.Success ? (m.Groups["prefix"].Value, int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>Reads posted values; an absent key keeps the current value, a posted empty one clears it.</summary>
    public sealed class Reader(IReadOnlyDictionary<string, string> posted)
    {
        private readonly List<DomainError> errors = [];

        public IReadOnlyList<DomainError> Errors => errors;

        public bool Has(string key) => posted.ContainsKey(key);

        public string? Raw(string key) => posted.TryGetValue(key, out var v) ? v : null;

        public string? Text(string key, string? current)
        {
            if (!posted.TryGetValue(key, out var v))
            {
                return current;
            }

            var t = v.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            return t.Length == 0 ? null : t;
        }

        public decimal? Amount(string key, string title, decimal? current) =>
            posted.TryGetValue(key, out var v) ? ReadNumber(key, title, NumberText.ParseAmount(v), v) : current;

        public decimal? Number(string key, string title, decimal? current, string? unit = null) =>
            posted.TryGetValue(key, out var v) ? ReadNumber(key, title, NumberText.ParseMeasured(v, unit), v) : current;

        public int? WholeNumber(string key, string title, int? current)
        {
            if (!posted.TryGetValue(key, out var v))
            {
                return current;
            }

            var n = ReadNumber(key, title, NumberText.Parse(v), v);
            if (n is decimal d && (d != decimal.Truncate(d) || d is < int.MinValue or > int.MaxValue))
            {
                errors.Add(new DomainError("form.integer", key, $"“{title}”应为整数，实际填写“{v.Trim()}”。"));
                return current;
            }

            return n is decimal whole ? (int)whole : null;
        }

        public DateOnly? Date(string key, string title, DateOnly? current)
        {
            if (!posted.TryGetValue(key, out var v))
            {
                return current;
            }

            var t = NumberText.Normalize(v).Replace('/', '-').Replace('.', '-');
            if (t.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(t, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add(new DomainError("form.date", key, $"“{title}”应为日期（如 2025-03-31），实际填写“{v.Trim()}”。"));
            return current;
        }

        /// <summary>The goal table: replaced by the posted rows when it was posted, kept otherwise.</summary>
        public IReadOnlyList<GoalIndicator> Goals(IReadOnlyList<GoalIndicator> current)
        {
            if (!posted.TryGetValue("goals.count", out var countText))
            {
                return current;
            }

            var goals = new List<GoalIndicator>();
            var count = int.Parse(countText, CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                var p = $"goals[{I(i)}].";
                string? T(string k) => Text(p + k, null);
                var name = T("name");
                if (name is null)
                {
                    if (GoalColumns.Where(c => c.Key is not ("level1" or "operator")).Any(c => T(c.Key) is not null))
                    {
                        errors.Add(new DomainError("form.goal-name", p + "name", $"第 {I(i + 1)} 行绩效指标已填写内容，但缺少“三级指标名称”。"));
                    }

                    continue;
                }

                var row = $"第 {I(i + 1)} 行指标“{name}”";
                if (!DomainText.TryParseOperator(T("operator") ?? "≥", out var op))
                {
                    errors.Add(new DomainError("form.operator", p + "operator", row + "的指标性质无效。"));
                }

                var unit = T("unit");
                var targetText = T("target");
                var actualText = T("actual");
                QualitativeAnswer? answer = Enum.TryParse<QualitativeAnswer>(T("answer"), out var a) ? a : null;
                goals.Add(new GoalIndicator
                {
                    Level1 = T("level1") ?? "产出指标",
                    Level2 = T("level2") ?? string.Empty,
                    Name = name,
                    Operator = op,
                    Target = op == IndicatorOperator.Qualitative ? null : Measured(p + "target", row + "的指标值", targetText, unit),
                    TargetText = targetText,
                    Unit = unit,
                    Actual = op == IndicatorOperator.Qualitative ? null : Measured(p + "actual", row + "的完成值", actualText, unit),
                    ActualText = actualText,
                    Weight = Number(p + "weight", row + "的分值", null) ?? 0m,
                    Answer = answer,
                    Score = Number(p + "score", row + "的定性得分", null),
                    Reason = T("reason"),
                    Measure = T("measure"),
                    Basis = T("basis"),
                });
            }

            return goals;
        }

        public IReadOnlyList<NamedAmount> NamedAmounts(string prefix, string what, IReadOnlyList<NamedAmount> current)
        {
            if (!posted.TryGetValue(prefix + ".count", out var countText))
            {
                return current;
            }

            var list = new List<NamedAmount>();
            for (var i = 0; i < int.Parse(countText, CultureInfo.InvariantCulture); i++)
            {
                var p = $"{prefix}[{I(i)}].";
                var name = Text(p + "name", null);
                var budget = Amount(p + "budget", $"第 {I(i + 1)} 行{what}“{name}”的预算数", null);
                var amount = Amount(p + "amount", $"第 {I(i + 1)} 行{what}“{name}”的决算数", null);
                if (name is null && amount is null && budget is null)
                {
                    continue;
                }

                if (name is null)
                {
                    errors.Add(new DomainError("form.row-name", p + "name", $"第 {I(i + 1)} 行{what}已填写金额，但缺少名称。"));
                    continue;
                }

                list.Add(new NamedAmount(name, amount ?? 0m) { Budget = budget });
            }

            return list;
        }

        /// <summary>Text with one entry a line (blank lines dropped).</summary>
        public IReadOnlyList<string> Lines(string key, IReadOnlyList<string> current) =>
            posted.TryGetValue(key, out var v)
                ? v.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList()
                : current;

        public IReadOnlyList<RectificationItem> Rectifications(string prefix, IReadOnlyList<RectificationItem> current)
        {
            if (!posted.TryGetValue(prefix + ".count", out var countText))
            {
                return current;
            }

            var list = new List<RectificationItem>();
            for (var i = 0; i < int.Parse(countText, CultureInfo.InvariantCulture); i++)
            {
                var p = $"{prefix}[{I(i)}].";
                var problem = Text(p + "problem", null);
                var measure = Text(p + "measure", null);
                var statusText = Text(p + "status", null);
                var note = Text(p + "note", null);
                if (problem is null && measure is null && statusText is null && note is null)
                {
                    continue;
                }

                if (problem is null)
                {
                    errors.Add(new DomainError("form.row-name", p + "problem", $"上年问题整改情况第 {I(i + 1)} 行已填写内容，但缺少“上年存在的问题”。"));
                    continue;
                }

                RectificationStatus? status = null;
                if (statusText is not null)
                {
                    if (DomainText.TryParseRectification(statusText, out var st))
                    {
                        status = st;
                    }
                    else
                    {
                        errors.Add(new DomainError("form.rectification-status", p + "status", $"上年问题整改情况第 {I(i + 1)} 行的整改状态“{statusText}”应为 已整改、整改中 或 未整改。"));
                    }
                }

                list.Add(new RectificationItem { Problem = problem, Measure = measure, Status = status, Note = note });
            }

            return list;
        }

        public IReadOnlyList<FundSourceLine> FundSources(string prefix, IReadOnlyList<FundSourceLine> current)
        {
            if (!posted.TryGetValue(prefix + ".count", out var countText))
            {
                return current;
            }

            var list = new List<FundSourceLine>();
            for (var i = 0; i < int.Parse(countText, CultureInfo.InvariantCulture); i++)
            {
                var p = $"{prefix}[{I(i)}].";
                var name = Text(p + "name", null);
                var row = $"第 {I(i + 1)} 行资金来源“{name}”";
                var initial = Amount(p + "initial", row + "的年初预算", null);
                var adjusted = Amount(p + "adjusted", row + "的调整后预算", null);
                var executed = Amount(p + "executed", row + "的执行数", null);
                if (name is null && initial is null && adjusted is null && executed is null)
                {
                    continue;
                }

                if (name is null)
                {
                    errors.Add(new DomainError("form.row-name", p + "name", $"第 {I(i + 1)} 行资金来源已填写金额，但缺少名称。"));
                    continue;
                }

                list.Add(new FundSourceLine(name, initial, adjusted, executed));
            }

            return list;
        }

        /// <summary>Leaf inputs of the framework's leaves that were posted; other codes are kept unless marked for removal.</summary>
        public IReadOnlyDictionary<string, LeafInput> Inputs(IReadOnlyDictionary<string, LeafInput> current, Framework? framework)
        {
            var inputs = current.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            foreach (var code in current.Keys.Where(k => posted.ContainsKey($"inputs.{k}.remove")))
            {
                inputs.Remove(code);
            }

            foreach (var leaf in framework?.Leaves() ?? [])
            {
                var p = $"inputs.{leaf.Code}.";
                if (!posted.ContainsKey(p + "value"))
                {
                    continue;
                }

                var existing = inputs.TryGetValue(leaf.Code, out var x) ? x : new LeafInput();
                QualitativeAnswer? answer = Enum.TryParse<QualitativeAnswer>(Text(p + "answer", null), out var a) ? a : null;
                var updated = existing with
                {
                    NotApplicable = Text(p + "na", null) is not null,
                    Value = Number(p + "value", leaf.Name + "的数值", existing.Value, "%"),
                    Numerator = Amount(p + "numerator", leaf.Name + "的分子", existing.Numerator),
                    Denominator = Amount(p + "denominator", leaf.Name + "的分母", existing.Denominator),
                    Answer = Has(p + "answer") ? answer : existing.Answer,
                    Score = Number(p + "score", leaf.Name + "的得分", existing.Score),
                    Deductions = Has(p + "deductions") ? SelfDeductions(p + "deductions", leaf.Name, Raw(p + "deductions")!) : existing.Deductions,
                    Reason = Text(p + "reason", existing.Reason),
                    Measure = Text(p + "measure", existing.Measure),
                };
                if (updated.ReviewDeductions.Count == 0 && !updated.NotApplicable && updated.Value is null && updated.Numerator is null && updated.Denominator is null
                    && updated.Answer is null && updated.Score is null && updated.Deductions.Count == 0 && updated.Reason is null && updated.Measure is null)
                {
                    inputs.Remove(leaf.Code);
                }
                else
                {
                    inputs[leaf.Code] = updated;
                }
            }

            return inputs;
        }

        /// <summary>Self deductions, one a line: "0.5 未按时公开" (points, then the reason).</summary>
        private List<Deduction> SelfDeductions(string key, string leafName, string text)
        {
            var list = new List<Deduction>();
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                var m = DeductionLine().Match(line);
                var points = m.Success ? NumberText.Parse(m.Groups["points"].Value) : default;
                if (!m.Success || !points.IsNumber || points.Value <= 0m || m.Groups["reason"].Value.Trim().Length == 0)
                {
                    errors.Add(new DomainError("form.deduction", key, $"“{leafName}”自评扣分第 {I(i + 1)} 行“{line}”应写成“扣分值 理由”（如“0.5 未按时公开”），扣分值为正数。"));
                    continue;
                }

                list.Add(new Deduction(points.Value, m.Groups["reason"].Value.Trim()));
            }

            return list;
        }

        private decimal? Measured(string key, string title, string? text, string? unit)
        {
            var n = NumberText.ParseMeasured(text, unit);
            switch (n.Kind)
            {
                case NumberTextKind.Number:
                    return n.Value;
                case NumberTextKind.Ambiguous:
                    errors.Add(new DomainError("form.number-ambiguous", key, $"“{title}”填写的“{text}”无法确定数值：{n.Problem}。"));
                    return null;
                case NumberTextKind.Empty or NumberTextKind.NotANumber:
                    // Kept as written (e.g. "5200余人次", "按期完成"); the scorer says when it needs a number.
                    return null;
            }

            return null;
        }

        private decimal? ReadNumber(string key, string title, NumberTextResult n, string text)
        {
            switch (n.Kind)
            {
                case NumberTextKind.Empty:
                    return null;
                case NumberTextKind.Number:
                    return n.Value;
                case NumberTextKind.Ambiguous:
                    errors.Add(new DomainError("form.number-ambiguous", key, $"“{title}”填写的“{text.Trim()}”无法确定数值：{n.Problem}。"));
                    return null;
                case NumberTextKind.NotANumber:
                    errors.Add(new DomainError("form.number", key, $"“{title}”应为数字，实际填写“{text.Trim()}”。"));
                    return null;
            }

            return null;
        }
    }

    private static Field AmountField(string key, string title, Func<Evaluation, decimal?> get, Func<BudgetFigures, decimal?, BudgetFigures> set) =>
        new(key, title, FieldKind.Amount, e => D(get(e)), (e, r) => e with { Budget = set(e.Budget, r.Amount(key, title, get(e))) });

    private static Table NamedAmountTable(string prefix, string title, string nameTitle, string what, Func<BudgetFigures, IReadOnlyList<NamedAmount>> get, Func<BudgetFigures, IReadOnlyList<NamedAmount>, BudgetFigures> set) =>
        new(prefix, title, [new("name", nameTitle, FieldKind.Text, 20), new("budget", "预算数", FieldKind.Amount), new("amount", "决算数（实际）", FieldKind.Amount)],
            e => get(e.Budget).Select(x => Row(("name", x.Name), ("budget", D(x.Budget)), ("amount", D(x.Amount)))).ToList(),
            (e, r) => e with { Budget = set(e.Budget, r.NamedAmounts(prefix, what, get(e.Budget))) });

    private static Evaluation WithOrganization(Evaluation e, Func<Organization, Organization> change) => e with { Organization = change(e.Organization ?? new Organization()) };

    private static string I(int? i) => i?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static Field NarrativeField(string key, string title, Func<Narrative, string?> get, Func<Narrative, string?, Narrative> set) =>
        new("narrative." + key, title, FieldKind.LongText, e => get(e.Narrative) ?? string.Empty, (e, r) => e with { Narrative = set(e.Narrative, r.Text("narrative." + key, get(e.Narrative))) });

    private static Dictionary<string, string> Row(params (string Key, string Value)[] cells) => cells.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    public static string D(decimal? value) => value is decimal v ? v.ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<prefix>[A-Za-z.]+)\[(?<i>\d{1,5})\]\.(?<field>.+)$")]
    private static partial Regex RowKey();

    [GeneratedRegex(@"^(?<points>[0-9０-９.．]+)\s*[:：、,，\s]\s*(?<reason>.+)$")]
    private static partial Regex DeductionLine();
}
