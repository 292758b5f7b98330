using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Reports;

/// <summary>
/// One row of the published score table: a leaf (三级指标) with the 一级 and 二级 indicators it
/// sits under. A leaf directly under a root has no level-2; a root leaf is its own level 1.
/// </summary>
public sealed record ScoreRow(IndicatorNode Level1, IndicatorNode? Level2, IndicatorNode Leaf, IndicatorScore? Score)
{
    public decimal LeafScore => Score?.Score ?? 0m;
}

/// <summary>Flattens a framework and its scores into the rows of the score table (shared by XLSX, DOCX and Markdown).</summary>
public static class ScoreRows
{
    public static IReadOnlyList<ScoreRow> Build(Framework framework, ScoreResult score)
    {
        var rows = new List<ScoreRow>();
        foreach (var root in framework.Indicators)
        {
            if (root.IsLeaf)
            {
                rows.Add(new ScoreRow(root, null, root, score.Find(root.Code)));
                continue;
            }

            foreach (var child in root.Children)
            {
                if (child.IsLeaf)
                {
                    rows.Add(new ScoreRow(root, null, child, score.Find(child.Code)));
                    continue;
                }

                foreach (var leaf in child.SelfAndDescendants().Where(n => n.IsLeaf))
                {
                    rows.Add(new ScoreRow(root, child, leaf, score.Find(leaf.Code)));
                }
            }
        }

        return rows;
    }

    /// <summary>Display name of a leaf: placeholders (names the source lost) are marked.</summary>
    public static string DisplayName(IndicatorNode node) =>
        node.NameIsPlaceholder && !node.Name.Contains("待补", StringComparison.Ordinal) ? node.Name + "（名称待补）" : node.Name;

    /// <summary>
    /// The score of goal indicator <paramref name="index"/>: the scorer's entry for that goal (an
    /// indicator whose inputs come from <c>goals[index]</c> and that carries the goal's name), else
    /// the score stated in the evaluation.
    /// </summary>
    public static decimal? GoalScore(ScoreResult score, int index, GoalIndicator goal)
    {
        var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"goals[{index}]");
        var found = score.Find(path) ?? score.Indicators.FirstOrDefault(i =>
            i.Name == goal.Name
            && i.Explanation.Inputs.Any(x => x.Source == path || x.Source.StartsWith(path + ".", StringComparison.Ordinal)));
        return found?.Score ?? goal.Score;
    }

    /// <summary>
    /// The score of goal indicator <paramref name="index"/> in points of its own weight: the scorer's
    /// entry for that goal when the framework scores goals one by one (project frameworks); else, where
    /// the goals only feed a completion leaf (部门整体 frameworks), the goal scored by its operator with
    /// the framework's settings (the same rule the scorer applies inside that leaf); a 定性 goal's chosen score.
    /// </summary>
    public static decimal? GoalScore(Framework framework, ScoreResult score, int index, GoalIndicator goal)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (GoalScore(score, index, goal) is { } found)
        {
            return found;
        }

        return goal is { Operator: not IndicatorOperator.Qualitative, Target: { } target, Actual: { } actual } && goal.Weight > 0m
            ? Money.Round(OperatorScoring.Score(goal.Operator, target, actual, goal.Weight, framework.Settings).Score)
            : null;
    }
}
