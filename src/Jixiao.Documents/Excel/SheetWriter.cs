using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Excel;

/// <summary>Cell styles of <see cref="XlsxStyles"/> by name.</summary>
internal enum XStyle : uint
{
    Default = 0,
    Title = 1,
    Header = 2,
    TextCenter = 3,
    TextLeft = 4,
    Number = 5,
    Money = 6,
    Percent = 7,
    BoldCenter = 8,
    BoldNumber = 9,
    Plain = 10,
    BoldMoney = 11,

    /// <summary>A score the unit stated (no computation behind it): a number on a light yellow fill.</summary>
    Stated = 12,

    /// <summary>An unrounded score shown with two decimals (0.00).</summary>
    Score = 13,

    BoldLeft = 14,
}

/// <summary>
/// Collects the cells, merges and print settings of one worksheet and writes them in schema
/// order. Rows and columns are 1-based. Strings are inline (no shared-string table to keep in step).
/// </summary>
internal sealed class SheetWriter
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> rows = [];
    private readonly List<string> merges = [];
    private readonly List<(int Row1, int Col1, int Row2, int Col2)> areas = [];
    private readonly Dictionary<int, double> heights = [];

    public static string Ref(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 1-based column of a cell reference (AB12 → 28); 0 when it starts with no letter.</summary>
    public static int ColumnNumber(string reference)
    {
        var col = 0;
        foreach (var ch in reference)
        {
            var upper = char.ToUpperInvariant(ch);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            col = (col * 26) + (upper - 'A' + 1);
        }

        return col;
    }

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        while (column > 0)
        {
            var m = (column - 1) % 26;
            name = (char)('A' + m) + name;
            column = (column - m) / 26;
        }

        return name;
    }

    public void Text(int row, int column, string? text, XStyle style)
    {
        var cell = NewCell(row, column, style);
        if (!string.IsNullOrEmpty(text))
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        }
    }

    /// <summary>A header cell with its label, then the value as left-aligned text merged up to <paramref name="valueTo"/>.</summary>
    public void Field(int row, int labelColumn, string label, string? value, int valueTo)
    {
        Text(row, labelColumn, label, XStyle.Header);
        Text(row, labelColumn + 1, value, XStyle.TextLeft);
        Merge(row, labelColumn + 1, row, valueTo, XStyle.TextLeft);
    }

    public void Number(int row, int column, decimal? value, XStyle style)
    {
        var cell = NewCell(row, column, style);
        if (value is { } v)
        {
            cell.CellValue = new CellValue(Num(v));
        }
    }

    /// <summary>A formula with its cached numeric value, so viewers that do not recalculate still show it.</summary>
    public void Formula(int row, int column, string formula, decimal? cached, XStyle style)
    {
        var cell = NewCell(row, column, style);
        cell.CellFormula = new CellFormula(formula);
        if (cached is { } v)
        {
            cell.CellValue = new CellValue(Num(v));
        }
    }

    /// <summary>A formula whose result is text, with its cached text.</summary>
    public void TextFormula(int row, int column, string formula, string cached, XStyle style)
    {
        var cell = NewCell(row, column, style);
        cell.DataType = CellValues.String;
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(cached);
    }

    /// <summary>Styles every cell of a rectangle (borders of merged areas) without values.</summary>
    public void Fill(int row1, int column1, int row2, int column2, XStyle style)
    {
        for (var r = row1; r <= row2; r++)
        {
            for (var c = column1; c <= column2; c++)
            {
                if (!Has(r, c))
                {
                    NewCell(r, c, style);
                }
            }
        }
    }

    public void Merge(int row1, int column1, int row2, int column2, XStyle style)
    {
        Fill(row1, column1, row2, column2, style);
        if (row1 != row2 || column1 != column2)
        {
            merges.Add(Ref(row1, column1) + ":" + Ref(row2, column2));
            areas.Add((row1, column1, row2, column2));
        }
    }

    /// <summary>A number as Excel stores it: invariant, no trailing zeros (99, not 99.0).</summary>
    public static string Num(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public void Height(int row, double points) => heights[row] = points;

    public bool Has(int row, int column) => rows.TryGetValue(row, out var r) && r.ContainsKey(column);

    public Worksheet Build(double[] widths, IReadOnlyCollection<int> hiddenColumns, int? printTitleRow, string footer)
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(new SheetViews(new SheetView { WorkbookViewId = 0U, ZoomScale = 100U }));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15D });
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            var column = new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true };
            if (hiddenColumns.Contains(i + 1))
            {
                column.Hidden = true;
            }

            columns.Append(column);
        }

        worksheet.Append(columns);
        var data = new SheetData();
        foreach (var (r, cells) in rows)
        {
            var row = new Row { RowIndex = (uint)r };
            var h = heights.TryGetValue(r, out var fixedHeight) ? fixedHeight : EstimateHeight(r, cells, widths, hiddenColumns);
            if (h > 0)
            {
                row.Height = h;
                row.CustomHeight = true;
            }

            foreach (var cell in cells.Values)
            {
                row.Append(cell);
            }

            data.Append(row);
        }

        worksheet.Append(data);
        if (merges.Count > 0)
        {
            var mergeCells = new MergeCells { Count = (uint)merges.Count };
            foreach (var m in merges)
            {
                mergeCells.Append(new MergeCell { Reference = m });
            }

            worksheet.Append(mergeCells);
        }

        worksheet.Append(new PrintOptions { HorizontalCentered = true });
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        worksheet.Append(new HeaderFooter(new OddFooter(footer)));
        _ = printTitleRow;
        return worksheet;
    }

    /// <summary>
    /// Row height for wrapped text. Neither Excel nor LibreOffice re-measures rows of a generated
    /// file reliably, so the height is estimated: CJK characters count two width units, others one,
    /// against the (merged) column width; rows held by a vertical merge are left to the merge.
    /// </summary>
    private double EstimateHeight(int row, SortedDictionary<int, Cell> cells, double[] widths, IReadOnlyCollection<int> hiddenColumns)
    {
        var lines = 1;
        foreach (var (col, cell) in cells)
        {
            var text = cell.InlineString?.InnerText ?? cell.CellValue?.Text;
            if (string.IsNullOrEmpty(text) || cell.CellFormula is not null || hiddenColumns.Contains(col))
            {
                continue;
            }

            var area = areas.FirstOrDefault(a => a.Row1 == row && a.Col1 == col);
            if (area != default && area.Row2 > area.Row1)
            {
                continue;
            }

            var lastCol = area == default ? col : area.Col2;
            var width = 0d;
            for (var c = col; c <= lastCol && c <= widths.Length; c++)
            {
                width += widths[c - 1];
            }

            var style = (XStyle)(cell.StyleIndex?.Value ?? 0U);
            var small = style == XStyle.TextLeft;
            var usable = Math.Max(2d, (width - 1.5) * (small ? 1.1 : 1.0));
            var count = 0;
            foreach (var line in text.Split('\n'))
            {
                var units = line.Sum(ch => ch > 0x2E80 ? 2.0 : 1.05);
                count += Math.Max(1, (int)Math.Ceiling(units / usable));
            }

            lines = Math.Max(lines, count);
        }

        return lines <= 1 ? 0 : Math.Round(lines * 14.5 + 3, 1);
    }

    private Cell NewCell(int row, int column, XStyle style)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            cells = [];
            rows[row] = cells;
        }

        var cell = new Cell { CellReference = Ref(row, column), StyleIndex = (uint)style };
        cells[column] = cell;
        return cell;
    }
}

