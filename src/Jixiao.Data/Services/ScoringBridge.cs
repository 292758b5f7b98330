using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Data.Services;

/// <summary>The one seam between the web workflow and the domain's scorer, checks and framework catalogue.</summary>
internal static class ScoringBridge
{
    public static Result<ScoreResult> Score(Framework framework, Evaluation evaluation) =>
        Result<ScoreResult>.Failure(new DomainError("scoring.unavailable", framework.Id, "评分引擎尚未接入。"));

    public static IEnumerable<FindingView> Check(Framework framework, Evaluation evaluation) => [];

    public static Result<Framework> BuiltIn(string id) =>
        Result<Framework>.Failure(new DomainError("framework.unknown", id, $"未知的评分表“{id}”。"));

    public static IReadOnlyList<Framework> BuiltInAll => [];

    public static Result<Framework> ParseYaml(string yaml, string source) =>
        Result<Framework>.Failure(new DomainError("framework.unavailable", source, "评分表解析尚未接入。"));
}
