using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Reports;

/// <summary>
/// 自评表说明: the note some districts publish beside the score table, one block per block of the
/// table (履职效能 › 整体效能, 管理效率 › 预算编制 …) saying how each score was reached. Built from
/// the scores' explanations (inputs, rule, arithmetic) and the unit's reasons and measures; nothing
/// else is written. A leaf that lost points without a reason shows a 【待填写】 marker, and a final
/// refuses it, as it refuses framework rows whose name the source lost.
/// </summary>
public static class TableNotesBuilder
{
    public static Result<ReportDocument> Build(Evaluation evaluation, Framework framework, ScoreResult score, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(score);
        options ??= new ReportOptions();
        var ctx = new ReportContext(evaluation, framework, score, options);
        var numeral = 0;
        foreach (var root in framework.Indicators)
        {
            ctx.Blocks.Add(new HeadingBlock(1, ReportBuilder.Numerals[numeral++] + "、" + Head(root, score)));
            if (root.IsLeaf)
            {
                Leaf(ctx, root, 1);
                continue;
            }

            var sub = 0;
            var n = 0;
            foreach (var child in root.Children)
            {
                if (child.IsLeaf)
                {
                    Leaf(ctx, child, ++n);
                    continue;
                }

                ctx.Blocks.Add(new HeadingBlock(2, "（" + ReportBuilder.Numerals[sub++] + "）" + Head(child, score)));
                var k = 0;
                foreach (var leaf in child.SelfAndDescendants().Where(x => x.IsLeaf))
                {
                    Leaf(ctx, leaf, ++k);
                }
            }
        }

        var grade = score.Grade is { } g ? $"，评价等级为“{g.Name}”" : string.Empty;
        ctx.Blocks.Add(new ParagraphBlock($"总分{ReportBuilder.Points(score.Total)}分（满分{ReportBuilder.Weight(score.MaxTotal)}分）{grade}。"));
        ctx.Blocks.Add(new ParagraphBlock(ReportBuilder.GradeLine(framework, score)));
        var unit = string.IsNullOrWhiteSpace(evaluation.SigningUnit) ? evaluation.Unit : evaluation.SigningUnit!.Trim();
        var date = evaluation.Date ?? DateOnly.FromDateTime(options.Clock.GetLocalNow().DateTime);
        ctx.Blocks.Add(new SignatureBlock(unit, ReportBuilder.Date(date), evaluation.Date is null && !options.Final ? "【提示】评价文件未填写落款日期（date），暂用生成当天的日期。" : null));

        if (options.Final && ctx.Missing.Count > 0)
        {
            return Result<ReportDocument>.Failure(ctx.Missing.Select(ReportBuilder.FinalError).ToList());
        }

        return Result<ReportDocument>.Success(new ReportDocument(Title(evaluation), ctx.Blocks, ctx.Missing.Select(ReportBuilder.Warning).ToList())
        {
            Missing = ctx.Missing,
            IsDraft = !options.Final,
        });
    }

    /// <summary>e.g. 中国共产党广州市海珠区委员会组织部2022年度部门整体支出绩效自评表说明.</summary>
    public static string Title(Evaluation evaluation) => ReportBuilder.Title(evaluation)[..^"报告".Length] + "表说明";

    private static string Head(IndicatorNode node, ScoreResult score) =>
        score.Find(node.Code) is { } s
            ? $"{node.Name}（满分{ReportBuilder.Weight(node.Weight)}分，得分{ReportBuilder.Points(s.Score)}分）"
            : node.Name;

    private static void Leaf(ReportContext ctx, IndicatorNode leaf, int n)
    {
        var s = ctx.Score.Find(leaf.Code);
        var number = n.ToString(CultureInfo.InvariantCulture) + ".";
        if (leaf.NameIsPlaceholder)
        {
            ctx.Missing.Add(ReportBuilder.PlaceholderRow(ctx.Framework, new ScoreRow(leaf, null, leaf, s)));
        }

        if (s is null)
        {
            ctx.Blocks.Add(new ParagraphBlock($"{number}{leaf.Name}（满分{ReportBuilder.Weight(leaf.Weight)}分）。"));
            return;
        }

        if (s.NotApplicable)
        {
            ctx.Blocks.Add(new ParagraphBlock($"{number}{leaf.Name}（满分{ReportBuilder.Weight(leaf.Weight)}分）：不适用。{s.Explanation.Text}"));
            return;
        }

        ctx.Blocks.Add(new ParagraphBlock($"{number}{leaf.Name}（满分{ReportBuilder.Weight(leaf.Weight)}分）：得分{ReportBuilder.Points(s.Score)}分。{s.Explanation.Text}"));
        var goalInputs = s.Explanation.Inputs.Where(i => i.Source.StartsWith("goals[", StringComparison.Ordinal) && !i.Source.Contains('.', StringComparison.Ordinal)).ToList();
        if (goalInputs.Count > 0)
        {
            ctx.Blocks.Add(new ParagraphBlock("各指标得分：" + string.Join("；", goalInputs.Select(i => $"{i.Name} {i.Value}")) + "。"));
        }

        if (s.Score < (s.RescaledWeight ?? s.Weight))
        {
            if (string.IsNullOrWhiteSpace(s.Reason))
            {
                ctx.Pending($"inputs[\"{leaf.Code}\"].reason", $"“{leaf.Name}”失分的未达标原因");
            }
            else
            {
                ctx.Blocks.Add(new ParagraphBlock("未达标原因：" + s.Reason!.Trim()));
            }

            if (!string.IsNullOrWhiteSpace(s.Measure))
            {
                ctx.Blocks.Add(new ParagraphBlock("改进措施：" + s.Measure!.Trim()));
            }
        }
    }
}
