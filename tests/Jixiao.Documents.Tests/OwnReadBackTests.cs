using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Word;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests;

/// <summary>
/// Our own documents read back from any editor: PDFs (report and table) through their text layer and a DOCX
/// re-saved by LibreOffice without its data part give the same unit, year, figures and scores as the
/// evaluation, and the checks find nothing the evaluation itself does not have. Two LibreOffice runs in all.
/// </summary>
public sealed class OwnReadBackTests : IClassFixture<OwnReadBackTests.Files>
{
    private static readonly string[] Units = ["haizhu-2022", "huadu-2022"];

    private readonly Files files;

    public OwnReadBackTests(Files files) => this.files = files;

    /// <summary>Reports and tables of Haizhu and Huadu 2022 as PDF, and their reports re-saved by LibreOffice as DOCX.</summary>
    public sealed class Files : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("jixiao-readback-").FullName;

        public Files()
        {
            var docx = new List<string>();
            var inputs = new List<string>();
            foreach (var name in Units)
            {
                var c = Case.Load(name);
                var report = Path.Combine(dir, name + ".report.docx");
                File.WriteAllBytes(report, DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());
                var table = Path.Combine(dir, name + ".table.xlsx");
                File.WriteAllBytes(table, XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score));
                docx.Add(report);
                inputs.AddRange([report, table]);
            }

            using (var converter = LibreOfficePdfConverter.Create().Ok())
            {
                converter.Convert(inputs, Path.Combine(dir, "pdf")).Ok();
            }

            // Re-saved as a WPS or LibreOffice user would: the same DOCX opened and saved again by LibreOffice.
            var soffice = LibreOfficePdfConverter.Locate() ?? throw new InvalidOperationException(LibreOfficePdfConverter.InstallHint);
            var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{Path.Combine(dir, "profile")}", "--convert-to", "docx", "--outdir", Path.Combine(dir, "resaved") })
            {
                psi.ArgumentList.Add(a);
            }

