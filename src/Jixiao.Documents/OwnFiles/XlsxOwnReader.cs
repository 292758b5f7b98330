using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.OwnFiles;

/// <summary>Reads our XLSX tables back: finds the table by its header (any sheet name), maps rows by code or name, overlays edits.</summary>
internal static class XlsxOwnReader
{
    public static Result<Evaluation>? Read(Stream stream, string fileName)
    {
        using var doc = SpreadsheetDocument.Open(stream, false);
        var workbook = doc.WorkbookPart;
        if (workbook?.Workbook?.Sheets is null)
        {
            return OwnDocumentReader.Fail("import.corrupt", fileName, "XLSX 缺少工作簿部件（xl/workbook.xml）。");
        }

        var own = OwnData.Find(workbook.CustomXmlParts);
        if (own is null)
        {
            return null;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var isProject = own.Document == OwnData.ProjectTableKind;
        foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var grid = Grid.Load(part, shared, sheet.Name?.Value ?? "?", fileName);
            var header = grid.FindRow(r => grid.RowHas(r, "三级指标") && (grid.RowHas(r, "得分") || grid.RowHas(r, "得分/自评分")));
            if (header is null)
            {
                continue;
            }

            return isProject ? ReadProject(grid, header.Value, own) : ReadDepartment(grid, header.Value, own);
        }

        return OwnDocumentReader.Fail(
            "import.table-missing",
            fileName,
            "找不到自评表：没有哪个工作表含有“三级指标”和“得分”表头行。请勿删除表头行。");
    }

    private static Result<Evaluation> ReadDepartment(Grid g, int header, OwnData own)
    {
        var errors = new List<DomainError>();
        var e = own.Evaluation;
        var cols = g.HeaderColumns(header);
        var nameCol = cols.GetValueOrDefault("三级指标");
        var scoreCol = cols.GetValueOrDefault("得分") is > 0 and var sc ? sc : cols.GetValueOrDefault("得分/自评分");
        var reasonCol = cols.GetValueOrDefault("未达标原因");
        var measureCol = cols.GetValueOrDefault("改进措施");
        var codeCol = cols.GetValueOrDefault(XlsxScoreTableWriter.CodeHeader);
        var byCode = own.Leaves.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var byName = own.Leaves.GroupBy(l => CellText.Key(l.Name)).ToDictionary(x => x.Key, x => x.First(), StringComparer.Ordinal);
        var inputs = new Dictionary<string, LeafInput>(e.Inputs, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var r = header + 1; r <= g.MaxRow; r++)
        {
            if (g.RowHas(r, "总分") || g.RowHas(r, "评价等级") || g.RowHas(r, "合计"))
            {
                break;
            }

            var name = g.Text(r, nameCol);
            var code = codeCol > 0 ? CellText.Normalize(g.Text(r, codeCol)) : string.Empty;
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrEmpty(code) && string.IsNullOrWhiteSpace(g.Text(r, scoreCol)))
            {
                continue; // a blank row someone inserted
            }

            if (!(code.Length > 0 && byCode.TryGetValue(code, out var leaf)) && !byName.TryGetValue(CellText.Key(name), out leaf))
            {
                errors.Add(g.Error(r, nameCol, "import.unknown-indicator", $"三级指标“{name}”不在评分表“{own.FrameworkId}”中"));
                continue;
            }

            if (!seen.Add(leaf.Code))
            {
                errors.Add(g.Error(r, nameCol, "import.duplicate-indicator", $"三级指标“{leaf.Name}”出现了两次"));
                continue;
            }

            inputs.TryGetValue(leaf.Code, out var input);
            var changed = input ?? new LeafInput();
            var scoreText = g.Text(r, scoreCol);
            if (CellText.Normalize(scoreText) == "不适用")
            {
                if (leaf.Score is not null)
                {
                    changed = changed with { NotApplicable = true };
                }
            }
            else if (!CellText.TryNumber(scoreText, out var score, out var percent) || percent)
            {
                errors.Add(g.Error(r, scoreCol, "import.score-not-number", string.IsNullOrWhiteSpace(scoreText)
                    ? $"“{leaf.Name}”的得分为空"
                    : $"“{leaf.Name}”的得分“{scoreText}”不是数字"));
                continue;
            }
            else if (leaf.Score != score)
            {
                changed = changed with { Score = score, NotApplicable = false };
            }

            var reason = NullIfEmpty(g.Text(r, reasonCol));
            if (reasonCol > 0 && reason != leaf.Reason)
            {
                changed = changed with { Reason = reason };
            }

            var measure = NullIfEmpty(g.Text(r, measureCol));
            if (measureCol > 0 && measure != leaf.Measure)
            {
                changed = changed with { Measure = measure };
            }

            if (input is null ? changed != new LeafInput() : !ReferenceEquals(changed, input))
            {
                inputs[leaf.Code] = changed;
            }
        }

