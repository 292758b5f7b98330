using System.Globalization;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Reading;

/// <summary>What the readers of one document share: the vocabulary, the builder, the lines and what is known so far.</summary>
internal sealed class ReadContext
{
    public required VocabularyIndex Index { get; init; }

    public required DocBuilder Builder { get; init; }

    public required DocumentKind Kind { get; init; }

    public required IReadOnlyList<TextLine> Lines { get; init; }

    /// <summary>The evaluated year once found (figures of other years are then not the document's).</summary>
    public int? Year { get; set; }

    /// <summary>The money unit a table caption gives to bare numbers, or null (then bare amounts are not read).</summary>
    public MoneyUnit? TableUnit { get; set; }

    /// <summary>Line indexes read as table rows or inside indicator tables: not read again as prose.</summary>
    public HashSet<int> Consumed { get; } = [];

    /// <summary>Figures of named items (项目, 经费) are not the document's: true for department and other documents.</summary>
    public bool SubItemsApply => Kind is DocumentKind.DepartmentReport or DocumentKind.DepartmentScoreTable or DocumentKind.Other;

    public bool IsProject => Kind is DocumentKind.ProjectTable or DocumentKind.ProjectReport;

    /// <summary>The next non-empty, non-chrome line after the line at <paramref name="index"/>.</summary>
    public TextLine? NextLine(int index)
    {
        for (var i = index + 1; i < Lines.Count && i <= index + 3; i++)
        {
            if (!Lines[i].Chrome && Lines[i].Text.Trim().Length > 0)
            {
                return Lines[i];
            }
        }

        return null;
    }

    /// <summary>A unit's name as written, cleaned (code prefix, 附件/关于, spaces inside words), or null when it does not look like a unit.</summary>
    public string? CleanUnit(string value) => CleanName(value, requireSuffix: true);

    /// <summary>A name as written, cleaned; with <paramref name="requireSuffix"/> only when it ends like a unit (局, 委员会 …).</summary>
    public string? CleanName(string value, bool requireSuffix)
    {
        var v = Index.Vocabulary;
        var u = TextNormalizer.JoinCjk(value.Trim()).Trim().TrimEnd('|', ':', '：', ',', '，', '。', ' ').Trim();

        // A leading code: 219001-池州市…
        var dash = u.IndexOfAny(['-', '－', '—']);
        if (dash > 0 && dash <= 20 && u[..dash].All(char.IsAsciiLetterOrDigit))
        {
            u = u[(dash + 1)..].Trim();
        }

        foreach (var prefix in v.UnitStripPrefixes)
        {
            if (u.StartsWith(prefix, StringComparison.Ordinal))
            {
                u = u[prefix.Length..].TrimStart(':', '：', ' ', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            }
        }

        // Digits: a year or a date is not part of a name (a few digits may be: 第2中学, 911支队).
        if (u.Length < 3 || u.Length > 60 || u.Count(char.IsAsciiDigit) > 3 || TextNormalizer.IsPlaceholder(u))
        {
            return null;
        }

        var folded = VocabularyLoader.Fold(u);
        foreach (var q in v.UnitQualifiers)
        {
            if (folded.EndsWith(q, StringComparison.Ordinal))
            {
                folded = folded[..^q.Length];
                break;
            }
        }

        return !requireSuffix || v.UnitSuffixes.Any(s => folded.EndsWith(s, StringComparison.Ordinal)) ? u : null;
    }
}

/// <summary>
/// The one generic extractor of the importer: reads what a document states through the reading
/// vocabulary (reading/*.yaml) — the evaluated year, the unit, budget figures, execution rate,
/// score and grade — from titles, labelled clauses, cells, key–value covers and tables, each
/// value with its source line and span. Kinds, sections and indicator rows are read by
/// <see cref="KindClassifier"/>, <see cref="SectionReader"/> and the table parsers.
/// </summary>
internal static class DocumentReader
{
    public static ReadContext Read(DocumentKind kind, IReadOnlyList<TextLine> lines, DocBuilder b, ReadingVocabulary v)
    {
        var ix = VocabularyIndex.Of(v);
        var ctx = new ReadContext { Index = ix, Builder = b, Kind = kind, Lines = lines };
        var title = TitleLines(lines, ix);
        ReadYear(ctx, title);
        ctx.TableUnit = FindTableUnit(lines, v);
        new TableReader(ctx).Read();

        var clauses = new ClauseReader(ctx);
        var indexOf = new Dictionary<int, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            indexOf[lines[i].Number] = i;
        }

