using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-eighth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentyEighthSessionRulesTests
{
    private const string TableTitle = "2021年度项目支出绩效自评表";

    private static string Row(string run) =>
        $"项目名称2021年中职免学费市级配套资金主管部门某某市教育局实施单位某某技工学校项目资金 (万元)年初 预算数全年 预算数全年 执行数分值执行率得分年度资金总额{run}其中:当年财政拨款";

    [Fact]
    public void AGluedRowWhoseScoreContradictsItsRate_YieldsItsAmountsAndRateOnly()
    {
        // 593.27 593.27 448.64 10 76% 10: 448.64 ÷ 593.27 = 75.6 % (76 %), but 10 × 76 % is not 10. The header cells are
        // broken by spaces (年初 预算数) as a document-sharing page prints them.
        var d = Lines(TableTitle, Row("593.27593.27448.641076%10"));
        Assert.Equal((593.27m, 593.27m, 448.64m, 76m), (d.Evaluation.Budget.Initial, d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        Assert.DoesNotContain(d.Values, v => v.Path is "stated.executionScore" or "stated.executionWeight");
        Assert.Contains(d.Missing, m => m.Path == "stated.executionScore" && m.Note.Contains("只按 执行率 = 执行数 ÷ 预算数", StringComparison.Ordinal));
        SpansHold(d);
    }

    [Fact]
    public void AGluedRowWhoseRateFitsNoSplit_StaysUnread()
    {
        // 35550 35550 35550 10 82.12% 8.5: no split of the amounts gives 82.12 %; the one that reaches a rate only by
        // cutting 82.12% into 82.1 and 2% would make a weight of 82.1, which no table has.
        var d = Lines(TableTitle, Row("3555035550355501082.12%8.5"));
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Contains(d.Missing, m => m.Path == "budget.executed" && m.Note.Contains("无法可靠拆分", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAllocationNamingItsProjectInFull_IsTheBudget()
    {
        const string title = "2025年某某县某某镇某某村药用野菊花深加工项目绩效目标自评报告";
        var d = Lines(title, "三、绩效目标自评完成情况分析", "下达2025年某某县某某镇乐道冲村药用野菊花深加工项目资金50万元,全部用于购买深加工设备。");
        Assert.Equal(50m, d.Evaluation.Budget.Adjusted);
        Assert.Equal("50万元", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
        // Farther than that the amount is no longer the allocation's (a later clause's figure).
        Assert.Null(Lines(title, "三、绩效目标自评完成情况分析", "下达2025年某某县某某镇乐道冲村药用野菊花深加工项目资金后,村集体采购设备一套并建成厂房面积500平方米。").Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void ABodyEvaluatingItsOwnSpending_NamesTheUnit()
    {
        const string title = "城乡居保市级补贴项目绩效评价报告";
        UnitRead("池州市人社局", title, "为进一步加强预算绩效管理,池州市人社局对2022年度城乡居保市级补贴使用情况开展了财政绩效评价工作,现将有关情况报告如下。",
            "一、项目基本情况");
        // A finance bureau evaluates others' spending: it is not the unit.
        Assert.Equal(string.Empty, Lines(title, "为进一步加强预算绩效管理,池州市财政局对2022年度城乡居保市级补贴使用情况开展了财政绩效评价工作,现将有关情况报告如下。",
            "一、项目基本情况").Evaluation.Unit);
    }

    [Fact]
    public void TheBudgetAskedAtTheYearsStartBeforeAnAddition_IsTheInitialBudget()
    {
        const string title = "2023年度某某县交通运输局公交补贴项目支出绩效评价报告";
        var d = Lines(title, "资金投入和使用情况:2023年初我局申请预算资金2000万元,年底追加预算资金1000万元用于公交补贴项目,截止2023年底,已使用资金2924.27万元。");
        Assert.Equal(2000m, d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Equal(2924.27m, d.Evaluation.Budget.Executed);
        SpansHold(d);
        // Without the year's start named, the amount stays the budget the text gives.
        Assert.Equal(2000m, Lines(title, "资金投入和使用情况:我局申请预算资金2000万元,年底追加预算资金1000万元用于公交补贴项目。").Evaluation.Budget.Adjusted);
    }
    [Fact]
    public void AnExecutionColumnThatLostIts数_IsStillTheSpending()
    {
        var d = Lines("2020年度项目支出绩效自评表",
            "项目名称演出设备更新专项经费主管部门某某区楚剧团实施单位某某区文化和旅游局机关项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分年度资金总额40404010100%其中:当年财政拨款");
        Assert.Equal((40m, 40m, 100m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        SpansHold(d);
    }

    [Fact]
    public void APublisherCopiedAsAListItem_LosesTheDash()
    {
        var d = Lines("2022年专项转移支付绩效自评报告(林业生态保护恢复资金)", "- 索引号", "- 01525697-3-/2023-0417003", "- 发布机构", "- 保山市隆阳区林业和草原局", "- 日期", "- 2023-04-17",
            "一、绩效目标分解下达情况", "2022年下达林业生态保护恢复资金873万元。");
        Assert.Equal("保山市隆阳区林业和草原局", d.Evaluation.Unit);
        SpansHold(d);
    }
}
