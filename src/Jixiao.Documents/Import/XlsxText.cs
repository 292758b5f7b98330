using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Import;

/// <summary>
/// The text of a published workbook (an XLSX someone else made: a bureau's 自评表 in Excel or WPS) as Excel shows
/// it: every visible sheet in order, every visible row as <c>a | b |</c> in column order (an empty cell keeps its
/// place, so a row lines up with its header), numbers as their format shows them (0.9 under <c>0.00%</c> is
/// 90.00%, 1234.5 under <c>0.00"万元"</c> is 1234.50万元, a date as 2023年5月6日 or 2023-05-06), a merged range's
/// text in its first cell. A formula gives the value Excel saved with it. Sheets are separated by an empty line.
/// </summary>
internal static class XlsxText
{
    public static string Read(SpreadsheetDocument doc, string name, List<string> warnings)
    {
        var workbook = doc.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (workbook is null || sheets.Count == 0)
        {
            warnings.Add($"{name}：XLSX 中没有工作表");
            return string.Empty;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
        var formats = new CellFormats(workbook.WorkbookStylesPart?.Stylesheet);
        var sb = new StringBuilder();
        var formulasWithoutValue = 0;
        var hiddenSheets = new List<string>();
        var hiddenRows = 0;
        var hiddenCells = 0;
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet is not { } worksheet)
            {
                continue;
            }

            if (sheet.State?.Value is { } state && state != SheetStateValues.Visible)
            {
                if (worksheet.Descendants<Cell>().Any(HasText))
                {
                    hiddenSheets.Add(sheet.Name?.Value ?? "?");
                }

                continue;
            }

            var hiddenColumns = new HashSet<int>();
            foreach (var column in worksheet.Elements<Columns>().SelectMany(c => c.Elements<Column>()).Where(c => c.Hidden?.Value == true))
            {
                for (var c = (int)(column.Min?.Value ?? 0); c <= (int)(column.Max?.Value ?? 0) && c <= 16384; c++)
                {
                    hiddenColumns.Add(c);
                }
            }

            var rows = new List<SortedDictionary<int, string>>();
            foreach (var row in worksheet.Elements<SheetData>().SelectMany(d => d.Elements<Row>()))
            {
                if (row.Hidden?.Value == true)
                {
                    hiddenRows += row.Elements<Cell>().Any(HasText) ? 1 : 0;
                    continue;
                }

                var cells = new SortedDictionary<int, string>();
                var next = 1;
                foreach (var cell in row.Elements<Cell>())
                {
                    var col = cell.CellReference?.Value is { } reference && Excel.SheetWriter.ColumnNumber(reference) is > 0 and var c ? c : next;
                    next = col + 1;
                    if (hiddenColumns.Contains(col))
                    {
                        hiddenCells += HasText(cell) ? 1 : 0;
                        continue;
                    }

                    if (cell.CellFormula is not null && cell.CellValue is null)
                    {
                        formulasWithoutValue++;
                    }

                    var text = Value(cell, shared, formats).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Trim();
                    if (text.Length > 0)
                    {
                        cells[col] = text.Replace("|", "｜", StringComparison.Ordinal);
                    }
                }

                if (cells.Count > 0)
                {
                    rows.Add(cells);
                }
            }

            if (rows.Count == 0)
            {
                continue;
            }

            // A table that starts in column C keeps its shape without two empty cells before every row.
            var first = rows.Min(r => r.Keys.First());
            foreach (var cells in rows)
            {
                var last = cells.Keys.Last();
                for (var c = first; c <= last; c++)
                {
                    if (hiddenColumns.Contains(c))
                    {
                        continue;
                    }

                    sb.Append(cells.TryGetValue(c, out var v) ? v : string.Empty).Append(" | ");
                }

                sb.Append('\n');
            }

            sb.Append('\n');
        }

        // Left out as Excel leaves them out of sight, but said: a figure a bureau hid may still be wanted.
        var hidden = new List<string>();
        if (hiddenSheets.Count > 0)
        {
            hidden.Add("工作表" + string.Join("、", hiddenSheets.Select(n => $"“{n}”")));
        }

        if (hiddenRows > 0)
        {
            hidden.Add($"{hiddenRows} 行");
        }

        if (hiddenCells > 0)
        {
            hidden.Add($"隐藏列中的 {hiddenCells} 个单元格");
        }

        if (hidden.Count > 0)
        {
            warnings.Add($"{name}：隐藏的内容未读取（{string.Join("；", hidden)}），与 Excel 中所见一致；如也要导入，请在 Excel/WPS 中取消隐藏后保存再导入");
        }

        if (formulasWithoutValue > 0)
        {
            warnings.Add($"{name}：有 {formulasWithoutValue} 个公式单元格没有保存计算结果，按空白读取（请在 Excel/WPS 中打开并保存后再导入）");
        }

        return sb.ToString();

