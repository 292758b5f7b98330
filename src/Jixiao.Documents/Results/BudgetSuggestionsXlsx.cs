using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;

namespace Jixiao.Documents.Results;

/// <summary>One line of the budget team's sheet: a unit's grade, the rule's suggestion and the bureau's decision.</summary>
public sealed record BudgetSheetRow(
    string Unit, string Title, int Year, string? Grade, string GradeFrom, string? Rule, string? Action, decimal? Percent, string? Scope,
    decimal? BaseAmount, decimal? SuggestedChange, decimal? SuggestedNextYear, string Explanation,
    string? Decision, decimal? DecidedChange, string? Reason, string? DecidedBy, string? DecidedAt);

/// <summary>
/// 结果应用建议表 (XLSX for the budget team): one row per evaluation with the rule that produced the suggestion and the
/// bureau's decision, amounts in 万元; written with the same sheet writer and styles as the score table.
/// </summary>
public static class BudgetSuggestionsXlsx
{
    public const string SheetName = "结果应用建议";

    public static readonly string[] Headers =
    [
        "单位", "评价对象", "年度", "评价等级", "等级来源", "适用规则", "建议措施", "调整比例", "适用范围", "基数（万元）", "建议调整额（万元）", "建议下年安排（万元）",
        "计算说明", "财政局意见", "认定调整额（万元）", "理由", "认定人", "认定时间",
    ];

    public static byte[] ToBytes(string title, IReadOnlyList<BudgetSheetRow> rows, DateTime stamp)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            CoreProperties.Add(package, title, stamp);
            var workbookPart = package.AddWorkbookPart();
            XlsxStyles.AddTo(workbookPart);
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            sheetPart.Worksheet = Sheet(title, rows);
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = "rIdSheet1" }),
                new CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });
        }

        using var output = new MemoryStream();
        DeterministicZip.Normalize(buffer, output);
        return output.ToArray();
    }

    private static Worksheet Sheet(string title, IReadOnlyList<BudgetSheetRow> rows)
    {
        var s = new SheetWriter();
        var last = Headers.Length;
        s.Text(1, 1, title, XStyle.Title);
        s.Merge(1, 1, 1, last, XStyle.Title);
        s.Height(1, 30);
        for (var c = 0; c < Headers.Length; c++)
        {
            s.Text(2, c + 1, Headers[c], XStyle.Header);
        }

        var r = 3;
        foreach (var row in rows)
        {
            s.Text(r, 1, row.Unit, XStyle.TextLeft);
            s.Text(r, 2, row.Title, XStyle.TextLeft);
            s.Number(r, 3, row.Year, XStyle.Number);
            s.Text(r, 4, row.Grade, XStyle.TextCenter);
            s.Text(r, 5, row.GradeFrom, XStyle.TextCenter);
            s.Text(r, 6, row.Rule, XStyle.TextCenter);
            s.Text(r, 7, row.Action, XStyle.TextCenter);
            s.Text(r, 8, row.Percent is { } p ? p.ToString("0.##", CultureInfo.InvariantCulture) + "%" : null, XStyle.TextCenter);
            s.Text(r, 9, row.Scope, XStyle.TextCenter);
            s.Number(r, 10, row.BaseAmount, XStyle.Money);
            s.Number(r, 11, row.SuggestedChange, XStyle.Money);
            s.Number(r, 12, row.SuggestedNextYear, XStyle.Money);
            s.Text(r, 13, row.Explanation, XStyle.TextLeft);
            s.Text(r, 14, row.Decision, XStyle.TextCenter);
            s.Number(r, 15, row.DecidedChange, XStyle.Money);
            s.Text(r, 16, row.Reason, XStyle.TextLeft);
            s.Text(r, 17, row.DecidedBy, XStyle.TextCenter);
            s.Text(r, 18, row.DecidedAt, XStyle.TextCenter);
            r++;
        }

        var total = r;
        s.Text(total, 1, "合计", XStyle.BoldCenter);
        s.Merge(total, 1, total, 9, XStyle.BoldCenter);
        foreach (var col in new[] { 10, 11, 12, 15 })
        {
            var letter = SheetWriter.ColumnName(col);
            var cached = col switch
            {
                10 => rows.Sum(x => x.BaseAmount ?? 0m),
                11 => rows.Sum(x => x.SuggestedChange ?? 0m),
                12 => rows.Sum(x => x.SuggestedNextYear ?? 0m),
                _ => rows.Sum(x => x.DecidedChange ?? 0m),
            };
            s.Formula(total, col, rows.Count == 0 ? "0" : $"SUM({letter}3:{letter}{(total - 1).ToString(CultureInfo.InvariantCulture)})", cached, XStyle.BoldMoney);
        }

        s.Fill(total, 13, total, 14, XStyle.TextLeft);
        s.Fill(total, 16, total, last, XStyle.TextLeft);
        double[] widths = [18, 22, 7, 8, 9, 9, 12, 8, 9, 12, 12, 12, 40, 9, 12, 24, 10, 17];
        return s.Build(widths, [], 2, "&C第 &P 页，共 &N 页");
    }
}
