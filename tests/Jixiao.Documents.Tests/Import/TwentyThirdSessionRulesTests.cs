using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-third session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentyThirdSessionRulesTests
{
    private const string ProjectTitle = "2020年某某县困难职工送温暖项目绩效自评报告";

    [Theory]
    [InlineData("经查阅相关台帐资料,对该项目绩效进行了客观、公正的评价,最终评价结果为98分,评价等级为优。", "98")]
    [InlineData("对2020年专项储备粮补贴项目进行了客观评价,最终评分结果为90分,绩效评价等级为“优”。", "90")]
    [InlineData("评价组对项目资金使用情况进行了评价,评定结果得分为90.15分,评定等次为“优”。", "90.15")]
    [InlineData("根据评价指标体系,经评价组综合评价,该项目2020年度绩效评为98分。", "98")]
    [InlineData("二、自评基本结论(满分100分,实得98分)", "98")]
    public void AResultGivenInPoints_IsTheScore(string sentence, string score)
    {
        var d = Lines(ProjectTitle, "一、项目基本情况", sentence);
        Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), d.Stated.TotalScore);
        SpansHold(d);
    }

    [Theory]
    // A grade after the same words is the grade, no score.
    [InlineData("该项目自评得分未列明,综合评价结果为:优。")]
    // Rated a model, not points.
    [InlineData("该项目2020年被评为省级示范项目。")]
    // An item's points under the maximum of the item (1.项目申报(满分5分,实得5分)) are the item's.
    [InlineData("1.项目申报(满分5分,实得5分)")]
    public void ResultWordsWithoutTheDocumentsPoints_GiveNoScore(string sentence)
    {
        var d = Lines(ProjectTitle, "一、项目基本情况", sentence);
        Assert.Null(d.Stated.TotalScore);
    }

    [Fact]
    public void AResultWordBeforeAGrade_StillGivesTheGrade()
    {
        var d = Lines(ProjectTitle, "一、项目基本情况", "项目自评得分92.45,综合评价结果为:优。");
        Assert.Equal(92.45m, d.Stated.TotalScore);
        Assert.Equal("优", d.Stated.Grade);
    }

    [Theory]
    [InlineData("部门(单位)名称: 岳阳楼区住房和城乡建设局 ( 包含区棚改服务中心)")]
    [InlineData("部门(单位)名称: 岳阳楼区住房和城乡建设局（含下属机构）")]
    // A label's words inside the bracket (单位) no longer end the value there.
    [InlineData("部门(单位)名称: 岳阳楼区住房和城乡建设局（含下属单位）")]
    [InlineData("部门名称: 岳阳楼区住房和城乡建设局(含所属单位) 填报日期: 2020年4月20日")]
    public void AScopeInBracketsAfterTheUnit_IsNotPartOfItsName(string cover)
    {
        UnitRead("岳阳楼区住房和城乡建设局", "岳阳楼区2019年度部门(单位)整体支出绩效评价自评报告", cover, "一、部门(单位)基本概况");
    }

    [Fact]
    public void AnotherNameInBracketsAfterTheUnit_StaysItsName()
    {
        UnitRead("宁国市文化和旅游局(广播电视局)", "宁国市2021年度部门整体支出绩效自评报告", "部门(单位)名称: 宁国市文化和旅游局(广播电视局)", "一、部门(单位)基本概况");
    }

    [Theory]
    [InlineData("岳阳楼区20 19 年度部门(单位)整体支出绩效评价自评报告")]
    [InlineData("岳阳楼区2 0 1 9 年度部门(单位)整体支出绩效评价自评报告")]
    public void AYearWhoseDigitsThePdfSpaced_IsRead(string title)
    {
        var d = Lines(title, "部门(单位)名称: 岳阳楼区住房和城乡建设局", "一、部门(单位)基本概况");
        Assert.Equal(2019, d.Evaluation.Year);
        SpansHold(d);
    }

    [Fact]
    public void TwoFiguresApart_AreNoYear()
    {
        // Counts in cells (20 | 19 年 would be a year; 120 19年 is a count and a year's end, never joined).
        var d = Lines("某某区2021年度部门整体支出绩效自评报告", "部门(单位)名称: 某某区住房和城乡建设局", "实有人数 120 19年以来未变动");
        Assert.Equal(2021, d.Evaluation.Year);
    }

    private const string TownReport = "2024年度林业草原生态保护恢复资金项目支出绩效评价报告";

    [Fact]
    public void ATownLedByItsCounty_PublishingItsOwnReport_IsTheUnit()
    {
        UnitRead("白沙黎族自治县邦溪镇",
            "索引号:8261993/2025-00027 发文机关:白沙黎族自治县邦溪镇 成文日期:2025年04月10日",
            TownReport,
            "根据县财政局《关于开展2024年度项目支出绩效自评工作的通知》要求,对本单位2024年度项目开展绩效自评工作。");
    }

    [Theory]
    // The town posts its city's report: the text speaks as the city.
    [InlineData("发文机关:无为市襄安镇 成文日期:2023年07月03日", "2022年初我市农村危房改造资金预算安排300.7万元,对本年度项目开展绩效自评工作。")]
    // A mere source (来源) posts others' reports as often as its own.
    [InlineData("来源:白沙黎族自治县邦溪镇 发布时间:2025-04-10", "对本单位2024年度项目开展绩效自评工作。")]
    // A town without its county could be any county's.
    [InlineData("发文机关:邦溪镇 成文日期:2025年04月10日", "对本单位2024年度项目开展绩效自评工作。")]
    public void ATownPublisher_SpeakingForItsCityOrMerelyASource_NamesNoUnit(string publisher, string body)
    {
        var d = Lines(publisher, TownReport, body);
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit), d.Evaluation.Unit);
    }

    [Fact]
    public void ChromeRunOnIntoALongFirstSentence_IsSplitOff_AndItsSourceRead()
    {
        // A page whose breaks were lost: the metadata line runs on into a long first paragraph opening with a run-in heading.
        var body = "城乡社区建设奖补项目绩效自评综述:根据年初设定的绩效目标,项目绩效自评得分为100分。全年预算数为290万元,执行数为290万元,完成预算的100%。"
            + string.Concat(Enumerable.Repeat("项目绩效目标完成情况良好,社区治理机制进一步完善,", 8));
        var d = Lines("2022年度城乡社区建设奖补项目支出绩效评价报告 发布时间:2023-12-05 09:19信息来源: 芜湖市民政局阅读次数:编辑:叶亚运 字体:【 " + body);
        Assert.Equal("芜湖市民政局", d.Evaluation.Unit);
        Assert.Equal(100m, d.Stated.TotalScore);
        Assert.Equal("290", Value(d, "budget.adjusted").Value);
        SpansHold(d);
    }

    [Fact]
    public void AnItemsSubheadingRunOnAfterASpace_StartsALine_SoTheItemsFiguresStayTheItems()
    {
        // 1.某某项目 (1)项目背景… with the breaks lost: the item's heading stands alone, and its figures are the item's, not the
        // report's (the unit ran four projects).
        var d = Lines("屏边县公安局交通警察大队2022年度项目支出绩效评价报告 一、基本情况 (一)项目概况。 屏边县公安局交通警察大队共开展2个项目。 "
            + "1.中央和省级政法纪检监察转移支付项目 (1)项目背景 该项目是经常性项目。 (2)资金投入和使用情况 该项目全年预算经费73.19万元,全年支出合计43.73万元,预算执行率59.75%。 "
            + "2.交通警察部门公安管理业务费项目 (1)项目背景 该项目是经常性项目。 (2)资金投入和使用情况 该项目全年预算经费20万元,全年支出合计20万元,预算执行率100%。");
        Assert.DoesNotContain(d.Values, v => v.Path is "budget.adjusted" or "budget.executed" or "budget.statedRatePercent");
    }

    [Fact]
    public void AnEssaySitesTimeLine_RunOnAfterTheTitle_IsChrome()
    {
        // 时间:2019-05-13 20:20:56 作者:会员上传 after the title, the breaks lost: the title stands alone and is read.
        var d = Lines("基层农技推广体系建设项目工作自评报告[5篇] 时间:2019-05-13 20:20:56下载本文作者:会员上传 简介:小编为你整理了多篇相关的范文。 "
            + "一、组织管理情况 (一)领导重视 根据国家、省、市有关文件精神,区委、区政府高度重视基层农技推广体系改革与建设。");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
    }

    [Theory]
    // The level above's evaluation of the same body's money reported by the page's source: the source is who posted it.
    [InlineData("6月13日,受自治区乡村振兴局委托,某某会计师事务所项目组在红寺堡区乡村振兴局召开2022年度衔接资金审查和绩效评价见面会。", null)]
    // No commission named: the source of a page of kind 其他 still names its unit, as before.
    [InlineData("6月13日,红寺堡区乡村振兴局召开2022年度衔接资金绩效评价见面会,会计师事务所项目组参加。", "红寺堡区乡村振兴局")]
    public void ACommissionedEvaluationsNewsPage_ItsSourceNamesNoUnit(string sentence, string? unit)
    {
        var r = Imported("您当前的位置:首页 > 专题专栏 > 乡村振兴 > 工作动态", "自治区乡村振兴局对红寺堡区2022年度衔接资金开展审查和绩效评价",
            "时间:2022-06-14 来源:红寺堡区乡村振兴局", "字号:", sentence, "见面会上,绩效评价项目组对2022年度各单位项目实施情况进行了深入了解。");
        var d = Assert.Single(r.Documents.Concat(r.Undecided));
        Assert.Equal(unit ?? string.Empty, d.Evaluation.Unit);
    }

    [Fact]
    public void APublisherRowWrappedAfterItsLabel_IsReadFromTheNextLinesFirstCell()
    {
        // A PDF's or a narrow copy's wrap: 发布机构 ends the line, its cell | 腾冲市林业和草原局 | opens the next.
        UnitRead("腾冲市林业和草原局",
            "索引号 | 01526035-8-/2020-0828018 | 发布机构",
            "| 腾冲市林业和草原局 |",
            "公开目录 | 财政预决算 | 发布日期 | 2020-08-28",
            "腾冲市2019年度林业改革发展资金项目支出绩效自评报告",
            "一、项目基本情况",
            "腾冲市林业和草原局按要求对项目开展绩效自评。");
    }

    [Theory]
    // The project framework's parts as the outline, under a report title that names no kind.
    [InlineData("某某县城乡医疗救助资金绩效评价报告", "一、项目投入情况", "(一)项目立项", "(二)资金落实")]
    [InlineData("某某县城乡医疗救助资金绩效评价报告", "一、投入(14分)", "(一)项目立项(8分)", "(二)资金落实(6分)")]
    // A special fund's report on itself, with the project template's unit heading, the title lost.
    [InlineData("当前位置:首页 > 文章", "一、专项资金基本情况", "(一)项目单位基本情况", "(二)专项资金概况")]
    // The other headings of a project's outline.
    [InlineData("当前位置:首页 > 文章", "一、项目概况", "(一)项目实施依据", "(二)项目基本性质、用途和主要内容")]
    [InlineData("当前位置:首页 > 文章", "一、项目决策情况", "(一)项目立项", "(二)项目财务管理情况")]
    public void AProjectsOutline_MakesAProjectReport(string title, string heading, string first, string second)
    {
        var d = Lines(title, heading, first, "程序完整,执行程序规范。", second, "资金已全部拨付到位。");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
    }

    [Fact]
    public void AnOutlineWithoutAnyProjectsWords_IsStillRefused()
    {
        var r = Imported("当前位置:首页 > 文章", "一、基本情况", "(一)总体情况", "全年工作顺利完成。", "二、工作成效", "各项工作均已完成。");
        Assert.Empty(r.Documents);
    }

    [Fact]
    public void MoneyNamedReceivedBeforeABudgetWord_IsNoBudget()
    {
        // 实际落实到位的…资金总额: the money that arrived, whatever the budget word after it.
        var d = Lines(ProjectTitle, "一、项目基本情况", "项目实施年度内实际落实到位的城乡医疗救助补贴资金总额543.14万元。截至评价日,资金到位率100%。");
        Assert.DoesNotContain(d.Values, v => v.Path is "budget.adjusted" or "budget.initial");
        var budgeted = Lines(ProjectTitle, "一、项目基本情况", "项目资金总额543.14万元,实际到位543.14万元。");
        Assert.Equal("543.14", Value(budgeted, "budget.adjusted").Value);
    }

    [Fact]
    public void TheTransferTemplatesOutlineWithoutItsTitle_IsATransferReport()
    {
        var d = Lines("当前位置:首页 > 文章", "一、绩效目标分解下达情况", "2024年省财政下达我区资金440万元。", "二、绩效情况分析", "(一)资金投入情况分析", "资金已全部下达。");
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
    }

    [Fact]
    public void MoneyInsideANumberedItemOfItsLine_IsTheItems()
    {
        // (1)…拨付率100%。该项目…已拨付资金100.6万元;(2)…: one project's progress, not the report's spending.
        var d = Lines("2024年中央专项彩票公益金转移支付绩效自评报告", "二、绩效情况分析",
            "1.资金目标:(1)文化公园项目资金拨付率100%。该项目按工程进度及时拨付资金,全年实际支出100.6万元,及时率71.86%;(2)配套设施建设项目资金拨付率100%。");
        Assert.DoesNotContain(d.Values, v => v.Path is "budget.executed");
        var whole = Lines("2024年中央专项彩票公益金转移支付绩效自评报告", "二、绩效情况分析", "1.资金目标:全年实际支出100.6万元。");
        Assert.Equal("100.6", Value(whole, "budget.executed").Value);
    }

    [Fact]
    public void AReportWalkingItsOwnScore_WithoutItsTitle_IsAProjectReport()
    {
        string[] body = ["一、投入(14分)", "(一)项目立项(8分):", "(1)项目立项(2分)", "我县项目严格按照审批程序编报项目建议书,程序完整。自评得2分。",
            "(二)资金落实(6分):", "今年我县支持学前教育项目发展资金1293.5万元,资金到位率100%。"];
        Assert.Equal(DocumentKind.ProjectReport, Lines(body).Kind);
        // Without its self-scoring the same outline is too weak to say what it is.
        Assert.Empty(Imported([.. body.Select(l => l.Replace("自评得2分。", "程序规范。", StringComparison.Ordinal))]).Documents);
    }

    [Fact]
    public void AProjectTablesColumnsWithoutItsTitle_MakeAProjectTable()
    {
        var d = Lines("项目名称 | 某某街道瓶改管工程 | 投向领域 | 老旧小区改造领域 |", "项目主管部门 | 某某区住房和建设局 | 项目单位 | 某某街道办事处 |",
            "当年绩效指标 | 一级指标 | 二级指标 | 三级指标 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
            "产出指标 | 数量指标 | 改造户数 | 1806户 | 10 | 10 | |");
        Assert.Equal(DocumentKind.ProjectTable, d.Kind);
    }

    [Fact]
    public void AStandingGroupsOffice_IsAUnit_ButTheGroupItselfIsNot()
    {
        UnitRead("珠海市涉农资金统筹整合领导小组办公室", "2023年度涉农资金统筹整合转移支付绩效自评报告", "填报单位名称:珠海市涉农资金统筹整合领导小组办公室", "一、绩效目标分解下达情况");
        // The group that did the evaluation is no unit (a transfer report may still name its region).
        var d = Lines("2023年度涉农资金统筹整合转移支付绩效自评报告", "评价单位:珠海市自评工作领导小组", "一、绩效目标分解下达情况");
        Assert.DoesNotContain("领导小组", d.Evaluation.Unit, StringComparison.Ordinal);
    }

    [Theory]
    // The finance bureau compiles the district's transfer report, which speaks as the district.
    [InlineData("2022年,我区涉农资金统筹整合工作由我局牵头组织有关主管部门实施。", "")]
    // Without the district's voice the bureau that calls itself 我局 is the writer.
    [InlineData("2022年,涉农资金统筹整合工作由我局牵头组织有关主管部门实施。", "增城区财政局")]
    public void ATransferReportCompiledByItsFinanceBody_IsTheRegions(string sentence, string unit)
    {
        var d = Lines("增城区2022年涉农统筹整合转移支付区域绩效自评报告", "一、绩效目标分解下达情况", sentence, "增城区财政局负责统筹整合工作的组织协调。");
        Assert.Equal(unit, d.Evaluation.Unit);
    }
}
