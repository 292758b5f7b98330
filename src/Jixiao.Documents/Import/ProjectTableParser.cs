using System.Text.RegularExpressions;
using Jixiao.Documents.Reading;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Import;

/// <summary>
/// Parses the indicator rows, goals and closing cells of 项目支出绩效自评表 (cells flattened to
/// <c>cell |</c> lines, one per line or one row per line, or space-separated rows). Unit, year,
/// project, budget block, totals and fund sources come from the generic reader of the vocabulary
/// (<see cref="DocumentReader"/>); the framework from the vocabulary's frameworkCues.
/// </summary>
internal static partial class ProjectTableParser
{
    /// <summary>A cell with its line; <see cref="RowEnd"/> marks the last cell of a row when rows are known.</summary>
    private sealed record Cell(string Text, TextLine Line, bool RowEnd);

    /// <summary>Level-1 class names of the vocabulary (level1Names), for the duration of one parse.</summary>
    [ThreadStatic]
    private static IReadOnlyList<string>? level1Names;

    private static IReadOnlyList<string> Level1Names => level1Names ?? VocabularyCatalog.BuiltIn.Level1Names;

    public static ImportedDocument Parse(DocumentKind kind, List<TextLine> lines, ReadingVocabulary vocabulary)
    {
        var b = new DocBuilder();
        level1Names = vocabulary.Level1Names;
        var ix = VocabularyIndex.Of(vocabulary);
        DocumentReader.Read(kind, lines, b, vocabulary);
        var nonEmpty = lines.Where(l => l.Text.Trim().Length > 0).ToList();
        var piped = nonEmpty.Count(l => l.Text.Contains('|', StringComparison.Ordinal));
        if (nonEmpty.Count > 0 && piped * 3 >= nonEmpty.Count)
        {
            ParseCells(ToCells(lines), b);
        }
        else
        {
            ParseRows(lines, b);
        }

        if (!PublishedImporter.HasTitle(lines, ix))
        {
            b.Truncated = true;
            b.TruncatedNote = $"第 {lines[0].Number} 行起的表格没有标题，是从中途开始的片段";
        }

        // The framework by the table's own marks (reading/tables.yaml frameworkCues), never by a region's name.
        var folded = VocabularyLoader.Fold(string.Concat(lines.Where(l => !l.Chrome).Select(l => l.Text)));
        foreach (var cue in vocabulary.FrameworkCues)
        {
            if (cue.Cues.FirstOrDefault(c => folded.Contains(c, StringComparison.Ordinal)) is { } found)
            {
                b.FrameworkId = cue.Framework;
                b.Infer("frameworkId", $"表中有“{found}”：按表样（{cue.Note}）对应到 {cue.Framework}");
                break;
            }
        }

        var expected = new List<(string, string, bool)>
        {
            ("unit", "未找到实施单位", b.Unit is not null),
            ("year", "未找到年度", b.Year is not null),
            ("projectName", "未找到项目名称", b.ProjectName is not null),
            ("department", "未找到主管部门", b.Department is not null),
            ("budget.initial", "未找到年初预算数", b.Initial is not null),
            ("budget.adjusted", "未找到调整后（全年）预算数", b.Adjusted is not null),
            ("budget.executed", "未找到预算执行数", b.Executed is not null),
            ("budget.statedRatePercent", "未找到预算执行率", b.StatedRate is not null),
            ("stated.executionScore", "未写预算执行得分", b.ExecutionScore is not null),
            ("overallGoal", "未找到年度目标", b.OverallGoal is not null),
            ("goalCompletion", "未找到年度目标完成情况", b.GoalCompletion is not null),
            ("goals", "未找到绩效指标", b.Goals.Count > 0),
            ("stated.totalScore", "未写自评总分", b.TotalScore is not null),
            ("narrative.problems", "未写存在问题", b.Narrative.ContainsKey("problems")),
            ("narrative.measures", "未写改进措施", b.Narrative.ContainsKey("measures")),
        };
        return b.Build(kind, lines[0].Number, lines[^1].Number, expected);
    }

    // ---------------------------------------------------------------- cells (Sichuan, `|`)

