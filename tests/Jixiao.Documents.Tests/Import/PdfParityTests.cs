using Jixiao.Documents.Import;
using Jixiao.Documents.Pdf;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// A published text and the same text as a PDF read the same facts: corpus texts converted to PDF by the LibreOffice
/// that setup installs (one run for the class), where the page width wraps a sentence holding the budget, a title, and
/// |-separated table rows. Expected facts are those of the texts' expected.yaml (written by reading).
/// </summary>
public sealed class PdfParityTests : IClassFixture<PdfParityTests.Converted>
{
    private readonly Converted files;

    public PdfParityTests(Converted files) => this.files = files;

    [Fact]
    public void Import_PdfWithTheBudgetInAWrappedSentence_ReadsTheBudgetScoreAndKind()
    {
        // "2024年中央、省、市财政衔接推进乡村振兴补助资金1749万元" sits in a paragraph wrapped over three PDF lines.
        var d = Assert.Single(PublishedImporter.ImportFile(files.Pdf("ah-xiejiaji-nyslj-2024-transfer-report")).Documents);
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.Equal("谢家集区农业农村水利局", d.Evaluation.Unit);
        Assert.Equal(2024, d.Evaluation.Year);
        Assert.Equal(1749m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(100m, d.Stated.TotalScore);
    }

    [Fact]
    public void Import_PdfWithAWrappedTitle_ReadsATransferReport()
    {
        // The title "重庆市财政局 重庆市住房和城乡建设委员会关于2019年城镇保障性安居工程财政资金绩效评价自评报告" is wider than the page.
        var d = Assert.Single(PublishedImporter.ImportFile(files.Pdf("cq-czj-zfcxjw-2019-transfer-report-lawsite")).Documents);
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.Equal(2019, d.Evaluation.Year);
    }

    [Fact]
    public void Import_PdfWithWrappedTableRows_ReadsBudgetAndExecuted()
    {
        // The |-separated rows of the transfer table run over two or three PDF lines each.
        var d = Assert.Single(PublishedImporter.ImportFile(files.Pdf("ah-xuancheng-nyncj-2024-transfer-table-trad")).Documents);
        Assert.Equal(DocumentKind.TransferPaymentTable, d.Kind);
        Assert.Equal(2024, d.Evaluation.Year);
        Assert.Equal(390m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(390m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Import_PdfOfATextGluedIntoOneLine_ReadsTheTableNotTheNarrative()
    {
        // One line of the text holds the whole table; the PDF wraps it over many lines. 全年预算数 132.912, 年初预算数 202.64.
        var d = Assert.Single(PublishedImporter.ImportFile(files.Pdf("ah-chizhou-tangxi-cunji-2022-project-table-yuan")).Documents);
        Assert.Equal(DocumentKind.ProjectTable, d.Kind);
        Assert.Equal(132.912m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(132.912m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Unwrap_LinesFillingTheWidth_JoinedButNotIndentedOrColumnLines()
    {
        var full = new string('字', 40);
        var other = new string('文', 40);
        var text = string.Join('\n',
            full, other, "资金 1749 万元。", string.Empty,
            full, "  新段落开头", string.Empty,
            "项目名称          预算数          执行数" + new string('字', 20), "合计   100   100", full, string.Empty,
            full[..^1] + "。", "- 6、新的一条", full[..^1] + "：", "2.下一节");
        var lines = PdfLines.Unwrap(text).Split('\n');
        Assert.Equal(full + other + "资金1749万元。", lines[0]);
        Assert.Equal(full, lines[2]);
        Assert.Equal("  新段落开头", lines[3]);
        Assert.Equal("合计   100   100", lines[6]);
        Assert.Equal("- 6、新的一条", lines[10]);
        Assert.Equal("2.下一节", lines[12]);
    }

    /// <summary>The four corpus texts converted to PDF in one LibreOffice run.</summary>
    public sealed class Converted : IDisposable
    {
        private static readonly string[] Names =
        [
            "ah-xiejiaji-nyslj-2024-transfer-report", "cq-czj-zfcxjw-2019-transfer-report-lawsite",
            "ah-xuancheng-nyncj-2024-transfer-table-trad", "ah-chizhou-tangxi-cunji-2022-project-table-yuan",
        ];

        private readonly string dir = Directory.CreateTempSubdirectory("jixiao-pdfparity-").FullName;

        public Converted()
        {
            using var converter = LibreOfficePdfConverter.Create().Ok();
            converter.Convert([.. Names.Select(n => CorpusFiles.Path(n + ".txt"))], Path.Combine(dir, "pdf")).Ok();
        }

        public string Pdf(string name) => Path.Combine(dir, "pdf", name + ".pdf");

        public void Dispose() => Directory.Delete(dir, recursive: true);
    }
}
