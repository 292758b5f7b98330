using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Tables whatever their flattening: cells separated by <c>|</c>, tabs or spaces, one row per line or
/// one cell per line. A header row (or a run of header cells, one per line) is recognised by the
/// vocabulary's labels; the values under it are mapped by column. When a row has fewer values than
/// columns, or a value is a run of numbers glued together by extraction, the values are placed only
/// when exactly one placement satisfies the table's identities (rate = executed ÷ budget, score =
/// weight × rate); otherwise nothing is taken and the row is reported (无法可靠拆分). Known layouts
/// anchored on a cell (总预算) are read by their column order.
/// </summary>
internal sealed partial class TableReader(ReadContext ctx)
{
    private const int TablePriority = 6;

    private readonly VocabularyIndex ix = ctx.Index;
    private readonly DocBuilder b = ctx.Builder;

    /// <summary>A cell or token of a line, with its place in the normalised line.</summary>
    private sealed record Atom(string Text, int Column, int Length);

    /// <summary>A line's cells; <paramref name="Piped"/>: the cells were separated by | or tabs, not by spaces.</summary>
    private sealed record Row(int Index, TextLine Line, List<Atom> Atoms, bool Piped);

    private enum ValKind
    {
        Number,
        Empty,
        Text,
        Glued,
    }

    /// <summary>A value of a row: a number (with its span inside the line), an empty cell, text, or a glued run.</summary>
    private sealed record Val(ValKind Kind, decimal Value, bool Percent, int Decimals, string Text, Row Row, int Column, int Length, bool OwnUnit = false);

    /// <summary>
    /// A cell's value under its column, in 万元 for an amount: a bare number is in the unit the table's
    /// caption gives (项目资金（元）), a number with its own unit (120万元) was converted when parsed. The
    /// unit recorded is the one the table states.
    /// </summary>
    private (decimal Value, string? Unit) InColumn(string path, Val val)
    {
        var amount = path is "budget.initial" or "budget.adjusted" or "budget.executed";
        if (!amount)
        {
            return (val.Value, null);
        }

        return val.OwnUnit || ctx.TableUnit is null ? (val.Value, val.OwnUnit ? null : "万元") : (val.Value * ctx.TableUnit.Factor, ctx.TableUnit.Unit);
    }

    public void Read()
    {
        var rows = BuildRows();
        ReadAnchored(rows);
        for (var r = 0; r < rows.Count; r++)
        {
            if (ctx.Consumed.Contains(rows[r].Index))
            {
                continue;
            }

            if (HeaderOverLines(rows, r) is { } split)
            {
                r = ReadUnderHeader(rows, split.Last, split.Columns, split.Atoms, stream: false, headerStart: r);
                continue;
            }

            if (HeaderOf(rows[r]) is { } header)
            {
                r = ReadUnderHeader(rows, r, header.Columns, header.Atoms, stream: false);
                continue;
            }

            if (StreamHeader(rows, r) is { } run)
            {
                r = ReadUnderHeader(rows, run.Last, run.Columns, run.Atoms, stream: true, headerStart: r);
            }
        }

        ReadHeaderless(rows);
        ReadInline(rows);
        ReadInlineIndicatorTotal(rows);
        ReadLoneTotalRow(rows);
    }

    /// <summary>
    /// A score table's total row standing without the indicator header over it (a department's table copied one row a line,
    /// its indicators on another page: 总分 100 92.5; or one cell a line: 总分 / 100 / 92.5): in a table, a row that is only a
    /// total's label and two numbers, the second no greater than the first, gives the weight and then the score. Only a label
    /// that totals indicators alone (总分, not 合计, which also totals a budget block's amounts).
    /// </summary>
    private void ReadLoneTotalRow(List<Row> rows)
    {
        if (!ctx.Kind.IsTable() || b.Stated("stated.totalScore") || b.Stated("stated.totalWeight"))
        {
            return;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (ctx.Consumed.Contains(row.Index) || row.Atoms.Count is not (1 or 3) || !IsTotalLabel(row.Atoms[0].Text, out var maximum) || maximum is not null
                || ix.RowKindsOf(row.Atoms[0].Text).Contains("budgetTotal"))
            {
                continue;
            }

            var cells = row.Atoms.Count == 3
                ? [(row, row.Atoms[1]), (row, row.Atoms[2])]
                : rows.Skip(r + 1).Take(2).Where(x => x.Atoms.Count == 1 && !ctx.Consumed.Contains(x.Index)).Select(x => (x, x.Atoms[0])).ToList();
            var values = cells.Select(c => Parse(c.Item1, c.Item2)).ToList();
            if (values is not [{ Kind: ValKind.Number, Percent: false } weight, { Kind: ValKind.Number, Percent: false } score]
                || weight.Value is <= 0 or > 1000 || score.Value > weight.Value)
            {
                continue;
            }

            SetTotal(weight, score, $"表中单独的合计行“{row.Atoms[0].Text}”（第 {row.Line.Number} 行）：两个数依次是分值和得分", TablePriority);
            return;
        }
    }

    /// <summary>An indicator table's stated total: its weight and its score, each from its own cell.</summary>
    private void SetTotal(Val weight, Val score, string how, int priority)
    {
        var scoreSource = score.Row.Line.Span(score.Column, score.Length);
        b.FirstStatement("totalScore", score.Value, scoreSource);
        b.SetNumber("stated.totalWeight", weight.Value, new ReadValue("stated.totalWeight", Money.FormatShort(weight.Value), weight.Row.Line.Span(weight.Column, weight.Length)) { Stated = weight.Text, How = how }, priority);
        b.SetNumber("stated.totalScore", score.Value, new ReadValue("stated.totalScore", Money.FormatShort(score.Value), scoreSource) { Stated = score.Text, How = how }, priority);
    }

