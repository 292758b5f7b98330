using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Scoring;

namespace Jixiao.Data.Services;

/// <summary>A reviewer finding shown in the UI and API (from the check engine): severity 1 提示, 2 疑似, 3 确定.</summary>
public sealed record FindingView(string Code, int Severity, string Message, string Path)
{
    /// <summary>The values behind the finding (label = value（source）), for the reviewer.</summary>
    public string Evidence { get; init; } = string.Empty;

    public string SeverityName => Severity switch
    {
        3 => "确定",
        2 => "疑似",
        1 => "提示",
        _ => "—",
    };
}

/// <summary>Score, grade, review score, execution rate and findings of an evaluation: what lists, queues and the live editor show.</summary>
public sealed record Analysis(
    ScoreResult? Score,
    IReadOnlyList<DomainError> ScoreErrors,
    decimal? ExecutionRatePercent,
    IReadOnlyList<FindingView> Findings)
{
    public decimal? Total => Score?.Total;

    public string? Grade => Score?.Grade?.Name;

    public decimal? ReviewTotal => Score?.ReviewTotal;

    public string? ReviewGrade => Score?.ReviewGrade?.Name;

    public int MaxSeverity => Findings.Count == 0 ? 0 : Findings.Max(f => f.Severity);
}

/// <summary>Runs the domain scorer and checks over an evaluation with its framework.</summary>
public sealed class EvaluationAnalyzer(FrameworkService frameworks)
{
    public async Task<Analysis> AnalyseAsync(Evaluation evaluation, CancellationToken ct = default)
    {
        var framework = await frameworks.ResolveAsync(evaluation.FrameworkId, ct);
        return Analyse(evaluation, framework);
    }

    public Task<Result<Jixiao.Domain.Frameworks.Framework>> FrameworkAsync(string id, CancellationToken ct = default) => frameworks.ResolveAsync(id, ct);

    public static Analysis Analyse(Evaluation evaluation, Result<Jixiao.Domain.Frameworks.Framework> framework)
    {
        var rate = ExecutionRate(evaluation);
        var findings = new List<FindingView>();
        if (!framework.IsSuccess)
        {
            return new Analysis(null, framework.Errors, rate, findings);
        }

        var score = ScoringBridge.Score(framework.Value, evaluation);
        findings.AddRange(ScoringBridge.Check(framework.Value, evaluation));
        return new Analysis(score.IsSuccess ? score.Value : null, score.IsSuccess ? [] : score.Errors, rate, findings.OrderByDescending(f => f.Severity).ToList());
    }

    /// <summary>预算执行率 = 执行数 / 调整后预算 (or 年初预算 when no adjusted figure), in percent, 2 decimals.</summary>
    public static decimal? ExecutionRate(Evaluation evaluation)
    {
        var budget = evaluation.Budget.Adjusted ?? evaluation.Budget.Initial;
        return budget is > 0m && evaluation.Budget.Executed is { } executed ? Money.Round(executed / budget.Value * 100m) : null;
    }
}
