using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Tests;

public class FrameworkLoaderTests
{
    [Fact]
    public void BuiltIn_FourFrameworks_AllValidWith100Points()
    {
        Assert.Equal(["gz-district-dept-2022", "national-project-2020", "national-project-2021", "sichuan-project"], FrameworkCatalog.BuiltIn.Select(f => f.Id).ToArray());
        Assert.All(FrameworkCatalog.BuiltIn, f => Assert.Equal(100m, f.Indicators.Sum(n => n.Weight)));
    }

    [Fact]
    public void Parse_FrameworksFolderOnDisk_EveryFileValid()
    {
        var files = Directory.GetFiles(Repo.Path("frameworks"), "*.yaml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var result = FrameworkLoader.Parse(File.ReadAllText(file), file);
            Assert.True(result.IsSuccess, file + "\n" + string.Join("\n", result.Errors));
        }
    }

    [Fact]
    public void Get_GuangzhouDistrict2022_HaizhuTableExactly()
    {
        var f = FrameworkCatalog.Get("gz-district-dept-2022").Value;
        var leaves = f.Leaves().ToList();
        Assert.Equal(26, leaves.Count);
        Assert.Equal(100m, leaves.Sum(l => l.Weight));
        Assert.Equal(["履职效能", "管理效率"], f.Indicators.Select(n => n.Name).ToArray());
        Assert.Equal(
            ["整体效能", "预算编制", "预算执行", "信息公开", "绩效管理", "采购管理", "资产管理", "运行成本"],
            f.Indicators.SelectMany(n => n.Children).Select(n => n.Name).ToArray());
        Assert.Equal([50m, 3m, 4m, 4m, 15m, 10m, 10m, 4m], f.Indicators.SelectMany(n => n.Children).Select(n => n.Weight).ToArray());
        var placeholder = Assert.Single(leaves, l => l.NameIsPlaceholder);
        Assert.Equal(1.5m, placeholder.Weight);
        Assert.Equal("2.5.2", placeholder.Code);
        Assert.All(leaves, l => Assert.False(string.IsNullOrWhiteSpace(l.Explanation)));
        Assert.IsType<ExecutionRateRule>(f.Find("1.1.3")!.Rule);
        Assert.Equal("部门预算资金支出率", f.Find("1.1.3")!.Name);
        Assert.Equal(0.5m, f.Find("2.5.1")!.Weight);
        Assert.Equal(7m, f.Find("2.4.3")!.Weight);
    }

    [Fact]
    public void Get_ProjectFrameworks_NationalAndSichuanSplits()
    {
        Assert.Equal([10m, 50m, 30m, 10m], FrameworkCatalog.Get("national-project-2020").Value.Indicators.Select(n => n.Weight).ToArray());
        Assert.Equal([10m, 90m], FrameworkCatalog.Get("sichuan-project").Value.Indicators.Select(n => n.Weight).ToArray());
    }

    [Fact]
    public void Get_UnknownId_ErrorOnFrameworkIdListingKnownIds()
    {
        var e = Assert.Single(FrameworkCatalog.Get("nope").Errors);
        Assert.Equal("frameworkId", e.Path);
        Assert.Equal(ErrorCatalogue.UnknownFramework, e.Code);
        Assert.Contains("gz-district-dept-2022", e.Message, StringComparison.Ordinal);
    }

    private const string Valid = """
        id: t
        name: 测试
        kind: 项目
        indicators:
          - code: "1"
            name: 甲
            weight: 60
            children:
              - { code: "1.1", name: 甲一, weight: 30, rule: compliance }
              - { code: "1.2", name: 甲二, weight: 30, rule: { kind: execution-rate } }
          - { code: "2", name: 乙, weight: 40, rule: { kind: declared-indicators } }
        """;

    [Fact]
    public void Parse_Valid_BuildsTree()
    {
        var f = FrameworkLoader.Parse(Valid, "t.yaml");
        Assert.True(f.IsSuccess, string.Join("\n", f.Errors));
        Assert.Equal(EvaluationKind.Project, f.Value.Kind);
        Assert.Equal(3, f.Value.Leaves().Count());
        Assert.Same(GradeScale.Default, f.Value.Grades);
    }

