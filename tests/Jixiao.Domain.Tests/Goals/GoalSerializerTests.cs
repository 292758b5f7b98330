using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Tests.Goals;

public class GoalSerializerTests
{
    private const string Minimal = """
        unit: 测试单位
        year: 2025
        kind: 部门整体
        frameworkId: gz-district-dept-2022
        """;

    internal static GoalDeclaration Parse(string text, string name = "g.yaml")
    {
        var r = GoalSerializer.Parse(text, name);
        Assert.True(r.IsSuccess, string.Join("\n", r.Errors));
        return r.Value;
    }

    private static IReadOnlyList<DomainError> Errors(string text, string name = "g.yaml")
    {
        var r = GoalSerializer.Parse(text, name);
        Assert.False(r.IsSuccess);
        return r.Errors;
    }

    [Fact]
    public void Parse_TangxiProjectDeclaration_EverySectionRead()
    {
        var d = Parse(Repo.Read("testdata", "goals", "tangxi-2022-project.yaml"));

        Assert.Equal(EvaluationKind.Project, d.Kind);
        Assert.Equal("委托业务项目", d.Project!.Name);
        Assert.Equal(ProjectStatus.Continuing, d.Project.Status);
        Assert.Equal(new DateOnly(2022, 12, 31), d.Project.End);
        Assert.Equal(2, d.Project.Schedule.Count);
        Assert.Equal(90m, Assert.Single(d.Funds).Amount);
        Assert.Equal(10, d.Annual.Indicators.Count);
        Assert.Single(d.LongTerm!.Indicators);
        var cost = d.Annual.Indicators.Single(i => i.Name == "项目总成本");
        Assert.Equal(IndicatorOperator.AtMost, cost.Operator);
        Assert.Equal(TargetStandard.BudgetStandard, cost.Standard);
        Assert.Equal(90m, cost.StandardValue);
        Assert.True(d.Annual.Indicators.Single(i => i.Name == "经费支出合规性").IsQualitative);
        Assert.Equal(11, d.AllIndicators().Count());
        Assert.Equal("longTerm.indicators[0]", d.AllIndicators().Last().Path);
    }

