using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests;

/// <summary>The real published cases in testdata/ score as their published tables say.</summary>
public class TestdataTests
{
    private static Evaluation Load(string folder)
    {
        var result = EvaluationSerializer.Parse(Repo.Read("testdata", folder, "evaluation.yaml"), folder + "/evaluation.yaml");
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value;
    }

    [Fact]
    public void Score_Haizhu2022_Total99Grade优()
    {
        var evaluation = Load("haizhu-2022");
        var framework = FrameworkCatalog.Get(evaluation.FrameworkId).Value;

        var result = Scorer.Score(framework, evaluation);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var score = result.Value;
        Assert.Equal(99m, score.Total);
        Assert.Equal("优", score.Grade?.Name);
        Assert.Equal(99m, score.ReviewTotal);
        var rate = score.Find("1.1.3")!;
        Assert.Equal("部门预算资金支出率", rate.Name);
        Assert.Equal(9m, rate.Score);
        Assert.Equal(10m, rate.Weight);
        var leaves = score.Indicators.Where(i => i.IsLeaf).ToList();
        Assert.Equal(26, leaves.Count);
        Assert.All(leaves.Where(l => l.Code != "1.1.3"), l => Assert.Equal(l.Weight, l.Score));
        Assert.Equal(49m, score.Find("1")!.Score);
        Assert.Equal(50m, score.Find("2")!.Score);
    }

    [Fact]
    public void ScoreIndicator_Qingshen2023Execution_Rate100Score10()
    {
        var evaluation = Load("qingshen-2023");
        var framework = FrameworkCatalog.Get(evaluation.FrameworkId).Value;

        var result = Scorer.ScoreIndicator(framework, evaluation, "1");

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.Equal(10m, result.Value.Score);
        Assert.Contains("100.00%", result.Value.Explanation.Text, StringComparison.Ordinal);
        Assert.Contains(result.Value.Explanation.Inputs, i => i.Source == "budget.adjusted" && i.Value == "251.89");
        Assert.Contains(result.Value.Explanation.Inputs, i => i.Source == "budget.executed" && i.Value == "251.89");
    }

    [Fact]
    public void Score_Qingshen2023Whole_ErrorsListGoalsWithoutActual()
    {
        var evaluation = Load("qingshen-2023");
        var framework = FrameworkCatalog.Get(evaluation.FrameworkId).Value;

        var result = Scorer.Score(framework, evaluation);

        Assert.False(result.IsSuccess);
        Assert.Equal(["goals[0].actual", "goals[1].actual"], result.Errors.Select(e => e.Path).ToArray());
        Assert.All(result.Errors, e => Assert.Equal(ErrorCatalogue.MissingActual, e.Code));
        Assert.Contains("发放(缴纳)覆盖率", result.Errors[0].Message, StringComparison.Ordinal);
    }
}
