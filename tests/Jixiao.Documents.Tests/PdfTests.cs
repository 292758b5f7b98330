using System.Diagnostics;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Word;

namespace Jixiao.Documents.Tests;

/// <summary>
/// Real LibreOffice conversions (installed by scripts/setup.sh). One batch per test class keeps the
/// start-up cost to one run.
/// </summary>
public sealed class PdfTests : IClassFixture<PdfTests.Batch>
{
    private readonly Batch batch;

    public PdfTests(Batch batch) => this.batch = batch;

    [Fact]
    public void Convert_HaizhuReport_TextHasPerformanceAndTotal()
    {
        var text = PdfText(batch.Pdf("haizhu-2022.report"));

        Assert.Contains("绩效", text, StringComparison.Ordinal);
        Assert.Contains("99", text, StringComparison.Ordinal);
        Assert.Contains("履职效能", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_HaizhuTable_TextHasPerformanceTotalAndIndicators()
    {
        var text = PdfText(batch.Pdf("haizhu-2022.table"));

        Assert.Contains("绩效", text, StringComparison.Ordinal);
        Assert.Contains("99", text, StringComparison.Ordinal);
        Assert.Contains("采购合同签订时效性", text, StringComparison.Ordinal);
        Assert.Contains("☑优", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_Huadu2021Report_HasComposedSentence()
    {
        var text = PdfText(batch.Pdf("huadu-2021.report")).Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

        Assert.Contains("预算数890.33万元，执行数714.07万元，完成预算的80.20%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_Pdfs_EmbedCjkFonts()
    {
        foreach (var name in new[] { "haizhu-2022.report", "haizhu-2022.table" })
        {
            var fonts = Run("pdffonts", batch.Pdf(name));
            var cjk = fonts.Split('\n').Where(l => l.Contains("CJK", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(cjk);
            Assert.All(cjk, l => Assert.Contains(" yes ", l, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Create_MissingConverter_SaysHowToInstallInChinese()
    {
        var result = LibreOfficePdfConverter.Create("/nonexistent/soffice");

        Assert.False(result.IsSuccess);
        Assert.Equal("pdf.converter-missing", result.Errors[0].Code);
        Assert.Contains("apt-get install", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("libreoffice-writer-nogui libreoffice-calc-nogui", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("未找到 LibreOffice", result.Errors[0].Message, StringComparison.Ordinal);
    }

    private static string PdfText(string pdf) => Run("pdftotext", "-layout", pdf, "-");

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return output;
    }

    /// <summary>Writes the corpus units' DOCX and XLSX and converts all of them in one LibreOffice run.</summary>
    public sealed class Batch : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("jixiao-pdf-").FullName;
        private readonly Dictionary<string, string> pdfs = [];

        public Batch()
        {
            var inputs = new List<string>();
            foreach (var name in Case.CorpusUnits)
            {
                var c = Case.Load(name);
                var docx = Path.Combine(dir, name + ".report.docx");
                File.WriteAllBytes(docx, DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());
                var xlsx = Path.Combine(dir, name + ".table.xlsx");
                File.WriteAllBytes(xlsx, XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score));
                inputs.Add(docx);
                inputs.Add(xlsx);
            }

            using var converter = LibreOfficePdfConverter.Create().Ok();
            var outputs = converter.Convert(inputs, Path.Combine(dir, "pdf")).Ok();
            foreach (var pdf in outputs)
            {
                pdfs[Path.GetFileNameWithoutExtension(pdf)] = pdf;
            }
        }

        public string Pdf(string name) => pdfs[name];

        public void Dispose() => Directory.Delete(dir, recursive: true);
    }
}
