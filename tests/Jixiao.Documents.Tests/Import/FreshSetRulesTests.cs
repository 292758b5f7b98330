using Jixiao.Documents.Import;
using Jixiao.Domain.Evaluations;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules made from the failures of the tenth session's fresh set (v20, measured once unseen before it joined the development
/// corpus): each where it fires and a look-alike where it stays quiet.
/// </summary>
public class FreshSetRulesTests
{
    private const string YunnanOutline = """
        2021年中央动物防疫等补助经费项目支出绩效自评报告
        一、自评结论
        (一)自评得分
        在全乡范围内实施2021年中央动物防疫等补助经费9.55万元。
        {0}
        (二)绩效目标完成情况
        1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;
        2.除布病外其他病种的免疫抗体合格率,年初目标值≥70%,实际完成值≥70%,自评得分20分;
        二、佐证材料
        项目实施单位:某某乡人民政府。
        """;

    [Fact]
    public void ScoreAfterEvaluationWord_IsTheDocumentsScore()
    {
        var d = One(YunnanOutline.Replace("{0}", "因此评价分100分,自评等级为优秀。", StringComparison.Ordinal));
        Assert.Equal(100m, d.Stated.TotalScore);
        Assert.Equal("100分", Value(d, "stated.totalScore").Source.Span);
    }

    [Fact]
    public void ScoreAfterAnIndicatorsTargetAndActualValue_IsNoDocumentsScore()
    {
        // Without the document's own score, the indicators' 20 points stay theirs.
        var d = One(YunnanOutline.Replace("{0}", "项目实施情况良好。", StringComparison.Ordinal));
        Assert.Null(d.Stated.TotalScore);
    }

    [Fact]
    public void IndicatorValueWordNamedButNotStated_DoesNotHideTheScore()
    {
        var d = One("某某局2020年度项目支出绩效自评报告\n一、自评结论\n对照年初部门预算中项目支出绩效目标批复设定的各项指标值进行打分,自评得分100分。\n");
        Assert.Equal(100m, d.Stated.TotalScore);
    }

    [Theory]
    // A spam host wrote its words into the name: no unit.
    [InlineData("单位名称:手机彩票网团结湖街道办事处", null)]
    [InlineData("单位名称:北京市朝阳区团结湖街道办事处", "北京市朝阳区团结湖街道办事处")]
    public void UnitNameWithSpamWords_IsNoUnit(string label, string? unit)
    {
        var d = One($"2021年度部门整体支出绩效自评报告\n{label}\n一、部门概况\n本单位负责辖区内的公共服务。\n");
        Assert.Equal(unit ?? string.Empty, d.Evaluation.Unit);
    }

