using System.Text;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Tests;

/// <summary>The report fields of issue 10 (自评工作开展情况, 机构/编制, 收入预算与决算, 上年问题整改, 自评结果应用, 管理效率分项, 落款).</summary>
public class ReportFieldsSerializerTests
{
    private const string Full = """
        unit: 测试单位
        year: 2024
        kind: 部门整体
        frameworkId: gz-district-dept-2022
        signingUnit: 测试单位（盖章）
        date: 2025-03-31
        organization:
          internalBodies: [办公室, 组织宣教科]
          staffQuota: 21
          staffActual: 19
        budget:
          incomeBySource:
            - { name: 一般公共预算财政拨款, budget: 1000.50, amount: 990.25 }
            - { name: 其他收入, amount: 10 }
        previousProblems:
          - problem: 预算编制不够精细
            measure: 细化项目预算
            status: 已整改
          - problem: 绩效指标量化不足
            status: 整改中
            note: 2025 年预算编制时完成
        narrative:
          selfEvaluation: 成立自评工作小组，逐项核对账目。
          resultUse: 自评结果用于下一年度预算编制。
          managementAreas:
            预算编制: 新增项目均开展事前绩效评估。
            "2.5": 采购意向按时公开。
        """;

    private static Evaluation Parse(string text, string name = "e.yaml")
    {
        var r = EvaluationSerializer.Parse(text, name);
        Assert.True(r.IsSuccess, string.Join("\n", r.Errors));
        return r.Value;
    }

    [Fact]
    public void Parse_AllReportFields_Read()
    {
        var e = Parse(Full);
        Assert.Equal("测试单位（盖章）", e.SigningUnit);
        Assert.Equal(new DateOnly(2025, 3, 31), e.Date);
        Assert.Equal(["办公室", "组织宣教科"], e.Organization!.InternalBodies);
        Assert.Equal(2, e.Organization.BodyCount());
        Assert.Equal(21, e.Organization.StaffQuota);
        Assert.Equal(19, e.Organization.StaffActual);
        Assert.Equal(1000.50m, e.Budget.IncomeBySource[0].Budget);
        Assert.Equal(990.25m, e.Budget.IncomeBySource[0].Amount);
        Assert.Null(e.Budget.IncomeBySource[1].Budget);
        Assert.Equal(RectificationStatus.Done, e.PreviousProblems[0].Status);
        Assert.Equal(RectificationStatus.InProgress, e.PreviousProblems[1].Status);
        Assert.Equal("2025 年预算编制时完成", e.PreviousProblems[1].Note);
        Assert.Equal("自评结果用于下一年度预算编制。", e.Narrative.ResultUse);
        Assert.Equal("成立自评工作小组，逐项核对账目。", e.Narrative.SelfEvaluation);
        Assert.Equal(["预算编制", "2.5"], e.Narrative.ManagementAreas.Keys);
    }

    [Fact]
    public void ToYamlToJsonToJsonLines_AllReportFields_SameDocument()
    {
        var e = Parse(Full);
        var json = EvaluationSerializer.ToJson(e);
        Assert.Contains("\"status\": \"整改中\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isEmpty", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bodyCount", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(json, EvaluationSerializer.ToJson(Parse(EvaluationSerializer.ToYaml(e), "again.yaml")));
        Assert.Equal(json, EvaluationSerializer.ToJson(Parse(json, "again.json")));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(EvaluationSerializer.ToJsonLine(e) + "\n"));
        var line = Assert.Single(EvaluationSerializer.ReadJsonLines(stream, "b.jsonl"));
        Assert.Equal(json, EvaluationSerializer.ToJson(line.Result.Value));
    }

    [Fact]
    public void ToJson_OnlyManagementAreas_NarrativeWritten()
    {
        var e = Parse(Full) with { Narrative = new Narrative { ManagementAreas = new Dictionary<string, string> { ["预算执行"] = "按进度支出。" } } };
        Assert.Contains("预算执行", EvaluationSerializer.ToJson(e), StringComparison.Ordinal);
        var empty = e with { Narrative = new Narrative() };
        Assert.DoesNotContain("narrative", EvaluationSerializer.ToJson(empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownRectificationStatus_ChineseErrorWithLine()
    {
        var r = EvaluationSerializer.Parse(Full.Replace("status: 整改中", "status: 差不多", StringComparison.Ordinal), "p.yaml");
        var error = Assert.Single(r.Errors);
        Assert.Equal("previousProblems[1].status", error.Path);
        Assert.Contains("整改状态应为", error.Message, StringComparison.Ordinal);
        Assert.Contains("p.yaml 第 20 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadOrganizationAndProblem_AllReportedWithPositions()
    {
        var text = Full
            .Replace("staffQuota: 21", "staffQuota: -1\n  internalBodyCount: 3", StringComparison.Ordinal)
            .Replace("- problem: 预算编制不够精细", "- problem: \"\"", StringComparison.Ordinal);
        var r = EvaluationSerializer.Parse(text, "o.yaml");
        Assert.Equal(["organization.internalBodyCount", "organization.staffQuota", "previousProblems[0].problem"], r.Errors.Select(e => e.Path).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(r.Errors, e => e.Message.Contains("列出了 2 个机构", StringComparison.Ordinal) && e.Message.Contains("o.yaml 第 10 行", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_IncomeWithNegativeBudget_ErrorNamesField()
    {
        var r = EvaluationSerializer.Parse(Full.Replace("budget: 1000.50", "budget: -5", StringComparison.Ordinal), "i.yaml");
        var error = Assert.Single(r.Errors);
        Assert.Equal("budget.incomeBySource[0].budget", error.Path);
        Assert.Contains("预算数", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExistingTestdata_StillValid()
    {
        foreach (var folder in new[] { "haizhu-2022", "huadu-2021", "huadu-2022", "qingshen-2023" })
        {
            var e = Parse(Repo.Read("testdata", folder, "evaluation.yaml"));
            Assert.Empty(e.PreviousProblems);
        }
    }
}
