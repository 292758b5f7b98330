using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Reports;
using Jixiao.Documents.Word;
using Jixiao.Domain;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Goals;

/// <summary>
/// 绩效目标表 as DOCX (and, through LibreOffice, PDF): the header fields, funds, schedule, goals and the indicator
/// table(s), with the report's fonts and table style.
/// </summary>
public static class GoalTableDocx
{
    public static byte[] ToBytes(GoalDeclaration d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            CoreProperties.Add(package, GoalTableXlsx.Title(d), new DateTime(d.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
            var main = package.AddMainDocumentPart();
            WordStyles.AddTo(main);
            var body = new Body();
            body.Append(DocxReportWriter.Para(GoalTableXlsx.Title(d), WordStyles.Title));
            foreach (var table in Tables(d))
            {
                body.Append(DocxReportWriter.Para(table.Caption, WordStyles.Caption));
                body.Append(DocxReportWriter.Table(table));
                body.Append(DocxReportWriter.Para(string.Empty, WordStyles.TableText));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1587U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        using var output = new MemoryStream();
        DeterministicZip.Normalize(buffer, output);
        return output.ToArray();
    }

    /// <summary>The document's tables (also what a test reads back).</summary>
    public static IReadOnlyList<TableBlock> Tables(GoalDeclaration d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var info = new List<IReadOnlyList<string?>>
        {
            Pair("单位名称", d.Unit), Pair("主管部门", d.Department), Pair("功能分类", Join(d.FunctionClass, d.FunctionSection)), Pair("资金用途", d.FundUse),
        };
        if (d.Project is { } p)
        {
            info.Add(Pair("项目名称", p.Name));
            info.Add(Pair("项目编码", p.Code));
            info.Add(Pair("项目类型", p.Status?.Name()));
            info.Add(Pair("实施单位", p.Implementer));
            info.Add(Pair("项目负责人", p.Manager));
            info.Add(Pair("项目期限", $"{Date(p.Start)} 至 {Date(p.End)}"));
            info.Add(Pair("立项依据", p.Basis));
            info.Add(Pair("可行性", p.Feasibility));
            info.Add(Pair("必要性", p.Necessity));
        }
        else
        {
            info.Add(Pair("部门职责", d.Duties));
        }

        var total = d.Funds.Sum(f => f.Amount);
        info.Add(Pair("资金来源（万元）", d.Funds.Count == 0 ? null : $"合计 {Money.FormatShort(total)}：" + string.Join("；", d.Funds.Select(f => $"{f.Name} {Money.FormatShort(f.Amount)}"))));
        if (d.LongTerm is { } lt)
        {
            info.Add(Pair("中长期绩效目标", lt.Text));
        }

        info.Add(Pair(d.Kind == EvaluationKind.Department ? "年度总体目标" : "年度绩效目标", d.Annual.Text));
        var tables = new List<TableBlock> { new("基本情况", ["项目", "内容"], info, [1, 4]) };
        if (d.Project is { Schedule.Count: > 0 } project)
        {
            tables.Add(new TableBlock("实施进度计划", ["实施内容", "开始时间", "结束时间"], [.. project.Schedule.Select(s => (IReadOnlyList<string?>)[s.Content, Date(s.Start), Date(s.End)])], [4, 1, 1]));
        }

        tables.Add(Indicators("年度绩效指标", d.Annual.Indicators));
        if (d.LongTerm is { Indicators.Count: > 0 } longTerm)
        {
            tables.Add(Indicators("中长期绩效指标", longTerm.Indicators));
        }

        return tables;
    }

    private static TableBlock Indicators(string caption, IReadOnlyList<DeclaredIndicator> rows) => new(
        caption,
        ["一级指标", "二级指标", "三级指标", "指标值", "单位", "指标解释", "评(扣)分标准", "设定依据"],
        [.. rows.Select(r => (IReadOnlyList<string?>)
        [
            r.Level1, r.Level2, r.Name,
            r.IsQualitative ? r.TargetText ?? "定性" : (r.Operator?.Symbol() ?? string.Empty) + (r.Target is { } t ? Money.FormatShort(t) : r.TargetText ?? string.Empty),
            r.Unit ?? string.Empty, r.Explanation ?? string.Empty, r.ScoringStandard ?? string.Empty,
            r.Standard is { } s ? s.Name() + (r.StandardValue is { } sv ? " " + Money.FormatShort(sv) : string.Empty) : string.Empty,
        ])],
        [2, 2, 4, 2, 1, 4, 3, 2]) { NumericColumns = new HashSet<int> { 3, 4 } };

    private static IReadOnlyList<string?> Pair(string label, string? value) => [label, value ?? string.Empty];

    private static string? Join(string? a, string? b) => a is null && b is null ? null : $"{a}／{b}";

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
