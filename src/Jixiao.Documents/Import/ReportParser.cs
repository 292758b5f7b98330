using Jixiao.Documents.Reading;

namespace Jixiao.Documents.Import;

/// <summary>
/// Narrative documents (部门整体支出绩效自评报告, 项目 and 转移支付 reports, and documents that are not
/// self-evaluations): the generic reader of the vocabulary gives unit, year, figures, score and
/// grade; the section reader gives the narrative; this adds the overall goal and truncation.
/// </summary>
internal static class ReportParser
{
    public static ImportedDocument Parse(DocumentKind kind, List<TextLine> lines, ReadingVocabulary vocabulary)
    {
        var b = new DocBuilder();
        var ctx = DocumentReader.Read(kind, lines, b, vocabulary);
        var prose = lines.Where((l, i) => !l.Chrome && !ctx.Consumed.Contains(i) && !IsCoverField(l, ctx)).ToList();
        // A short line that is a section's heading (年度部门(单位)总体运行情况及取得的成绩), or a table of contents
        // (一、基本情况 ........ 2), is a paragraph of its own.
        var paragraphs = TextParagraph.Build(
            prose,
            t => DocumentReader.StartsField(t, ctx.Index),
            t => (t.Length <= 30 && SectionReader.HeadingOf(t, ctx.Index) is { Numbered: false, Section: not null, InlineBody: < 0 }) || SectionReader.IsContents(t));
        foreach (var p in TextParagraph.Build(lines.Where(l => !l.Chrome).ToList()))
        {
            ListReader.Read(new ClauseReader.Piece(p.Text, p.Locate, false, false, 0), ctx);
        }

        // The narrative sections are those of a self-evaluation: a document that is none (决算, rules, news) has none.
        if (kind != DocumentKind.Other)
        {
            SectionReader.Read(paragraphs, b, ctx.Index, kind);
        }

        ReadGoal(paragraphs, b);
        DetectTruncation(lines, paragraphs, b);
        var expected = new List<(string, string, bool)>
        {
            ("unit", "未找到单位名称", b.Unit is not null),
            ("year", "未找到年度", b.Year is not null),
            ("budget.adjusted", "未找到预算数", b.Adjusted is not null || b.Initial is not null),
            ("budget.executed", "未找到执行数", b.Executed is not null),
            ("budget.statedRatePercent", "未找到预算执行率", b.StatedRate is not null),
            ("budget.byFunction", "未找到按功能分类的支出", b.ByFunction.Count > 0),
            ("budget.basic.executed", "未找到基本支出", b.Basic.Executed is not null || b.Basic.Budget is not null),
            ("budget.project.executed", "未找到项目支出", b.Project.Executed is not null || b.Project.Budget is not null),
            ("stated.totalScore", "未写明自评得分", b.TotalScore is not null),
            ("stated.grade", "未写明评价等级", b.Grade is not null),
            ("narrative.problems", "未找到“存在的主要问题”", b.Narrative.ContainsKey("problems")),
            ("narrative.measures", "未找到“改进措施”", b.Narrative.ContainsKey("measures")),
        };
        return b.Build(kind, lines[0].Number, lines[^1].Number, expected);
    }

    /// <summary>Cover-page fields (联系人 / 吴俊, 联系电话 / …): keys of a key–value cover and their values are not narrative.</summary>
    private static bool IsCoverField(TextLine line, ReadContext ctx)
    {
        var t = line.Text.Trim();
        if (t.Length == 0 || t.Length > 40)
        {
            return false;
        }

        if (ctx.Index.CoverKeys.LongestAt(t, 0) is { } key)
        {
            return true;
        }

        // The value line right after a key.
        var i = ctx.Lines.ToList().IndexOf(line);
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            var p = ctx.Lines[k].Text.Trim();
            if (p.Length == 0)
            {
                continue;
            }

            return p.Length <= 12 && ctx.Index.CoverKeys.LongestAt(p, 0) is { } pk && pk.End >= p.TrimEnd(':', '：').Length;
        }

        return false;
    }

    /// <summary>整体支出绩效目标是： followed by the goal paragraph.</summary>
    private static void ReadGoal(List<TextParagraph> paragraphs, DocBuilder b)
    {
        for (var i = 0; i < paragraphs.Count - 1; i++)
        {
            var t = paragraphs[i].Text.TrimEnd(':', '：', ' ');
            if (t.Length < 40 && (t.EndsWith("绩效目标是", StringComparison.Ordinal) || t.EndsWith("绩效目标为", StringComparison.Ordinal)))
            {
                var goal = paragraphs[i + 1];
                b.OverallGoal = goal.Text;
                b.Source("overallGoal", goal.At(0));
                return;
            }
        }
    }

    private static void DetectTruncation(List<TextLine> lines, List<TextParagraph> paragraphs, DocBuilder b)
    {
        var last = lines.LastOrDefault(l => l.Text.Trim().Length > 0 && !l.Chrome);
        if (last is null)
        {
            b.Truncated = true;
            return;
        }

        var t = last.Text.Trim();
        if (t.Contains("truncated", StringComparison.OrdinalIgnoreCase) || t.Contains("截断", StringComparison.Ordinal))
        {
            b.Truncated = true;
            b.TruncatedNote = $"第 {last.Number} 行注明文本被截断";
            return;
        }

        var lastPara = paragraphs.Count > 0 ? paragraphs[^1].Text : t;
        var endsClean = lastPara.Length > 0 && "。！？”)）".Contains(lastPara[^1], StringComparison.Ordinal);
        if (!endsClean || TextParagraph.Heading.IsMatch(lastPara))
        {
            b.Truncated = true;
            b.TruncatedNote = $"文本在第 {last.Number} 行中途结束";
        }
    }
}
