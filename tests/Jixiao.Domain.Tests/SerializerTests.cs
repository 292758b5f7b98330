using System.Globalization;
using System.Text;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Tests;

public class SerializerTests
{
    private const string Minimal = """
        unit: 测试单位
        year: 2024
        kind: 部门整体
        frameworkId: gz-district-dept-2022
        """;

    private static Evaluation Parse(string text, string name = "e.yaml")
    {
        var r = EvaluationSerializer.Parse(text, name);
        Assert.True(r.IsSuccess, string.Join("\n", r.Errors));
        return r.Value;
    }

    private static DomainError SingleError(string text, string name = "e.yaml")
    {
        var r = EvaluationSerializer.Parse(text, name);
        Assert.False(r.IsSuccess);
        return Assert.Single(r.Errors);
    }

    [Theory]
    [InlineData("haizhu-2022")]
    [InlineData("qingshen-2023")]
    public void ToYamlThenParse_Testdata_SameDocument(string folder)
    {
        var original = Parse(Repo.Read("testdata", folder, "evaluation.yaml"));
        var yaml = EvaluationSerializer.ToYaml(original);
        var again = Parse(yaml, "roundtrip.yaml");
        Assert.Equal(EvaluationSerializer.ToJson(original), EvaluationSerializer.ToJson(again));
    }

    [Fact]
    public void ToJsonThenParse_Testdata_SameDocumentAndChineseEnums()
    {
        var original = Parse(Repo.Read("testdata", "qingshen-2023", "evaluation.yaml"));
        var json = EvaluationSerializer.ToJson(original);
        Assert.Contains("\"kind\": \"项目\"", json, StringComparison.Ordinal);
        Assert.Contains("\"operator\": \"=\"", json, StringComparison.Ordinal);
        Assert.Contains("\"frameworkId\": \"sichuan-project\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"actual\"", json, StringComparison.Ordinal);   // blank in the source: absent, not 0
        var again = Parse(json, "e.json");
        Assert.Equal(json, EvaluationSerializer.ToJson(again));
        Assert.Equal(251.89m, again.Budget.Adjusted);
        Assert.Null(again.Goals[0].Actual);
    }

