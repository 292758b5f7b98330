using Jixiao.Documents.Import;
using Jixiao.Documents.Reading;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the thirteenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class ThirteenthSessionRulesTests
{
    /// <summary>The narrative sections read, by key (overview, finances …).</summary>
    private static List<string> Sections(ImportedDocument d) =>
        [.. d.Sources.Keys.Where(k => k.StartsWith("narrative.", StringComparison.Ordinal)).Select(k => k["narrative.".Length..])];

    /// <summary>A project report whose second heading is <paramref name="heading"/>.</summary>
    private static string ReportWithHeading(string heading) => $"""
        某某县某某局2023年度项目支出绩效自评报告
        一、项目概况
        某某项目由某某局实施。
        {heading}
        本节正文写明有关情况。
        """;

    [Theory]
    [InlineData("二、项目资金申报及使用情况", "finances")]
    [InlineData("(一)资金计划、到位及使用情况", "finances")]
    [InlineData("(一)中央下达农村环境整治资金预算情况", "finances")]
    [InlineData("二、预算执行完成情况", "finances")]
    [InlineData("三、项目绩效实现情况", "goalAnalysis")]
    [InlineData("三、绩效目标自评完成情况分析", "goalAnalysis")]
    [InlineData("(三)项目自评价步骤", "management")]
    public void HeadingWithAPairOfWords_NamesItsSection(string heading, string section)
    {
        var d = One(ReportWithHeading(heading));
        Assert.Contains(section, Sections(d));
        SpansHold(d);
    }

    [Theory]
    [InlineData("二、资金")]                       // one word of the pair only
    [InlineData("二、资金来源，使用方向")]           // the pair split by a comma: two clauses
    [InlineData("二、资金用于购置设备和维修房屋等日常使用")] // the second word too far from the first
    public void HeadingWithoutThePair_NamesNoSection(string heading)
    {
        var d = One(ReportWithHeading(heading));
        Assert.DoesNotContain("finances", Sections(d));
    }

    [Fact]
    public void SectionWordTakesPrecedenceOverAPair()
    {
        // 资金…使用 would say finances; the heading's own words (绩效目标完成情况) decide.
        var d = One("""
            某某县某某局2023年度项目支出绩效自评报告
            一、项目概况
            某某项目由某某局实施。
            二、资金使用绩效目标完成情况
            各项指标均已完成。
            """);
        Assert.Contains("goalAnalysis", Sections(d));
        Assert.DoesNotContain("finances", Sections(d));
    }

    [Fact]
    public void Pairs_AreData_AProvinceAddsOne()
    {
        var files = VocabularyCatalog.Sources().Append(("reading/xx-province.yaml", "sections:\n  - section: finances\n    words: []\n    pairs: [专款…落实]\n"));
        var vocabulary = VocabularyLoader.Load(files);
        Assert.True(vocabulary.IsSuccess, string.Join("\n", vocabulary.Errors));
        var text = """
            某某县某某局2023年度项目支出绩效自评报告
            一、项目概况
            某某项目由某某局实施。
            二、专款拨付落实情况
            已全部拨付。
            """;
        var d = Assert.Single(PublishedImporter.ImportText(text, "x.txt", new ImportOptions { Vocabulary = vocabulary.Value }).Documents);
        Assert.Contains("finances", Sections(d));
        Assert.DoesNotContain("finances", Sections(One(text)));
    }

    [Theory]
    [InlineData("[资金使用]")]
    [InlineData("[资金…]")]
    [InlineData("[…使用]")]
    [InlineData("[资金…使用…情况]")]
    public void Pair_WithoutTwoWords_ErrorNamesFileAndLine(string pairs)
    {
        var result = VocabularyLoader.Load([("reading/bad.yaml", $"description: x\nsections:\n  - section: finances\n    words: [收支情况]\n    pairs: {pairs}\n")], complete: false);
        var e = Assert.Single(result.Errors);
        Assert.Equal("reading/bad.yaml:5", e.Path);
        Assert.Contains("pairs", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A project report run together on one line, its overview opening with <paramref name="subject"/> 是….</summary>
    private static string RunOnProjectReport(string subject) =>
        $"市级财政项目支出绩效评价报告——某某示范基地项目一、项目概况(一)项目单位基本情况{subject}是市政府直属机构,主管本市农业工作。" +
        "(二)项目基本情况某某示范基地项目由市财政安排资金,用于示范基地建设,按照要求组织实施,现已完成建设任务并通过验收。";

    [Fact]
    public void RunOnOverview_UnitDescribingItself_IsTheUnit()
    {
        var d = One(RunOnProjectReport("福安市农业局"));
        Assert.Equal("福安市农业局", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Theory]
    [InlineData("本市农业部门")]   // no unit's name before 是
    [InlineData("该局")]
    public void RunOnOverview_NoUnitName_NoUnit(string subject)
    {
        var d = One(RunOnProjectReport(subject));
        Assert.DoesNotContain(d.Values, v => v.Path == "unit");
    }

    [Fact]
    public void RunOnUnit_NeedsTheHeadingNumberRightBeforeTheOverviewWords()
    {
        // 基本情况 in running text, not after a heading's number: no self-description is read from it.
        var d = One("市级财政项目支出绩效评价报告——某某示范基地项目一、项目概况某某示范基地项目由市财政安排资金。现将基本情况福安市农业局是项目实施单位的情况报告如下,项目按计划组织实施,资金已按进度拨付到位并全部用于建设。");
        Assert.DoesNotContain(d.Values, v => v.Path == "unit");
    }

    [Fact]
    public void ContentsWordGluedToItsFirstEntry_EntriesAreNoSections()
    {
        var d = One("""
            某某街道办事处部门整体支出绩效评价报告
            目录1.引言
            1.1部门职责概述
            5.2存在绩效问题
            6.2建议
            某某街道办事处部门整体支出绩效评价
            根据通知要求，我办开展了部门整体支出绩效评价。
            """);
        Assert.DoesNotContain("measures", Sections(d));
        Assert.DoesNotContain("problems", Sections(d));
    }

    [Fact]
    public void ContentsWordInASentence_OpensNoContents()
    {
        var d = One("""
            某某街道办事处2023年度部门整体支出绩效自评报告
            目录管理工作已完成。
            一、存在的问题
            绩效目标不够细化。
            """);
        Assert.Contains("problems", Sections(d));
    }

    /// <summary>A portal page whose line breaks were lost: metadata first, then the title, the font switch and the text.</summary>
    private static string RunOnPortalPage(string title) =>
        "进入老年版 索引号 113302830029805918/2022-131998 组配分类 专项经费 主题分类 公路 公开方式 主动公开 公开范围 面向全社会 " +
        $"发布机构 区交通运输局 发文日期 2022-08-05 {title} 字体:【大】 【小】 为进一步规范和加强财政专项资金管理,提高财政资金效益," +
        "现将2021年度美丽经济交通走廊项目绩效情况报告如下: 一、项目基本情况 根据有关文件,下达项目资金2000万元。 二、项目资金使用情况 " +
        "项目全年预算数为2000万元,执行数为1980万元,预算执行率为99%。";

    [Fact]
    public void RunOnPortalPage_TitleAfterTheMetadataDate_IsTheTitle()
    {
        var d = One(RunOnPortalPage("2021年美丽经济交通走廊项目专项资金绩效自评报告"));
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal(2021, d.Evaluation.Year);
        Assert.Equal(2000m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void RunOnPortalPage_WithoutATitle_IsNoSelfEvaluation()
    {
        // The same page with a news headline in the title's place: nothing names a self-evaluation, so no kind is made up.
        var result = PublishedImporter.ImportText(RunOnPortalPage("区交通运输局召开专题会议"), "t.txt");
        Assert.DoesNotContain(result.Documents, x => x.Kind is DocumentKind.ProjectReport or DocumentKind.ProjectTable);
    }

    [Fact]
    public void RunOnAttachmentList_NamesNoTitle()
    {
        var text = "附 件:1.某某省科学技术厅2020年度部门整体支出绩效自评报告 2.2020 年度“某某专项资金”绩效自评报告 " +
            "各有关单位:根据工作安排,现将我厅2020年度绩效自评报告予以公开,请各单位按要求做好有关工作,加强资金管理。";
        var result = PublishedImporter.ImportText(text, "t.txt");
        Assert.DoesNotContain(result.Documents, x => x.Kind is DocumentKind.DepartmentReport or DocumentKind.ProjectReport);
    }

    [Fact]
    public void RunningHeaderWithAPageNumber_StartsNoDocument()
    {
        var result = PublishedImporter.ImportText("""
            某某市某某区城市管理局2020年度部门整体支出绩效评价报告
            项目单位:某某市某某区城市管理局
            报告日期:2021年5月
            某某市某某区城市管理局2020年部门整体支出绩效评价报告 5
            摘要
            (二)2020年度重点工作
            区城市管理局紧紧围绕城市转型发展战略定位开展工作。
            """, "t.txt");
        var d = Assert.Single(result.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Empty(result.Undecided);
    }

    [Fact]
    public void SecondTitleWithoutAPageNumber_StillStartsADocument()
    {
        var result = PublishedImporter.ImportText("""
            某某区城市管理局2020年度部门整体支出绩效自评报告
            一、部门概况
            城市管理局负责城市管理工作。
            二、存在的问题
            绩效目标不够细化。
            某某区城市管理局2020年度城市照明项目支出绩效自评报告
            一、项目概况
            城市照明项目由城市管理局实施。
            """, "t.txt");
        Assert.Equal([DocumentKind.DepartmentReport, DocumentKind.ProjectReport], result.Documents.Select(x => x.Kind));
    }

    [Theory]
    [InlineData("并经市统计局")]
    [InlineData("由县财政局")]
    public void NameOpeningWithAClauseWord_IsNoUnit(string name)
    {
        var d = One($"""
            某某项目支出绩效自评报告
            一、项目概况
            我局按要求开展了项目自评，数据来源于统计年鉴，{name}审核。
            二、存在的问题
            绩效目标不够细化。
            """);
        Assert.DoesNotContain(d.Values, v => v.Path == "unit" && v.Value.StartsWith(name[0]));
    }

    /// <summary>A project report whose copy lost its title: its outline gives the project kind 3 points (项目概况 2, 项目基本情况 1).</summary>
    private static string UntitledProjectReport(string act) => $"""
        一、项目概况
        (一)项目基本情况
        某某县城市生活垃圾填埋场于2007年建成并投入运行。根据县财政局的通知要求，我单位对该项目{act}，有关情况如下。
        项目全年预算数为1000万元，执行数为1000万元，预算执行率为100%。
        """;

    [Fact]
    public void UntitledText_StatingItsSelfEvaluation_TakesTheKindAtTheLowerThreshold()
    {
        var d = One(UntitledProjectReport("开展了绩效自评"));
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Contains("开展了绩效自评", d.KindReason, StringComparison.Ordinal);
        Assert.Equal(1000m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void UntitledText_WithoutThatStatement_IsStillRefused()
    {
        var result = PublishedImporter.ImportText(UntitledProjectReport("开展了专项检查"), "t.txt");
        Assert.Empty(result.Documents);
        Assert.Single(result.Undecided);
    }

    [Fact]
    public void SelfEvaluationActThreshold_OutOfRange_ErrorNamesFileAndLine()
    {
        var result = VocabularyLoader.Load([("reading/bad.yaml", "description: x\nselfEvaluationActThreshold: 0\n")], complete: false);
        var e = Assert.Single(result.Errors);
        Assert.Equal("reading/bad.yaml:2", e.Path);
        Assert.Contains("selfEvaluationActThreshold", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A bureau's report on its projects: the money stated without a budget label, then spending and the rate.</summary>
    private static string UnlabelledBudgetReport(string money, string rate) => $"""
        某某市农业农村局关于2023年度项目绩效自评工作的报告
        一、项目概况
        2023年预算安排我局专项资金项目共计113个,{money}。我局认真审核拨付每笔资金,至2023年底共支出2856.63万元,执行率{rate}。
        二、存在的问题
        个别项目支出进度偏慢。
        """;

    [Fact]
    public void NoBudgetLabel_TheOneAmountTheRateProves_IsTheBudget()
    {
        var d = One(UnlabelledBudgetReport("财政资金3267.28万元", "87.43%"));
        Assert.Equal(3267.28m, d.Evaluation.Budget.Adjusted);
        Assert.Contains("没有预算数的标签", d.Values.Single(v => v.Path == "budget.adjusted").How, StringComparison.Ordinal);
        SpansHold(d);
    }

    [Theory]
    [InlineData("财政资金3267.28万元", "87%")]                            // a whole percentage fits too many amounts
    [InlineData("财政资金3267.28万元,另有结转资金3267.30万元", "87.43%")]   // two different amounts fit: none is taken
    [InlineData("财政资金3000万元", "87.43%")]                            // no amount fits
    public void NoBudgetLabel_NoSingleProvenAmount_NoBudget(string money, string rate)
    {
        var d = One(UnlabelledBudgetReport(money, rate));
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    /// <summary>A project report stating its budget and rate, the spending only as an unlabelled amount.</summary>
    private static string UnlabelledSpendingReport(string spent, string rate) => $"""
        某某县民政局2024年度福彩公益金项目支出绩效自评报告
        一、项目概况
        项目预算数为322.14万元。截至年底{spent},预算执行率为{rate}。
        二、存在的问题
        资金使用进度偏慢。
        """;

    [Fact]
    public void NoSpendingLabel_TheOneAmountTheRateProves_IsTheSpending()
    {
        var d = One(UnlabelledSpendingReport("用于敬老院提升改造96.9576万元", "30.10%"));
        Assert.Equal(322.14m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(96.9576m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    [Theory]
    [InlineData("用于敬老院提升改造96.9576万元", "30%")]                         // a whole percentage
    [InlineData("用于敬老院96.9576万元、救助站96.96万元", "30.10%")]               // two different amounts fit
    [InlineData("用于敬老院提升改造50万元", "30.10%")]                           // none fits
    public void NoSpendingLabel_NoSingleProvenAmount_NoSpending(string spent, string rate)
    {
        var d = One(UnlabelledSpendingReport(spent, rate));
        Assert.Null(d.Evaluation.Budget.Executed);
    }
}
