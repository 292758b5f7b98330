using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Reports;
using Jixiao.Documents.Word;
using Jixiao.Domain.Evaluations;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests;

public class DocxReportTests
{
    [Fact]
    public void Write_Haizhu_ContainsSelfEvaluationLevelNamesTotalAndGrade()
    {
        var c = Case.Load("haizhu-2022");
        var text = Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());

        Assert.Contains("自评", text, StringComparison.Ordinal);
        Assert.Contains("履职效能", text, StringComparison.Ordinal);
        Assert.Contains("管理效率", text, StringComparison.Ordinal);
        Assert.Contains("绩效自评得分99分", text, StringComparison.Ordinal);
        Assert.Contains("评价等级为“优”", text, StringComparison.Ordinal);
        Assert.Contains("☑优", text, StringComparison.Ordinal);
        Assert.Contains("部门预算资金支出率得9分（满分10分），原因：各项工作开支设置不够细化", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Huadu2021_ComposesBudgetSentencesFromFigures()
    {
        var c = Case.Load("huadu-2021");
        Assert.Equal(91.28m, c.Score.Total);
        var text = Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());

        Assert.Contains("本部门2021年预算数890.33万元，执行数714.07万元，完成预算的80.2%。", text, StringComparison.Ordinal);
        Assert.Contains("支出按功能分类：一般公共服务支出523.39万元；社会保障和就业支出142.46万元；卫生健康支出5.01万元；住房保障支出43.22万元。", text, StringComparison.Ordinal);
        Assert.Contains("支出按支出性质分类：基本支出642.19万元，项目支出71.88万元。", text, StringComparison.Ordinal);
        Assert.Contains("2021年度本部门整体支出绩效自评得分91.28分（满分100分），评价等级为“优”。", text, StringComparison.Ordinal);
        Assert.Contains("我部门内设科室2个", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Huadu2022_ReproducesPublishedScoreAndRate()
    {
        var c = Case.Load("huadu-2022");
        Assert.Equal(95.16m, c.Score.Total);
        var text = Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());

        Assert.Contains("本部门2022年预算数2322.60万元，执行数2233.44万元，完成预算的96.2%。", text, StringComparison.Ordinal);
        Assert.Contains("绩效自评得分95.16分（满分100分），评价等级为“优”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OutlineInOrder_BasicSituationThenAnalysisProblemsMeasures()
    {
        var c = Case.Load("huadu-2021");
        var text = Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());
        string[] outline = ["一、基本情况", "（一）部门概况", "（二）年度总体工作和重点工作任务", "（三）部门整体收支情况", "（四）部门整体绩效管理情况",
            "二、综合评价分析", "（一）自评结论综述", "（二）各项工作任务绩效目标完成情况分析", "（三）各重点任务项目支出完成情况分析", "（四）主要工作成效",
            "三、存在的主要问题", "四、下一步改进措施"];
        var positions = outline.Select(h => text.IndexOf(h + "\n", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Write_ScoreFirstOption_PutsConclusionBeforeBasicSituation()
    {
        var c = Case.Load("huadu-2022");
        var text = Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score, new ReportOptions { ScoreFirst = true }).Ok());

        Assert.True(text.IndexOf("一、自评结论", StringComparison.Ordinal) < text.IndexOf("二、基本情况", StringComparison.Ordinal));
        Assert.Contains("三、综合评价分析", text, StringComparison.Ordinal);
        Assert.DoesNotContain("自评结论综述", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ScoreFirstFrameworkSetting_IsHonoured()
    {
        var c = Case.Load("huadu-2022");
        var framework = c.Framework with { Settings = c.Framework.Settings with { ReportScoreFirst = true } };
        var text = Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, framework, c.Score).Ok());

        Assert.StartsWith(ReportBuilder.Title(c.Evaluation) + "\n一、自评结论", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MissingNarrative_DraftsVisibleMarkersAndWarnings()
    {
        var c = Case.Load("haizhu-2022");
        using var stream = new MemoryStream();
        var report = DocxReportWriter.Write(c.Evaluation, c.Framework, c.Score, stream).Ok();
        var text = Extract.DocxText(stream.ToArray());

        Assert.Contains("【待填写】部门概况", text, StringComparison.Ordinal);
        Assert.Contains("【待填写】存在的主要问题", text, StringComparison.Ordinal);
        Assert.Equal(7, report.Warnings.Count);
        Assert.Contains(report.Warnings, w => w.Contains("narrative.problems", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_FinalWithMissingNarrative_RefusesAndListsWhatIsMissing()
    {
        var c = Case.Load("huadu-2021");
        var e = c.Evaluation with { Narrative = c.Evaluation.Narrative with { Problems = null, Measures = "  " } };
        using var stream = new MemoryStream();
        var result = DocxReportWriter.Write(e, c.Framework, c.Score, stream, new ReportOptions { Final = true });

        Assert.False(result.IsSuccess);
        Assert.Equal(["narrative.problems", "narrative.measures"], result.Errors.Select(x => x.Path));
        Assert.All(result.Errors, x => Assert.StartsWith("终稿缺少必填内容", x.Message, StringComparison.Ordinal));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_FinalWithCompleteNarrative_Succeeds()
    {
        var c = Case.Load("huadu-2021");
        var result = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score, new ReportOptions { Final = true });

        Assert.True(result.IsSuccess);
        Assert.DoesNotContain("【待填写】", Extract.DocxText(result.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameEvaluationTwice_IdenticalBytes()
    {
        var c = Case.Load("huadu-2022");
        var a = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok();
        var b = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok();

        Assert.Equal(a, b);
    }

    [Fact]
    public void Write_Page_IsA4WithChineseLanguageHeadingStylesAndPageNumbers()
    {
        var c = Case.Load("huadu-2021");
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok()), false);
        var main = doc.MainDocumentPart!;
        var size = main.Document!.Body!.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageSize>()!;
        Assert.Equal(11906U, size.Width!.Value);
        Assert.Equal(16838U, size.Height!.Value);

        var lang = main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<W.Languages>().Single();
        Assert.Equal("zh-CN", lang.EastAsia!.Value);
        var fonts = main.StyleDefinitionsPart.Styles.DocDefaults.Descendants<W.RunFonts>().Single();
        Assert.Equal("仿宋", fonts.EastAsia!.Value);
        Assert.Contains(main.FontTablePart!.Fonts!.Elements<W.Font>(), f => f.Name == "仿宋" && f.AltName!.Val == "FangSong");

        var heading1 = main.StyleDefinitionsPart.Styles.Elements<W.Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal(0, heading1.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        var headingParagraphs = main.Document.Body.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1")
            .Select(p => p.InnerText).ToList();
        Assert.Contains("一、基本情况", headingParagraphs);

        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<W.FieldCode>(), f => f.Text.Trim() == "PAGE");
    }

    [Fact]
    public void Write_NarrativeSections_AreTaggedContentControls()
    {
        var c = Case.Load("huadu-2021");
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok()), false);
        var tags = doc.MainDocumentPart!.Document!.Body!.Descendants<W.SdtBlock>()
            .Select(s => s.SdtProperties!.GetFirstChild<W.Tag>()!.Val!.Value).ToList();

        Assert.Contains("jixiao:narrative:overview", tags);
        Assert.Contains("jixiao:narrative:measures", tags);
        Assert.Equal(tags.Distinct().Count(), tags.Count);
    }

    [Theory]
    [InlineData("haizhu-2022")]
    [InlineData("huadu-2021")]
    [InlineData("huadu-2022")]
    public void Write_CorpusUnit_MatchesGoldenText(string name)
    {
        var c = Case.Load(name);
        Golden.Check(Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok()), "testdata", name, "expected.report.txt");
    }

    [Fact]
    public void Build_EvaluationWithGoals_AddsGoalTable()
    {
        var c = Case.QingshenFilled();
        var report = ReportBuilder.Build(c.Evaluation, c.Framework, c.Score).Ok();
        var goals = report.Blocks.OfType<TableBlock>().Single(t => t.Caption.Contains("绩效指标", StringComparison.Ordinal));

        Assert.Equal(2, goals.Rows.Count);
        Assert.Equal("发放(缴纳)覆盖率", goals.Rows[0][2]);
        Assert.Equal("60", goals.Rows[0][8]);
    }

    [Fact]
    public void Build_Evaluation_NeverContainsPlaceholderWhenNarrativeGiven()
    {
        var c = Case.Load("huadu-2022");
        var report = ReportBuilder.Build(c.Evaluation, c.Framework, c.Score).Ok();

        Assert.Empty(report.Warnings);
        Assert.DoesNotContain(report.Blocks.OfType<ParagraphBlock>(), p => p.IsPlaceholder);
    }
}
