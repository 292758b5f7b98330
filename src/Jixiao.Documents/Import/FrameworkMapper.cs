using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Documents.Import;

/// <summary>
/// Maps the rows of a published score table onto the leaves of a framework: by name first, then
/// (for a row whose name the extraction lost) by position and weight within the same parent. The
/// row's name is never filled in from the framework: a lost name stays missing.
/// </summary>
internal static class FrameworkMapper
{
    public static void Map(List<ScoreTableParser.Row> rows, DocBuilder b, IReadOnlyList<Framework> frameworks)
    {
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            var path = $"stated.scoreRows[{k}]";
            b.ScoreRows.Add(new StatedScoreRow(row.Name, row.Weight, row.Score, path));
            b.Source(path, row.Line);
            if (row.Name is null)
            {
                b.Miss(path + ".name", $"第 {row.Line.Number} 行的三级指标名称在原文中缺失（分值 {Money.FormatShort(row.Weight)}，得分 {(row.Score is { } s ? Money.FormatShort(s) : "无")}），未推测");
            }

            if (row.Score is null)
            {
                b.Miss(path + ".score", $"第 {row.Line.Number} 行未写得分");
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        Framework? best = null;
        var bestCount = 0;
        foreach (var f in frameworks.Where(f => f.Kind == EvaluationKind.Department))
        {
            var keys = f.Leaves().Select(l => TextNormalizer.NameKey(l.Name)).ToHashSet(StringComparer.Ordinal);
            var count = rows.Count(r => r.Name is not null && keys.Contains(TextNormalizer.NameKey(r.Name)));
            if (count > bestCount)
            {
                best = f;
                bestCount = count;
            }
        }

        var named = rows.Count(r => r.Name is not null);
        if (best is null || bestCount * 2 < named)
        {
            b.Miss("frameworkId", "评分表的指标名称与已知评分表对不上，未对应到评分表");
            return;
        }

        b.FrameworkId = best.Id;
        b.Infer("frameworkId", $"按指标名称对应到评分表 {best.Id}（{bestCount}/{rows.Count} 行同名）");

        var leaves = best.Leaves().ToList();

        var rowToLeaf = new int?[rows.Count];
        var used = new bool[leaves.Count];

        // 1. Same name.
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Name is not { } name)
            {
                continue;
            }

            var key = TextNormalizer.NameKey(name);
            var idx = FindLeaf(leaves, used, x => x == key);
            if (idx < 0)
            {
                idx = FindLeaf(leaves, used, x => x.Contains(key, StringComparison.Ordinal) || key.Contains(x, StringComparison.Ordinal));
            }

            if (idx >= 0)
            {
                rowToLeaf[r] = idx;
                used[idx] = true;
            }
        }

        // 2. Rows without a name: the unused leaf between the neighbours' leaves with the same weight.
        for (var r = 0; r < rows.Count; r++)
        {
            if (rowToLeaf[r] is not null)
            {
                continue;
            }

            var before = -1;
            for (var p = r - 1; p >= 0; p--)
            {
                if (rowToLeaf[p] is { } li)
                {
                    before = li;
                    break;
                }
            }

            var after = leaves.Count;
            for (var n = r + 1; n < rows.Count; n++)
            {
                if (rowToLeaf[n] is { } li)
                {
                    after = li;
                    break;
                }
            }

            for (var li = before + 1; li < after; li++)
            {
                if (!used[li] && leaves[li].Weight == rows[r].Weight)
                {
                    rowToLeaf[r] = li;
                    used[li] = true;
                    b.Infer($"stated.scoreRows[{r}].leafCode", $"名称缺失的一行按位置和分值（{Money.FormatShort(rows[r].Weight)}）对应到指标 {leaves[li].Code}，名称仍记为缺失");
                    break;
                }
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            if (rowToLeaf[r] is not { } li)
            {
                b.Miss($"stated.scoreRows[{r}].leafCode", $"第 {rows[r].Line.Number} 行“{rows[r].Name ?? "（无名称）"}”未能对应到评分表 {best.Id} 的指标");
                continue;
            }

            var leaf = leaves[li];
            var row = rows[r];
            b.ScoreRows[r] = b.ScoreRows[r] with { LeafCode = leaf.Code };
            var measure = row.MeasureMore ?? row.Measure;
            b.Inputs[leaf.Code] = new LeafInput
            {
                Score = row.Score,
                Reason = row.Reason,
                Measure = string.IsNullOrWhiteSpace(measure) ? null : measure,
            };
            b.Source($"inputs.{leaf.Code}.score", row.Line);
        }

        for (var li = 0; li < leaves.Count; li++)
        {
            if (!used[li])
            {
                b.Miss($"inputs.{leaves[li].Code}", $"自评表中未找到指标“{leaves[li].Name}”（分值 {leaves[li].Weight.ToString(CultureInfo.InvariantCulture)}）");
            }
        }
    }

    private static int FindLeaf(List<IndicatorNode> leaves, bool[] used, Func<string, bool> match)
    {
        for (var i = 0; i < leaves.Count; i++)
        {
            if (!used[i] && match(TextNormalizer.NameKey(leaves[i].Name)))
            {
                return i;
            }
        }

        return -1;
    }
}
