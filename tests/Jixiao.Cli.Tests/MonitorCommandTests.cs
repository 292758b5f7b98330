using System.Text.Json;

namespace Jixiao.Cli.Tests;

public class MonitorCommandTests
{
    private static readonly string Sample = Repo.Path("testdata", "monitoring", "project-red.yaml");

    [Fact]
    public void Monitor_Sample_LightsWithArithmeticAndMissingReasons()
    {
        var run = CliRun.Of("monitor", Sample, "--today", "2026-08-13");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("v = 32.14% ÷ (7 ÷ 12) = 55.10% → 红灯", run.Out, StringComparison.Ordinal);
        Assert.Contains("v = 180 ÷ (200 × 7 ÷ 12) = 154.29% → 蓝灯", run.Out, StringComparison.Ordinal);
        Assert.Contains("距截止还有 2 天", run.Out, StringComparison.Ordinal);
        Assert.Contains("综合预警：红灯", run.Out, StringComparison.Ordinal);
        // 带动务工人数 forecasts 160 % of its target without a reason; 工程质量 is yellow without one.
        Assert.Contains("指标“带动务工人数”全年预计完成值为指标值的 160.00%（≥ 130%），缺少偏差原因（indicators[1].reasons）", run.Out, StringComparison.Ordinal);
        Assert.Contains("指标“工程质量”当前为黄灯，缺少纠偏措施", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("新建农村道路”当前为红灯，缺少", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Monitor_AsOfAndSettingsOptions_ChangeTheLights()
    {
        // Same data read as of 30 September (9 months): the budget light is redder still; the
        // other region's settings (red below 50) still call 41.67 % red.
        var run = CliRun.Of("monitor", Sample, "--as-of", "2026-09-30", "--today", "2026-08-01", "--json",
            "--settings", Repo.Path("testdata", "monitoring", "other-region.yaml"));
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("example-other-region", root.GetProperty("settingsId").GetString());
        Assert.Equal(42.86m, root.GetProperty("budget").GetProperty("percent").GetDecimal());
        Assert.Equal("红灯", root.GetProperty("budget").GetProperty("light").GetString());
        Assert.Equal("绿灯", root.GetProperty("deadline").GetProperty("light").GetString());
    }

    [Fact]
    public void Monitor_JsonLines_StreamedWithBadLineNamed()
    {
        using var dir = new TempDir();
        var task = """{"unit":"甲局","year":2026,"kind":"部门整体","asOf":"2026-06-30","funds":[{"source":"财政拨款","initial":100,"spent":50}]}""";
        var bad = """{"unit":"乙局","year":2026,"kind":"部门整体","funds":[{"source":"财政拨款","initial":-1}]}""";
        var path = dir.File("round.jsonl", task + "\n" + bad + "\n" + task.Replace("甲局", "丙局", StringComparison.Ordinal) + "\n");
        var run = CliRun.Of("monitor", path, "--json", "--today", "2026-07-01");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(3, JsonDocument.Parse(lines[1]).RootElement.GetProperty("line").GetInt32());
        Assert.Equal("绿灯", JsonDocument.Parse(lines[0]).RootElement.GetProperty("budget").GetProperty("light").GetString());
        Assert.Contains("第 2 行", run.Err, StringComparison.Ordinal);
        Assert.Contains("共 3 个监控任务：2 个已判断", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Monitor_BadDateOption_ChineseUsageError()
    {
        var run = CliRun.Of("monitor", Sample, "--as-of", "31/07/2026");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--as-of 应为日期", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Monitor_MissingFile_NamesIt()
    {
        var run = CliRun.Of("monitor", "no-such-task.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-task.yaml", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