        bool HasText(Cell cell) => !string.IsNullOrWhiteSpace(Value(cell, shared, formats));
    }

    /// <summary>A shared string's text: its runs, without the phonetic guide (rPh) that Excel keeps beside East Asian text.</summary>
    private static string ItemText(SharedStringItem item) =>
        item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty));

    private static string Value(Cell cell, List<string> shared, CellFormats formats)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty)) : string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d))
        {
            return formats.Show(d, cell.StyleIndex?.Value ?? 0);
        }

        return raw;
    }

    /// <summary>The number formats of a workbook's cell styles, and how a number looks under each.</summary>
    private sealed class CellFormats
    {
        private readonly List<uint> styleFormat = [];
        private readonly Dictionary<uint, string> custom = [];

        public CellFormats(Stylesheet? stylesheet)
        {
            foreach (var f in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
            {
                styleFormat.Add(f.NumberFormatId?.Value ?? 0);
            }

            foreach (var n in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            {
                if (n.NumberFormatId?.Value is { } id && n.FormatCode?.Value is { } code)
                {
                    custom[id] = code;
                }
            }
        }

        public string Show(double value, uint style)
        {
            var id = style < styleFormat.Count ? styleFormat[(int)style] : 0;
            var code = custom.TryGetValue(id, out var c) ? c : Builtin(id);
            var section = Section(code);
            var (prefix, body, suffix) = Split(section);
            if (IsDate(body) && value is > 0 and < 2958466)
            {
                var date = DateTime.FromOADate(value);
                return section.Contains('年', StringComparison.Ordinal)
                    ? date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            var negativeSection = value < 0 && code.Contains(';', StringComparison.Ordinal);
            var number = negativeSection ? -value : value;
            var sign = negativeSection ? "-" : string.Empty;
            var percent = body.Contains('%', StringComparison.Ordinal);
            if (Math.Abs(number) >= 1e15)
            {
                return sign + number.ToString("R", CultureInfo.InvariantCulture);
            }

            var shown = percent ? (decimal)number * 100m : (decimal)number;
            string digits;
            if (body.Any(ch => ch is '0' or '#' or '?') && !body.Contains('E', StringComparison.OrdinalIgnoreCase))
            {
                var places = Places(body);
                digits = Math.Round(shown, places, MidpointRounding.AwayFromZero).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            }
            else
            {
                // General: the value without the binary noise Excel keeps (8.9999999999999991).
                digits = Math.Round(shown, 10).ToString(CultureInfo.InvariantCulture);
                if (digits.Contains('.', StringComparison.Ordinal))
                {
                    digits = digits.TrimEnd('0').TrimEnd('.');
                }
            }

            return sign + prefix + digits + (percent ? "%" : string.Empty) + suffix;
        }

        private static string Builtin(uint id) => id switch
        {
            1 => "0",
            2 => "0.00",
            3 => "#,##0",
            4 => "#,##0.00",
            9 => "0%",
            10 => "0.00%",
            >= 14 and <= 17 or 22 => "yyyy-m-d",
            >= 27 and <= 36 or >= 50 and <= 58 => "yyyy\"年\"m\"月\"d\"日\"",
            37 or 38 => "#,##0 ;(#,##0)",
            39 or 40 => "#,##0.00;(#,##0.00)",
            _ => "General",
        };

        /// <summary>A date format: day or year letters and no digit placeholder (built-in date ids map to such codes in <see cref="Builtin"/>).</summary>
        private static bool IsDate(string body) =>
            !body.Equals("General", StringComparison.OrdinalIgnoreCase) && body.Any(ch => ch is 'y' or 'Y' or 'd' or 'D') && !body.Any(ch => ch is '0' or '#');

        /// <summary>The format's first section (for positive numbers), without colour or condition brackets.</summary>
        private static string Section(string code)
        {
            var quoted = false;
            for (var i = 0; i < code.Length; i++)
            {
                if (code[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (code[i] == ';' && !quoted)
                {
                    return code[..i];
                }
            }

            return code;
        }

        /// <summary>The literal text before and after a format's digits (<c>"约"0.00"万元"</c>), and the digits' part.</summary>
        private static (string Prefix, string Body, string Suffix) Split(string section)
        {
            var prefix = new StringBuilder();
            var suffix = new StringBuilder();
            var body = new StringBuilder();
            var seenDigit = false;
            for (var i = 0; i < section.Length; i++)
            {
                var ch = section[i];
                string? literal = null;
                if (ch == '"')
                {
                    var end = section.IndexOf('"', i + 1);
                    end = end < 0 ? section.Length : end;
                    literal = section[(i + 1)..end];
                    i = end;
                }
                else if (ch == '\\' && i + 1 < section.Length)
                {
                    literal = section[i + 1].ToString();
                    i++;
                }
                else if (ch == '[')
                {
                    var end = section.IndexOf(']', i + 1);
                    i = end < 0 ? section.Length : end;
                    continue;
                }
                else if (ch is '_' or '*')
                {
                    i++;
                    continue;
                }
                else if (ch is '0' or '#' or '?' or '.' or ',' or '%' or 'E' or 'e' or '+' or '-' || char.IsLetter(ch) && ch < 128)
                {
                    seenDigit |= ch is '0' or '#' or '?';
                    body.Append(ch);
                    continue;
                }
                else if (ch is ' ' or '(' or ')' or '$' or '¥' or '￥' or ':' or '/' || ch > 127)
                {
                    literal = ch.ToString();
                }

                if (literal is not null)
                {
                    (seenDigit ? suffix : prefix).Append(literal);
                }
            }

            return (prefix.ToString().Trim(), body.ToString(), suffix.ToString().TrimEnd());
        }

        private static int Places(string body)
        {
            var dot = body.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return 0;
            }

            var places = 0;
            for (var i = dot + 1; i < body.Length && body[i] is '0' or '#' or '?'; i++)
            {
                places++;
            }

            return Math.Min(places, 10);
        }
    }
}
