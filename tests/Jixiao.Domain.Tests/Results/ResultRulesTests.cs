using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Results;

namespace Jixiao.Domain.Tests.Results;

public class ResultRulesTests
{
    private static readonly BudgetFigures Budget = new() { Initial = 900m, Adjusted = 1000m, Project = new BudgetLine(400m, 380m), Basic = new BudgetLine(600m, 590m) };

    [Fact]
    public void BuiltIn_EveryTable_Validates()
    {
        Assert.Equal(["demo-district", "sample-city"], ResultRulesCatalog.BuiltIn.Select(t => t.Id).ToArray());
        foreach (var (file, yaml) in ResultRulesCatalog.Sources())
        {
            Assert.True(ResultRulesLoader.Parse(yaml, file).IsSuccess, file);
        }
    }

    [Theory]
    [InlineData("demo-district", "优", 20, 420)]
    [InlineData("demo-district", "良", 0, 400)]
    [InlineData("demo-district", "中", -40, 360)]
    [InlineData("demo-district", "差", -400, 0)]
    [InlineData("sample-city", "优", 50, 1050)]
    [InlineData("sample-city", "良", 0, 1000)]
    [InlineData("sample-city", "中", -200, 800)]
    [InlineData("sample-city", "差", -500, 500)]
    public void Suggest_TwoRegionsTables_GiveTheirOwnChanges(string table, string grade, decimal change, decimal next)
    {
        var rules = ResultRulesCatalog.BuiltIn.Single(t => t.Id == table);

        var s = ResultSuggester.Suggest(rules, new ResultInput("优", grade, Budget));

        Assert.True(s.IsComputed, s.Problem);
        Assert.Equal(grade, s.Grade);
        Assert.Equal("复核等级", s.GradeFrom);
        Assert.Equal(change, s.Change);
        Assert.Equal(next, s.NextYear);
        Assert.Contains($"规则第 {s.RuleIndex + 1} 条", s.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_NoProjectBudget_SaysWhyInsteadOfGuessing()
    {
        var rules = ResultRulesCatalog.BuiltIn.Single(t => t.Id == "demo-district");

        var s = ResultSuggester.Suggest(rules, new ResultInput("中", null, new BudgetFigures { Adjusted = 500m }));

        Assert.False(s.IsComputed);
        Assert.Null(s.Change);
        Assert.Equal("缺少项目支出预算数，无法计算调整额。", s.Problem);
        Assert.Equal("自评等级", s.GradeFrom);
    }

    [Fact]
    public void For_RegionAndYear_PicksLatestApplicableTableOrExplains()
    {
        Assert.Equal("demo-district", ResultRulesCatalog.For("示范区", 2023).Value.Id);
        var none = ResultRulesCatalog.For("样例市", 2021);
        Assert.False(none.IsSuccess);
        Assert.Contains("没有“样例市” 2021 年度适用的结果应用规则表", none.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadTable_ReportsEveryErrorWithLine()
    {
        const string yaml = """
            id: Bad_Id
            name: 测试
            region: 测试区
            fromYear: 2024
            rules:
              - { grade: 优, action: 增加, percent: 150, scope: 项目支出 }
              - { grade: 优, action: 据实, percent: 0, scope: 全部 }
            """;

        var result = ResultRulesLoader.Parse(yaml, "bad.yaml");

        Assert.False(result.IsSuccess);
        var paths = result.Errors.Select(e => e.Path).ToArray();
        Assert.Contains("rules[0].percent", paths);
        Assert.Contains("rules[1].scope", paths);
        Assert.Contains("rules[1].grade", paths);
        Assert.Contains("id", paths);
        Assert.Contains(result.Errors, e => e.Path == "rules[1].scope" && e.Message.Contains("bad.yaml 第 7 行", StringComparison.Ordinal));
    }
}
