using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the thirty-fourth session, each with a text where it fires and a look-alike where it stays quiet.
/// </summary>
public class ThirtyFourthSessionRulesTests
{
    // A project table copied one cell a line, the empty cells dropped (as a document-sharing site's text gives it).
    private static readonly string[] Header =
    [
        "项目支出绩效自评表", "( 2021年度)", "项目名称", "双随机抽查委托审计费", "主管部门", "某某县市场监督管理局", "实施单位", "某某县市场监督管理局",
        "项目资金", "(万元)", "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分",
    ];

    [Fact]
    public void ATotalRowWithACellLostAndAScoreAboveItsWeight_IsReadByItsRateAlone()
    {
        // 30 30 10 100% 99: no placement makes 得分 = 分值 × 执行率 (99 is no score of 10 points), yet 30 ÷ 30 = 100% places the amounts.
        var d = Lines([.. Header, "年度资金总额", "30", "30", "10", "100%", "99", "其中:当年财政拨款", "30", "30", "100%", "上年结转资金"]);
        Assert.Equal((30m, 30m, 100m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        Assert.Null(d.Stated.ExecutionScore);
        SpansHold(d);
        // The rate does not hold for any placement (30 ÷ 30 is not 90%): nothing is read.
        var off = Lines([.. Header, "年度资金总额", "30", "30", "10", "90%", "99", "其中:当年财政拨款"]);
        Assert.Equal((null, null), (off.Evaluation.Budget.Adjusted, off.Evaluation.Budget.Executed));
    }

    [Fact]
    public void AFundRowWithAnEmptyCellDropped_IsPlacedByItsRate_NotByPosition()
    {
        // 其中:当年财政拨款 30 30 100%: by position 100% would land under 全年执行数.
        var d = Lines([.. Header, "年度资金总额", "30", "30", "30", "10", "100%", "10", "其中:当年财政拨款", "30", "30", "100%", "上年结转资金"]);
        var fund = Assert.Single(d.Evaluation.Budget.BySource);
        Assert.Equal(("当年财政拨款", (decimal?)30m, (decimal?)30m), (fund.Name, fund.Adjusted, fund.Executed));
        var rate = Assert.Single(d.Stated.Rates);
        Assert.Equal(100m, rate.RatePercent);
        SpansHold(d);
        // A row whose empty cells are its last ones is read in place (本年财政拨款 90 89.974 89.974 under a header that goes on).
        var inPlace = Lines([.. Header, "年度资金总额", "90", "89.974", "89.974", "10", "100%", "10", "其中:当年财政拨款", "90", "89.974", "89.974", "上年结转资金"]);
        var line = Assert.Single(inPlace.Evaluation.Budget.BySource);
        Assert.Equal(((decimal?)90m, (decimal?)89.974m, (decimal?)89.974m), (line.Initial, line.Adjusted, line.Executed));
        // Cells the rate cannot place are not guessed (30 30 90%: 30 ÷ 30 is not 90%).
        var off = Lines([.. Header, "年度资金总额", "30", "30", "30", "10", "100%", "10", "其中:当年财政拨款", "30", "30", "90%", "上年结转资金"]);
        Assert.Empty(off.Evaluation.Budget.BySource);
        // Nor is any other fund row of the block taken then (上年结转资金 0 0 0 alone would make the sources add up to 0, not 30):
        // the rows are named as not read.
        var partial = Lines([.. Header, "年度资金总额", "30", "30", "30", "10", "100%", "10", "其中:当年财政拨款", "30", "30", "90%",
            "上年结转资金", "0", "0", "0", "年度总体目标"]);
        Assert.Empty(partial.Evaluation.Budget.BySource);
        Assert.Contains(partial.Missing, m => m.Path == "budget.bySource" && m.Note.Contains("当年财政拨款", StringComparison.Ordinal));
        Assert.Equal((30m, 30m), (partial.Evaluation.Budget.Adjusted, partial.Evaluation.Budget.Executed));
    }

    [Fact]
    public void PlacementsThatPutTheSameFigureInAColumn_AgreeOnIt()
    {
        // 99 99 99 100% under 年初预算数 全年预算数 全年执行数 分值 执行率 得分: whichever 99 is which, 全年预算数 and 全年执行数 are 99;
        // 年初预算数 (or a 99 under 分值) is not decided.
        var d = Lines([.. Header[..10], "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", "年度资金总额", "99", "99", "99", "100%", "其中:当年财政拨款"]);
        Assert.Equal((99m, 99m, 100m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        Assert.Null(d.Evaluation.Budget.Initial);
        SpansHold(d);
        // Figures that differ are not agreed: 99 98 97 100% fits no placement (no 执行数 ÷ 预算数 is 100%).
        var off = Lines([.. Header[..10], "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", "年度资金总额", "99", "98", "97", "100%", "其中:当年财政拨款"]);
        Assert.Equal((null, null), (off.Evaluation.Budget.Adjusted, off.Evaluation.Budget.Executed));
    }

    [Fact]
    public void AFinalAccountsOverviewHeadingWithAQualifier_NamesTheUnit()
    {
        string[] contents = ["目录", "第一部分某某县农业农村局部门(汇总)概况", "一、部门职责", "二、机构设置及决算单位构成", "第二部分部门决算表", "一、收入支出决算总表"];
        var d = Lines(contents);
        Assert.Equal(("某某县农业农村局", DocumentKind.Other), (d.Evaluation.Unit, d.Kind));
        SpansHold(d);
        // A bracket that is no unit's qualifier (unitQualifiers) keeps the heading from naming one.
        Assert.Equal(string.Empty, Lines([contents[0], "第一部分某某县农业农村局部门(附表)概况", .. contents[2..]]).Evaluation.Unit);
    }

    [Fact]
    public void ABudgetsContentsListingItsTables_IsOther()
    {
        // A department's budget published before the year, the copy starting at its contents (no title).
        var d = Lines("目录", "一、部门(单位)主要职责", "二、机构设置情况", "三、预算收支安排及增减变化情况", "十一、2025部门预算表", "一)2025年收支总表", "二)2025年收入总表");
        Assert.Equal((DocumentKind.Other, 2025), (d.Kind, d.Evaluation.Year));
        // A self-evaluation that points to those tables keeps its title's kind.
        var report = Lines("某某区卫生健康局2024年度部门整体支出绩效自评报告", "一、部门概况", "（一）部门职责", "二、部门整体支出情况",
            "2024年全年预算数1200万元，全年执行数1150万元（详见部门预算表和收支总表）。");
        Assert.Equal((DocumentKind.DepartmentReport, 1200m), (report.Kind, report.Evaluation.Budget.Adjusted));
    }
}
