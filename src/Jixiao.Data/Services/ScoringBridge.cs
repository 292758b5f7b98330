using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Data.Services;

/// <summary>The one seam between the web workflow and the domain's scorer, checks and framework catalogue.</summary>
internal static class ScoringBridge
{
    public static Result<ScoreResult> Score(Framework framework, Evaluation evaluation) => Scorer.Score(framework, evaluation);

    public static IEnumerable<FindingView> Check(Framework framework, Evaluation evaluation) => [];

    public static Result<Framework> BuiltIn(string id) => FrameworkCatalog.Get(id);

    public static IReadOnlyList<Framework> BuiltInAll => FrameworkCatalog.BuiltIn;

    public static Result<Framework> ParseYaml(string yaml, string source) => FrameworkLoader.Parse(yaml, source);
}
