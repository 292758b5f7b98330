using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// The visible content of a PDF through its text layer (poppler: <c>pdfinfo</c>, <c>pdftotext</c> and
/// <c>pdftotext -tsv</c>). Paragraph lines come in reading order; tables are rebuilt from the word
/// boxes: a header row (cells on one baseline, one of them 三级指标 or 项目 with 预算数) gives the
/// columns, each cell of the anchor column (三级指标, 项目) or a 总分/合计 cell opens a row, and every
/// other cell joins the row whose band holds its vertical centre. LibreOffice writes one text block
/// per table cell, which is what makes this reliable for our own PDFs; it is not meant for scans.
/// </summary>
internal static partial class PdfVisible
{
    /// <summary>A text block (one table cell or paragraph): page, box and text (its lines joined).</summary>
    /// <param name="Group">The pdftotext block the line came from (LibreOffice Writer: one per table cell).</param>
    internal sealed record Block(int Page, double Left, double Top, double Right, double Bottom, string Text, int Group = -1)
    {
        public double CenterX => (Left + Right) / 2;

        public double CenterY => (Top + Bottom) / 2;

        public string Key => CellText.Key(Text);
    }

    private static readonly string[] KeyLabels = ["总预算", "年初预算", "调整后预算", "全年预算", "基本支出", "项目支出", "执行数", "预算执行率", "部门名称", "单位数"];

