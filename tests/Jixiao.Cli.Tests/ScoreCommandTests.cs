using System.Text.Json;

namespace Jixiao.Cli.Tests;

public class ScoreCommandTests
{
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string Haizhu = Repo.Path("testdata", "haizhu-2022", "evaluation.yaml");
    private static readonly string Qingshen = Repo.Path("testdata", "qingshen-2023", "evaluation.yaml");

    [Fact]
    public void Score_Haizhu_TableWith99And优()
    {
        var run = CliRun.Of("score", Haizhu);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("总分：99.00（满分 100）  评价等级：优", run.Out, StringComparison.Ordinal);
        var rateRow = run.Out.Split('\n').Single(l => l.Contains("部门预算资金支出率", StringComparison.Ordinal));
        Assert.Contains("9.00", rateRow, StringComparison.Ordinal);
        Assert.Contains("10 × 90.00% = 9.00", rateRow, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Err);
    }

    [Fact]
    public void Score_TableRows_CjkColumnsAligned()
    {
        // Every table row has its column separators at the same display columns (CJK counted double).
        var rows = CliRun.Of("score", Haizhu).Out.Split('\n').Where(l => l.StartsWith('│')).ToList();
        static List<int> Bars(string line)
        {
            var positions = new List<int>();
            var width = 0;
            foreach (var c in line)
            {
                if (c == '│')
                {
                    positions.Add(width);
                }

                width += c is >= '\u1100' and (<= '\u115f' or (>= '\u2e80' and <= '\ua4cf') or (>= '\uac00' and <= '\ud7a3') or (>= '\uf900' and <= '\ufaff') or (>= '\ufe30' and <= '\ufe4f') or (>= '\uff00' and <= '\uff60') or (>= '\uffe0' and <= '\uffe6')) ? 2 : 1;
            }

            return positions;
        }

        var first = Bars(rows[0]);
        Assert.All(rows, r => Assert.Equal(first, Bars(r)));
        Assert.True(rows.Count >= 37);
    }

