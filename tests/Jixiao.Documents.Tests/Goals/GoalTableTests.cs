using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Goals;
using Jixiao.Documents.Pdf;
using Jixiao.Domain;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Tests.Goals;

internal static class GoalCases
{
    public static GoalDeclaration Load(string file) => GoalSerializer.Parse(Repo.Read("testdata", "goals", file), file).Value;

    public static GoalDeclaration WithProvenance(GoalDeclaration d) => d with
    {
        Annual = d.Annual with { Indicators = [.. d.Annual.Indicators.Select((r, i) => i == 0 ? r with { Provenance = new IndicatorProvenance("指标库", "library/3", "功能分类相同") { AcceptedBy = "zzb.tb" } } : r)] },
    };

    /// <summary>Finds the cell holding <paramref name="text"/> and returns the reference of the cell <paramref name="columnsRight"/> to its right.</summary>
    public static string RightOf(byte[] xlsx, string text, int columnsRight)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var cell = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().Single(c => c.InnerText == text);
        var reference = cell.CellReference!.Value!;
        var column = reference.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1)) + columnsRight;
        return Excel.SheetWriter.ColumnName(column) + new string(reference.SkipWhile(char.IsLetter).ToArray());
    }
}

/// <summary>The goal table as XLSX: model first, then the published headers, then a real LibreOffice re-save.</summary>
public class GoalTableXlsxTests
{
    [Theory]
    [InlineData("tangxi-2022-project.yaml")]
    [InlineData("huadu-zzb-2022-department.yaml")]
    public void ToBytesThenRead_Testdata_SameDeclaration(string file)
    {
        var d = GoalCases.WithProvenance(GoalCases.Load(file));

        var read = GoalTableXlsx.Read(GoalTableXlsx.ToBytes(d), "t.xlsx");

        Assert.True(read.IsSuccess, string.Join("\n", read.Errors));
        Assert.Equal(GoalSerializer.ToJson(d), GoalSerializer.ToJson(read.Value));
    }

    [Theory]
    [InlineData("tangxi-2022-project.yaml")]
    [InlineData("huadu-zzb-2022-department.yaml")]
    public void ToBytes_Testdata_NoValidationErrorsAndPublishedHeaders(string file)
    {
        var bytes = GoalTableXlsx.ToBytes(GoalCases.Load(file));

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var texts = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().Select(c => c.InnerText).ToHashSet();
        Assert.Contains("年度绩效指标", texts);
        Assert.Contains("一级指标", texts);
        Assert.Contains("评(扣)分标准", texts);
        Assert.Contains("指标值设定依据", texts);
    }

    [Fact]
    public void Read_PublishedHeadersMergedLevelsAndValueWithOperator_Understood()
    {
        var bytes = Sheet(
        [
            ["2022年度项目绩效目标申报表"],
            ["项目名称", "委托业务项目"],
            ["主管部门", "池州市贵池区棠溪镇人民政府"],
            ["年度绩效目标", "完成基建工程委托业务。"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "评分标准"],
            ["产出指标", "数量指标", "基建工程委托业务项目数量", "≥50个", "", "少一个扣0.2分"],
            ["", "成本指标", "项目总成本", "≤90万元", "", ""],
            ["", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "", ""],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", "90%", "", ""],
        ]);

        var d = GoalTableXlsx.Read(bytes, "published.xlsx").Ok();

        Assert.Equal(EvaluationKind.Project, d.Kind);
        Assert.Equal(2022, d.Year);
        Assert.Equal("委托业务项目", d.Project!.Name);
        Assert.Equal(4, d.Annual.Indicators.Count);
        var count = d.Annual.Indicators[0];
        Assert.Equal((IndicatorOperator.AtLeast, 50m, "个"), (count.Operator!.Value, count.Target!.Value, count.Unit!));
        Assert.Equal("少一个扣0.2分", count.ScoringStandard);
        var cost = d.Annual.Indicators[1];
        Assert.Equal(("产出指标", IndicatorOperator.AtMost, 90m, "万元"), (cost.Level1, cost.Operator!.Value, cost.Target!.Value, cost.Unit!));
        Assert.True(d.Annual.Indicators[2].IsQualitative);
        Assert.Equal("在项目计划完成时间内完成", d.Annual.Indicators[2].TargetText);
        Assert.Equal((90m, "%"), (d.Annual.Indicators[3].Target!.Value, d.Annual.Indicators[3].Unit!));
    }

