using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Excel;

/// <summary>
/// The declared goal indicators (绩效指标) as live rows: 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值,
/// 权重, 得分, 原因, then two hidden columns, the key (<c>goals[i]</c>) and the completion rate (a formula of
/// 指标值 and 完成值 under the operator rule). 得分 is weight × rate: rounded and kept within the weight
/// for a goal that is itself a scored row (项目 declared indicators), unrounded where a leaf derives its
/// score from the goals (部门整体 goal completion). A qualitative goal's score is the value the unit chose,
/// marked as stated.
/// </summary>
internal static class GoalRows
{
    public const int Level1 = 1;
    public const int Level2 = 2;
    public const int Name = 3;
    public const int Operator = 4;
    public const int Target = 5;
    public const int Unit = 6;
    public const int Actual = 7;
    public const int Weight = 8;
    public const int Score = 9;
    public const int Reason = 10;
    public const int Key = 11;
    public const int Rate = 12;

    public static readonly string[] Heads = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"];

    /// <summary>Header of the hidden rate column.</summary>
    public const string RateHeader = "完成率";

    /// <summary>Writes the header at <paramref name="header"/> and one row per goal below; returns the last row written.</summary>
    public static int Write(SheetWriter s, string sheet, int header, Evaluation evaluation, Framework framework, CellRefs refs, string reasonHead, bool mergeLevels)
    {
        for (var c = 0; c < Heads.Length; c++)
        {
            s.Text(header, c + 1, Heads[c], XStyle.Header);
        }

        s.Text(header, Reason, reasonHead, XStyle.Header);
        s.Text(header, Key, XlsxScoreTableWriter.KeyHeader, XStyle.TextCenter);
        s.Text(header, Rate, RateHeader, XStyle.TextCenter);
        var goals = evaluation.Goals;
        var settings = framework.Settings;
        var declared = framework.Leaves().Select(l => l.Rule).OfType<DeclaredIndicatorsRule>().ToList();
        var first = header + 1;
        for (var k = 0; k < goals.Count; k++)
        {
            var r = first + k;
            var g = goals[k];
            refs.Add(CellRefs.Goal(k), new CellRef(sheet, r, 1));
            if (!mergeLevels)
            {
                s.Text(r, Level1, g.Level1, XStyle.TextCenter);
                s.Text(r, Level2, g.Level2, XStyle.TextCenter);
            }
            else
            {
                MergeLevels(s, goals, k, first);
            }

            s.Text(r, Name, g.Name, XStyle.TextLeft);
            s.Text(r, Operator, g.Operator.Symbol(), XStyle.TextCenter);
            var quantitative = g.Operator != IndicatorOperator.Qualitative;
            if (quantitative && g.Target is { } target)
            {
                s.Number(r, Target, target, XStyle.Number);
            }
            else
            {
                s.Text(r, Target, g.TargetText, XStyle.TextCenter);
            }

            s.Text(r, Unit, g.Unit, XStyle.TextCenter);
            if (quantitative && g.Actual is { } actual)
            {
                s.Number(r, Actual, actual, XStyle.Number);
            }
            else
            {
                s.Text(r, Actual, quantitative ? g.ActualText : g.Answer?.Name() ?? g.ActualText, XStyle.TextCenter);
            }

            s.Number(r, Weight, g.Weight, XStyle.Number);
            var rounded = declared.Any(d => d.Level1.Count == 0 || Matches(d.Level1, g.Level1));
            var w = Cell(r, Weight);
            var rate = Cell(r, Rate);
            if (quantitative && g.Target is { } t && g.Actual is { } a)
            {
                var unit = OperatorScoring.Score(g.Operator, t, a, 1m, settings, explain: false).Score;
                var weighted = OperatorScoring.Score(g.Operator, t, a, g.Weight, settings, explain: false).Score;
                s.Formula(r, Rate, ScoreFormulas.OperatorRate(g.Operator, Cell(r, Target), Cell(r, Actual), settings), unit, XStyle.Number);
                if (rounded)
                {
                    s.Formula(r, Score, $"ROUND(MAX(0,MIN({w},{w}*{rate})),2)", Money.Round(Math.Clamp(weighted, 0m, g.Weight)), XStyle.Number);
                }
                else
                {
                    s.Formula(r, Score, $"{w}*{rate}", weighted, XStyle.Score);
                }
            }
            else if (!quantitative && g.Score is { } stated)
            {
                s.Number(r, Score, stated, XStyle.Stated);
                s.Formula(r, Rate, $"IF(N({w})=0,0,{Cell(r, Score)}/{w})", g.Weight == 0m ? 0m : stated / g.Weight, XStyle.Number);
            }
            else
            {
                s.Number(r, Score, g.Score, XStyle.Stated);
            }

            s.Text(r, Reason, g.Reason, XStyle.TextLeft);
            s.Text(r, Key, CellRefs.Goal(k), XStyle.TextCenter);
        }

        return first + goals.Count - 1;
    }

    public static string Cell(int row, int column) => SheetWriter.Ref(row, column);

    /// <summary>产出 matches 产出指标 (as the scorer compares 一级指标 classes).</summary>
    public static bool Matches(IReadOnlyList<string> classes, string level1)
    {
        static string Normalise(string s)
        {
            var t = s.Trim();
            return t.EndsWith("指标", StringComparison.Ordinal) ? t[..^2].Trim() : t;
        }

        var l = Normalise(level1);
        return classes.Any(c => Normalise(c) == l);
    }

    /// <summary>The goals of the given 一级指标 classes (all when none are named), with their indexes.</summary>
    public static List<int> Of(IReadOnlyList<GoalIndicator> goals, IReadOnlyList<string> classes) =>
        Enumerable.Range(0, goals.Count).Where(i => classes.Count == 0 || Matches(classes, goals[i].Level1)).ToList();

    private static void MergeLevels(SheetWriter s, IReadOnlyList<GoalIndicator> goals, int k, int first)
    {
        var g = goals[k];
        var r = first + k;
        var newL1 = k == 0 || goals[k - 1].Level1 != g.Level1;
        var newL2 = newL1 || goals[k - 1].Level2 != g.Level2;
        if (newL1)
        {
            var end = k;
            while (end + 1 < goals.Count && goals[end + 1].Level1 == g.Level1)
            {
                end++;
            }

            s.Text(r, Level1, g.Level1, XStyle.TextCenter);
            s.Merge(r, Level1, first + end, Level1, XStyle.TextCenter);
        }

        if (newL2)
        {
            var end = k;
            while (end + 1 < goals.Count && goals[end + 1].Level1 == g.Level1 && goals[end + 1].Level2 == g.Level2)
            {
                end++;
            }

            s.Text(r, Level2, g.Level2, XStyle.TextCenter);
            s.Merge(r, Level2, first + end, Level2, XStyle.TextCenter);
        }
    }
}
