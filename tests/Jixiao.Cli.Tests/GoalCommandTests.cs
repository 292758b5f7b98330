using System.Text.Json.Nodes;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao goals …` on the goal declarations of corpus units in testdata/goals/.</summary>
public class GoalCommandTests
{
    private static string Goals(string name) => Repo.Path("testdata", "goals", name);

    [Fact]
    public void GoalsCheck_TangxiProjectJson_FindingsWithCodesAndPaths()
    {
        var run = CliRun.Of("goals", "check", Goals("tangxi-2022-project.yaml"), "--json");

        Assert.Equal(0, run.ExitCode);
        var doc = JsonNode.Parse(run.Out)!;
        Assert.Equal(11, doc["indicators"]!.GetValue<int>());
        var findings = doc["findings"]!.AsArray();
        Assert.Contains(findings, f => f!["code"]!.GetValue<string>() == "GOAL-SATISFACTION-NO-SURVEY" && f["path"]!.GetValue<string>() == "annual.indicators[9].explanation");
        Assert.Contains(findings, f => f!["code"]!.GetValue<string>() == "LINT-VAGUE" && f["severity"]!.GetValue<string>() == "提示");
    }

    [Fact]
    public void GoalsCheck_HuaduDepartmentTable_NoFindings()
    {
        var run = CliRun.Of("goals", "check", Goals("huadu-zzb-2022-department.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("未发现问题", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalsCheck_PreviousYearsEvaluation_TargetBelowItsActualFlagged()
    {
        using var dir = new TempDir();
        var previous = dir.File("last.yaml", """
            unit: 中共广州市花都区委组织部
            year: 2021
            kind: 部门整体
            frameworkId: gz-district-dept-2022
            goals:
              - { level1: 产出指标, level2: 数量指标, name: 举办各类干部培训班次, operator: ≥, target: 16, unit: 期, actual: 23 }
            """);

        var run = CliRun.Of("goals", "check", Goals("huadu-zzb-2022-department.yaml"), "--previous", previous, "--json");

        Assert.Equal(0, run.ExitCode);
        var finding = Assert.Single(JsonNode.Parse(run.Out)!["findings"]!.AsArray());
        Assert.Equal("GOAL-BELOW-LAST-YEAR", finding!["code"]!.GetValue<string>());
        Assert.Contains(finding["evidence"]!.AsArray(), e => e!["label"]!.GetValue<string>() == "上年实际值" && e["value"]!.GetValue<string>() == "23"
            && e["source"]!.GetValue<string>().Contains("last.yaml goals[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void GoalsCheck_UnknownField_ExitOneWithLineAndColumn()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.yaml", """
            unit: 测试单位
            year: 2025
            kind: 部门整体
            frameworkId: gz-district-dept-2022
            annual:
              indicators:
                - { level1: 产出指标, name: 培训, tagret: 5 }
            """);

        var run = CliRun.Of("goals", "check", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tagret", run.Err, StringComparison.Ordinal);
        Assert.Contains("第 7 行", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void GoalsCheck_MissingFile_ExitOneNamingIt()
    {
        var run = CliRun.Of("goals", "check", "/nonexistent/goals.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("找不到", run.Err, StringComparison.Ordinal);
    }
}

/// <summary>`jixiao goals report` and `goals import`: the XLSX goal table out and back in.</summary>
public class GoalDocumentCommandTests
{
    [Fact]
    public void ReportXlsxThenImport_TangxiProject_SameGoals()
    {
        using var dir = new TempDir();
        var xlsx = dir.File("tangxi.xlsx");
        var yaml = dir.File("back.yaml");

        var report = CliRun.Of("goals", "report", Repo.Path("testdata", "goals", "tangxi-2022-project.yaml"), "--format", "xlsx", "-o", xlsx);
        var import = CliRun.Of("goals", "import", xlsx, "-o", yaml);

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("指标 11 个", import.Out, StringComparison.Ordinal);
        var original = Jixiao.Domain.Goals.GoalSerializer.Parse(Repo.Read("testdata", "goals", "tangxi-2022-project.yaml"), "a").Value;
        var back = Jixiao.Domain.Goals.GoalSerializer.Parse(File.ReadAllText(yaml), "b").Value;
        Assert.Equal(Jixiao.Domain.Goals.GoalSerializer.ToJson(original), Jixiao.Domain.Goals.GoalSerializer.ToJson(back));
    }

    [Fact]
    public void ReportDocx_Department_WritesAWordFile()
    {
        using var dir = new TempDir();
        var docx = dir.File("huadu.docx");

        var run = CliRun.Of("goals", "report", Repo.Path("testdata", "goals", "huadu-zzb-2022-department.yaml"), "--format", "docx", "-o", docx);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(docx)[..2]);
    }

    [Fact]
    public void ReportAndImport_BadArguments_UsageAndInputErrors()
    {
        using var dir = new TempDir();
        var junk = dir.File("junk.xlsx", "not a workbook");

        Assert.Equal(2, CliRun.Of("goals", "report", Repo.Path("testdata", "goals", "tangxi-2022-project.yaml"), "--format", "odt").ExitCode);
        var import = CliRun.Of("goals", "import", junk);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("不是有效的 XLSX", import.Err, StringComparison.Ordinal);
        import.AssertNoStackTrace();
    }
}