        var prose = lines.Where((l, i) => !l.Chrome && !ctx.Consumed.Contains(i)).ToList();
        foreach (var p in TextParagraph.Build(prose, t => StartsField(t, ix)))
        {
            var text = p.Text;
            var last = indexOf[p.Lines.Last().Number];
            var piece = new ClauseReader.Piece(text, p.Locate, text.Contains('|', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal), false, last);
            clauses.Read(piece);
            clauses.ReadTicks(piece);
        }

        clauses.FlushEnumeratedRates();
        clauses.FlushBudgetTotal();
        clauses.FlushSourceSplitTotal();

        // Page chrome: only the labels that may be read there (发布机构, 来源).
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Chrome)
            {
                var line = lines[i];
                clauses.Read(new ClauseReader.Piece(line.Text, line.Span, false, true, i));
            }
        }

        ReadTitleUnit(ctx, title);
        return ctx;
    }

    /// <summary>A line that begins with a name or code label (预算编码: …, 部门名称 …): a cover field, never the continuation of a sentence.</summary>
    internal static bool StartsField(string line, VocabularyIndex ix) =>
        ix.Labels.LongestAt(line, 0) is { } m && m.Values.Any(e => e.Field is { Role: ValueRole.Text or ValueRole.Code }) && (m.End >= line.Length || line[m.End] is ' ' or ':' or '：' or '|' or '\t' or '(' or '（');

    /// <summary>
    /// The title: among the first non-chrome lines (before a numbered heading or a long line), those
    /// that carry a title cue of some kind (at most three), each with the short line just above it
    /// (2022年度XX组织部（本级） / 部门整体支出绩效自评表).
    /// </summary>
    internal static List<(int Index, TextLine Line)> TitleLines(IReadOnlyList<TextLine> lines, VocabularyIndex ix)
    {
        var cues = ix.Vocabulary.KindCues.Where(c => c.InTitle && c.Weight > 0).Select(c => c.Text).Distinct().ToList();
        var result = new List<(int Index, TextLine Line)>();
        var seen = 0;
        (int Index, TextLine Line)? previous = null;
        for (var i = 0; i < lines.Count && seen < 12 && result.Count < 4; i++)
        {
            var line = lines[i];
            if (line.Chrome || line.Text.Trim().Length == 0)
            {
                continue;
            }

            seen++;
            var folded = VocabularyLoader.Fold(line.Text);
            if (folded.Length > 90 && result.Count == 0 && seen <= 3)
            {
                // A metadata or chrome line before the title.
                continue;
            }

            if (folded.Length > 90 || (seen > 1 && SectionReader.HeadingOf(line.Text, ix) is { Numbered: true }))
            {
                break;
            }

            if (folded.Length <= 90 && !folded.Contains('。', StringComparison.Ordinal) && cues.Any(c => folded.Contains(c, StringComparison.Ordinal)))
            {
                if (previous is { } p && !result.Contains(p) && VocabularyLoader.Fold(p.Line.Text).Length <= 40)
                {
                    result.Add(p);
                }

                result.Add((i, line));
            }

            previous = (i, line);
        }

        return result;
    }

    /// <summary>The compact title text (title lines joined) for kind cues.</summary>
    internal static string TitleText(IReadOnlyList<TextLine> lines, VocabularyIndex ix) =>
        VocabularyLoader.Fold(string.Concat(TitleLines(lines, ix).Select(t => t.Line.Text)));

    // ------------------------------------------------------------------ year

    private static void ReadYear(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        var v = ctx.Index.Vocabulary;
        var titleSet = title.Select(t => t.Index).ToHashSet();
        var scores = new Dictionary<int, (int Score, int Best, TextLine Line, int Column, int Length)>();
        for (var i = 0; i < ctx.Lines.Count && i < 600; i++)
        {
            var line = ctx.Lines[i];
            if (line.Chrome)
            {
                continue;
            }

            var text = line.Text;
            for (var k = 0; k + 4 <= text.Length; k++)
            {
                if (!IsYearAt(text, k, out var year))
                {
                    continue;
                }

                // A date (2023年3月, 2023-03-15) is never the evaluated year.
                var after = k + 4;
                while (after < text.Length && text[after] == ' ')
                {
                    after++;
                }

                if (IsDate(text, after))
                {
                    continue;
                }

                var weight = 0;
                var length = 4;
                foreach (var cue in v.YearCues)
                {
                    if (EndsAt(text, k, cue.Before) && StartsAt(text, k + 4, cue.After) is var end && end >= 0)
                    {
                        weight += cue.Weight;
                        length = Math.Max(length, end - k);
                    }
                }

                if (weight <= 0)
                {
                    continue;
                }

                if (titleSet.Contains(i))
                {
                    weight += v.TitleYearWeight;
                }

                var current = scores.GetValueOrDefault(year);
                scores[year] = current.Line is null
                    ? (weight, weight, line, k, length)
                    : (current.Score + weight, Math.Max(current.Best, weight), weight > current.Best ? line : current.Line, weight > current.Best ? k : current.Column, weight > current.Best ? length : current.Length);
            }
        }

        if (scores.Count == 0)
        {
            return;
        }

        var best = scores.OrderByDescending(kv => kv.Value.Score).ThenByDescending(kv => kv.Value.Best).First();
        var (_, _, bestLine, column, len) = best.Value;
        var y = best.Key.ToString(CultureInfo.InvariantCulture);
        var how = titleSet.Contains(ctx.Lines.ToList().IndexOf(bestLine)) ? "标题中的年度" : "年度线索（reading/fields.yaml years）";
        var others = scores.Where(kv => kv.Key != best.Key).Select(kv => $"{kv.Key}（{kv.Value.Score}）");
        ctx.Builder.SetText("year", y, new ReadValue("year", y, bestLine.Span(column, len)) { Stated = bestLine.Text.Substring(column, Math.Min(len, bestLine.Text.Length - column)), How = $"{how}，权重 {best.Value.Score}" + (scores.Count > 1 ? "；其他年份：" + string.Join("、", others) : string.Empty) }, 5);
        ctx.Year = best.Key;
    }

    private static bool IsYearAt(string text, int k, out int year)
    {
        year = 0;
        if (k > 0 && (char.IsAsciiLetterOrDigit(text[k - 1]) || text[k - 1] == '.'))
        {
            return false;
        }

        if (k + 4 > text.Length || !(text[k] is '1' or '2') || !char.IsAsciiDigit(text[k + 1]) || !char.IsAsciiDigit(text[k + 2]) || !char.IsAsciiDigit(text[k + 3]))
        {
            return false;
        }

        if (k + 4 < text.Length && (char.IsAsciiDigit(text[k + 4]) || text[k + 4] == '.'))
        {
            return false;
        }

        year = int.Parse(text.AsSpan(k, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= 1990 and <= 2100;
    }

    /// <summary>年 followed by a month (2023年3月), or an ISO date (2023-03-15, 2023/3/15, 2023.03).</summary>
    private static bool IsDate(string text, int i)
    {
        if (i < text.Length && text[i] is '-' or '/' or '.')
        {
            return i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
        }

        if (i >= text.Length || text[i] != '年')
        {
            return false;
        }

        var j = i + 1;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var d = j;
        while (d < text.Length && char.IsAsciiDigit(text[d]))
        {
            d++;
        }

        if (d == j || d - j > 2)
        {
            return false;
        }

        while (d < text.Length && text[d] == ' ')
        {
            d++;
        }

        return d < text.Length && text[d] == '月';
    }

    private static bool EndsAt(string text, int end, string folded)
    {
        var j = end - 1;
        for (var k = folded.Length - 1; k >= 0; k--)
        {
            while (j >= 0 && text[j] == ' ')
            {
                j--;
            }

            if (j < 0 || VocabularyLoader.FoldChar(text[j]) != folded[k])
            {
                return false;
            }

            j--;
        }

        return true;
    }

    private static int StartsAt(string text, int start, string folded)
    {
        var j = start;
        for (var k = 0; k < folded.Length; k++)
        {
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (j >= text.Length || VocabularyLoader.FoldChar(text[j]) != folded[k])
            {
                return -1;
            }

            j++;
        }

        return j;
    }

    // ------------------------------------------------------------------ tables' unit

    private static MoneyUnit? FindTableUnit(IReadOnlyList<TextLine> lines, ReadingVocabulary v)
    {
        foreach (var line in lines)
        {
            if (line.Chrome || !line.Text.Contains('元', StringComparison.Ordinal))
            {
                continue;
            }

            var folded = VocabularyLoader.Fold(line.Text);
            foreach (var cue in v.TableUnitCues)
            {
                if (folded.Contains(cue.Text, StringComparison.Ordinal))
                {
                    return v.MoneyUnits.FirstOrDefault(u => u.Unit == cue.Unit);
                }
            }
        }

        return null;
    }

    // ------------------------------------------------------------------ unit from the title

    /// <summary>Unit + year + kind (花都区直属机关工委 2021 年部门整体支出绩效自评报告) or year + unit + kind.</summary>
    private static void ReadTitleUnit(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        var ix = ctx.Index;
        var cues = ix.Vocabulary.KindCues.Where(c => c.InTitle && c.Weight > 0).Select(c => c.Text).Append("绩效").Distinct().ToList();
        for (var t = 0; t < title.Count; t++)
        {
            // The title may run over two lines: 2022年度XX组织部（本级） / 部门整体支出绩效自评表.
            foreach (var span in new[] { 1, 2 })
            {
                if (t + span > title.Count)
                {
                    continue;
                }

                var line = title[t].Line;
                var text = string.Concat(title.Skip(t).Take(span).Select(x => x.Line.Text.Trim()));
                var kindAt = cues.Select(c => IndexOfFolded(text, c)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
                if (kindAt <= 0)
                {
                    continue;
                }

                var yearAt = -1;
                var yearEnd = -1;
                for (var k = 0; k + 4 <= kindAt; k++)
                {
                    if (IsYearAt(text, k, out _))
                    {
                        yearAt = k;
                        yearEnd = k + 4;
                        while (yearEnd < text.Length && text[yearEnd] == ' ')
                        {
                            yearEnd++;
                        }

                        if (yearEnd < text.Length && text[yearEnd] == '年')
                        {
                            yearEnd++;
                            if (yearEnd < text.Length && text[yearEnd] == '度')
                            {
                                yearEnd++;
                            }
                        }

                        break;
                    }
                }

                var candidates = new List<(int Start, int End)>();
                if (yearAt > 0)
                {
                    candidates.Add((0, yearAt));
                }

                if (yearEnd > 0 && yearEnd < kindAt)
                {
                    candidates.Add((yearEnd, kindAt));
                }

                if (yearAt < 0)
                {
                    candidates.Add((0, kindAt));
                }

                foreach (var (start, end) in candidates)
                {
                    var raw = text[start..end];
                    if (ctx.CleanUnit(raw) is { } unit && start < line.Text.Trim().Length)
                    {
                        var lead = line.Text.Length - line.Text.TrimStart().Length;
                        var source = line.Span(lead + start, Math.Min(end, line.Text.Trim().Length) - start);
                        ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, source) { Stated = raw.Trim(), How = "标题中的单位名称（单位 + 年度 + 文档类型）" }, 5);
                        return;
                    }
                }
            }
        }
    }

    private static int IndexOfFolded(string text, string folded)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (PhraseIndex<string>.MatchAt(text, i, folded) > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