    /// <summary>
    /// The total of an indicator table run together into a line (…总分100100注:…): its weight and score
    /// are read only when the line states the level-1 weights (产出指标(70分) … 满意度指标(10分)), the
    /// weight equals their sum and the score is at most the weight, with exactly one way to read them.
    /// </summary>
    private void ReadInlineIndicatorTotal(List<Row> rows)
    {
        if (b.Stated("stated.totalScore") || b.Stated("stated.totalWeight"))
        {
            return;
        }

        foreach (var row in rows)
        {
            if (ctx.Consumed.Contains(row.Index))
            {
                continue;
            }

            var text = row.Line.Text;
            var folded = VocabularyLoader.Fold(text);
            var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var name in ix.Vocabulary.Level1Names)
            {
                var m = System.Text.RegularExpressions.Regex.Match(folded, System.Text.RegularExpressions.Regex.Escape(name) + @"\((\d+(?:\.\d+)?)分\)");
                if (m.Success)
                {
                    weights[name] = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                }
            }

            if (weights.Count < 2)
            {
                continue;
            }

            var total = weights.Values.Sum();
            for (var i = 1; i < text.Length; i++)
            {
                if (TextNormalizer.IsCjk(text[i - 1]) || InlineRow(row, i, "indicatorTotal", 2) is not { Values.Count: > 0 } found)
                {
                    continue;
                }

                var candidates = new List<(Val Weight, Val Score)>();
                if (found.Values.Count == 2 && found.Values.All(v => v.Kind == ValKind.Number))
                {
                    candidates.Add((found.Values[0], found.Values[1]));
                }
                else if (found.Values.Count == 1 && found.Values[0].Kind is ValKind.Number or ValKind.Glued)
                {
                    candidates.AddRange(Splits(found.Values[0] with { Kind = ValKind.Glued }, 2).Where(x => x.Count == 2).Select(x => (x[0], x[1])));
                }

                var fitting = candidates.Where(c => !c.Weight.Percent && !c.Score.Percent && c.Weight.Value == total && c.Score.Value <= c.Weight.Value).ToList();
                if (fitting.Count != 1)
                {
                    b.Miss("stated.totalScore", $"第 {row.Line.Number} 行“{found.Label}{string.Join(" ", found.Values.Select(v => v.Text))}”无法可靠拆分（{(fitting.Count == 0 ? "没有一种读法" : "有多种读法")}符合 分值 = 一级指标分值之和 {Money.FormatShort(total)}、得分 ≤ 分值），原文保留，未取值");
                    return;
                }

                var (weight, score) = fitting[0];
                SetTotal(weight, score, $"第 {row.Line.Number} 行连在一起的指标表合计行“{found.Label}”：分值等于一级指标分值之和（{string.Join(" + ", weights.Values.Select(Money.FormatShort))}），得分不超过分值" + (found.Values.Count == 1 ? "，连在一起的数字唯一拆分" : string.Empty), TablePriority + 1);
                return;
            }
        }
    }

    // ------------------------------------------------------------------ tables run together in one line

    /// <summary>
    /// A budget block whose cells were run together into a line (OCR, a page's text copy): a run of
    /// at least three header cells naming two budget columns (全年预算数(A)全年执行数(B)分值执行率(B/A)得分),
    /// right after it a budget total row label and its numbers (年度资金总额:202010100.00%10), then
    /// fund-source rows. The numbers are placed as under a header (a glued run split only when exactly
    /// one split fits the columns and the identities); the line is still read as prose.
    /// </summary>
    private void ReadInline(List<Row> rows)
    {
        if (b.Stated("budget.executed") || b.Stated("budget.adjusted") || b.Stated("budget.initial"))
        {
            return;
        }

        foreach (var row in rows)
        {
            if (ctx.Consumed.Contains(row.Index))
            {
                continue;
            }

            var text = row.Line.Text;
            for (var i = 0; i < text.Length; i++)
            {
                if (HeaderAt(text, i) is null)
                {
                    continue;
                }

                var columns = new List<string>();
                var cells = new List<string>();
                Dictionary<string, Val>? known = null;
                var k = i;
                while (SkipSpaces(text, k) is var at && HeaderAt(text, at) is { } h)
                {
                    columns.Add(h.Values[0]);
                    cells.Add(text[h.Start..h.End]);
                    k = SkipMark(text, h.End);
                    if (h.Values[0] == "score" && StatedWeight(row, h.End, k) is { } weight)
                    {
                        // 得分(20分*执行率): the weight of the score, stated in its header.
                        known = new(StringComparer.Ordinal) { ["weight"] = weight };
                    }
                }

                // A layout of two money columns and no identity (tables.yaml mof-transfer-budget-pair): read only as a plain pair.
                if (columns.Count == 2 && ix.Vocabulary.Layouts.FirstOrDefault(l => l.Identities.Count == 0 && l.Header.SequenceEqual(columns, StringComparer.Ordinal)) is { } pair
                    && ReadBudgetPair(row, SkipSpaces(text, k), cells, pair))
                {
                    return;
                }

                if (columns.Count < 3 || columns.Count(IsBudgetColumn) < 2 || columns.Distinct(StringComparer.Ordinal).Count() != columns.Count)
                {
                    i = Math.Max(i, k - 1);
                    continue;
                }

                // The values follow the header run on its line, or start the next line when the run ends its line.
                var valueRow = row;
                var p = SkipSpaces(text, k);
                if (p >= text.Length && NextRow(rows, row) is { } below)
                {
                    valueRow = below;
                    p = SkipSpaces(below.Line.Text, 0);
                }

                var layout = CheckedLayout(columns);
                var identities = layout?.Identities ?? DefaultIdentities(known is null || columns.Contains("weight") ? columns : [.. columns, "weight"]);
                var how = $"第 {row.Line.Number} 行连在一起的表头（{string.Join("、", cells)}）" + (layout is null ? string.Empty : $"，表样 {layout.Id}（{layout.Name}）");
                // The fund sources' rows may come before the total's (资金来源 预算数(A) 执行数(B) 执行率(B/A) 一般预算内拨款 63 63 100%
                // 合计 63 63 100%): they are read as fund rows when the total's row follows them.
                var before = new List<(string Label, List<Val> Values)>();
                var q = p;
                while (InlineRow(valueRow, q, "fundSource", columns.Count) is { } first)
                {
                    before.Add((first.Label, first.Values));
                    q = SkipSpaces(valueRow.Line.Text, first.End);
                }

                if (InlineRow(valueRow, q, "budgetTotal", columns.Count) is not { } total)
                {
                    if (ReadValueRun(valueRow, p, columns, identities, how, known))
                    {
                        return;
                    }

                    i = Math.Max(i, k - 1);
                    continue;
                }

                known = columns.Contains("weight") ? null : known;
                var funds = before;
                for (var next = total.End; InlineRow(valueRow, SkipSpaces(valueRow.Line.Text, next), "fundSource", columns.Count) is { } fund; next = fund.End)
                {
                    funds.Add((fund.Label, fund.Values));
                }

                ReadFundRows(columns, funds, identities);

                if (Unfilled(columns, total.Values))
                {
                    ReadUnfilledTotal(columns, total.Label, total.Values, funds, how);
                }
                else
                {
                    ReadTotalRow(columns, total.Values, identities, how + (known is null ? string.Empty : $"；得分的分值 {known["weight"].Text} 写在表头里"), total.Label, known);
                }

                return;
            }
        }
    }

    /// <summary>
    /// The header cell starting at <paramref name="i"/> of a run of header cells, also when the copy broke it with a single space
    /// (年初 预算数): the unbroken reading first, so a space never joins two cells that each name a column.
    /// </summary>
    private PhraseMatch<string>? HeaderAt(string text, int i) =>
        ix.HeaderPhrases.LongestAt(text, i) ?? ix.HeaderPhrases.LongestAt(text, i, spacedWords: true);

    /// <summary>The row after <paramref name="row"/> (blank lines and page chrome are no rows), unless it was read already.</summary>
    private Row? NextRow(List<Row> rows, Row row)
    {
        var at = rows.IndexOf(row);
        return at >= 0 && at + 1 < rows.Count && !ctx.Consumed.Contains(rows[at + 1].Index) ? rows[at + 1] : null;
    }

    /// <summary>
    /// The values right after a header run with no row label between (a table flattened by PDF, OCR, an xlsx or a document
    /// site: 年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215,457.6 10 8.62 250000.00 …): the run of
    /// figures up to the next text may hold the total row and the next row, and a cell may be missing or glued. Each
    /// prefix of the run (at most as many values as columns) is aligned to the header's columns as under a header, but a
    /// placement counts only when the table's identities confirm it (执行率 = 执行数 ÷ 预算数 to the stated precision, 得分 =
    /// 分值 × 执行率, with a nonzero result; an 执行数 above the budget only with a stated rate) — also when the counts
    /// match. The values are taken only when exactly one placement of a prefix is confirmed and the confirmed prefixes
    /// agree (a shorter one being a part of the longest); otherwise nothing is read.
    /// </summary>
    private bool ReadValueRun(Row row, int at, List<string> columns, IReadOnlyList<LayoutIdentity> identities, string how, IReadOnlyDictionary<string, Val>? known)
    {
        if (row.Piped || identities.Count == 0)
        {
            return false;
        }

        var run = new List<Val>();
        for (var k = at; run.Count < 2 * columns.Count && ScanValue(row, SkipSpaces(row.Line.Text, k), placeholders: true) is { } scanned; k = scanned.End)
        {
            run.Add(scanned.Value);
        }

        if (run.Count(v => v.Kind != ValKind.Empty) < 2)
        {
            return false;
        }

        known = columns.Contains("weight") ? null : known;
        var confirmed = new List<List<(string Column, Val Value)>>();
        var ambiguous = false;
        for (var length = Math.Min(run.Count, columns.Count); length >= 2; length--)
        {
            var prefix = run.Take(length).ToList();
            if (prefix[^1].Kind == ValKind.Empty)
            {
                continue;
            }

            var assigned = Assign(columns, prefix, identities, out _, out var several, known, confirm: true);
            ambiguous |= several;
            if (assigned is not null)
            {
                confirmed.Add(assigned);
            }
        }

        if (confirmed.Count == 0)
        {
            return false;
        }

        var longest = confirmed[0];
        var agree = confirmed.All(c => c.Where(x => x.Value.Kind == ValKind.Number).All(x => longest.Any(y => y.Column == x.Column && y.Value.Kind == ValKind.Number && y.Value.Value == x.Value.Value)));
        var raw = string.Join(" ", run.Select(v => v.Text));
        if (!agree || ambiguous)
        {
            foreach (var c in columns.Where(IsBudgetColumn).Select(c => ColumnPath(c, budgetBlock: true)).Where(c => !b.Stated(c)))
            {
                b.Miss(c, $"第 {row.Line.Number} 行表头后的数字“{raw}”有多种对应方式都符合表内关系，原文保留，未取值");
            }

            return true;
        }

        ReadTotalRow(columns, [.. longest.Select(x => x.Value)], identities, how + $"；表头后连在一起的数字“{raw}”按表内关系对应到列", string.Empty, known, longest);
        return true;
    }

    /// <summary>
    /// The known layout of a header whose identities check its figures (tables.yaml layouts with identities); null when none. A
    /// layout without identities (the two money columns alone) is read only inline, as a plain pair (<see cref="ReadBudgetPair"/>).
    /// </summary>
    private TableLayout? CheckedLayout(List<string> columns) =>
        ix.Vocabulary.Layouts.FirstOrDefault(l => l.Header.Count > 0 && l.Identities.Count > 0 && l.Header.SequenceEqual(columns, StringComparer.Ordinal));

    /// <summary>
    /// The two money columns of a layout without a rate column (the transfer table as an exported sheet gives it: 全年预算数(A)
    /// 全年执行数(B) 7165.32 6992.95 其中:中央财政资金…): exactly two figures, then no figure, the spending not
    /// above the budget (no rate stands to confirm more). Read as the table's total row; false when the run is anything else.
    /// </summary>
    private bool ReadBudgetPair(Row row, int at, List<string> cells, TableLayout layout)
    {
        var text = row.Line.Text;
        if (ScanValue(row, at, placeholders: false) is not { Value: { Kind: ValKind.Number } budget } first
            || ScanValue(row, SkipSpaces(text, first.End), placeholders: false) is not { Value: { Kind: ValKind.Number } spent } second
            || ScanValue(row, SkipSpaces(text, second.End), placeholders: true) is not null
            || spent.Value > budget.Value)
        {
            return false;
        }

        ReadTotalRow([.. layout.Header], [budget, spent], [], $"第 {row.Line.Number} 行连在一起的表头（{string.Join("、", cells)}），表样 {layout.Id}（{layout.Name}），其后恰有两个数，执行数不高于预算数", string.Empty,
            placed: [(layout.Header[0], budget), (layout.Header[1], spent)]);
        return true;
    }

    /// <summary>A line that is only a header cell's bracketed note ((20分*执行率), (万元)): one mark, nothing else.</summary>
    private static bool IsHeaderNote(Row row)
    {
        var t = row.Line.Text.Trim();
        return t.Length is > 2 and <= 18 && SkipMark(t, 0) == t.Length;
    }

    /// <summary>A weight written in a header cell's mark: 得分(20分*执行率) → 20.</summary>
    private static Val? StatedWeight(Row row, int from, int to)
    {
        var mark = row.Line.Text[from..to];
        var m = System.Text.RegularExpressions.Regex.Match(mark, @"(\d+(?:\.\d+)?)\s*分");
        return m.Success && decimal.TryParse(m.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) && w > 0
            ? new Val(ValKind.Number, w, false, 0, m.Groups[1].Value, row, from + m.Groups[1].Index, m.Groups[1].Length)
            : null;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>After a header cell: its bracketed mark ((A), (B/A), (万元), (20分*执行率)), also when OCR lost the closing bracket ((B/A1得分).</summary>
    private static int SkipMark(string text, int i)
    {
        var k = SkipSpaces(text, i);
        if (k >= text.Length || VocabularyLoader.FoldChar(text[k]) != '(')
        {
            return i;
        }

        for (var j = k + 1; j < text.Length && j <= k + 16; j++)
        {
            var c = VocabularyLoader.FoldChar(text[j]);
            if (c == ')')
            {
                return j + 1;
            }

            if (c == '(')
            {
                break;
            }
        }

        // No closing bracket before the next one: the mark is its mark-like characters.
        var end = k + 1;
        while (end < text.Length && end <= k + 8 && (char.IsAsciiLetterOrDigit(text[end]) || "/%*×+-=.分率元万亿".Contains(VocabularyLoader.FoldChar(text[end]), StringComparison.Ordinal)))
        {
            end++;
        }

        return end;
    }

    /// <summary>A row inside a line: a label of <paramref name="kind"/> at <paramref name="at"/> (其中: allowed), then its numbers up to the next text.</summary>
    private (string Label, List<Val> Values, int End)? InlineRow(Row row, int at, string kind, int columnCount)
    {
        var text = row.Line.Text;
        var start = at;
        foreach (var lead in new[] { "其中:", "其中" })
        {
            if (PhraseIndex<string>.MatchAt(text, at, lead) is var e and > 0)
            {
                at = SkipSpaces(text, e);
                break;
            }
        }

        // The label, spaces inside it skipped (OCR breaks words: 年度财政 资金总额).
        var folded = new System.Text.StringBuilder();
        var ends = new List<int>();
        for (var j = at; j < text.Length && folded.Length < 24; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                folded.Append(VocabularyLoader.FoldChar(text[j]));
                ends.Add(j + 1);
            }
        }

        var labelEnd = -1;
        for (var len = folded.Length; len >= 2 && labelEnd < 0; len--)
        {
            if (ix.RowKinds.TryGetValue(folded.ToString(0, len), out var kinds) && kinds.Contains(kind, StringComparer.Ordinal))
            {
                labelEnd = ends[len - 1];
            }
        }

        if (labelEnd < 0)
        {
            return null;
        }

        var k = SkipMark(text, labelEnd);
        k = SkipSpaces(text, k);
        if (k < text.Length && VocabularyLoader.FoldChar(text[k]) == ':')
        {
            k++;
        }

        var values = new List<Val>();
        while (ScanValue(row, SkipSpaces(text, k), placeholders: false) is { } scanned)
        {
            values.Add(scanned.Value);
            k = scanned.End;
        }

        // A total row with fewer numbers than columns: any of them may be several run together.
        if (kind == "budgetTotal" && values.Count < columnCount)
        {
            values = [.. values.Select(v => v.Kind == ValKind.Number && !v.OwnUnit && v.Text.Count(char.IsAsciiDigit) >= 2 && !v.Text.Contains(',', StringComparison.Ordinal) ? v with { Kind = ValKind.Glued } : v)];
        }

        return (text[start..labelEnd], values, k);
    }

    /// <summary>
    /// One value of a row run together in a line, at <paramref name="t0"/>: digits, points, % and thousands separators (a number
    /// or a glued run), with a money unit written right after a number (50万元: its own unit, converted to 万元). With
    /// <paramref name="placeholders"/> an empty cell's mark (— - /) is a value too. Null at text, or where a figure is masked
    /// (78.*元, 1**万元): a masked figure is no value and ends the row.
    /// </summary>
    private (Val Value, int End)? ScanValue(Row row, int t0, bool placeholders)
    {
        var text = row.Line.Text;
        var t1 = t0;
        while (t1 < text.Length && (char.IsAsciiDigit(text[t1]) || text[t1] is '.' or '%' or '％' || IsThousands(text, t1)))
        {
            t1++;
        }

        if (t1 == t0)
        {
            if (placeholders && t0 < text.Length && text[t0] is '—' or '-' or '/' or '－')
            {
                var e = t0;
                while (e < text.Length && text[e] == text[t0])
                {
                    e++;
                }

                return e == text.Length || char.IsWhiteSpace(text[e]) ? (new Val(ValKind.Empty, 0, false, 0, text[t0..e], row, t0, e - t0), e) : null;
            }

            return null;
        }

        if (t1 < text.Length && IsMask(text[t1]))
        {
            return null;
        }

        var val = InlineValue(row, t0, t1);
        if (val is { Kind: ValKind.Number, Percent: false } && ix.Vocabulary.MoneyUnits.Where(u => !u.Standalone && string.CompareOrdinal(text, t1, u.Unit, 0, u.Unit.Length) == 0).MaxBy(u => u.Unit.Length) is { } unit)
        {
            var end = t1 + unit.Unit.Length;
            if (end < text.Length && IsMask(text[end]))
            {
                return null;
            }

            return (val with { Value = val.Value * unit.Factor, Text = text[t0..end], Length = end - t0, OwnUnit = true }, end);
        }

        return (val, t1);
    }

    /// <summary>A character masking digits on tender and aggregator sites (78.*元, ****).</summary>
    private static bool IsMask(char c) => c is '*' or '＊' or '×' or 'X' or 'x';

    /// <summary>A thousands separator: a comma between a digit and exactly three digits (1,234.56).</summary>
    private static bool IsThousands(string text, int i) =>
        text[i] == ',' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 3 < text.Length
        && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4]));

    /// <summary>A token of digits, points and % (thousands separated or not): a number as tables print it, else a glued run.</summary>
    private static Val InlineValue(Row row, int start, int end)
    {
        var t = row.Line.Text[start..end].Replace('％', '%');
        var body = (t.EndsWith('%') ? t[..^1] : t).Replace(",", string.Empty, StringComparison.Ordinal);
        if (body.Length > 0 && !body.Contains('%', StringComparison.Ordinal) && WellFormed(body, 0, body.Length) && decimal.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var dot = body.IndexOf('.', StringComparison.Ordinal);
            return new Val(ValKind.Number, value, t.EndsWith('%'), dot < 0 ? 0 : body.Length - dot - 1, t, row, start, end - start);
        }

        return new Val(ValKind.Glued, 0, false, 0, t, row, start, end - start);
    }

    /// <summary>
    /// A budget total row with no header above it (总额 | 10.00 | 12.00 | 12.00 | 100.00% | 10 | 10 | …):
    /// read by the one known layout whose columns it fills and whose identities it satisfies.
    /// </summary>
    private void ReadHeaderless(List<Row> rows)
    {
        if (b.Stated("budget.executed") || b.Stated("budget.adjusted"))
        {
            return;
        }

        foreach (var row in rows)
        {
            if (ctx.Consumed.Contains(row.Index) || row.Atoms.Count < 3)
            {
                continue;
            }

            var lead = row.Atoms.TakeWhile(a => Parse(row, a).Kind == ValKind.Text).ToList();
            var label = string.Join(string.Empty, lead.Select(a => a.Text));
            if (lead.Count == 0 || !ix.RowKindsOf(label).Contains("budgetTotal"))
            {
                continue;
            }

            var values = row.Atoms.Skip(lead.Count).Select(a => Parse(row, a)).ToList();
            var fitting = new List<(TableLayout Layout, List<(string Column, Val Value)> Assigned)>();
            foreach (var layout in ix.Vocabulary.Layouts.Where(l => l.Header.Count > 0 && l.Identities.Count > 0))
            {
                var columns = layout.Header.ToList();
                if (values.Count != columns.Count || values.Any(v => v.Kind == ValKind.Glued))
                {
                    continue;
                }

                var map = new Dictionary<string, Val>(StringComparer.Ordinal);
                var ok = true;
                for (var i = 0; i < columns.Count; i++)
                {
                    ok &= Fits(columns[i], values[i]);
                    map[columns[i]] = values[i];
                }

                if (ok && Satisfies(map, layout.Identities))
                {
                    fitting.Add((layout, [.. columns.Select((c, i) => (c, values[i]))]));
                }
            }

            if (fitting.Count != 1)
            {
                continue;
            }

            ctx.Consumed.Add(row.Index);
            var (found, assigned) = fitting[0];
            ReadTotalRow([.. found.Header], [.. assigned.Select(a => a.Value)], found.Identities, $"第 {row.Line.Number} 行没有表头，按表样 {found.Id}（{found.Name}）的列序且符合其恒等式", label);
            return;
        }
    }

    // ------------------------------------------------------------------ rows and atoms

    private List<Row> BuildRows()
    {
        var rows = new List<Row>();
        for (var i = 0; i < ctx.Lines.Count; i++)
        {
            var line = ctx.Lines[i];
            if (line.Chrome || line.Text.Trim().Length == 0)
            {
                continue;
            }

            var text = line.Text;
            var atoms = new List<Atom>();
            var piped = text.Contains('|', StringComparison.Ordinal);
            if (piped || text.Contains('\t', StringComparison.Ordinal))
            {
                var sep = piped ? '|' : '\t';
                if (text.Trim() == "|")
                {
                    atoms.Add(new Atom(string.Empty, text.IndexOf('|', StringComparison.Ordinal), 0));
                }
                else
                {
                    var start = 0;
                    for (var k = 0; k <= text.Length; k++)
                    {
                        if (k == text.Length || text[k] == sep)
                        {
                            var cell = text[start..k];
                            var lead = cell.Length - cell.TrimStart().Length;
                            atoms.Add(new Atom(cell.Trim(), start + lead, cell.Trim().Length));
                            start = k + 1;
                        }
                    }

                    while (atoms.Count > 1 && atoms[^1].Text.Length == 0)
                    {
                        atoms.RemoveAt(atoms.Count - 1);
                    }

                    // | 年度资金总额 | 120 | …: the bar that opens the line opens its first cell; nothing stands before it.
                    if (piped && atoms.Count > 1 && atoms[0].Text.Length == 0 && text.TrimStart().StartsWith('|'))
                    {
                        atoms.RemoveAt(0);
                    }
                }
            }
            else
            {
                var k = 0;
                while (k < text.Length)
                {
                    while (k < text.Length && char.IsWhiteSpace(text[k]))
                    {
                        k++;
                    }

                    var start = k;
                    while (k < text.Length && !char.IsWhiteSpace(text[k]))
                    {
                        k++;
                    }

                    if (k > start)
                    {
                        atoms.Add(new Atom(text[start..k], start, k - start));
                    }
                }
            }

            if (!piped && !text.Contains('\t', StringComparison.Ordinal))
            {
                atoms = [.. atoms.SelectMany(Unglue)];
            }

            if (atoms.Count > 0)
            {
                // Tab-separated cells (a spreadsheet's export) are cells as much as |-separated ones.
                rows.Add(new Row(i, line, atoms, piped || text.Contains('\t', StringComparison.Ordinal)));
            }
        }

        return rows;
    }

    /// <summary>
    /// Cells run together by text extraction, in a line without separators: a header whose cells follow each other
    /// (全年预算数(A)全年执行数(B)执行率(B/A)) is cut where every piece is a known header cell; a label glued to its
    /// figures (年度资金总额:40004000100%) is cut before the figures. Anything else stays one cell.
    /// </summary>
    private IEnumerable<Atom> Unglue(Atom atom)
    {
        var t = atom.Text;
        var digitAt = t.AsSpan().IndexOfAny(Digits);
        if (digitAt > 0 && (TextNormalizer.IsCjk(t[digitAt - 1]) || t[digitAt - 1] is ':' or '：') && t[digitAt..].All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%'))
        {
            yield return new Atom(t[..digitAt], atom.Column, digitAt);
            yield return new Atom(t[digitAt..], atom.Column + digitAt, t.Length - digitAt);
            yield break;
        }

        if ((digitAt < 0 || !DigitOutsideBrackets(t)) && t.Length is >= 6 and <= 80 && HeaderPieces(t) is { Count: >= 2 } cuts)
        {
            var from = 0;
            foreach (var cut in cuts)
            {
                yield return new Atom(t[from..cut], atom.Column + from, cut - from);
                from = cut;
            }

            yield break;
        }

        yield return atom;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>True when a digit stands outside every bracket (分值(10分) has its digits inside one: a header cell's note).</summary>
    private static bool DigitOutsideBrackets(string t)
    {
        var depth = 0;
        foreach (var c in t)
        {
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ends of the pieces when the whole text is a sequence of known header cells (longest first), else null.</summary>
    private List<int>? HeaderPieces(string t)
    {
        var cuts = new List<int>();
        var at = 0;
        while (at < t.Length)
        {
            var end = -1;
            for (var len = Math.Min(16, t.Length - at); len >= 2; len--)
            {
                if (ix.HeaderColumn(t.Substring(at, len)) is not null)
                {
                    end = at + len;
                    break;
                }
            }

            if (end < 0)
            {
                return null;
            }

            cuts.Add(end);
            at = end;
        }

        return cuts;
    }

    private Val Parse(Row row, Atom atom)
    {
        var t = atom.Text.Trim();
        if (t.Length == 0 || IsEmptyMark(t))
        {
            return new Val(ValKind.Empty, 0, false, 0, t, row, atom.Column, atom.Length);
        }

        // Figures run together around a percent sign (1050%5: a weight, a rate and a score of a PDF's text): a glued run, split
        // by the table's identities.
        if (GluedAroundPercent().IsMatch(t))
        {
            return new Val(ValKind.Glued, 0, false, 0, t, row, atom.Column, atom.Length);
        }

        var tokens = NumberScanner.Scan(t, ix.Vocabulary);
        if (tokens.Count == 1)
        {
            var n = tokens[0];
            var rest = t[..n.Start].Trim().Length + t[n.End..].Trim().Length;
            if (rest == 0 && n.Glued)
            {
                return new Val(ValKind.Glued, 0, n.Suffix == NumberSuffix.Percent, 0, t, row, atom.Column, atom.Length);
            }

            if (rest == 0 && n.Value is { } value && !n.Approximate && n.Suffix is NumberSuffix.None or NumberSuffix.Percent or NumberSuffix.Money or NumberSuffix.Points)
            {
                var v = n.Suffix == NumberSuffix.Money ? value * n.Factor : value;
                return new Val(ValKind.Number, v, n.Suffix == NumberSuffix.Percent, n.Decimals, t, row, atom.Column, atom.Length, n.Suffix == NumberSuffix.Money);
            }
        }

        return new Val(ValKind.Text, 0, false, 0, t, row, atom.Column, atom.Length);
    }

    private static bool IsMark(string atom)
    {
        var f = VocabularyLoader.Fold(atom);
        return f.Length == 0 || (f.StartsWith('(') && f.EndsWith(')') && VocabularyIndex.StripMarks(f).Length == 0) || f is "万元" or "元" or "单位:万元" or "单位:元";
    }

    // ------------------------------------------------------------------ headers

    private (List<string> Columns, List<Atom> Atoms)? HeaderOf(Row row)
    {
        if (row.Atoms.Count < 2)
        {
            return null;
        }

        var columns = new List<string>();
        var atoms = new List<Atom>();
        var other = 0;
        foreach (var atom in JoinBroken(row.Atoms))
        {
            if (IsMark(atom.Text))
            {
                continue;
            }

            if (Parse(row, atom).Kind is ValKind.Number or ValKind.Glued)
            {
                return null;
            }

            if (ix.HeaderColumn(atom.Text) is { } column)
            {
                columns.Add(column);
                atoms.Add(atom);
            }
            else
            {
                other++;
            }
        }

        return columns.Count >= 2 && columns.Count * 2 >= columns.Count + other && IsUseful(columns) ? (columns, atoms) : null;
    }

    /// <summary>
    /// A header row broken over lines by the page or the export (年初预算数 全年预算数(A) 全年执行数(B) / 分值 执行率(B/A) 得分;
    /// 年初预算数 全年预算 / 数(A) 全年执行数(B) …): rows of cells without figures, most of each row's cells header cells
    /// (a cell of a column not read, 得分计算方法, may stand among them). A cell cut at the line's end is one cell when the two pieces together name a
    /// column and one of them alone names none. The rows make one header when their columns are all different and of
    /// one kind of table (a budget header is not continued by an indicator header), and it is a better header than the
    /// first row alone (more columns). Null when the header is on one line.
    /// </summary>
    private (int Last, List<string> Columns, List<Atom> Atoms)? HeaderOverLines(List<Row> rows, int r)
    {
        if (rows[r].Atoms.Count < 2 || HasFigure(rows[r]))
        {
            return null;
        }

        var cells = JoinBroken(rows[r].Atoms).Where(a => !IsMark(a.Text)).ToList();
        var firstColumns = cells.Count(a => ix.HeaderColumn(a.Text) is not null);
        if (firstColumns == 0 || firstColumns * 2 < cells.Count)
        {
            return null;
        }

        var last = r;
        for (var k = r + 1; k < rows.Count && k <= r + 3 && rows[k].Line.Number - rows[k - 1].Line.Number <= 2; k++)
        {
            var next = JoinBroken(rows[k].Atoms).Where(a => !IsMark(a.Text)).ToList();
            if (next.Count == 0 || HasFigure(rows[k]))
            {
                break;
            }

            var joined = cells.Count > 0 && JoinedCell(cells[^1], next[0]) is { } j ? j : null;
            var rest = joined is null ? next : next.Skip(1).ToList();
            var known = rest.Count(a => ix.HeaderColumn(a.Text) is not null) + (joined is null ? 0 : 1);
            if (known == 0 || known * 2 < next.Count)
            {
                break;
            }

            var trial = joined is null ? [.. cells, .. rest] : cells.Take(cells.Count - 1).Append(joined).Concat(rest).ToList();
            var columns = trial.Select(a => ix.HeaderColumn(a.Text)).OfType<string>().ToList();
            if (columns.Distinct(StringComparer.Ordinal).Count() != columns.Count && joined is null && cells.Count > 0
                && Joined(cells[^1], next[0]) is var cut && ix.HeaderColumn(cut.Text) is not null)
            {
                // A cell cut at the line's end whose first piece names a column of its own (… 分值 预算 / 执行率(B/A) 得分: 预算 alone
                // would be the budget a second time): the whole cell, when that leaves every column once.
                var whole = cells.Take(cells.Count - 1).Append(cut).Concat(next.Skip(1)).ToList();
                var wholeColumns = whole.Select(a => ix.HeaderColumn(a.Text)).OfType<string>().ToList();
                if (wholeColumns.Distinct(StringComparer.Ordinal).Count() == wholeColumns.Count)
                {
                    (trial, columns) = (whole, wholeColumns);
                }
            }

            if (columns.Distinct(StringComparer.Ordinal).Count() != columns.Count || (columns.Any(IsBudgetColumn) && IsIndicator(columns)))
            {
                break;
            }

            cells = trial;
            last = k;
        }

        if (last == r)
        {
            return null;
        }

        var atoms = cells.Where(a => ix.HeaderColumn(a.Text) is not null).ToList();
        var all = atoms.Select(a => ix.HeaderColumn(a.Text)!).ToList();
        var single = HeaderOf(rows[r]);
        return all.Count >= 2 && all.Count * 2 >= cells.Count && IsUseful(all) && all.Count > (single?.Columns.Count ?? 0) ? (last, all, atoms) : null;
    }

    /// <summary>A header cell cut at a line's end (全年预算 / 数(A)): the whole cell, when the pieces together name a column and one alone names none.</summary>
    private Atom? JoinedCell(Atom left, Atom right) =>
        Joined(left, right) is var whole && ix.HeaderColumn(whole.Text) is not null && (ix.HeaderColumn(left.Text) is null || ix.HeaderColumn(right.Text) is null) ? whole : null;

    /// <summary>Two pieces of a cell as one cell, at the first piece's place.</summary>
    private static Atom Joined(Atom left, Atom right) => left with { Text = left.Text + right.Text };

    /// <summary>Header cells broken by a space inside a line (OCR: 全年预算 数(A), 全年执行 数(B)) joined by the same rule as at a line's end.</summary>
    private List<Atom> JoinBroken(List<Atom> atoms)
    {
        var result = new List<Atom>(atoms.Count);
        for (var i = 0; i < atoms.Count; i++)
        {
            if (i + 1 < atoms.Count && !IsMark(atoms[i + 1].Text) && atoms[i].Text.Length > 0 && JoinedCell(atoms[i], atoms[i + 1]) is { } joined)
            {
                result.Add(joined with { Length = atoms[i + 1].Column + atoms[i + 1].Length - atoms[i].Column });
                i++;
                continue;
            }

            result.Add(atoms[i]);
        }

        return result;
    }

    private bool HasFigure(Row row) => row.Atoms.Any(a => Parse(row, a).Kind is ValKind.Number or ValKind.Glued);

    private static bool IsUseful(List<string> columns) => IsIndicator(columns) || columns.Count(IsBudgetColumn) >= 2;

    private static bool IsIndicator(List<string> columns) => columns.Any(c => c is "level1" or "level2" or "level3" or "operator" or "target" or "actual");

    private static bool IsBudgetColumn(string c) => c is "budget.initial" or "budget.adjusted" or "budget.executed" or "budget.statedRatePercent";

    /// <summary>
    /// Header cells one per line: 年初预算 / 调整后预算数 / 预算执行数 / … . A header cell broken over two lines by
    /// the page (年初 / 预算数, 全年 / 执行数) is one cell when the two together name a column and the first alone does not,
    /// or names a different one.
    /// </summary>
    private (int Last, List<string> Columns, List<Atom> Atoms)? StreamHeader(List<Row> rows, int r)
    {
        var columns = new List<string>();
        var atoms = new List<Atom>();
        var k = r;
        while (k < rows.Count && StreamCell(rows[k]) is { } atom)
        {
            var cell = atom.Text;
            var alone = ix.HeaderColumn(cell);
            if (k + 1 < rows.Count && rows[k + 1].Atoms.Count == 1 && rows[k].Atoms.Count == 1 && ix.HeaderColumn(cell + rows[k + 1].Atoms[0].Text) is { } joined
                && joined != alone && (alone is null || ix.HeaderColumn(rows[k + 1].Atoms[0].Text) is null || joined != ix.HeaderColumn(rows[k + 1].Atoms[0].Text)))
            {
                columns.Add(joined);
                atoms.Add(atom with { Text = cell + rows[k + 1].Atoms[0].Text });
                k += 2;
                continue;
            }

            if (alone is null)
            {
                break;
            }

            columns.Add(alone);
            atoms.Add(atom);
            k++;
        }

        return columns.Count >= 2 && IsUseful(columns) ? (k - 1, columns, atoms) : null;
    }

    /// <summary>
    /// A line that is one header cell of a one-cell-a-line header: a single cell, or (no bars) a line whose whole text names a
    /// column though a space parts it (得分 (20分*执行率): a cell with its note, its bars lost). Else null.
    /// </summary>
    private Atom? StreamCell(Row row)
    {
        if (row.Atoms.Count == 1)
        {
            return row.Atoms[0];
        }

        if (row.Piped || row.Line.Text.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var text = row.Line.Text.Trim();
        var start = row.Line.Text.IndexOf(text, StringComparison.Ordinal);
        return ix.HeaderColumn(text) is not null ? new Atom(text, start, text.Length) : null;
    }

    // ------------------------------------------------------------------ values under a header

    private int ReadUnderHeader(List<Row> rows, int headerRow, List<string> columns, List<Atom> headerAtoms, bool stream, int? headerStart = null)
    {
        var first = headerStart ?? (stream ? headerRow - columns.Count + 1 : headerRow);
        for (var k = first; k <= headerRow; k++)
        {
            ctx.Consumed.Add(rows[k].Index);
        }

        var headerLine = rows[headerRow].Line.Number;
        if (IsIndicator(columns))
        {
            // Cells of a piped header align with the cells of the total row (总分 | 100 | | … | 95.46 |).
            var aligned = !stream && first == headerRow && rows[headerRow].Piped ? rows[headerRow].Atoms.Select(a => ix.HeaderColumn(a.Text)).ToList() : null;
            return ReadIndicatorRegion(rows, headerRow + 1, stream, aligned);
        }

        var layout = CheckedLayout(columns);
        var identities = layout?.Identities ?? DefaultIdentities(columns);
        var how = $"第 {headerLine} 行表头（{string.Join("、", headerAtoms.Select(a => a.Text))}）" + (layout is null ? string.Empty : $"，表样 {layout.Id}（{layout.Name}）");
        var r = headerRow + 1;
        if (stream)
        {
            // Header cells of columns not read (得分计算方法) between the known ones and the total row's label: skipped.
            var skip = 0;
            while (skip < 2 && r + skip < rows.Count && rows[r + skip].Atoms.Count == 1 && Parse(rows[r + skip], rows[r + skip].Atoms[0]).Kind == ValKind.Text
                && ix.RowKindsOf(rows[r + skip].Atoms[0].Text).Count == 0 && ix.HeaderColumn(rows[r + skip].Atoms[0].Text) is null)
            {
                skip++;
            }

            if (skip > 0 && r + skip < rows.Count && rows[r + skip].Atoms.Count == 1 && ix.RowKindsOf(rows[r + skip].Atoms[0].Text).Contains("budgetTotal"))
            {
                for (var k = r; k < r + skip; k++)
                {
                    ctx.Consumed.Add(rows[k].Index);
                }

                r += skip;
            }
        }

        var firstRow = true;
        (string Label, List<Val> Values)? unfilledTotal = null;
        var funds = new List<(string Label, List<Val> Values)>();
        var limit = Math.Min(rows.Count, headerRow + 1 + (stream ? (columns.Count + 1) * 6 : 8));
        while (r < limit)
        {
            var row = rows[r];
            if (HeaderOf(row) is not null)
            {
                break;
            }

            if (!stream && firstRow && IsHeaderNote(row))
            {
                // 预算数(A) 执行数(B) 执行率(B/A) 得分 / (20分*执行率) / 年度资金总额 104 …: a header cell's note wrapped onto a line of
                // its own between the header and its first row.
                ctx.Consumed.Add(row.Index);
                r++;
                limit = Math.Min(rows.Count, limit + 1);
                continue;
            }

            string label;
            List<Val> values;
            int next;
            if (stream)
            {
                if (row.Atoms.Count != 1)
                {
                    break;
                }

                if (Parse(row, row.Atoms[0]).Kind == ValKind.Empty && r + 1 < limit && rows[r + 1].Atoms.Count == 1
                    && Parse(rows[r + 1], rows[r + 1].Atoms[0]).Kind == ValKind.Text)
                {
                    // 得分 | / | / 年度资金总额 | / 0 | / 2.38 | …: a bare bar line opens the next row of a one-cell-a-line table; the
                    // row's label is the cell after it, never an empty label that would shift every value by one column.
                    ctx.Consumed.Add(row.Index);
                    r++;
                    continue;
                }

                label = row.Atoms[0].Text;
                if (Parse(row, row.Atoms[0]).Kind is ValKind.Number or ValKind.Glued)
                {
                    if (!firstRow)
                    {
                        break;
                    }

                    label = string.Empty;
                    r--;
                }

                values = [];
                var k = r + 1;
                while (k < rows.Count && values.Count < columns.Count && rows[k].Atoms.Count == 1)
                {
                    var cell = rows[k].Atoms[0].Text;
                    if (values.Count > 0 && (ix.RowKindsOf(cell).Count > 0 || ix.HeaderColumn(cell) is not null))
                    {
                        break;
                    }

                    values.Add(Parse(rows[k], rows[k].Atoms[0]));
                    k++;
                }

                next = k;
            }
            else
            {
                // Before the row's label: empty cells (| | 年度资金总额 | …: a merged cell to the left) and, under a header whose
                // first cell numbers the rows (序号, 行次), the row's number (1 年度资金总额 120.5 …).
                var skip = row.Atoms.TakeWhile(a => Parse(row, a).Kind == ValKind.Empty).Count();
                if (skip < row.Atoms.Count - 1 && RowNumbered(rows[headerRow]) && Parse(row, row.Atoms[skip]) is { Kind: ValKind.Number, Percent: false, Decimals: 0, Value: >= 1 and <= 999 }
                    && Parse(row, row.Atoms[skip + 1]).Kind == ValKind.Text)
                {
                    skip++;
                }

                var lead = row.Atoms.Skip(skip).TakeWhile(a => Parse(row, a).Kind == ValKind.Text).ToList();
                if (lead.Count > 1 && IsUnitCaption(lead[0].Text))
                {
                    // 项目资金 年初预算数 … / (万元) 年度资金总额 29 29 27.8 …: the caption of the header's first cell, wrapped onto the
                    // total row's line, is no part of the row's label.
                    lead.RemoveAt(0);
                    skip++;
                }

                if (lead.Count == 0)
                {
                    skip = 0;
                }

                label = string.Join(string.Empty, lead.Select(a => a.Text));
                values = [.. row.Atoms.Skip(skip + lead.Count).Select(a => Parse(row, a))];
                if (row.Piped && first == headerRow && rows[headerRow].Piped && AlignedToHeaderGaps(rows[headerRow], headerAtoms, columns, values) is { } aligned)
                {
                    values = aligned;
                }
                if (!row.Piped)
                {
                    // Rows run together on one line (合计 1500 1650 1620.3 98.2% 基本支出 1000 1000 990 99%): words followed by more
                    // figures open the next row, whose figures are not this row's.
                    var nextLabel = values.FindIndex(x => x.Kind == ValKind.Text);
                    if (nextLabel > 0 && values.Skip(nextLabel).Any(x => x.Kind is ValKind.Number or ValKind.Glued))
                    {
                        values = [.. values.Take(nextLabel)];
                    }

                    // Space-separated rows: text after the figures (a reason) is one cell.
                    var lastNumber = values.FindLastIndex(x => x.Kind != ValKind.Text);
                    if (lastNumber >= 0 && lastNumber < values.Count - 1)
                    {
                        var tail = values.Skip(lastNumber + 1).ToList();
                        values = [.. values.Take(lastNumber + 1), tail[0] with { Text = string.Join(" ", tail.Select(x => x.Text)) }];
                    }
                }

                next = r + 1;
                if (label.Length > 0 && values.All(x => x.Kind is ValKind.Empty) && r + 1 < limit && ValuesOnly(rows[r + 1]) is { } below
                    && ix.RowKindsOf(label).Any(k => k is "budgetTotal" or "fundSource"))
                {
                    // 年度资金总额 | / | 32.4 | 31.69 | 10 | 97.80% | 9 |: the row's label on its own line, its figures on the next.
                    values = below;
                    next = r + 2;
                }
            }

            var kinds = ix.RowKindsOf(label);
            var isTotal = kinds.Contains("budgetTotal") || (label.Length == 0 && firstRow);
            var isFund = !isTotal && kinds.Contains("fundSource");
            if (!isTotal && !isFund)
            {
                if (values.Any(x => x.Kind is ValKind.Number or ValKind.Glued) && !firstRow)
                {
                    break;
                }

                if (!firstRow || values.All(x => x.Kind is ValKind.Text or ValKind.Empty))
                {
                    break;
                }
            }

            for (var k = r; k < next; k++)
            {
                ctx.Consumed.Add(rows[Math.Max(k, 0)].Index);
            }

            if (isTotal && Unfilled(columns, values))
            {
                // A template total left at 0 (年度资金总额: 0 0 0 10 0 0): not the document's figures.
                unfilledTotal = (label, values);
            }
            else if (isTotal)
            {
                ReadTotalRow(columns, values, identities, how, label);
            }
            else if (isFund)
            {
                funds.Add((label, values));
            }

            firstRow = false;
            r = next;
        }

        ReadFundRows(columns, funds, identities);
        if (unfilledTotal is { } total)
        {
            ReadUnfilledTotal(columns, total.Label, total.Values, funds, how);
        }

        return r - 1;
    }

    /// <summary>A cell that is only a table's unit caption ((万元), 单位:元: tables.yaml tableUnitCues).</summary>
    private bool IsUnitCaption(string cell)
    {
        var folded = VocabularyLoader.Fold(cell).Trim();
        return ix.Vocabulary.TableUnitCues.Any(c => folded == c.Text);
    }

    /// <summary>The cells of a row that holds figures only (at least two numbers, no text), or null.</summary>
    private List<Val>? ValuesOnly(Row row)
    {
        if (ctx.Consumed.Contains(row.Index) || HeaderOf(row) is not null)
        {
            return null;
        }

        var values = row.Atoms.Select(a => Parse(row, a)).ToList();
        return values.Count(x => x.Kind == ValKind.Number) >= 2 && values.All(x => x.Kind is ValKind.Number or ValKind.Empty or ValKind.Glued) ? values : null;
    }

    /// <summary>
    /// A piped header with empty cells between its columns (| 预算执行数 | | | 预算执行率 | 权重 |: cells of a merged header
    /// that the export wrote empty) over rows that keep those cells empty too (| 5.00 | | | 100.00% | 10 |): each column
    /// takes the cell at its own place, counted from the first column and the row's first value. Null when the header has no
    /// such gap, a header cell spans several cells, or the row has a figure where the header has a gap (the row is not
    /// laid out cell for cell under the header).
    /// </summary>
    private static List<Val>? AlignedToHeaderGaps(Row header, List<Atom> headerAtoms, List<string> columns, List<Val> values)
    {
        if (headerAtoms.Count != columns.Count || values.Count == 0)
        {
            return null;
        }

        var at = new List<int>(headerAtoms.Count);
        foreach (var atom in headerAtoms)
        {
            var k = header.Atoms.FindIndex(a => a.Column == atom.Column && a.Length == atom.Length);
            if (k < 0 || (at.Count > 0 && k <= at[^1]))
            {
                return null;
            }

            at.Add(k);
        }

        var gaps = Enumerable.Range(at[0], at[^1] - at[0] + 1).Where(k => !at.Contains(k)).ToList();
        if (gaps.Count == 0 || gaps.Any(k => header.Atoms[k].Text.Length > 0))
        {
            return null;
        }

        var span = at[^1] - at[0] + 1;
        if (gaps.Any(k => k - at[0] < values.Count && values[k - at[0]].Kind != ValKind.Empty)
            || values.Skip(span).Any(x => x.Kind is ValKind.Number or ValKind.Glued))
        {
            return null;
        }

        var row = values[0].Row;
        return [.. at.Select(k => k - at[0] < values.Count ? values[k - at[0]] : new Val(ValKind.Empty, 0, false, 0, string.Empty, row, row.Line.Text.Length, 0))];
    }

    /// <summary>The header row's first cell numbers the rows (rowNumberHeaders: 序号, 行次).</summary>
    private bool RowNumbered(Row header) =>
        header.Atoms.FirstOrDefault(a => a.Text.Length > 0) is { } first && ix.Vocabulary.RowNumberHeaders.Contains(VocabularyLoader.Fold(first.Text));

    /// <summary>A total row whose amounts are all 0 or empty (a template left unfilled).</summary>
    private static bool Unfilled(List<string> columns, List<Val> values)
    {
        var amounts = 0;
        for (var k = 0; k < columns.Count && k < values.Count; k++)
        {
            if (columns[k] is "budget.initial" or "budget.adjusted" or "budget.executed")
            {
                if (values[k].Kind is ValKind.Text or ValKind.Glued || values[k].Kind == ValKind.Number && values[k].Value != 0)
                {
                    return false;
                }

                amounts++;
            }
        }

        return amounts > 0 && values.Any(v => v.Kind == ValKind.Number);
    }

    /// <summary>
    /// The total row is unfilled (all amounts 0): the total is the sum of its fund sources, so when
    /// exactly one source row carries money (the others empty or 0) its amounts are the totals, cell
    /// by cell under the header. Otherwise nothing is taken. The total row's rate and score (0) are never read.
    /// </summary>
    private void ReadUnfilledTotal(List<string> columns, string label, List<Val> values, List<(string Label, List<Val> Values)> funds, string how)
    {
        var row = values.FirstOrDefault()?.Row;
        var carrying = funds.Where(f => f.Values.Any(v => v.Kind == ValKind.Number && v.Value != 0)).ToList();
        var blank = funds.Count - carrying.Count;
        if (carrying.Count != 1 || carrying[0].Values.Any(v => v.Kind == ValKind.Glued))
        {
            foreach (var c in columns.Where(IsBudgetColumn))
            {
                if (!b.Stated(c))
                {
                    b.Miss(c, $"第 {row?.Line.Number ?? 0} 行合计行“{label}”的金额全为 0（未填），资金来源行{(carrying.Count == 0 ? "也没有数" : "不止一行有数")}，未取值");
                }
            }

            return;
        }

        var (fundLabel, fund) = carrying[0];
        for (var k = 0; k < columns.Count && k < fund.Count; k++)
        {
            var column = columns[k];
            var val = fund[k];
            if (val.Kind != ValKind.Number || column is not ("budget.initial" or "budget.adjusted" or "budget.executed" or "budget.statedRatePercent") || (column == "budget.statedRatePercent" && !val.Percent))
            {
                continue;
            }

            if (column != "budget.statedRatePercent" && val.Percent)
            {
                continue;
            }

            var source = val.Row.Line.Span(val.Column, val.Length);
            var rule = how + $"；合计行“{label}”（第 {row?.Line.Number ?? 0} 行）金额全为 0（未填），合计等于各资金来源之和，而只有“{fundLabel}”一行有数{(blank > 0 ? $"（其余 {blank} 行为空或 0）" : string.Empty)}，取该行";
            var (amount, unit) = InColumn(column, val);
            if (b.SetNumber(column, amount, new ReadValue(column, Money.FormatShort(amount), source) { Stated = val.Text, Unit = unit, How = rule }, TablePriority))
            {
                b.Infer(column, $"合计行“{label}”（第 {row?.Line.Number ?? 0} 行）未填（金额全为 0），取唯一有数的资金来源行“{fundLabel}”（第 {val.Row.Line.Number} 行）");
            }
        }
    }

    private static List<LayoutIdentity> DefaultIdentities(List<string> columns)
    {
        var result = new List<LayoutIdentity>();
        var basis = columns.Contains("budget.adjusted") ? "budget.adjusted" : columns.Contains("budget.initial") ? "budget.initial" : null;
        if (basis is not null && columns.Contains("budget.executed") && columns.Contains("budget.statedRatePercent"))
        {
            result.Add(new LayoutIdentity("budget.statedRatePercent", "budget.executed", '/', basis, $"budget.statedRatePercent = budget.executed / {basis}"));
        }

        if (columns.Contains("score") && columns.Contains("weight") && columns.Contains("budget.statedRatePercent"))
        {
            result.Add(new LayoutIdentity("score", "weight", '*', "budget.statedRatePercent", "score = weight * budget.statedRatePercent"));
        }

        return result;
    }

    private void ReadTotalRow(List<string> columns, List<Val> values, IReadOnlyList<LayoutIdentity> identities, string how, string label, IReadOnlyDictionary<string, Val>? known = null, List<(string Column, Val Value)>? placed = null)
    {
        var note = string.Empty;
        var partial = false;
        var assigned = placed ?? Assign(columns, values, identities, out note, out partial, known, agreed: true);
        if (assigned is null)
        {
            var raw = string.Join(" ", values.Select(x => x.Text));
            var row = values.FirstOrDefault()?.Row;
            foreach (var c in columns.Where(c => IsBudgetColumn(c) || c is "weight" or "score"))
            {
                var path = ColumnPath(c, budgetBlock: true);
                if (!b.Stated(path))
                {
                    b.Miss(path, $"第 {row?.Line.Number ?? 0} 行“{label} {raw}”{note}，原文保留，未取值");
                }
            }

            return;
        }

        if (partial)
        {
            var raw = string.Join(" ", values.Select(x => x.Text));
            var row = values.FirstOrDefault()?.Row;
            foreach (var c in columns.Where(c => (IsBudgetColumn(c) || c is "weight" or "score") && assigned.All(x => x.Column != c)))
            {
                var path = ColumnPath(c, budgetBlock: true);
                if (!b.Stated(path))
                {
                    b.Miss(path, $"第 {row?.Line.Number ?? 0} 行“{label} {raw}”{note}，此列未取值");
                }
            }
        }

        var fraction = FractionRate(assigned, identities, out var fractionNote);
        foreach (var (column, val) in assigned)
        {
            var path = ColumnPath(column, budgetBlock: true);
            var source = val.Row.Line.Span(val.Column, val.Length);
            var rule = how + (note.Length > 0 ? "；" + note : string.Empty);
            if (column == "budget.statedRatePercent" && fractionNote is not null)
            {
                if (fraction is not { } percent)
                {
                    b.Miss(path, $"第 {val.Row.Line.Number} 行“{label}”的执行率“{val.Text}”{fractionNote}，原文保留，未取值");
                    continue;
                }

                b.SetNumber(path, percent, new ReadValue(path, Money.FormatShort(percent), source) { Stated = val.Text, How = rule + "；" + fractionNote }, TablePriority);
                continue;
            }

            if (column == "reason")
            {
                if (val.Kind == ValKind.Text && !TextNormalizer.IsPlaceholder(val.Text) && b.ExecutionReason is null)
                {
                    b.ExecutionReason = val.Text;
                    b.Source("stated.executionReason", source);
                }

                continue;
            }

            if (val.Kind != ValKind.Number || path.Length == 0)
            {
                continue;
            }

            var (amount, unit) = InColumn(path, val);
            b.SetNumber(path, amount, new ReadValue(path, Money.FormatShort(amount), source) { Stated = val.Text, Unit = unit, How = rule }, TablePriority);
        }
    }

    /// <summary>
    /// A rate cell without % whose value is at most 1.5 (a spreadsheet's export writes 90% as 0.9): read only when the
    /// row's own figures (执行数 ÷ 预算数) say which it is — as a fraction (×100) or as a percent — and not both.
    /// <paramref name="note"/> is null when the rate cell is no such value; the result is null when the row does not decide.
    /// </summary>
    private static decimal? FractionRate(List<(string Column, Val Value)> assigned, IReadOnlyList<LayoutIdentity> identities, out string? note)
    {
        note = null;
        var rate = assigned.FirstOrDefault(x => x.Column == "budget.statedRatePercent").Value;
        if (rate is not { Kind: ValKind.Number, Percent: false } || rate.Value <= 0 || rate.Value > 1.5m)
        {
            return null;
        }

        decimal? Get(string c) => assigned.FirstOrDefault(x => x.Column == c).Value is { Kind: ValKind.Number } v ? v.Value : null;
        var id = identities.FirstOrDefault(i => i.Target == "budget.statedRatePercent" && i.Operator == '/');
        if (id is null || Get(id.Left) is not { } executed || Get(id.Right) is not { } basis || basis == 0)
        {
            note = "没有 %，且本行没有执行数与预算数可核对，无法确定是百分数还是小数";
            return null;
        }

        var ratio = executed / basis;
        var step = Pow10(-rate.Decimals);
        // Rounded or cut to the cell's decimals (27.8 ÷ 29 = 0.95862… written 0.958).
        var asFraction = Math.Abs(rate.Value - ratio) <= 0.5m * step + 0.0001m || (ratio >= rate.Value && ratio - rate.Value < step);
        var asPercent = Math.Abs(rate.Value - (ratio * 100m)) <= 0.5m * step + 0.01m || (ratio * 100m >= rate.Value && (ratio * 100m) - rate.Value < step);
        if (asFraction == asPercent)
        {
            note = "没有 %，按执行数 ÷ 预算数 无法确定是百分数还是小数";
            return null;
        }

        if (asPercent)
        {
            note = null;
            return null;
        }

        note = $"执行率写作小数 {rate.Text}（没有 %），等于执行数 ÷ 预算数，即 {Money.FormatShort(rate.Value * 100m)}%";
        return rate.Value * 100m;
    }

    private static string ColumnPath(string column, bool budgetBlock) => column switch
    {
        "weight" => budgetBlock ? "stated.executionWeight" : "stated.totalWeight",
        "score" => budgetBlock ? "stated.executionScore" : "stated.totalScore",
        "reason" => "stated.executionReason",
        _ when column.StartsWith("budget.", StringComparison.Ordinal) || column.StartsWith("stated.", StringComparison.Ordinal) => column,
        _ => string.Empty,
    };

    /// <summary>
    /// The fund-source rows of a budget block (其中:当年财政拨款 …), each as a line of budget.bySource with its stated rate. All or
    /// none: when a row holding figures cannot be placed in the columns, no row is taken (the sum check would otherwise add up
    /// only the rows read and report a difference the table does not have), and the row is named as not read.
    /// </summary>
    private void ReadFundRows(List<string> columns, List<(string Label, List<Val> Values)> funds, IReadOnlyList<LayoutIdentity> identities)
    {
        var read = new List<(string Name, FundSourceLine Line, List<Val> Values, Val? Rate)>();
        foreach (var (label, values) in funds)
        {
            var name = VocabularyLoader.Fold(label).TrimEnd(':');
            name = name[VocabularyIndex.AfterPartsLead(name, 0)..];
            if (PlacedFundCells(columns, values, identities) is not { } placed)
            {
                var raw = string.Join(" ", values.Select(x => x.Text));
                b.Miss("budget.bySource", $"第 {values[0].Row.Line.Number} 行资金来源行“{name} {raw}”的数值对应不到列（缺了单元格，表内关系也定不下来），各资金来源行都未取值");
                return;
            }

            decimal? Get(string column) =>
                placed.FirstOrDefault(x => x.Column == column).Value is { Kind: ValKind.Number, Percent: false } v ? v.Value : null;
            var line = new FundSourceLine(name, Get("budget.initial"), Get("budget.adjusted"), Get("budget.executed"));
            if (line.Initial is not null || line.Adjusted is not null || line.Executed is not null)
            {
                read.Add((name, line, values, placed.FirstOrDefault(x => x.Column == "budget.statedRatePercent").Value is { Kind: ValKind.Number, Percent: true } rate ? rate : null));
            }
        }

        foreach (var (name, line, values, rate) in read)
        {
            var path = $"budget.bySource[{b.BySource.Count}]";
            b.BySource.Add(line);
            b.Source(path, values[0].Row.Line.Span(values[0].Column, values[^1].Column + values[^1].Length - values[0].Column));
            if (rate is not null)
            {
                var ratePath = $"stated.rates[{b.Rates.Count}]";
                b.Rates.Add(new StatedRate(name, line.Adjusted, line.Executed, rate.Value, ratePath));
                b.Source(ratePath, rate.Row.Line.Span(rate.Column, rate.Length));
            }
        }
    }

    /// <summary>
    /// A fund row's cells in their columns: in place (a row with fewer cells than columns has left its last ones empty: 本年财政拨款
    /// 90 89.974 89.974 under a header that goes on with 分值 执行率 得分) unless a rate would land in another column (其中:当年财政拨款
    /// 30 30 100% under 年初预算数 调整预算数 全年执行数 …: an empty cell dropped before it) or a figure is glued: then only where the
    /// table's identities place them. Null when a row holding figures cannot be placed so.
    /// </summary>
    private static List<(string Column, Val Value)>? PlacedFundCells(List<string> columns, List<Val> values, IReadOnlyList<LayoutIdentity> identities)
    {
        var inPlace = values.All(v => v.Kind != ValKind.Glued)
            && !values.Take(columns.Count).Where((v, k) => v.Percent && columns[k] != "budget.statedRatePercent").Any();
        if (inPlace)
        {
            return [.. columns.Take(values.Count).Select((c, i) => (c, values[i]))];
        }

        return Assign(columns, values, identities, out _, out _, agreed: true) ?? (values.Any(v => v.Kind is ValKind.Number or ValKind.Glued) ? null : []);
    }

    // ------------------------------------------------------------------ indicator tables

    /// <summary>Rows of an indicator table are not prose; its total row (总分 100 99) gives the stated weight and score.</summary>
    private int ReadIndicatorRegion(List<Row> rows, int from, bool stream, List<string?>? aligned)
    {
        var totalRow = ix.Vocabulary.Rows.FirstOrDefault(x => x.Row == "indicatorTotal");
        for (var r = from; r < rows.Count; r++)
        {
            var row = rows[r];
            var firstCell = row.Atoms[0].Text;
            // A section label cell (评价结论, 存在问题, 改进措施) or a numbered section heading ends the table.
            var folded = VocabularyLoader.Fold(firstCell).TrimEnd(':');
            if (ix.Vocabulary.Sections.Any(x => x.Words.Contains(folded, StringComparer.Ordinal)) || SectionReader.HeadingOf(row.Line.Text, ix) is { Numbered: true, Section: not null })
            {
                return r - 1;
            }

            if (VocabularyLoader.Fold(firstCell).StartsWith("注:", StringComparison.Ordinal))
            {
                return r - 1;
            }

            // A line under the indicators that states the score in words (绩效自评得分：92分, 综合得分（满分100分）：92, 总得分 92)
            // with one number only: prose for the clause reader, not a row of the table.
            if (StatesScoreInWords(row))
            {
                continue;
            }

            ctx.Consumed.Add(row.Index);
            // The total's label opens the row, or (a row run together with the last remark: 其他需要说明事项 | 无 | 总分 | 100 | 96)
            // follows a label and its value in a row of cells.
            var labelAt = IsTotalLabel(firstCell, out var maximum) ? 0
                : row.Piped ? row.Atoms.FindIndex(1, a => IsTotalLabel(a.Text, out maximum)) : RunOnTotalLabel(row, out maximum);
            if (totalRow is null || labelAt < 0 || labelAt > 2)
            {
                continue;
            }

            firstCell = row.Atoms[labelAt].Text;

            // The total: its values on the same line, or (one cell per line) on the next lines.
            var values = new List<Val>();
            if (row.Atoms.Count > labelAt + 1)
            {
                values.AddRange(row.Atoms.Skip(labelAt + 1).Select(a => Parse(row, a)));
            }
            else
            {
                for (var k = r + 1; k < rows.Count && values.Count < totalRow.Values.Count && rows[k].Atoms.Count == 1; k++)
                {
                    var v = Parse(rows[k], rows[k].Atoms[0]);
                    if (v.Kind == ValKind.Text)
                    {
                        break;
                    }

                    values.Add(v);
                    ctx.Consumed.Add(rows[k].Index);
                    r = k;
                }
            }

            var numbers = values.Count(v => v.Kind == ValKind.Number);
            if (aligned is not null && labelAt == 0 && row.Piped && row.Atoms.Count >= aligned.Count - 1)
            {
                // By column: the first number under a weight column, the number under the score column.
                var taken = new HashSet<string>(StringComparer.Ordinal);
                for (var k = 1; k < row.Atoms.Count && k < aligned.Count; k++)
                {
                    var v = Parse(row, row.Atoms[k]);
                    var path = aligned[k] switch { "weight" => "stated.totalWeight", "score" => "stated.totalScore", _ => null };
                    if (v.Kind != ValKind.Number || path is null || !taken.Add(path))
                    {
                        continue;
                    }

                    var source = row.Line.Span(v.Column, v.Length);
                    if (path == "stated.totalScore")
                    {
                        b.FirstStatement("totalScore", v.Value, source);
                    }

                    b.SetNumber(path, v.Value, new ReadValue(path, Money.FormatShort(v.Value), source) { Stated = v.Text, How = $"指标表的合计行“{firstCell}”（第 {row.Line.Number} 行）“{rows[from - 1].Atoms[k].Text}”列" }, TablePriority + 1);
                    if (path == "stated.totalScore")
                    {
                        ReadTotalGrade(rows, ref r, row, v, firstCell);
                    }
                }

                return r;
            }

            var exact = row.Piped || stream || numbers == totalRow.Values.Count;
            if (exact && numbers == totalRow.Values.Count)
            {
                // As many numbers as the row has values (总分 | 100 | | 92: a merged cell left empty between them): in order.
                values = [.. values.Where(v => v.Kind == ValKind.Number)];
            }

            // 总分(100分) | 100 | 自评等级 | 优 (or one cell a line): the label states the maximum, so its one number is the score.
            var paths = totalRow.Values;
            if (maximum is { } max && numbers == 1 && values.FirstOrDefault(v => v.Kind == ValKind.Number) is { } only && only.Value <= max)
            {
                values = [only];
                paths = ["stated.totalScore"];
            }
            else if (numbers == 1 && aligned is not null && aligned.Contains("score") && !aligned.Contains("weight")
                && values.FirstOrDefault(v => v.Kind == ValKind.Number) is { } scored)
            {
                // 总分 | 99.55分 under a header with a score column (得分) and no weight column (分值, 权重): its one number is the score.
                values = [scored];
                paths = ["stated.totalScore"];
            }

            if (exact)
            {
                for (var k = 0; k < paths.Count && k < values.Count; k++)
                {
                    if (values[k].Kind != ValKind.Number)
                    {
                        continue;
                    }

                    var path = paths[k];
                    var source = values[k].Row.Line.Span(values[k].Column, values[k].Length);
                    if (path == "stated.totalScore")
                    {
                        b.FirstStatement("totalScore", values[k].Value, source);
                    }

                    b.SetNumber(path, values[k].Value, new ReadValue(path, Money.FormatShort(values[k].Value), source) { Stated = values[k].Text, How = $"指标表的合计行“{firstCell}”（第 {row.Line.Number} 行）第 {k + 1} 个数" }, TablePriority + 1);
                    if (path == "stated.totalScore")
                    {
                        ReadTotalGrade(rows, ref r, values[k].Row, values[k], firstCell);
                    }
                }
            }
            else if (numbers > 0)
            {
                b.Miss("stated.totalScore", $"第 {row.Line.Number} 行合计行只有 {numbers} 个数，无法确定是分值还是得分，未取值");
            }

            return r;
        }

        return rows.Count - 1;
    }

    /// <summary>
    /// The total's label in a row run together with the last remark whose cells lost their bars (其他需要说明事项 无 总分 100 96 优):
    /// the second or third token, only words before it, and after it figures only, but for a grade word closing the row. Else -1.
    /// </summary>
    private int RunOnTotalLabel(Row row, out decimal? maximum)
    {
        maximum = null;
        for (var k = 1; k <= 2 && k < row.Atoms.Count; k++)
        {
            if (Parse(row, row.Atoms[k - 1]).Kind != ValKind.Text)
            {
                return -1;
            }

            if (!IsTotalLabel(row.Atoms[k].Text, out maximum))
            {
                continue;
            }

            var after = row.Atoms.Skip(k + 1).Select(a => Parse(row, a)).ToList();
            var words = after.FindIndex(v => v.Kind is ValKind.Text or ValKind.Glued);
            var grade = words < 0 || (words == after.Count - 1 && VocabularyLoader.Fold(after[^1].Text) is var last && ix.GradeWords.LongestAt(last, 0) is { } g && g.End == last.Length);
            return after.Any(v => v.Kind == ValKind.Number) && grade ? k : -1;
        }

        return -1;
    }

    /// <summary>
    /// A total row's label (reading/tables.yaml indicatorTotal: 总分), also with the maximum in brackets (总分(100分), 总分(满分100分)):
    /// then <paramref name="maximum"/> is that maximum.
    /// </summary>
    private bool IsTotalLabel(string cell, out decimal? maximum)
    {
        maximum = null;
        if (ix.RowKindsOf(cell).Contains("indicatorTotal"))
        {
            return true;
        }

        var folded = VocabularyLoader.Fold(cell).TrimEnd(':');
        var open = folded.IndexOf('(');
        if (open <= 0 || !folded.EndsWith(')') || !ix.RowKindsOf(folded[..open]).Contains("indicatorTotal"))
        {
            return false;
        }

        var inner = folded[(open + 1)..^1];
        inner = ix.Vocabulary.MaximumWords.Where(w => inner.StartsWith(w, StringComparison.Ordinal)).MaxBy(w => w.Length) is { } word ? inner[word.Length..] : inner;
        inner = inner.EndsWith('分') ? inner[..^1] : inner;
        if (inner.Length is 0 or > 6 || !decimal.TryParse(inner, NumberStyles.Number, CultureInfo.InvariantCulture, out var m))
        {
            return false;
        }

        maximum = m;
        return true;
    }

    /// <summary>
    /// The grade stated on an indicator table's total row: a grade word alone in the cell right after the score
    /// (总分 100 92 优), or after a grade label (总分 | 100 | 92 | 评价等级 | 优; 评价等级:优), nothing but empty cells after
    /// it. With one cell per line, the same cells on the lines after the score.
    /// </summary>
    private void ReadTotalGrade(List<Row> rows, ref int r, Row row, Val score, string label)
    {
        // The cells after the score: on its line, or (the score alone on its line) on the next lines.
        var cells = new List<(Row Row, Atom Atom)>();
        var at = row.Atoms.FindIndex(a => a.Column == score.Column);
        if (at < 0)
        {
            return;
        }

        if (row.Atoms.Count > 1)
        {
            cells.AddRange(row.Atoms.Skip(at + 1).Where(a => !IsMark(a.Text)).Select(a => (row, a)));
        }
        else
        {
            var k = rows.IndexOf(row);
            for (var n = k + 1; n < rows.Count && n <= k + 2 && rows[n].Atoms.Count == 1; n++)
            {
                cells.Add((rows[n], rows[n].Atoms[0]));
            }
        }

        for (var i = 0; i < cells.Count && i < 2; i++)
        {
            var (cellRow, atom) = cells[i];
            var text = VocabularyLoader.Fold(atom.Text);
            var start = 0;
            if (i == 0 && GradeLabelEnd(text) is { } end)
            {
                start = end < text.Length && text[end] == ':' ? end + 1 : end;
                if (start == text.Length)
                {
                    // A label cell: the grade is the next cell.
                    continue;
                }
            }

            if (ix.GradeWords.LongestAt(text, start) is not { } g || g.End != text.Length)
            {
                return;
            }

            // Nothing but empty cells after the grade (on a row of cells), and on a line of its own when one cell per line.
            if (row.Atoms.Count > 1 && cells.Skip(i + 1).Any(c => c.Atom.Text.Length > 0))
            {
                return;
            }

            var offset = start == 0 ? 0 : Math.Max(0, atom.Text.LastIndexOf(g.Phrase, StringComparison.Ordinal));
            var source = cellRow.Line.Span(atom.Column + offset, atom.Length - offset);
            b.SetText("stated.grade", g.Values[0].Grade, new ReadValue("stated.grade", g.Values[0].Grade, source) { Stated = atom.Text[offset..], How = $"指标表的合计行“{label}”（第 {row.Line.Number} 行）得分后{(start > 0 || i > 0 ? "等级标签后" : string.Empty)}单独一格的等级用词" }, TablePriority + 1);
            if (row.Atoms.Count == 1)
            {
                foreach (var (c, _) in cells.Take(i + 1))
                {
                    ctx.Consumed.Add(c.Index);
                    r = Math.Max(r, rows.IndexOf(c));
                }
            }

            return;
        }
    }

    /// <summary>The end of a grade label (评价等级, 自评等级, 等级) that opens the folded cell, or null.</summary>
    private int? GradeLabelEnd(string folded) =>
        ix.Labels.LongestAt(folded, 0) is { } m && m.Values.Any(e => e.Field is { Field: "stated.grade" }) ? m.End : null;

    /// <summary>
    /// A line under the indicator rows that states the score in words, not a row of the table: with one number that can be
    /// the score (not a maximum after 满分/总分值, not a bracketed maximum right after the label: 自评总分（100分）92), and
    /// <list type="bullet">
    /// <item>a score label of three characters or more opening it (自评得分：92分, 总得分 92), or anywhere in a line that is one cell
    /// (绩效自评综合得分为92分);</item>
    /// <item>a score or grade label of any length opening it and keyed by a colon (得分：92, 总分：92分（满分100分）, 评价结果：优（92分）);</item>
    /// <item>or, in a line without cell bars or tabs, sentence punctuation or a maximum word opening the line, with a score
    /// label (合计100分，得分92分; 满分100分，自评92分).</item>
    /// </list>
    /// A total row (合计 | 100 | 92, 总分 100 92, 合计 100.00 92.50) has none of these and stays a row.
    /// </summary>
    private bool StatesScoreInWords(Row row)
    {
        var text = row.Line.Text.TrimStart();
        var v = ix.Vocabulary;
        var labels = ix.Labels.FindAll(text, m => m.Values.Any(e => e.Field is { Field: "stated.totalScore" or "stated.grade" }));
        var scoreLabels = labels.Where(m => m.Values.Any(e => e.Field is { Field: "stated.totalScore" })).ToList();
        if (labels.Count == 0)
        {
            return false;
        }

        var numbers = NumberScanner.Scan(text, v);
        var candidates = numbers.Where(n => !v.MaximumWords.Any(w => text.AsSpan(0, n.Start).TrimEnd().EndsWith(w, StringComparison.Ordinal))).ToList();
        var bracketed = candidates.Count == 2 && BracketedAfterLabel(text, candidates[0], scoreLabels);
        if (bracketed)
        {
            // 自评总分（100分）92, 总分（100分） 96: the bracketed number right after the label is the maximum.
            candidates.RemoveAt(0);
        }

        var cells = text.Contains('|', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal);
        if (candidates.Count == 1 && (bracketed || scoreLabels.Any(m => m.End - m.Start >= 3 && (m.Start <= 2 || row.Atoms.Count == 1))))
        {
            return true;
        }

        if (candidates.Count == 1 && labels.Any(m => m.Start <= 2 && KeyedByColon(text, m.End)))
        {
            return true;
        }

        // A sentence (合计100分，得分92分) or a line opening with a maximum word (满分100分，自评92分): a score label followed by
        // its number within three characters, in the same clause. A two-character label (得分, 总分) only when the line opens
        // with a maximum word or a total row's label (合计, 总分): 满意度指标分值10分，得分9.5分 is one indicator's score.
        var opensWithMaximum = v.MaximumWords.Any(w => text.StartsWith(w, StringComparison.Ordinal));
        var opensWithTotal = opensWithMaximum || (v.Rows.FirstOrDefault(x => x.Row == "indicatorTotal")?.Labels ?? []).Any(w => text.StartsWith(w, StringComparison.Ordinal));
        var sentence = text.Any(c => c is '，' or '。' or '；' or ';') || opensWithMaximum;
        return !cells && sentence && candidates.Count >= 1 && scoreLabels.Any(m => (m.End - m.Start >= 3 || opensWithTotal) && candidates.Any(n => n.Start >= m.End && n.Start - m.End <= 3
            && !text[m.End..n.Start].Any(c => c is '，' or ',' or '。' or '；' or ';')));
    }

    /// <summary>A colon right after a label, or after a remark in brackets (综合得分（满分100分）：92).</summary>
    private static bool KeyedByColon(string text, int end)
    {
        if (end < text.Length && text[end] is '(' or '（' && text.IndexOfAny([')', '）'], end) is var close and > 0 && close - end <= 12)
        {
            end = close + 1;
        }

        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        return end < text.Length && text[end] is ':' or '：';
    }

    /// <summary>A number in brackets right after a score label (自评总分（100分）…).</summary>
    private static bool BracketedAfterLabel(string text, NumberToken n, List<PhraseMatch<LabelEntry>> labels) =>
        labels.Any(m => m.End <= n.Start && text[m.End..n.Start].Trim() is "(" or "（");

    // ------------------------------------------------------------------ anchored layouts (总预算 …)

    private void ReadAnchored(List<Row> rows)
    {
        foreach (var layout in ix.Vocabulary.Layouts.Where(l => l.Anchor.Count > 0))
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var first = VocabularyIndex.StripMarks(VocabularyLoader.Fold(rows[r].Atoms[0].Text));
                if (!layout.Anchor.Contains(first, StringComparer.Ordinal))
                {
                    continue;
                }

                // The values follow on the anchor's own row (财政资金小计 130.54 58.07 188.61 …) or on a row below it (总预算 /
                // 1200 800 400).
                for (var k = r; k < rows.Count && rows[k].Line.Number - rows[r].Line.Number <= layout.Within; k++)
                {
                    var row = rows[k];
                    var values = row.Atoms.Skip(k == r ? 1 : 0).Select(a => Parse(row, a)).ToList();
                    if (values.Count == 0 || values.Any(v => v.Kind is ValKind.Text))
                    {
                        continue;
                    }

                    // As many values as columns or more are placed in order where the table's identities hold so (总预算 1,297.59
                    // 1,155.12 142.47 0 0 0 0: the columns after the layout's are other breakdowns); else (a column the layout does
                    // not name: 历年结余结转 between 年初安排 and 年中调整, putting 0 under 小计) only where the identities agree.
                    var columns = layout.Columns.Select(c => c ?? "~").ToList();
                    var inOrder = values.Count >= columns.Count && values.All(v => v.Kind != ValKind.Glued)
                        ? columns.Select((c, i) => (c, values[i])).ToList() : null;
                    var assigned = inOrder is not null && (layout.Identities.Count == 0 || Satisfies(inOrder.Where(x => x.c != "~").ToDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal), layout.Identities))
                        ? inOrder
                        : Assign(columns, values, layout.Identities, out _, out _, agreed: true);
                    if (assigned is null)
                    {
                        break;
                    }

                    ctx.Consumed.Add(row.Index);
                    foreach (var (column, val) in assigned)
                    {
                        if (column == "~" || val.Kind != ValKind.Number)
                        {
                            continue;
                        }

                        var path = ColumnPath(column, budgetBlock: true);
                        var (amount, unit) = InColumn(path, val);
                        b.SetNumber(path, amount, new ReadValue(path, Money.FormatShort(amount), val.Row.Line.Span(val.Column, val.Length)) { Stated = val.Text, Unit = unit, How = $"表样 {layout.Id}（{layout.Name}，{layout.Origin}）：锚点“{first}”（第 {rows[r].Line.Number} 行）后的数值行" }, TablePriority);
                    }

                    break;
                }

                break;
            }
        }
    }

    // ------------------------------------------------------------------ placing values in columns

    /// <summary>
    /// Values placed in columns: directly when there are as many as columns and none is glued; else
    /// the one placement (and split of glued runs) that satisfies the identities, or null when none
    /// or more than one does (<paramref name="note"/> says why).
    /// </summary>
    /// <remarks>
    /// With <paramref name="confirm"/> (values with no row label or header cell of their own) a placement counts only when
    /// an identity confirms it with a nonzero result, also when there are as many values as columns, and an 执行数 above
    /// its budget only with a stated rate.
    /// </remarks>
    private static List<(string Column, Val Value)>? Assign(List<string> columns, List<Val> values, IReadOnlyList<LayoutIdentity> identities, out string note, IReadOnlyDictionary<string, Val>? known = null, bool confirm = false) =>
        Assign(columns, values, identities, out note, out _, known, confirm);

    /// <summary>As the other overload; <paramref name="ambiguous"/> is true when more than one placement fits.</summary>
    private static List<(string Column, Val Value)>? Assign(List<string> columns, List<Val> values, IReadOnlyList<LayoutIdentity> identities, out string note, out bool ambiguous, IReadOnlyDictionary<string, Val>? known = null, bool confirm = false, bool agreed = false)
    {
        note = string.Empty;
        ambiguous = false;

        // Words after the figures where no column takes words (其中:当年财政拨款, the next row's label broken onto this
        // line) are no value of this row.
        if (!columns.Any(IsTextColumn) && values.Count > 0 && values[^1].Kind == ValKind.Text && values.Any(v => v.Kind == ValKind.Number))
        {
            values = [.. values.Take(values.FindLastIndex(v => v.Kind != ValKind.Text) + 1)];
        }

        var glued = values.Any(v => v.Kind == ValKind.Glued);
        if (!glued && values.Count == columns.Count && !confirm)
        {
            return [.. columns.Select((c, i) => (c, values[i]))];
        }

        if (!glued && values.Count > columns.Count && !confirm)
        {
            // Extra cells after the last column (a reason broken over cells): keep the first ones.
            if (values.Skip(columns.Count).All(v => v.Kind is ValKind.Text or ValKind.Empty))
            {
                return [.. columns.Select((c, i) => (c, values[i]))];
            }

            // One cell more than the header names (a column whose header cell was lost: 年度资金总额 28.1 28.1 28.1 28.1 10 100% 10
            // under 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率 得分): each cell is tried as the one too many; the columns that
            // every fitting placement fills with the same cell, confirmed by an identity, are taken, the others not.
            if (agreed && values.Count == columns.Count + 1 && identities.Count > 0 && values.All(v => v.Kind != ValKind.Glued)
                && OneCellTooMany(columns, values, identities, known) is { } agreedCells)
            {
                note = "数值个数比表头列数多一个，逐个去掉一格后只取各种对应方式一致且符合表内关系的列";
                ambiguous = true;
                return agreedCells;
            }

            note = "数值个数多于表头列数，无法对应";
            return null;
        }

        if (identities.Count == 0)
        {
            note = glued ? "无法可靠拆分（表样没有可核对的恒等式）" : "数值个数少于表头列数，无法确定缺了哪一列";
            return null;
        }

        // Fewer values than columns: a long whole number (40004000100%) may be figures run together that the scanner could
        // not tell apart; its splits are tried with the rest, and the table's identities decide.
        if (values.Count < columns.Count)
        {
            // So may a rate of three or more whole digits (1050% for 10 and 50%).
            values = [.. values.Select(v => v.Kind == ValKind.Number && v.Decimals == 0 && (v.Text.Count(char.IsAsciiDigit) >= 6 || (v.Percent && v.Value > 100 && !v.Text.Contains(',', StringComparison.Ordinal)))
                ? v with { Kind = ValKind.Glued } : v)];
            glued = values.Any(v => v.Kind == ValKind.Glued);
        }

        var expansions = Expand(values, columns.Count);
        if (expansions is null)
        {
            note = "无法可靠拆分（可能的拆法过多）";
            return null;
        }

        // Every placement that fits (up to MaxPlacements), then the preferences below choose among them. When none fits, once
        // more with rates checked as whole percents (95.00% for 47.68 ÷ 50 = 95.36%: a rate cut to a whole number and printed
        // with decimals), and only a single fit is taken.
        var found = Fit(relaxed: false);
        var relaxedFit = false;
        if (found.Count == 0 && identities.Any(id => id.Operator == '/'))
        {
            found = Fit(relaxed: true);
            relaxedFit = found.Count == 1;
            if (found.Count > 1)
            {
                found.Clear();
            }
        }

        if (found.Count > 1)
        {
            PreferMostChecked(found, identities);
            PreferFullYearBudget(found);
        }

        if (found.Count > 1 && agreed && !glued && found.Count <= MaxPlacements && Agreed(found, identities) is { } common)
        {
            // Every placement that fits (all of them were counted) puts the same cell in these columns: they are decided,
            // whichever placement is the table's; the columns the placements differ on are not.
            var ways = string.Join(" 或 ", found.Take(3).Select(f => string.Join("/", f.Select(x => x.Item2.Text))));
            note = $"数值个数少于表头列数，{found.Count} 种对应方式都符合表内关系（{ways}），只取各方式一致的列";
            ambiguous = true;
            return common;
        }

        if (found.Count > 1)
        {
            var ways = string.Join(" 或 ", found.Take(3).Select(f => string.Join("/", f.Select(x => x.Item2.Text))));
            note = glued ? $"无法可靠拆分（有多种拆法都符合表内关系：{ways}）" : $"数值个数少于表头列数，有多种对应方式（{ways}）";
            ambiguous = true;
            return null;
        }

        if (found.Count == 0 && (glued || values.Count < columns.Count) && MoneyAndRateOnly(out var scoreNote) is { } money)
        {
            note = scoreNote;
            ambiguous = true;
            return money;
        }

        if (found.Count == 0)
        {
            note = glued ? "无法可靠拆分（没有一种拆法符合表内关系）" : "数值个数少于表头列数，没有一种对应方式符合表内关系";
            return null;
        }

        if (confirm && !Confirms(found[0].ToDictionary(x => x.Column, x => x.Value, StringComparer.Ordinal), identities))
        {
            note = "唯一符合表内关系的对应方式没有用到执行数与预算数，金额的列无从核对";
            return null;
        }

        note = (glued ? "连在一起的数字按表内关系唯一拆分" : "缺列按表内关系唯一对应") + (relaxedFit ? "（执行率按取整核对）" : string.Empty);
        return found[0];

        // A glued run whose 得分 is not 分值 × 执行率 (年度资金总额593.27593.27448.641076%10: 10 × 76% is not 10) fits no split
        // of the whole row, yet its amounts may still be told apart by 执行率 = 执行数 ÷ 预算数 alone: the splits that satisfy
        // the rate identities to the rate's stated precision, whose 分值 and 得分 are plausible cells, with amounts of the
        // row's usual decimals, are taken only for the budget columns and the rate when they all agree on them; the weight
        // and score are left unread (the row contradicts itself there).
        List<(string Column, Val Value)>? MoneyAndRateOnly(out string why)
        {
            why = string.Empty;
            var rateIds = identities.Where(id => id.Operator == '/').ToList();
            if (rateIds.Count == 0 || rateIds.Count == identities.Count)
            {
                return null;
            }

            var rateColumns = rateIds.SelectMany(id => new[] { id.Target, id.Left, id.Right }).ToHashSet(StringComparer.Ordinal);
            var fits = Fit(relaxed: false, rateIds);

            var kept = new List<List<(string Column, Val Value)>>();
            foreach (var f in fits)
            {
                // The unread 分值 and 得分 must still be such cells: a weight in whole or half points and, where a glued run was
                // split, a score not above it (cells the text keeps apart may hold a score above its weight: the row contradicts
                // itself there, and only its money and rate are taken).
                var weight = f.FirstOrDefault(x => x.Column == "weight").Value;
                var score = f.FirstOrDefault(x => x.Column == "score").Value;
                if ((weight is { Kind: ValKind.Number } && (weight.Value * 2 != decimal.Truncate(weight.Value * 2) || (glued && score is { Kind: ValKind.Number } && score.Value > weight.Value)))
                    || (weight is null && score is null))
                {
                    continue;
                }

                var money = f.Where(x => rateColumns.Contains(x.Column) || x.Column.StartsWith("budget.", StringComparison.Ordinal)).ToList();
                if (Confirms(money.ToDictionary(x => x.Column, x => x.Value, StringComparer.Ordinal), rateIds) && !kept.Any(k => Same(k, money)))
                {
                    kept.Add(money);
                }
            }

            // 448.64 before 448.641 when the row's other amounts have two decimals.
            int Spread(List<(string Column, Val Value)> f)
            {
                var decimals = f.Where(x => x.Column != "budget.statedRatePercent" && x.Value.Kind == ValKind.Number).Select(x => x.Value.Decimals).ToList();
                return decimals.Count == 0 ? 0 : decimals.Max() - decimals.Min();
            }

            if (kept.Count > 1)
            {
                var least = kept.Min(Spread);
                kept.RemoveAll(f => Spread(f) > least);
            }

            var chosen = kept.Count == 1 ? kept[0] : kept.Count > 1 && kept.Count <= MaxPlacements ? Agreed(kept, rateIds) : null;
            if (chosen is null || !Confirms(chosen.ToDictionary(x => x.Column, x => x.Value, StringComparer.Ordinal), rateIds))
            {
                return null;
            }

            why = glued
                ? "连在一起的数字没有一种拆法让 得分 = 分值 × 执行率；只按 执行率 = 执行数 ÷ 预算数 拆出金额和执行率（符合的拆法在这些列上一致）"
                : "数值个数少于表头列数，没有一种对应方式让 得分 = 分值 × 执行率；只按 执行率 = 执行数 ÷ 预算数 取金额和执行率（符合的对应方式在这些列上一致）";
            return chosen;
        }

        List<List<(string Column, Val Value)>> Fit(bool relaxed, IReadOnlyList<LayoutIdentity>? only = null)
        {
            var ids = only ?? identities;
            var found = new List<List<(string, Val)>>();
            foreach (var expansion in expansions.TakeWhile(_ => found.Count <= MaxPlacements))
            {
                foreach (var placement in Placements(columns.Count, expansion.Count).TakeWhile(_ => found.Count <= MaxPlacements))
                {
                    var map = new Dictionary<string, Val>(StringComparer.Ordinal);
                    foreach (var (column, val) in known ?? new Dictionary<string, Val>())
                    {
                        map[column] = val;
                    }

                    var ok = true;
                    for (var i = 0; i < expansion.Count; i++)
                    {
                        var column = columns[placement[i]];
                        var val = expansion[i];
                        if (!Fits(column, val))
                        {
                            ok = false;
                            break;
                        }

                        map[column] = val;
                    }

                    // A split that makes a weight or score above 100 or a rate above 1000 % out of the digits is no reading of a row.
                    if (ok && glued && map.Any(kv => kv.Value.Kind == ValKind.Number && ((kv.Key is "weight" or "score" && kv.Value.Value > 100) || (kv.Key == "budget.statedRatePercent" && kv.Value.Value > 1000))))
                    {
                        continue;
                    }

                    // A split of a glued run must satisfy every identity of the table, each checked and each telling: a result of
                    // 0 (执行率 0%, 得分 0) holds for any budget or weight, so it confirms none of the digits around it. An identity
                    // whose result column comes after the row's last figure (年度资金总额40404010100% with no 得分 printed after
                    // the rate) cannot be checked and is not required, so long as another one is.
                    var last = placement.Length == 0 ? -1 : placement[^1];
                    bool Trailing(LayoutIdentity id) => !map.ContainsKey(id.Target) && columns.IndexOf(id.Target) > last;
                    if (!ok || !Satisfies(map, ids, relaxed)
                        || (glued && !ids.All(id => (Checkable(map, id) && map[id.Target].Value != 0) || Trailing(id)))
                        || (glued && !ids.Any(id => Checkable(map, id) && map[id.Target].Value != 0)))
                    {
                        continue;
                    }

                    var list = map.Where(kv => known is null || !known.ContainsKey(kv.Key)).Select(kv => (kv.Key, kv.Value)).ToList();
                    if (!found.Any(f => Same(f, list)))
                    {
                        found.Add(list);
                    }
                }
            }

            return found;
        }
    }

    /// <summary>
    /// The columns that every fitting placement fills with the same figure (or the same cell of the reason's text), when those alone
    /// satisfy the table's identities (at least one checked): 总额 5.00 5.00 5.00 100.00% 10 under 年初预算 调整后预算数
    /// 预算执行数 预算执行率 权重 得分 原因 — the 10 may be the weight or the score, the amounts and the rate are the same
    /// either way. Null when no number is agreed or the agreed ones are not confirmed by an identity.
    /// </summary>
    private static List<(string Column, Val Value)>? Agreed(List<List<(string Column, Val Value)>> found, IReadOnlyList<LayoutIdentity> identities)
    {
        // (The same figure from different cells counts as agreed: 99 99 99 100% under 年初预算数 全年预算数 全年执行数 分值 执行率 得分
        // puts 99 under 全年预算数 whichever 99 it is. A reason's text agrees only as the same cell.)
        static bool SameFigure(Val a, Val b) => a.Kind == b.Kind && a.Value == b.Value && a.Percent == b.Percent
            && (a.Kind == ValKind.Number || (a.Row.Index == b.Row.Index && a.Column == b.Column && a.Length == b.Length));
        var common = found[0].Where(x => x.Column != "~" && x.Value.Kind is ValKind.Number or ValKind.Text
            && found.All(f => f.Any(y => y.Column == x.Column && SameFigure(y.Value, x.Value)))).ToList();
        if (!common.Any(x => x.Value.Kind == ValKind.Number))
        {
            return null;
        }

        var map = common.ToDictionary(x => x.Column, x => x.Value, StringComparer.Ordinal);
        return Satisfies(map, identities) ? common : null;
    }

    /// <summary>
    /// A row with one cell more than its header: every way of leaving one cell out whose cells fit their columns and satisfy
    /// every identity of the table (each checkable); the columns all of them agree on (<see cref="Agreed"/>), or null when
    /// none fits or they agree on no number.
    /// </summary>
    private static List<(string Column, Val Value)>? OneCellTooMany(List<string> columns, List<Val> values, IReadOnlyList<LayoutIdentity> identities, IReadOnlyDictionary<string, Val>? known)
    {
        var found = new List<List<(string Column, Val Value)>>();
        for (var drop = 0; drop < values.Count; drop++)
        {
            var kept = values.Where((_, i) => i != drop).ToList();
            var map = new Dictionary<string, Val>(known ?? new Dictionary<string, Val>(), StringComparer.Ordinal);
            var ok = true;
            for (var i = 0; i < columns.Count && ok; i++)
            {
                ok = Fits(columns[i], kept[i]);
                map[columns[i]] = kept[i];
            }

            if (!ok || !identities.All(id => Checkable(map, id)) || !Satisfies(map, identities))
            {
                continue;
            }

            var list = columns.Select((c, i) => (c, kept[i])).ToList();
            if (!found.Any(f => Same(f, list)))
            {
                found.Add(list);
            }
        }

        return found.Count == 0 ? null : Agreed(found, identities);
    }

    /// <summary>
    /// Placements that all satisfy the identities, some only because an operand was left out (执行率 100% with no 执行数):
    /// the ones whose every identity could be checked are kept, when there are such.
    /// </summary>
    private static void PreferMostChecked(List<List<(string Column, Val Value)>> found, IReadOnlyList<LayoutIdentity> identities)
    {
        var checkedCount = found.ToDictionary(f => f, f =>
        {
            var map = f.GroupBy(x => x.Column).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            return identities.Count(id => Checkable(map, id) && new[] { id.Left, id.Right }.All(c => map.TryGetValue(c, out var v) && v.Kind == ValKind.Number));
        });
        var best = checkedCount.Values.Max();
        found.RemoveAll(f => checkedCount[f] < best);
    }

    /// <summary>
    /// Two placements that differ only in whether a figure is the 年初预算数 or the 全年预算数 (one budget column left
    /// empty): the 全年预算数 is the one every table fills (money added during the year has no initial budget), so the
    /// placement with the initial budget empty is kept.
    /// </summary>
    private static void PreferFullYearBudget(List<List<(string Column, Val Value)>> found)
    {
        static string Key(List<(string Column, Val Value)> f, string swap) =>
            string.Join(";", f.Select(x => (x.Column == swap ? "budget" : x.Column) + "=" + x.Value.Value.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));

        static bool Has(List<(string Column, Val Value)> f, string column) => f.Any(x => x.Column == column && x.Value.Kind == ValKind.Number);

        for (var i = 0; i < found.Count; i++)
        {
            if (!Has(found[i], "budget.initial") || Has(found[i], "budget.adjusted"))
            {
                continue;
            }

            var initialKey = Key(found[i].Where(x => x.Value.Kind == ValKind.Number).ToList(), "budget.initial");
            for (var j = 0; j < found.Count; j++)
            {
                if (i != j && Has(found[j], "budget.adjusted") && !Has(found[j], "budget.initial") && initialKey == Key(found[j].Where(x => x.Value.Kind == ValKind.Number).ToList(), "budget.adjusted"))
                {
                    found.RemoveAt(i);
                    return;
                }
            }
        }
    }

    /// <summary>How many fitting placements of a row are collected before the preferences choose (beyond that: ambiguous).</summary>
    private const int MaxPlacements = 8;

    private static bool Same(List<(string Column, Val Value)> a, List<(string Column, Val Value)> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => y.Column == x.Column && y.Value.Kind == x.Value.Kind && y.Value.Value == x.Value.Value));

    private static bool Fits(string column, Val v) => v.Kind switch
    {
        ValKind.Empty => true,
        ValKind.Text => column == "~" || IsTextColumn(column),
        ValKind.Number => !IsTextColumn(column) && (column == "budget.statedRatePercent" || !v.Percent),
        _ => false,
    };

    /// <summary>A column of words, not figures: a reason, a measure, or how a cell is scored (得分计算方法: 执行率*该指标分值…).</summary>
    private static bool IsTextColumn(string column) => column is "reason" or "explanation" or "measure";

    /// <summary>
    /// The one placement of values with no label of their own is confirmed where it places amounts: the 执行数 and its
    /// budget are both placed, nonzero, and the rate between them is checked — against the stated rate, or (no rate in
    /// the row) through 得分 = 分值 × 执行数 ÷ 预算数 with a nonzero score; an 执行数 above its budget needs a stated rate.
    /// A placement confirmed only by 得分 = 分值 × a stated rate says nothing about which column an amount is in.
    /// </summary>
    private static bool Confirms(Dictionary<string, Val> map, IReadOnlyList<LayoutIdentity> identities)
    {
        bool Has(string c) => map.TryGetValue(c, out var v) && v.Kind == ValKind.Number;
        bool NonZero(string c) => Has(c) && map[c].Value != 0;
        var rate = identities.FirstOrDefault(x => x.Target == "budget.statedRatePercent" && x.Operator == '/');
        if (rate is null || !NonZero(rate.Left) || !NonZero(rate.Right))
        {
            return false;
        }

        if (NonZero(rate.Target))
        {
            return true;
        }

        return !Has(rate.Target) && map[rate.Left].Value <= map[rate.Right].Value
            && identities.Any(id => id.Operator == '*' && id.Right == rate.Target && NonZero(id.Left) && NonZero(id.Target));
    }

    /// <summary>All operands of the identity are placed (a missing rate counts as placed: it is recomputed).</summary>
    private static bool Checkable(Dictionary<string, Val> map, LayoutIdentity id)
    {
        bool Has(string c) => map.TryGetValue(c, out var v) && v.Kind == ValKind.Number;
        return Has(id.Target) && Has(id.Left) && Has(id.Right);
    }

    /// <summary>Every identity that can be checked holds, and at least one was checked.</summary>
    private static bool Satisfies(Dictionary<string, Val> map, IReadOnlyList<LayoutIdentity> identities, bool wholePercents = false)
    {
        decimal? Get(string c) => map.TryGetValue(c, out var v) && v.Kind == ValKind.Number ? v.Value : null;
        int Dec(string c) => map.TryGetValue(c, out var v) ? v.Decimals : 2;
        var checkedAny = false;
        foreach (var id in identities)
        {
            var left = Get(id.Left);
            var right = Get(id.Right);
            var target = Get(id.Target);

            // A missing rate is recomputed from its own identity so that score = weight × rate can still be checked.
            if (id.Operator == '*' && right is null && identities.FirstOrDefault(x => x.Target == id.Right && x.Operator == '/') is { } rateId && Get(rateId.Left) is { } e && Get(rateId.Right) is { } a && a != 0)
            {
                right = e / a * 100m;
            }

            if (left is null || right is null || target is null)
            {
                continue;
            }

            // 分值 10 × 执行率 97.80% = 9.78 written 9: a whole score cut down from the product, accepted only where the rate is
            // stated and its own identity (执行率 = 执行数 ÷ 预算数) is checked too.
            bool RateChecked(string rateColumn) => identities.Any(x => x.Target == rateColumn && x.Operator == '/' && Get(x.Left) is not null && Get(x.Right) is not null);
            var tolerance = RateAgreement.Tolerance(Dec(id.Target));
            bool holds;
            switch (id.Operator)
            {
                case '/':
                    holds = right == 0 ? target == 0 : Math.Abs(target.Value - (left.Value / right.Value * 100m)) <= tolerance
                        || (wholePercents && target.Value == decimal.Truncate(target.Value) && (decimal.Floor(left.Value / right.Value * 100m) == target.Value || Math.Round(left.Value / right.Value * 100m) == target.Value));
                    break;
                case '*':
                    var rate = right.Value;
                    holds = Math.Abs(target.Value - (left.Value * Math.Min(rate, 100m) / 100m)) <= tolerance || Math.Abs(target.Value - (left.Value * rate / 100m)) <= tolerance
                        || (Dec(id.Target) == 0 && Get(id.Right) is not null && RateChecked(id.Right) && target.Value == decimal.Floor(left.Value * Math.Min(rate, 100m) / 100m));
                    break;
                default:
                    holds = Math.Abs(target.Value - (left.Value + right.Value)) <= 0.01m;
                    break;
            }

            if (!holds)
            {
                return false;
            }

            checkedAny = true;
        }

        return checkedAny;
    }

    private static decimal Pow10(int exponent)
    {
        var r = 1m;
        for (var i = 0; i < -exponent && i < 10; i++)
        {
            r /= 10m;
        }

        return r;
    }

    /// <summary>Ordered placements of n values into k columns (n ≤ k).</summary>
    private static IEnumerable<int[]> Placements(int k, int n)
    {
        if (n > k || n == 0)
        {
            yield break;
        }

        var idx = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            yield return (int[])idx.Clone();
            var i = n - 1;
            while (i >= 0 && idx[i] == k - n + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            idx[i]++;
            for (var j = i + 1; j < n; j++)
            {
                idx[j] = idx[j - 1] + 1;
            }
        }
    }

    /// <summary>Every way to split the glued values into numbers (at most <paramref name="max"/> values in all), or null when there are too many.</summary>
    private static List<List<Val>>? Expand(List<Val> values, int max)
    {
        var result = new List<List<Val>> { new() };
        foreach (var v in values)
        {
            if (v.Kind != ValKind.Glued)
            {
                foreach (var r in result)
                {
                    r.Add(v);
                }

                continue;
            }

            var splits = Splits(v, max);
            var next = new List<List<Val>>();
            foreach (var r in result)
            {
                foreach (var s in splits)
                {
                    if (r.Count + s.Count <= max)
                    {
                        next.Add([.. r, .. s]);
                    }
                }
            }

            result = next;
            if (result.Count > 5000)
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>
    /// Splits of a glued run (120.0120.096.580.4%, 10001000100%20) into well-formed numbers (a % closes
    /// the number before it); a run that is itself a well-formed number is also kept whole.
    /// </summary>
    private static List<List<Val>> Splits(Val glued, int max)
    {
        var text = glued.Text.Replace('％', '%');
        var result = new List<List<Val>>();
        var current = new List<(int Start, int End, bool Percent)>();

        void Walk(int start)
        {
            if (result.Count > 2000)
            {
                return;
            }

            if (start == text.Length)
            {
                if (current.Count >= 1)
                {
                    result.Add([.. current.Select(p => Piece(p.Start, p.End, p.Percent))]);
                }

                return;
            }

            if (current.Count >= max)
            {
                return;
            }

            for (var end = start + 1; end <= text.Length && end - start <= 16; end++)
            {
                if (text[end - 1] == '%')
                {
                    break;
                }

                if (WellFormed(text, start, end))
                {
                    var pct = end < text.Length && text[end] == '%';
                    current.Add((start, end, pct));
                    Walk(pct ? end + 1 : end);
                    current.RemoveAt(current.Count - 1);
                }
            }
        }

        Val Piece(int start, int end, bool pct)
        {
            var s = text[start..end];
            var value = decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var dot = s.IndexOf('.', StringComparison.Ordinal);
            return new Val(ValKind.Number, value, pct, dot < 0 ? 0 : s.Length - dot - 1, s + (pct ? "%" : string.Empty), glued.Row, glued.Column + start, end - start + (pct ? 1 : 0));
        }

        Walk(0);
        return result;
    }

    /// <summary>The mark of an empty cell (— - / …).</summary>
    internal static bool IsEmptyMark(string cell) => cell is "-" or "—" or "--" or "——" or "/" or "－" or "…" or "……";

    /// <summary>A number as tables print it (1–4 decimals): <see cref="NumberScanner.WellFormedCell"/>.</summary>
    private static bool WellFormed(string s, int start, int end) => NumberScanner.WellFormedCell(s, start, end, 4);

    [GeneratedRegex(@"^[0-9][0-9.]*[%％][0-9][0-9.%％]*$")]
    private static partial Regex GluedAroundPercent();
}
