using System.Globalization;
using System.Text;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Reports;

/// <summary>
/// Composes the 自评报告 (DOMAIN §9) from an evaluation, its framework and its scores, following a
/// <see cref="ReportTemplate"/>: the unit's text in place, sentences and tables from its figures,
/// the grade line, the 落款. Nothing is made up: an empty section becomes a visible 【待填写】 marker in
/// a draft and a refusal (with the list of what is missing) in a final. It never computes a score;
/// every figure of the score comes from <see cref="ScoreResult"/>.
/// Number policy: scores and amounts with two decimals (98.10分), amounts with thousands separators
/// (2,322.60万元), rates with two decimals (96.16%), weights (分值) as the framework writes them.
/// </summary>
public static class ReportBuilder
{
    internal static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    public static Result<ReportDocument> Build(Evaluation evaluation, Framework framework, ScoreResult score, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(score);
        options ??= new ReportOptions();
        var template = options.Template is { } t ? Result<ReportTemplate>.Success(t) : ReportTemplates.For(framework.Settings.ReportTemplate, evaluation.Kind);
        if (!template.IsSuccess)
        {
            return Result<ReportDocument>.Failure(template.Errors);
        }

        var ctx = new ReportContext(evaluation, framework, score, options);
        var scoreFirst = options.ScoreFirst ?? framework.Settings.ReportScoreFirst;
        var outline = Outline(template.Value, scoreFirst);
        if (template.Value.Cover is { } cover)
        {
            ctx.Blocks.Add(Cover(cover, evaluation, options));
        }

        var level1 = 0;
        foreach (var section in outline)
        {
            if (section.Optional && !ReportParts.HasContent(ctx, section))
            {
                continue;
            }

            ctx.Blocks.Add(new HeadingBlock(1, Numerals[level1++] + "、" + section.Title));
            var level2 = 0;
            foreach (var child in section.Sections)
            {
                if (child.Optional && !ReportParts.HasContent(ctx, child))
                {
                    continue;
                }

                ctx.Blocks.Add(new HeadingBlock(2, "（" + Numerals[level2++] + "）" + child.Title));
                ReportParts.Render(ctx, child);
            }

            ReportParts.Render(ctx, section);
        }

        if (template.Value.Appendix && options.IncludeScoreTable)
        {
            ctx.Blocks.Add(new HeadingBlock(1, "附表：" + framework.Name));
            ctx.Blocks.Add(ScoreTable(ctx));
        }

        if (template.Value.Signature)
        {
            ctx.Blocks.Add(Signature(evaluation, options));
            if (evaluation.Date is null && !options.Final)
            {
                ctx.Notes.Add("评价文件未填写落款日期（date），报告暂用生成当天的日期");
            }
        }

        if (ctx.Errors.Count > 0)
        {
            return Result<ReportDocument>.Failure(ctx.Errors);
        }

        if (options.Final && ctx.Missing.Count > 0)
        {
            return Result<ReportDocument>.Failure(ctx.Missing.Select(FinalError).ToList());
        }

        var warnings = ctx.Missing.Select(Warning).Concat(ctx.Notes).ToList();
        return Result<ReportDocument>.Success(new ReportDocument(Title(evaluation), ctx.Blocks, warnings) { Missing = ctx.Missing, IsDraft = !options.Final });
    }

    /// <summary>The draft's warning for a missing item.</summary>
    public static string Warning(MissingItem m) => m.Path.StartsWith("framework:", StringComparison.Ordinal)
        ? m.What + "（草稿中照原样显示）"
        : $"缺少“{m.What}”（{m.Path}），已在报告中标注【待填写】";

    /// <summary>The error a final document gives for a missing item.</summary>
    public static DomainError FinalError(MissingItem m) => m.Path.StartsWith("framework:", StringComparison.Ordinal)
        ? new DomainError("report.framework-placeholder", m.Path, m.What)
        : new DomainError(m.Path.StartsWith("narrative.", StringComparison.Ordinal) ? "report.narrative-missing" : "report.missing", m.Path, $"终稿缺少必填内容：{m.What}");