    [Fact]
    public void Score_HaizhuJson_TotalGradeAndEveryIndicatorExplained()
    {
        var run = CliRun.Of("score", Haizhu, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(99m, root.GetProperty("total").GetDecimal());
        Assert.Equal("优", root.GetProperty("grade").GetString());
        var indicators = root.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(36, indicators.Count);   // 2 + 8 + 26
        foreach (var i in indicators)
        {
            Assert.False(string.IsNullOrEmpty(i.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(i.GetProperty("name").GetString()));
            Assert.True(i.GetProperty("weight").GetDecimal() > 0m);
            Assert.False(string.IsNullOrEmpty(i.GetProperty("explanation").GetProperty("text").GetString()));
        }

        var rate = indicators.Single(i => i.GetProperty("code").GetString() == "1.1.3");
        Assert.Equal(9m, rate.GetProperty("score").GetDecimal());
        Assert.Equal(10m, rate.GetProperty("weight").GetDecimal());
        Assert.Equal("inputs[\"1.1.3\"].value", rate.GetProperty("explanation").GetProperty("inputs")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Score_QingshenWhole_Exit1ListingGoalsWithoutActual()
    {
        var run = CliRun.Of("score", Qingshen);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("goals[0].actual：绩效指标“发放(缴纳)覆盖率”缺少完成值", run.Err, StringComparison.Ordinal);
        Assert.Contains("goals[1].actual：绩效指标“足额保障率(参保率)”缺少完成值", run.Err, StringComparison.Ordinal);
        Assert.Matches(@"evaluation\.yaml 第 \d+ 行第 \d+ 列", run.Err);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Score_MalformedYaml_Exit1WithLineAndColumn()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("score", dir.File("bad.yaml", "unit: 甲\nyear: 2024\n  kind: 项目\n"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("第 3 行第 7 列", run.Err, StringComparison.Ordinal);
        Assert.Contains("bad.yaml", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("frameworkId: gz-district-dept-2022", "frameworkId: gz-2099", "frameworkId：未知的评分表“gz-2099”")]
    [InlineData("  adjusted: 1297.59", "  adjusted: -1297.59", "budget.adjusted：“调整后预算”不能为负数")]
    [InlineData("kind: 部门整体", "kind: 部门", "kind：评价类型应为“部门整体”或“项目”")]
    public void Score_BadHaizhuVariant_Exit1NamingTheField(string from, string to, string message)
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Haizhu);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var run = CliRun.Of("score", dir.File("e.yaml", text.Replace(from, to, StringComparison.Ordinal)));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Score_QualitativeScoreOutsideRange_Exit1NamingGoalScore()
    {
        using var dir = new TempDir();
        var sample = CliRun.Of("init").Out.Replace("    score: 9  ", "    score: 5  ", StringComparison.Ordinal);
        var run = CliRun.Of("score", dir.File("q.yaml", sample));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("goals[3].score：定性指标“干部工作信息化水平”选择“达成年度指标”，得分应在 8–10 分之间", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FrameworkFileWhoseWeightsDoNotSum_Exit1NamingThePath()
    {
        using var dir = new TempDir();
        var framework = File.ReadAllText(Repo.Path("frameworks", "sichuan-project.yaml")).Replace("weight: 90", "weight: 85", StringComparison.Ordinal);
        var run = CliRun.Of("score", Repo.Path("testdata", "haizhu-2022", "evaluation.yaml"), "--framework", dir.File("f.yaml", framework));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("indicators：", run.Err, StringComparison.Ordinal);
        Assert.Contains("合计 95", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingFile_Exit1()
    {
        var run = CliRun.Of("score", "/nonexistent/e.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("找不到", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_JsonLines_OneResultPerLineErrorsNamingTheLine()
    {
        using var dir = new TempDir();
        var good = JsonSerializer.Serialize(new { unit = "甲", year = 2024, kind = "项目", frameworkId = "sichuan-project", budget = new { adjusted = 100, executed = 95 },
            goals = new[] { new { level1 = "产出指标", name = "覆盖率", @operator = "=", target = 100, actual = 100, weight = 90 } } },
            ReadableJson);
        var bad = "{\"unit\": \"乙\", \"year\": 2024, \"kind\": \"项目\", \"frameworkId\": \"sichuan-project\", \"budget\": {\"executed\": -1}}";
        var file = dir.File("batch.jsonl", good + "\n" + bad + "\n" + good.Replace("甲", "丙", StringComparison.Ordinal) + "\n");

        var text = CliRun.Of("score", file);
        Assert.Equal(1, text.ExitCode);
        Assert.Equal(["1\t甲\t99.50\t优", "3\t丙\t99.50\t优"], text.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray());
        Assert.Contains("第 2 行", text.Err, StringComparison.Ordinal);
        Assert.Contains("budget.executed", text.Err, StringComparison.Ordinal);
        Assert.Contains("共 3 条评价：2 条计分成功，1 条有误", text.Err, StringComparison.Ordinal);

        var json = CliRun.Of("score", file, "--json");
        var lines = json.Out.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, first.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(99.5m, first.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal("优", first.RootElement.GetProperty("grade").GetString());
    }

    [Fact]
    public void Explain_QingshenExecution_100PercentScore10()
    {
        var run = CliRun.Of("explain", Qingshen, "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("自评分：10.00", run.Out, StringComparison.Ordinal);
        Assert.Contains("预算执行率 100.00%（执行数 251.89 万元 ÷ 调整后预算 251.89 万元）", run.Out, StringComparison.Ordinal);
        Assert.Contains("budget.adjusted", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_HaizhuRate_InputsRuleArithmetic()
    {
        var run = CliRun.Of("explain", Haizhu, "1.1.3");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("规则：预算执行率", run.Out, StringComparison.Ordinal);
        Assert.Contains("计算：10 × 90.00% = 9.00", run.Out, StringComparison.Ordinal);
        Assert.Contains("inputs[\"1.1.3\"].value", run.Out, StringComparison.Ordinal);
        Assert.Contains("未达标原因：各项工作开支设置不够细化。", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownCode_Exit1()
    {
        var run = CliRun.Of("explain", Haizhu, "9.9");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("没有编码为“9.9”的指标", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("score")]
    [InlineData("score a.yaml --bogus")]
    public void Run_UsageErrors_Exit2(string commandLine)
    {
        var run = CliRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("用法错误", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_Exit0()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("score", run.Out, StringComparison.Ordinal);
    }
}
