using Jixiao.Domain.Monitoring;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>Monitoring task files and settings files: read with located errors, validated like frameworks.</summary>
public class MonitoringFilesTests
{
    [Fact]
    public void Catalog_BuiltInSettings_AllValid()
    {
        Assert.NotEmpty(MonitoringCatalog.Sources());
        foreach (var (file, yaml) in MonitoringCatalog.Sources())
        {
            var result = MonitoringSettingsLoader.Parse(yaml, file);
            Assert.True(result.IsSuccess, file + "：" + string.Join("；", result.Errors));
        }

        Assert.Equal(MonitoringCatalog.DefaultId, MonitoringCatalog.Get(null).Value.Id);
    }

    [Fact]
    public void Catalog_UnknownId_ListsKnownIds()
    {
        var result = MonitoringCatalog.Get("no-such-region");
        Assert.False(result.IsSuccess);
        Assert.Contains("national-default", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsLoader_BandsOutOfOrder_ErrorWithLine()
    {
        const string yaml = "id: x\nname: 测试\nbudget:\n  - { below: 80, light: 红 }\n  - { below: 60, light: 黄 }\n  - { light: 绿 }\n";
        var result = MonitoringSettingsLoader.Parse(yaml, "x.yaml");
        var error = Assert.Single(result.Errors);
        Assert.Equal("budget[1].below", error.Path);
        Assert.Contains("从小到大", error.Message, StringComparison.Ordinal);
        Assert.Contains("x.yaml 第 5 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsLoader_UnknownLightAndField_BothReported()
    {
        const string yaml = "id: x\nname: 测试\nzeroTarget: 紫\ncolour: 1\n";
        var result = MonitoringSettingsLoader.Parse(yaml, "x.yaml");
        Assert.Contains(result.Errors, e => e.Path == "zeroTarget" && e.Message.Contains('紫', StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Path == "colour");
    }

    [Fact]
    public void SettingsLoader_LastBandWithBound_Error()
    {
        const string yaml = "id: x\nname: 测试\nindicator:\n  - { below: 60, light: 红 }\n  - { below: 80, light: 绿 }\n";
        var result = MonitoringSettingsLoader.Parse(yaml, "x.yaml");
        Assert.Contains(result.Errors, e => e.Path == "indicator[1].below" && e.Message.Contains("最后一个档次", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SampleTask_ReadsFundsAndIndicators()
    {
        var result = MonitoringSerializer.Parse(Repo.Read("testdata", "monitoring", "project-red.yaml"), "project-red.yaml");
        Assert.True(result.IsSuccess, string.Join("；", result.Errors));
        var task = result.Value;
        Assert.Equal(EvaluationKind.Project, task.Kind);
        Assert.Equal(120m, task.Funds[0].EffectiveBudget());
        Assert.Equal(4, task.Indicators.Count);
        Assert.Equal(QualitativeAnswer.PartlyAchieved, task.Indicators[3].Progress);
    }

    [Fact]
    public void Parse_BadNumber_ErrorNamesFieldLineAndColumn()
    {
        const string yaml = "unit: 某局\nyear: 2026\nkind: 部门整体\nfunds:\n  - { source: 财政拨款, initial: 一百, spent: 5 }\n";
        var result = MonitoringSerializer.Parse(yaml, "t.yaml");
        var error = Assert.Single(result.Errors);
        Assert.Contains("funds[0].initial", error.Message, StringComparison.Ordinal);
        Assert.Contains("t.yaml 第 5 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownField_PointsToMonitoringFormat()
    {
        var result = MonitoringSerializer.Parse("unit: 某局\nyear: 2026\nkind: 部门整体\nspend: 5\n", "t.yaml");
        Assert.Contains("docs/monitoring.md", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ProjectWithoutName_AndIndicatorWithoutTarget_Refused()
    {
        const string yaml = "unit: 某局\nyear: 2026\nkind: 项目\nindicators:\n  - { level1: 产出指标, name: 培训次数, operator: ≥, current: 3 }\n";
        var result = MonitoringSerializer.Parse(yaml, "t.yaml");
        Assert.Contains(result.Errors, e => e.Path == "projectName");
        Assert.Contains(result.Errors, e => e.Path == "indicators[0].target" && e.Message.Contains("t.yaml 第 5 行", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadJsonLines_BadLine_ReportedWithItsNumberOthersRead()
    {
        var lines = "{\"unit\":\"甲\",\"year\":2026,\"kind\":\"部门整体\"}\n\n{\"unit\":\"乙\",\"year\":\"x\",\"kind\":\"部门整体\"}\n{\"unit\":\"丙\",\"year\":2026,\"kind\":\"部门整体\"}\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(lines));
        var results = MonitoringSerializer.ReadJsonLines(stream, "t.jsonl").ToList();
        Assert.Equal([1L, 3L, 4L], results.Select(r => r.Line));
        Assert.True(results[0].Result.IsSuccess);
        Assert.False(results[1].Result.IsSuccess);
        Assert.Contains("第 3 行", results[1].Result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("丙", results[2].Result.Value.Unit);
    }
}