    [Fact]
    public void ShortNameOpeningWithARegionsEnding_TakesTheTextsFullName()
    {
        var d = One("2021年度区级森林防火专项经费项目绩效自评表单位名称:蔡甸区园林和林业局填报日期:2022年3月22日项目名称区级森林防火专项经费主管部门区园林和林业局项目实施单位区园林和林业局预算执行情况(万元)资金来源预算数(A)执行数(B)执行率(B/A)一般预算内拨款6363100%合计6363100%年度绩效目标完成情况\n");
        Assert.Equal("蔡甸区园林和林业局", d.Evaluation.Unit);
        Assert.Equal("蔡甸区园林和林业局", Value(d, "unit").Source.Span);
        Assert.Equal(63m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(63m, d.Evaluation.Budget.Executed);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
        SpansHold(d);
    }

    [Fact]
    public void ShortName_FullNameGluedToOtherWords_NotTaken()
    {
        // 2024年度镇江博物馆: 年度镇 is no region; the name inside glued words is no full name.
        var d = One("2024年度镇江博物馆项目绩效目标表\n项目名称 某某展览 单位名称:镇江博物馆\n");
        Assert.DoesNotContain("年度", d.Evaluation.Unit, StringComparison.Ordinal);
    }

    [Theory]
    // The text speaks as the city; a township's page reposted it.
    [InlineData("怀远县兰桥镇政府", "我市对2020年妇女儿童健康水平提升工程进行了绩效自评", false)]
    // The text speaks as the county whose bureau published it.
    [InlineData("某某县卫生健康委员会", "我县对2020年妇女儿童健康水平提升工程进行了绩效自评", true)]
    public void PublisherOfAnotherRegionThanTheTextSpeaksFor_IsNoUnit(string publisher, string opening, bool isUnit)
    {
        var d = One($"某某市2020年度妇女儿童健康水平提升工程项目绩效评价报告\n发布时间:2021-07-15 09:27 来源: {publisher} 浏览量:\n{opening},现将评价情况报告如下:\n一、项目基本情况\n");
        Assert.Equal(isUnit ? publisher : string.Empty, d.Evaluation.Unit);
    }

    [Fact]
    public void EssaySitesNumberedSamples_EachADocument()
    {
        var r = PublishedImporter.ImportText("""
            项目绩效自评报告的重要性及应用样例优秀8篇
            项目绩效自评报告的重要性及应用【第一篇】
            一、项目基本情况
            某某县2022年农业生产发展资金项目资金300万元。
            二、绩效自评工作开展情况
            简要概述绩效自评组织实施过程。
            项目绩效自评报告的重要性及应用【第二篇】
            耕地是最宝贵的农业资源。某某市计划开展耕地保护提升项目。
            一、项目基本情况
            """, "t.txt");
        Assert.Equal(2, r.Documents.Count);
        Assert.All(r.Documents, d => Assert.Equal(DocumentKind.ProjectReport, d.Kind));
    }

    [Fact]
    public void NumberedPartWithoutAKindsCues_StartsNoDocument()
    {
        var r = PublishedImporter.ImportText("""
            某某县2022年度项目支出绩效自评报告
            一、项目基本情况
            某某县2022年农业生产发展资金项目资金300万元。
            工作经验交流【第二篇】
            耕地是最宝贵的农业资源。
            """, "t.txt");
        Assert.Single(r.Documents);
    }

    [Theory]
    // A cover one cell a line: an amount label alone on its line is a cell of its own, not the end of the long cell above.
    [InlineData("2021年 1 月起至 2021 年 12 月止", 55)]
    [InlineData("全年", 55)]
    public void AmountLabelAloneOnItsLine_AfterALongCell_ReadsTheAmountBelow(string cellAbove, int budget)
    {
        var d = One($"某某县林业局2021年度项目支出绩效自评报告\n\n项目名称\n\n某某项目\n\n{cellAbove}\n\n计划安排资金\n\n(万元)\n\n{budget}\n\n实际支出\n\n(万元)\n\n50\n\n一、项目基本情况\n");
        Assert.Equal(budget, d.Evaluation.Budget.Adjusted);
        Assert.Equal(50m, d.Evaluation.Budget.Executed);
    }

    [Theory]
    // The money a level above passed down to the unit is its budget, read like a bare 下达.
    [InlineData("2022年,财政下拨体育馆运行经费为190万元,用于物业管理承包服务费、场馆维修。", 190)]
    // Passed down without an amount: nothing.
    [InlineData("2022年,体育馆运行经费已全部下拨到位,用于物业管理承包服务费、场馆维修。", null)]
    public void AmountPassedDown_IsTheBudget(string sentence, int? budget)
    {
        var d = One($"2022年区本级体彩公益金绩效使用自评报告\n{sentence}\n一、项目基本情况\n");
        Assert.Equal(budget, (int?)d.Evaluation.Budget.Adjusted);
    }

    [Theory]
    // Every amount written twice, proven by a decimal amount doubled into no number: each read once.
    [InlineData("本项目申报金额 7070 万元,预算批复 7070 万元,当年实际到位 106.5106.5 万元,支出 36.9436.94 万元。", 70, 36.94)]
    // No such proof: 7070 is 7070.
    [InlineData("本项目申报金额 7070 万元,预算批复 7070 万元,当年实际到位 106.5 万元,支出 36.94 万元。", 7070, 36.94)]
    public void AmountsWrittenTwice_ReadOnceWhereTheLineProvesIt(string sentence, double budget, double executed)
    {
        var d = One($"某某县科协2018年度项目支出绩效自评报告\n一、项目总体情况\n{sentence}\n");
        Assert.Equal((decimal)budget, d.Evaluation.Budget.Adjusted);
        Assert.Equal((decimal)executed, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    [Fact]
    public void TableCellsRunTogether_NotTakenForAmountsWrittenTwice()
    {
        Assert.Equal("年度资金总额 28.128.1 28.1", TextNormalizer.NormalizeLine("年度资金总额 28.128.1 28.1"));
    }

    [Fact]
    public void DepartmentsBudgetInAProjectsReport_IsNoProjectBudget()
    {
        var d = One("某某县妇女联合会2021年度项目支出绩效评价报告\n一、项目基本情况\n2021年部门预算总计100.46万元,其中项目资金两项:妇女儿童事业发展专项经费34.5万元;婚姻调解工作经费5.8万元。\n");
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void BareLabelGluedToTheWordsAfterIt_HeadsALongerWord_NoUnitFromIt()
    {
        // 部门 + 概况开阳县… is the heading 部门概况 run into its text: the title's unit stands.
        var d = One("开阳县毛云乡中心学校2022年项目支出绩效自评报告\n一、部门基本情况\n1.部门概况开阳县毛云乡中心学校是一个财政全额拨款的事业单位。\n");
        Assert.Equal("开阳县毛云乡中心学校", d.Evaluation.Unit);
    }

    [Fact]
    public void PhraseOfCountingByUnits_IsNoUnit()
    {
        var d = One("2016年项目支出绩效自评报告\n一、基本情况\n县市区移民部门编制的项目年度计划以市州为单位汇总上报省移民局。\n");
        Assert.Empty(d.Evaluation.Unit);
    }

    [Theory]
    // A spending word inside a fund's name does not make the allocation spent money.
    [InlineData("2020财政下达红十字事业支出专项资金28万元。", 28)]
    // Spending named between the budget word and the amount: spent money, no budget.
    [InlineData("2020年公共预算财政拨款支出28万元。", null)]
    public void SpendingWordInsideAFundsName_StillTheBudget(string sentence, int? budget)
    {
        var d = One($"某某县红十字会2020年度项目支出绩效自评报告\n一、项目基本情况\n{sentence}\n");
        Assert.Equal(budget, (int?)d.Evaluation.Budget.Adjusted);
    }

    [Theory]
    // The author's name alone under the title: the unit.
    [InlineData("株洲市渌口区科学技术协会", "株洲市渌口区科学技术协会")]
    // An addressee (with its colon) or a name without its region: not read so.
    [InlineData("株洲市财政局:", "")]
    [InlineData("科学技术协会", "")]
    public void NameAloneUnderTheTitle_IsTheUnit(string line, string unit)
    {
        var d = One($"科普活动项目支出\n绩效自评报告\n{line}\n一、绩效自评工作开展情况\n科普活动专项经费35万元,用于全年科普宣传及推广。\n");
        Assert.Equal(unit, d.Evaluation.Unit);
    }

    [Theory]
    // A report form to fill in is a table.
    [InlineData("2021年项目绩效自评报告表(实施单位用)", DocumentKind.ProjectTable)]
    // A report stays a report.
    [InlineData("2021年项目绩效自评报告", DocumentKind.ProjectReport)]
    public void ReportForm_IsATable(string title, DocumentKind kind)
    {
        var d = One($"{title}\n填报单位:某某市疾病预防控制中心\n项目名称 某某防控项目\n一、项目基本情况\n");
        Assert.Equal(kind, d.Kind);
    }
}
