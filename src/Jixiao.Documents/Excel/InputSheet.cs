using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Documents.Excel;

/// <summary>
/// The 计分数据 sheet: the inputs the score table's formulas read, each in a visible cell beside its
/// indicator and a hidden key. 一、绩效指标完成情况 (the goal rows, when the evaluation declares goals) and
/// 二、其他计分数据 (directly stated rates, ratio figures, deductions with their reasons, the rescaling factor).
/// </summary>
internal sealed class InputSheet
{
    public const string Name = "计分数据";

    /// <summary>Columns of the 其他计分数据 rows: indicator A–C, item D–F, value G, unit H, note I–J, key K.</summary>
    public const int ValueColumn = 7;

    private const int Last = 10;

    private readonly SheetWriter s = new();
    private readonly Framework framework;
    private int row;
    private bool otherHeader;

    public InputSheet(Framework framework)
    {
        this.framework = framework;
        s.Text(1, 1, "计分数据", XStyle.Title);
        s.Merge(1, 1, 1, Last, XStyle.Title);
        s.Height(1, 30);
        s.Text(2, 1, "本表是自评表中公式得分所依据的数据。修改完成值、执行数、扣分等数据后，自评表的得分、总分和评价等级随之重算。", XStyle.Plain);
        s.Merge(2, 1, 2, Last, XStyle.Plain);
        s.Text(1, GoalRows.Key, XlsxScoreTableWriter.Marker(XlsxScoreTableWriter.InputsKind), XStyle.Plain);
        row = 4;
    }

    /// <summary>Whether any row was written besides the title (the sheet is left out otherwise).</summary>
    public bool HasContent { get; private set; }

    /// <summary>一、绩效指标完成情况: the goal rows (when there are goals).</summary>
    public void Goals(Evaluation evaluation, CellRefs refs)
    {
        if (evaluation.Goals.Count == 0)
        {
            return;
        }

        Section("一、绩效指标完成情况");
        var lastGoal = GoalRows.Write(s, Name, row, evaluation, framework, refs, "未完成原因", mergeLevels: false);
        row = lastGoal + 2;
        HasContent = true;
    }

    /// <summary>Adds an input row; returns its value cell. The key is stored in the hidden column K.</summary>
    public CellRef Add(CellRefs refs, string indicator, string item, decimal? value, string? unit, string? note, string key)
    {
        if (refs.Find(key) is { } existing)
        {
            return existing;
        }

        if (!otherHeader)
        {
            Section("二、其他计分数据");
            string[] heads = ["三级指标", "数据项", "数值", "单位", "说明"];
            int[] at = [1, 4, ValueColumn, 8, 9];
            int[] to = [3, 6, ValueColumn, 8, Last];
            for (var i = 0; i < heads.Length; i++)
            {
                s.Text(row, at[i], heads[i], XStyle.Header);
                s.Merge(row, at[i], row, to[i], XStyle.Header);
            }

            s.Text(row, GoalRows.Key, XlsxScoreTableWriter.KeyHeader, XStyle.TextCenter);
            row++;
            otherHeader = true;
        }

        s.Text(row, 1, indicator, XStyle.TextLeft);
        s.Merge(row, 1, row, 3, XStyle.TextLeft);
        s.Text(row, 4, item, XStyle.TextLeft);
        s.Merge(row, 4, row, 6, XStyle.TextLeft);
        s.Number(row, ValueColumn, value, XStyle.Number);
        s.Text(row, 8, unit, XStyle.TextCenter);
        s.Text(row, 9, note, XStyle.TextLeft);
        s.Merge(row, 9, row, Last, XStyle.TextLeft);
        s.Text(row, GoalRows.Key, key, XStyle.TextCenter);
        var cell = new CellRef(Name, row, ValueColumn);
        refs.Add(key, cell);
        row++;
        HasContent = true;
        return cell;
    }

    /// <summary>A budget field the formulas need that the score table does not show.</summary>
    public CellRef Budget(CellRefs refs, string indicator, string path, BudgetFigures budget) =>
        refs.Find(path) ?? Add(refs, indicator, BudgetFields.Name(path), BudgetFields.Read(path, budget), "万元", null, path);

    /// <summary>
    /// The rescaling factor when not-applicable leaves are excluded: total weight ÷ (total weight − the weights of
    /// the leaves written as 不适用), over the score table's weight cells of those leaves (a range over the score
    /// column would make every rescaled score depend on itself).
    /// </summary>
    public CellRef Factor(CellRefs refs, string scoreSheet, IReadOnlyList<int> notApplicableRows, decimal total, decimal cached)
    {
        var weights = string.Join("+", notApplicableRows.Select(r => "'" + scoreSheet + "'!F" + r.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var cell = Add(refs, "（全部指标）", "不适用指标剔除后的折算系数", null, null, "满分 ÷（满分 − 不适用指标分值）", "factor");
        s.Formula(cell.Row, cell.Column, $"{ScoreFormulas.Num(total)}/({ScoreFormulas.Num(total)}-({weights}))", cached, XStyle.Number);
        return cell;
    }

    public Worksheet Build() =>
        s.Build([12, 14, 28, 8, 10, 8, 12, 8, 10, 30, 14, 10], [GoalRows.Key, GoalRows.Rate], null, "&C计分数据 第 &P 页，共 &N 页");

    private void Section(string title)
    {
        s.Text(row, 1, title, XStyle.BoldLeft);
        s.Merge(row, 1, row, Last, XStyle.BoldLeft);
        row++;
    }
}
