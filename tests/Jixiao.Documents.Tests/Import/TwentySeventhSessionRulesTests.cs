using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-seventh session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentySeventhSessionRulesTests
{
    private const string ProjectTitle = "某某市外事办公室2020年华文教育工作经费项目支出绩效自评报告";

    [Fact]
    public void AProjectsMoneySpent_IsItsSpendingNotALaterSubsidysShippingCost()
    {
        var d = Lines(ProjectTitle, "本项目市财政预算安排15万元,实际下达15万元。", "项目资金执行遵守财务制度,严格按预算执行。项目资金支出15万元。",
            "向华校发送新编汉语教材20万册,发放教材发送费用2.5万元。");
        Assert.Equal(15m, d.Evaluation.Budget.Executed);
        Assert.Equal("15万元", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
        // A fund's part spent (专项资金支出) is no project's spending.
        Assert.Null(Lines(ProjectTitle, "本项目市财政预算安排15万元。其中专项资金支出3万元用于培训。").Evaluation.Budget.Executed);
    }

    [Fact]
    public void MoneyUsedWithTheFundNamedBetween_IsTheSpending()
    {
        var d = Lines("某某县民政局2021年生活无着人员救助项目支出绩效自评报告", "全年共救助207人次,使用救助资金113.5万元。");
        Assert.Equal(113.5m, d.Evaluation.Budget.Executed);
        SpansHold(d);
        // Only after a pause: 严格使用… in the middle of a clause names no amount spent, nor does a fund named too long.
        Assert.Null(Lines("某某县民政局2021年生活无着人员救助项目支出绩效自评报告", "全年共救助207人次,使用上级下达的中央财政社会救助补助资金113.5万元。").Evaluation.Budget.Executed);
    }

    [Fact]
    public void AWholeMarkNamed总评_BeatsThePartsThatFollowIt()
    {
        var d = Lines("某某县民政局2021年社会救助绩效评价报告", "经对照《绩效评价指标》表格进行绩效自评,总评得分为100分。", "1、项目投入情况,自评得分18分。",
            "2、项目过程情况,自评得分32分。");
        Assert.Equal(100m, d.Stated.TotalScore);
        Assert.Equal("100分", Value(d, "stated.totalScore").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void AYearQualifyingACitedDocument_IsNoEvaluatedYear()
    {
        const string body = "根据2007年《中共保山市委专题会议纪要》07号决定,市财政每年安排15万元经费开展华文教育工作。";
        Assert.Equal(0, Lines("(华文教育工作经费项目)", "一、项目基本情况", body, "二、项目绩效自评工作开展情况", "成立项目自评小组,扎实开展本次自评工作。").Evaluation.Year);
        // The same year written as the year of the work is still read.
        Assert.Equal(2007, Lines("(华文教育工作经费项目)", "一、项目基本情况", "2007年市财政安排15万元经费开展华文教育工作。", "二、项目绩效自评工作开展情况",
            "成立项目自评小组,扎实开展本次自评工作。").Evaluation.Year);
    }

    [Fact]
    public void AnAmountAComma_NamesALevelsMatchingShare_IsNoProjectsBudget()
    {
        const string title = "某某县民政局2021年生活无着人员救助项目支出绩效自评报告";
        Assert.Null(Lines(title, "年初我县将生活无着人员社会救助列入预算,县财政配套40万元,同时统筹使用中央社会救助资金。").Evaluation.Budget.Adjusted);
        // A project funded by one level alone names its whole budget so (预算安排资金市级配套4.4万元): kept.
        Assert.Equal(4.4m, Lines(title.Replace("2021", "2019", StringComparison.Ordinal), "2019年春节慰问经费预算安排资金市级配套4.4万元,实际到位市级配套资金4.4万元。").Evaluation.Budget.Adjusted);
    }
}