    [Fact]
    public void Parse_QualitativeAnswerAndOperatorsInChinese_Read()
    {
        var e = Parse(Minimal + """

            goals:
              - { level1: 效益指标, name: 甲, operator: 定性, answer: 部分达成年度指标并具有一定效果, score: 7, weight: 10 }
              - { level1: 产出指标, name: 乙, operator: 大于等于, target: 5, actual: 6, weight: 10 }
              - { level1: 产出指标, name: 丙, operator: "<=", target: 5, actual: 4, weight: 10 }
            """);
        Assert.Equal(IndicatorOperator.Qualitative, e.Goals[0].Operator);
        Assert.Equal(QualitativeAnswer.PartlyAchieved, e.Goals[0].Answer);
        Assert.Equal(IndicatorOperator.AtLeast, e.Goals[1].Operator);
        Assert.Equal(IndicatorOperator.AtMost, e.Goals[2].Operator);
        var yaml = EvaluationSerializer.ToYaml(e);
        Assert.Contains("部分达成年度指标并具有一定效果", yaml, StringComparison.Ordinal);
        Assert.Contains("≥", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NumericLookingText_KeptAsWritten()
    {
        var e = Parse(Minimal + "\nunitCode: 0510\nprojectCode: 51000021R000000019951\nproject" + "Name: 2024\n");
        Assert.Equal("0510", e.UnitCode);
        Assert.Equal("2024", e.ProjectName);
        var again = Parse(EvaluationSerializer.ToYaml(e));
        Assert.Equal("0510", again.UnitCode);
        Assert.Equal("2024", again.ProjectName);
    }

    [Fact]
    public void Parse_InputsKeyedByCode_Read()
    {
        var e = Parse(Minimal + """

            inputs:
              "2.2.2":
                deductions: [ { points: 0.5, reason: 凭证不全 } ]
                reviewDeductions: [ { points: 1, reason: 复核 } ]
              "2.1.1": { notApplicable: true }
            """);
        Assert.Equal(0.5m, e.Inputs["2.2.2"].Deductions[0].Points);
        Assert.Equal("复核", e.Inputs["2.2.2"].ReviewDeductions[0].Reason);
        Assert.True(e.Inputs["2.1.1"].NotApplicable);
    }

    [Fact]
    public void Parse_MalformedYaml_ChineseErrorWithFileLineColumn()
    {
        var e = SingleError("unit: 甲\nyear: 2024\n  kind: 项目\n", "bad.yaml");
        Assert.Equal(ErrorCatalogue.Syntax, e.Code);
        Assert.Equal("bad.yaml:3:7", e.Path);
        Assert.Contains("第 3 行第 7 列", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NegativeBudget_ErrorNamesFieldAndLine()
    {
        var e = SingleError(Minimal + "\nbudget:\n  initial: 10\n  executed: -3.5\n", "neg.yaml");
        Assert.Equal(ErrorCatalogue.NegativeAmount, e.Code);
        Assert.Equal("budget.executed", e.Path);
        Assert.Contains("-3.5", e.Message, StringComparison.Ordinal);
        Assert.Contains("neg.yaml 第 7 行", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NegativeAmountsEverywhere_AllReported()
    {
        var r = EvaluationSerializer.Parse(Minimal + """

            budget:
              publicExpense: { budget: -1 }
              byFunction: [ { name: 一般公共服务支出, amount: -2 } ]
            goals:
              - { level1: 产出指标, name: 甲, weight: -5 }
            """, "e.yaml");
        Assert.Equal(["budget.publicExpense.budget", "budget.byFunction[0].amount", "goals[0].weight"], r.Errors.Select(e => e.Path).ToArray());
    }

    [Fact]
    public void Parse_UnknownKind_ChineseErrorOnKind()
    {
        var e = SingleError(Minimal.Replace("部门整体", "整体", StringComparison.Ordinal));
        Assert.Equal("kind", e.Path);
        Assert.Contains("评价类型应为", e.Message, StringComparison.Ordinal);
        Assert.Contains("第 3 行", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingRequired_ErrorNamesField()
    {
        var e = SingleError("unit: 甲\nkind: 项目\nframeworkId: x\n");
        Assert.Equal("year", e.Path);
        Assert.Contains("缺少必填项", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongType_ErrorNamesFieldAndExpectedType()
    {
        var e = SingleError(Minimal + "\nbudget:\n  adjusted: 1,297.59\n");
        Assert.Equal("budget.adjusted", e.Path);
        Assert.Contains("应为数字", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownField_ErrorNamesIt()
    {
        var e = SingleError(Minimal + "\nbudgett: {}\n");
        Assert.Equal(ErrorCatalogue.UnknownField, e.Code);
        Assert.Contains("budgett", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_ErrorWithLine()
    {
        var e = SingleError("{\n  \"unit\": \"甲\",\n  \"year\": 2024,,\n}", "bad.json");
        Assert.Equal(ErrorCatalogue.Syntax, e.Code);
        Assert.StartsWith("bad.json:3:", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJsonLines_ThreeLinesOneBroken_EachWithItsLineNumber()
    {
        var one = EvaluationSerializer.ToJsonLine(Parse(Minimal));
        var text = one + "\n\n{\"unit\": \"乙\", \"year\": \"abc\"}\r\n" + one.Replace("测试单位", "丙", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var results = EvaluationSerializer.ReadJsonLines(stream, "batch.jsonl").ToList();
        Assert.Equal([1L, 3L, 4L], results.Select(r => r.Line).ToArray());
        Assert.True(results[0].Result.IsSuccess);
        Assert.False(results[1].Result.IsSuccess);
        Assert.Equal("year", results[1].Result.Errors[0].Path);
        Assert.Contains("第 3 行", results[1].Result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("丙", results[2].Result.Value.Unit);
    }

    [Fact]
    public void ReadJsonLines_LinesLongerThanTheBuffer_Read()
    {
        var e = Parse(Minimal) with { OverallGoal = new string('目', 100_000) };
        var line = EvaluationSerializer.ToJsonLine(e);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line + "\n" + line));
        var results = EvaluationSerializer.ReadJsonLines(stream, "big.jsonl").ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(100_000, r.Result.Value.OverallGoal!.Length));
    }

    [Fact]
    public void ReadJsonLinesParallel_MoreLinesThanABatch_SameResultsInFileOrder()
    {
        var one = EvaluationSerializer.ToJsonLine(Parse(Minimal));
        var text = new StringBuilder();
        for (var i = 1; i <= 1300; i++)
        {
            text.Append(i % 97 == 0 ? "{\"unit\": \"乙\", \"year\": \"abc\"}" : one.Replace("测试单位", "单位" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            text.Append(i % 5 == 0 ? "\r\n\n" : "\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var serial = new MemoryStream(bytes);
        var expected = EvaluationSerializer.ReadJsonLines(serial, "many.jsonl")
            .Select(r => (r.Line, r.Result.IsSuccess ? r.Result.Value.Unit : string.Join("|", r.Result.Errors))).ToList();
        using var parallel = new MemoryStream(bytes);
        var actual = EvaluationSerializer.ReadJsonLinesParallel(parallel, "many.jsonl",
            (_, r) => r.IsSuccess ? r.Value.Unit : string.Join("|", r.Errors), degreeOfParallelism: 2).ToList();

        Assert.Equal(1300, actual.Count);
        Assert.Equal(expected, actual);
        Assert.Equal(13, actual.Count(a => a.Value.Contains("year", StringComparison.Ordinal)));
        Assert.Equal("单位1300", actual[^1].Value);
    }

    [Fact]
    public void WithPositions_ScorerPath_LineOfTheGoal()
    {
        var text = Repo.Read("testdata", "qingshen-2023", "evaluation.yaml");
        var errors = EvaluationSerializer.WithPositions([new DomainError(ErrorCatalogue.MissingActual, "goals[1].actual", "缺少完成值")], text, "q.yaml");
        Assert.Matches(@"q\.yaml 第 \d+ 行第 \d+ 列", errors[0].Message);
    }
}