    [Fact]
    public void Parse_HuaduDepartmentTable_IndicatorsWithExplanations()
    {
        var d = Parse(Repo.Read("testdata", "goals", "huadu-zzb-2022-department.yaml"));

        Assert.Equal(EvaluationKind.Department, d.Kind);
        Assert.Null(d.Project);
        Assert.Equal(8, d.Annual.Indicators.Count);
        Assert.All(d.Annual.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Level2)));
        Assert.Contains("问卷调查", d.Annual.Indicators[^1].Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tangxi-2022-project.yaml")]
    [InlineData("huadu-zzb-2022-department.yaml")]
    public void ToYamlAndToJson_Testdata_ReadBackTheSame(string file)
    {
        var original = Parse(Repo.Read("testdata", "goals", file));

        var fromYaml = Parse(GoalSerializer.ToYaml(original), "again.yaml");
        var fromJson = Parse(GoalSerializer.ToJson(original), "again.json");

        Assert.Equal(GoalSerializer.ToJson(original), GoalSerializer.ToJson(fromYaml));
        Assert.Equal(GoalSerializer.ToJson(original), GoalSerializer.ToJson(fromJson));
        Assert.Contains("\"valueType\": \"定量\"", GoalSerializer.ToJson(original), StringComparison.Ordinal);
        Assert.Contains("\"standard\": \"计划标准\"", GoalSerializer.ToJson(original), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownIndicatorField_NamesFieldLineAndColumn()
    {
        var errors = Errors(Minimal + """

            annual:
              indicators:
                - level1: 产出指标
                  name: 培训期数
                  traget: 10
            """);

        var e = Assert.Single(errors);
        Assert.Equal(ErrorCatalogue.UnknownField, e.Code);
        Assert.Contains("traget", e.Message, StringComparison.Ordinal);
        Assert.Contains("第 9 行", e.Message, StringComparison.Ordinal);
        Assert.Contains("docs/goal-format.md", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadOperatorAndStandard_ChineseMessageWithLine()
    {
        var errors = Errors(Minimal + """

            annual:
              indicators:
                - level1: 产出指标
                  name: 培训期数
                  operator: 约等于
            """);

        var e = Assert.Single(errors);
        Assert.Contains("指标性质应为", e.Message, StringComparison.Ordinal);
        Assert.Contains("g.yaml 第 9 行", e.Message, StringComparison.Ordinal);

        var standard = Assert.Single(Errors(Minimal + "\nannual: { indicators: [ { level1: 产出指标, name: 成本, standard: 市场价 } ] }"));
        Assert.Contains("预算支出标准", standard.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QualitativeTypeWithNumericOperatorAndMissingName_EveryErrorInOnePass()
    {
        var errors = Errors(Minimal + """

            annual:
              indicators:
                - level1: 产出指标
                  name: 工作成效
                  valueType: 定性
                  operator: ≥
                - level1: 效益指标
                  name: ""
            funds:
              - { name: 财政拨款, amount: -5 }
            """);

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Path == "annual.indicators[0].operator" && e.Message.Contains("第 10 行", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "annual.indicators[1].name");
        Assert.Contains(errors, e => e.Path == "funds[0].amount" && e.Code == ErrorCatalogue.NegativeAmount);
    }

    [Fact]
    public void Parse_ProjectWithoutName_MissingFieldNamed()
    {
        var errors = Errors(Minimal.Replace("部门整体", "项目", StringComparison.Ordinal) + "\nproject: { code: X1 }\n");

        Assert.Contains(errors, e => e.Code == ErrorCatalogue.Missing && e.Message.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MalformedYaml_SyntaxErrorWithLine()
    {
        var e = Assert.Single(Errors(Minimal + "\nannual: [unclosed\n"));

        Assert.Equal(ErrorCatalogue.Syntax, e.Code);
        Assert.StartsWith("g.yaml:", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ToGoalIndicator_QualitativeRow_CarriesTextNotNumber()
    {
        var row = new DeclaredIndicator { Level1 = "产出指标", Level2 = "时效指标", Name = "提交报告及时性", ValueType = IndicatorValueType.Qualitative, Target = 1m, TargetText = "按期完成", Weight = 8m };

        var g = row.ToGoalIndicator();

        Assert.Equal(IndicatorOperator.Qualitative, g.Operator);
        Assert.Null(g.Target);
        Assert.Equal("按期完成", g.TargetText);
        Assert.Equal(8m, g.Weight);
    }
}

public class GoalSettingsTests
{
    [Fact]
    public void BuiltIn_2021AndOlderForms_CostClassPlacedDifferently()
    {
        var older = FrameworkCatalog.Get("national-project-2020").Value.Settings.Goals;
        var newer = FrameworkCatalog.Get("national-project-2021").Value.Settings.Goals;

        Assert.Contains("成本指标", older.Level1("产出指标")!.Level2);
        Assert.DoesNotContain("成本指标", older.Required);
        Assert.DoesNotContain("成本指标", newer.Level1("产出指标")!.Level2);
        Assert.Contains("成本指标", newer.Required);
        Assert.True(newer.IsCost("成本指标", "经济成本指标"));
        Assert.True(older.IsCost("产出指标", "成本"));
    }

    [Fact]
    public void Parse_FrameworkWithoutGoalSettings_DefaultTree()
    {
        var yaml = FrameworkCatalog.SourceOf("national-project-2020")!;
        var start = yaml.IndexOf("  # 绩效目标申报表", StringComparison.Ordinal);
        var end = yaml.IndexOf("\ngrades:", StringComparison.Ordinal);
        var withoutGoals = yaml[..start] + yaml[end..];

        var f = FrameworkLoader.Parse(withoutGoals, "f.yaml");

        Assert.True(f.IsSuccess, string.Join("\n", f.Errors));
        Assert.Equal(GoalSettings.DefaultLevels, f.Value.Settings.Goals.Levels);
        Assert.Equal(["产出指标", "效益指标"], f.Value.Settings.Goals.Required);
    }

    [Fact]
    public void Parse_RequiredClassNotInTreeAndUnknownKey_ErrorsWithPaths()
    {
        var yaml = FrameworkCatalog.SourceOf("national-project-2020")!
            .Replace("required: [产出指标, 效益指标, 满意度指标]", "required: [产出指标/进度指标, 效益指标]\n    allowDuplicates: true", StringComparison.Ordinal);

        var f = FrameworkLoader.Parse(yaml, "f.yaml");

        Assert.False(f.IsSuccess);
        Assert.Contains(f.Errors, e => e.Path == "settings.goals.required[0]" && e.Message.Contains("进度指标", StringComparison.Ordinal));
        Assert.Contains(f.Errors, e => e.Code == ErrorCatalogue.UnknownField && e.Path == "settings.goals.allowDuplicates");
    }

    [Theory]
    [InlineData("数量", "数量指标", true)]
    [InlineData("服务对象满意度指标", "服务对象满意度", true)]
    [InlineData("数量指标", "质量指标", false)]
    public void SameClass_WithOrWithoutSuffix_Compared(string a, string b, bool same) =>
        Assert.Equal(same, GoalSettings.SameClass(a, b));
}
