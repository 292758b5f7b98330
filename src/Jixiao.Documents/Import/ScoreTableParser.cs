using System.Text.RegularExpressions;
using Jixiao.Documents.Reading;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Import;

/// <summary>
/// Parses a 部门整体支出绩效自评表 as extracted from a PDF: the header block, the budget line and the
/// indicator rows (一级 分值 二级 分值 三级 分值 指标解释 得分 未达标原因 改进措施) whose cells are broken
/// over lines, with headers repeated on each page and a row whose name the extraction lost.
/// </summary>
internal static partial class ScoreTableParser
{
    public static ImportedDocument Parse(List<TextLine> lines, ImportOptions options)
    {
        var b = new DocBuilder();
        DocumentReader.Read(DocumentKind.DepartmentScoreTable, lines, b, options.Vocabulary);
        ReadGoals(lines, b);
        var rows = ReadRows(lines, b);
        FrameworkMapper.Map(rows, b, options.Frameworks);
        if (b.ScoreRows.Count == 0)
        {
            b.Truncated = lines.Count > 0 && !lines.Any(l => TextNormalizer.Compact(l.Text).StartsWith("总分", StringComparison.Ordinal));
        }

        var expected = new List<(string, string, bool)>
        {
            ("unit", "未找到部门名称", b.Unit is not null),
            ("year", "未找到年度", b.Year is not null),
            ("overallGoal", "未找到年度整体绩效目标", b.OverallGoal is not null),
            ("budget.adjusted", "未找到总预算", b.Adjusted is not null),
            ("budget.basic.budget", "未找到基本支出", b.Basic.Budget is not null),
            ("budget.project.budget", "未找到项目支出", b.Project.Budget is not null),
            ("budget.executed", "自评表未列执行数", b.Executed is not null),
            ("stated.scoreRows", "未找到指标评分行", b.ScoreRows.Count > 0),
            ("stated.totalScore", "未找到总分", b.TotalScore is not null),
            ("stated.grade", "未找到勾选的评价等级", b.Grade is not null),
        };
        return b.Build(DocumentKind.DepartmentScoreTable, lines[0].Number, lines[^1].Number, expected);
    }

    private static void ReadGoals(List<TextLine> lines, DocBuilder b)
    {
        int? goalStart = null;
        int? doneStart = null;
        int? reasonStart = null;
        int? budgetStart = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var c = TextNormalizer.Compact(lines[i].Text);
            if (goalStart is null && (c == "绩效目标" && i > 0 && TextNormalizer.Compact(lines[i - 1].Text).EndsWith("年度整体", StringComparison.Ordinal) || c is "年度整体绩效目标" or "年度绩效目标"))
            {
                goalStart = i + 1;
            }
            else if (doneStart is null && c is "整体绩效目标完成情况" or "绩效目标完成情况" or "年度绩效目标完成情况")
            {
                doneStart = i + 1;
            }
            else if (reasonStart is null && c is "未能完成原因" or "未完成原因")
            {
                reasonStart = i + 1;
            }
            else if (budgetStart is null && (c == "年度部门" || c.StartsWith("总预算", StringComparison.Ordinal) || c.StartsWith("一级指标", StringComparison.Ordinal)))
            {
                budgetStart = i;
            }
        }

        if (goalStart is { } gs && doneStart is { } ds && ds - 1 > gs)
        {
            b.OverallGoal = JoinBlock(lines, gs, ds - 1);
            b.Source("overallGoal", lines[FirstNonEmpty(lines, gs)]);
        }

