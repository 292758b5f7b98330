using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// The visible content of a DOCX: body paragraphs in order (inside content controls too) and tables
/// (cells widened by their grid span, so every row lines up with the header), and the title and
/// creator from the core properties. What Word, WPS or LibreOffice keep when they re-save our report
/// and drop its data part.
/// </summary>
internal static class DocxVisible
{
    public static VisibleContent Read(WordprocessingDocument doc)
    {
        var lines = new List<string>();
        var tables = new List<VisibleTable>();
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is not null)
        {
            Walk(body, lines, tables);
        }

        var (title, creator) = Core(doc.CoreFilePropertiesPart);
        return new VisibleContent { Title = title, Creator = creator, Lines = lines, Tables = tables, Medium = "DOCX 可见内容" };
    }

    private static void Walk(DocumentFormat.OpenXml.OpenXmlElement parent, List<string> lines, List<VisibleTable> tables) =>
        Walk(parent, p => lines.Add(Text(p)), t => tables.Add(Table(t, tables.Count)));

    /// <summary>The body's paragraphs and tables in document order, inside content controls too.</summary>
    internal static void Walk(DocumentFormat.OpenXml.OpenXmlElement parent, Action<Paragraph> paragraph, Action<Table> table)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    paragraph(p);
                    break;
                case Table t:
                    table(t);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Walk(content, paragraph, table);
                    break;
                default:
                    break;
            }
        }
    }

    private static VisibleTable Table(Table table, int index)
    {
        var rows = table.Elements<TableRow>()
            .Select(tr => (IReadOnlyList<string>)[.. Cells(tr, tc => string.Join("\n", tc.Elements<Paragraph>().Select(Text)).Trim())])
            .ToList();
        return rows.Count == 0
            ? new VisibleTable([], [], $"第 {index + 1} 个表格")
            : new VisibleTable(rows[0], rows.Skip(1).ToList(), $"第 {index + 1} 个表格");
    }

    /// <summary>A row's cells, each widened by its grid span (empty cells after it), so every row lines up with the header.</summary>
    internal static IEnumerable<string> Cells(TableRow row, Func<TableCell, string> text)
    {
        foreach (var tc in row.Elements<TableCell>())
        {
            yield return text(tc);
            var span = tc.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            for (var i = 1; i < span; i++)
            {
                yield return string.Empty;
            }
        }
    }

    /// <summary>The text of a paragraph as shown: runs, tabs and line breaks (deleted revisions are not shown).</summary>
    internal static string Text(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var element in p.Descendants())
        {
            switch (element)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append('\t');
                    break;
                case Break:
                    sb.Append('\n');
                    break;
                default:
                    break;
            }
        }

        return sb.ToString();
    }

    private static (string? Title, string? Creator) Core(CoreFilePropertiesPart? part)
    {
        if (part is null)
        {
            return (null, null);
        }

        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            var root = XElement.Load(stream);
            XNamespace dc = "http://purl.org/dc/elements/1.1/";
            return (root.Element(dc + "title")?.Value, root.Element(dc + "creator")?.Value);
        }
        catch (System.Xml.XmlException)
        {
            return (null, null);
        }
    }
}
