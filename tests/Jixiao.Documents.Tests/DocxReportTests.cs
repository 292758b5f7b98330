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
        Assert.Contains("绩效自评得分99.00分", text, StringComparison.Ordinal);
        Assert.Contains("评价等级为“优”", text, StringComparison.Ordinal);
        Assert.Contains("☑优", text, StringComparison.Ordinal);
        Assert.Contains("部门预算资金支出率得9.00分（满分10分），原因：各项工作开支设置不够细化", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Huadu2021_ComposesBudgetSentencesFromFigures()
    {
        var c = Case.Load("huadu-2021");
        Assert.Equal(91.28m, c.Score.Total);
        var text = Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());

        Assert.Contains("本部门2021年预算数890.33万元，执行数714.07万元，完成预算的80.20%。", text, StringComparison.Ordinal);
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

        Assert.Contains("本部门2022年预算数2,322.60万元，执行数2,233.44万元，完成预算的96.16%。", text, StringComparison.Ordinal);
        Assert.Contains("绩效自评得分95.16分（满分100分），评价等级为“优”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OutlineInOrder_BasicSituationThenAnalysisProblemsMeasures()
    {
        var c = Case.Load("huadu-2021");
        var text = Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok());
        string[] outline = ["一、基本情况", "（一）部门概况", "（二）年度总体工作和重点工作任务", "（三）部门整体收支情况", "（四）部门整体绩效管理情况",
            "（五）自评工作开展情况", "二、综合评价分析", "（一）自评结论综述", "（二）各项工作任务绩效目标完成情况分析", "（三）各重点任务项目支出完成情况分析",
            "（四）管理效率分析", "（五）主要工作成效", "三、存在的主要问题", "四、下一步改进措施", "五、上年问题整改情况", "六、自评结果应用"];
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
        var report = DocxReportWriter.Write(c.Evaluation, c.Framework, c.Score, stream, FixedClock.Draft).Ok();
        var text = Extract.DocxText(stream.ToArray());

        Assert.Contains("【待填写】部门概况", text, StringComparison.Ordinal);
        Assert.Contains("【待填写】存在的主要问题", text, StringComparison.Ordinal);
        Assert.Contains("【待填写】管理效率分析：采购管理", text, StringComparison.Ordinal);
        Assert.Contains(report.Warnings, w => w.Contains("narrative.problems", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("落款日期", StringComparison.Ordinal));
        Assert.Equal(report.Missing.Count - 1, report.MarkerCount); // every missing item is marked; the framework row shows its own name
    }

    [Fact]
    public void Write_FinalWithMissingNarrative_RefusesAndListsWhatIsMissing()
    {
        var c = Case.Load("complete-project-2024");
        var e = c.Evaluation with { Narrative = c.Evaluation.Narrative with { Problems = null, Measures = "  " } };
        using var stream = new MemoryStream();
        var result = DocxReportWriter.Write(e, c.Framework, c.Score, stream, new ReportOptions { Final = true });

        Assert.False(result.IsSuccess);
        Assert.Equal(["narrative.problems", "narrative.measures"], result.Errors.Select(x => x.Path));
        Assert.All(result.Errors, x => Assert.StartsWith("终稿缺少必填内容", x.Message, StringComparison.Ordinal));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_FinalWithCompleteEvaluation_SucceedsWithoutMarkersOrWatermark()
    {
        var c = Case.Load("complete-project-2024");
        var result = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score, new ReportOptions { Final = true });

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.DoesNotContain("【", Extract.DocxText(result.Value), StringComparison.Ordinal);
        using var doc = WordprocessingDocument.Open(new MemoryStream(result.Value), false);
        Assert.Empty(doc.MainDocumentPart!.HeaderParts);
    }

    [Fact]
    public void Write_FinalOnFrameworkWithLostName_RefusesNamingTheRow()
    {
        var c = Case.Load("complete-dept-2024");
        var result = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score, new ReportOptions { Final = true });

        var error = Assert.Single(result.Errors);
        Assert.Equal("framework:2.5.2", error.Path);
        Assert.Contains("“采购管理”下指标 2.5.2 的名称缺失", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Draft_HasWatermarkHeaderOnEveryPage()
    {
        var c = Case.Load("complete-project-2024");
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Ok()), false);
        var header = Assert.Single(doc.MainDocumentPart!.HeaderParts);
        Assert.Contains("string=\"草稿\"", header.Header!.OuterXml, StringComparison.Ordinal);
        var reference = doc.MainDocumentPart.Document!.Body!.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.HeaderReference>()!;
        Assert.Equal(W.HeaderFooterValues.Default, reference.Type!.Value);
    }

    [Fact]
    public void Build_ScoreTableAndTotals_TwoDecimalsAndKeptTogether()
    {
        var c = Case.Load("huadu-2021");
        var report = ReportBuilder.Build(c.Evaluation, c.Framework, c.Score, FixedClock.Draft).Ok();
        var table = report.Blocks.OfType<TableBlock>().Last();

        Assert.Equal(["总分", "100", "", "", "", "", "91.28", ""], table.Rows[^1]);
        Assert.StartsWith("评价等级：☑优", table.Footer, StringComparison.Ordinal);
        Assert.All(table.Rows.Take(table.Rows.Count - 1), r => Assert.Matches(@"^\d+\.\d\d$|^不适用$", r[6]));
    }

    [Fact]
    public void Build_TablesNumbered_ConsecutiveWhenOneIsEmpty()
    {
        var c = Case.Load("huadu-2021");
        Assert.Empty(c.Evaluation.Goals);
        var captions = ReportBuilder.Build(c.Evaluation, c.Framework, c.Score, FixedClock.Draft).Ok().Blocks.OfType<TableBlock>().Select(t => t.Caption.Split(' ')[0]).ToList();

        Assert.Equal(Enumerable.Range(1, captions.Count).Select(i => "表" + i), captions);
    }

    [Fact]
    public void Build_NoDate_SignsWithTheClockDateAndSaysSo()
    {
        var c = Case.Load("huadu-2022");
        var report = ReportBuilder.Build(c.Evaluation, c.Framework, c.Score, FixedClock.Draft).Ok();
        var sign = report.Blocks.OfType<SignatureBlock>().Single();

        Assert.Equal("中国共产党广州市花都区委员会组织部", sign.Unit);
        Assert.Equal("2025年4月1日", sign.Date);
        Assert.NotNull(sign.DateNote);
        var dated = ReportBuilder.Build(c.Evaluation with { Date = new DateOnly(2023, 3, 20), SigningUnit = "某某（盖章）" }, c.Framework, c.Score, FixedClock.Draft).Ok().Blocks.OfType<SignatureBlock>().Single();
        Assert.Equal(("某某（盖章）", "2023年3月20日", (string?)null), (dated.Unit, dated.Date, dated.DateNote));
    }

    [Fact]
    public void Build_EmptyProjectAnalysis_MarkerNotFiller()
    {
        var c = Case.Load("complete-dept-2024");
        var e = c.Evaluation with { Narrative = c.Evaluation.Narrative with { ProjectAnalysis = null } };
        var report = ReportBuilder.Build(e, c.Framework, c.Score, FixedClock.Draft).Ok();
        var text = string.Join("\n", report.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));

        Assert.Contains("【待填写】各重点任务项目支出完成情况分析", text, StringComparison.Ordinal);
        Assert.DoesNotContain("无需单独说明", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ManagementAreaTextForUnknownSubArea_ErrorListsTheFrameworksSubAreas()
    {
        var c = Case.Load("complete-dept-2024");
        var areas = new Dictionary<string, string>(c.Evaluation.Narrative.ManagementAreas) { ["预算监督"] = "文字" };
        var e = c.Evaluation with { Narrative = c.Evaluation.Narrative with { ManagementAreas = areas } };
        var error = Assert.Single(ReportBuilder.Build(e, c.Framework, c.Score, FixedClock.Draft).Errors);

        Assert.Equal("narrative.managementAreas[\"预算监督\"]", error.Path);
        Assert.Contains("预算编制（2.1）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GoalTable_QuantitativeFullMarksShowScoreNotDash()
    {
        var c = Case.Load("complete-dept-2024");
        var goals = ReportBuilder.Build(c.Evaluation, c.Framework, c.Score, FixedClock.Draft).Ok().Blocks.OfType<TableBlock>().Single(t => t.Caption.Contains("绩效指标", StringComparison.Ordinal));

        Assert.Equal(["10.00", "10.00", "10.00", "9.00"], goals.Rows.Select(r => r[8]));
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
        Golden.Check(Extract.DocxText(DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score, FixedClock.Draft).Ok()), "testdata", name, "expected.report.txt");
    }

    [Fact]
    public void Build_EvaluationWithGoals_AddsGoalTable()
    {
        var c = Case.QingshenFilled();
        var report = ReportBuilder.Build(c.Evaluation, c.Framework, c.Score).Ok();
        var goals = report.Blocks.OfType<TableBlock>().Single(t => t.Caption.Contains("绩效指标", StringComparison.Ordinal));

        Assert.Equal(2, goals.Rows.Count);
        Assert.Equal("发放(缴纳)覆盖率", goals.Rows[0][2]);
        Assert.Equal("60.00", goals.Rows[0][8]);
    }

    [Fact]
    public void Build_CompleteEvaluation_NoPlaceholderAndNoWarning()
    {
        var c = Case.Load("complete-project-2024");
        var report = ReportBuilder.Build(c.Evaluation, c.Framework, c.Score).Ok();

        Assert.Empty(report.Warnings);
        Assert.Empty(report.Missing);
        Assert.Equal(0, report.MarkerCount);
        Assert.DoesNotContain(report.Blocks.OfType<ParagraphBlock>(), p => p.IsPlaceholder);
    }
}
