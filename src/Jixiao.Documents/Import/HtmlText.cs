using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Jixiao.Documents.Import;

/// <summary>
/// The text of a web page as a browser shows it, parsed as browsers parse it (AngleSharp's HTML5 parser: unclosed
/// <c>&lt;p&gt;</c> and <c>&lt;td&gt;</c>, entities, Word's conditional comments). Block elements and <c>&lt;br&gt;</c>
/// end lines; white space collapses as a browser collapses it, and a source line break between two Chinese characters
/// (Word's "save as web page" wraps its HTML every 76 columns, mid-sentence) is dropped rather than made a space, as
/// CSS says, except in LibreOffice's export, which wraps only where the text had a space.
/// A data table's row is one line <c>a | b |</c> like a DOCX row: a cell's paragraphs joined by spaces, a cell
/// widened by its colspan, the rows under a rowspan given an empty cell there, so columns stay aligned with the
/// header. A table used for page layout (a cell holding another table or a long article, or one column only) is
/// read as the blocks it holds. Scripts, styles, hidden elements (<c>hidden</c>, <c>display:none</c>, Word's
/// <c>mso-hide:all</c>), form menus and the head are not shown, so not read (the title only when the page does not show it).
/// </summary>
internal static class HtmlText
{
    /// <summary>Text of one cell beyond which a table is taken for page layout (a whole article in a cell).</summary>
    private const int LayoutCellLength = 800;