    private static List<Cell> ToCells(List<TextLine> lines)
    {
        var cells = new List<Cell>();
        foreach (var line in lines)
        {
            var t = line.Text;
            if (t.Trim().Length == 0)
            {
                continue;
            }

            if (!t.Contains('|', StringComparison.Ordinal))
            {
                cells.Add(new Cell(t.Trim(), line, false));
                continue;
            }

            var parts = t.Split('|').Select(p => p.Trim()).ToList();
            if (parts.Count > 0 && parts[^1].Length == 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }

            if (parts.Count <= 1)
            {
                cells.Add(new Cell(parts.Count == 1 ? parts[0] : string.Empty, line, false));
                continue;
            }

            while (parts.Count > 1 && parts[^1].Length == 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }

            for (var i = 0; i < parts.Count; i++)
            {
                cells.Add(new Cell(parts[i], line, i == parts.Count - 1));
            }
        }

        return cells;
    }

    private static void ParseCells(List<Cell> cells, DocBuilder b)
    {
        var inIndicators = false;
        string? level1 = null;
        string? level2 = null;
        var sawTotal = false;
        var sawSignature = false;
        for (var i = 0; i < cells.Count; i++)
        {
            var c = TextNormalizer.Compact(cells[i].Text);
            switch (c)
            {
                case "年度目标完成情况":
                    {
                        var values = NextValues(cells, i, 2);
                        if (values.Count > 0 && !TextNormalizer.IsPlaceholder(values[0].Text))
                        {
                            b.OverallGoal = values[0].Text;
                            b.Source("overallGoal", values[0].Line);
                        }

                        if (values.Count > 1 && !TextNormalizer.IsPlaceholder(values[1].Text) && !values[1].Text.StartsWith("2.", StringComparison.Ordinal))
                        {
                            b.GoalCompletion = values[1].Text;
                            b.Source("goalCompletion", values[1].Line);
                        }

                        continue;
                    }

                case "2.项目实施内容及过程概述":
                    if (i + 1 < cells.Count && cells[i + 1].Line.Number == cells[i].Line.Number && !TextNormalizer.IsPlaceholder(cells[i + 1].Text))
                    {
                        b.Narrative["tasks"] = cells[i + 1].Text;
                        b.Source("narrative.tasks", cells[i + 1].Line);
                    }

                    continue;
                case "合计":
                    sawTotal = true;
                    inIndicators = false;
                    continue;

                case "评价结论":
                    // The conclusion (自评结论) is no narrative section of its own (not 主要成效).
                    continue;
                case "存在问题" or "改进措施":
                    {
                        var key = c == "存在问题" ? "problems" : "measures";
                        if (Next(cells, i) is { } v && !IsLabel(v.Text) && !TextNormalizer.IsPlaceholder(v.Text))
                        {
                            b.Narrative[key] = v.Text;
                            b.Source("narrative." + key, v.Line);
                        }

                        continue;
                    }

                default:
                    break;
            }

            if (c.StartsWith("项目负责人", StringComparison.Ordinal) || c.StartsWith("财务负责人", StringComparison.Ordinal))
            {
                sawSignature = true;
                continue;
            }

            if (c.StartsWith("绩效指标(", StringComparison.Ordinal) || c == "未完成原因分析")
            {
                inIndicators = true;
                continue;
            }

            if (inIndicators && Operator(c) is { } op)
            {
                // Row: [一级] [二级] 三级 性质 指标值 单位 完成值 权重 得分 原因.
                var nameCell = i >= 1 ? cells[i - 1] : null;
                if (i >= 2 && IsLevel2(cells[i - 2].Text))
                {
                    level2 = TextNormalizer.Compact(cells[i - 2].Text);
                    if (i >= 3 && IsLevel1(cells[i - 3].Text))
                    {
                        level1 = TextNormalizer.Compact(cells[i - 3].Text);
                    }
                }

                var values = RowAfter(cells, i, 6, stopAtOperator: true);
                AddGoal(b, level1, level2, nameCell, op, cells[i], values);
            }
        }

        if (!sawTotal && !sawSignature)
        {
            b.Truncated = true;
            b.TruncatedNote = $"表格在第 {cells.LastOrDefault()?.Line.Number ?? 0} 行中途结束（没有“合计”和签名行）";
        }
    }