    [Fact]
    public void Read_BadOperatorAndNumbers_EveryErrorNamesItsCell()
    {
        var bytes = Sheet(
        [
            ["2025年度部门整体绩效目标表"],
            ["部门名称", "测试局"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重"],
            ["产出指标", "数量指标", "培训班次", "约等于", "10", "期", "十"],
            ["产出指标", "数量指标", "", "", "5", "期", ""],
        ]);

        var r = GoalTableXlsx.Read(bytes, "bad.xlsx");

        Assert.False(r.IsSuccess);
        Assert.Contains(r.Errors, e => e.Path.Contains("单元格 D4", StringComparison.Ordinal) && e.Message.Contains("约等于", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.Path.Contains("单元格 G4", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.Path.Contains("单元格 C5", StringComparison.Ordinal) && e.Message.Contains("三级指标名称", StringComparison.Ordinal));
        Assert.All(r.Errors, e => Assert.StartsWith("bad.xlsx 工作表", e.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NotAGoalTable_SaysWhatIsMissing()
    {
        var r = GoalTableXlsx.Read(Sheet([["随便什么表"], ["a", "b"]]), "other.xlsx");

        Assert.Contains("一级指标", Assert.Single(r.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("goal-import.not-xlsx", GoalTableXlsx.Read([1, 2, 3], "x.xlsx").Errors[0].Code);
    }

    [Fact]
    public void Vocabulary_EmbeddedFile_ValidAndAmbiguousNamesRefused()
    {
        Assert.Equal("三级指标", GoalTableVocabulary.Default.Column("name"));
        Assert.Equal("name", GoalTableVocabulary.Match(GoalTableVocabulary.Default.Columns, " 三级指标名称 "));
        var yaml = Repo.Read("goal-tables", "columns.yaml").Replace("remark: [备注]", "remark: [备注, 权重]", StringComparison.Ordinal);

        var r = GoalTableVocabulary.Parse(yaml, "columns.yaml");

        Assert.Contains(r.Errors, e => e.Message.Contains("“权重”同时属于", StringComparison.Ordinal));
    }

    /// <summary>A one-sheet workbook with the given texts (numbers stay text, as in many published sheets).</summary>
    internal static byte[] Sheet(string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            var ws = wb.AddNewPart<WorksheetPart>("rId1");
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c].Length > 0)
                    {
                        row.Append(new Cell { CellReference = Excel.SheetWriter.Ref(r + 1, c + 1), DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
                    }
                }

                data.Append(row);
            }

            ws.Worksheet = new Worksheet(data);
            wb.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1U, Id = "rId1" }));
        }

        return stream.ToArray();
    }
}

/// <summary>
/// Round trip through LibreOffice: the goal table exported, edited (one target changed in a cell) and re-saved by
/// soffice as XLSX (shared strings, its own styles), imported again; and the DOCX converted to PDF.
/// </summary>
public sealed class GoalTableLibreOfficeTests : IClassFixture<GoalTableLibreOfficeTests.Resaved>
{
    private readonly Resaved files;

    public GoalTableLibreOfficeTests(Resaved files) => this.files = files;

    [Fact]
    public void Import_ExportedAndResavedByLibreOffice_SameGoals()
    {
        var original = GoalCases.WithProvenance(GoalCases.Load("tangxi-2022-project.yaml"));

        var read = GoalTableXlsx.Read(files.Bytes("tangxi"), "tangxi.xlsx");

        Assert.True(read.IsSuccess, string.Join("\n", read.Errors));
        Assert.NotEqual(files.Original("tangxi"), files.Bytes("tangxi"));
        Assert.Equal(GoalSerializer.ToJson(original), GoalSerializer.ToJson(read.Value));
    }

    [Fact]
    public void Import_TargetEditedThenResaved_EditReadAndTheRestUnchanged()
    {
        var original = GoalCases.Load("huadu-zzb-2022-department.yaml");

        var read = GoalTableXlsx.Read(files.Bytes("huadu-edited"), "huadu.xlsx").Ok();

        Assert.Equal(24m, read.Annual.Indicators.Single(i => i.Name == "举办各类干部培训班次").Target);
        var expected = original with { Annual = original.Annual with { Indicators = [.. original.Annual.Indicators.Select(i => i.Name == "举办各类干部培训班次" ? i with { Target = 24m } : i)] } };
        Assert.Equal(GoalSerializer.ToJson(expected), GoalSerializer.ToJson(read));
    }

    [Fact]
    public void Pdf_GoalTableDocx_HoldsTheIndicators()
    {
        var text = string.Concat(files.PdfText.Where(c => !char.IsWhiteSpace(c)));

        Assert.Contains("委托业务项目", text, StringComparison.Ordinal);
        Assert.Contains("基建工程委托业务项目数量", text, StringComparison.Ordinal);
        Assert.Contains("年度绩效指标", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_GoalTable_NoValidationErrors()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(GoalTableDocx.ToBytes(GoalCases.Load("tangxi-2022-project.yaml"))), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>One soffice run re-saves the XLSX files, one converts the DOCX to PDF.</summary>
    public sealed class Resaved : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("jixiao-goals-lo-").FullName;
        private readonly Dictionary<string, byte[]> originals = [];

        public Resaved()
        {
            originals["tangxi"] = GoalTableXlsx.ToBytes(GoalCases.WithProvenance(GoalCases.Load("tangxi-2022-project.yaml")));
            var huadu = GoalTableXlsx.ToBytes(GoalCases.Load("huadu-zzb-2022-department.yaml"));
            var target = GoalCases.RightOf(huadu, "举办各类干部培训班次", 3);
            originals["huadu-edited"] = SheetEdits.Apply(huadu, (_, ws) =>
            {
                var cell = SheetEdits.Cell(ws, target);
                cell.CellValue = new CellValue("24");
            });
            var inputs = originals.Select(kv =>
            {
                var path = Path.Combine(dir, kv.Key + ".xlsx");
                File.WriteAllBytes(path, kv.Value);
                return path;
            }).ToList();
            Soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", Path.Combine(dir, "out"), .. inputs]);

            var docx = Path.Combine(dir, "goal.docx");
            File.WriteAllBytes(docx, GoalTableDocx.ToBytes(GoalCases.Load("tangxi-2022-project.yaml")));
            using var converter = LibreOfficePdfConverter.Create().Ok();
            var pdf = converter.Convert([docx], Path.Combine(dir, "pdf")).Ok()[0];
            var text = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true })!;
            PdfText = text.StandardOutput.ReadToEnd();
            text.WaitForExit();
        }

        public string PdfText { get; }

        public byte[] Original(string name) => originals[name];

        public byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(dir, "out", name + ".xlsx"));

        public void Dispose() => Directory.Delete(dir, recursive: true);

        private void Soffice(IEnumerable<string> args)
        {
            var start = new ProcessStartInfo(LibreOfficePdfConverter.Locate() ?? "soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-env:UserInstallation=" + new Uri(Path.Combine(dir, "profile") + "/").AbsoluteUri);
            foreach (var a in new[] { "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault" }.Concat(args))
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit(TimeSpan.FromMinutes(3));
        }
    }
}

