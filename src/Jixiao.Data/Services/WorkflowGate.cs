using System.Globalization;
using System.Text.Json.Nodes;
using Jixiao.Data.Entities;
using Jixiao.Documents.Reports;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>
/// What must hold before an evaluation moves on (提交, 再次提交, 部门审核通过, 通过, 公开): it can be scored, holds no
/// 【待填写】 marker, has every required section, names its project when it is a 项目 evaluation, and is the only live
/// evaluation of its unit, year and kind (and project). Every refusal lists everything to fix, each with its field.
/// </summary>
public sealed class WorkflowGate(JixiaoDbContext db)
{
    public const string Placeholder = "【待填写】";

    /// <summary>All gate problems of a stored evaluation: the content checks and the duplicate check.</summary>
    public async Task<IReadOnlyList<DomainError>> CheckAsync(EvaluationRecord record, Evaluation evaluation, Analysis analysis, CancellationToken ct = default)
    {
        var problems = ContentProblems(evaluation, analysis).ToList();
        var duplicate = await DuplicateOfAsync(record.Id, record.UnitId, record.Year, record.Kind, evaluation.ProjectName, record.SupersedesId, ct);
        if (duplicate is not null)
        {
            var what = record.Kind == EvaluationKind.Project ? $"项目“{evaluation.ProjectName?.Trim()}”的项目自评" : "部门整体自评";
            problems.Add(new DomainError(
                "gate.duplicate", "year",
                string.Create(CultureInfo.InvariantCulture, $"本单位 {record.Year} 年度已有一份{what}（编号 {duplicate.Value.Id}，状态：{duplicate.Value.State.Name()}）；同一单位、年度、类型（及项目）只能报送一份，请在那一份上修改。")));
        }

        return problems;
    }

    /// <summary>The checks that need only the content (also shown in the editor before the user presses 提交).</summary>
    public static IReadOnlyList<DomainError> ContentProblems(Evaluation evaluation, Analysis analysis)
    {
        var problems = new List<DomainError>();
        if (analysis.Score is null)
        {
            var reasons = analysis.ScoreErrors.Count == 0 ? "原因未知" : string.Join("；", analysis.ScoreErrors.Select(e => e.ToString()));
            problems.Add(new DomainError("gate.unscoreable", "inputs", "评分表未能计算，不能报送：" + reasons));
        }

        if (evaluation.Kind == EvaluationKind.Project && string.IsNullOrWhiteSpace(evaluation.ProjectName))
        {
            problems.Add(new DomainError("gate.project-name", "projectName", "项目自评必须填写项目名称。"));
        }

        foreach (var field in NarrativeFields.All.Where(f => f.Required && string.IsNullOrWhiteSpace(f.Get(evaluation.Narrative))))
        {
            var title = evaluation.Kind == EvaluationKind.Project && field == NarrativeFields.Overview ? "项目概况" : field.Title;
            problems.Add(new DomainError("gate.section-missing", "narrative." + field.Key, $"缺少必填内容：“{title}”。"));
        }

        foreach (var path in PlaceholderPaths(evaluation))
        {
            problems.Add(new DomainError("gate.placeholder", path, $"“{path}”中仍有“{Placeholder}”标记，请填写实际内容并删除该标记。"));
        }

        return problems;
    }

    /// <summary>
    /// Another live evaluation (sent on at least once, or not a draft) of the same unit, year, kind and, for projects, project
    /// name. A chain of corrections counts as one: versions already superseded are not live, and a correction does not
    /// collide with the published version it corrects (<paramref name="supersedesId"/>).
    /// </summary>
    public async Task<(int Id, ReviewState State)?> DuplicateOfAsync(int id, int unitId, int year, EvaluationKind kind, string? projectName, int? supersedesId = null, CancellationToken ct = default)
    {
        var query = db.Evaluations.AsNoTracking().Where(e => e.Id != id && e.UnitId == unitId && e.Year == year && e.Kind == kind
            && e.SupersededAt == null && (supersedesId == null || e.Id != supersedesId)
            && (e.SubmittedAt != null || (e.State != ReviewState.Draft && e.State != ReviewState.DepartmentReturned)));
        if (kind == EvaluationKind.Project)
        {
            var name = EvaluationService.TitleOf(projectName ?? string.Empty);
            query = query.Where(e => e.Title == name);
        }

        var found = await query.OrderBy(e => e.Id).Select(e => new { e.Id, e.State }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Id, found.State);
    }

    /// <summary>Paths of every text of the evaluation that still holds the 【待填写】 marker (e.g. pasted from a draft report).</summary>
    public static IReadOnlyList<string> PlaceholderPaths(Evaluation evaluation)
    {
        var json = EvaluationJson.Write(evaluation);
        if (!json.Contains(Placeholder, StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<string>();
        Walk(JsonNode.Parse(json), string.Empty, found);
        return found;

        static void Walk(JsonNode? node, string path, List<string> into)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        Walk(value, path.Length == 0 ? key : path + "." + key, into);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", into);
                    }

                    break;
                case JsonValue v when v.TryGetValue<string>(out var text) && text.Contains(Placeholder, StringComparison.Ordinal):
                    into.Add(path);
                    break;
            }
        }
    }
}
