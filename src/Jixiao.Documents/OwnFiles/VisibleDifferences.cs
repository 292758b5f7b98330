using System.Globalization;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// Compares what a DOCX shows with the data part it carries: unit, year, each leaf's score, the total,
/// the grade and the budget figures. A difference means the document was edited by hand (its data
/// part is stale) or the data part was replaced: the checks report it, whichever side is right.
/// </summary>
internal static class VisibleDifferences
{
    public static IReadOnlyList<VisibleDifference> Compare(OwnData own, Evaluation hidden, OwnFileReadBack visible)
    {
        var list = new List<VisibleDifference>();
        var shown = visible.Evaluation;
        var where = visible.Visible?.Medium ?? "可见内容";
        void Text(string field, string label, string? h, string? v)
        {
            if (!string.IsNullOrEmpty(v) && !string.Equals(CellText.Key(h), CellText.Key(v), StringComparison.Ordinal))
            {
                list.Add(new VisibleDifference(field, label, h ?? "（无）", v, where));
            }
        }

        void Num(string field, string label, decimal? h, decimal? v, string? source = null)
        {
            if (v is { } x && h != x)
            {
                list.Add(new VisibleDifference(field, label, h is { } y ? F(y) : "（无）", F(x), source ?? where));
            }
        }

        Text("unit", "单位", hidden.Unit, shown.Unit);
        if (shown.Year > 0)
        {
            Num("year", "年度", hidden.Year, shown.Year);
        }

        foreach (var row in visible.Stated.ScoreRows.Where(r => r.LeafCode is not null))
        {
            var leaf = own.Leaves.FirstOrDefault(l => l.Code == row.LeafCode);
            if (leaf is not null)
            {
                Num($"inputs.{row.LeafCode}.score", $"“{leaf.Name}”得分", leaf.Score, row.Score, visible.Sources.GetValueOrDefault(row.Path));
            }
        }

        var framework = FrameworkCatalog.Get(own.FrameworkId) is { IsSuccess: true } f ? f.Value : null;
        var scored = framework is null ? null : Scorer.ScoreTotals(framework, hidden) is { IsSuccess: true } r ? r.Value : null;
        if (scored is not null)
        {
            Num("total", "总分", scored.Total, visible.Stated.TotalScore, visible.Sources.GetValueOrDefault("stated.totalScore"));
            Text("grade", "评价等级", scored.Grade?.Name, visible.Stated.Grade);
        }

        var hb = hidden.Budget;
        var vb = shown.Budget;
        Num("budget.executed", "执行数", hb.Executed, vb.Executed, visible.Sources.GetValueOrDefault("budget.executed"));
        Num("budget.adjusted", "调整后预算", hb.Adjusted ?? hb.Initial, vb.Adjusted, visible.Sources.GetValueOrDefault("budget.adjusted"));
        return list;
    }

    private static string F(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
