using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the fifteenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class FifteenthSessionRulesTests
{
    /// <summary>Asserts that <paramref name="text"/> is refused as no self-evaluation: no document, one warning saying so.</summary>
    private static void NoSelfEvaluation(string text)
    {
        var r = PublishedImporter.ImportText(text, "t.txt");
        Assert.Empty(r.Documents);
        Assert.Contains("未识别出自评报告或自评表", Assert.Single(r.Warnings), StringComparison.Ordinal);
    }

    /// <summary>A report without a title whose only outline cue is a transfer's (绩效目标分解下达情况), then <paramref name="statement"/>.</summary>
    private static string UntitledReport(string statement) => $"""
        按照有关文件要求,我单位{statement}
        一、绩效目标分解下达情况
        根据县人民政府批复,2022年下达预算资金201.48万元,用于农村饮水维修养护。
        """;

    [Theory]
    [InlineData("及时对农村饮水项目开展自评,县级自评情况报告如下:")]
    [InlineData("对农村饮水项目进行了梳理,现将绩效自评如下:")]
    public void StatementOfItsOwnSelfEvaluation_LowersTheKindThreshold(string statement)
    {
        var d = One(UntitledReport(statement));
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.Contains("自评的陈述", d.KindReason, StringComparison.Ordinal);
        Assert.Equal(2022, d.Evaluation.Year);
        SpansHold(d);
    }

    [Fact]
    public void WithoutSuchAStatement_TheSameTextIsNoSelfEvaluation()
    {
        NoSelfEvaluation(UntitledReport("及时对农村饮水项目进行了梳理。"));
    }

    /// <summary>A portal page (metadata flattened with |) whose body opens with <paramref name="heading"/>.</summary>
    private static string PortalPage(string heading) => $"""
        索引号 | 620722039/2022-00035 | 发文字号 | |
        关键词 | 发布机构 | 民乐县文体广电和旅游局 | |
        公开形式 | 主动公开 | 责任部门 | 民乐县博物馆 |
        一、单位基本情况
        民乐县博物馆为副科级建制事业单位。
        {heading}
        2021年财政拨款150.49万元,全年支出150.49万元,执行率100%。
        """;

    [Fact]
    public void HeadingOfTheWholeSpendingSelfEvaluated_MakesADepartmentReport_WhoseUnitIsTheResponsibleDepartment()
    {
        var d = One(PortalPage("二、部门整体支出绩效自评情况分析"));
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("民乐县博物馆", d.Evaluation.Unit);
        Assert.Equal("标签“责任部门”", Value(d, "unit").How[..8]);
        SpansHold(d);
    }

    [Fact]
    public void WholeSpendingNamedWithoutItsSelfEvaluation_IsNotEnough()
    {
        NoSelfEvaluation(PortalPage("二、部门整体支出情况"));
    }

    [Theory]
    [InlineData("龙岩市永定区图书馆永定区图书馆", "龙岩市永定区图书馆")]   // the header run into the title: the name again without its city
    [InlineData("龙岩市永定区图书馆", "龙岩市永定区图书馆")]
    public void UnitWrittenAgainWithoutItsRegion_IsReadOnce(string written, string unit)
    {
        var d = One($"""
            {written}2017年图书、报刊购置项目绩效自评报告
            一、项目概况
            预算经费3万元,用于图书采集、报刊订阅。
            """);
        Assert.Equal(unit, d.Evaluation.Unit);
        SpansHold(d);
    }

    /// <summary>An evaluation whose opening sentence is <paramref name="opening"/>.</summary>
    private static string CommissionedEvaluation(string opening) => $"""
        2017年文化精品项目扶持绩效评价报告
        {opening}
        一、项目概况
        (一)项目背景
        该项目2017年市级财政预算安排1803.46万元。
        """;

    [Fact]
    public void EvaluatorSpeakingOfItsCommission_IsNoSelfEvaluation()
    {
        var d = One(CommissionedEvaluation("我们接受成都市财政局委托,于2018年5月2日至2018年6月1日对成都市文化广电新闻出版局(以下简称“市文广新局”)的文化精品项目扶持开展绩效评价。"));
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("我们接受", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitIntroducedAfterADate_IsReadWithoutTheDatesEnd()
    {
        var d = One(CommissionedEvaluation("于2018年5月2日至2018年6月1日对成都市文化广电新闻出版局(以下简称“市文广新局”)的文化精品项目扶持开展了自评。"));
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("成都市文化广电新闻出版局", d.Evaluation.Unit);
        SpansHold(d);
    }

    private const string GluedTitle = "1、龙岩市永定区图书馆2017年图书、报刊购置项目绩效自评报告一、项目概况该项目是按年度预算安排的经常性专项业务费,"
        + "预算经费3万元,用于图书采集、报刊订阅。二、项目实施基本情况 本项目综合得分为95分,评价等次为优秀。";

    [Fact]
    public void PageRunTogether_TitleGluedToItsFirstHeadingAfterTheSitesWords_IsTheTitle()
    {
        var d = One("下载本文档 版权说明:本文档由用户提供并上传,若内容存在侵权,请进行举报或认领 文档简介 " + GluedTitle);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal(2017, d.Evaluation.Year);
        Assert.Equal("95", Value(d, "stated.totalScore").Value);
        SpansHold(d);
    }

    [Fact]
    public void LineOpeningWithATitleGluedToItsFirstHeading_IsReadAsWritten()
    {
        var d = One("文档简介\n" + GluedTitle);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("95", Value(d, "stated.totalScore").Value);
        SpansHold(d);
    }

    /// <summary>A portal page whose lines were joined: metadata one cell a word, then <paramref name="title"/> and its text.</summary>
    private static string JoinedPortalPage(string title) =>
        "• 索引号 • 79518791-2-/2023-0427027 • 发布机构 • 保山市文化和旅游局 • 发布日期 • 2023-04-27 • 文号 • 浏览量 • 主题词 "
        + title + " 一、自评结论 (一)自评得分 100分。 (二)绩效目标完成情况 数字资源补充50000册,指标完成率100%。";

    [Fact]
    public void ChromeLabelRunOnIntoTheTitleBelowIt_LeavesTheTitleALineOfItsOwn()
    {
        var d = One(JoinedPortalPage("保山市图书馆2022年度项目支出绩效自评报告(2022年中央支持地方公共文化服务体系建设补助资金"));
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("保山市图书馆", d.Evaluation.Unit);
        Assert.Equal(2022, d.Evaluation.Year);
        SpansHold(d);
    }

    [Fact]
    public void TitleSpacedApartAfterChrome_IsNotCutAtItsLastWord()
    {
        var d = One("首页 >> 政务公开 >> 公示公告 西平县民族宗教局 2022年财政衔接推进乡村振兴 补助资金项目绩效自评报告 来源: 西平县人民政府 发布时间: 2022-08-09"
            + " 一、绩效目标分解下达情况 项目总投资39.2696万元。 二、绩效自评工作开展情况 我单位对该项目资金使用的效果情况进行自评。");
        Assert.Equal("西平县民族宗教局", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Theory]
    [InlineData("时效性 有效 2018年开远市社会福利院绩效自评报告", "开远市社会福利院")]    // a chrome line's value, then the title opening with its year
    [InlineData("有效性 开远市社会福利院 2018年绩效自评报告", "开远市社会福利院")]     // the unit before the year is the title's
    public void TitleOpeningWithItsYearAfterAChromeValue_IsALineOfItsOwn(string metadataAndTitle, string unit)
    {
        var d = One("• 开远市民政局 • 索引号 000014348/2019-02803 • 发布机构 开远市民政局 • 文号 • 发布日期 2019-10-08 • " + metadataAndTitle
            + " 一、部门概况 (一)部门基本情况 福利院是一所市属综合性公办的社会福利机构。 (二)部门年度绩效管理工作计划 按计划开展绩效管理。");
        Assert.Equal(unit, d.Evaluation.Unit);
        Assert.Equal(2018, d.Evaluation.Year);
        SpansHold(d);
    }

    [Theory]
    [InlineData("2018年中央补助地方公共文化服务体系建设专项资金共计1586万元,其中:无线覆盖运行维护43.8万元。", 1586)]
    [InlineData("2018年省级法律援助办案补助经费共计1400万元,全部为财政经费拨款。", 1400)]
    [InlineData("文件共筹集城乡医疗救助补助资金1384.06万元,其中:中央财政医疗救助补助资金663万元。", 1384.06)]
    [InlineData("县财政列支179万元列入当年预算。", 179)]
    [InlineData("省、市、县财政专项投入达2340万元,其中县财政投入1000万元。", 2340)]
    public void FundsTotalInASentence_IsTheBudget(string sentence, double budget)
    {
        var d = One($"""
            某某县2018年度专项资金绩效自评报告
            一、项目基本情况
            {sentence}
            """);
        Assert.Equal((decimal)budget, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void FundsNamedWithoutATotal_GiveNoBudget()
    {
        var d = One("""
            某某县2018年度专项资金绩效自评报告
            一、项目基本情况
            项目资金共计划用于10个村,资金投入达到预期。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Theory]
    [InlineData("(一)项目概况 我校有学前教育公用经费、义务教育学生资助等项目。", DocumentKind.ProjectReport)]
    [InlineData("(一)部门基本情况 我校是全额拨款事业单位,内设5个科室。", DocumentKind.DepartmentReport)]
    public void SelfEvaluationWorkReport_TakesItsKindFromTheBody(string opening, DocumentKind kind)
    {
        var d = One($"""
            某某县某某镇中心小学校2022年度预算绩效自评工作报告
            一、基本情况
            {opening}
            """);
        Assert.Equal(kind, d.Kind);
    }

    [Theory]
    [InlineData("经评价,自评得分92.45,综合评价结果为:优。", "92.45")]           // without 分, the sentence going on
    [InlineData("自评绩效等级为“优”,分数为97分。", "97")]                        // the score after the grade
    public void ScoreInASentence_IsRead(string sentence, string score)
    {
        var d = One($"""
            某某县2021年度项目支出绩效自评报告
            一、项目基本情况
            {sentence}
            """);
        Assert.Equal(score, Value(d, "stated.totalScore").Value);
        SpansHold(d);
    }

    /// <summary>An indicator table whose header is <paramref name="header"/>, ending in a total row with one number.</summary>
    private static string IndicatorTable(string header) => $"""
        2022年度海绵城市工作经费项目支出绩效自评表
        项目名称 | 海绵城市工作经费 | ||||
        {header}
        产出指标 | 数量指标 | 完成方案编制 | 2套 | 2套 | 10 | |
        效益指标 | 社会效益指标 | 指导城市建设 | 完成 | 完成 | 10 | |
        总分 | 99.55分 | |||||
        """;

    [Fact]
    public void TotalRowWithOneNumber_UnderAScoreColumnAlone_IsTheScore()
    {
        var d = One(IndicatorTable("一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |"));
        Assert.Equal("99.55", Value(d, "stated.totalScore").Value);
        SpansHold(d);
    }

    [Fact]
    public void TotalRowWithOneNumber_UnderWeightAndScoreColumns_IsNoScore()
    {
        var d = One(IndicatorTable("一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 分值 | 得分 |"));
        Assert.DoesNotContain(d.Values, v => v.Path == "stated.totalScore");
    }

    [Theory]
    [InlineData("中国共产主义青年团邵阳市北塔区委员会 2021 年度部门整体支出绩效评价报告", "中国共产主义青年团邵阳市北塔区委员会")]
    [InlineData("2021年度部门整体支出绩效评价报告", "中国共产主义青年团")]   // the text names no region's committee: the name as read
    public void NationalBodysNameReadAlone_IsTheRegionsCommitteeTheTextNames(string secondLine, string unit)
    {
        var d = One($"""
            中国共产主义青年团2021年度部门整体支出绩效评价报告.docx
            {secondLine}
            一、部门概况
            (一)基本情况。中国共产主义青年团是中国共产党领导的先进青年的群众组织。
            """);
        Assert.Equal(unit, d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void LabelWithoutAValue_OverARowOfLabelsAndValues_TakesNoneOfThem()
    {
        var d = One("""
            旺苍县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表
            (2021年度)
            转移(项目)名称 基本药物制度补助资金
            中央主管部门
            地方主管部门 旺苍县卫生健康局 资金使用单位 旺苍县卫生健康局
            项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)
            年度资金总额: 2300.67 2300.67 100%
            """);
        Assert.Equal("旺苍县卫生健康局", d.Evaluation.Unit);
        Assert.Equal("资金使用单位", Value(d, "unit").How[3..9]);
        SpansHold(d);
    }

    /// <summary>A department's report, then its attachments' list, then a report of <paramref name="secondYear"/> again.</summary>
    private static string ReportGivenTwice(int secondYear) => $"""
        寻甸回族彝族自治县七星镇人民政府2024年度部门整体支出绩效自评报告
        一、部门基本情况
        七星镇机关设置5个综合办公室。
        二、部门整体支出情况
        2024年全年预算数为1200万元,执行数为1140万元,预算执行率为95%。
        附件6寻甸县人民政府七星镇2024年项目预算、决算明细表(单位:元)
        寻甸回族彝族自治县七星镇人民政府
        {secondYear}年度部门整体支出绩效评价报告
        一、部门概况
        七星镇机关设置5个综合办公室。
        """;

    [Fact]
    public void DepartmentReportGivenAgainBelowItsAttachments_IsOneDocument()
    {
        var d = One(ReportGivenTwice(2024));
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal(2024, d.Evaluation.Year);
        Assert.Equal(1200m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void DepartmentReportsOfTwoYears_StayTwoDocuments()
    {
        var r = PublishedImporter.ImportText(ReportGivenTwice(2023), "t.txt");
        Assert.Equal([2024, 2023], r.Documents.Select(x => x.Evaluation.Year));
    }

    [Fact]
    public void DepartmentsBudgetStatedAsSpendingAndIncome_IsRead()
    {
        var d = One("""
            桃源县热市镇人民政府2024年度部门整体支出绩效自评报告
            一、部门概况
            2024年部门年初预算支出5381.80万元,其中:基本支出1059.00万元,项目支出4322.88万元。
            2024年部门年初预算收入5381.80万元,年内调整预算收入5574.40万元,决算支出5241.83万元。
            """);
        Assert.Equal(5381.80m, d.Evaluation.Budget.Initial);
        Assert.Equal(5574.40m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(5241.83m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    [Fact]
    public void MoneyARegionPutIn_IsTheBudget()
    {
        var d = One("""
            嵩明县2017年度财政专项扶贫资金项目支出绩效评价报告
            一、项目概况
            2017年度我县投入财政专项扶贫资金1845万元,其中:中央财政专项扶贫资金1078万元。
            """);
        Assert.Equal(1845m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Theory]
    [InlineData("开远市民政局", true)]    // the title's unit: its own spending
    [InlineData("开远市残疾人联合会", false)]   // another body named before the figure: that body's
    public void SpendingAfterAUnitAndItsYear_IsTheDocumentsOnlyForTheTitlesUnit(string name, bool read)
    {
        var d = One($"""
            开远市民政局2016年度部门整体支出绩效自评报告
            一、部门概况
            {name}2016年度支出合计174万元。
            """);
        Assert.Equal(read ? 174m : null, d.Evaluation.Budget.Executed);
    }

    /// <summary>An untitled department report whose lines open with <paramref name="first"/> and <paramref name="second"/> and their year.</summary>
    private static string UntitledDepartmentReport(string first, string second) => $"""
        一、部门基本情况
        (一)部门概况
        {first}2016年度参与整体支出绩效自评单位共1个。
        (二)部门整体收支情况
        {second}2016年度收入合计123.38万元,其中:财政拨款收入123.38万元。
        """;

    [Fact]
    public void LinesOpeningWithTheSameUnitAndTheYear_NameTheUnit()
    {
        var d = One(UntitledDepartmentReport("开远市人民政府扶贫开发办公室", "开远市人民政府扶贫开发办公室"));
        Assert.Equal("开远市人民政府扶贫开发办公室", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void LinesOpeningWithTwoUnits_NameNone()
    {
        var d = One(UntitledDepartmentReport("开远市人民政府扶贫开发办公室", "开远市民政局"));
        Assert.Equal(string.Empty, d.Evaluation.Unit);
    }
}