    /// <summary>The outline in print order: with <paramref name="scoreFirst"/> the section holding the conclusion comes first as a level-1 section.</summary>
    private static IReadOnlyList<ReportSection> Outline(ReportTemplate template, bool scoreFirst)
    {
        if (!scoreFirst)
        {
            return template.Sections;
        }

        ReportSection? conclusion = null;
        var rest = new List<ReportSection>();
        foreach (var s in template.Sections)
        {
            if (s.Parts.Contains("conclusion"))
            {
                conclusion = s;
                continue;
            }

            var children = s.Sections.Where(c => !c.Parts.Contains("conclusion")).ToList();
            conclusion ??= s.Sections.FirstOrDefault(c => c.Parts.Contains("conclusion"));
            rest.Add(children.Count == s.Sections.Count ? s : s with { Sections = children });
        }

        return conclusion is null ? template.Sections : [conclusion with { Title = template.ScoreFirstTitle, Sections = [] }, .. rest];
    }

    /// <summary>e.g. 中共广州市花都区直属机关工作委员会2021年度部门整体支出绩效自评报告.</summary>
    public static string Title(Evaluation evaluation) => evaluation.Kind == EvaluationKind.Project
        ? $"{evaluation.ProjectName ?? evaluation.Unit}{evaluation.Year}年度项目支出绩效自评报告"
        : $"{evaluation.Unit}{evaluation.Year}年度部门整体支出绩效自评报告";

    /// <summary>The grade line with the chosen grade ticked: ☑优（90分≤得分≤100分） ☐良 ….</summary>
    public static string GradeLine(Framework framework, ScoreResult score) =>
        "评价等级：" + string.Join("　", framework.Grades.Bands.Select(b =>
            (score.Grade is { } g && g.Name == b.Name ? "☑" : "☐") + b.Name + "（" + b.Describe() + "）"));

    /// <summary>The composed sentences on spending (预算数、执行数、执行率; by function; by nature).</summary>
    public static IReadOnlyList<string> Finances(Evaluation evaluation, Framework framework)
    {
        var b = evaluation.Budget;
        var subject = "本" + (evaluation.Kind == EvaluationKind.Project ? "项目" : "部门");
        var sentences = new List<string>();
        var budget = BudgetBase(b, framework);
        if (budget is { } total && b.Executed is { } executed)
        {
            var initialPart = b.Initial is { } initial && b.Adjusted is { } adjusted && initial != adjusted
                ? $"年初预算数{Amount(initial)}万元，调整后预算数{Amount(adjusted)}万元"
                : $"预算数{Amount(total)}万元";
            var rate = total == 0m ? "—" : Rate(executed / total);
            sentences.Add($"{subject}{evaluation.Year}年{initialPart}，执行数{Amount(executed)}万元，完成预算的{rate}。");
        }
        else if (budget is { } onlyBudget)
        {
            sentences.Add($"{subject}{evaluation.Year}年预算数{Amount(onlyBudget)}万元。");
        }

        if (b.ByFunction.Count > 0)
        {
            sentences.Add("支出按功能分类：" + string.Join("；", b.ByFunction.Select(f => $"{f.Name}{Amount(f.Amount)}万元")) + "。");
        }

        var basic = b.Basic.Executed ?? b.Basic.Budget;
        var project = b.Project.Executed ?? b.Project.Budget;
        if (basic is not null || project is not null)
        {
            var parts = new List<string>();
            if (basic is { } bv)
            {
                parts.Add($"基本支出{Amount(bv)}万元");
            }

            if (project is { } pv)
            {
                parts.Add($"项目支出{Amount(pv)}万元");
            }

            sentences.Add("支出按支出性质分类：" + string.Join("，", parts) + "。");
        }

        var costs = new List<string>();
        if ((b.Personnel.Executed ?? b.Personnel.Budget) is { } personnel)
        {
            costs.Add($"人员经费{Amount(personnel)}万元");
        }

        if ((b.PublicExpense.Executed ?? b.PublicExpense.Budget) is { } pub)
        {
            costs.Add($"公用经费{Amount(pub)}万元");
        }

        if ((b.ThreePublic.Executed ?? b.ThreePublic.Budget) is { } three)
        {
            costs.Add($"“三公”经费{Amount(three)}万元");
        }

        if (costs.Count > 0)
        {
            sentences.Add("其中" + string.Join("，", costs) + "。");
        }

        return sentences;
    }

