using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;

namespace Jixiao.Documents.Monitoring;

/// <summary>One task of a monitoring round as a row of the export (amounts in 万元, rates in percent).</summary>
public sealed record MonitoringSheetRow(
    int TaskId, string Unit, string Title, string Kind, string? FunctionClass, string State, string Overall, string BudgetLight,
    decimal? Budget, decimal? Spent, decimal? ExecutionRate, decimal? BudgetProgress, int Red, int Yellow, int Findings,
    string? WorstIndicator, decimal? WorstPercent, string? SubmittedOn, bool Overdue, string? FollowUp, string? ReturnComment);

/// <summary>
/// 监控结果汇总表: a round's tasks as XLSX (the sheet streamed row by row, so a province's 50,000 tasks stay in bounded
/// memory) and as CSV (UTF-8 with a byte-order mark, so Excel opens the Chinese text). Same columns in both.
/// </summary>
public static class MonitoringRoundXlsx
{
    public const string SheetName = "监控结果";

    public static readonly string[] Headers =
    [
        "任务编号", "单位", "监控对象", "类型", "功能分类", "状态", "综合预警", "预算执行预警", "预算数（万元）", "累计支出（万元）", "执行率（%）",
        "执行进度 v（%）", "红灯指标数", "黄灯指标数", "待补原因数", "进度最慢的指标", "该指标完成进度（%）", "报送日期", "逾期", "跟进处理", "退回意见",
    ];

    private static readonly double[] Widths = [9, 20, 26, 8, 14, 9, 9, 11, 12, 12, 10, 11, 9, 9, 9, 26, 12, 11, 6, 12, 30];

    /// <summary>The workbook: a title row, the header row and one row per task; written to <paramref name="output"/>.</summary>
    public static void Write(Stream output, string title, IEnumerable<MonitoringSheetRow> rows, DateTime stamp)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        var r = 3;
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            CoreProperties.Add(package, title, stamp);
            var workbookPart = package.AddWorkbookPart();
            XlsxStyles.AddTo(workbookPart);
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetViews());
                writer.WriteStartElement(new SheetView { WorkbookViewId = 0U });
                writer.WriteElement(new Pane { VerticalSplit = 2D, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteStartElement(new Columns());
                for (var i = 0; i < Widths.Length; i++)
                {
                    writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Widths[i], CustomWidth = true });
                }

                writer.WriteEndElement();
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, [Text(1, 1, title, XStyle.BoldLeft)]);
                WriteRow(writer, 2, Headers.Select((h, i) => Text(2, i + 1, h, XStyle.Header)));
                foreach (var row in rows)
                {
                    WriteRow(writer, r, Cells(r, row));
                    r++;
                }

                writer.WriteEndElement();
                writer.WriteElement(new AutoFilter { Reference = "A2:" + SheetWriter.ColumnName(Headers.Length) + (r - 1).ToString(CultureInfo.InvariantCulture) });
                writer.WriteEndElement();
            }

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = "rIdSheet1" }),
                new DefinedNames(new DefinedName("'" + SheetName + "'!$A$2:$" + SheetWriter.ColumnName(Headers.Length) + "$" + Math.Max(2, r - 1).ToString(CultureInfo.InvariantCulture)) { Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true }));
        }

        buffer.Position = 0;
        DeterministicZip.Normalize(buffer, output);
    }

    /// <summary>The same rows as CSV (RFC 4180 quoting, UTF-8 with BOM, CRLF line ends).</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<MonitoringSheetRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        output.Write('\uFEFF');
        output.Write(string.Join(",", Headers.Select(Csv)) + "\r\n");
        foreach (var row in rows)
        {
            output.Write(string.Join(",", Values(row).Select(Csv)) + "\r\n");
        }
    }

    /// <summary>One CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed with ' (no formula injection).</summary>
    public static string Csv(string? value)
    {
        var v = value ?? string.Empty;
        if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            v = "'" + v;
        }

        return v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }

    private static string?[] Values(MonitoringSheetRow r) =>
    [
        I(r.TaskId), r.Unit, r.Title, r.Kind, r.FunctionClass, r.State, r.Overall, r.BudgetLight, D(r.Budget), D(r.Spent), D(r.ExecutionRate),
        D(r.BudgetProgress), I(r.Red), I(r.Yellow), I(r.Findings), r.WorstIndicator, D(r.WorstPercent), r.SubmittedOn, r.Overdue ? "是" : "否",
        r.FollowUp, r.ReturnComment,
    ];

    private static IEnumerable<Cell> Cells(int r, MonitoringSheetRow row)
    {
        yield return Number(r, 1, row.TaskId, XStyle.Number);
        yield return Text(r, 2, row.Unit, XStyle.TextLeft);
        yield return Text(r, 3, row.Title, XStyle.TextLeft);
        yield return Text(r, 4, row.Kind, XStyle.TextCenter);
        yield return Text(r, 5, row.FunctionClass, XStyle.TextLeft);
        yield return Text(r, 6, row.State, XStyle.TextCenter);
        yield return Text(r, 7, row.Overall, XStyle.TextCenter);
        yield return Text(r, 8, row.BudgetLight, XStyle.TextCenter);
        yield return Number(r, 9, row.Budget, XStyle.Money);
        yield return Number(r, 10, row.Spent, XStyle.Money);
        yield return Number(r, 11, row.ExecutionRate, XStyle.Money);
        yield return Number(r, 12, row.BudgetProgress, XStyle.Money);
        yield return Number(r, 13, row.Red, XStyle.Number);
        yield return Number(r, 14, row.Yellow, XStyle.Number);
        yield return Number(r, 15, row.Findings, XStyle.Number);
        yield return Text(r, 16, row.WorstIndicator, XStyle.TextLeft);
        yield return Number(r, 17, row.WorstPercent, XStyle.Money);
        yield return Text(r, 18, row.SubmittedOn, XStyle.TextCenter);
        yield return Text(r, 19, row.Overdue ? "是" : "否", XStyle.TextCenter);
        yield return Text(r, 20, row.FollowUp, XStyle.TextCenter);
        yield return Text(r, 21, row.ReturnComment, XStyle.TextLeft);
    }

    private static void WriteRow(OpenXmlWriter writer, int r, IEnumerable<Cell> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)r });
        foreach (var cell in cells)
        {
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static Cell Text(int row, int column, string? text, XStyle style)
    {
        var cell = new Cell { CellReference = SheetWriter.Ref(row, column), StyleIndex = (uint)style };
        if (!string.IsNullOrEmpty(text))
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        }

        return cell;
    }

    private static Cell Number(int row, int column, decimal? value, XStyle style)
    {
        var cell = new Cell { CellReference = SheetWriter.Ref(row, column), StyleIndex = (uint)style };
        if (value is { } v)
        {
            cell.CellValue = new CellValue(SheetWriter.Num(v));
        }

        return cell;
    }

    private static string D(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
