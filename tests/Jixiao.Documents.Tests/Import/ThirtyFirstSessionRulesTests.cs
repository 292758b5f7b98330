using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the thirty-first session, found by probing synthetic reports and tables written out plainly and then run
/// together on one line as sharing sites copy them; each with a text where it fires and a look-alike where it stays quiet.
/// </summary>
public class ThirtyFirstSessionRulesTests
{
    private const string DepartmentTitle = "某某县农业农村局2023年度部门整体支出绩效自评报告";

    [Fact]
    public void SichuanWordsForTheWholeDepartment_NameNoItem()
    {
        var d = Lines(DepartmentTitle, "一、部门基本情况", "2023年度部门财政资金支出合计4,401.32万元，其中：基本支出1,802.11万元，项目支出2,599.21万元。");
        Assert.Equal(4401.32m, d.Evaluation.Budget.Executed);
        SpansHold(d);
        var b = Lines(DepartmentTitle, "一、部门基本情况", "2023年度财政拨款收支总预算为2,875.44万元，实际支出2,801.17万元，预算执行率97.42%。").Evaluation.Budget;
        Assert.Equal((2875.44m, 2801.17m, 97.42m), (b.Adjusted, b.Executed, b.StatedRatePercent));
        // A bare 财政资金 beside 专项资金 is one of two parts; the total after them is the document's.
        Assert.Equal(2939.83m, Lines(DepartmentTitle, "一、部门基本情况",
            "年初预算4660.9万元,其中专项资金520.38万元,财政拨款资金4140.52万元。专项资金支出316.38万元,预算执行率61%,财政资金支出2419.45万元,预算执行率58%,总支出2939.83万元,执行率63%。")
            .Evaluation.Budget.Executed);
    }

