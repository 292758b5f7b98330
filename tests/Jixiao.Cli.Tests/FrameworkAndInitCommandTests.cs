namespace Jixiao.Cli.Tests;

public class FrameworkAndInitCommandTests
{
    [Fact]
    public void FrameworkList_ThreeBuiltIns()
    {
        var run = CliRun.Of("framework", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("gz-district-dept-2022", run.Out, StringComparison.Ordinal);
        Assert.Contains("national-project-2020", run.Out, StringComparison.Ordinal);
        Assert.Contains("sichuan-project", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkShow_Guangzhou_TreeRulesGradesAndPlaceholderMarked()
    {
        var run = CliRun.Of("framework", "show", "gz-district-dept-2022");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("【名称缺失】采购管理第2项指标（待补充）（占位名称）", run.Out, StringComparison.Ordinal);
        Assert.Contains("比率 结转结余 ÷ 调整后预算", run.Out, StringComparison.Ordinal);
        Assert.Contains("优 90分≤得分≤100分", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkShowYaml_PrintsSource()
    {
        var run = CliRun.Of("framework", "show", "sichuan-project", "--yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Repo.Path("frameworks", "sichuan-project.yaml")), run.Out);
    }

    [Fact]
    public void FrameworkShow_Unknown_Exit1()
    {
        var run = CliRun.Of("framework", "show", "nope");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("未知的评分表“nope”", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkValidate_BuiltIns_Exit0()
    {
        var run = CliRun.Of("framework", "validate");
        Assert.Equal(0, run.ExitCode);

        // Every file under frameworks/ is built in.
        var count = Directory.GetFiles(Repo.Path("frameworks"), "*.yaml").Length;
        Assert.True(count >= 4, "frameworks/ holds at least the four shipped frameworks");
        Assert.Contains($"共校验 {count} 个评分表，{count} 个通过，0 个未通过。", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkValidate_FrameworksFolder_EveryFilePasses()
    {
        var run = CliRun.Of("framework", "validate", Repo.Path("frameworks"));
        Assert.Equal(0, run.ExitCode);
        var count = Directory.GetFiles(Repo.Path("frameworks"), "*.yaml").Length;
        Assert.Contains($"共校验 {count} 个评分表，{count} 个通过，0 个未通过。", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkValidate_BrokenFile_Exit1WithEveryErrorAndPath()
    {
        using var dir = new TempDir();
        var yaml = File.ReadAllText(Repo.Path("frameworks", "gz-district-dept-2022.yaml"))
            .Replace("weight: 0.5", "weight: 0.75", StringComparison.Ordinal)
            .Replace("rule: { kind: execution-rate, basis: 调整后预算 }", "rule: { kind: execution-ratio }", StringComparison.Ordinal);
        var run = CliRun.Of("framework", "validate", dir.File("gz.yaml", yaml));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("indicators[1].children[4].children：“采购管理”的下级指标分值合计 10.25，与其分值 10 不符", run.Err, StringComparison.Ordinal);
        Assert.Contains("indicators[0].children[0].children[2].rule.kind：未知的评分规则“execution-ratio”", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("部门整体", "gz-district-dept-2022", "98.10")]
    [InlineData("项目", "national-project-2020", "95.50")]
    public void Init_Sample_WritesCompleteCommentedFileThatScores(string kind, string framework, string total)
    {
        using var dir = new TempDir();
        var path = dir.File("sample.yaml");
        var init = CliRun.Of("init", "--kind", kind, "-o", path);
        Assert.Equal(0, init.ExitCode);
        var text = File.ReadAllText(path);
        Assert.Contains("# ", text, StringComparison.Ordinal);
        Assert.Contains("frameworkId: " + framework, text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));

        var score = CliRun.Of("score", path);
        Assert.Equal(0, score.ExitCode);
        Assert.Contains($"总分：{total}", score.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_Stdout_DepartmentSample()
    {
        var run = CliRun.Of("init");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("kind: 部门整体", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_ExistingFile_RefusedUnlessForce()
    {
        using var dir = new TempDir();
        var path = dir.File("e.yaml", "keep");
        var refused = CliRun.Of("init", "-o", path);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("keep", File.ReadAllText(path));
        Assert.Equal(0, CliRun.Of("init", "-o", path, "--force").ExitCode);
        Assert.Contains("kind: 部门整体", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_OutputUnderAFile_IsAChineseErrorNamingThePath()
    {
        using var dir = new TempDir();
        var blocker = dir.File("folder-is-a-file", "keep");
        var path = Path.Combine(blocker, "e.yaml");
        var run = CliRun.Of("init", "-o", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"错误：{path}：无法写入文件：“{blocker}”是一个文件，不是文件夹", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        Assert.Equal("keep", File.ReadAllText(blocker));
    }

    [Fact]
    public void Init_UnknownKind_Exit1()
    {
        var run = CliRun.Of("init", "--kind", "专项");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("评价类型应为", run.Err, StringComparison.Ordinal);
    }
}
