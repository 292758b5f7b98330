using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;

namespace Jixiao.Web.Features.Goals;

/// <summary>
/// The goal editor's form fields ⇄ a <see cref="GoalDeclaration"/>. Rows are as many as the page posts
/// (<c>annual.indicators[i].name</c> …, any indices, gaps allowed: rows deleted in the browser); a row with nothing typed
/// is skipped, a row with something typed but no name is an error naming the row, so nothing typed is dropped silently.
/// </summary>
public static class GoalForm
{
    /// <summary>Indicator columns in the order of the published goal table (and of a paste from Excel).</summary>
    public static readonly (string Key, string Title)[] Columns =
    [
        ("level1", "一级指标"), ("level2", "二级指标"), ("name", "三级指标"), ("valueType", "指标值类型"), ("operator", "指标性质"),
        ("target", "指标值"), ("unit", "度量单位"), ("explanation", "指标解释"), ("scoringStandard", "评(扣)分标准"),
        ("standard", "指标值设定依据"), ("standardValue", "标准值"), ("weight", "权重"), ("reason", "目标值说明"), ("remark", "备注"),
    ];

    private static readonly string[] Hidden = ["prov.kind", "prov.ref", "prov.reason", "prov.by"];

    public static readonly string[] ProjectFields = ["name", "code", "status", "implementer", "manager", "start", "end", "basis", "feasibility", "necessity"];

    /// <summary>Blank rows added below the table when the page has no script (more appear after each save).</summary>
    public const int BlankRows = 3;

