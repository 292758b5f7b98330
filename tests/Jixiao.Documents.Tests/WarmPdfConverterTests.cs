using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Word;

namespace Jixiao.Documents.Tests;

/// <summary>
/// The warm LibreOffice pool with the LibreOffice and python3-uno that setup.sh installs: conversions, a crashed
/// LibreOffice restarted, a hung conversion cut off by its timeout. One pool for the class (its start is paid once).
/// </summary>
public sealed class WarmPdfConverterTests : IClassFixture<WarmPdfConverterTests.Pool>
{
    private readonly Pool pool;

    public WarmPdfConverterTests(Pool pool) => this.pool = pool;

    [Fact]
    public void Create_WithPythonUnoInstalled_IsWarm()
    {
        Assert.True(pool.Converter.IsWarm, "python3-uno not found: run scripts/setup.sh");
        Assert.Equal(1, pool.Converter.Size);
    }

    [Fact]
    public void ConvertBytes_HaizhuReport_MakesPdfWithTheTotal()
    {
        var c = Case.Load("haizhu-2022");
        var pdf = pool.Converter.ConvertBytes(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok(), ".docx").Ok();

        var text = PdfText(pdf);
        Assert.Contains("绩效自评", text, StringComparison.Ordinal);
        Assert.Contains("99", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertBytes_TableEditedWithoutRecalculation_PrintsTheRecalculatedTotal()
    {
        // 执行数 1245.68 → 700 typed into the cell; the formulas still cache 98.1. The PDF shows what the figures give.
        var c = Case.Sample("department");
        var xlsx = XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score);
        var book = new Workbook(xlsx);
        var head = book.Find(XlsxScoreTableWriter.DepartmentSheet, "执行数");
        var cell = Workbook.Column(head) + (Workbook.Row(head) + 3).ToString(CultureInfo.InvariantCulture);
        Assert.Equal("1245.68", book.Cell(XlsxScoreTableWriter.DepartmentSheet, cell)!.Value);
        var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var doc = SpreadsheetDocument.Open(stream, true))
        {
            var part = (WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!);
            part.Worksheet!.Descendants<Cell>().Single(x => x.CellReference!.Value == cell).CellValue = new CellValue("700");
        }

        var text = PdfText(pool.Converter.ConvertBytes(stream.ToArray(), ".xlsx").Ok());

        var edited = c.Evaluation with { Budget = c.Evaluation.Budget with { Executed = 700m } };
        var total = Domain.Scoring.Scorer.Score(c.Framework, edited).Ok().Total;
        Assert.Equal(93.89m, total);
        Assert.Contains("93.89", text, StringComparison.Ordinal);
        Assert.DoesNotContain("98.1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_AfterLibreOfficeWasKilled_RestartsItAndSucceeds()
    {
        var docx = Docx();
        pool.Converter.ConvertBytes(docx, ".docx").Ok(); // warm
        var office = pool.Converter.OfficeProcessIds();
        Assert.NotEmpty(office);
        var restarts = pool.Converter.Restarts;
        foreach (var pid in office)
        {
            try
            {
                using var p = Process.GetProcessById(pid);
                p.Kill();
                p.WaitForExit(10_000);
            }
            catch (ArgumentException)
            {
                // Already gone with its parent.
            }
        }

        var pdf = pool.Converter.ConvertBytes(docx, ".docx");

        Assert.True(pdf.IsSuccess, string.Join("\n", pdf.Errors));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Value, 0, 4), StringComparison.Ordinal);
        Assert.True(pool.Converter.Restarts > restarts);
        Assert.DoesNotContain(office, pool.Converter.OfficeProcessIds().Contains);
    }

    [Fact]
    public void Convert_LongerThanItsTimeout_FailsWithTheChineseTimeoutMessageAndRecovers()
    {
        var docx = Docx();
        pool.Converter.ConvertBytes(docx, ".docx").Ok(); // warm: the next one hangs only past its (tiny) timeout

        var hung = pool.Converter.ConvertBytes(docx, ".docx", TimeSpan.FromTicks(1));

        var error = Assert.Single(hung.Errors);
        Assert.Equal(WarmPdfConverter.TimeoutCode, error.Code);
        Assert.StartsWith("PDF 转换超时（超过 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("已终止并重启 LibreOffice 转换进程", error.Message, StringComparison.Ordinal);
        Assert.True(pool.Converter.ConvertBytes(docx, ".docx").IsSuccess);
    }

    private static byte[] Docx()
    {
        var c = Case.Load("huadu-2021");
        return DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok();
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "jixiao-warm-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add("-layout");
            start.ArgumentList.Add(path);
            start.ArgumentList.Add("-");
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One warm LibreOffice for the class.</summary>
    public sealed class Pool : IDisposable
    {
        public WarmPdfConverter Converter { get; } = WarmPdfConverter.Create(size: 1).Ok();

        public void Dispose() => Converter.Dispose();
    }
}
