using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Reports;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// Reads our XLSX tables back: finds the table by its hidden marker or its header (any sheet name), maps rows by code,
/// key or name, and takes what the visible cells say: the inputs (budget figures, goal rows, the 计分数据 sheet), stated
/// scores, reasons and measures. A score cell that still holds its formula is computed, not stated. With the data part,
/// what differs in the cells is taken and reported; without it (re-saved by another editor) the evaluation is rebuilt
/// from the cells and the hidden markers (framework, year, kind).
/// </summary>
internal static class XlsxOwnReader
{
    public static Result<Evaluation>? Read(Stream stream, string fileName) =>
        ReadBack(stream, fileName) is { } r
            ? r.IsSuccess ? Result<Evaluation>.Success(r.Value.Evaluation) : Result<Evaluation>.Failure(r.Errors)
            : null;

    public static Result<OwnReadBack>? ReadBack(Stream stream, string fileName)
    {
        using var doc = SpreadsheetDocument.Open(stream, false);
        var workbook = doc.WorkbookPart;
        if (workbook?.Workbook?.Sheets is null)
        {
            return Fail("import.corrupt", fileName, "XLSX 缺少工作簿部件（xl/workbook.xml）。");
        }

        var own = OwnData.Find(workbook.CustomXmlParts);
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var grids = new List<Grid>();
        foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
            {
                grids.Add(Grid.Load(part, shared, sheet.Name?.Value ?? "?", fileName));
            }
        }

        var inputs = grids.FirstOrDefault(g => g.Marker == XlsxScoreTableWriter.InputsKind)
            ?? grids.FirstOrDefault(g => g.SheetName == XlsxScoreTableWriter.InputsSheet && g.Marker is null);
        var main = grids.FirstOrDefault(g => g.Marker is XlsxScoreTableWriter.ScoreTableKind or XlsxScoreTableWriter.ProjectTableKind)
            ?? grids.FirstOrDefault(g => !ReferenceEquals(g, inputs) && g.FindRow(r => g.RowHas(r, "三级指标") && (g.RowHas(r, "得分") || g.RowHas(r, "得分/自评分"))) is not null);
        if (main is null)
        {
            return own is null ? null : Fail(
                "import.table-missing",
                fileName,
                "找不到自评表：没有哪个工作表含有“三级指标”和“得分”表头行。请勿删除表头行。");
        }

        var visibleOnly = own is null;
        if (own is null)
        {
            // No data part: ours only when the hidden markers say so (a foreign table in a similar layout is not).
            if (main.Marker is null)
            {
                return null;
            }

            var skeleton = Skeleton(main, fileName);
            if (!skeleton.IsSuccess)
            {
                return Result<OwnReadBack>.Failure(skeleton.Errors);
            }

            own = skeleton.Value;
        }

        var framework = FrameworkCatalog.Get(own.FrameworkId) is { IsSuccess: true } f ? f.Value : null;
        var overlay = new Overlay(own, framework, visibleOnly);
        var isProject = own.Document == OwnData.ProjectTableKind || (visibleOnly && main.Marker == XlsxScoreTableWriter.ProjectTableKind);
        var evaluation = isProject ? overlay.Project(main, inputs) : overlay.Department(main, inputs);
        if (overlay.Errors.Count > 0)
        {
            return Result<OwnReadBack>.Failure(overlay.Errors);
        }