    [Fact]
    public void AHeadingGluedToTheSentenceAfterIt_NamesNoItem()
    {
        // A sharing site's copy, the whole report on one line.
        var d = Lines("某某市城东区民政局部门整体支出绩效自评报告（2023年度）一、部门基本情况某某市城东区民政局是区政府工作部门。二、预算执行情况本年度总预算3,456.00万元，总支出3,401.00万元，预算执行率98.41%。三、下一步工作打算：进一步加强预算绩效管理，提高资金使用效益。");
        Assert.Equal((3456m, 3401m, 98.41m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        SpansHold(d);
        // An item named after the number (a fund, no heading's 情况) keeps its figure its own.
        Assert.Null(Lines(DepartmentTitle, "一、部门基本情况", "二、专项经费本年度预算100万元，支出98万元。").Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void AnAmountLabelsUnitlessNumberBeforeAListMark_EndsTheSearch()
    {
        // A page break split 910.47万元 and the next page's list number: the 7万元 after it is no budget.
        var d = Lines("某某市红十字会2023年度整体支出绩效评价报告", "一、部门概况", "(三)部门预算及支出情况2023年度预算支出910.4", "", "2、7万元,其中人员经费580.72万元,公用经费167.75万元。");
        Assert.Null(d.Evaluation.Budget.Adjusted);
        // A number with its unit before the list mark is read.
        Assert.Equal(910.47m, Lines("某某市红十字会2023年度整体支出绩效评价报告", "一、部门概况", "(三)部门预算及支出情况2023年度预算支出910.47万元、决算支出900万元。").Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void RowsRunTogetherOnOneLine_AreRowsNotLabelsWithFigures()
    {
        var spaced = Lines(DepartmentTitle, "一、部门基本情况", "二、部门整体支出情况", "单位：万元",
            "年初预算 调整预算 实际支出 执行率 合计 1500.00 1650.00 1620.30 98.20% 基本支出 1000.00 1000.00 990.00 99.00% 项目支出 500.00 650.00 630.30 96.97%");
        Assert.Equal((1500m, 1650m, 1620.3m, 98.2m), (spaced.Evaluation.Budget.Initial, spaced.Evaluation.Budget.Adjusted, spaced.Evaluation.Budget.Executed, spaced.Evaluation.Budget.StatedRatePercent));
        SpansHold(spaced);
        // Tab-separated: the basic spending row's first cell (its initial budget) is not its spending.
        var tabbed = Lines(DepartmentTitle, "一、部门基本情况", "二、部门整体支出情况", "单位：万元",
            "项目\t年初预算\t调整预算\t实际支出\t执行率\t合计\t1500.00\t1650.00\t1620.30\t98.20%\t基本支出\t1000.00\t1000.00\t990.00\t99.00%");
        Assert.Equal(1620.3m, tabbed.Evaluation.Budget.Executed);
        Assert.Null(tabbed.Evaluation.Budget.Basic?.Executed);
        // A label cell with its one figure cell is still read.
        Assert.Equal(990m, Lines(DepartmentTitle, "一、部门基本情况", "基本支出\t990.00万元").Evaluation.Budget.Basic?.Executed);
    }

    [Fact]
    public void ATotalRowsScoreCellRunIntoTheNextWords_IsNoWeightTakenForTheScore()
    {
        // (The thirty-second session reads the score cell run into the next paragraph's heading: ThirtySecondSessionRulesTests.)
        var d = Lines("项目支出绩效自评表", "项目名称\t农村公路养护\t实施单位\t某某县公路建设养护中心\t总分\t100\t95.8项目组织实施进展顺利。");
        Assert.Null(d.Stated.TotalScore);
        Assert.Equal(95.8m, Lines("项目支出绩效自评表", "项目名称\t农村公路养护\t实施单位\t某某县公路建设养护中心\t总分\t100\t95.8").Stated.TotalScore);
    }

    [Fact]
    public void ACoverNamingTheProjectsUnit_SpeaksForAProjectReport()
    {
        var d = Lines("项目名称：城区环卫保洁服务", "项目单位：某某县城市管理和综合执法局", "评价年度：2023年度", "一、项目基本情况",
            "全年预算1,800万元，全年执行1,780.20万元，预算执行率98.9%。", "绩效自评得分：96.3分");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal((1800m, 1780.2m, 96.3m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Stated.TotalScore));
        // Without it the same text decides no kind.
        Assert.Empty(Imported("项目名称：城区环卫保洁服务", "评价年度：2023年度", "一、项目基本情况",
            "全年预算1,800万元，全年执行1,780.20万元，预算执行率98.9%。", "绩效自评得分：96.3分").Documents);
    }

    [Fact]
    public void AProjectsWholeMoney_IsItsBudget()
    {
        var d = Lines("某某县人民医院", "2023年度项目支出绩效自评报告", "一、项目概况",
            "（二）项目资金：项目总资金860万元，其中中央资金600万元，省级资金160万元，县级资金100万元。截至年底共支出850万元。");
        Assert.Equal((860m, 850m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed));
        SpansHold(d);
    }

    [Fact]
    public void RunTogetherCover_GradeAndUnitEndAtTheNextHeading()
    {
        var d = Lines("项目支出绩效自评报告项目名称：教育信息化建设实施单位：某某县第一中学自评得分：92分评价等级：优一、项目基本情况本项目用于学校信息化设备购置和维护，提高学校教育信息化水平，改善办学条件。二、下一步工作打算：进一步加强预算绩效管理。");
        Assert.Equal("优", d.Stated.Grade);
        var unit = Lines("2022年度部门整体支出绩效自评报告单位名称：某某县市场监督管理局一、部门概况某某县市场监督管理局是县政府工作部门。二、下一步工作打算：进一步加强预算绩效管理。");
        Assert.Equal("某某县市场监督管理局", unit.Evaluation.Unit);
        SpansHold(unit);
        // A grade word running on into another word is still none (等级优良率).
        Assert.Null(Lines("项目支出绩效自评报告", "项目名称：教育信息化建设", "评价等级：优良率一、项目基本情况").Stated.Grade);
    }

    [Fact]
    public void AnAuthorLineGluedBetweenTheTitleAndTheFirstHeading_IsTheUnit()
    {
        const string body = "一、基本情况2023年上级下达我县城乡居民基本医疗保险补助资金共计12,345.6万元。截至2023年12月31日，支出12,345.6万元，执行率100%。二、下一步工作打算：进一步加强预算绩效管理。";
        var d = Lines("2023年度城乡居民基本医疗保险补助资金绩效自评报告某某县医疗保障局" + body);
        Assert.Equal("某某县医疗保障局", d.Evaluation.Unit);
        SpansHold(d);
        // After a letter's title (关于…的报告) the name is its addressee.
        Assert.Equal(string.Empty, Lines("关于2023年度城乡居民基本医疗保险补助资金绩效自评情况的报告某某县财政局" + body).Evaluation.Unit);
    }

    [Fact]
    public void ARefusedPartsMessage_NamesOnlyItsUnitAndYear()
    {
        var r = PublishedImporter.ImportText("""
            单位名称：某某县林业局
            评价年度：2023
            全年预算数为1050万元，执行数为1050万元，预算执行率100%。
            """, "t.txt");
        var warning = Assert.Single(r.Warnings);
        Assert.Contains("文中写明：单位“某某县林业局”（第 1 行）、年度 2023（第 2 行）", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("年度 1050", warning, StringComparison.Ordinal);
    }
}
