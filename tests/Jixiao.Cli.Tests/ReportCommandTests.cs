using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Cli.Tests.Reports;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("jixiao-report-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Report_Docx_WritesReportAndSaysWhere()
    {
        var target = Path.Combine(dir, "h21.docx");
        var (code, output, error) = Run("report", Testdata("huadu-2021"), "--format", "docx", "-o", target);

        Assert.Equal(0, code);
        Assert.Contains("提示：缺少“自评工作开展情况”（narrative.selfEvaluation），已在报告中标注【待填写】", error, StringComparison.Ordinal);
        Assert.Contains("提示：草稿中还有", error, StringComparison.Ordinal);
        Assert.Contains("已生成：" + target, output, StringComparison.Ordinal);
        using var doc = WordprocessingDocument.Open(target, false);
        Assert.Contains("完成预算的80.20%", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.Equal(["h21.docx"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("html")]
    public void Report_OutputUnderAFile_IsAChineseErrorNamingThePathAndWritesNothing(string format)
    {
        var blocker = Path.Combine(dir, "已有文件");
        File.WriteAllText(blocker, "x");
        var target = Path.Combine(blocker, "报告." + format);
        var run = CliRun.Of("report", Testdata("haizhu-2022"), "--format", format, "-o", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"错误：{target}：无法写入文件：“{blocker}”是一个文件，不是文件夹", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("内部错误", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        Assert.Equal(["已有文件"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Report_Xlsx_WritesScoreTable()
    {
        var target = Path.Combine(dir, "hz.xlsx");
        var (code, _, _) = Run("report", Testdata("haizhu-2022"), "--format", "xlsx", "-o", target);

        Assert.Equal(0, code);
        using var doc = SpreadsheetDocument.Open(target, false);
        Assert.Equal("自评表", doc.WorkbookPart!.Workbook!.Sheets!.First().GetAttribute("name", string.Empty).Value);
    }

    [Fact]
    public void Report_MarkdownWithoutOutput_PrintsAndWarnsAboutDraft()
    {
        var (code, output, error) = Run("report", Testdata("haizhu-2022"), "--format", "md");

        Assert.Equal(0, code);
        Assert.StartsWith("# 中国共产党广州市海珠区委员会组织部2022年度部门整体支出绩效自评报告", output, StringComparison.Ordinal);
        Assert.Contains("提示：缺少“存在的主要问题”", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FinalWithMissingNarrative_ExitsOneListsMissingAndWritesNothing()
    {
        var target = Path.Combine(dir, "final.docx");
        var (code, _, error) = Run("report", Testdata("haizhu-2022"), "--format", "docx", "--final", "-o", target);

        Assert.Equal(1, code);
        Assert.Contains("错误：narrative.problems：终稿缺少必填内容：存在的主要问题", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void Report_Pdf_ConvertsWithLibreOffice()
    {
        var target = Path.Combine(dir, "hz.pdf");
        var (code, _, error) = Run("report", Testdata("complete-project-2024"), "--format", "pdf", "-o", target);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(File.ReadAllBytes(target)[..4]), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_JsonLinesBatch_WritesOneFilePerLineAndSummarises()
    {
        var jsonl = Path.Combine(dir, "all.jsonl");
        var lines = new[] { "huadu-2021", "huadu-2022", "haizhu-2022" }
            .Select(n => EvaluationSerializer.ToJsonLine(EvaluationSerializer.Parse(File.ReadAllText(Testdata(n)), n).Value))
            .Append("{\"unit\": 1}");
        File.WriteAllLines(jsonl, lines);
        var outDir = Path.Combine(dir, "out");

        var (code, output, error) = Run("report", jsonl, "--format", "xlsx", "-o", outDir);

        Assert.Equal(1, code);
        Assert.Equal(3, Directory.GetFiles(outDir, "*.xlsx").Length);
        Assert.Contains("中国共产党广州市海珠区委员会组织部-2022.xlsx", Directory.GetFiles(outDir).Select(Path.GetFileName));
        Assert.Matches("成功（完整）\\s*│\\s*0", output);
        Assert.Matches("成功（草稿，有待补内容）\\s*│\\s*3", output);
        Assert.Matches("失败\\s*│\\s*1", output);
        Assert.Contains("all.jsonl:4", error, StringComparison.Ordinal);
        Assert.Contains("提示：中国共产党广州市海珠区委员会组织部-2022.xlsx：1 处待补内容", error, StringComparison.Ordinal);
        Assert.EndsWith("警告：3 份文件仍有待补内容（共 3 处），是草稿，不能作为终稿提交", error.TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
    }

    [Fact]
    public void Report_UnknownFormat_IsUsageError()
    {
        var (code, _, error) = Run("report", Testdata("haizhu-2022"), "--format", "odt");

        Assert.Equal(2, code);
        Assert.Contains("用法错误", error, StringComparison.Ordinal);
    }

    private static string Testdata(string name)
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Jixiao.slnx")))
        {
            d = d.Parent;
        }

        return Path.Combine(d!.FullName, "testdata", name, "evaluation.yaml");
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
