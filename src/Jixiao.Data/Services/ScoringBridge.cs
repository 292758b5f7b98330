using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Data.Services;

/// <summary>The one seam between the web workflow and the domain's scorer, checks and framework catalogue.</summary>
internal static class ScoringBridge
{
    public static Result<ScoreResult> Score(Framework framework, Evaluation evaluation) => Scorer.Score(framework, evaluation);

    public static IEnumerable<FindingView> Check(Framework framework, Evaluation evaluation) =>
        Checker.Run(new CheckSubject { Name = evaluation.Unit + " " + evaluation.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Evaluation = evaluation }, framework)
            .Select(f => new FindingView(
                f.Code,
                f.Severity switch
                {
                    Severity.Note => 1,
                    Severity.Suspect => 2,
                    Severity.Certain => 3,
                },
                f.Message,
                f.Path ?? string.Empty)
            {
                Evidence = string.Join("；", f.Evidence.Select(e => $"{e.Label} = {e.Value}（{e.Source}）")),
            });

    public static Result<Framework> BuiltIn(string id) => FrameworkCatalog.Get(id);

    public static IReadOnlyList<Framework> BuiltInAll => FrameworkCatalog.BuiltIn;

    public static Result<Framework> ParseYaml(string yaml, string source) => FrameworkLoader.Parse(yaml, source);
}
