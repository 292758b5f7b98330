using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the eighteenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class EighteenthSessionRulesTests
{
    [Fact]
    public void AllocationNamingTheReceivingRegion_ReadsPastTheLongFundName()
    {
        var d = Lines("2022年度霍山县残联项目支出绩效自评报告", "一、项目基本情况", "2022年度下达霍山县中央专项彩票公益金支持残疾人事业发展补助资金93.61万元,统筹用于残疾儿童康复救助。");
        Assert.Equal(93.61m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void AllocationFollowedByNoRegion_KeepsItsGap()
    {
        // 下达 + 2022年度 is no region: the fund name is counted from the label and is too long.
        var d = Lines("2022年度霍山县残联项目支出绩效自评报告", "一、项目基本情况", "下达2022年度中央专项彩票公益金支持残疾人事业发展补助及其他专项补助资金93.61万元。");
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Theory]
    [InlineData("我单位2021年收到财政资金1755.06万元,无年初结转结余。", 1755.06)]
    [InlineData("奖补资金到位率:收到拨付的省电子商务发展资金96万元,资金在审核落实中。", 96)]
    public void MoneyReceivedForTheYear_IsTheBudget(string line, double amount)
    {
        var d = Lines("江华县住建局2021年部门整体支出绩效自评报告", "一、基本情况", line);
        Assert.Equal((decimal)amount, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void ReceivedThingsThatAreNoMoney_AreNoBudget()
    {
        var d = Lines("江华县住建局2021年部门整体支出绩效自评报告", "一、基本情况", "全年收到群众来信120件,均已办结。");
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Theory]
    [InlineData("妇幼保健院绩效考核自评报告范文")]
    [InlineData("青少年活动中心事前绩效评估报告(精选7篇)")]
    [InlineData("青少年活动中心部门整体支出绩效自评报告 篇1")]
    public void EssaySiteTemplateTitle_NamesNoUnitWithoutItsRegion(string title)
    {
        var d = Lines(title, "一、部门概况", "我院全年开展基本公共卫生服务。");
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit), d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("保山市妇幼保健院2020年绩效自评报告范文", "保山市妇幼保健院")]
    [InlineData("青少年活动中心部门整体支出绩效自评报告", "青少年活动中心")]
    public void RegionLedOrPlainTitle_StillNamesItsUnit(string title, string unit)
    {
        Assert.Equal(unit, Lines(title, "一、部门概况", "全年开展基本公共卫生服务。").Evaluation.Unit);
    }

    [Fact]
    public void ClauseOpeningBeforeAnIssuer_IsNoUnit()
    {
        var d = Lines("2020年度退役士兵教育培训资金项目支出绩效评价报告", "为落实市财政局《南昌市财政局关于开展2021年度预算绩效管理有关工作的通知》要求,开展评价。");
        Assert.NotEqual("为落实市财政局", d.Evaluation.Unit);
    }

    [Fact]
    public void UnitWrittenAfterAMaskedRegion_IsWithheld()
    {
        var d = Lines("红十字会整体支出绩效评价报告.docx", "", "1、XX年度XX市红十字会整体支出绩效评价报告一、部门概况(一)部门设立背景及概况");
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit), d.Evaluation.Unit);
        Assert.Contains(d.Missing, m => m.Path == "unit" && m.Note.Contains("XX市红十字会", StringComparison.Ordinal));
    }

    [Fact]
    public void UnitWrittenAfterARealRegion_IsKept()
    {
        var d = Lines("红十字会整体支出绩效评价报告.docx", "", "1、2023年度遵义市红十字会整体支出绩效评价报告一、部门概况(一)部门设立背景及概况");
        Assert.Equal("遵义市红十字会", d.Evaluation.Unit);
    }

    [Fact]
    public void TitleNamingAFundWithoutTheWordsOfAProject_IsNoDepartmentReport()
    {
        var d = Lines("2021乡镇(公社)老放映员省级补助资金_自评报告.pdf", "一、项目基本情况", "(一)基本信息", "项目存在的主要问题:补助标准可适度提高。", "改进措施:提高标准。");
        Assert.NotEqual(DocumentKind.DepartmentReport, d.Kind);
    }

    [Fact]
    public void UntitledTextOnAProjectReportsOutline_IsAProjectReport()
    {
        var d = Lines("一、基本情况", "(一)项目概况。", "1.项目基本情况:", "新建幼儿园三所,总用地面积13亩。", "该项目估算总投资3988万元。");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
    }

    [Fact]
    public void ProjectDemonstrativeBeforeAnImplementingUnit_IsNoUnit()
    {
        var d = Lines("一、基本情况", "(一)项目概况。", "本项目由兰溪市女埠中心幼儿园负责实施,总投资500万元。");
        Assert.False(d.Evaluation.Unit.StartsWith("本项目", StringComparison.Ordinal), d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("2018裕安区美丽乡村建设自评报告")]
    [InlineData("凉山州医疗保障局2024年城镇职工基本医疗保险预算绩效自评报告")]
    [InlineData("博物馆免费开放自评报告")]
    public void GenericTitleNamingASubject_IsThatSubjectsReport(string title)
    {
        var d = Lines(title, "根据有关要求,现将自评报告如下:", "全年工作顺利完成。");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
    }

    [Theory]
    [InlineData("下桥镇人民政府2024年度绩效自评报告")]
    [InlineData("西藏自治区残疾人联合会2020年度预算绩效自评报告")]
    [InlineData("杜集区城市管理局2024年度部门绩效自评报告")]
    public void GenericTitleNamingOnlyItsUnit_StaysADepartmentReport(string title)
    {
        var d = Lines(title, "根据有关要求,现将自评报告如下:", "全年工作顺利完成。");
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
    }

    [Fact]
    public void ProjectEvaluationByAHiredThirdParty_IsOther()
    {
        var d = Lines("曲阳县住房和城乡建设局曲阳县城区散排污水收集处理项目绩效评价情况报告", "根据有关文件要求,我局聘请第三方采取比较法、因素分析法等方法,对2020年曲阳县城区散排污水收集处理项目进行了绩效考评。", "一、项目基本情况");
        Assert.Equal(DocumentKind.Other, d.Kind);
    }

    [Fact]
    public void SpendingOfOneLevel_IsNoExecutedAmount()
    {
        var d = Lines("基本公共卫生服务项目绩效自评报告", "一、项目基本情况", "审议核定我院用于基本公共卫生服务一般公共预算财政拨款支出中央24.63万元、省级资金17.44万元、市级资金6万元。");
        Assert.Null(d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void FiguresOfALaterNumberedItem_AreTheItems()
    {
        var d = Lines("广州市2022年度省级财政专项资金绩效评价报告", "一、基本情况",
            "2022年度下达广州市民营经济及中小微企业发展资金2166.00万元。",
            "已分配资金中:(1)服务体系建设资金实际分配400.00万元,实际到位400.00万元;(2)贷款贴息方向实际分配1746.00万元;(3)计提工作经费20.00万元,实际支出17.05万元,资金支出率85%。");
        Assert.Equal(2166m, d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void FirstNumberedItem_OrOneWithoutAnEarlierItem_StaysTheDocuments()
    {
        var d = Lines("某某县2022年度专项资金绩效自评报告", "一、基本情况", "(2)专项工作经费20.00万元,实际支出17.05万元,资金支出率85%。");
        Assert.Equal(17.05m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void DistributiveClauseOpening_IsNoUnit()
    {
        var d = Lines("2015年度财政专项扶贫资金绩效评价报告", "现将我办自评情况报告如下:", "资金分别由省扶贫办、省财政厅等部门单位管理。");
        Assert.False(d.Evaluation.Unit.StartsWith("分别", StringComparison.Ordinal), d.Evaluation.Unit);
    }

    [Fact]
    public void TotalPaidWithTheFundNamedInBetween_IsTheSpending()
    {
        var d = Lines("民乐县民政局2023年度福彩公益金转移支付绩效自评报告", "一、基本情况", "2023年共支付省级福利彩票公益金113万元,执行率100%。");
        Assert.Equal(113m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void ReportTitledByItsMoneyAndPerformanceReport_IsAProjectReport_WithTheUnitsRegionRestored()
    {
        var d = Lines("昆明海口林场2017年森林植被恢复费绩效报告", "根据有关文件的要求,昆明市海口林场积极开展相关工作。", "2017年,海口林场收市级留用资金。");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("昆明市海口林场", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void NameWithoutItsRegionsEnding_StaysWhenTheTextNeverWritesIt()
    {
        var d = Lines("昆明海口林场2017年森林植被恢复费绩效报告", "2017年,海口林场收市级留用资金。");
        Assert.Equal("昆明海口林场", d.Evaluation.Unit);
    }

    [Fact]
    public void ProjectUnitsFullNameWithItsSeal_IsTheUnit_NotTheSupervisingDepartment()
    {
        UnitRead("乌海市精神卫生中心", "财政支出专项资金绩效评价自评报告", "项目单位全称", "乌海市精神卫生中心(公章)", "主管部门", "乌海市卫生健康委员会", "一、项目概况");
    }

    [Fact]
    public void YearAfterThePagesPublication_IsNotTheYearEvaluated()
    {
        var d = Lines("2023年度财政支出专项资金绩效评价自评报告", "时间:2022-10-24 15:20:05 浏览量:", "2021 年度精防科精神卫生工作专项资金", "绩效自评报告", "一、项目概况", "2021年我中心积极开展居民心理危机干预工作。");
        Assert.Equal(2021, d.Evaluation.Year);
    }

    [Fact]
    public void YearOfThePagesOwnYear_OrAnOtherDatesLabel_StaysTheTitles()
    {
        Assert.Equal(2023, Lines("2023年度财政支出专项资金绩效评价自评报告", "时间:2023-12-24 15:20:05", "一、项目概况", "2021年项目立项。").Evaluation.Year);
        Assert.Equal(2023, Lines("2023年度财政支出专项资金绩效评价自评报告", "立项时间:2021-10-24", "一、项目概况", "2021年项目立项。").Evaluation.Year);
    }

    [Fact]
    public void TownIssuingItsReport_IsTheUnit()
    {
        Assert.Equal("玄马镇", Lines("玄马镇关于农村厕所革命建设项目的绩效自评报告", "一、项目基本情况", "项目总投资100万元。").Evaluation.Unit);
    }
}