        foreach (var missing in own.Leaves.Where(l => !seen.Contains(l.Code)))
        {
            errors.Add(new DomainError("import.indicator-missing", $"{g.FileName} 工作表“{g.SheetName}”", $"表中缺少三级指标“{missing.Name}”的行"));
        }

        var unit = g.RightOf("部门名称");
        var goal = g.RightOf("年度整体绩效目标");
        var completion = g.RightOf("整体绩效目标完成情况");
        var budget = e.Budget;
        var budgetHead = g.FindRow(r => g.RowHas(r, "总预算"));
        if (budgetHead is { } bh)
        {
            var heads = g.HeaderColumns(bh);
            decimal? Value(string label) => heads.TryGetValue(label, out var c) ? g.Number(bh + 1, c, errors, label) : null;
            var total = Value("总预算");
            var basic = Value("基本支出");
            var project = Value("项目支出");
            var executed = Value("执行数");
            var shownTotal = budget.Adjusted ?? budget.Initial;
            if (total != shownTotal && !(total is null && shownTotal is null))
            {
                budget = budget.Adjusted is not null || budget.Initial is null ? budget with { Adjusted = total } : budget with { Initial = total };
            }

            if (basic != budget.Basic.Budget)
            {
                budget = budget with { Basic = budget.Basic with { Budget = basic } };
            }

            if (project != budget.Project.Budget)
            {
                budget = budget with { Project = budget.Project with { Budget = project } };
            }

            if (executed != budget.Executed)
            {
                budget = budget with { Executed = executed };
            }
        }

        if (errors.Count > 0)
        {
            return Result<Evaluation>.Failure(errors);
        }