    /// <summary>Largest colspan and rowspan followed (a malformed page's colspan="9999" must not make a huge row).</summary>
    private const int MaxSpan = 64;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "select", "option", "datalist", "iframe", "object", "embed",
        "svg", "math", "canvas", "audio", "video", "map", "button", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "section", "article",
        "header", "footer", "nav", "aside", "main", "blockquote", "pre", "address", "form", "fieldset", "legend",
        "center", "hr", "figure", "figcaption", "caption", "details", "summary", "menu", "dir", "listing", "xmp",
        "plaintext",
    };

    public static string Read(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var generator = doc.QuerySelector("meta[name=generator]")?.GetAttribute("content") ?? string.Empty;
        var text = new Lines(wrapsAreSpaces: generator.Contains("LibreOffice", StringComparison.OrdinalIgnoreCase) || generator.Contains("OpenOffice", StringComparison.OrdinalIgnoreCase));
        if (doc.Body is { } body)
        {
            Flow(body, text, inCell: false);
        }

        var shown = text.ToString();
        return Title(doc.Title, shown) is { } title ? title + "\n" + shown : shown;
    }

    /// <summary>
    /// The page's title (its part before a site name: 某某局2022年度部门整体支出绩效自评报告_某某市人民政府), as a first
    /// line, when the page does not show it itself: the title is often the only place a web copy names its document.
    /// A short one (Word's 文档, a site's 首页) is no document's name and is left out.
    /// </summary>
    private static string? Title(string? title, string shown)
    {
        var name = title is null ? string.Empty : title.Split(['_', '|', '－', '—', '-'], 2)[0].Trim();
        return name.Length >= 8 && !shown.Contains(name, StringComparison.Ordinal) ? name : null;
    }

    /// <summary>
    /// Appends a node's text: outside a table cell blocks break lines; inside one (<paramref name="inCell"/>) they
    /// break into a space, as a DOCX cell's paragraphs are joined.
    /// </summary>
    private static void Flow(INode node, Lines text, bool inCell)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data, collapse: !InPre(t));
                    break;
                case IElement e when Hidden(e) || Menu(e):
                    break;
                case IHtmlTableElement table:
                    Table(table, text, inCell);
                    break;
                case IElement e when e.LocalName == "br":
                    if (inCell)
                    {
                        text.Space();
                    }
                    else
                    {
                        text.Break(blankLine: true);
                    }

                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    if (inCell)
                    {
                        text.Space();
                        Flow(e, text, inCell);
                        text.Space();
                    }
                    else
                    {
                        text.Break();
                        Flow(e, text, inCell);
                        text.Break();
                    }

                    break;
                case IElement e:
                    Flow(e, text, inCell);
                    break;
                default:
                    break;
            }
        }

        static bool InPre(INode n) => n.ParentElement?.Closest("pre, textarea, listing, xmp, plaintext") is not null;
    }

    /// <summary>Containers that hold a page's menus rather than its document.</summary>
    private static readonly HashSet<string> MenuContainers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ul", "ol", "dl", "div", "td", "tr", "table", "header", "footer", "aside", "section", "p", "span", "li",
    };

    /// <summary>
    /// A site's navigation: a <c>&lt;nav&gt;</c>, or a container of two links or more whose text is almost all link
    /// text (a menu, a column list, a footer's links), so that 首页 信息公开 互动交流 do not run into the document's title.
    /// </summary>
    private static bool Menu(IElement e)
    {
        if (e.LocalName == "nav")
        {
            return true;
        }

        if (!MenuContainers.Contains(e.LocalName))
        {
            return false;
        }

        // Links to files (附件：1.某某局2023年度部门整体支出绩效自评报告.pdf) are the document's attachments, not navigation.
        var links = e.GetElementsByTagName("a").Where(a => !ToFile(a.GetAttribute("href"))).ToList();
        if (links.Count < 2)
        {
            return false;
        }

        var linked = links.Sum(a => Letters(a.TextContent));
        var all = Letters(e.TextContent);
        return all > 0 && linked >= 0.8 * all;

        static int Letters(string s) => s.Count(char.IsLetterOrDigit);
    }

    /// <summary>Whether a link's address ends in a file a document is attached as (.pdf .doc .xls …, also before a query).</summary>
    private static bool ToFile(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return false;
        }

        var path = href.Split('?', '#')[0];
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext is ".zip" or ".rar" or ".7z" || PublishedTextReader.Extensions.Contains(ext) && ext is not (".html" or ".htm");
    }

    private static bool Hidden(IElement e)
    {
        if (Skipped.Contains(e.LocalName) || e.HasAttribute("hidden"))
        {
            return true;
        }

        var style = e.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var s = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal)
            || s.Contains("mso-hide:all", StringComparison.Ordinal);
    }

    private static void Table(IHtmlTableElement table, Lines text, bool inCell)
    {
        var rows = table.Rows.Where(r => r.Closest("table") == table && !Hidden(r)).ToList();
        if (inCell)
        {
            // A table inside a data table's cell: its cells join the cell's text, as in a DOCX cell.
            foreach (var cell in rows.SelectMany(r => r.Cells))
            {
                text.Space();
                Flow(cell, text, inCell: true);
            }

            text.Space();
            return;
        }

        text.Break();
        if (table.Caption is { } caption && !Hidden(caption))
        {
            Flow(caption, text, inCell: false);
            text.Break();
        }

        if (IsLayout(rows))
        {
            foreach (var cell in rows.SelectMany(r => r.Cells).Where(c => !Hidden(c)))
            {
                Flow(cell, text, inCell: false);
                text.Break();
            }

            return;
        }

        // Cells still covered by a rowspan from a row above: column → rows left.
        var covered = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            var column = 0;
            var line = new StringBuilder();
            void Empty()
            {
                line.Append(" | ");
                column++;
            }

            void Covered()
            {
                while (covered.TryGetValue(column, out var left) && left > 0)
                {
                    covered[column] = left - 1;
                    Empty();
                }
            }

            foreach (var cell in row.Cells.Where(c => !Hidden(c)))
            {
                Covered();
                var cellText = new Lines(text.WrapsAreSpaces);
                Flow(cell, cellText, inCell: true);
                line.Append(cellText.ToString().Replace('\n', ' ').Trim()).Append(" | ");
                var rowSpan = Math.Clamp(cell.RowSpan == 0 ? MaxSpan : cell.RowSpan, 1, MaxSpan);
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                for (var i = 0; i < colSpan; i++)
                {
                    if (rowSpan > 1)
                    {
                        covered[column] = rowSpan - 1;
                    }

                    if (i > 0)
                    {
                        line.Append(" | ");
                    }

                    column++;
                }
            }

            Covered();
            text.Line(line.ToString());
        }
    }

    /// <summary>
    /// A table that lays a page out rather than holding data: one column only, one row only with a cell of several
    /// lines, or a cell holding another table, an article (over 800 characters) or many lines of text (four line
    /// ends and over 150 characters; a score table's criteria cell has fewer).
    /// </summary>
    private static bool IsLayout(List<IHtmlTableRowElement> rows)
    {
        if (rows.Count == 0 || rows.All(r => r.Cells.Length <= 1))
        {
            return true;
        }

        var cells = rows.SelectMany(r => r.Cells).ToList();
        return cells.Any(c => c.QuerySelector("table") is not null || c.TextContent.Length > LayoutCellLength
                || (LineEnds(c) >= 4 && c.TextContent.Length > 150))
            || (rows.Count == 1 && cells.Any(c => LineEnds(c) >= 2));

        static int LineEnds(IElement cell) =>
            cell.QuerySelectorAll("*").Count(e => e.LocalName == "br" || (Blocks.Contains(e.LocalName) && !string.IsNullOrWhiteSpace(e.TextContent)));
    }

    /// <summary>Text built line by line with a browser's white-space collapsing.</summary>
    private sealed class Lines(bool wrapsAreSpaces = false)
    {
        private readonly StringBuilder _all = new();
        private readonly StringBuilder _line = new();

        /// <summary>What collapsed white space is waiting to become: nothing yet, a space, or a source line break.</summary>
        private Gap _gap;

        private enum Gap
        {
            None,
            Space,
            Wrap,
        }

        public void Append(string s, bool collapse = true)
        {
            foreach (var c in s)
            {
                if (collapse && (c is ' ' or '\t' or '\r' or '\n' or '\f'))
                {
                    // A break alone (and the indentation after it) is a wrap; a space written before it stays a space.
                    _gap = _gap != Gap.None ? _gap : c is '\n' or '\r' ? Gap.Wrap : Gap.Space;
                    continue;
                }

                if (!collapse && c == '\n')
                {
                    Break();
                    continue;
                }

                if (_gap != Gap.None && _line.Length > 0 && !(_gap == Gap.Wrap && !WrapsAreSpaces && Wide(_line[^1]) && Wide(c)))
                {
                    _line.Append(' ');
                }

                _gap = Gap.None;
                _line.Append(c == '|' ? '｜' : c); // a bar between a footer's links is no table cell: only a table's rows have " | "
            }
        }

        /// <summary>Whether a source line break is a space even between Chinese characters (LibreOffice's export).</summary>
        public bool WrapsAreSpaces { get; } = wrapsAreSpaces;

        /// <summary>A space, as between a cell's paragraphs (collapsed with any white space around it).</summary>
        public void Space()
        {
            if (_line.Length > 0)
            {
                _gap = Gap.Space;
            }
        }

        /// <summary>
        /// Ends the current line. A block ending on an empty line makes no line; a line of non-breaking spaces only (Word's
        /// empty paragraph <c>&lt;p&gt;&amp;nbsp;&lt;/p&gt;</c>) and a second <c>&lt;br&gt;</c> in a row (<paramref name="blankLine"/>) make an empty line, as a browser shows them.
        /// </summary>
        public void Break(bool blankLine = false)
        {
            _gap = Gap.None;
            var raw = _line.ToString();
            var line = raw.Trim();
            _line.Clear();
            if (line.Length > 0)
            {
                _all.Append(line).Append('\n');
            }
            else if (raw.Length > 0 || blankLine)
            {
                _all.Append('\n');
            }
        }

        /// <summary>A whole line (a table row), after ending the current one.</summary>
        public void Line(string line)
        {
            Break();
            _all.Append(line).Append('\n');
        }

        public override string ToString()
        {
            Break();
            return _all.ToString();
        }

        /// <summary>A Chinese character, full-width form or punctuation (“” — …), between which a wrapped source line gives no space.</summary>
        private static bool Wide(char c) =>
            c is (>= '\u2010' and <= '\u206F') or (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u3000' and <= '\u303F')
            || char.IsSurrogate(c);
    }
}
