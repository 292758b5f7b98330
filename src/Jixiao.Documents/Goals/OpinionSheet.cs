using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;
using Jixiao.Domain;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Goals;

/// <summary>One checklist item's opinion as exchanged in a sheet.</summary>
public sealed record OpinionRow(string ItemCode, string ItemName, string? Findings, string? Rating, string? Opinion);

/// <summary>
/// 审核意见表: the bureau's opinions on a goal declaration exchanged as XLSX (experts and third parties often work in
/// Excel): one row per checklist item with the system's findings, a rating and an opinion. Reading checks every item code
/// and rating against the checklist and names the cell of each error.
/// </summary>
public static class OpinionSheet
{
    public const string SheetName = "审核意见";

    private static readonly string[] Headers = ["审核要点编码", "审核要点", "系统检查发现", "评级", "意见"];

    public static byte[] ToBytes(string subject, string round, GoalReviewChecklist checklist, IReadOnlyList<OpinionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(rows);
        var s = new SheetWriter();
        s.Text(1, 1, "绩效目标审核意见表", XStyle.Title);
        s.Merge(1, 1, 1, 5, XStyle.Title);
        s.Field(2, 1, "绩效目标", subject, 5);
        s.Field(3, 1, "审核轮次", round, 5);
        s.Field(4, 1, "评级可选", string.Join("、", checklist.Ratings), 5);
        for (var c = 0; c < Headers.Length; c++)
        {
            s.Text(5, c + 1, Headers[c], XStyle.Header);
        }

        var r = 6;
        foreach (var row in rows)
        {
            s.Text(r, 1, row.ItemCode, XStyle.TextCenter);
            s.Text(r, 2, row.ItemName, XStyle.TextLeft);
            s.Text(r, 3, row.Findings, XStyle.TextLeft);
            s.Text(r, 4, row.Rating, XStyle.TextCenter);
            s.Text(r, 5, row.Opinion, XStyle.TextLeft);
            r++;
        }

        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            CoreProperties.Add(package, "绩效目标审核意见表", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
            var workbookPart = package.AddWorkbookPart();
            XlsxStyles.AddTo(workbookPart);
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            sheetPart.Worksheet = s.Build([14, 14, 46, 10, 46], hiddenColumns: [], printTitleRow: null, footer: "&C第 &P 页");
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = "rIdSheet1" }));
        }

        using var output = new MemoryStream();
        DeterministicZip.Normalize(buffer, output);
        return output.ToArray();
    }

    /// <summary>The opinions a filled sheet holds (rows with a rating or an opinion), checked against the checklist.</summary>
    public static Result<IReadOnlyList<OpinionRow>> Read(byte[] bytes, string fileName, GoalReviewChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(checklist);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            return Result<IReadOnlyList<OpinionRow>>.Failure(new DomainError("opinions.not-xlsx", fileName, "文件不是有效的 XLSX 工作簿。"));
        }

        using (document)
        {
            var workbook = document.WorkbookPart;
            var shared = workbook?.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            foreach (var sheet in workbook?.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook!.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var g = XlsxOwnReader.Grid.Load(part, shared, sheet.Name?.Value ?? "?", fileName);
                var header = g.FindRow(r => g.RowHas(r, "审核要点编码") && g.RowHas(r, "评级"));
                if (header is not int h)
                {
                    continue;
                }

                var cols = g.HeaderColumns(h);
                int Col(string name) => cols.GetValueOrDefault(CellText.Key(name));
                var errors = new List<DomainError>();
                var rows = new List<OpinionRow>();
                for (var r = h + 1; r <= g.MaxRow; r++)
                {
                    var code = CellText.Normalize(g.Text(r, Col("审核要点编码")));
                    var rating = CellText.Normalize(g.Text(r, Col("评级")));
                    var opinion = g.Text(r, Col("意见")).Trim();
                    if (code.Length == 0 && rating.Length == 0 && opinion.Length == 0)
                    {
                        continue;
                    }

                    var item = checklist.Items.FirstOrDefault(i => i.Code == code);
                    if (item is null)
                    {
                        errors.Add(g.Error(r, Col("审核要点编码"), "opinions.item", $"审核要点编码“{code}”不在审核要点中（可选：{string.Join("、", checklist.Items.Select(i => i.Code))}）"));
                        continue;
                    }

                    if (rating.Length > 0 && !checklist.Ratings.Contains(rating, StringComparer.Ordinal))
                    {
                        errors.Add(g.Error(r, Col("评级"), "opinions.rating", $"评级“{rating}”无效（可选：{string.Join("、", checklist.Ratings)}）"));
                        continue;
                    }

                    if (rating.Length > 0 || opinion.Length > 0)
                    {
                        rows.Add(new OpinionRow(code, item.Name, null, rating.Length == 0 ? null : rating, opinion.Length == 0 ? null : opinion));
                    }
                }

                return errors.Count > 0 ? Result<IReadOnlyList<OpinionRow>>.Failure(errors) : Result<IReadOnlyList<OpinionRow>>.Success(rows);
            }
        }

        return Result<IReadOnlyList<OpinionRow>>.Failure(new DomainError("opinions.no-table", fileName, "找不到审核意见表：没有哪个工作表含有“审核要点编码”和“评级”表头行。"));
    }
}