            docx.ForEach(psi.ArgumentList.Add);
            using var process = Process.Start(psi)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(180_000), "soffice --convert-to docx timed out");
        }

        public string Pdf(string name) => Path.Combine(dir, "pdf", name + ".pdf");

        public string Docx(string name) => Path.Combine(dir, name + ".report.docx");

        public string Resaved(string name) => Path.Combine(dir, "resaved", name + ".report.docx");

        public void Dispose() => Directory.Delete(dir, recursive: true);
    }

    public static TheoryData<string, string> Forms()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in Units)
        {
            data.Add(unit, "table.pdf");
            data.Add(unit, "report.pdf");
            data.Add(unit, "resaved.docx");
            data.Add(unit, "docx");
        }

        return data;
    }

    private string PathOf(string unit, string form) => form switch
    {
        "table.pdf" => files.Pdf(unit + ".table"),
        "report.pdf" => files.Pdf(unit + ".report"),
        "resaved.docx" => files.Resaved(unit),
        _ => files.Docx(unit),
    };

    private static OwnFileReadBack ReadBack(string path)
    {
        var read = OwnDocumentReader.ReadBack(path);
        Assert.NotNull(read);
        Assert.True(read.IsSuccess, string.Join("；", read.Errors));
        return read.Value;
    }

    private static IReadOnlyList<Finding> Check(OwnFileReadBack back, string name) =>
        Checker.Run(new CheckSubject { Name = name, Evaluation = back.Evaluation, Stated = back.Stated, Sources = back.Sources }, FrameworkCatalog.Get(back.Evaluation.FrameworkId).Value);

    [Theory]
    [MemberData(nameof(Forms))]
    public void ReadBack_AnyForm_SameUnitYearScoresAndBudget(string unit, string form)
    {
        var c = Case.Load(unit);
        var back = ReadBack(PathOf(unit, form));
        var e = back.Evaluation;
        Assert.Equal(c.Evaluation.Unit, e.Unit);
        Assert.Equal(c.Evaluation.Year, e.Year);
        Assert.Equal(c.Evaluation.FrameworkId, e.FrameworkId);
        if (back.Notes.Any(n => n.Contains("显示为“###”", StringComparison.Ordinal)))
        {
            // The table printed the budget as ### (its column too narrow in the PDF): not read, and said so.
            Assert.Null(e.Budget.Adjusted);
        }
        else
        {
            Assert.Equal(c.Evaluation.Budget.Adjusted, e.Budget.Adjusted);
            Assert.Equal(c.Evaluation.Budget.Executed, e.Budget.Executed);
        }

        Assert.Empty(back.Differences);

        // Rescored from what was read, the framework gives the same total and grade.
        var rescored = Scorer.Score(FrameworkCatalog.Get(e.FrameworkId).Value, e).Ok();
        Assert.Equal(c.Score.Total, rescored.Total);
        Assert.Equal(c.Score.Grade?.Name, rescored.Grade?.Name);
        if (form != "docx")
        {
            // Read from what is visible: every leaf with the score the document shows, and the stated total and grade.
            Assert.Equal(c.Score.Total, back.Stated.TotalScore);
            Assert.Equal(c.Score.Grade?.Name, back.Stated.Grade);
            Assert.Equal(c.Framework.Leaves().Count(), back.Stated.ScoreRows.Count);
            foreach (var row in back.Stated.ScoreRows)
            {
                Assert.Equal(c.Score.Find(row.LeafCode!)!.Score, row.Score);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Check_AnyForm_NoSuspectOrCertainFindingTheEvaluationDoesNotHave(string unit, string form)
    {
        var c = Case.Load(unit);
        var expected = Checker.Run(new CheckSubject { Name = unit, Evaluation = c.Evaluation }, c.Framework)
            .Where(f => f.Severity != Severity.Note).Select(f => f.Code).ToHashSet();
        var back = ReadBack(PathOf(unit, form));
        var found = Check(back, unit + "." + form).Where(f => f.Severity != Severity.Note).ToList();
        Assert.True(found.All(f => expected.Contains(f.Code)), string.Join("；", found.Select(f => f.Code + " " + f.Message)));
    }

    [Fact]
    public void ReadBack_HaizhuTablePdf_TextLayerTotal99ExcellentNothingFound()
    {
        var back = ReadBack(files.Pdf("haizhu-2022.table"));
        Assert.StartsWith("PDF 文字层", back.Source, StringComparison.Ordinal);
        Assert.Equal(99m, back.Stated.TotalScore);
        Assert.Equal("优", back.Stated.Grade);
        Assert.Equal(100m, back.Stated.TotalWeight);
        Assert.Equal("各项工作开支设置不够细化。", back.Evaluation.Inputs["1.1.3"].Reason);
        Assert.DoesNotContain(Check(back, "t.pdf"), f => f.Severity != Severity.Note);
    }

    [Fact]
    public void ReadBack_DocxResavedByLibreOffice_DataPartGoneVisibleContentRead()
    {
        using (var zip = ZipFile.OpenRead(files.Resaved("haizhu-2022")))
        {
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("customXml/", StringComparison.Ordinal));
        }

        var back = ReadBack(files.Resaved("haizhu-2022"));
        Assert.StartsWith("可见内容（数据部件缺失", back.Source, StringComparison.Ordinal);
        Assert.Equal(99m, back.Stated.TotalScore);
        Assert.DoesNotContain(Check(back, "h.docx"), f => f.Severity != Severity.Note);

        // TryRead (import) reads it too instead of calling it foreign.
        var read = OwnDocumentReader.TryRead(files.Resaved("haizhu-2022"));
        Assert.NotNull(read);
        Assert.Equal("中国共产党广州市海珠区委员会组织部", read.Ok().Unit);
    }

    [Fact]
    public void ReadBack_Huadu2022ReportPdf_NarrativeAndBudgetRead()
    {
        var c = Case.Load("huadu-2022");
        var back = ReadBack(files.Pdf("huadu-2022.report"));
        Assert.Equal(RecycledText.Clean(c.Evaluation.Narrative.Problems!), RecycledText.Clean(back.Evaluation.Narrative.Problems!));
        Assert.Equal(RecycledText.Clean(c.Evaluation.Narrative.Measures!), RecycledText.Clean(back.Evaluation.Narrative.Measures!));
        Assert.InRange(back.Evaluation.Budget.StatedRatePercent!.Value, 96.15m, 96.25m); // 2,233.44 ÷ 2,322.6 as the report prints it
        Assert.Contains(Check(back, "r.pdf"), f => f.Code == "REASON-MISSING" && f.Message.Contains("部门预算资金支出率", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadBack_DocxScoreEditedByHand_DifferenceWithDataPart()
    {
        var c = Case.Load("haizhu-2022");
        var bytes = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            // In the score table, the 部门预算资金支出率 row's 得分 9 becomes 10 (the data part still says 9).
            var row = doc.MainDocumentPart!.Document!.Body!.Descendants<W.TableRow>()
                .Single(r => r.Descendants<W.Text>().Any(t => t.Text == "部门预算资金支出率"));
            var score = row.Descendants<W.Text>().Single(t => t.Text is "9" or "9.00");
            score.Text = "10.00";
        }

        var path = Path.Combine(Path.GetTempPath(), "jixiao-edited-" + Guid.NewGuid().ToString("N") + ".docx");
        File.WriteAllBytes(path, stream.ToArray());
        try
        {
            var back = ReadBack(path);
            Assert.StartsWith("数据部件", back.Source, StringComparison.Ordinal);
            var d = Assert.Single(back.Differences);
            Assert.Equal("inputs.1.1.3.score", d.Field);
            Assert.Equal("9", d.Hidden);
            Assert.Equal("10", d.Visible);
            Assert.Equal(9m, Scorer.Score(c.Framework, back.Evaluation).Ok().Find("1.1.3")!.Score);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadBack_PublishedPdfNotOurs_NullSoTheImporterReadsIt() =>
        Assert.Null(OwnDocumentReader.ReadBack(Repo.Path("testdata", "published", "huadu-2021-report.pdf")));
}