        overlay.CheckFormulas(evaluation, main, isProject);
        var differences = overlay.Differences;
        var source = visibleOnly ? OwnSource.VisibleCells
            : differences.Any(d => d.Code == OwnReadBack.VisibleDiffersCode) ? OwnSource.DataPartWithEdits
            : OwnSource.DataPart;
        return Result<OwnReadBack>.Success(new OwnReadBack(evaluation, source, differences));
    }

    private static Result<OwnReadBack> Fail(string code, string path, string message) =>
        Result<OwnReadBack>.Failure(new DomainError(code, path, message));

    /// <summary>
    /// What the table shows before any reading, when the data part is gone: the framework, year and kind from the hidden
    /// markers, every leaf as not yet scored. The overlay then takes everything from the cells.
    /// </summary>
    private static Result<OwnData> Skeleton(Grid main, string fileName)
    {
        var frameworkId = main.MarkerValue("framework");
        if (frameworkId is null || FrameworkCatalog.Get(frameworkId) is not { IsSuccess: true } found)
        {
            return Result<OwnData>.Failure(new DomainError("import.framework-unknown", $"{fileName} 工作表“{main.SheetName}”",
                $"文件中没有 Jixiao 数据部件（可能经其他软件另存），表中标记的评分表“{frameworkId ?? "（无）"}”不是内置评分表，无法按表中内容还原自评数据。"));
        }

        var framework = found.Value;
        var yearText = main.MarkerValue("year");
        if (!int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
        {
            return Result<OwnData>.Failure(new DomainError("import.year-missing", $"{fileName} 工作表“{main.SheetName}”", "表中缺少评价年度标记，无法还原自评数据。"));
        }

        var kind = main.Marker == XlsxScoreTableWriter.ProjectTableKind ? EvaluationKind.Project : EvaluationKind.Department;
        var evaluation = new Evaluation { Unit = string.Empty, Year = year, Kind = kind, FrameworkId = framework.Id };
        var leaves = framework.Leaves().Select(l => new OwnLeaf(l.Code, l.Name, null, null, null)).ToList();
        return Result<OwnData>.Success(new OwnData(kind == EvaluationKind.Project ? OwnData.ProjectTableKind : OwnData.ScoreTableKind, framework.Id, evaluation, leaves));
    }

    /// <summary>Sets a budget field by its path (<see cref="BudgetFields"/>).</summary>
    internal static BudgetFigures SetBudget(BudgetFigures b, string path, decimal? v) => path switch
    {
        "budget.initial" => b with { Initial = v },
        "budget.adjusted" => b with { Adjusted = v },
        "budget.executed" => b with { Executed = v },
        "budget.carryOver" => b with { CarryOver = v },
        "budget.fixedAssetsInUse" => b with { FixedAssetsInUse = v },
        "budget.fixedAssetsTotal" => b with { FixedAssetsTotal = v },
        "budget.basic.budget" => b with { Basic = b.Basic with { Budget = v } },
        "budget.basic.executed" => b with { Basic = b.Basic with { Executed = v } },
        "budget.project.budget" => b with { Project = b.Project with { Budget = v } },
        "budget.project.executed" => b with { Project = b.Project with { Executed = v } },
        "budget.personnel.budget" => b with { Personnel = b.Personnel with { Budget = v } },
        "budget.personnel.executed" => b with { Personnel = b.Personnel with { Executed = v } },
        "budget.publicExpense.budget" => b with { PublicExpense = b.PublicExpense with { Budget = v } },
        "budget.publicExpense.executed" => b with { PublicExpense = b.PublicExpense with { Executed = v } },
        "budget.threePublic.budget" => b with { ThreePublic = b.ThreePublic with { Budget = v } },
        "budget.threePublic.executed" => b with { ThreePublic = b.ThreePublic with { Executed = v } },
        "budget.procurement.budget" => b with { Procurement = b.Procurement with { Budget = v } },
        "budget.procurement.executed" => b with { Procurement = b.Procurement with { Executed = v } },
        _ => b,
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "（空）";

    private static string Show(string? text) => string.IsNullOrWhiteSpace(text) ? "（空）" : "“" + text.Trim() + "”";

    /// <summary>
    /// Takes the visible cells over what the table showed when written (<see cref="OwnData"/>); each difference is
    /// reported (with the data part) and every error names its sheet and cell.
    /// </summary>
    private sealed class Overlay(OwnData own, Framework? framework, bool visibleOnly)
    {
        public List<DomainError> Errors { get; } = [];

        public List<DomainError> Differences { get; } = [];

        /// <summary>Formula cells of leaf scores (by code) with their shown figure, for <see cref="CheckFormulas"/>.</summary>
        private readonly List<(string Code, Grid Grid, int Row, int Column, decimal? Shown)> formulas = [];

        private void Differ(Grid g, int row, int col, string what, string written, string shown)
        {
            if (!visibleOnly)
            {
                Differences.Add(g.Error(row, col, OwnReadBack.VisibleDiffersCode, $"{what}：表中为{shown}，Jixiao 数据部件中为{written}，以表中为准"));
            }
        }

        public Evaluation Department(Grid g, Grid? inputs)
        {
            var e = own.Evaluation;
            var header = g.FindRow(r => g.RowHas(r, "三级指标") && (g.RowHas(r, "得分") || g.RowHas(r, "得分/自评分")));
            if (header is null)
            {
                Errors.Add(new DomainError("import.table-missing", $"{g.FileName} 工作表“{g.SheetName}”", "找不到“三级指标”和“得分”表头行。请勿删除表头行。"));
                return e;
            }

            var inputsByLeaf = Leaves(g, header.Value, e);

            var unit = Field(g, "部门名称", e.Unit);
            var overall = Field(g, "年度整体绩效目标", e.OverallGoal);
            var completion = Field(g, "整体绩效目标完成情况", e.GoalCompletion);
            var budget = DepartmentBudget(g, e.Budget);
            var unitCount = e.UnitCount;
            if (g.Find("单位数") is { } uc && g.NumberRightOf(uc.Row, uc.Col, Errors, "单位数") is var count && (int?)count != e.UnitCount)
            {
                if (count is null || count == Math.Floor(count.Value))
                {
                    Differ(g, uc.Row, uc.Col + 1, "单位数", Show(e.UnitCount), Show(count));
                    unitCount = (int?)count;
                }
            }

            var goals = e.Goals;
            if (inputs is not null)
            {
                (goals, inputsByLeaf, budget) = ReadInputs(inputs, goals, inputsByLeaf, budget);
            }
            else if (!visibleOnly && (e.Goals.Count > 0 || InputKeys(e).Any()))
            {
                Differences.Add(new DomainError(OwnReadBack.VisibleDiffersCode, $"{g.FileName}", $"缺少“{XlsxScoreTableWriter.InputsSheet}”工作表：绩效指标和计分数据按 Jixiao 数据部件"));
            }

            var result = e with
            {
                Unit = unit ?? e.Unit,
                OverallGoal = overall,
                GoalCompletion = completion,
                UnitCount = unitCount,
                Budget = budget,
                Goals = goals,
                Inputs = SameInputs(inputsByLeaf, e.Inputs) ? e.Inputs : inputsByLeaf,
            };
            return visibleOnly ? result with { Date = SignedDate(g) } : result;
        }

        /// <summary>The leaf rows: stated scores, 不适用, reasons and measures; formula scores are remembered for the check.</summary>
        private Dictionary<string, LeafInput> Leaves(Grid g, int header, Evaluation e)
        {
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
                    Errors.Add(g.Error(r, nameCol, "import.unknown-indicator", $"三级指标“{name}”不在评分表“{own.FrameworkId}”中"));
                    continue;
                }

                if (!seen.Add(leaf.Code))
                {
                    Errors.Add(g.Error(r, nameCol, "import.duplicate-indicator", $"三级指标“{leaf.Name}”出现了两次"));
                    continue;
                }

                inputs.TryGetValue(leaf.Code, out var input);
                var changed = input ?? new LeafInput();
                var scoreText = g.Text(r, scoreCol);
                if (g.IsFormula(r, scoreCol))
                {
                    // Computed from the inputs: the shown figure is checked against them afterwards, never taken as stated.
                    formulas.Add((leaf.Code, g, r, scoreCol, CellText.TryNumber(scoreText, out var shown, out _) ? shown : null));
                }
                else if (CellText.Normalize(scoreText) == "不适用")
                {
                    if (leaf.Score is not null || visibleOnly)
                    {
                        Differ(g, r, scoreCol, $"“{leaf.Name}”的得分", Show(leaf.Score), "“不适用”");
                        changed = changed with { NotApplicable = true };
                    }
                }
                else if (!CellText.TryNumber(scoreText, out var score, out var percent) || percent)
                {
                    Errors.Add(g.Error(r, scoreCol, "import.score-not-number", string.IsNullOrWhiteSpace(scoreText)
                        ? $"“{leaf.Name}”的得分为空"
                        : $"“{leaf.Name}”的得分“{scoreText}”不是数字"));
                    continue;
                }
                else if (leaf.Score != score)
                {
                    Differ(g, r, scoreCol, $"“{leaf.Name}”的得分", leaf.Score is null ? "“不适用”" : Show(leaf.Score), Show(score));
                    changed = changed with { Score = score, NotApplicable = false };
                }

                var reason = NullIfEmpty(g.Text(r, reasonCol));
                if (reasonCol > 0 && reason != leaf.Reason)
                {
                    Differ(g, r, reasonCol, $"“{leaf.Name}”的未达标原因", Show(leaf.Reason), Show(reason));
                    changed = changed with { Reason = reason };
                }

                var measure = NullIfEmpty(g.Text(r, measureCol));
                if (measureCol > 0 && measure != leaf.Measure)
                {
                    Differ(g, r, measureCol, $"“{leaf.Name}”的改进措施", Show(leaf.Measure), Show(measure));
                    changed = changed with { Measure = measure };
                }

                if (input is null ? changed != new LeafInput() : !ReferenceEquals(changed, input))
                {
                    inputs[leaf.Code] = changed;
                }
            }

            foreach (var missing in own.Leaves.Where(l => !seen.Contains(l.Code)))
            {
                Errors.Add(new DomainError("import.indicator-missing", $"{g.FileName} 工作表“{g.SheetName}”", $"表中缺少三级指标“{missing.Name}”的行"));
            }

            return inputs;
        }

        /// <summary>A text field right of its label; the written value when the cell still shows it.</summary>
        private string? Field(Grid g, string label, string? written)
        {
            if (g.Find(label) is not { } at)
            {
                return written;
            }

            var text = g.RightOf(label);
            if (text.Trim() == (written ?? string.Empty).Trim())
            {
                return written;
            }

            Differ(g, at.Row, at.Col + 1, label, Show(written), Show(text));
            return NullIfEmpty(text);
        }

        /// <summary>
        /// The budget block: 总预算 (the budget the execution rate divides by), the 资金类别 columns (a budget field or a
        /// named category), 执行数. The values sit in the row below the block's lowest header row.
        /// </summary>
        private BudgetFigures DepartmentBudget(Grid g, BudgetFigures written)
        {
            if (g.Find("总预算") is not { } totalHead || g.Find("执行数") is not { } executedHead)
            {
                return written;
            }

            var categories = framework?.Settings.BudgetCategories is { Count: > 0 } c ? c
                : [new BudgetCategoryColumn(string.Empty, "基本支出", "budget.basic.budget"), new BudgetCategoryColumn(string.Empty, "项目支出", "budget.project.budget")];
            var heads = categories.Select(x => (Column: x, At: g.Find(x.Name, totalHead.Row))).Where(x => x.At is not null).ToList();
            var values = Math.Max(totalHead.Row, heads.Count > 0 ? heads.Max(x => x.At!.Value.Row) : totalHead.Row) + 1;
            var budget = written;
            decimal? Read(int col, string what) => g.Number(values, col, Errors, what);

            // 总预算: the field the writer showed (ReportBuilder.BudgetBase), else the framework's basis.
            var basis = framework?.Settings.ExecutionBasis ?? BudgetBasis.Adjusted;
            var basisPath = basis == BudgetBasis.Initial
                ? (written.Initial is null && written.Adjusted is not null ? "budget.adjusted" : "budget.initial")
                : (written.Adjusted is null && written.Initial is not null ? "budget.initial" : "budget.adjusted");
            var shownTotal = basis == BudgetBasis.Initial ? written.Initial ?? written.Adjusted : written.Adjusted ?? written.Initial;
            var total = Read(totalHead.Col, "总预算");
            if (total != shownTotal)
            {
                Differ(g, values, totalHead.Col, "总预算", Show(shownTotal), Show(total));
                budget = SetBudget(budget, basisPath, total);
            }

            foreach (var (column, at) in heads)
            {
                var value = Read(at!.Value.Col, column.Name);
                var shown = column.Field is { } field ? BudgetFields.Read(field, written) : written.Categories.FirstOrDefault(x => x.Name == column.Name)?.Amount;
                if (value == shown)
                {
                    continue;
                }

                Differ(g, values, at.Value.Col, column.Name, Show(shown), Show(value));
                if (column.Field is { } path)
                {
                    budget = SetBudget(budget, path, value);
                }
                else
                {
                    var list = budget.Categories.Where(x => x.Name != column.Name).ToList();
                    if (value is { } amount)
                    {
                        var index = budget.Categories.ToList().FindIndex(x => x.Name == column.Name);
                        list.Insert(index < 0 ? list.Count : index, new NamedAmount(column.Name, amount));
                    }

                    budget = budget with { Categories = list };
                }
            }

            var executed = Read(executedHead.Col, "执行数");
            if (executed != written.Executed)
            {
                Differ(g, values, executedHead.Col, "执行数", Show(written.Executed), Show(executed));
                budget = budget with { Executed = executed };
            }

            return budget;
        }

        /// <summary>Keys of the inputs the writer put on the 计分数据 sheet (for a missing-sheet note).</summary>
        private static IEnumerable<string> InputKeys(Evaluation e) =>
            e.Inputs.Where(kv => kv.Value.Value is not null || kv.Value.Numerator is not null || kv.Value.Deductions.Count > 0).Select(kv => kv.Key);

        /// <summary>The 计分数据 sheet: goal rows, then the other input rows by their hidden keys.</summary>
        private (IReadOnlyList<GoalIndicator> Goals, Dictionary<string, LeafInput> Inputs, BudgetFigures Budget) ReadInputs(
            Grid g, IReadOnlyList<GoalIndicator> goals, Dictionary<string, LeafInput> inputs, BudgetFigures budget)
        {
            var goalHeader = g.FindRow(r => g.RowHas(r, "三级指标") && g.RowHas(r, "完成值"));
            if (goalHeader is { } gh)
            {
                goals = Goals(g, gh, goals, mergedLevels: false, stop: r => g.RowHas(r, "二、其他计分数据") || g.RowHas(r, "数据项"));
            }

            var otherHeader = g.FindRow(r => g.RowHas(r, "数据项") && g.RowHas(r, "数值"));
            if (otherHeader is not { } oh)
            {
                return (goals, inputs, budget);
            }

            var cols = g.HeaderColumns(oh);
            var valueCol = cols.GetValueOrDefault("数值");
            var noteCol = cols.GetValueOrDefault("说明");
            var keyCol = cols.GetValueOrDefault(XlsxScoreTableWriter.KeyHeader);
            var deductions = new Dictionary<string, SortedDictionary<int, Deduction>>(StringComparer.Ordinal);
            for (var r = oh + 1; r <= g.MaxRow; r++)
            {
                var key = CellText.Normalize(g.Text(r, keyCol));
                if (key.Length == 0 || key == "factor")
                {
                    continue;
                }

                var value = g.Number(r, valueCol, Errors, g.Text(r, 4) is { Length: > 0 } item ? item : "数值");
                if (key.StartsWith("budget.", StringComparison.Ordinal))
                {
                    var shown = BudgetFields.Read(key, own.Evaluation.Budget);
                    if (value != shown)
                    {
                        Differ(g, r, valueCol, BudgetFields.Name(key), Show(shown), Show(value));
                        budget = SetBudget(budget, key, value);
                    }

                    continue;
                }

                var bar = key.IndexOf('|', StringComparison.Ordinal);
                if (bar <= 0)
                {
                    continue;
                }

                var code = key[..bar];
                var field = key[(bar + 1)..];
                if (own.Leaves.All(l => l.Code != code))
                {
                    Errors.Add(g.Error(r, keyCol, "import.unknown-indicator", $"计分数据的指标编码“{code}”不在评分表“{own.FrameworkId}”中"));
                    continue;
                }

                inputs.TryGetValue(code, out var input);
                var current = input ?? new LeafInput();
                var leafName = own.Leaves.First(l => l.Code == code).Name;
                if (field.StartsWith("deductions[", StringComparison.Ordinal) && int.TryParse(field["deductions[".Length..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var k))
                {
                    if (!deductions.TryGetValue(code, out var list))
                    {
                        deductions[code] = list = [];
                    }

                    if (value is { } points)
                    {
                        list[k] = new Deduction(points, NullIfEmpty(g.Text(r, noteCol)) ?? string.Empty);
                    }

                    continue;
                }

                decimal? written = field switch
                {
                    "value" => own.Evaluation.Inputs.GetValueOrDefault(code)?.Value,
                    "numerator" => own.Evaluation.Inputs.GetValueOrDefault(code)?.Numerator,
                    "denominator" => own.Evaluation.Inputs.GetValueOrDefault(code)?.Denominator,
                    "score" => own.Evaluation.Inputs.GetValueOrDefault(code)?.Score,
                    _ => null,
                };
                if (value == written)
                {
                    continue;
                }

                Differ(g, r, valueCol, $"“{leafName}”的{g.Text(r, 4)}", Show(written), Show(value));
                current = field switch
                {
                    "value" => current with { Value = value },
                    "numerator" => current with { Numerator = value },
                    "denominator" => current with { Denominator = value },
                    "score" => current with { Score = value },
                    _ => current,
                };
                inputs[code] = current;
            }

            // Every deduction row of a leaf deleted: no deductions left.
            foreach (var code in own.Evaluation.Inputs.Where(kv => kv.Value.Deductions.Count > 0 && !deductions.ContainsKey(kv.Key)).Select(kv => kv.Key))
            {
                deductions[code] = [];
            }

            foreach (var (code, list) in deductions)
            {
                inputs.TryGetValue(code, out var input);
                var current = input ?? new LeafInput();
                var read = list.Values.ToList();
                if (!read.SequenceEqual(current.Deductions))
                {
                    Differ(g, oh, valueCol, $"“{own.Leaves.First(l => l.Code == code).Name}”的扣分", string.Join("、", current.Deductions.Select(d => Show(d.Points))), string.Join("、", read.Select(d => Show(d.Points))));
                    inputs[code] = current with { Deductions = read };
                }
            }

            return (goals, inputs, budget);
        }

        /// <summary>
        /// Goal rows under <paramref name="header"/> (一级 … 原因, the hidden key): each maps to its goal by key, else by name;
        /// without the data part every row is a goal. 完成值, 指标值, 权重, a stated score and the reason are taken.
        /// </summary>
        private IReadOnlyList<GoalIndicator> Goals(Grid g, int header, IReadOnlyList<GoalIndicator> written, bool mergedLevels, Func<int, bool> stop)
        {
            var cols = g.HeaderColumns(header);
            int Col(string name, int fallback) => cols.TryGetValue(name, out var c) ? c : fallback;
            var level1Col = Col("一级指标", GoalRows.Level1);
            var level2Col = Col("二级指标", GoalRows.Level2);
            var nameCol = Col("三级指标", GoalRows.Name);
            var operatorCol = Col("指标性质", GoalRows.Operator);
            var targetCol = Col("指标值", GoalRows.Target);
            var unitCol = Col("度量单位", GoalRows.Unit);
            var actualCol = Col("完成值", GoalRows.Actual);
            var weightCol = Col("权重", GoalRows.Weight);
            var scoreCol = Col("得分", GoalRows.Score);
            var reasonCol = cols.TryGetValue("未完成原因", out var rc) ? rc : Col("未完成原因分析", GoalRows.Reason);
            var keyCol = Col(XlsxScoreTableWriter.KeyHeader, GoalRows.Key);
            var goals = visibleOnly ? [] : written.ToList();
            var byName = written.Select((goal, i) => (goal, i)).GroupBy(x => CellText.Key(x.goal.Name)).ToDictionary(x => x.Key, x => x.First().i, StringComparer.Ordinal);
            string level1 = string.Empty, level2 = string.Empty;
            for (var r = header + 1; r <= g.MaxRow; r++)
            {
                if (g.RowHas(r, "合计") || g.RowHas(r, "评价结论") || stop(r))
                {
                    break;
                }

                // Merged 一级/二级 cells hold their text in the first row only.
                level1 = NullIfEmpty(g.Text(r, level1Col)) ?? (mergedLevels ? level1 : string.Empty);
                level2 = NullIfEmpty(g.Text(r, level2Col)) ?? (mergedLevels ? level2 : string.Empty);
                var name = g.Text(r, nameCol);
                if (string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                var key = CellText.Normalize(g.Text(r, keyCol));
                if (visibleOnly)
                {
                    if (NewGoal(g, r, name, level1, level2, operatorCol, targetCol, unitCol, actualCol, weightCol, scoreCol, reasonCol) is { } created)
                    {
                        goals.Add(created);
                    }

                    continue;
                }

                var index = key.StartsWith("goals[", StringComparison.Ordinal) && int.TryParse(key[6..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ki) && ki < goals.Count
                    ? ki
                    : byName.TryGetValue(CellText.Key(name), out var ni) ? ni : -1;
                if (index < 0)
                {
                    Errors.Add(g.Error(r, nameCol, "import.unknown-indicator", $"绩效指标“{name}”不在原自评数据中"));
                    continue;
                }

                var goal = goals[index];
                var updated = goal;
                var quantitative = goal.Operator != IndicatorOperator.Qualitative;

                // 指标值 and 完成值: numbers where the writer showed numbers, else text (定性: the answer).
                var targetText = g.Text(r, targetCol);
                if (quantitative && goal.Target is not null)
                {
                    var target = g.Number(r, targetCol, Errors, $"“{goal.Name}”的指标值");
                    if (target != goal.Target)
                    {
                        Differ(g, r, targetCol, $"“{goal.Name}”的指标值", Show(goal.Target), Show(target));
                        updated = updated with { Target = target };
                    }
                }
                else if (CellText.Normalize(targetText) != CellText.Normalize(goal.TargetText))
                {
                    Differ(g, r, targetCol, $"“{goal.Name}”的指标值", Show(goal.TargetText), Show(targetText));
                    updated = updated with { TargetText = NullIfEmpty(targetText) };
                }

                var actualText = g.Text(r, actualCol);
                var shownActual = quantitative && goal.Actual is { } a ? a.ToString(CultureInfo.InvariantCulture) : (quantitative ? goal.ActualText : goal.Answer?.Name() ?? goal.ActualText) ?? string.Empty;
                if (CellText.Normalize(actualText) != CellText.Normalize(shownActual)
                    && !(CellText.TryNumber(actualText, out var an, out _) && CellText.TryNumber(shownActual, out var sn, out _) && an == sn))
                {
                    Differ(g, r, actualCol, $"“{goal.Name}”的完成值", Show(shownActual), Show(actualText));
                    if (!quantitative && DomainText.TryParseAnswer(CellText.Normalize(actualText), out var answer))
                    {
                        updated = updated with { Answer = answer };
                    }
                    else if (quantitative && goal.ActualText is null && CellText.TryNumber(actualText, out var actual, out _))
                    {
                        updated = updated with { Actual = actual };
                    }
                    else if (quantitative && string.IsNullOrWhiteSpace(actualText))
                    {
                        updated = updated with { Actual = null, ActualText = null };
                    }
                    else
                    {
                        updated = updated with { ActualText = NullIfEmpty(actualText) };
                    }
                }

                if (g.Number(r, weightCol, Errors, $"“{goal.Name}”的权重") is { } weight && weight != goal.Weight)
                {
                    Differ(g, r, weightCol, $"“{goal.Name}”的权重", Show(goal.Weight), Show(weight));
                    updated = updated with { Weight = weight };
                }

                var scoreText = g.Text(r, scoreCol);
                if (!g.IsFormula(r, scoreCol) && !string.IsNullOrWhiteSpace(scoreText))
                {
                    if (!CellText.TryNumber(scoreText, out var score, out var percent) || percent)
                    {
                        Errors.Add(g.Error(r, scoreCol, "import.score-not-number", $"“{goal.Name}”的得分“{scoreText}”不是数字"));
                        continue;
                    }

                    var shownScore = !quantitative || goal.Score is not null ? goal.Score : index < own.GoalScores.Count ? own.GoalScores[index] : null;
                    if (shownScore != score)
                    {
                        Differ(g, r, scoreCol, $"“{goal.Name}”的得分", Show(shownScore), Show(score));
                        updated = updated with { Score = score };
                    }
                }

                var reason = NullIfEmpty(g.Text(r, reasonCol));
                if (reason != goal.Reason)
                {
                    Differ(g, r, reasonCol, $"“{goal.Name}”的原因", Show(goal.Reason), Show(reason));
                    updated = updated with { Reason = reason };
                }

                goals[index] = updated;
            }

            return written.SequenceEqual(goals) ? written : goals;
        }

        /// <summary>A goal rebuilt from its row alone (no data part).</summary>
        private GoalIndicator? NewGoal(Grid g, int r, string name, string level1, string level2, int operatorCol, int targetCol, int unitCol, int actualCol, int weightCol, int scoreCol, int reasonCol)
        {
            var opText = CellText.Normalize(g.Text(r, operatorCol));
            if (!DomainText.TryParseOperator(opText, out var op))
            {
                Errors.Add(g.Error(r, operatorCol, "import.operator", $"绩效指标“{name}”的指标性质“{opText}”应为 ≥、>、=、≤、< 或 定性"));
                return null;
            }

            var quantitative = op != IndicatorOperator.Qualitative;
            var targetText = g.Text(r, targetCol);
            var actualText = g.Text(r, actualCol);
            decimal? target = quantitative && CellText.TryNumber(targetText, out var t, out _) ? t : null;
            decimal? actual = quantitative && CellText.TryNumber(actualText, out var a, out _) ? a : null;
            QualitativeAnswer? answer = !quantitative && DomainText.TryParseAnswer(CellText.Normalize(actualText), out var parsed) ? parsed : null;
            var scoreText = g.Text(r, scoreCol);
            decimal? score = !g.IsFormula(r, scoreCol) && CellText.TryNumber(scoreText, out var s, out _) ? s : null;
            return new GoalIndicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = name.Trim(),
                Operator = op,
                Target = target,
                TargetText = target is null ? NullIfEmpty(targetText) : null,
                Unit = NullIfEmpty(g.Text(r, unitCol)),
                Actual = actual,
                ActualText = actual is null && answer is null ? NullIfEmpty(actualText) : null,
                Answer = answer,
                Weight = g.Number(r, weightCol, Errors, $"“{name}”的权重") ?? 0m,
                Score = score,
                Reason = NullIfEmpty(g.Text(r, reasonCol)),
            };
        }

        public Evaluation Project(Grid g, Grid? inputs)
        {
            var e = own.Evaluation;
            var projectName = Field(g, "项目名称", e.ProjectName);
            var projectCode = Field(g, "项目编码", e.ProjectCode);
            var department = Field(g, "主管部门", e.Department);
            var unit = Field(g, "实施单位", e.Unit);
            var overall = Field(g, "项目年度目标", e.OverallGoal);
            var completion = Field(g, "年度目标完成情况", e.GoalCompletion);
            var budget = ProjectBudget(g, e.Budget, out var totalRow);
            var inputsByLeaf = new Dictionary<string, LeafInput>(e.Inputs, StringComparer.Ordinal);

            // 预算执行率 leaf: its score cell (a formula, or a stated value) and reason on the 总额 row.
            var execution = framework is null ? null : XlsxScoreTableWriter.ExecutionLeaf(framework);
            if (execution is not null && totalRow is { } tr)
            {
                var leaf = own.Leaves.FirstOrDefault(l => l.Code == execution.Code);
                inputsByLeaf.TryGetValue(execution.Code, out var input);
                var changed = input ?? new LeafInput();
                var scoreText = g.Text(tr, 7);
                if (g.IsFormula(tr, 7))
                {
                    formulas.Add((execution.Code, g, tr, 7, CellText.TryNumber(scoreText, out var shown, out _) ? shown : null));
                }
                else if (CellText.TryNumber(scoreText, out var score, out _) && score != leaf?.Score)
                {
                    Differ(g, tr, 7, $"“{execution.Name}”的得分", Show(leaf?.Score), Show(score));
                    changed = changed with { Score = score };
                }

                var reason = NullIfEmpty(g.Text(tr, 8));
                if (reason != leaf?.Reason)
                {
                    Differ(g, tr, 8, $"“{execution.Name}”的原因", Show(leaf?.Reason), Show(reason));
                    changed = changed with { Reason = reason };
                }

                if (input is null ? changed != new LeafInput() : !ReferenceEquals(changed, input))
                {
                    inputsByLeaf[execution.Code] = changed;
                }
            }

            var goals = e.Goals;
            var header = g.FindRow(r => g.RowHas(r, "三级指标") && g.RowHas(r, "完成值"));
            if (header is { } h)
            {
                goals = Goals(g, h, goals, mergedLevels: true, stop: _ => false);
            }

            if (inputs is not null)
            {
                (_, inputsByLeaf, budget) = ReadInputs(inputs, [], inputsByLeaf, budget);
            }

            var result = e with
            {
                ProjectName = projectName,
                ProjectCode = projectCode,
                Department = department,
                Unit = unit ?? e.Unit,
                OverallGoal = overall,
                GoalCompletion = completion,
                Budget = budget,
                Goals = goals,
                Inputs = SameInputs(inputsByLeaf, e.Inputs) ? e.Inputs : inputsByLeaf,
            };
            return visibleOnly ? result with { Date = SignedDate(g) } : result;
        }

        /// <summary>
        /// The project budget block: 总额 (年初预算, 调整后预算, 执行数) and one row per fund source. A source row of a table
        /// written without sources (one 财政资金 line from the totals) stands for the totals.
        /// </summary>
        private BudgetFigures ProjectBudget(Grid g, BudgetFigures written, out int? totalRow)
        {
            totalRow = g.FindRow(r => g.Text(r, 1).Trim() == "总额");
            if (totalRow is not { } tr)
            {
                return written;
            }

            var budget = written;
            (int Col, string Path, string Name, Func<BudgetFigures, decimal?> Top, Func<FundSourceLine, decimal?> Pick)[] columns =
            [
                (2, "budget.initial", "年初预算", b => b.Initial, s => s.Initial),
                (3, "budget.adjusted", "调整后预算", b => b.Adjusted, s => s.Adjusted),
                (4, "budget.executed", "执行数", b => b.Executed, s => s.Executed),
            ];
            foreach (var (col, path, name, top, _) in columns)
            {
                var value = g.Number(tr, col, Errors, "总额" + name);
                var shown = top(written) ?? (g.IsFormula(tr, col) ? Sum(written.BySource.Select(columns[col - 2].Pick)) : null);
                if (value != shown && !(top(written) is null && g.IsFormula(tr, col) && !visibleOnly))
                {
                    Differ(g, tr, col, "总额" + name, Show(top(written)), Show(value));
                    budget = SetBudget(budget, path, value);
                }
            }

            var sources = new List<FundSourceLine>();
            for (var r = tr + 1; r <= g.MaxRow; r++)
            {
                var label = g.Text(r, 1).Trim();
                if (label.Length == 0 || g.RowHas(r, "三级指标") || g.RowHas(r, "一级指标"))
                {
                    break;
                }

                var name = label.StartsWith("其中：", StringComparison.Ordinal) ? label["其中：".Length..] : label;
                sources.Add(new FundSourceLine(name, g.Number(r, 2, Errors, name + "年初预算"), g.Number(r, 3, Errors, name + "调整后预算"), g.Number(r, 4, Errors, name + "执行数")));
            }

            if (written.BySource.Count > 0 || visibleOnly)
            {
                if (!sources.SequenceEqual(written.BySource))
                {
                    if (!visibleOnly)
                    {
                        Differ(g, tr + 1, 1, "资金来源", string.Join("；", written.BySource.Select(SourceText)), string.Join("；", sources.Select(SourceText)));
                    }

                    budget = budget with { BySource = sources };
                }
            }
            else if (sources.Count == 1)
            {
                // Written from the totals: the one line is the totals.
                var line = sources[0];
                foreach (var (col, path, name, top, pick) in columns)
                {
                    if (pick(line) != top(budget))
                    {
                        Differ(g, tr + 1, col, name, Show(top(budget)), Show(pick(line)));
                        budget = SetBudget(budget, path, pick(line));
                    }
                }
            }

            return budget;
        }

        private static string SourceText(FundSourceLine s) => $"{s.Name} {Show(s.Initial)}/{Show(s.Adjusted)}/{Show(s.Executed)}";

        private static decimal? Sum(IEnumerable<decimal?> values)
        {
            var list = values.Where(v => v is not null).ToList();
            return list.Count == 0 ? null : list.Sum();
        }

        /// <summary>填报日期 as written under the table (年月日), when the data part cannot say.</summary>
        private static DateOnly? SignedDate(Grid g)
        {
            foreach (var text in g.Texts())
            {
                var t = CellText.Normalize(text);
                if (!t.StartsWith("填报日期：", StringComparison.Ordinal))
                {
                    continue;
                }

                var m = System.Text.RegularExpressions.Regex.Match(t, @"(\d{4})年(\d{1,2})月(\d{1,2})日");
                if (m.Success && DateOnly.TryParse($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", CultureInfo.InvariantCulture, out var date))
                {
                    return date;
                }
            }

            return null;
        }

        /// <summary>
        /// A formula's shown figure against the score of what was read: they differ when the table was edited without
        /// being recalculated (or a formula was edited). The figures read are taken; the difference is reported.
        /// </summary>
        public void CheckFormulas(Evaluation evaluation, Grid main, bool isProject)
        {
            if (framework is null || formulas.Count == 0 || Scorer.ScoreTotals(framework, evaluation) is not { IsSuccess: true } scored)
            {
                return;
            }

            foreach (var (code, grid, row, col, shown) in formulas)
            {
                if (scored.Value.Find(code) is { } s && shown is { } v && Money.Round(v) != s.Score)
                {
                    Differences.Add(grid.Error(row, col, OwnReadBack.StaleFormulaCode,
                        $"“{s.Name}”表中显示的得分 {Money.FormatShort(v)} 与按表中数据计算的 {Money.FormatShort(s.Score)} 不一致（表格修改后未重新计算），以计算结果为准"));
                }
            }

            var totalLabel = isProject ? "合计" : "总分";
            if (main.Find(totalLabel) is { } at)
            {
                var col = isProject ? 9 : 8;
                if (CellText.TryNumber(main.Text(at.Row, col), out var total, out _) && Money.Round(total) != Money.Round(scored.Value.Total))
                {
                    Differences.Add(main.Error(at.Row, col, OwnReadBack.StaleFormulaCode,
                        $"表中总分 {Money.FormatShort(total)} 与按表中数据计算的 {Money.FormatShort(scored.Value.Total)} 不一致（表格修改后未重新计算），以计算结果为准"));
                }
            }
        }

        private static bool SameInputs(Dictionary<string, LeafInput> a, IReadOnlyDictionary<string, LeafInput> b) =>
            a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && ReferenceEquals(v, kv.Value));
    }

    /// <summary>The cells of one sheet as text (formula cells marked), with the hidden markers of column K.</summary>
    internal sealed class Grid
    {
        private readonly Dictionary<(int Row, int Col), string> cells = [];
        private readonly HashSet<(int Row, int Col)> formulaCells = [];

        private Grid(string sheetName, string fileName)
        {
            SheetName = sheetName;
            FileName = fileName;
        }

        public string SheetName { get; }

        public string FileName { get; }

        public int MaxRow { get; private set; }

        /// <summary>The sheet's kind from its hidden marker (<c>jixiao:score-table</c> …), or null.</summary>
        public string? Marker { get; private set; }

        private readonly Dictionary<string, string> markers = new(StringComparer.Ordinal);

        public string? MarkerValue(string key) => markers.TryGetValue(key, out var v) ? v : null;

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
                    col = cell.CellReference?.Value is { } reference ? SheetWriter.ColumnNumber(reference) : col + 1;
                    var text = Value(cell, shared);
                    if (cell.CellFormula is not null)
                    {
                        grid.formulaCells.Add((rowIndex, col));
                    }

                    if (text.Length > 0)
                    {
                        grid.cells[(rowIndex, col)] = text;
                        grid.MaxRow = Math.Max(grid.MaxRow, rowIndex);
                        if (col == XlsxScoreTableWriter.HiddenColumn && rowIndex <= 6)
                        {
                            grid.AddMarker(text);
                        }
                    }
                }
            }

            return grid;
        }

        private void AddMarker(string text)
        {
            if (text.StartsWith(XlsxScoreTableWriter.MarkerPrefix, StringComparison.Ordinal))
            {
                Marker = text[XlsxScoreTableWriter.MarkerPrefix.Length..];
            }
            else if (text.IndexOf('=', StringComparison.Ordinal) is > 0 and var eq)
            {
                markers.TryAdd(text[..eq], text[(eq + 1)..]);
            }
        }

        public string Text(int row, int col) => col > 0 && cells.TryGetValue((row, col), out var t) ? t : string.Empty;

        public bool IsFormula(int row, int col) => formulaCells.Contains((row, col));

        public IEnumerable<string> Texts() => cells.Values;

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

        /// <summary>The first cell (by row, then column, from <paramref name="fromRow"/>) whose text is <paramref name="label"/>.</summary>
        public (int Row, int Col)? Find(string label, int fromRow = 1)
        {
            var key = CellText.Key(label);
            foreach (var ((row, col), text) in cells.Where(kv => kv.Key.Row >= fromRow).OrderBy(kv => kv.Key.Row).ThenBy(kv => kv.Key.Col))
            {
                if (CellText.Key(text) == key)
                {
                    return (row, col);
                }
            }

            return null;
        }

        /// <summary>Header texts (normalised) to column numbers, the first column of each.</summary>
        public Dictionary<string, int> HeaderColumns(int row)
        {
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (key, text) in cells.Where(kv => kv.Key.Row == row).OrderBy(kv => kv.Key.Col).Select(kv => (kv.Key, kv.Value)))
            {
                result.TryAdd(CellText.Key(text), key.Col);
            }

            return result;
        }

        /// <summary>The text in the first non-empty visible cell right of a label cell.</summary>
        public string RightOf(string label)
        {
            if (Find(label) is not { } at)
            {
                return string.Empty;
            }

            var next = cells.Where(kv => kv.Key.Row == at.Row && kv.Key.Col > at.Col && kv.Key.Col < XlsxScoreTableWriter.HiddenColumn)
                .OrderBy(kv => kv.Key.Col).Select(kv => kv.Value).FirstOrDefault();
            return next?.Trim() ?? string.Empty;
        }

        public decimal? NumberRightOf(int row, int col, List<DomainError> errors, string what)
        {
            var next = cells.Where(kv => kv.Key.Row == row && kv.Key.Col > col && kv.Key.Col < XlsxScoreTableWriter.HiddenColumn).OrderBy(kv => kv.Key.Col).Select(kv => kv.Key.Col).FirstOrDefault();
            return next > 0 ? Number(row, next, errors, what) : null;
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