    [Fact]
    public void Parse_ChildWeightsOffByOneCent_ErrorWithPath()
    {
        var yaml = Valid.Replace("weight: 30, rule: compliance", "weight: 29.99, rule: compliance", StringComparison.Ordinal);
        var e = Assert.Single(FrameworkLoader.Parse(yaml, "t.yaml").Errors);
        Assert.Equal(ErrorCatalogue.WeightSum, e.Code);
        Assert.Equal("indicators[0].children", e.Path);
        Assert.Contains("59.99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RootsNotSummingToTotal_Error()
    {
        var yaml = Valid.Replace("weight: 40", "weight: 45", StringComparison.Ordinal);
        var e = Assert.Single(FrameworkLoader.Parse(yaml, "t.yaml").Errors);
        Assert.Equal("indicators", e.Path);
    }

    [Fact]
    public void Parse_ManyProblems_AllReportedInOnePassWithPaths()
    {
        var yaml = """
            id: Bad_Id
            name: 测试
            kind: 部门
            colour: blue
            indicators:
              - code: "1"
                name: 甲
                weight: 60
                children:
                  - { code: "1.1", name: 甲一, weight: 30, rule: compliance }
                  - { code: "1.1", name: 甲二, weight: 20, rule: { kind: magic } }
              - { code: "2", name: 乙, weight: 40 }
              - code: "3"
                name: 丙
                weight: 0
                rule: { kind: ratio, numerator: budget.nothing, scoring: 阶梯, steps: [ { operator: "≥", percent: 90, points: 5 } ] }
            """;
        var errors = FrameworkLoader.Parse(yaml, "bad.yaml").Errors;
        var paths = errors.Select(e => e.Path).ToList();
        Assert.Contains("kind", paths);
        Assert.Contains("colour", paths);
        Assert.Contains("id", paths);
        Assert.Contains("indicators[0].children[1].code", paths);
        Assert.Contains("indicators[0].children[1].rule.kind", paths);
        Assert.Contains("indicators[0].children", paths);           // 30 + 20 ≠ 60
        Assert.Contains("indicators[1].rule", paths);               // leaf without rule
        Assert.Contains("indicators[2].rule.numerator", paths);     // unknown budget field
        Assert.Contains("indicators[2].rule.steps[0].points", paths); // 5 points on a 0-point leaf
        Assert.Contains(errors, e => e.Code == ErrorCatalogue.DuplicateCode);
        Assert.Contains(errors, e => e.Code == ErrorCatalogue.UnknownRule && e.Message.Contains("magic", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MalformedYaml_ErrorWithFileLineColumn()
    {
        var e = Assert.Single(FrameworkLoader.Parse("id: t\nname: [测试\nkind: 项目\n", "broken.yaml").Errors);
        Assert.Equal(ErrorCatalogue.Syntax, e.Code);
        Assert.StartsWith("broken.yaml:", e.Path, StringComparison.Ordinal);
        Assert.Matches(@"第 \d+ 行第 \d+ 列", e.Message);
    }

    [Fact]
    public void Parse_RuleOnParent_Error()
    {
        var yaml = Valid.Replace("    weight: 60\n", "    weight: 60\n    rule: compliance\n", StringComparison.Ordinal);
        Assert.Contains(FrameworkLoader.Parse(yaml, "t.yaml").Errors, e => e.Path == "indicators[0].rule");
    }

    [Fact]
    public void Parse_Settings_ReadIntoRecord()
    {
        var yaml = Valid + """

            settings:
              capExecutionScore: false
              executionBasis: 年初预算
              notApplicable: 满分
              qualitative:
                达成年度指标: [90, 100]
              negativeCutoffMultiple: 3
              negativeUsesTargetOverActual: true
              acceptStatedScores: false
            """;
        var s = FrameworkLoader.Parse(yaml, "t.yaml").Value.Settings;
        Assert.False(s.CapExecutionScore);
        Assert.Equal(BudgetBasis.Initial, s.ExecutionBasis);
        Assert.Equal(NotApplicablePolicy.FullMarks, s.NotApplicable);
        Assert.Equal(new QualitativeRange(0.9m, 1m), s.Achieved);
        Assert.Equal(new QualitativeRange(0.6m, 0.8m), s.PartlyAchieved);
        Assert.Equal(3m, s.NegativeCutoffMultiple);
        Assert.True(s.NegativeUsesTargetOverActual);
        Assert.False(s.AcceptStatedScores);
    }

    [Fact]
    public void Parse_BadQualitativeRange_Error()
    {
        var yaml = Valid + "\nsettings:\n  qualitative:\n    部分达成年度指标并具有一定效果: [80, 60]\n";
        Assert.Equal("settings.qualitative.部分达成年度指标并具有一定效果", Assert.Single(FrameworkLoader.Parse(yaml, "t.yaml").Errors).Path);
    }
}