    private static string StripCode(string text)
    {
        var m = LeadingCode().Match(text.Trim());
        return m.Success ? m.Groups["name"].Value : text.Trim();
    }

    private static bool IsLabel(string text)
    {
        var c = TextNormalizer.Compact(text);
        return c is "主管部门" or "实施单位" or "实施单位(盖章)" or "项目基本情况" or "项目名称" or "评价结论" or "存在问题" or "改进措施" or "合计"
            || c.StartsWith("项目负责人", StringComparison.Ordinal) || c.StartsWith("1.项目年度目标", StringComparison.Ordinal);
    }

    private static Cell? Next(List<Cell> cells, int i)
    {
        for (var j = i + 1; j < cells.Count && j <= i + 2; j++)
        {
            if (cells[j].Text.Length > 0)
            {
                return cells[j];
            }
        }

        return null;
    }

    private static List<Cell> NextValues(List<Cell> cells, int i, int count)
    {
        var result = new List<Cell>();
        for (var j = i + 1; j < cells.Count && result.Count < count && j <= i + count + 3; j++)
        {
            if (cells[j].Text.Length > 0)
            {
                result.Add(cells[j]);
            }
        }

        return result;
    }

    /// <summary>The next <paramref name="count"/> cells of a row (empty cells kept), stopping at a row end.</summary>
    private static List<Cell> RowAfter(List<Cell> cells, int i, int count, bool stopAtOperator = false)
    {
        var result = new List<Cell>();
        if (cells[i].RowEnd)
        {
            return result;
        }

        for (var j = i + 1; j < cells.Count && result.Count < count; j++)
        {
            if (stopAtOperator && Operator(TextNormalizer.Compact(cells[j].Text)) is not null)
            {
                // The next row's operator: drop its name (and class cells) from this row.
                while (result.Count > 0 && (IsLevel1(result[^1].Text) || IsLevel2(result[^1].Text) || result.Count > 0 && result[^1] == cells[j - 1]))
                {
                    result.RemoveAt(result.Count - 1);
                    if (result.Count == 0 || !(IsLevel1(result[^1].Text) || IsLevel2(result[^1].Text)))
                    {
                        break;
                    }
                }

                break;
            }

            var c = TextNormalizer.Compact(cells[j].Text);
            if (c is "合计" || IsLevel1(c))
            {
                break;
            }

            result.Add(cells[j]);
            if (cells[j].RowEnd)
            {
                break;
            }
        }

        return result;
    }

    private static void AddGoal(DocBuilder b, string? level1, string? level2, Cell? nameCell, IndicatorOperator op, Cell opCell, List<Cell> values)
    {
        var k = b.Goals.Count;
        var path = $"goals[{k}]";
        string? Text(int idx) => idx < values.Count && values[idx].Text.Length > 0 && values[idx].Text != "/" ? values[idx].Text : null;
        var targetText = Text(0);
        var unit = Text(1);
        var actualText = Text(2);
        var weightText = Text(3);
        var scoreText = Text(4);
        var reason = Text(5);

        decimal? target = NumberText.TryParseCell(targetText, out var t) ? t.Value : null;
        decimal? actual = NumberText.TryParseCell(actualText, out var a) ? a.Value : null;
        decimal? weight = NumberText.TryParseCell(weightText, out var w) ? w.Value : null;
        decimal? score = NumberText.TryParseCell(scoreText, out var s) ? s.Value : null;
        if (t.Approximate)
        {
            b.Approx(path + ".target");
        }

        if (a.Approximate)
        {
            b.Approx(path + ".actual");
        }

        var l1 = level1 ?? InferLevel1(level2);
        if (level1 is null)
        {
            b.Infer(path + ".level1", l1.Length > 0 ? $"一级指标未写出，由二级指标“{level2}”推断为“{l1}”" : "一级指标未写出");
        }

        b.Goals.Add(new GoalIndicator
        {
            Level1 = l1,
            Level2 = level2 ?? string.Empty,
            Name = nameCell is null ? string.Empty : TextNormalizer.JoinCjk(nameCell.Text),
            Operator = op,
            Target = op == IndicatorOperator.Qualitative ? null : target,
            TargetText = targetText,
            Unit = unit,
            Actual = actual,
            ActualText = actual is null ? actualText : (a.Approximate ? actualText : null),
            Weight = weight ?? 0m,
            Score = score,
            Reason = reason is not null && !TextNormalizer.IsPlaceholder(reason) ? reason : null,
            Answer = actual is null && DomainText.TryParseAnswer(actualText, out var ans) ? ans : null,
        });
        b.Source(path, nameCell?.Line ?? opCell.Line);
        b.Source(path + ".operator", opCell.Line);
        if (targetText is null)
        {
            b.Miss(path + ".target", "指标值缺失");
        }

        if (actualText is null)
        {
            b.Miss(path + ".actual", "完成值缺失");
        }

        if (weight is null)
        {
            b.Miss(path + ".weight", "权重缺失");
        }

        if (score is null)
        {
            b.Miss(path + ".score", "得分缺失");
        }
    }

