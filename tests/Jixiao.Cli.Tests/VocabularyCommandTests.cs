namespace Jixiao.Cli.Tests;

public class VocabularyCommandTests
{
    [Fact]
    public void VocabularyValidate_BuiltIn_Exit0WithCounts()
    {
        var run = CliRun.Of("vocabulary", "validate");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("通过：reading/fields.yaml", run.Out, StringComparison.Ordinal);
        Assert.Contains("个字段标签", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void VocabularyValidate_ReadingFolder_Exit0()
    {
        var run = CliRun.Of("vocabulary", "validate", Repo.Path("reading"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"共 {Directory.GetFiles(Repo.Path("reading"), "*.yaml").Length} 个文件", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void VocabularyValidate_BrokenFile_Exit1NamingFileLineAndEntry()
    {
        using var dir = new TempDir();
        var path = dir.File("sichuan.yaml", "fields:\n  - field: budget.executed\n    role: rate\n    labels: [资金兑现数]\n");
        var run = CliRun.Of("vocabulary", "validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:3：第 3 行，fields[0]（budget.executed）的 role：该字段的角色应为 amount，实际写了 rate", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
