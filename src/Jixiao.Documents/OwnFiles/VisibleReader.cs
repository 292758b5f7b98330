using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Documents.Reports;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// Reads the visible content of our report or score table back into an evaluation and the figures it
/// states: unit, year and kind from the title; the framework by the names of its leaves in the score
/// table (一级指标 … 三级指标 | 分值 | 得分 | 未达标原因/改进措施), each leaf's score as a stated score with
/// its reason and measure; the 总分 row and the ticked grade; budget figures from the 预算数/执行数 table
/// or the 总预算/执行数 block; narrative sections under their headings. Columns and rows are found by
/// their header and row names, not by position, so a re-saved or re-flowed document reads the same.
/// Nothing is invented: what the document does not show stays empty.
/// </summary>
internal static partial class VisibleReader
{
    /// <summary>True when the content is one of ours: made by Jixiao, or titled like our documents and holding our score table.</summary>
    public static bool IsOurs(VisibleContent content) =>
        string.Equals(content.Creator?.Trim(), "Jixiao", StringComparison.Ordinal)
        || (content.Title is { } t && TitlePattern().IsMatch(t) && ScoreTable(content) is not null);

    public static OwnFileReadBack? Read(VisibleContent content, string source)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var notes = new List<string>();
        var (unit, year, kind, project) = Title(content);
        if (unit is not null)
        {
            sources["unit"] = $"{content.Medium}：标题“{content.Title}”";
        }

        // Score table → framework, leaf scores, reasons, total, grade.
        var table = ScoreTable(content);
        var rows = new List<(string Name, decimal Weight, string Score, string Reason, string Measure, int Index)>();
        decimal? total = null, totalWeight = null;
        if (table is not null)
        {
            var name = table.Column("三级指标");
            var weight = table.Column("分值", name + 1);
            var score = table.Column("得分");
            var reason = table.Column("原因");
            var measure = table.Column("改进措施");
            for (var i = 0; i < table.Rows.Count; i++)
            {
                var row = table.Rows[i];
                var first = CellText.Key(VisibleTable.Cell(row, 0));
                if (first is "总分" or "合计" or "总计")
                {
                    total = Number(VisibleTable.Cell(row, score));
                    totalWeight = Number(VisibleTable.Cell(row, 1)) ?? row.Select(Number).FirstOrDefault(n => n is not null);
                    continue;
                }

                var leafName = CellText.Key(VisibleTable.Cell(row, name));
                if (leafName.Length == 0 || Number(VisibleTable.Cell(row, weight)) is not { } w)
                {
                    continue;
                }

                rows.Add((leafName, w, VisibleTable.Cell(row, score).Trim(), Clean(VisibleTable.Cell(row, reason)), Clean(measure >= 0 ? VisibleTable.Cell(row, measure) : string.Empty), i));
            }
        }
        else
        {
            notes.Add($"{content.Medium}中未找到评分表（表头含“三级指标”“得分”），未读取各指标得分");
        }

        var framework = Framework(rows.Select(r => r.Name).ToList(), kind);
        var inputs = new Dictionary<string, LeafInput>(StringComparer.Ordinal);
        var statedRows = new List<StatedScoreRow>();
        if (framework is not null)
        {
            var leaves = framework.Leaves().ToList();
            var next = 0;
            foreach (var r in rows)
            {
                // In table order: the next leaf of that name (names may repeat under different parents).
                var at = leaves.FindIndex(next, l => CellText.Key(ScoreRows.DisplayName(l)) == r.Name || CellText.Key(l.Name) == r.Name);
                if (at < 0)
                {
                    notes.Add($"评分表中“{r.Name}”不是评分表 {framework.Id} 的末级指标，未读取");
                    continue;
                }

                next = at + 1;
                var leaf = leaves[at];
                var path = $"stated.scoreRows[{statedRows.Count.ToString(CultureInfo.InvariantCulture)}]";
                var notApplicable = CellText.Key(r.Score) == "不适用";
                var value = Number(r.Score);
                statedRows.Add(new StatedScoreRow(leaf.Name, r.Weight, notApplicable ? null : value, path) { LeafCode = leaf.Code });
                sources[path] = $"{content.Medium}：{table!.Where} 评分表“{r.Name}”行";
                inputs[leaf.Code] = new LeafInput
                {
                    NotApplicable = notApplicable,
                    Score = notApplicable ? null : value,
                    Reason = Empty(r.Reason),
                    Measure = Empty(r.Measure),
                };
            }
        }
        else if (rows.Count > 0)
        {
            notes.Add("评分表的指标名称与内置评分表都对不上，未能确定评分表");
        }