        var result = e with
        {
            Unit = unit is { Length: > 0 } u && u != e.Unit ? u : e.Unit,
            OverallGoal = goal.Trim() != (e.OverallGoal ?? string.Empty).Trim() ? NullIfEmpty(goal) : e.OverallGoal,
            GoalCompletion = completion.Trim() != (e.GoalCompletion ?? string.Empty).Trim() ? NullIfEmpty(completion) : e.GoalCompletion,
            Budget = ReferenceEquals(budget, e.Budget) ? e.Budget : budget,
            Inputs = SameInputs(inputs, e.Inputs) ? e.Inputs : inputs,
        };
        return Result<Evaluation>.Success(result);
    }

    private static Result<Evaluation> ReadProject(Grid g, int header, OwnData own)
    {
        var errors = new List<DomainError>();
        var e = own.Evaluation;
        var cols = g.HeaderColumns(header);
        var nameCol = cols.GetValueOrDefault("三级指标");
        var actualCol = cols.GetValueOrDefault("完成值");
        var scoreCol = cols.GetValueOrDefault("得分");
        var reasonCol = cols.GetValueOrDefault("未完成原因分析");
        var goals = e.Goals.ToList();
        var byName = goals.Select((goal, i) => (goal, i)).GroupBy(x => CellText.Key(x.goal.Name)).ToDictionary(x => x.Key, x => x.First().i, StringComparer.Ordinal);
        var changedAny = false;
        for (var r = header + 1; r <= g.MaxRow; r++)
        {
            if (g.RowHas(r, "合计") || g.RowHas(r, "评价结论"))
            {
                break;
            }

            var name = g.Text(r, nameCol);
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            if (!byName.TryGetValue(CellText.Key(name), out var index))
            {
                errors.Add(g.Error(r, nameCol, "import.unknown-indicator", $"绩效指标“{name}”不在原自评数据中"));
                continue;
            }

            var goal = goals[index];
            var updated = goal;
            var actualText = g.Text(r, actualCol);
            var shownActual = goal.ActualText ?? (goal.Actual is { } a ? a.ToString(CultureInfo.InvariantCulture) : goal.Answer?.Name() ?? string.Empty);
            if (CellText.Normalize(actualText) != CellText.Normalize(shownActual))
            {
                if (goal.ActualText is null && goal.Answer is null && CellText.TryNumber(actualText, out var actual, out _))
                {
                    if (actual != goal.Actual)
                    {
                        updated = updated with { Actual = actual };
                    }
                }
                else
                {
                    updated = updated with { ActualText = NullIfEmpty(actualText) };
                }
            }

            var scoreText = g.Text(r, scoreCol);
            if (!string.IsNullOrWhiteSpace(scoreText))
            {
                if (!CellText.TryNumber(scoreText, out var score, out var percent) || percent)
                {
                    errors.Add(g.Error(r, scoreCol, "import.score-not-number", $"“{goal.Name}”的得分“{scoreText}”不是数字"));
                    continue;
                }

                var leafScore = index < own.GoalScores.Count ? own.GoalScores[index] : goal.Score;
                if (leafScore != score)
                {
                    updated = updated with { Score = score };
                }
            }

            var reason = NullIfEmpty(g.Text(r, reasonCol));
            if (reason != goal.Reason)
            {
                updated = updated with { Reason = reason };
            }

            if (!ReferenceEquals(updated, goal))
            {
                goals[index] = updated;
                changedAny = true;
            }
        }

        if (errors.Count > 0)
        {
            return Result<Evaluation>.Failure(errors);
        }

        var name2 = g.RightOf("项目名称");
        return Result<Evaluation>.Success(e with
        {
            Goals = changedAny ? goals : e.Goals,
            ProjectName = name2.Length > 0 && name2 != e.ProjectName ? name2 : e.ProjectName,
        });
    }

    private static bool SameInputs(Dictionary<string, LeafInput> a, IReadOnlyDictionary<string, LeafInput> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && ReferenceEquals(v, kv.Value));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The cells of one sheet as text, merged areas resolved to their top-left cell.</summary>
    internal sealed class Grid
    {
        private readonly Dictionary<(int Row, int Col), string> cells = [];

        private Grid(string sheetName, string fileName)
        {
            SheetName = sheetName;
            FileName = fileName;
        }

        public string SheetName { get; }

        public string FileName { get; }

        public int MaxRow { get; private set; }

        public static Grid Load(WorksheetPart part, List<string> shared, string sheetName, string fileName)
        {
            var grid = new Grid(sheetName, fileName);
            var data = part.Worksheet?.GetFirstChild<SheetData>();
            if (data is null)
            {
                return grid;
            }

            var rowIndex = 0;
            foreach (var row in data.Elements<Row>())
            {
                rowIndex = row.RowIndex?.Value is { } ri ? (int)ri : rowIndex + 1;
                var col = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    col = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : col + 1;
                    var text = Value(cell, shared);
                    if (text.Length > 0)
                    {
                        grid.cells[(rowIndex, col)] = text;
                        grid.MaxRow = Math.Max(grid.MaxRow, rowIndex);
                    }
                }
            }

            return grid;
        }

        public string Text(int row, int col) => col > 0 && cells.TryGetValue((row, col), out var t) ? t : string.Empty;

        public bool RowHas(int row, string text)
        {
            var key = CellText.Key(text);
            return cells.Any(kv => kv.Key.Row == row && CellText.Key(kv.Value) == key);
        }

        public int? FindRow(Func<int, bool> predicate)
        {
            foreach (var row in cells.Keys.Select(k => k.Row).Distinct().Order())
            {
                if (predicate(row))
                {
                    return row;
                }
            }

            return null;
        }

        /// <summary>Header texts (normalised) to column numbers; the first "分值" after each name gets "分值:name".</summary>
        public Dictionary<string, int> HeaderColumns(int row)
        {
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (key, text) in cells.Where(kv => kv.Key.Row == row).OrderBy(kv => kv.Key.Col).Select(kv => (kv.Key, kv.Value)))
            {
                result.TryAdd(CellText.Key(text), key.Col);
            }

            return result;
        }

        /// <summary>The text in the first non-empty cell right of a label cell.</summary>
        public string RightOf(string label)
        {
            var key = CellText.Key(label);
            foreach (var ((row, col), text) in cells.OrderBy(kv => kv.Key.Row).ThenBy(kv => kv.Key.Col))
            {
                if (CellText.Key(text) == key)
                {
                    var next = cells.Where(kv => kv.Key.Row == row && kv.Key.Col > col).OrderBy(kv => kv.Key.Col).Select(kv => kv.Value).FirstOrDefault();
                    return next?.Trim() ?? string.Empty;
                }
            }

            return string.Empty;
        }

        public decimal? Number(int row, int col, List<DomainError> errors, string what)
        {
            var text = Text(row, col);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (CellText.TryNumber(text, out var value, out _))
            {
                return value;
            }

            errors.Add(Error(row, col, "import.not-number", $"{what}“{text}”不是数字"));
            return null;
        }

        public DomainError Error(int row, int col, string code, string message) =>
            new(code, $"{FileName} 工作表“{SheetName}” 单元格 {SheetWriter.Ref(row, Math.Max(col, 1))}", message);

        private static int ColumnOf(string reference)
        {
            var col = 0;
            foreach (var ch in reference)
            {
                if (ch is >= 'A' and <= 'Z')
                {
                    col = (col * 26) + (ch - 'A' + 1);
                }
                else if (ch is >= 'a' and <= 'z')
                {
                    col = (col * 26) + (ch - 'a' + 1);
                }
                else
                {
                    break;
                }
            }

            return col;
        }

        private static string Value(Cell cell, List<string> shared)
        {
            var type = cell.DataType?.Value;
            if (type == CellValues.InlineString)
            {
                return cell.InlineString?.InnerText ?? string.Empty;
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

            if ((type is null || type == CellValues.Number) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                // Excel stores 0.1+0.2 style binary noise ("8.9999999999999991"): round to 10 places.
                return Math.Round((decimal)d, 10).ToString(CultureInfo.InvariantCulture);
            }

            return raw;
        }
    }
}
