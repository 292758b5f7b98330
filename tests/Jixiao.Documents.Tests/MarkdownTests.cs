using Jixiao.Documents.Markdown;
using Jixiao.Documents.Reports;

namespace Jixiao.Documents.Tests;

public class MarkdownTests
{
    [Fact]
    public void ToMarkdown_Huadu2021_HasOutlineSentencesAndScoreTable()
    {
        var c = Case.Load("huadu-2021");
        var md = MarkdownReportWriter.ToMarkdown(ReportBuilder.Build(c.Evaluation, c.Framework, c.Score).Ok());

        Assert.StartsWith("# 中共广州市花都区直属机关工作委员会2021年度部门整体支出绩效自评报告", md, StringComparison.Ordinal);
        Assert.Contains("## 一、基本情况", md, StringComparison.Ordinal);
        Assert.Contains("### （三）部门整体收支情况", md, StringComparison.Ordinal);
        Assert.Contains("本部门2021年预算数890.33万元，执行数714.07万元，完成预算的80.20%。", md, StringComparison.Ordinal);
        Assert.Contains("| 总分 | 100 |  |  |  |  | 91.28 |  |", md, StringComparison.Ordinal);
        Assert.Contains("评价等级：☑优", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_NarrativeWithMarkup_IsEscaped()
    {
        var c = Case.Load("huadu-2021");
        var e = c.Evaluation with { Narrative = c.Evaluation.Narrative with { Problems = "<script>alert('x')</script>一是 a & b" } };
        var html = MarkdownReportWriter.ToHtml(ReportBuilder.Build(e, c.Framework, c.Score).Ok());

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;一是 a &amp; b", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("rowspan=\"3\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_NarrativeWithMarkup_IsEscaped()
    {
        var c = Case.Load("huadu-2021");
        var e = c.Evaluation with { Narrative = c.Evaluation.Narrative with { Problems = "<img src=x onerror=alert(1)> *强调* [链接](http://x)" } };
        var md = MarkdownReportWriter.ToMarkdown(ReportBuilder.Build(e, c.Framework, c.Score).Ok());

        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; \\*强调\\* \\[链接](http://x)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_Draft_ListsWarningsAndMarksPlaceholders()
    {
        var c = Case.Load("haizhu-2022");
        var md = MarkdownReportWriter.ToMarkdown(ReportBuilder.Build(c.Evaluation, c.Framework, c.Score).Ok());

        Assert.Contains("> **草稿：以下内容待填写**", md, StringComparison.Ordinal);
        Assert.Contains("**【待填写】部门概况**", md, StringComparison.Ordinal);
    }
}
