namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// What a person sees in one of our documents, whatever program last saved it: the title (from the
/// document properties), the paragraphs in reading order, the tables (each row's cells aligned to the
/// header's columns) and label–value pairs laid out one above the other (the XLSX budget block).
/// Built from DOCX paragraphs and tables (<see cref="DocxVisible"/>) or from a PDF's text layer
/// (<see cref="PdfVisible"/>), and read into an evaluation by <see cref="VisibleReader"/>.
/// </summary>
internal sealed record VisibleContent
{
    /// <summary>Document title (DOCX core properties, PDF Info), e.g. “…组织部2022年度部门整体支出绩效自评报告”.</summary>
    public string? Title { get; init; }

    /// <summary>Author / creator property (“Jixiao” for our files).</summary>
    public string? Creator { get; init; }

    /// <summary>Paragraph texts in reading order (a PDF gives its physical lines).</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    public IReadOnlyList<VisibleTable> Tables { get; init; } = [];

    /// <summary>Labels with the value shown under or beside them (总预算 → 1297.59).</summary>
    public IReadOnlyList<(string Label, string Value)> KeyValues { get; init; } = [];

    /// <summary>Where the content came from, for messages: “DOCX 可见内容”, “PDF 文字层”.</summary>
    public required string Medium { get; init; }
}

/// <summary>A table as shown: header cells and rows whose cells line up with the header (empty where nothing is shown).</summary>
/// <param name="Where">Where it is, for sources (e.g. “第 2 页”).</param>
internal sealed record VisibleTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string Where)
{
    /// <summary>Index of the first header cell whose text (without spaces) contains <paramref name="label"/>, at or after <paramref name="from"/>; −1 if none.</summary>
    public int Column(string label, int from = 0)
    {
        for (var i = Math.Max(0, from); i < Header.Count; i++)
        {
            if (CellText.Key(Header[i]).Contains(label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public static string Cell(IReadOnlyList<string> row, int column) => column >= 0 && column < row.Count ? row[column] : string.Empty;
}
