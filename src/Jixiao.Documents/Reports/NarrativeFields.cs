using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Reports;

/// <summary>
/// One narrative section of the report: its key (the camelCase property name), title and whether a
/// final report needs it when its template shows it (optional ones, 其他 and the text after the
/// composed 收支 sentences, leave no marker).
/// </summary>
public sealed record NarrativeField(
    string Key,
    string Title,
    bool Required,
    Func<Narrative, string?> Get,
    Func<Narrative, string?, Narrative> With)
{
    /// <summary>What the report shows for this section: the text, or the 【待填写】 marker when it is empty (nothing is made up in its place).</summary>
    public string Shown(Narrative narrative)
    {
        var text = Get(narrative);
        if (string.IsNullOrWhiteSpace(text))
        {
            return NarrativeFields.Placeholder(this);
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
    }
}

/// <summary>The narrative sections of <see cref="Narrative"/>, in report order.</summary>
public static class NarrativeFields
{
    public static NarrativeField Overview { get; } = new("overview", "部门概况", true, n => n.Overview, (n, v) => n with { Overview = v });

    public static NarrativeField Tasks { get; } = new("tasks", "年度总体工作和重点工作任务", true, n => n.Tasks, (n, v) => n with { Tasks = v });

    public static NarrativeField Finances { get; } = new("finances", "部门整体收支情况", false, n => n.Finances, (n, v) => n with { Finances = v });

    public static NarrativeField Management { get; } = new("management", "部门整体绩效管理情况", true, n => n.Management, (n, v) => n with { Management = v });

    public static NarrativeField GoalAnalysis { get; } = new("goalAnalysis", "各项工作任务绩效目标完成情况分析", true, n => n.GoalAnalysis, (n, v) => n with { GoalAnalysis = v });

    public static NarrativeField ProjectAnalysis { get; } = new("projectAnalysis", "各重点任务项目支出完成情况分析", true, n => n.ProjectAnalysis, (n, v) => n with { ProjectAnalysis = v });

    public static NarrativeField Achievements { get; } = new("achievements", "主要工作成效", true, n => n.Achievements, (n, v) => n with { Achievements = v });

    public static NarrativeField Problems { get; } = new("problems", "存在的主要问题", true, n => n.Problems, (n, v) => n with { Problems = v });

    public static NarrativeField Measures { get; } = new("measures", "下一步改进措施", true, n => n.Measures, (n, v) => n with { Measures = v });

    public static NarrativeField Other { get; } = new("other", "其他", false, n => n.Other, (n, v) => n with { Other = v });

    public static NarrativeField SelfEvaluation { get; } = new("selfEvaluation", "自评工作开展情况", true, n => n.SelfEvaluation, (n, v) => n with { SelfEvaluation = v });

    public static NarrativeField ResultUse { get; } = new("resultUse", "自评结果应用", true, n => n.ResultUse, (n, v) => n with { ResultUse = v });

    public static IReadOnlyList<NarrativeField> All { get; } =
        [SelfEvaluation, Overview, Tasks, Finances, Management, GoalAnalysis, ProjectAnalysis, Achievements, Problems, Measures, ResultUse, Other];

    public static NarrativeField? ByKey(string key) => All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    /// <summary>Marker shown where a required narrative is missing.</summary>
    public static string Placeholder(NarrativeField field) => "【待填写】" + field.Title;

    public static bool IsPlaceholder(string text) => text.TrimStart().StartsWith("【待填写】", StringComparison.Ordinal);
}
