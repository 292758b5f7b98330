using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>Every run says what it could check; a subject of which nothing was read is 未能核查, never clean.</summary>
public class CoverageTests
{
    private static CheckSubject Bare() => new()
    {
        Name = "bare.txt",
        Evaluation = new Evaluation { Unit = string.Empty, Year = 2022, Kind = EvaluationKind.Department, FrameworkId = string.Empty },
    };

    [Fact]
    public void Review_NothingRead_NothingCheckedWithReasons()
    {
        var report = Checker.Review(Bare());
        Assert.Empty(report.Findings);
        Assert.Equal(CoverageStatus.NothingChecked, report.Coverage.Status);
        Assert.Empty(report.Coverage.Ran);
        var rates = Assert.Single(report.Coverage.Items, i => i.Family == CheckFamilies.Rates);
        Assert.Equal("未读取到预算数据，未核查执行率", rates.Text);
        Assert.DoesNotContain("未发现问题", report.Coverage.Verdict(0), StringComparison.Ordinal);
        Assert.StartsWith("未能核查", report.Coverage.Verdict(0), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_BudgetWithoutSpending_RatesNotRunNamesSpending()
    {
        var subject = Bare() with { Evaluation = Bare().Evaluation with { Budget = new BudgetFigures { Adjusted = 1297.59m } } };
        var report = Checker.Review(subject);
        Assert.Equal("未读取到执行数（实际支出），未核查执行率", Assert.Single(report.Coverage.Items, i => i.Family == CheckFamilies.Rates).Text);
        Assert.False(Assert.Single(report.Coverage.Items, i => i.Family == CheckFamilies.Monitoring).Ran);
    }

    [Fact]
    public void Review_ConsistentSubject_FamiliesThatHadFiguresRan()
    {
        var report = Checker.Review(CheckerTests.Consistent());
        Assert.Empty(report.Findings);
        Assert.Equal(CoverageStatus.Partly, report.Coverage.Status);
        foreach (var family in new[] { CheckFamilies.Sums, CheckFamilies.Rates, CheckFamilies.Scores, CheckFamilies.Grade, CheckFamilies.Explanations, CheckFamilies.Monitoring, CheckFamilies.Lint })
        {
            Assert.True(Assert.Single(report.Coverage.Items, i => i.Family == family).Ran, family);
        }

        // Without a framework the total is not recomputed, and the run says so.
        Assert.Equal("未确定适用的评分表，未按评分表重算总分", Assert.Single(report.Coverage.NotRun).Text);
        Assert.Equal("在已核查的范围内未发现问题（未核查的项目见上）。", report.Coverage.Verdict(0));
    }

    [Fact]
    public void Review_OwnEvaluationWithFramework_RescoreRan()
    {
        var framework = FrameworkCatalog.Get("gz-district-dept-2022").Value;
        var evaluation = EvaluationSerializer.Parse(Repo.Read("testdata", "haizhu-2022", "evaluation.yaml"), "haizhu").Value;
        var report = Checker.Review(new CheckSubject { Name = "h", Evaluation = evaluation }, framework);
        var rescore = Assert.Single(report.Coverage.Items, i => i.Family == CheckFamilies.Rescore);
        Assert.True(rescore.Ran);
        Assert.Contains("99", rescore.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_RecycledAdded_OnlyRecycledDoesNotCountAsChecked()
    {
        var report = Checker.Review(Bare());
        var coverage = report.Coverage.With(new CoverageItem(CheckFamilies.Recycled, true, "存在的主要问题与其余 3 个文档比对"));
        Assert.Equal(CoverageStatus.NothingChecked, coverage.Status);
        Assert.Equal(CheckFamilies.Recycled, coverage.Items[^1].Family);
    }
}