    /// <summary>The current value of every field, as the form shows it.</summary>
    public static Dictionary<string, string> Values(GoalDeclaration d)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["functionClass"] = d.FunctionClass ?? string.Empty,
            ["functionSection"] = d.FunctionSection ?? string.Empty,
            ["fundUse"] = d.FundUse ?? string.Empty,
            ["duties"] = d.Duties ?? string.Empty,
            ["department"] = d.Department ?? string.Empty,
            ["frameworkId"] = d.FrameworkId,
            ["annual.text"] = d.Annual.Text ?? string.Empty,
            ["longTerm.text"] = d.LongTerm?.Text ?? string.Empty,
        };
        if (d.Project is { } p)
        {
            v["project.name"] = p.Name;
            v["project.code"] = p.Code ?? string.Empty;
            v["project.status"] = p.Status?.Name() ?? string.Empty;
            v["project.implementer"] = p.Implementer ?? string.Empty;
            v["project.manager"] = p.Manager ?? string.Empty;
            v["project.start"] = Date(p.Start);
            v["project.end"] = Date(p.End);
            v["project.basis"] = p.Basis ?? string.Empty;
            v["project.feasibility"] = p.Feasibility ?? string.Empty;
            v["project.necessity"] = p.Necessity ?? string.Empty;
            for (var i = 0; i < p.Schedule.Count; i++)
            {
                v[$"schedule[{I(i)}].content"] = p.Schedule[i].Content;
                v[$"schedule[{I(i)}].start"] = Date(p.Schedule[i].Start);
                v[$"schedule[{I(i)}].end"] = Date(p.Schedule[i].End);
            }
        }

        for (var i = 0; i < d.Funds.Count; i++)
        {
            v[$"funds[{I(i)}].name"] = d.Funds[i].Name;
            v[$"funds[{I(i)}].amount"] = D(d.Funds[i].Amount);
        }

        Rows(v, "annual", d.Annual.Indicators);
        Rows(v, "longTerm", d.LongTerm?.Indicators ?? []);
        return v;
    }

    private static void Rows(Dictionary<string, string> v, string section, IReadOnlyList<DeclaredIndicator> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var p = $"{section}.indicators[{I(i)}].";
            v[p + "level1"] = r.Level1;
            v[p + "level2"] = r.Level2;
            v[p + "name"] = r.Name;
            v[p + "valueType"] = r.ValueType?.Name() ?? (r.IsQualitative ? "定性" : string.Empty);
            v[p + "operator"] = r.Operator?.Symbol() ?? string.Empty;
            v[p + "target"] = r.Target is decimal t ? D(t) : r.TargetText ?? string.Empty;
            v[p + "unit"] = r.Unit ?? string.Empty;
            v[p + "explanation"] = r.Explanation ?? string.Empty;
            v[p + "scoringStandard"] = r.ScoringStandard ?? string.Empty;
            v[p + "standard"] = r.Standard?.Name() ?? string.Empty;
            v[p + "standardValue"] = r.StandardValue is decimal s ? D(s) : string.Empty;
            v[p + "weight"] = r.Weight is decimal w ? D(w) : string.Empty;
            v[p + "reason"] = r.Reason ?? string.Empty;
            v[p + "remark"] = r.Remark ?? string.Empty;
            v[p + "prov.kind"] = r.Provenance?.Kind ?? string.Empty;
            v[p + "prov.ref"] = r.Provenance?.Reference ?? string.Empty;
            v[p + "prov.reason"] = r.Provenance?.Reason ?? string.Empty;
            v[p + "prov.by"] = r.Provenance?.AcceptedBy ?? string.Empty;
        }
    }

    /// <summary>The row indices a form (or the stored values) holds for a section or list, in order.</summary>
    public static IReadOnlyList<int> Indices(IEnumerable<string> keys, string prefix)
    {
        var set = new SortedSet<int>();
        foreach (var key in keys)
        {
            if (key.StartsWith(prefix + "[", StringComparison.Ordinal))
            {
                var close = key.IndexOf(']', prefix.Length);
                if (close > prefix.Length + 1 && int.TryParse(key.AsSpan(prefix.Length + 1, close - prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
                {
                    set.Add(i);
                }
            }
        }

        return [.. set];
    }

    /// <summary>Applies posted fields over the current declaration; every unreadable value is reported with its row and field.</summary>
    public static (GoalDeclaration Declaration, IReadOnlyList<DomainError> Errors) Apply(GoalDeclaration current, IReadOnlyDictionary<string, string> form)
    {
        var errors = new List<DomainError>();
        string? Text(string key) => form.TryGetValue(key, out var t) && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;

        decimal? Num(string key, string title)
        {
            var text = Text(key)?.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
            if (text is null)
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

        DateOnly? DateField(string key, string title)
        {
            var text = Text(key);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add(new DomainError("form.date", key, $"“{title}”应为日期（例如 2026-01-01），实际填写“{text}”。"));
            return null;
        }

        IReadOnlyList<DeclaredIndicator> Section(string section, string title)
        {
            var rows = new List<DeclaredIndicator>();
            var n = 0;
            foreach (var i in Indices(form.Keys, section + ".indicators"))
            {
                n++;
                var p = $"{section}.indicators[{I(i)}].";
                if (Columns.All(c => Text(p + c.Key) is null) && Text(p + "prov.kind") is null)
                {
                    continue;
                }

                var name = Text(p + "name");
                var row = $"{title}第 {I(n)} 行{(name is null ? string.Empty : $"指标“{name}”")}";
                if (name is null)
                {
                    errors.Add(new DomainError("form.name", p + "name", $"{row}填写了内容但没有三级指标名称。"));
                    continue;
                }

                IndicatorOperator? op = null;
                if (Text(p + "operator") is { } opText)
                {
                    if (DomainText.TryParseOperator(opText, out var parsed))
                    {
                        op = parsed;
                    }
                    else
                    {
                        errors.Add(new DomainError("form.operator", p + "operator", $"{row}的指标性质“{opText}”无效（≥、>、=、≤、<、定性）。"));
                    }
                }

                IndicatorValueType? type = null;
                if (Text(p + "valueType") is { } typeText)
                {
                    if (GoalText.TryParseValueType(typeText, out var t))
                    {
                        type = t;
                    }
                    else
                    {
                        errors.Add(new DomainError("form.valueType", p + "valueType", $"{row}的指标值类型“{typeText}”无效（定量、定性）。"));
                    }
                }

                TargetStandard? standard = null;
                if (Text(p + "standard") is { } standardText)
                {
                    if (GoalText.TryParseStandard(standardText, out var s))
                    {
                        standard = s;
                    }
                    else
                    {
                        errors.Add(new DomainError("form.standard", p + "standard", $"{row}的指标值设定依据“{standardText}”无效（计划标准、历史标准、行业标准、预算支出标准、其他标准）。"));
                    }
                }

                var qualitative = type == IndicatorValueType.Qualitative || op == IndicatorOperator.Qualitative;
                var targetText = Text(p + "target");
                decimal? target = null;
                if (!qualitative && targetText is not null)
                {
                    target = Num(p + "target", row + "的指标值");
                }

                IndicatorProvenance? provenance = Text(p + "prov.kind") is { } kind
                    ? new IndicatorProvenance(kind, Text(p + "prov.ref") ?? string.Empty, Text(p + "prov.reason") ?? string.Empty) { AcceptedBy = Text(p + "prov.by") }
                    : null;
                rows.Add(new DeclaredIndicator
                {
                    Level1 = Text(p + "level1") ?? string.Empty,
                    Level2 = Text(p + "level2") ?? string.Empty,
                    Name = name,
                    ValueType = type,
                    Operator = op,
                    Target = target,
                    TargetText = qualitative ? targetText : null,
                    Unit = Text(p + "unit"),
                    Explanation = Text(p + "explanation"),
                    ScoringStandard = Text(p + "scoringStandard"),
                    Standard = standard,
                    StandardValue = Num(p + "standardValue", row + "的标准值"),
                    Weight = Num(p + "weight", row + "的权重"),
                    Reason = Text(p + "reason"),
                    Remark = Text(p + "remark"),
                    Provenance = provenance,
                });
            }

            return rows;
        }

        var funds = new List<NamedAmount>();
        foreach (var i in Indices(form.Keys, "funds"))
        {
            var name = Text($"funds[{I(i)}].name");
            var amount = Num($"funds[{I(i)}].amount", $"资金来源“{name}”的金额");
            if (name is null && amount is null)
            {
                continue;
            }

            if (name is null)
            {
                errors.Add(new DomainError("form.fund", $"funds[{I(i)}].name", "填写了金额的资金来源没有名称。"));
                continue;
            }

            funds.Add(new NamedAmount(name, amount ?? 0m));
        }

        ProjectInfo? project = current.Project;
        if (current.Kind == EvaluationKind.Project)
        {
            var schedule = new List<ScheduleItem>();
            foreach (var i in Indices(form.Keys, "schedule"))
            {
                var content = Text($"schedule[{I(i)}].content");
                var start = DateField($"schedule[{I(i)}].start", "实施进度开始时间");
                var end = DateField($"schedule[{I(i)}].end", "实施进度结束时间");
                if (content is not null || start is not null || end is not null)
                {
                    schedule.Add(new ScheduleItem(content ?? string.Empty, start, end));
                }
            }

            ProjectStatus? status = null;
            if (Text("project.status") is { } st)
            {
                if (GoalText.TryParseProjectStatus(st, out var ps))
                {
                    status = ps;
                }
                else
                {
                    errors.Add(new DomainError("form.status", "project.status", $"项目类型“{st}”无效（新增项目、延续项目）。"));
                }
            }

            project = new ProjectInfo
            {
                Name = Text("project.name") ?? current.Project?.Name ?? string.Empty,
                Code = Text("project.code"),
                Status = status,
                Implementer = Text("project.implementer"),
                Manager = Text("project.manager"),
                Start = DateField("project.start", "项目开始时间"),
                End = DateField("project.end", "项目结束时间"),
                Basis = Text("project.basis"),
                Feasibility = Text("project.feasibility"),
                Necessity = Text("project.necessity"),
                Schedule = schedule,
            };
        }

        var annual = Section("annual", "年度目标");
        var longTerm = current.Kind == EvaluationKind.Project ? Section("longTerm", "中长期目标") : [];
        var updated = current with
        {
            FunctionClass = Text("functionClass"),
            FunctionSection = Text("functionSection"),
            FundUse = Text("fundUse"),
            Duties = current.Kind == EvaluationKind.Department ? Text("duties") : null,
            Department = Text("department"),
            FrameworkId = Text("frameworkId") ?? current.FrameworkId,
            Project = project,
            Funds = funds,
            Annual = new GoalSection { Text = Text("annual.text"), Indicators = annual },
            LongTerm = current.Kind == EvaluationKind.Project && (longTerm.Count > 0 || Text("longTerm.text") is not null)
                ? new GoalSection { Text = Text("longTerm.text"), Indicators = longTerm }
                : null,
        };
        return (updated, errors);
    }

    /// <summary>The names of the hidden provenance fields of a row.</summary>
    public static IReadOnlyList<string> HiddenFields => Hidden;

    private static string D(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
