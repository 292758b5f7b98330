using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Import;
using Jixiao.Documents.Pdf;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Published reports and tables as bureaus attach them: another's DOCX (automatic numbering, field codes, deleted
/// revisions), another's XLSX (number formats, hidden sheets and rows, phonetic guides), the same converted to
/// Word/Excel 97–2003 by LibreOffice, files whose name lies about their format, and files that hold no text.
/// </summary>
public sealed class OfficeFileReadingTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("jixiao-office-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Docx_NumberedHeadingsFieldCodesAndRevisions_ReadAsShown()
    {
        var path = WriteReport("report.docx");

        var (lines, warnings) = PublishedTextReader.Read(path);

        Assert.Empty(warnings);
        Assert.Contains("一、基本情况", lines);
        Assert.Contains("（一）部门概况", lines);
        Assert.Contains("（二）部门预算及执行情况", lines);
        Assert.Contains("二、存在的问题", lines);
        Assert.Contains("三、改进措施", lines);
        Assert.Contains("1.细化绩效目标。", lines);
        Assert.Contains("2.加强预算执行监控。", lines);
        Assert.Contains("项目 | 预算（万元） |  | 执行数（万元） | ", lines);
        Assert.DoesNotContain(lines, l => l.Contains("TOC", StringComparison.Ordinal) || l.Contains("已删除", StringComparison.Ordinal));
        AssertReport(PublishedImporter.ImportFile(path));
    }

    [Theory]
    [InlineData("doc")]
    [InlineData("odt")]
    [InlineData("rtf")]
    public void Doc_ConvertedByLibreOffice_ReadsTheSameFacts(string format)
    {
        var doc = Convert(WriteReport("report.docx"), format);

        var result = PublishedImporter.ImportFile(doc);

        AssertReport(result);
        // LibreOffice's RTF round trip turns the list's 、 into ? (一?基本情况): its facts still hold, its labels are its own.
        var (lines, _) = PublishedTextReader.Read(doc);
        Assert.Contains(format == "rtf" ? "二?存在的问题" : "二、存在的问题", lines);
    }

    [Fact]
    public void DocxNamedDoc_IsReadAsDocxWithoutConversion()
    {
        var path = Path.Combine(dir, "附件1.doc");
        File.Move(WriteReport("report.docx"), path);

        AssertReport(PublishedImporter.ImportFile(path));
    }

    [Fact]
    public void Xlsx_VisibleCellsAsFormatted_ReadAsATable()
    {
        var path = WriteTable("table.xlsx");

        var (lines, warnings) = PublishedTextReader.Read(path);

        // Hidden content is left out as Excel shows it, and said.
        Assert.Equal("table.xlsx：隐藏的内容未读取（工作表“参数”；1 行），与 Excel 中所见一致；如也要导入，请在 Excel/WPS 中取消隐藏后保存再导入",
            Assert.Single(warnings).Replace(path, "table.xlsx", StringComparison.Ordinal));
        Assert.Equal("2023年度项目支出绩效自评表 | ", lines[0]);
        Assert.Contains("填报日期 | 2023-05-06 | ", lines);
        Assert.Contains("年度资金总额 | 100 | 120 | 108 | 10 | 90.00% | 9 | ", lines);
        Assert.DoesNotContain(lines, l => l.Contains("隐藏", StringComparison.Ordinal) || l.Contains("ピン", StringComparison.Ordinal));
        AssertTable(PublishedImporter.ImportFile(path));
    }

    [Theory]
    [InlineData("0.00\"万元\"", "1234.5", "1234.50万元")]
    [InlineData("#,##0.00", "1234.5", "1234.50")]
    [InlineData("0%", "0.9", "90%")]
    [InlineData("0.0%", "-0.125", "-12.5%")]
    [InlineData("General", "8.9999999999999991", "9")]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"", "45052", "2023年5月6日")]
    [InlineData("0.00;[Red]\\-0.00", "-3.456", "-3.46")]
    [InlineData("@", "96.5", "96.5")]
    public void Xlsx_ANumberIsShownAsItsFormatShowsIt(string format, string value, string shown)
    {
        var path = Path.Combine(dir, "f.xlsx");
        using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new S.Workbook();
            wb.AddNewPart<WorkbookStylesPart>().Stylesheet = new S.Stylesheet(
                new S.NumberingFormats(new S.NumberingFormat { NumberFormatId = 164, FormatCode = format }),
                new S.Fonts(new S.Font()), new S.Fills(new S.Fill()), new S.Borders(new S.Border()),
                new S.CellFormats(new S.CellFormat { NumberFormatId = 0 }, new S.CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
            var sheet = wb.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData(new S.Row(
                new S.Cell { CellReference = "B2", DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text("金额")) },
                new S.Cell { CellReference = "C2", CellValue = new S.CellValue(value), StyleIndex = 1 }) { RowIndex = 2 }));
            wb.Workbook.Append(new S.Sheets(new S.Sheet { Name = "表1", SheetId = 1, Id = wb.GetIdOfPart(sheet) }));
        }

        var (lines, warnings) = PublishedTextReader.Read(path);

        Assert.Empty(warnings);
        Assert.Equal($"金额 | {shown} | ", lines[0]);
    }

    [Theory]
    [InlineData("xls")]
    [InlineData("ods")]
    public void Xls_ConvertedByLibreOffice_ReadsTheSameFacts(string format)
    {
        var xls = Convert(WriteTable("table.xlsx"), format);

        AssertTable(PublishedImporter.ImportFile(xls));
    }

    [Fact]
    public void XlsThatIsAWebPage_IsReadAsHtml()
    {
        var path = Path.Combine(dir, "导出.xls");
        File.WriteAllText(path, "<html><head><meta charset=\"utf-8\"></head><body><table>"
            + "<tr><td>2023年度项目支出绩效自评表</td></tr><tr><td>主管部门</td><td>某某县交通运输局</td><td>实施单位</td><td>某某县交通运输局</td></tr>"
            + "<tr><td>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>"
            + "<tr><td>年度资金总额</td><td>100</td><td>120</td><td>108</td><td>10</td><td>90.00%</td><td>9</td></tr></table></body></html>");

        var (lines, _) = PublishedTextReader.Read(path);

        Assert.DoesNotContain(lines, l => l.Contains("<td>", StringComparison.Ordinal));
        var doc = Assert.Single(PublishedImporter.ImportFile(path).Documents);
        Assert.Equal(108m, doc.Evaluation.Budget.Executed);
    }

    [Theory]
    [InlineData("扫描件.png", "是图片")]
    [InlineData("扫描件.jpg", "是图片")]
    [InlineData("附件.zip", "是压缩包")]
    [InlineData("附件.doc", "是压缩包（扩展名为“.doc”）")]
    [InlineData("数据.dat", "不是文本文件")]
    [InlineData("扫描版.pdf", "PDF 中没有可提取的文字")]
    public void FileWithoutReadableText_IsNamedWithTheReason(string name, string reason)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, BytesOf(name));

        var result = PublishedImporter.ImportFile(path);

        Assert.Empty(result.Documents);
        Assert.Contains(result.Warnings, w => w.StartsWith(path + "：", StringComparison.Ordinal) && w.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Warnings, w => w.Contains(PublishedImporter.InternalError, StringComparison.Ordinal));
    }

    [Fact]
    public void LegacyFile_WithoutLibreOffice_SaysHowToProceed()
    {
        var warnings = new List<string>();
        var path = Path.Combine(dir, "旧报告.doc");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        var text = OfficeConversion.Convert(path, "docx", "旧报告.doc", "Word 97–2003/WPS 文字文件", warnings, _ => "read", soffice: Path.Combine(dir, "no-soffice"));

        Assert.Null(text);
        Assert.Contains("旧报告.doc：Word 97–2003/WPS 文字文件需要 LibreOffice 转换后才能读取，但本机未找到 LibreOffice", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyFile_Corrupt_GivesNoDocumentAndNoError()
    {
        // LibreOffice imports a broken workbook's bytes as text rather than failing: nothing in them is a document.
        var path = Path.Combine(dir, "坏的.xls");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3, 4, 5, 6, 7, 8]);

        var result = PublishedImporter.ImportFile(path);

        Assert.Empty(result.Documents);
        Assert.DoesNotContain(result.Warnings, w => w.Contains(PublishedImporter.InternalError, StringComparison.Ordinal));
    }

    [Fact]
    public void ImportBytes_AnUploadIsReadByItsOwnNameAndLeavesNothingBehind()
    {
        var bytes = File.ReadAllBytes(WriteReport("report.docx"));
        var before = Directory.GetDirectories(Path.GetTempPath(), "jixiao-upload-*").Length;

        var result = PublishedImporter.ImportBytes(bytes, "某某局报告.docx");

        AssertReport(result);
        Assert.Equal("某某局报告.docx", result.Source);
        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "jixiao-upload-*").Length);
        var gb = PublishedImporter.ImportBytes(GbText("2023年度某某县农业农村局部门整体支出绩效自评报告\n全年预算数为1200万元，全年执行数为1080万元，预算执行率为90%。\n"), "报告.txt");
        Assert.Equal(1080m, Assert.Single(gb.Documents).Evaluation.Budget.Executed);
    }

    private static byte[] GbText(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    /// <summary>The facts of the report <see cref="WriteReport(string, string)"/> writes, as any format of it must read.</summary>
    internal static void AssertReport(ImportResult result)
    {
        var doc = Assert.Single(result.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, doc.Kind);
        Assert.Equal("某某县农业农村局", doc.Evaluation.Unit);
        Assert.Equal(2023, doc.Evaluation.Year);
        Assert.Equal(1200m, doc.Evaluation.Budget.Adjusted);
        Assert.Equal(1080m, doc.Evaluation.Budget.Executed);
        Assert.Equal(90m, doc.Evaluation.Budget.StatedRatePercent);
        Assert.Contains("难以量化", doc.Evaluation.Narrative.Problems, StringComparison.Ordinal);
        Assert.Contains("预算执行监控", doc.Evaluation.Narrative.Measures, StringComparison.Ordinal);
    }

    private static void AssertTable(ImportResult result)
    {
        var doc = Assert.Single(result.Documents);
        Assert.Equal(DocumentKind.ProjectTable, doc.Kind);
        Assert.Equal(2023, doc.Evaluation.Year);
        Assert.Equal(100m, doc.Evaluation.Budget.Initial);
        Assert.Equal(120m, doc.Evaluation.Budget.Adjusted);
        Assert.Equal(108m, doc.Evaluation.Budget.Executed);
        Assert.Equal(90m, doc.Evaluation.Budget.StatedRatePercent);
    }

    private string Convert(string path, string format) => Convert(path, format, dir);

    /// <summary><paramref name="path"/> converted to <paramref name="format"/> by the LibreOffice setup.sh installs.</summary>
    internal static string Convert(string path, string format, string folder)
    {
        using var converter = LibreOfficePdfConverter.Create().Ok();
        var converted = converter.Convert([path], Path.Combine(folder, format), format, TimeSpan.FromSeconds(180));
        Assert.True(converted.IsSuccess, string.Join("；", converted.Errors));
        return converted.Value[0];
    }

    private static byte[] BytesOf(string name) => Path.GetExtension(name) switch
    {
        ".png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
        ".jpg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46],
        ".zip" or ".doc" => Zip(),
        ".dat" => [1, 2, 0, 0, 5, 6, 0, 8],
        _ => EmptyPdf(),
    };

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("自评报告.txt").Open());
            writer.Write("2023年度部门整体支出绩效自评报告");
        }

        return stream.ToArray();
    }

    /// <summary>A one-page PDF with no text at all, as a scanner without OCR writes (minus the image).</summary>
    private static byte[] EmptyPdf()
    {
        var objects = new[]
        {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append("xref\n0 4\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            sb.Append(o.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append("trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>A department report as Word users write it: headings numbered by a list (一、 （一） 1.), one heading level through its style.</summary>
    private string WriteReport(string name) => WriteReport(dir, name);

    /// <summary>
    /// A department's report as another's Word writes it: numbered headings (list numbering, one through a style), a
    /// contents field, a deleted revision, a table with a spanned cell. Its facts are <see cref="AssertReport"/>'s.
    /// </summary>
    internal static string WriteReport(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new W.Numbering(
                new W.AbstractNum(
                    Level(0, W.NumberFormatValues.ChineseCounting, "%1、"),
                    Level(1, W.NumberFormatValues.ChineseCounting, "（%2）"),
                    Level(2, W.NumberFormatValues.Decimal, "%3."))
                { AbstractNumberId = 1 },
                new W.NumberingInstance(new W.AbstractNumId { Val = 1 }) { NumberID = 7 });
            main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(
                new W.Style(new W.StyleName { Val = "heading 1" }, new W.StyleParagraphProperties(new W.NumberingProperties(new W.NumberingId { Val = 7 })))
                { Type = W.StyleValues.Paragraph, StyleId = "Heading1" });
            var body = new W.Body(
                Para("某某县农业农村局2023年度部门整体支出绩效自评报告"),
                new W.Paragraph(new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }), new W.Run(new W.FieldCode(" TOC \\o \"1-3\" \\h ")),
                    new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End })),
                Styled("基本情况"),
                Numbered(1, "部门概况"),
                Para("某某县农业农村局是县政府工作部门，内设机构6个。"),
                Numbered(1, "部门预算及执行情况"),
                new W.Paragraph(new W.Run(new W.Text("2023年全年预算数为1200万元，全年执行数为1080万元，预算执行率为90%。")),
                    new W.DeletedRun(new W.Run(new W.DeletedText("已删除的旧数字1100万元")))),
                new W.Table(
                    Row(("项目", 1), ("预算（万元）", 2), ("执行数（万元）", 1)),
                    Row(("合计", 1), ("1200", 1), ("", 1), ("1080", 1))),
                Styled("存在的问题"),
                Para("绩效目标设置不够细化，部分指标难以量化。"),
                Styled("改进措施"),
                Numbered(2, "细化绩效目标。"),
                Numbered(2, "加强预算执行监控。"));
            main.Document = new W.Document(body);
        }

        return path;

        static W.Level Level(int index, W.NumberFormatValues format, string text) =>
            new(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = format }, new W.LevelText { Val = text }, new W.LevelSuffix { Val = W.LevelSuffixValues.Nothing })
            { LevelIndex = index };
        static W.Paragraph Para(string text) => new(new W.Run(new W.Text(text)));
        static W.Paragraph Styled(string text) => new(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Heading1" }), new W.Run(new W.Text(text)));
        static W.Paragraph Numbered(int level, string text) =>
            new(new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = 7 })), new W.Run(new W.Text(text)));
        static W.TableRow Row(params (string Text, int Span)[] cells) =>
            new([.. cells.Select(c => new W.TableCell(new W.TableCellProperties(new W.GridSpan { Val = c.Span }), new W.Paragraph(new W.Run(new W.Text(c.Text)))))]);
    }

    /// <summary>A project table as a bureau's Excel holds it: shared strings (one with a phonetic guide), typed figures, a date, a hidden row and a hidden sheet.</summary>
    private string WriteTable(string name)
    {
        var path = Path.Combine(dir, name);
        using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new S.Workbook();
            var strings = new List<string>();
            var shared = wb.AddNewPart<SharedStringTablePart>();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new S.Stylesheet(
                new S.Fonts(new S.Font()), new S.Fills(new S.Fill()), new S.Borders(new S.Border()),
                new S.CellFormats(new S.CellFormat { NumberFormatId = 0 }, new S.CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }, new S.CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));

            S.Cell Text(string reference, string text)
            {
                strings.Add(text);
                return new S.Cell { CellReference = reference, DataType = S.CellValues.SharedString, CellValue = new S.CellValue(strings.Count - 1) };
            }

            static S.Cell Number(string reference, string value, uint style = 0) => new() { CellReference = reference, CellValue = new S.CellValue(value), StyleIndex = style };

            var data = new S.SheetData(
                new S.Row(Text("A1", "2023年度项目支出绩效自评表")) { RowIndex = 1 },
                new S.Row(Text("A2", "项目名称"), Text("B2", "农村公路养护")) { RowIndex = 2 },
                new S.Row(Text("A3", "主管部门"), Text("B3", "某某县交通运输局"), Text("C3", "实施单位"), Text("D3", "某某县交通运输局")) { RowIndex = 3 },
                new S.Row(Text("A4", "填报日期"), Number("B4", "45052", 2)) { RowIndex = 4 },
                new S.Row(Text("A5", "隐藏的备注行")) { RowIndex = 5, Hidden = true },
                new S.Row(Text("A6", "项目资金（万元）"), Text("B6", "年初预算数"), Text("C6", "全年预算数"), Text("D6", "全年执行数"), Text("E6", "分值"), Text("F6", "执行率"), Text("G6", "得分")) { RowIndex = 6 },
                new S.Row(Text("A7", "年度资金总额"), Number("B7", "100"), Number("C7", "120"), new S.Cell { CellReference = "D7", CellFormula = new S.CellFormula("C7*0.9"), CellValue = new S.CellValue("108.00000000000001") },
                    Number("E7", "10"), Number("F7", "0.9", 1), Number("G7", "9")) { RowIndex = 7 });
            var sheet = wb.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(data, new S.MergeCells(new S.MergeCell { Reference = "A1:G1" }));
            var hidden = wb.AddNewPart<WorksheetPart>();
            hidden.Worksheet = new S.Worksheet(new S.SheetData(new S.Row(Text("A1", "隐藏表的数据 9999")) { RowIndex = 1 }));

            var items = strings.Select(s => new S.SharedStringItem(new S.Text(s))).ToList();
            items[0].Append(new S.PhoneticRun(new S.Text("ピン")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 });
            shared.SharedStringTable = new S.SharedStringTable(items);
            wb.Workbook.Append(new S.Sheets(
                new S.Sheet { Name = "自评表", SheetId = 1, Id = wb.GetIdOfPart(sheet) },
                new S.Sheet { Name = "参数", SheetId = 2, Id = wb.GetIdOfPart(hidden), State = S.SheetStateValues.Hidden }));
        }

        return path;
    }
}