    private static IndicatorOperator? Operator(string c) => c switch
    {
        "=" or "＝" => IndicatorOperator.EqualTo,
        "≥" or ">=" => IndicatorOperator.AtLeast,
        "≤" or "<=" => IndicatorOperator.AtMost,
        ">" => IndicatorOperator.MoreThan,
        "<" => IndicatorOperator.LessThan,
        "定性" => IndicatorOperator.Qualitative,
        _ => null,
    };

    private static bool IsLevel1(string text) => Level1Names.Contains(TextNormalizer.Compact(Level1Weight().Replace(text, string.Empty)), StringComparer.Ordinal);

    private static bool IsLevel2(string text)
    {
        var c = TextNormalizer.Compact(text);
        return c.Length is >= 3 and <= 14 && c.EndsWith("指标", StringComparison.Ordinal) && !IsLevel1(c) && !c.StartsWith("绩效", StringComparison.Ordinal) && !c.Contains("级指标", StringComparison.Ordinal);
    }

    /// <summary>一级 class from the 二级 class (DOMAIN §4 table); "" when unknown.</summary>
    private static string InferLevel1(string? level2)
    {
        var l = level2 ?? string.Empty;
        if (l.Contains("满意", StringComparison.Ordinal))
        {
            return "满意度指标";
        }

        if (l.Contains("效益", StringComparison.Ordinal) || l.Contains("可持续", StringComparison.Ordinal))
        {
            return "效益指标";
        }

        if (l.Contains("经济成本", StringComparison.Ordinal) || l.Contains("社会成本", StringComparison.Ordinal) || l.Contains("生态环境成本", StringComparison.Ordinal))
        {
            return "成本指标";
        }

        if (l.Contains("数量", StringComparison.Ordinal) || l.Contains("质量", StringComparison.Ordinal) || l.Contains("时效", StringComparison.Ordinal) || l.Contains("成本", StringComparison.Ordinal))
        {
            return "产出指标";
        }

        return string.Empty;
    }

    // ---------------------------------------------------------------- rows (national, spaces)