    /// <summary>Cheap test (pdfinfo only): the PDF says Jixiao made it (Author), or carries one of our titles.</summary>
    public static bool LooksOurs(string path)
    {
        var info = Run("pdfinfo", ["-enc", "UTF-8", path], out _);
        if (info is null)
        {
            return false;
        }

        var fields = info.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        string? Field(string name) => fields.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal)) is { } line ? line[(name.Length + 1)..].Trim() : null;
        return Field("Author") == "Jixiao" || (Field("Title") is { } t && (t.EndsWith("支出绩效自评报告", StringComparison.Ordinal) || t.EndsWith("支出绩效自评表", StringComparison.Ordinal)));
    }

    /// <summary>Reads the PDF; null with a Chinese reason in <paramref name="error"/> when poppler is missing or fails.</summary>
    public static VisibleContent? Read(string path, out string? error)
    {
        var info = Run("pdfinfo", ["-enc", "UTF-8", path], out error);
        if (info is null)
        {
            return null;
        }

        var plain = Run("pdftotext", ["-enc", "UTF-8", path, "-"], out error);
        var tsv = plain is null ? null : Run("pdftotext", ["-tsv", "-enc", "UTF-8", path, "-"], out error);
        if (plain is null || tsv is null)
        {
            return null;
        }

        string? Field(string name) => info.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal)) is { } line ? line[(name.Length + 1)..].Trim() : null;
        var blocks = Blocks(tsv);
        var (tables, regions) = Tables(blocks);
        return new VisibleContent
        {
            Title = Field("Title"),
            Creator = Field("Author"),
            Lines = [.. plain.Replace('\f', '\n').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !PageNumber().IsMatch(l.Trim()))],
            Tables = tables,
            KeyValues = KeyValues(blocks, regions),
            Medium = "PDF 文字层",
        };
    }

    /// <summary>
    /// Word boxes of <c>pdftotext -tsv</c> grouped into text lines (one line of one cell or paragraph);
    /// stacks of one character per line (a squeezed column) are dropped. Lines, not blocks: LibreOffice Calc
    /// output can put a header cell and the cell under it in one block.
    /// </summary>
    internal static List<Block> Blocks(string tsv)
    {
        var words = new Dictionary<(int Page, int Par, int Block, int Line), List<(double L, double T, double W, double H, string Text)>>();
        var order = new List<(int, int, int, int)>();
        foreach (var raw in tsv.Split('\n'))
        {
            var f = raw.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != "5")
            {
                continue;
            }

            var key = (Int(f[1]), Int(f[2]), Int(f[3]), Int(f[4]));
            if (!words.TryGetValue(key, out var list))
            {
                words[key] = list = [];
                order.Add(key);
            }

            list.Add((Dbl(f[6]), Dbl(f[7]), Dbl(f[8]), Dbl(f[9]), f[11]));
        }

        // A squeezed code column prints "1.1.3" one character per line: drop such stacks (a column of weights
        // "2", "2", "2" one under the other is kept: it has no dots).
        var stacks = order.GroupBy(k => (k.Item1, k.Item2, k.Item3))
            .Where(g => g.Count() >= 3 && g.All(k => string.Concat(words[k].Select(w => w.Text)).Length <= 1) && g.Any(k => words[k].Any(w => w.Text == ".")))
            .Select(g => g.Key)
            .ToHashSet();
        var blocks = new List<Block>();
        var groups = new Dictionary<(int, int, int), int>();
        foreach (var key in order)
        {
            if (stacks.Contains((key.Item1, key.Item2, key.Item3)))
            {
                continue;
            }

            // Calc puts words of neighbouring cells on one line: a gap wider than half a character splits them.
            var group = groups.TryGetValue((key.Item1, key.Item2, key.Item3), out var g) ? g : groups[(key.Item1, key.Item2, key.Item3)] = groups.Count;
            var run = new List<(double L, double T, double W, double H, string Text)>();
            foreach (var w in words[key].OrderBy(w => w.L))
            {
                if (run.Count > 0 && w.L - (run[^1].L + run[^1].W) > 0.5 * Math.Max(w.H, run[^1].H))
                {
                    blocks.Add(Run(key.Item1, run, group));
                    run.Clear();
                }

                run.Add(w);
            }

            if (run.Count > 0)
            {
                blocks.Add(Run(key.Item1, run, group));
            }
        }

        return blocks;

        static Block Run(int page, List<(double L, double T, double W, double H, string Text)> run, int group) =>
            new(page, run.Min(w => w.L), run.Min(w => w.T), run.Max(w => w.L + w.W), run.Max(w => w.T + w.H), Join(run.Select(w => w.Text)), group);
    }

    /// <summary>Words joined as shown: no space between CJK characters, one between Latin words.</summary>
    private static string Join(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && w.Length > 0 && char.IsAsciiLetter(w[0]))
            {
                sb.Append(' ');
            }

            sb.Append(w);
        }

        return sb.ToString();
    }

    internal static (List<VisibleTable> Tables, List<(int Page, double Top, double Bottom)> Regions) Tables(List<Block> blocks)
    {
        var tables = new List<VisibleTable>();
        var regions = new List<(int, double, double)>();
        foreach (var page in blocks.GroupBy(b => b.Page).OrderBy(g => g.Key))
        {
            var onPage = page.ToList();
            var headers = onPage.Where(IsHeaderSeed)
                .Select(seed => HeaderCells(onPage, seed))
                .Where(row => row.Count >= 3)
                .DistinctBy(row => Math.Round(row.Min(c => c.Top)))
                .OrderBy(row => row.Min(c => c.Top))
                .ToList();
            for (var h = 0; h < headers.Count; h++)
            {
                var header = headers[h];
                var top = header.Max(b => b.Bottom);
                var limit = h + 1 < headers.Count ? headers[h + 1].Min(c => c.Top) - 1 : double.MaxValue;
                var table = Table(onPage, header, top, limit, out var bottom);
                if (table is not null)
                {
                    tables.Add(table);
                    regions.Add((page.Key, header.Min(c => c.Top) - 1, bottom));
                }
            }
        }

        return (tables, regions);
    }

    private static bool IsHeaderSeed(Block b) => b.Key is "三级指标" or "预算数";

    /// <summary>
    /// The header row around a seed cell: lines whose centre is within 0.9 line heights of the seed's (a header
    /// cell wrapped on two lines sits around the row's middle), merged into cells where their x ranges overlap.
    /// </summary>
    private static List<Block> HeaderCells(List<Block> page, Block seed)
    {
        var height = seed.Bottom - seed.Top;
        var lines = page.Where(b => Math.Abs(b.CenterY - seed.CenterY) <= 0.9 * height && b.Text.Any(c => c is >= '\u4e00' and <= '\u9fff')).OrderBy(b => b.Left).ToList();
        var cells = new List<List<Block>>();
        foreach (var line in lines)
        {
            var cell = cells.FirstOrDefault(c => c.Any(x => line.Left < x.Right - 1 && x.Left < line.Right - 1));
            if (cell is null)
            {
                cells.Add([line]);
            }
            else
            {
                cell.Add(line);
            }
        }

        return [.. cells.Select(c => c.OrderBy(b => b.Top).ToList())
            .Select(c => new Block(seed.Page, c.Min(b => b.Left), c.Min(b => b.Top), c.Max(b => b.Right), c.Max(b => b.Bottom), string.Concat(c.Select(b => b.Text))))
            .OrderBy(b => b.Left)];
    }

    private static VisibleTable? Table(List<Block> page, List<Block> header, double top, double limit, out double bottom)
    {
        bottom = top;
        // Body lines; a lone digit or dot right of the last header cell is a squeezed code column, not content.
        var lastRight = header[^1].Right;
        var body = page.Where(b => b.Top > top - 0.5 && b.Top < limit && !(b.Left > lastRight + 20 && b.Text.Length <= 2 && b.Text.All(c => char.IsAsciiDigit(c) || c == '.'))).ToList();

        // Column edges: between two header cells, where left-aligned cell text of the right column starts (a left
        // edge shared by at least three lines), else halfway across the gap. Header text is centred over its
        // column and says little about where a wide column begins.
        var lefts = body.GroupBy(b => Math.Round(b.Left * 2) / 2).Where(g => g.Count() >= 2).Select(g => g.Key).Order().ToList();
        var edges = new List<double> { double.MinValue };
        for (var i = 1; i < header.Count; i++)
        {
            var gapFrom = header[i - 1].Right;
            var gapTo = header[i].Left;
            var aligned = lefts.Where(x => x > gapFrom && x <= gapTo + 0.5).ToList();
            edges.Add(aligned.Count > 0 ? aligned[0] - 0.75 : (gapFrom + gapTo) / 2);
        }

        edges.Add(double.MaxValue);
        var bounds = Enumerable.Range(0, header.Count).Select(i => (Left: edges[i], Right: edges[i + 1])).ToList();

        // The table ends at the first line that runs across two column edges (the paragraph after it; a cell's text
        // may overhang one edge where the edge was estimated).
        var span = header[^1].Right - header[0].Left;
        var across = body.Where(b => b.Right - b.Left >= 0.4 * span && edges.Skip(1).SkipLast(1).Count(e => b.Left < e - 3 && b.Right > e + 3) >= 2).OrderBy(b => b.Top).FirstOrDefault();
        if (across is not null)
        {
            body = [.. body.Where(b => b.Top < across.Top - 0.5)];
        }

        int ColumnOf(Block b)
        {
            for (var i = 0; i < bounds.Count; i++)
            {
                if (b.CenterX >= bounds[i].Left && b.CenterX < bounds[i].Right)
                {
                    return i;
                }
            }

            return -1;
        }

        // Rows are opened by the leaf weight (the 分值 right of 三级指标: one number per row, never wrapped), or by
        // the 项目 name of a budget table, and by a 总分/合计 cell in the first column.
        var leaf = header.FindIndex(b => b.Key == "三级指标");
        var anchor = leaf >= 0 ? header.FindIndex(leaf + 1, b => b.Key == "分值") : header.FindIndex(b => b.Key == "项目");
        if (anchor < 0)
        {
            anchor = Math.Max(0, leaf);
        }

        var anchors = body.Where(b => (ColumnOf(b) == anchor && (leaf < 0 || VisibleReader.Number(b.Text) is not null)) || (ColumnOf(b) == 0 && b.Key is "总分" or "合计" or "总计"))
            .OrderBy(b => b.CenterY).ToList();
        anchors = [.. anchors.Where((a, i) => i == 0 || a.CenterY - anchors[i - 1].CenterY >= 2)]; // 总分 and its 分值 open one row
        if (anchors.Count == 0)
        {
            return null;
        }

        // Bands: from halfway to the previous row to halfway to the next; the first from the header, the last
        // as far below its anchor as the previous row was tall.
        var bands = new List<(double From, double To)>();
        for (var r = 0; r < anchors.Count; r++)
        {
            var from = r == 0 ? top : (anchors[r - 1].CenterY + anchors[r].CenterY) / 2;
            var to = r + 1 < anchors.Count ? (anchors[r].CenterY + anchors[r + 1].CenterY) / 2
                : anchors[r].CenterY + (r > 0 ? Math.Min(40, (anchors[r].CenterY - anchors[r - 1].CenterY) / 2) : 10);
            if (r + 1 == anchors.Count)
            {
                // The last row of a page: take the lines that continue it without a gap (a wrapped name under a top-aligned number).
                var reach = body.Where(b => b.CenterY >= from && b.CenterY < to).Select(b => b.Bottom).DefaultIfEmpty(to).Max();
                foreach (var b in body.Where(b => b.CenterY >= to && ColumnOf(b) >= 0).OrderBy(b => b.Top))
                {
                    if (b.Top > reach + 0.5 * (b.Bottom - b.Top))
                    {
                        break;
                    }

                    reach = Math.Max(reach, b.Bottom);
                    to = b.CenterY + 0.01;
                }
            }

            bands.Add((from, to));
            bottom = Math.Max(bottom, to);
        }

        // A cell's lines go together: the lines of one pdftotext block in one column are one cell (Writer) and are
        // placed by their common centre, so a tall cell does not spill into the next row's band; a block that
        // spans the centres of several rows (Calc stacks neighbouring cells in one block) is placed line by line.
        int RowOf(double y) => bands.FindIndex(b => y >= b.From && y < b.To);
        var cells = new List<Block>[anchors.Count, header.Count];
        foreach (var group in body.Where(b => b.CenterY >= bands[0].From && b.CenterY < bands[^1].To).GroupBy(b => (b.Group < 0 ? b.GetHashCode() : b.Group, ColumnOf(b))).Where(g => g.Key.Item2 >= 0))
        {
            var lines = group.OrderBy(b => b.Top).ThenBy(b => b.Left).ToList();
            var (from, to) = (lines.Min(b => b.Top), lines.Max(b => b.Bottom));
            var spanned = anchors.Count(a => a.CenterY >= from && a.CenterY <= to);
            var placed = spanned <= 1 ? [(RowOf((from + to) / 2), lines)] : lines.Select(b => (RowOf(b.CenterY), new List<Block> { b })).ToList();
            foreach (var (row, part) in placed.Where(p => p.Item1 >= 0))
            {
                (cells[row, group.Key.Item2] ??= []).AddRange(part);
            }
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var r = 0; r < anchors.Count; r++)
        {
            rows.Add([.. Enumerable.Range(0, header.Count).Select(c => cells[r, c] is { } parts ? string.Concat(parts.OrderBy(b => b.Top).ThenBy(b => b.Left).Select(b => b.Text)) : string.Empty)]);
        }

        return new VisibleTable([.. header.Select(b => b.Text)], rows, $"第 {header[0].Page.ToString(CultureInfo.InvariantCulture)} 页");
    }

    /// <summary>
    /// Labels outside the tables with the value shown under them (the XLSX budget block: each label, possibly
    /// wrapped on two or three lines, over the value that overlaps it most within 60 pt below) or, for 部门名称
    /// and 单位数, beside them. A value Calc could not fit shows as “###” and is passed on as such.
    /// </summary>
    private static List<(string Label, string Value)> KeyValues(List<Block> blocks, List<(int Page, double Top, double Bottom)> regions)
    {
        var result = new List<(string, string)>();
        bool InTable(Block b) => regions.Any(r => r.Page == b.Page && b.CenterY >= r.Top && b.CenterY <= r.Bottom);
        var labels = new List<Block>();
        for (var i = 0; i < blocks.Count; i++)
        {
            // A label and the lines of the same block that continue it under it (项目支 / 出).
            var cell = blocks[i];
            for (var k = i + 1; k <= Math.Min(blocks.Count - 1, i + 2) && !KeyLabels.Contains(cell.Key); k++)
            {
                var next = blocks[k];
                if (next.Group != cell.Group || next.Page != cell.Page || next.Top - cell.Bottom > 0.5 * (next.Bottom - next.Top) || next.Right < cell.Left || next.Left > cell.Right)
                {
                    break;
                }

                cell = new Block(cell.Page, Math.Min(cell.Left, next.Left), cell.Top, Math.Max(cell.Right, next.Right), next.Bottom, cell.Text + next.Text, cell.Group);
            }

            if (KeyLabels.Contains(cell.Key) && !InTable(cell))
            {
                labels.Add(cell);
            }
        }

        foreach (var label in labels)
        {
            if (label.Key is "部门名称" or "单位数")
            {
                var beside = blocks.Where(b => b.Page == label.Page && Math.Abs(b.CenterY - label.CenterY) <= 4 && b.Left > label.Right && !KeyLabels.Contains(b.Key))
                    .OrderBy(b => b.Left).FirstOrDefault();
                if (beside is not null)
                {
                    result.Add((label.Key, beside.Text));
                }

                continue;
            }

            static double Overlap(Block a, double left, double right) => Math.Min(a.Right, right) - Math.Max(a.Left, left);
            static bool Figure(Block b) => !b.Text.Any(c => c is >= '\u4e00' and <= '\u9fff');
            var value = blocks
                .Where(b => b.Page == label.Page && b.Top >= label.Bottom - 1 && b.Top <= label.Bottom + 60 && Figure(b))
                .Where(b => Overlap(b, label.Left - 5, label.Right + 5) > 0)
                .OrderBy(b => b.Top)
                .ThenByDescending(b => Overlap(b, label.Left, label.Right))
                .FirstOrDefault();

            // The block's value row pushed onto the next page (Calc breaks a tall row): the first figure in the label's
            // column near the top of the next page, above anything else in that column.
            if (value is null && blocks.Where(b => b.Page == label.Page + 1).ToList() is { Count: > 0 } next)
            {
                var top = next.Min(b => b.Top);
                var candidate = next.Where(b => b.Top <= top + 80 && Figure(b) && Overlap(b, label.Left, label.Right) > 0)
                    .OrderBy(b => b.Top).ThenByDescending(b => Overlap(b, label.Left, label.Right)).FirstOrDefault();
                var blocked = candidate is not null && next.Any(b => b.Top < candidate.Top && b.Top > top + 40 && Overlap(b, label.Left, label.Right) > 0 && !Figure(b));
                value = blocked ? null : candidate;
            }
            if (value is not null && !labels.Any(l => l != label && l.Page == label.Page && l.Top > label.Bottom && l.Bottom < value.Top && Overlap(l, label.Left, label.Right) > 0))
            {
                result.Add((label.Key, value.Text));
            }
        }

        return result;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Dbl(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Runs a poppler tool and returns its standard output; null with a Chinese reason when it cannot.</summary>
    private static string? Run(string tool, string[] args, out string? error)
    {
        error = null;
        try
        {
            var psi = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var a in args)
            {
                psi.ArgumentList.Add(a);
            }

            using var process = Process.Start(psi);
            if (process is null)
            {
                error = $"无法启动 {tool}";
                return null;
            }

            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(true);
                error = $"{tool} 超时";
                return null;
            }

            if (process.ExitCode != 0)
            {
                error = $"{tool} 失败（{stderr.Result.Trim()}）";
                return null;
            }

            return output;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            error = $"未找到 {tool}（请安装 poppler-utils 或运行 scripts/setup.sh）：{ex.Message}";
            return null;
        }
    }

    [GeneratedRegex(@"^(—\s*\d+\s*—|-\s*\d+\s*-|第\s*\d+\s*页[，,]?\s*共\s*\d+\s*页)$")]
    private static partial Regex PageNumber();
}