/// <summary>Review opinions exchanged as XLSX.</summary>
public class OpinionSheetTests
{
    [Fact]
    public void ToBytesThenRead_FilledOpinions_ReadBack()
    {
        var checklist = GoalReviewChecklists.Default;
        var bytes = OpinionSheet.ToBytes("goals/1", "初审", checklist,
            [new OpinionRow("completeness", "完整性", "【确定】缺少效益指标", "不符合", "补充效益指标。"), new OpinionRow("relevance", "相关性", null, null, null)]);

        var rows = OpinionSheet.Read(bytes, "o.xlsx", checklist).Ok();

        var row = Assert.Single(rows);
        Assert.Equal(("completeness", "不符合", "补充效益指标。"), (row.ItemCode, row.Rating!, row.Opinion!));
    }

    [Fact]
    public void Read_UnknownItemAndRating_ErrorsNameTheCells()
    {
        var bytes = GoalTableXlsxTests.Sheet(
        [
            ["绩效目标审核意见表"],
            ["审核要点编码", "审核要点", "系统检查发现", "评级", "意见"],
            ["completeness", "完整性", "", "很好", ""],
            ["speed", "速度", "", "符合", ""],
        ]);

        var r = OpinionSheet.Read(bytes, "o.xlsx", GoalReviewChecklists.Default);

        Assert.Contains(r.Errors, e => e.Path.EndsWith("单元格 D3", StringComparison.Ordinal) && e.Message.Contains("很好", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.Path.EndsWith("单元格 A4", StringComparison.Ordinal) && e.Message.Contains("speed", StringComparison.Ordinal));
    }
}
