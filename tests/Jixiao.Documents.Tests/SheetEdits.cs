using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tests;

/// <summary>What people do to a sheet, applied to our XLSX bytes: rename, insert rows, re-merge, type numbers as text.</summary>
internal static partial class SheetEdits
{
    public static byte[] Apply(byte[] xlsx, Action<WorkbookPart, Worksheet> edit)
    {
        var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var doc = SpreadsheetDocument.Open(stream, true))
        {
            var wb = doc.WorkbookPart!;
            var first = wb.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!;
            edit(wb, ((WorksheetPart)wb.GetPartById(first)).Worksheet!);
        }

        return stream.ToArray();
    }

    public static void Rename(WorkbookPart wb, string name) => wb.Workbook!.Sheets!.Elements<Sheet>().First().Name = name;

    public static Cell Cell(Worksheet ws, string reference) =>
        ws.Descendants<Cell>().Single(c => c.CellReference!.Value == reference);

    public static void SetText(Worksheet ws, string reference, string text)
    {
        var cell = Cell(ws, reference);
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
    }

    /// <summary>Moves every row from <paramref name="from"/> down by <paramref name="count"/> (blank rows inserted), fixing merges.</summary>
    public static void InsertBlankRows(Worksheet ws, int from, int count)
    {
        foreach (var row in ws.Descendants<Row>().Where(r => r.RowIndex!.Value >= from).ToList())
        {
            row.RowIndex = (uint)(row.RowIndex!.Value + count);
            foreach (var cell in row.Elements<Cell>())
            {
                cell.CellReference = Shift(cell.CellReference!.Value!, from, count);
            }
        }

        foreach (var merge in ws.Descendants<MergeCell>())
        {
            merge.Reference = string.Join(":", merge.Reference!.Value!.Split(':').Select(r => Shift(r, from, count)));
        }
    }

    /// <summary>Replaces every merge whose range starts in column A with a shorter one (people re-merge by hand).</summary>
    public static void Remerge(Worksheet ws, string remove, string add)
    {
        var merges = ws.GetFirstChild<MergeCells>()!;
        merges.Elements<MergeCell>().Single(m => m.Reference!.Value == remove).Remove();
        merges.Append(new MergeCell { Reference = add });
        merges.Count = (uint)merges.Elements<MergeCell>().Count();
    }

    /// <summary>Moves inline strings into a shared-string table, as Excel does on save.</summary>
    public static void ToSharedStrings(WorkbookPart wb, Worksheet ws)
    {
        var part = wb.SharedStringTablePart ?? wb.AddNewPart<SharedStringTablePart>();
        part.SharedStringTable ??= new SharedStringTable();
        var index = 0;
        foreach (var cell in ws.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).ToList())
        {
            part.SharedStringTable.Append(new SharedStringItem(new Text(cell.InlineString!.InnerText)));
            cell.InlineString = null;
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
            index++;
        }
    }

    private static string Shift(string reference, int from, int count)
    {
        var m = RefPattern().Match(reference);
        var row = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return m.Groups[1].Value + (row >= from ? row + count : row).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^([A-Z]+)([0-9]+)$")]
    private static partial Regex RefPattern();
}