    private static void ParseRows(List<TextLine> lines, DocBuilder b)
    {
        var inIndicators = false;
        string? level1 = null;
        string? level2 = null;
        var pendingL2 = string.Empty;
        var sawTotal = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var t = line.Text.Trim();
            if (t.Length == 0 || Metadata().IsMatch(t))
            {
                continue;
            }

            var c = TextNormalizer.Compact(t);
            if (c.Contains("truncated", StringComparison.OrdinalIgnoreCase))
            {
                b.Truncated = true;
                b.TruncatedNote = $"第 {line.Number} 行注明文本被截断";
                break;
            }

            if (c.StartsWith("年度总体目标", StringComparison.Ordinal) && c.Contains("实际完成情况", StringComparison.Ordinal))
            {
                ReadGoalPair(lines, i, b);
                continue;
            }

            if (c.Contains("三级指标", StringComparison.Ordinal))
            {
                inIndicators = true;
                continue;
            }

            if (!inIndicators)
            {
                continue;
            }

            if (c.StartsWith("总分", StringComparison.Ordinal) || c.StartsWith("合计", StringComparison.Ordinal))
            {
                sawTotal = true;
                inIndicators = false;
                continue;
            }

            if (c.StartsWith("注:", StringComparison.Ordinal) || c.StartsWith("指标", StringComparison.Ordinal) && c.Length <= 3)
            {
                // Footnote, or the broken "指标" of a header.
                if (c.StartsWith("注:", StringComparison.Ordinal))
                {
                    inIndicators = false;
                }
                else if (pendingL2.Length > 0)
                {
                    pendingL2 += c;
                }

                continue;
            }

            if (c.All(ch => ch is '…' or '.' or '。' or '-'))
            {
                continue;
            }

            var tokens = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

            // A class name completing a broken one ("服务对象" / "满意度指标", "可持续影" / "响指标").
            if (pendingL2.Length > 0 && tokens.Count == 1 && tokens[0].EndsWith("指标", StringComparison.Ordinal))
            {
                level2 = pendingL2 + tokens[0];
                pendingL2 = string.Empty;
                continue;
            }

            // 成本指标 without its own weight under 产出指标 is the 二级 class of the 2020 national form.
            var costAsLevel2 = tokens[0] == "成本指标" && (level1 == "产出指标" || (level1 is null && b.Level1Weights.Count > 0));

            // 一级指标 with its weight: "产出指标(50分)", or "(50分)" alone (name lost), or the name then "(10分)" on the next line.
            var l1 = Level1Weight().Match(tokens[0]);
            if (l1.Success || (IsLevel1(tokens[0]) && !costAsLevel2))
            {
                var name = TextNormalizer.Compact(Level1Weight().Replace(tokens[0], string.Empty));
                level1 = name.Length > 0 ? name : null;
                level2 = null;
                pendingL2 = string.Empty;
                if (l1.Success && NumberText.TryParse(l1.Groups["w"].Value, out var w))
                {
                    b.Level1Weights.Add(new NamedAmount(level1 ?? string.Empty, w));
                    b.Source($"stated.level1Weights[{b.Level1Weights.Count - 1}]", line);
                    if (level1 is null)
                    {
                        b.Miss($"stated.level1Weights[{b.Level1Weights.Count - 1}].name", $"第 {line.Number} 行的一级指标名称缺失（{Money.FormatShort(w)} 分）");
                    }
                }
                else if (i + 1 < lines.Count && Level1Weight().Match(TextNormalizer.Compact(lines[i + 1].Text)) is { Success: true } wl && NumberText.TryParse(wl.Groups["w"].Value, out var w2) && TextNormalizer.Compact(lines[i + 1].Text).Length <= 8)
                {
                    b.Level1Weights.Add(new NamedAmount(level1 ?? string.Empty, w2));
                    b.Source($"stated.level1Weights[{b.Level1Weights.Count - 1}]", lines[i + 1]);
                    i++;
                }

                tokens.RemoveAt(0);
                if (tokens.Count == 0)
                {
                    continue;
                }
            }

            // 二级指标 at the start of the row, or broken over lines ("经济效益" / "指标").
            if (tokens.Count > 0 && (IsLevel2(tokens[0]) || (costAsLevel2 && tokens[0] == "成本指标")))
            {
                level2 = tokens[0];
                pendingL2 = string.Empty;
                tokens.RemoveAt(0);
                if (tokens.Count == 0)
                {
                    continue;
                }
            }

            if (tokens.Count == 1 && !tokens[0].StartsWith("指标", StringComparison.Ordinal) && !Regex.IsMatch(tokens[0], @"\d") && tokens[0].Length <= 8)
            {
                pendingL2 += tokens[0];
                if (pendingL2.EndsWith("指标", StringComparison.Ordinal))
                {
                    level2 = pendingL2;
                    pendingL2 = string.Empty;
                }

                continue;
            }

            if (pendingL2.Length > 0)
            {
                level2 = pendingL2.EndsWith("指标", StringComparison.Ordinal) ? pendingL2 : pendingL2 + "指标";
                pendingL2 = string.Empty;
            }

            AddRowGoal(b, level1, level2, tokens, line);
        }

