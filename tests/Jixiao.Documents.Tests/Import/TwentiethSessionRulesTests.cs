using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twentieth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentiethSessionRulesTests
{
    [Fact]
    public void AUnitsWholePerformanceInTheTitle_IsADepartmentReport()
    {
        var d = Lines(
            "2022年度湖北省药品监督管理局整体绩效自评结果",
            "一、自评结论",
            "经综合评价，2022年度我局整体支出绩效自评得分98.48分。");
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("湖北省药品监督管理局", d.Evaluation.Unit);
        Assert.Equal(98.48m, d.Stated.TotalScore);
    }

    [Fact]
    public void AVerbBeforeAShortName_IsNoRegion()
    {
        // 了解区应急局…: 了解 + 区 reads like a region's name; the verb opens no unit's full name.
        var d = Lines(
            "防汛抗旱项目支出绩效评价报告",
            "区财政局下达区应急局2021年防汛抗旱经费65万元。该项目实施单位为区应急局。",
            "了解区应急局2021年防汛抗旱经费的使用和效益情况。");
        Assert.Equal("区应急局", d.Evaluation.Unit);
    }

    [Fact]
    public void AShortNameAfterItsAbbreviationMark_IsNoUnit_NorIsAYearsEnd()
    {
        // 我局对2018年原省食品药品监督管理局(以下简称省食药监局)…: neither 以下简称省食药监局 nor 年原省…局 is the writer.
        var d = Lines(
            "2018年度财政专项资金绩效自评报告",
            "按照省财政厅要求,我局对2018年原省食品药品监督管理局(以下简称省食药监局)部门预算项目绩效目标完成情况进行了综合绩效自评,现将具体情况报告如下:",
            "一、财政专项资金项目安排及绩效目标");
        Assert.DoesNotContain("简称", d.Evaluation.Unit, StringComparison.Ordinal);
        Assert.False(d.Evaluation.Unit.StartsWith('年'), d.Evaluation.Unit);
    }

    [Fact]
    public void ADeclaredFullNameAfterAYearWithoutItsDigits_IsStillRead()
    {
        UnitRead("湖南省地方金融监督管理局",
            "2020年度省级金融发展专项资金绩效自评报告",
            "湖南省地方金融监督管理局(以下简称“我局”)于2021年3月成立绩效评价工作小组,对资金使用情况开展了自评。");
    }

    [Fact]
    public void APartsFiguresLaterInItsSentence_AreThePartsToo()
    {
        // 公用经费预算数…,实际执行…,完成预算的…: the spending and the rate after a part's budget are that part's.
        var d = Lines(
            "2022年度某某市药品监督管理局部门整体支出绩效自评报告",
            "一、部门基本情况",
            "2022年公用经费预算数1711.84万元,实际执行1608.57万元,完成预算的93.97%。");
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("1608.57", Value(d, "budget.publicExpense.executed").Value);
    }

    [Fact]
    public void TheDocumentsFiguresInANewSentence_AreStillTheDocuments()
    {
        var d = Lines(
            "2022年度某某市药品监督管理局部门整体支出绩效自评报告",
            "一、部门基本情况",
            "2022年公用经费预算数171.84万元。全年预算数2000万元,实际执行1900万元,执行率95%。");
        Assert.Equal(1900m, d.Evaluation.Budget.Executed);
        Assert.Equal(95m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void ANumberedItemsMoney_IsTheItems_TheirCommonRateTheDocuments()
    {
        var d = Lines(
            "某某市地方志编纂中心2023年度项目支出绩效自评报告",
            "一、项目基本情况",
            "纳入本次绩效自评的项目共有2个,项目支出65万元,具体情况如下:",
            "项目1:编辑出版工作经费,项目预算15万元,收入15万元,支出15万元,执行率100%。",
            "项目2:革命活动据点修缮补助资金,项目预算50万元,收入50万元,支出50万元,执行率100%。");
        Assert.Equal(65m, d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void AProjectNamedWithAColonButNoNumber_IsNoNumberedItem()
    {
        var d = Lines(
            "某某县2023年度农村公路养护项目支出绩效自评报告",
            "一、项目基本情况",
            "项目:农村公路养护,项目预算50万元,支出45万元,执行率90%。");
        Assert.Equal(50m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(45m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void ATitleThePageGivesTwiceInItsRunOnHead_IsTheTitle()
    {
        var d = Lines(
            "好文档 - 专业文书写作范文服务资料分享网站 2024年度科学普及和推广奖励资金(专利奖补资金)绩效评价报告 天下 分享 时间: 加入收藏 我要投稿 点赞 2024年度科学普及和推广奖励资金(专利奖补资金)绩效评价报告 一、项目概况 (一)项目立项 为提升专利创造能力,省财政设立专利奖补资金。");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal(2024, d.Evaluation.Year);
    }

    [Fact]
    public void AnEvaluatorsKeyAfterTheUnitsValue_EndsIt()
    {
        UnitRead("甘谷县城市管理综合行政执法队",
            "智慧城管项目支出绩效评价报告",
            "项目主管部门: 甘谷县城市管理综合行政执法队 评价实施部门: 甘谷县财政局",
            "一、项目基本情况");
    }

    [Fact]
    public void ATitleUnderAMetadataLabel_IsStillTheTitle()
    {
        var d = Lines(
            "主题词",
            "2020年度昌宁县司法局部门整体支出绩效自评报告",
            "一、部门概况");
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal(2020, d.Evaluation.Year);
    }

    [Fact]
    public void AUnitOpeningASentenceWithItsYear_NamesTheUnitOnce()
    {
        UnitRead("红河州粮食和物资储备局",
            "2024年度项目支出绩效自评报告",
            "红河州粮食和物资储备局2024年年初预算项目共14个,项目支出预算资金为2836.14万元。",
            "一、项目概况");
    }

    [Fact]
    public void TwoUnitsOpeningSentences_NameNone_ListMarksCounted()
    {
        // A copied template: the town the page is about opens its numbered sentences, another town one sentence — no unit.
        var d = Lines(
            "2023年度转移支付绩效自评报告",
            "(一)金寨县麻埠镇人民政府2023年度下达上级资金转移支付755.19万元。",
            "1.金寨县麻埠镇人民政府2023年度下达中央级资金转移支付755.19万元。",
            "金寨县白塔畈镇人民政府2023年度下达上级资金转移支付755.19万元。");
        Assert.NotEqual("金寨县白塔畈镇人民政府", d.Evaluation.Unit);
    }

    // One text each, the kind it must be read as: the session's kind cues where they fire and their look-alikes where they do not.
    [Theory]
    // A unit's whole performance (整体绩效) in a table's title: still a table.
    [InlineData(DocumentKind.DepartmentScoreTable, "某某县林业局2021年度部门整体绩效自评表", "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分", "投入 | 20 | 预算编制 | 10 | 预算编制科学性 | 5 | 5")]
    // Any 报告表 is a form to fill in, with or without 自评.
    [InlineData(DocumentKind.DepartmentScoreTable, "整体支出绩效报告表", "单位名称 | 某某区文化体育局", "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分", "投入 | 20 | 预算编制 | 10 | 预算编制科学性 | 5 | 5")]
    // A works programme's evaluation (…民生工程绩效…) is a project's, not the department's.
    [InlineData(DocumentKind.ProjectReport, "六安市农业农村局关于上报2021年新型职业农民培训民生工程绩效自评情况的报告", "省农业农村厅:", "按照要求,我局对2021年新型职业农民培训民生工程开展了绩效自评,现将自评报告如下:")]
    // 我所 on a page whose head names an institute: the institute's own voice.
    [InlineData(DocumentKind.ProjectReport, "2016质量兴省财政支出项目绩效评价报告 -- 收费标准 -- 海南省产品质量监督检验所", "", "2016质量兴省财政支出项目绩效评价报告", "根据省财政厅的通知要求,我所对2016年质量兴省项目资金开展了绩效自评。", "一、项目概况")]
    // 我所 under another body's title: still an outside firm's evaluation.
    [InlineData(DocumentKind.Other, "市政处关于2020年道路维护项目支出绩效评价报告", "受市财政局委托,我所本着客观公正的原则,对市政处道路维护项目进行了绩效评价。", "一、项目概况")]
    // 公开目录 | 自评报告: the page's category, not the title of the table below it.
    [InlineData(DocumentKind.DepartmentScoreTable, "索引号 | 01526415-6-/2021-0630005 | 发布机构 | 昌宁县司法局 | 公开目录 | 自评报告 | 发布日期 | 2021-06-30 | 2020年度部门整体支出绩效自评表 | 部门名称 | 昌宁县司法局 | 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分 | 投入 | 20 | 预算编制 | 10 | 预算编制科学性 | 5 | 5")]
    // A summary of many projects' results is 其他 …
    [InlineData(DocumentKind.Other, "| 2024年度财政支出项目绩效自评结果汇总表 | ||||", "| 序号 | 预算部门(或下属单位) | 项目名称 | 自评结果 | 财政抽查审核结果 |", "| 1 | 东莞市麻涌镇教育管理中心 | 城乡义务教育公用经费补助(小学中央) | 优 | 良 |")]
    // … one project's result stays its report.
    [InlineData(DocumentKind.ProjectReport, "2021年度本专科生奖助学金项目自评结果", "一、项目基本情况", "经自评,该项目得分95分,等级为优。")]
    // A department's goal table is 其他 …
    [InlineData(DocumentKind.Other, "部门整体支出绩效目标表", "部门名称 | 浮梁县林业局", "年度总体目标 | 保障林长制工作运转", "一级指标 | 二级指标 | 三级指标 | 指标值", "产出指标 | 数量指标 | 巡林次数 | ≥120次")]
    // … its self-evaluation table is not.
    [InlineData(DocumentKind.DepartmentScoreTable, "2021年度部门整体支出绩效自评表", "部门名称 | 浮梁县林业局", "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分", "投入 | 20 | 预算编制 | 10 | 预算编制科学性 | 5 | 5")]
    public void TheKindRead(DocumentKind kind, params string[] lines) => Assert.Equal(kind, Lines(lines).Kind);
}