        if (doneStart is { } d)
        {
            var end = reasonStart is { } r ? r - 1 : budgetStart ?? lines.Count;
            if (end > d)
            {
                b.GoalCompletion = JoinBlock(lines, d, end);
                b.Source("goalCompletion", lines[FirstNonEmpty(lines, d)]);
            }
        }
    }

    private static int FirstNonEmpty(List<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Text.Trim().Length > 0)
            {
                return i;
            }
        }

        return Math.Min(from, lines.Count - 1);
    }

    private static string? JoinBlock(List<TextLine> lines, int from, int to)
    {
        var parts = new List<string>();
        for (var i = from; i < to && i < lines.Count; i++)
        {
            var t = lines[i].Text.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            // A new numbered item starts a new line; anything else continues the broken line.
            if (parts.Count > 0 && Item().IsMatch(t))
            {
                parts.Add("\n" + t);
            }
            else
            {
                parts.Add(t);
            }
        }

        var text = string.Concat(parts).Trim();
        return text.Length == 0 || TextNormalizer.IsPlaceholder(text) ? null : text;
    }

    /// <summary>A token of the indicator region: text, a number or a dash, with its line.</summary>
    private sealed record Token(TokenType Type, string Text, decimal Value, TextLine Line);

    private enum TokenType
    {
        Text,
        Number,
        Dash,
    }

    /// <summary>A leaf row of the score table.</summary>
    internal sealed record Row(string? Level1, string? Level2, string? Name, decimal Weight, decimal? Score, string? Explanation, string? Reason, string? Measure, TextLine Line)
    {
        public string? MeasureMore { get; set; }
    }

    private static List<Row> ReadRows(List<TextLine> lines, DocBuilder b)
    {
        var start = lines.FindIndex(l => IsHeader(l.Text));
        if (start < 0)
        {
            return [];
        }

        var tokens = new List<Token>();
        var endFound = false;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var t = lines[i].Text.Trim();
            if (t.Length == 0 || IsHeader(t))
            {
                continue;
            }

            var compact = TextNormalizer.Compact(t);
            // The total row (总分 100 99) is read by the generic table reader; it ends the rows.
            if (compact.StartsWith("总分", StringComparison.Ordinal) || compact.StartsWith("合计", StringComparison.Ordinal))
            {
                endFound = true;
                break;
            }

            if (compact.StartsWith("评价等级", StringComparison.Ordinal))
            {
                endFound = true;
                break;
            }

            foreach (var part in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (NumberText.TryParse(part, out var v) && NumberOnly().IsMatch(part))
                {
                    tokens.Add(new Token(TokenType.Number, part, v, lines[i]));
                }
                else if (part is "-" or "—" or "/" or "--")
                {
                    tokens.Add(new Token(TokenType.Dash, part, 0, lines[i]));
                }
                else
                {
                    tokens.Add(new Token(TokenType.Text, part, 0, lines[i]));
                }
            }
        }

        if (!endFound)
        {
            b.Truncated = true;
            b.TruncatedNote = "评分表没有“总分”行，表格可能被截断";
        }

        return BuildRows(tokens, b);
    }

    private static bool IsHeader(string text)
    {
        var c = TextNormalizer.Compact(text);
        return c.StartsWith("一级指标分值二级指标", StringComparison.Ordinal) || (c.StartsWith("一级指标", StringComparison.Ordinal) && c.Contains("三级指标", StringComparison.Ordinal) && c.Contains("得分", StringComparison.Ordinal));
    }

    private sealed class Level
    {
        public required string Name { get; init; }

        public required decimal Weight { get; init; }

        public decimal Used { get; set; }
    }

    private static List<Row> BuildRows(List<Token> tokens, DocBuilder b)
    {
        var rows = new List<Row>();
        Level? l1 = null;
        Level? l2 = null;
        var i = 0;
        Row? last = null;

        // Items: text runs (consecutive text tokens), numbers, dashes.
        var items = new List<(TokenType Type, List<Token> Tokens)>();
        foreach (var t in tokens)
        {
            if (t.Type == TokenType.Text && items.Count > 0 && items[^1].Type == TokenType.Text)
            {
                items[^1].Tokens.Add(t);
            }
            else
            {
                items.Add((t.Type, [t]));
            }
        }

        string RunText(List<Token> run) => TextNormalizer.JoinCjk(string.Concat(run.Select(x => x.Text)));

        bool IsNum(int k) => k < items.Count && items[k].Type == TokenType.Number;
        bool IsText(int k) => k < items.Count && items[k].Type == TokenType.Text;
        bool IsSentence(int k) => IsText(k) && RunText(items[k].Tokens).Contains('。', StringComparison.Ordinal);

        while (i < items.Count)
        {
            if (IsText(i))
            {
                var run = items[i].Tokens;

                // Text before the last full stop belongs to the previous row's measure.
                var splitAt = run.FindLastIndex(x => x.Text.Contains('。', StringComparison.Ordinal) || x.Text.EndsWith('；'));
                List<Token> nameRun = run;
                if (splitAt >= 0)
                {
                    var lastTok = run[splitAt];
                    var cut = Math.Max(lastTok.Text.LastIndexOf('。'), lastTok.Text.LastIndexOf('；'));
                    var head = run.Take(splitAt).Select(x => x.Text).Append(lastTok.Text[..(cut + 1)]);
                    var tail = lastTok.Text[(cut + 1)..];
                    if (last is not null)
                    {
                        last.MeasureMore = (last.MeasureMore ?? string.Empty) + TextNormalizer.JoinCjk(string.Concat(head));
                    }

                    nameRun = [.. (tail.Length > 0 ? [lastTok with { Text = tail }] : Array.Empty<Token>()), .. run.Skip(splitAt + 1)];
                }

                if (nameRun.Count == 0 || !IsNum(i + 1))
                {
                    i++;
                    continue;
                }

                // Count the chain of (name, weight) pairs up to the leaf.
                var chain = new List<(string Name, decimal Weight, TextLine Line)> { (RunText(nameRun), items[i + 1].Tokens[0].Value, nameRun[0].Line) };
                var k = i + 2;
                while (IsText(k) && !IsSentence(k) && IsNum(k + 1) && chain.Count < 3)
                {
                    chain.Add((RunText(items[k].Tokens), items[k + 1].Tokens[0].Value, items[k].Tokens[0].Line));
                    k += 2;
                }

                // Parents: every pair but the last.
                for (var c = 0; c < chain.Count - 1; c++)
                {
                    var (name, weight, _) = chain[c];
                    var isLevel1 = chain.Count - 1 - c == 2
                        || (l1 is not null && string.Equals(l1.Name, name, StringComparison.Ordinal))
                        || l1 is null
                        || (chain.Count - 1 == 1 && l1.Weight - l1.Used < weight);
                    if (isLevel1)
                    {
                        if (l1 is null || !string.Equals(l1.Name, name, StringComparison.Ordinal))
                        {
                            l1 = new Level { Name = name, Weight = weight };
                            b.Level1Weights.Add(new NamedAmount(name, weight));
                        }

                        l2 = null;
                    }
                    else
                    {
                        l2 = new Level { Name = name, Weight = weight };
                        l1?.Used += weight;
                    }
                }

                var (leafName, leafWeight, leafLine) = chain[^1];
                i = k;
                last = ReadLeaf(items, ref i, l1?.Name, l2?.Name, leafName, leafWeight, leafLine, RunText);
                rows.Add(last);
                continue;
            }

            if (IsNum(i) && IsNum(i + 1))
            {
                // A row whose name the extraction lost: weight and score only.
                var weight = items[i].Tokens[0].Value;
                var line = items[i].Tokens[0].Line;
                i++;
                last = ReadLeaf(items, ref i, l1?.Name, l2?.Name, null, weight, line, RunText);
                rows.Add(last);
                continue;
            }

            i++;
        }

        return rows;

        Row ReadLeaf(List<(TokenType Type, List<Token> Tokens)> all, ref int j, string? level1, string? level2, string? name, decimal weight, TextLine line, Func<List<Token>, string> text)
        {
            string? explanation = null;
            if (j < all.Count && all[j].Type == TokenType.Text && text(all[j].Tokens).Contains('。', StringComparison.Ordinal))
            {
                explanation = text(all[j].Tokens);
                j++;
            }

            decimal? score = null;
            string? reason = null;
            if (j < all.Count && all[j].Type == TokenType.Number)
            {
                var scoreToken = all[j].Tokens[0];
                score = scoreToken.Value;
                j++;
                if (j < all.Count && all[j].Type == TokenType.Dash)
                {
                    j++;
                    if (j < all.Count && all[j].Type == TokenType.Dash)
                    {
                        j++;
                    }
                }
                else if (j < all.Count && all[j].Type == TokenType.Text)
                {
                    // The reason is the text on the score's line; the rest (measure and the next name) stays for the loop.
                    var run = all[j].Tokens;
                    var onLine = run.TakeWhile(x => x.Line.Number == scoreToken.Line.Number).ToList();
                    if (onLine.Count > 0)
                    {
                        reason = text(onLine);
                        var rest = run.Skip(onLine.Count).ToList();
                        if (rest.Count > 0)
                        {
                            all[j] = (TokenType.Text, rest);
                        }
                        else
                        {
                            j++;
                        }
                    }
                }
            }

            return new Row(level1, level2, name, weight, score, explanation, reason, null, line);
        }
    }

    [GeneratedRegex(@"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$")]
    private static partial Regex NumberOnly();


    [GeneratedRegex(@"^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])")]
    private static partial Regex Item();
}
