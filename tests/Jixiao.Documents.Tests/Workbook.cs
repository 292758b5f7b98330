using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tests;

/// <summary>One cell as a workbook stores it: formula (if any) and the value, text resolved from shared strings.</summary>
internal sealed record StoredCell(string? Formula, string Value, bool IsText);

/// <summary>Every cell of every sheet of an XLSX, by sheet name and reference (A1), as written or as LibreOffice saved it.</summary>
internal sealed class Workbook
{
    private readonly Dictionary<string, Dictionary<string, StoredCell>> sheets = [];

    public Workbook(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var book = doc.WorkbookPart!;
        var shared = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        foreach (var sheet in book.Workbook!.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
            var cells = new Dictionary<string, StoredCell>(StringComparer.Ordinal);
            foreach (var cell in part.Worksheet!.Descendants<Cell>())
            {
                var type = cell.DataType?.Value;
                var raw = cell.CellValue?.Text ?? string.Empty;
                string value;
                var text = true;
                if (type == CellValues.InlineString)
                {
                    value = cell.InlineString?.InnerText ?? string.Empty;
                }
                else if (type == CellValues.SharedString)
                {
                    value = shared[int.Parse(raw, CultureInfo.InvariantCulture)];
                }
                else if (type == CellValues.String || type == CellValues.Error || type == CellValues.Boolean)
                {
                    value = raw;
                }
                else
                {
                    value = raw;
                    text = false;
                }

                cells[cell.CellReference!.Value!] = new StoredCell(cell.CellFormula?.Text, value, text);
            }

            sheets[sheet.Name!.Value!] = cells;
        }
    }

    public static Workbook Open(string path) => new(File.ReadAllBytes(path));

    public IEnumerable<string> SheetNames => sheets.Keys;

    public IReadOnlyDictionary<string, StoredCell> Sheet(string name) => sheets[name];

    public StoredCell? Cell(string sheet, string reference) =>
        sheets.TryGetValue(sheet, out var cells) && cells.TryGetValue(reference, out var cell) ? cell : null;

    /// <summary>The reference of the first cell of a sheet whose value is <paramref name="text"/>.</summary>
    public string Find(string sheet, string text) =>
        sheets[sheet].Where(c => c.Value.Value == text).Select(c => c.Key).OrderBy(Row).ThenBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).First();

    public static int Row(string reference) => int.Parse(new string(reference.Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);

    public static string Column(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());
}