    /// <summary>The budget an execution rate divides by, as the framework says.</summary>
    public static decimal? BudgetBase(BudgetFigures b, Framework framework) =>
        framework.Settings.ExecutionBasis == BudgetBasis.Initial ? b.Initial ?? b.Adjusted : b.Adjusted ?? b.Initial;

    /// <summary>An amount in 万元 as the report prints it (2,322.60).</summary>
    public static string Amount(decimal value) => Money.FormatAmount(value);

    /// <summary>A score as the report prints it (98.10).</summary>
    public static string Points(decimal value) => Money.Format(value);

    /// <summary>A weight (分值) as the framework writes it (20, 0.5).</summary>
    public static string Weight(decimal value) => Money.FormatShort(value);

    /// <summary>A rate as the report prints it (96.16%).</summary>
    public static string Rate(decimal ratio) => Money.FormatPercent(ratio, 2);

    internal static string Date(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    internal static IEnumerable<ReportBlock> Conclusion(Evaluation evaluation, ScoreResult score)
    {
        var kind = evaluation.Kind == EvaluationKind.Project ? "项目支出" : "本部门整体支出";
        var grade = score.Grade is { } g ? $"，评价等级为“{g.Name}”" : string.Empty;
        yield return new ParagraphBlock($"{evaluation.Year}年度{kind}绩效自评得分{Points(score.Total)}分（满分{Weight(score.MaxTotal)}分）{grade}。");
        var roots = score.Indicators.Where(i => i.Level == 1).ToList();
        if (roots.Count > 0)
        {
            yield return new ParagraphBlock("其中" + string.Join("，", roots.Select(r =>
                $"{r.Name}得分{Points(r.Score)}分（满分{Weight(r.Weight)}分）")) + "。");
        }

        var lost = score.Indicators.Where(i => i.IsLeaf && !i.NotApplicable && i.Score < i.Weight).ToList();
        if (lost.Count > 0)
        {
            var text = new StringBuilder("失分指标：");
            text.AppendJoin("；", lost.Select(i =>
                $"{i.Name}得{Points(i.Score)}分（满分{Weight(i.Weight)}分）" +
                (string.IsNullOrWhiteSpace(i.Reason) ? string.Empty : "，原因：" + i.Reason!.Trim().TrimEnd('。'))));
            text.Append('。');
            yield return new ParagraphBlock(text.ToString());
        }

        if (score.ReviewTotal != score.Total)
        {
            var reviewGrade = score.ReviewGrade is { } rg ? $"，复核等级为“{rg.Name}”" : string.Empty;
            yield return new ParagraphBlock($"复核得分{Points(score.ReviewTotal)}分，扣{Points(score.Total - score.ReviewTotal)}分{reviewGrade}。");
        }
    }

    private static CoverBlock Cover(ReportCover cover, Evaluation e, ReportOptions options)
    {
        var fields = cover.Fields.Select(f => (f.Label, f.Text ?? f.Value switch
        {
            "unit" => e.Unit,
            "unitCode" => e.UnitCode ?? string.Empty,
            "department" => e.Department ?? string.Empty,
            "projectName" => e.ProjectName ?? string.Empty,
            "projectCode" => e.ProjectCode ?? string.Empty,
            "year" => e.Year.ToString(CultureInfo.InvariantCulture),
            "date" => Date(SigningDate(e, options)),
            _ => string.Empty,
        })).ToList();
        var title = cover.Title.Replace("{year}", e.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{unit}", e.Unit, StringComparison.Ordinal);
        return new CoverBlock(title, fields, cover.Issuer);
    }

    private static DateOnly SigningDate(Evaluation e, ReportOptions options) =>
        e.Date ?? DateOnly.FromDateTime(options.Clock.GetLocalNow().DateTime);

    private static SignatureBlock Signature(Evaluation e, ReportOptions options)
    {
        var unit = string.IsNullOrWhiteSpace(e.SigningUnit) ? e.Unit : e.SigningUnit!.Trim();
        var note = e.Date is null && !options.Final ? "【提示】评价文件未填写落款日期（date），暂用生成当天的日期。" : null;
        return new SignatureBlock(unit, Date(SigningDate(e, options)), note);
    }

    /// <summary>A framework row whose name the source lost: a final document refuses it, naming the row.</summary>
    public static MissingItem PlaceholderRow(Framework framework, ScoreRow row)
    {
        var where = row.Level2 is { } parent ? $"“{parent.Name}”下" : string.Empty;
        return new MissingItem("framework:" + row.Leaf.Code,
            $"评分表“{framework.Name}”（{framework.Id}）{where}指标 {row.Leaf.Code} 的名称缺失（现为“{row.Leaf.Name}”），须按原评分表补全名称后才能生成终稿");
    }

    /// <summary>The framework rows a final score table or report refuses (names the source lost).</summary>
    public static IReadOnlyList<MissingItem> PlaceholderRows(Framework framework, ScoreResult score) =>
        ScoreRows.Build(framework, score).Where(r => r.Leaf.NameIsPlaceholder).Select(r => PlaceholderRow(framework, r)).ToList();

    private static TableBlock ScoreTable(ReportContext ctx)
    {
        var (framework, score) = (ctx.Framework, ctx.Score);
        var rows = new List<IReadOnlyList<string?>>();
        IndicatorNode? lastL1 = null;
        IndicatorNode? lastL2 = null;
        foreach (var row in ScoreRows.Build(framework, score))
        {
            if (row.Leaf.NameIsPlaceholder)
            {
                ctx.Missing.Add(PlaceholderRow(framework, row));
            }

            var newL1 = !ReferenceEquals(row.Level1, lastL1);
            var newL2 = newL1 || !ReferenceEquals(row.Level2, lastL2);
            var reason = string.Join("；", new[] { row.Score?.Reason, row.Score?.Measure }
                .Where(s => !string.IsNullOrWhiteSpace(s) && s != "-")
                .Select(s => s!.Trim().TrimEnd('。', '；')));
            rows.Add([
                newL1 ? row.Level1.Name : null,
                newL1 ? Weight(row.Level1.Weight) : null,
                newL2 ? row.Level2?.Name ?? string.Empty : null,
                newL2 ? (row.Level2 is { } l2 ? Weight(l2.Weight) : string.Empty) : null,
                ScoreRows.DisplayName(row.Leaf),
                Weight(row.Leaf.Weight),
                row.Score is { NotApplicable: true } ? "不适用" : Points(row.LeafScore),
                reason,
            ]);
            lastL1 = row.Level1;
            lastL2 = row.Level2;
        }

        rows.Add(["总分", Weight(score.MaxTotal), string.Empty, string.Empty, string.Empty, string.Empty, Points(score.Total), string.Empty]);
        return new TableBlock(
            ctx.NextTable() + " " + framework.Name,
            ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", "未达标原因及改进措施"],
            rows,
            [3, 2, 3, 2, 6, 2, 2, 6])
        {
            BoldRows = new HashSet<int> { rows.Count - 1 },
            NumericColumns = new HashSet<int> { 1, 3, 5, 6 },
            Footer = GradeLine(framework, score),
        };
    }
}

/// <summary>What the parts of a report share while it is built: inputs, the blocks so far, the table counter, what is missing.</summary>
internal sealed class ReportContext(Evaluation evaluation, Framework framework, ScoreResult score, ReportOptions options)
{
    private int tables;

    public Evaluation Evaluation { get; } = evaluation;

    public Framework Framework { get; } = framework;

    public ScoreResult Score { get; } = score;

    public ReportOptions Options { get; } = options;

    public List<ReportBlock> Blocks { get; } = [];

    public List<MissingItem> Missing { get; } = [];

    /// <summary>Errors of the input the report cannot place (e.g. text for a sub-area the framework does not have).</summary>
    public List<DomainError> Errors { get; } = [];

    /// <summary>Notes for the person (not missing content), e.g. an assumed date.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>表1, 表2, … in print order: numbers only for tables that are printed, so they never jump.</summary>
    public string NextTable() => "表" + (++tables).ToString(CultureInfo.InvariantCulture);

    /// <summary>Records a missing item and adds its marker paragraph.</summary>
    public void Pending(string path, string what, string? narrativeField = null)
    {
        Missing.Add(new MissingItem(path, what));
        Blocks.Add(new ParagraphBlock(Markers.Pending + what, narrativeField, IsPlaceholder: true));
    }
}
