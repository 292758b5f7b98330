using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the thirty-second session, each with a text where it fires and a look-alike where it stays quiet.
/// </summary>
public class ThirtySecondSessionRulesTests
{
    private const string ProjectTitle = "某某县水利局2023年度农村饮水安全工程项目支出绩效自评报告";

    [Fact]
    public void AFormsBlankInBracketsFilledWithTheFigure_IsReadWithTheUnitAfterIt()
    {
        // A filled template (Dongguan's 自评复核表 and others): the figure written into the blank between brackets.
        var d = Lines(ProjectTitle, "一、项目基本情况", "该项目年初预算金额（5292.00）万元，全年预算数（5292.00）万元，全年执行数（5100.50）万元，执行率（96.4）%。");
        Assert.Equal((5292m, 5292m, 5100.5m, 96.4m), (d.Evaluation.Budget.Initial, d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        SpansHold(d);
        // A bracket holding more than the figure, or a figure in brackets with no unit after them, stays unread.
        var b = Lines(ProjectTitle, "一、项目基本情况", "全年预算数（含上年结转100）万元；全年执行数（5100.50）。").Evaluation.Budget;
        Assert.Equal((null, null), (b.Adjusted, b.Executed));
    }

    [Fact]
    public void APeriodOfDatesAcrossYears_NamesNoEvaluatedYear()
    {
        // A project's cover with no year but its period (项目期限) running over several years.
        const string Untitled = "电子口岸建设项目绩效自评报告";
        Assert.Equal(0, Lines(Untitled, "项目名称 | 电子口岸建设 |", "项目期限 | 2015年11月起至2020年1月止 |", "一、项目基本情况", "该项目已完成建设。").Evaluation.Year);
        Assert.Equal(0, Lines(Untitled, "一、项目基本情况", "促进再就业专项资金 2003 年至 2005 年 定性指标").Evaluation.Year);
        // A period within one year names it.
        Assert.Equal(2019, Lines(Untitled, "一、项目基本情况", "该项目实施期为2019年1月起至2019年12月止。").Evaluation.Year);
    }

    [Fact]
    public void AYearSinceWhichSomethingRuns_IsNotTheEvaluatedOne()
    {
        const string Untitled = "山地农业开发示范基地项目绩效自评报告";
        Assert.Equal(0, Lines(Untitled, "一、项目基本情况", "市委、市政府决定从2014年开始，连续5年，每年评选奖励30个示范基地。").Evaluation.Year);
        Assert.Equal(0, Lines(Untitled, "一、项目基本情况", "我县自2020年申报获批国家级示范项目以来，高度重视项目建设。").Evaluation.Year);
        // The year the text is of still reads.
        Assert.Equal(2021, Lines(Untitled, "一、项目基本情况", "2021年度该项目预算100万元，实际支出98万元。").Evaluation.Year);
    }

    [Fact]
    public void APagesDateRunOnIntoTheFirstHeading_LeavesTheTextReadable()
    {
        // A page copied as one line: its metadata, then the report from its first heading.
        const string Body = "一、部门概况灵川县市场监督管理局是县政府工作部门。二、部门整体支出管理及使用情况2023年全年预算数为1,234.56万元，全年执行数为1,200.00万元，预算执行率为97.2%。";
        var d = Lines("关于2023年度部门整体支出绩效自评情况的报告发布机构：灵川县市场监督管理局  发布日期：2024-04-12" + Body);
        Assert.Equal(("灵川县市场监督管理局", 1234.56m, 1200m), (d.Evaluation.Unit, d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed));
        SpansHold(d);
        Assert.Equal(1234.56m, Lines("发布机构：灵川县市场监督管理局  发布日期：2024-04-12" + Body).Evaluation.Budget.Adjusted);
        // A chrome line whose value ends in a word before the heading mark is left as it was: the line stays chrome.
        Assert.Null(Lines("关于2023年度部门整体支出绩效自评情况的报告", "来源：本站一、部门概况全年预算数为1,234.56万元。").Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void ATotalRowsScoreCellRunIntoTheNextParagraph_IsTheScore()
    {
        // A score table copied as one line, its last cell run into the closing paragraph's words.
        const string Table = "部门整体支出绩效自评表部门名称：兴山县文化和旅游局预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"
            + "部门整体支出总额\t1,234.5\t1,456.7\t1,432.1\t10\t98.31%\t9.83总分\t100\t";
        var d = Lines(Table + "93.4下一步工作打算：进一步加强预算绩效管理，提高资金使用效益，确保各项工作任务按时保质完成，切实发挥财政资金效益。");
        Assert.Equal(93.4m, d.Stated.TotalScore);
        SpansHold(d);
        // A figure followed by its measure (93个) is no score, nor is the weight.
        Assert.Null(Lines(Table + "93个项目全部完成，下一步工作打算：进一步加强预算绩效管理，提高资金使用效益，确保各项工作任务按时保质完成。").Stated.TotalScore);
    }

    [Fact]
    public void ARowsLastFigureCutAtTheLinesEnd_GoesOnOnTheNextLine()
    {
        const string Title = "醴陵市文化旅游广电体育局2023年度部门整体支出绩效自评报告";
        // Before: the rate read as 9.
        var bars = Lines(Title, "二、部门整体支出情况", "单位：万元", "项目 | 年初预算 | 调整预算 | 实际支出 | 执行率", "合计 | 1500.00 | 1650.00 | 1620.30 | 9", "8.20%");
        Assert.Equal((1650m, 1620.3m, 98.2m), (bars.Evaluation.Budget.Adjusted, bars.Evaluation.Budget.Executed, bars.Evaluation.Budget.StatedRatePercent));
        SpansHold(bars);
        var tabs = Lines(Title, "二、部门整体支出情况", "单位：元", "项目\t年初预算\t调整预算\t实际支出\t执行率", "合计\t15,000,000.00\t16,500,000.00\t16,20", "3,000.00\t98.20%");
        Assert.Equal((1650m, 1620.3m, 98.2m), (tabs.Evaluation.Budget.Adjusted, tabs.Evaluation.Budget.Executed, tabs.Evaluation.Budget.StatedRatePercent));
        // A next line of words is no rest of the figure.
        var words = Lines(Title, "二、部门整体支出情况", "单位：万元", "项目 | 年初预算 | 调整预算 | 实际支出 | 执行率", "合计 | 1500.00 | 1650.00 | 1620.30 | 98.20%", "98%的资金用于重点工作。");
        Assert.Equal(98.2m, words.Evaluation.Budget.StatedRatePercent);
    }
}