        if (!sawTotal)
        {
            b.Truncated = true;
            b.TruncatedNote ??= "表格没有“总分”行，在中途结束";
        }
    }

    private static void ReadGoalPair(List<TextLine> lines, int i, DocBuilder b)
    {
        var next = new List<TextLine>();
        for (var j = i + 1; j < lines.Count && next.Count < 2; j++)
        {
            var c = TextNormalizer.Compact(lines[j].Text);
            if (c.Length == 0)
            {
                continue;
            }

            if (c.StartsWith("绩效指标", StringComparison.Ordinal) || c.StartsWith("年度绩效指标", StringComparison.Ordinal) || c.Contains("三级指标", StringComparison.Ordinal))
            {
                break;
            }

            next.Add(lines[j]);
        }

        if (next.Count == 0)
        {
            return;
        }

        var first = next[0].Text.Trim();
        var split = first.IndexOf("。 ", StringComparison.Ordinal);
        if (split > 0)
        {
            b.OverallGoal = first[..(split + 1)];
            b.GoalCompletion = first[(split + 1)..].Trim();
            b.Source("overallGoal", next[0]);
            b.Source("goalCompletion", next[0]);
            return;
        }

        b.OverallGoal = first;
        b.Source("overallGoal", next[0]);
        if (next.Count > 1)
        {
            b.GoalCompletion = next[1].Text.Trim();
            b.Source("goalCompletion", next[1]);
        }
    }

    private static void AddRowGoal(DocBuilder b, string? level1, string? level2, List<string> tokens, TextLine line)
    {
        // Template placeholders: "指标2:", "……", "指标1:/ / /".
        if (tokens.Count > 0)
        {
            tokens[0] = PlaceholderPrefix().Replace(tokens[0], string.Empty);
            if (tokens[0].Length == 0)
            {
                tokens.RemoveAt(0);
            }
        }

        if (tokens.Count == 0 || tokens.All(x => x is "/" or "……" or "…" or "-") || TextNormalizer.IsPlaceholder(string.Join(" ", tokens)))
        {
            return;
        }

        // Trailing numbers: [目标值] [完成值] 分值 得分.
        var trailing = 0;
        for (var k = tokens.Count - 1; k >= 0 && NumberText.TryParseCell(tokens[k], out var n) && !n.Text.Any(ch => ch is '≥' or '≤' or '<' or '>'); k--)
        {
            trailing++;
        }

        var path = $"goals[{b.Goals.Count}]";
        if (trailing < 2)
        {
            b.Miss(path, $"第 {line.Number} 行指标“{string.Join(" ", tokens)}”不完整（无分值和得分），未导入");
            return;
        }

        var nums = tokens.Skip(tokens.Count - trailing).Select(x => NumberText.TryParseCell(x, out var n) ? n : default).ToList();
        var texts = tokens.Take(tokens.Count - trailing).ToList();
        var weight = nums[^2].Value;
        var score = nums[^1].Value;
        string? targetText = null;
        string? actualText = null;
        StatedNumber? targetNum = null;
        StatedNumber? actualNum = null;
        if (trailing >= 4)
        {
            targetNum = nums[^4];
            actualNum = nums[^3];
            targetText = nums[^4].Text;
            actualText = nums[^3].Text;
        }
        else if (trailing == 3)
        {
            actualNum = nums[^3];
            actualText = nums[^3].Text;
            if (texts.Count >= 2)
            {
                targetText = texts[^1];
                texts.RemoveAt(texts.Count - 1);
            }
        }
        else if (texts.Count >= 3)
        {
            actualText = texts[^1];
            targetText = texts[^2];
            texts.RemoveRange(texts.Count - 2, 2);
        }
        else if (texts.Count == 2)
        {
            if (DomainText.TryParseAnswer(texts[^1], out _) || texts[^1].StartsWith("完成", StringComparison.Ordinal))
            {
                actualText = texts[^1];
            }
            else
            {
                targetText = texts[^1];
            }

            texts.RemoveAt(texts.Count - 1);
        }

        var name = string.Join(string.Empty, texts);
        var embedded = false;
        if (targetText is null)
        {
            // A target written into the name ("年度资金支付完成率100%").
            var m = EmbeddedTarget().Match(name);
            if (m.Success)
            {
                targetText = m.Groups["t"].Value;
                embedded = true;
            }
        }

        var op = IndicatorOperator.AtLeast;
        var opStated = false;
        decimal? target = null;
        if (targetText is not null)
        {
            var trimmed = targetText.TrimStart();
            if (trimmed.Length > 0 && "≥≤<>=".Contains(trimmed[0], StringComparison.Ordinal))
            {
                var sym = trimmed.Length > 1 && trimmed[1] == '=' ? trimmed[..2] : trimmed[..1];
                if (DomainText.TryParseOperator(sym, out var parsed))
                {
                    op = parsed;
                    opStated = true;
                }
            }

            if (targetNum is null && NumberText.TryFind(targetText, out var tn))
            {
                targetNum = tn;
            }

            target = targetNum?.Value;
            if (target is null)
            {
                op = IndicatorOperator.Qualitative;
                opStated = true;
            }
        }

        var unit = targetText is null ? null : UnitOf(targetText);
        b.Goals.Add(new GoalIndicator
        {
            Level1 = level1 ?? InferLevel1(level2),
            Level2 = level2 ?? string.Empty,
            Name = name,
            Operator = op,
            Target = target,
            TargetText = targetText,
            Unit = unit,
            Actual = actualNum?.Value,
            ActualText = actualNum is null ? actualText : (actualNum.Value.Approximate ? actualText : null),
            Weight = weight,
            Score = score,
            Answer = actualNum is null && DomainText.TryParseAnswer(actualText, out var ans) ? ans : null,
        });
        b.Source(path, line);
        if (level1 is null)
        {
            b.Infer(path + ".level1", $"一级指标未写出，由二级指标“{level2}”推断");
        }

        if (embedded)
        {
            b.Infer(path + ".target", $"指标值写在名称里（{targetText}）");
        }

        if (targetText is null)
        {
            b.Miss(path + ".target", $"第 {line.Number} 行未写指标值");
        }

        if (!opStated)
        {
            b.Miss(path + ".operator", $"第 {line.Number} 行未写指标性质（≥、≤、= 或定性）");
        }

        if (unit is null && target is not null)
        {
            b.Miss(path + ".unit", $"第 {line.Number} 行指标值没有计量单位");
        }

        if (actualText is null && actualNum is null)
        {
            b.Miss(path + ".actual", $"第 {line.Number} 行未写完成值");
        }

        if (targetNum is { Approximate: true })
        {
            b.Approx(path + ".target");
        }

        if (actualNum is { Approximate: true })
        {
            b.Approx(path + ".actual");
        }
    }

    private static string? UnitOf(string text)
    {
        var m = UnitRegex().Match(text);
        return m.Success ? m.Groups["u"].Value : null;
    }





    [GeneratedRegex(@"^(?<code>\d{3,12})[-－—](?<name>.+)$")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"[(（](?<w>\d+(?:\.\d+)?)分[)）]")]
    private static partial Regex Level1Weight();


    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")]
    private static partial Regex Metadata();

    [GeneratedRegex(@"^(?:指标\d+[:：]?|…+)")]
    private static partial Regex PlaceholderPrefix();

    [GeneratedRegex(@"(?<t>\d+(?:\.\d+)?\s*(?:%|个|次|人次|天|项|万元))$")]
    private static partial Regex EmbeddedTarget();

    [GeneratedRegex(@"\d(?:\.\d+)?\s*(?<u>%|百分比|万元|元|个|次|人次|人|天|期|项|家|户|份|台|套|篇|场|部|条|件|小时|km|公里|亩|平方米|吨)")]
    private static partial Regex UnitRegex();
}