        if (total is not null)
        {
            sources["stated.totalScore"] = $"{content.Medium}：{table!.Where} 评分表“总分”行";
        }

        var grade = Grade(content);
        if (grade is not null)
        {
            sources["stated.grade"] = $"{content.Medium}：评价等级“{grade}”";
        }

        var budget = Budget(content, framework, sources, notes);
        var narrative = Narrative(content, kind);
        if (unit is null && year is null && table is null)
        {
            return null;
        }

        var evaluation = new Evaluation
        {
            Unit = unit ?? string.Empty,
            Year = year ?? 0,
            Kind = kind,
            ProjectName = project,
            FrameworkId = framework?.Id ?? string.Empty,
            Budget = budget,
            Inputs = inputs,
            Narrative = narrative,
        };
        return new OwnFileReadBack
        {
            Evaluation = evaluation,
            Stated = new StatedFigures { TotalScore = total, Grade = grade, TotalWeight = totalWeight, ScoreRows = statedRows },
            Sources = sources,
            Source = source,
            Notes = notes,
            Title = content.Title,
            Visible = content,
        };
    }

    private static (string? Unit, int? Year, EvaluationKind Kind, string? Project) Title(VisibleContent content)
    {
        var title = CellText.Key(content.Title);
        if (title.Length == 0)
        {
            // No title property: the first lines, up to the first heading.
            title = CellText.Key(string.Concat(content.Lines.Where(l => l.Trim().Length > 0).Take(3)));
        }

        var m = TitlePattern().Match(title);
        if (!m.Success)
        {
            return (null, null, EvaluationKind.Department, null);
        }

        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var isProject = m.Groups["kind"].Value.StartsWith("项目", StringComparison.Ordinal);
        var head = m.Groups["unit"].Value;
        return isProject
            ? (KeyValue(content, "部门名称"), year, EvaluationKind.Project, head)
            : (head, year, EvaluationKind.Department, null);
    }

    private static VisibleTable? ScoreTable(VisibleContent content) =>
        content.Tables.Where(t => t.Column("三级指标") >= 0 && t.Column("得分") >= 0 && t.Column("分值") >= 0).ToList() is { Count: > 0 } list
            ? new VisibleTable(list[0].Header, [.. list.SelectMany(t => t.Rows)], list.Count == 1 ? list[0].Where : $"{list[0].Where}起")
            : null;

    /// <summary>The built-in framework of this kind whose leaf names the table's rows match best (at least half of them).</summary>
    private static Framework? Framework(List<string> names, EvaluationKind kind)
    {
        if (names.Count == 0)
        {
            return null;
        }

        var best = FrameworkCatalog.BuiltIn
            .Where(f => f.Kind == kind)
            .Select(f => (Framework: f, Hits: names.Count(n => f.Leaves().Any(l => CellText.Key(ScoreRows.DisplayName(l)) == n || CellText.Key(l.Name) == n))))
            .OrderByDescending(x => x.Hits)
            .FirstOrDefault();
        return best.Framework is not null && best.Hits * 2 >= names.Count ? best.Framework : null;
    }

    private static string? Grade(VisibleContent content)
    {
        foreach (var text in content.Lines.Concat(content.Tables.SelectMany(t => t.Rows.SelectMany(r => r))))
        {
            if (TickedGrade().Match(text) is { Success: true } m)
            {
                return m.Groups["g"].Value;
            }
        }

        foreach (var text in content.Lines)
        {
            if (GradeSentence().Match(CellText.Key(text)) is { Success: true } m)
            {
                return m.Groups["g"].Value;
            }
        }

        return null;
    }

    private static BudgetFigures Budget(VisibleContent content, Framework? framework, Dictionary<string, string> sources, List<string> notes)
    {
        var initialBasis = framework?.Settings.ExecutionBasis == BudgetBasis.Initial;
        var b = new BudgetFigures();
        var table = content.Tables.FirstOrDefault(t => t.Column("预算数") >= 0 && t.Column("执行数") >= 0);
        if (table is not null)
        {
            var bc = table.Column("预算数");
            var ec = table.Column("执行数");
            var rc = table.Column("执行率");
            var byFunction = new List<NamedAmount>();
            foreach (var row in table.Rows)
            {
                var name = CellText.Key(VisibleTable.Cell(row, 0)).Replace("其中：", string.Empty, StringComparison.Ordinal).Replace("其中:", string.Empty, StringComparison.Ordinal);
                var line = new BudgetLine(Number(VisibleTable.Cell(row, bc)), Number(VisibleTable.Cell(row, ec)));
                var where = $"{content.Medium}：{table.Where} 预算表“{name}”行";
                switch (name)
                {
                    case "合计":
                        b = initialBasis ? b with { Initial = line.Budget } : b with { Adjusted = line.Budget };
                        b = b with { Executed = line.Executed, StatedRatePercent = Number(VisibleTable.Cell(row, rc)) };
                        sources[initialBasis ? "budget.initial" : "budget.adjusted"] = where;
                        sources["budget.executed"] = where;
                        sources["budget.statedRatePercent"] = where;
                        break;
                    case "基本支出":
                        b = b with { Basic = line };
                        sources["budget.basic.executed"] = where;
                        break;
                    case "人员经费":
                        b = b with { Personnel = line };
                        break;
                    case "公用经费":
                        b = b with { PublicExpense = line };
                        break;
                    case "项目支出":
                        b = b with { Project = line };
                        sources["budget.project.executed"] = where;
                        break;
                    case "“三公”经费" or "\"三公\"经费" or "三公经费":
                        b = b with { ThreePublic = line };
                        break;
                    case "政府采购":
                        b = b with { Procurement = line };
                        break;
                    default:
                        if (line.Budget is null && line.Executed is { } amount && name.Length > 0)
                        {
                            byFunction.Add(new NamedAmount(name, amount));
                        }

                        break;
                }
            }

            return b with { ByFunction = byFunction };
        }

        // The score table's budget block: labels with their values under them. A value printed as “###” (the column
        // is too narrow for it) cannot be read and says so.
        foreach (var (label, value) in content.KeyValues.Where(kv => kv.Value.Trim().StartsWith("##", StringComparison.Ordinal)))
        {
            notes.Add($"{content.Medium}中“{label}”显示为“{value.Trim()}”（列宽不足，数字未显示），未读取");
        }

        decimal? Kv(string label) => KeyValue(content, label) is { } v ? Number(v) : null;
        var total = Kv("总预算") ?? Kv("全年预算") ?? Kv("调整后预算");
        b = initialBasis ? b with { Initial = Kv("年初预算") ?? total } : b with { Adjusted = total, Initial = Kv("年初预算") };
        b = b with
        {
            Executed = Kv("执行数"),
            StatedRatePercent = Kv("预算执行率"),
            Basic = new BudgetLine(Kv("基本支出"), null),
            Project = new BudgetLine(Kv("项目支出"), null),
        };
        if (total is not null)
        {
            sources[initialBasis ? "budget.initial" : "budget.adjusted"] = $"{content.Medium}：预算栏“总预算”";
        }

        return b;
    }

    private static string? KeyValue(VisibleContent content, string label) =>
        content.KeyValues.Where(kv => kv.Label == label).Select(kv => kv.Value.Trim()).FirstOrDefault(v => v.Length > 0);

    /// <summary>Narrative sections under their headings (numbering stripped); placeholder lines read as empty.</summary>
    private static Narrative Narrative(VisibleContent content, EvaluationKind kind)
    {
        var texts = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        StringBuilder? current = null;
        var fromPdf = content.Medium.StartsWith("PDF", StringComparison.Ordinal);
        foreach (var raw in content.Lines)
        {
            var line = fromPdf ? CjkSpaces().Replace(raw.Trim(), string.Empty) : raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var heading = Heading().Match(line);
            var title = CellText.Key(heading.Success ? line[heading.Length..] : line);
            var field = NarrativeFields.All.FirstOrDefault(f => f.Title == title)
                ?? (title is "项目概况" && kind == EvaluationKind.Project ? NarrativeFields.Overview : null)
                ?? (title.EndsWith("整体收支情况", StringComparison.Ordinal) ? NarrativeFields.Finances : null)
                ?? (title.EndsWith("整体绩效管理情况", StringComparison.Ordinal) ? NarrativeFields.Management : null);
            if (field is not null && (heading.Success || line.Length <= 24))
            {
                texts[field.Key] = current = new StringBuilder();
                continue;
            }

            if (heading.Success || Caption().IsMatch(line) || line.StartsWith("附表", StringComparison.Ordinal))
            {
                current = null;
                continue;
            }

            if (current is null || NarrativeFields.IsPlaceholder(line))
            {
                continue;
            }

            if (current.Length > 0 && (!fromPdf || current[^1] is '。' or '！' or '？' or '；' or '：'))
            {
                current.Append('\n');
            }

            current.Append(line);
        }

        string? Get(NarrativeField f) => texts.TryGetValue(f.Key, out var sb) && sb.ToString().Trim() is { Length: > 0 } t ? t : null;
        return new Narrative
        {
            Overview = Get(NarrativeFields.Overview),
            Tasks = Get(NarrativeFields.Tasks),
            Finances = Get(NarrativeFields.Finances),
            Management = Get(NarrativeFields.Management),
            GoalAnalysis = Get(NarrativeFields.GoalAnalysis),
            ProjectAnalysis = Get(NarrativeFields.ProjectAnalysis),
            Achievements = Get(NarrativeFields.Achievements),
            Problems = Get(NarrativeFields.Problems),
            Measures = Get(NarrativeFields.Measures),
            Other = Get(NarrativeFields.Other),
        };
    }

    /// <summary>A number as shown: "99", "99.00", "1,297.59", "96.2%", full-width digits; “—” and text are null.</summary>
    internal static decimal? Number(string? text) => CellText.TryNumber(text, out var v, out _) ? v : null;

    private static string Clean(string text) => CellText.Normalize(text).Replace("\n", string.Empty, StringComparison.Ordinal);

    private static string? Empty(string text) => string.IsNullOrWhiteSpace(text) || text.Trim() is "-" or "—" or "/" ? null : text.Trim();

    [GeneratedRegex(@"^(?<unit>.+?)(?<year>(?:19|20)\d{2})年度?(?<kind>(?:部门整体|项目)支出绩效自评(?:报告|表|指标评分表))$")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"☑\s*(?<g>优|良|中|差)")]
    private static partial Regex TickedGrade();

    [GeneratedRegex(@"评价等级(?:为|是|:|：)[“""]?(?<g>优|良|中|差)")]
    private static partial Regex GradeSentence();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^表\s*\d+\s")]
    private static partial Regex Caption();

    /// <summary>The space pdftotext puts between CJK and Latin characters (“2022 年度”).</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff，。；：（）“”])\s(?=[0-9A-Za-z.%])|(?<=[0-9A-Za-z.%])\s(?=[\u4e00-\u9fff，。；：（）“”])")]
    private static partial Regex CjkSpaces();
}
