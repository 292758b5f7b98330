using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// A budget row of a project or transfer-payment table flattened by PDF, OCR, xlsx or document-site extraction: the
/// header cells come as one run, the values as another right after it (no row label between), sometimes with the next
/// row's values after them, a cell missing or glued. The values are aligned to the header's columns and taken only
/// when the table's identities confirm exactly one placement; otherwise nothing is read.
/// </summary>
public class FlattenedRowTests
{
    private const string Head = "2022年度项目支出绩效自评表\n项目名称 某某补助资金 主管部门 某某县卫生健康局 实施单位 某某卫生院 项目资金 (万元) ";

    [Fact]
    public void ValueRunAfterHeaderRun_RateCellMissing_ConfirmedByScoreAndRead_InYuan()
    {
        // 执行率 stands elsewhere; 9.00 = 10 × 270000.6 ÷ 300000 (90.0002%) confirms the placement; the next row follows.
        var d = One("""
            某某中心2022年度项目自评价.pdf
            财政项目支出绩效自评表 (2022 年度) 项目名称 某某场馆运营结算费用 主管部门 某某区体育局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 300000.00 300000.00 270,000.6 10 9.00 300000.00 300000.00 270000.6 — 上年结转资金 0 0 — 年度资金总额 项目资金 (元) 某某中心 实施单位
            """);
        Assert.Equal(30m, d.Evaluation.Budget.Initial);
        Assert.Equal(30m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(27.00006m, d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("270,000.6", Value(d, "budget.executed").Source.Span);
        Assert.Equal("元", Value(d, "budget.executed").Unit);
        SpansHold(d);
    }

    [Fact]
    public void ValueRunAfterHeaderRun_CountsMatch_RateConfirms()
    {
        var d = One(Head + "全年预算数 全年执行数 分值 执行率 得分 80 72 10 90% 9 80 72 — 90% — 上年结转资金 — —");
        Assert.Equal(80m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(72m, d.Evaluation.Budget.Executed);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Equal("72", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void HeaderRunEndsLine_TotalRowOnNextLine_OwnUnitAndGluedRun()
    {
        var d = One("""
            2023年某某项目支出自评表
            项目资金 (万元)全年预算数全年执行数执行率
            年度资金总额60万元57.2095.33%
            """);
        Assert.Equal(60m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(57.20m, d.Evaluation.Budget.Executed);
        Assert.Equal(95.33m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("60万元", Value(d, "budget.adjusted").Source.Span);
        Assert.Equal("57.20", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void TwoPlacementsFit_NothingRead()
    {
        // 20 10 50% 5: 10 is the 执行数 (10 ÷ 20 = 50%) or the 分值 (5 = 10 × 50%) with the 执行数 cell empty.
        var d = One(Head + "全年预算数 全年执行数 分值 执行率 得分 20 10 50% 5 上年结转资金 — —");
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(d.Missing, m => m.Path == "budget.executed" && m.Note.Contains("多种对应方式", StringComparison.Ordinal));
    }

    [Fact]
    public void IdentityFails_NothingRead()
    {
        // 80 ÷ 100 is 80%, not 90%: the figures are not this header's row as they stand.
        var d = One(Head + "全年预算数 全年执行数 分值 执行率 得分 100 80 10 90% 9 上年结转资金");
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void BudgetOfZero_ConfirmsNothing()
    {
        // 年初预算数 0 written first, an xlsx's cells out of order: 207.4538 ÷ 0 confirms no placement.
        var d = One(Head + "全年预算数 全年执行数 分值 执行率 得分 0 207.4538 10 100% 10 207.4538 — 100% —");
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void OnlyScoreIdentityHolds_AmountsNotPlaced()
    {
        // 9 = 10 × 90% whatever 100 is (年初, 全年 or 执行数): the identity says nothing about the amount's column.
        var d = One(Head + "年初预算数 全年预算数 全年执行数 分值 执行率 得分 100 10 90% 9 其他资金");
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void MaskedAmounts_NotRead()
    {
        var d = One(Head + "全年预算数 全年执行数 执行率 78.*元 70.*元 90% 其他资金");
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.DoesNotContain(d.Values, v => v.Path is "budget.adjusted" or "budget.executed");
    }

    [Fact]
    public void FinalAccountsByYear_NotABudgetRow()
    {
        // 决算 by year: 2022年决算数 2023年预算数 2023年决算数 are no header of a self-evaluation's budget row.
        var d = One("""
            2023年度部门整体支出绩效自评表
            部门整体支出绩效评价基础数据表 (万元) 项目 2022年决算数 2023年预算数 2023年决算数 基本支出 874.20 308.17 1025.20 项目支出 900.47 1025.20 1325.68
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void LabeledRowShort_EveryFitAgreesOnAmounts_AmountsReadWeightAndScoreNot()
    {
        // The empty cells lost in a flattened copy: 10 is the 权重 or the 得分; the amounts and the rate are the same either way.
        var d = One("""
            2023年度部门预算项目支出绩效自评表
            预算执行情况(10分) 年度预算数(万元) 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因
            总额 40.00 50.00 45.00 90.00% 10
            """);
        Assert.Equal(40m, d.Evaluation.Budget.Initial);
        Assert.Equal(50m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(45m, d.Evaluation.Budget.Executed);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Null(d.Stated.ExecutionWeight);
        Assert.Null(d.Stated.ExecutionScore);
        Assert.Contains(d.Missing, m => m.Path == "stated.executionScore" && m.Note.Contains("只取各方式一致的列，此列未取值", StringComparison.Ordinal));
        Assert.Equal("45.00", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void LabeledRowShort_FitsDisagreeOnAnAmount_NothingRead()
    {
        // 20 10 50% 5: 10 is the 执行数 (10 ÷ 20 = 50%) or the 分值 (5 = 10 × 50%); what the fits share (20, 50%, 5) is
        // confirmed by no identity on its own, so nothing is taken.
        var d = One("""
            2023年度项目支出绩效自评表
            项目资金(万元) 全年预算数 全年执行数 分值 执行率 得分
            年度资金总额 20 10 50% 5
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(d.Missing, m => m.Path == "budget.executed" && m.Note.Contains("多种对应方式", StringComparison.Ordinal));
    }

    [Fact]
    public void LabeledRowOneCellLong_EveryFitAgrees_AmountsRead()
    {
        // Four amounts under three amount headers (a column's header lost): whichever 28.1 is the one too many, the budget,
        // the spending, the rate and the score are the same, and 100% = 28.1 ÷ 28.1, 10 = 10 × 100% confirm them.
        var d = One("""
            某某县特殊教育补助资金转移支付整体绩效目标自评表
            项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分
            年度资金总额: 28.1 28.1 28.1 28.1 10 100% 10
            """);
        Assert.Equal(28.1m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(28.1m, d.Evaluation.Budget.Executed);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
        SpansHold(d);
    }

    [Fact]
    public void LabeledRowOneCellLong_FitsDisagreeOnTheBudget_BudgetNotRead()
    {
        // 100 110 120 120: a lost 调整预算 header; leaving out 100 or 110 fits (年初 differs), leaving out a 120 does not
        // (rate 109%): the full-year budget and spending are agreed, the initial budget is not taken.
        var d = One("""
            2023年度项目支出绩效自评表
            项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
            年度资金总额 100 110 120 120 10 100% 10
            """);
        Assert.Equal(120m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(120m, d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.Initial);

        // Two cells too many: nothing is read.
        var two = One("""
            2023年度项目支出绩效自评表
            项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
            年度资金总额 90 100 110 120 120 10 100% 10
            """);
        Assert.Null(two.Evaluation.Budget.Adjusted);
        Assert.Null(two.Evaluation.Budget.Executed);
    }

    [Theory]
    // Other units' wording of the header cells run together: a period word before (全年实际支出数) or a filler after (年初预算安排数).
    [InlineData("年初预算安排数 全年预算数 全年执行数")]
    [InlineData("年初预算数 全年预算数 全年实际支出数")]
    public void ValueRunAfterHeaderRun_HeaderCellsInOtherWording_Read(string header)
    {
        var d = One(Head + header + " 分值 执行率 得分 80 80 72 10 90% 9 80 80 72 — 90% — 上年结转资金 — —");
        Assert.Equal(80m, d.Evaluation.Budget.Initial);
        Assert.Equal(80m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(72m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }
}