/// <summary>The stylesheet behind <see cref="XStyle"/>: 宋体 (SimSun) with borders, wraps and number formats.</summary>
internal static class XlsxStyles
{
    public const string FontName = "宋体";

    public static void AddTo(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<WorkbookStylesPart>("rIdStyles");
        part.Stylesheet = new Stylesheet(
            new Fonts(
                Font(11, false),
                Font(11, true),
                Font(16, true),
                Font(10, false))
            { Count = 4U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
            { Count = 4U },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(
                    new LeftBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
                    new RightBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
                    new TopBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
                    new BottomBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
                    new DiagonalBorder()))
            { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                Format(0, 0, 0, 0, null, null, false),                                                          // Default
                Format(2, 0, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),       // Title
                Format(1, 2, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),       // Header
                Format(0, 0, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),       // TextCenter
                Format(3, 0, 1, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, true),         // TextLeft
                Format(0, 0, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),       // Number (General)
                Format(0, 0, 1, 2, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, false, shrink: true),   // Money 0.00
                Format(0, 0, 1, 10, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false, shrink: true), // Percent 0.00%
                Format(1, 0, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),       // BoldCenter
                Format(1, 0, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),      // BoldNumber
                Format(0, 0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, true),         // Plain
                Format(1, 0, 1, 2, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, false, shrink: true),   // BoldMoney
                Format(0, 3, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),       // Stated (yellow)
                Format(0, 0, 1, 2, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),      // Score 0.00
                Format(1, 0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, false))        // BoldLeft
            { Count = 15U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = FontName });
        font.Append(new FontFamilyNumbering { Val = 3 });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }

    /// <summary>A cell format; <paramref name="shrink"/>: amounts shrink to fit a narrow column instead of showing ###.</summary>
    private static CellFormat Format(uint font, uint fill, uint border, uint numberFormat, HorizontalAlignmentValues? horizontal, VerticalAlignmentValues? vertical, bool wrap, bool shrink = false)
    {
        var format = new CellFormat
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numberFormat,
            FormatId = 0U,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyNumberFormat = numberFormat != 0,
        };
        if (horizontal is not null || vertical is not null || wrap)
        {
            format.ApplyAlignment = true;
            var alignment = new Alignment { WrapText = wrap };
            if (shrink)
            {
                alignment.ShrinkToFit = true;
            }

            if (horizontal is { } h)
            {
                alignment.Horizontal = h;
            }

            if (vertical is { } v)
            {
                alignment.Vertical = v;
            }

            format.Append(alignment);
        }

        return format;
    }
}
