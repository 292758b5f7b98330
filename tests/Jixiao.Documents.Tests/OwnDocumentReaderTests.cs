using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Word;
using Jixiao.Domain.Evaluations;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests;

public sealed class OwnDocumentReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("jixiao-read-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("haizhu-2022")]
    [InlineData("huadu-2021")]
    [InlineData("huadu-2022")]
    public void TryRead_OwnXlsx_RoundTripsIdentically(string name)
    {
        var c = Case.Load(name);
        var back = Read(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), "t.xlsx");

        Assert.Equal(OwnData.EvaluationJson(c.Evaluation), OwnData.EvaluationJson(back));
        Assert.Equal(EvaluationSerializer.ToJson(c.Evaluation), EvaluationSerializer.ToJson(back));
    }

    [Theory]
    [InlineData("haizhu-2022")]
    [InlineData("huadu-2021")]
    [InlineData("huadu-2022")]
    [InlineData("complete-dept-2024")]
    [InlineData("complete-project-2024")]
    public void TryRead_OwnDocx_RoundTripsIdentically(string name)
    {
        var c = Case.Load(name);
        var back = Read(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok(), "r.docx");

        Assert.Equal(EvaluationSerializer.ToJson(c.Evaluation), EvaluationSerializer.ToJson(back));
    }

    [Fact]
    public void TryRead_ProjectTable_RoundTripsIdentically()
    {
        var c = Case.QingshenFilled();
        var back = Read(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), "p.xlsx");

        Assert.Equal(EvaluationSerializer.ToJson(c.Evaluation), EvaluationSerializer.ToJson(back));
    }

    [Fact]
    public void TryRead_XlsxAsPeopleEditIt_StillRoundTripsIdentically()
    {
        var c = Case.Load("haizhu-2022");
        var edited = SheetEdits.Apply(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), (wb, ws) =>
        {
            SheetEdits.Rename(wb, "Sheet1");
            SheetEdits.SetText(ws, "H12", "２０");                // full-width digits, stored as text
            SheetEdits.SetText(ws, "H16", " 2.00 ");             // number as text with spaces
            SheetEdits.SetText(ws, "B9", "1,297.59");            // thousands separator, as text
            SheetEdits.Remerge(ws, "A15:A37", "A15:A23");        // re-merged level-1 cell
            SheetEdits.InsertBlankRows(ws, 18, 2);               // blank rows in the middle
            SheetEdits.InsertBlankRows(ws, 12, 1);               // and right under the header
            SheetEdits.ToSharedStrings(wb, ws);                  // as Excel saves it
        });

        var back = Read(edited, "edited.xlsx");

        Assert.Equal(EvaluationSerializer.ToJson(c.Evaluation), EvaluationSerializer.ToJson(back));
    }

    [Fact]
    public void TryRead_XlsxWithEditedScoreAndReason_TakesTheEdits()
    {
        var c = Case.Load("haizhu-2022");
        var edited = SheetEdits.Apply(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), (_, ws) =>
        {
            SheetEdits.SetText(ws, "H14", "8.5");
            SheetEdits.SetText(ws, "I14", "年底集中支付未完成。");
            SheetEdits.SetText(ws, "I19", "未按时完成信息公开。");
        });

        var back = Read(edited, "edited.xlsx");

        Assert.Equal(8.5m, back.Inputs["1.1.3"].Score);
        Assert.Equal(90m, back.Inputs["1.1.3"].Value);
        Assert.Equal("年底集中支付未完成。", back.Inputs["1.1.3"].Reason);
        Assert.Equal("未按时完成信息公开。", back.Inputs["2.3.2"].Reason);
        Assert.Null(back.Inputs["2.3.2"].Score);
    }

    [Fact]
    public void TryRead_DocxWithEditedNarrative_TakesTheEdit()
    {
        var c = Case.Load("huadu-2021");
        var stream = new MemoryStream();
        stream.Write(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            var sdt = doc.MainDocumentPart!.Document!.Body!.Descendants<W.SdtBlock>()
                .Single(s => s.SdtProperties!.GetFirstChild<W.Tag>()!.Val == "jixiao:narrative:problems");
            var text = sdt.Descendants<W.Text>().First();
            text.Text = "一是绩效指标量化不足；二是事中监管不够。";
            sdt.SdtContentBlock!.Append(new W.Paragraph(new W.Run(new W.Text("三是新增一条。"))));
        }

        var back = Read(stream.ToArray(), "r.docx");

        Assert.Equal("一是绩效指标量化不足；二是事中监管不够。\n三是新增一条。", back.Narrative.Problems);
        Assert.Equal(c.Evaluation.Narrative.Measures, back.Narrative.Measures);
    }

    [Fact]
    public void TryRead_DocxWithEditedManagementAreas_TakesTheEditsAndTheFilledMarker()
    {
        var c = Case.Load("complete-dept-2024");
        var areas = new Dictionary<string, string>(c.Evaluation.Narrative.ManagementAreas);
        areas.Remove("运行成本");
        var e = c.Evaluation with { Narrative = c.Evaluation.Narrative with { ManagementAreas = areas } };
        var stream = new MemoryStream();
        stream.Write(DocxReportWriter.ToBytes(e, c.Framework, c.Score).Ok());
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            W.SdtBlock Area(string name) => doc.MainDocumentPart!.Document!.Body!.Descendants<W.SdtBlock>()
                .Single(s => s.SdtProperties!.GetFirstChild<W.Tag>()!.Val == "jixiao:narrative:managementAreas:" + name);
            Area("预算编制").Descendants<W.Text>().First().Text = "新增项目 3 个，均已开展事前绩效评估。";
            Area("运行成本").Descendants<W.Text>().First().Text = "公用经费控制在预算以内。"; // typed over the 【待填写】 marker
        }

        var back = Read(stream.ToArray(), "r.docx");

        Assert.Equal("新增项目 3 个，均已开展事前绩效评估。", back.Narrative.ManagementAreas["预算编制"]);
        Assert.Equal("公用经费控制在预算以内。", back.Narrative.ManagementAreas["运行成本"]);
        Assert.Equal(c.Evaluation.Narrative.ManagementAreas["资产管理"], back.Narrative.ManagementAreas["资产管理"]);
    }

    [Fact]
    public void TryRead_DraftDocxWithMarkersLeft_KeepsSectionsEmpty()
    {
        var c = Case.Load("haizhu-2022");
        var back = Read(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok(), "draft.docx");

        Assert.Null(back.Narrative.Problems);
        Assert.Null(back.Narrative.ProjectAnalysis);
    }

    [Fact]
    public void TryRead_XlsxWithTextScore_NamesSheetAndCell()
    {
        var c = Case.Load("haizhu-2022");
        var edited = SheetEdits.Apply(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), (wb, ws) =>
        {
            SheetEdits.Rename(wb, "我的表");
            SheetEdits.SetText(ws, "H14", "九分");
        });

        var result = ReadResult(edited, "bad.xlsx");

        var error = Assert.Single(result.Errors);
        Assert.Equal("import.score-not-number", error.Code);
        Assert.Equal("bad.xlsx 工作表“我的表” 单元格 H14", error.Path);
        Assert.Equal("“部门预算资金支出率”的得分“九分”不是数字", error.Message);
    }

    [Fact]
    public void TryRead_CorruptXlsx_SaysItIsDamaged()
    {
        var bytes = Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip file at all");
        var result = ReadResult(bytes, "corrupt.xlsx");

        Assert.Equal("import.corrupt", Assert.Single(result.Errors).Code);
        Assert.Contains("已损坏", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_TruncatedXlsx_SaysItIsDamaged()
    {
        var c = Case.Load("haizhu-2022");
        var bytes = XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score);
        var result = ReadResult(bytes[..(bytes.Length / 2)], "cut.xlsx");

        Assert.Equal("import.corrupt", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void TryRead_PasswordProtectedXlsx_SaysHowToRemoveThePassword()
    {
        // An encrypted OOXML file is an OLE compound file holding an "EncryptedPackage" stream.
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);

        var result = ReadResult(bytes, "secret.xlsx");

        Assert.Equal("import.encrypted", Assert.Single(result.Errors).Code);
        Assert.Contains("打开密码", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("secret.xlsx", result.Errors[0].Path);
    }

    [Fact]
    public void TryRead_DocxNotOurs_IsNullAndReadSaysSo()
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("某单位自评报告")))));
        }

        var path = Path.Combine(dir, "other.docx");
        File.WriteAllBytes(path, stream.ToArray());

        Assert.Null(OwnDocumentReader.TryRead(path));
        var result = OwnDocumentReader.Read(path);
        Assert.False(result.IsSuccess);
        Assert.Equal("import.not-jixiao", result.Errors[0].Code);
        Assert.Contains("不是 Jixiao 生成的", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_OtherExtension_IsNull()
    {
        var path = Path.Combine(dir, "x.yaml");
        File.WriteAllText(path, "unit: x");
        Assert.Null(OwnDocumentReader.TryRead(path));
    }

    [Fact]
    public void TryRead_MissingFile_IsAnError()
    {
        var result = OwnDocumentReader.TryRead(Path.Combine(dir, "nope.xlsx"));
        Assert.NotNull(result);
        Assert.Equal("import.file-missing", result.Errors[0].Code);
    }

    [Fact]
    public void TryRead_BadInput_WritesNothing()
    {
        var path = Path.Combine(dir, "corrupt.xlsx");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("PK\u0003\u0004garbage"));
        var before = Directory.GetFiles(dir).Order().ToList();

        var result = OwnDocumentReader.TryRead(path);

        Assert.False(result!.IsSuccess);
        Assert.Equal(before, Directory.GetFiles(dir).Order().ToList());
        Assert.Equal("PK\u0003\u0004garbage", File.ReadAllText(path));
    }

    private Evaluation Read(byte[] bytes, string fileName) => ReadResult(bytes, fileName).Ok();

    private Domain.Result<Evaluation> ReadResult(byte[] bytes, string fileName)
    {
        var path = Path.Combine(dir, fileName);
        File.WriteAllBytes(path, bytes);
        var result = OwnDocumentReader.TryRead(path);
        Assert.NotNull(result);
        return result;
    }
}
