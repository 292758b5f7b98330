using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Headline figures (预算数, 年初预算, 执行数, 执行率, 总分) read from classes of table layout and
/// wording seen in published documents: small synthetic texts, one class each, with the outcome
/// and the cited span of every value asserted.
/// </summary>
public class FigureReadingTests
{
    [Fact]
    public void HeaderCellWithBracketedNote_HeadsItsColumn()
    {
        var d = One("""
            2022年度项目支出绩效自评表
            项目名称 | 某某补助资金 |
            预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
            年度财政资金总额 | 278.4449 | 30.00 | 10.77% | 2.16 |
            一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
            """);
        Assert.Equal(278.4449m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(30.00m, d.Evaluation.Budget.Executed);
        Assert.Equal(10.77m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("278.4449", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void TableWithoutRateColumn_WeightInHeaderNote_ReadsBudgetAndExecuted()
    {
        var d = One("""
            部门整体支出绩效自评表 |
            部门(单位)名称 | 某某镇人民政府 |
            部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 |
            年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 |
            """);
        Assert.Equal(1172.55m, d.Evaluation.Budget.Initial);
        Assert.Equal(1268.72m, d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void UnfilledTotalRow_OneFundRowCarriesTheMoney_FundRowGivesTheTotals_NoZeroRate()
    {
        var d = One("""
            项目支出绩效自评表 (2022年度)
            项目名称 委托业务项目 主管部门 某某镇人民政府 实施单位 某某镇人民政府
            项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            年度资金总额: 0 0 0 10 0 0
            其中:本年财政拨款 90 89.974 89.974
            上年结转资金
            其他资金
            年度总体目标 预期目标 实际完成情况
            """);
        Assert.Equal(90m, d.Evaluation.Budget.Initial);
        Assert.Equal(89.974m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(89.974m, d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Null(d.Stated.ExecutionScore);
        Assert.Contains("合计等于各资金来源之和", Value(d, "budget.adjusted").How, StringComparison.Ordinal);
        Assert.Equal(5, Value(d, "budget.adjusted").Source.Line);
        SpansHold(d);
    }

    [Fact]
    public void UnfilledTotalRow_TwoFundRowsCarryMoney_NothingTaken()
    {
        var d = One("""
            项目支出绩效自评表 (2022年度)
            项目名称 委托业务项目 实施单位 某某镇人民政府
            项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            年度资金总额: 0 0 0 10 0 0
            其中:本年财政拨款 90 89.974 89.974
            上年结转资金 10 10 9
            其他资金
            年度总体目标 预期目标 实际完成情况
            """);
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(d.Missing, m => m.Path == "budget.adjusted" && m.Note.Contains("不止一行有数", StringComparison.Ordinal));
    }

    [Fact]
    public void ScoreLabelInAHeaderRunOnIntoItsRows_NoScore()
    {
        // A score table copied as one line: 自评得分 ends the header run, 1 is the first row's number, not the score.
        var d = One("""
            某某局2023年度部门整体支出绩效评价自评表
            序号 | 一级指标 | 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 | 1 | 规划 (15分) | 基础信息 | 3 | 信息是否完整 | 完整得3分 | 3 |
            """);
        Assert.Null(d.Stated.TotalScore);
    }

    [Fact]
    public void ScoreLabelAfterAValueCell_TakesTheNextCell()
    {
        // The look-alike: a label whose cell before holds a value or a name is a pair with the cell after it.
        var d = One("""
            某某局2023年度部门整体支出绩效评价自评表
            单位名称 | 某某局 | 自评得分 | 92 |
            """);
        Assert.Equal(92m, d.Stated.TotalScore);
    }

    [Fact]
    public void TableRunTogetherInOneLine_SpaceSeparatedCells_ReadByHeaderRun()
    {
        var d = One("附件: 项目支出绩效自评表 (2022年度) 项目名称 村级补助经费 实施单位 某某镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 202.64 132.912 132.912 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金2026400元。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分");
        Assert.Equal(202.64m, d.Evaluation.Budget.Initial);
        Assert.Equal(132.912m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(132.912m, d.Evaluation.Budget.Executed);
        Assert.Equal("132.912", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
    }

    [Theory]
    [InlineData("年初预算数", "全年预算数", "全年执行数")]
    [InlineData("年初预算安排数", "全年预算数", "全年实际支出数")]
    [InlineData("年初预算", "本年度预算数", "当年执行数")]
    public void BudgetHeader_PeriodWordsAndFillers_SameColumns(string initial, string adjusted, string executed)
    {
        var d = One($"2023年度项目支出绩效自评表\n项目名称 | 某某项目\n实施单位 | 某某县农业农村局\n项目资金(万元) | {initial} | {adjusted} | {executed} | 分值 | 执行率 | 得分\n年度资金总额 | 100 | 100 | 90 | 10 | 90% | 9\n");
        Assert.Equal(100m, d.Evaluation.Budget.Initial);
        Assert.Equal(100m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(90m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    [Fact]
    public void BudgetHeader_年度预算数OverTwoColumns_IsNoBudgetColumn()
    {
        // 年度预算数(万元) as the caption over 年初预算 and 调整后预算数 (Sichuan): 年度 is no period word of a column.
        var d = One("部门预算项目支出绩效自评表(2023年度)\n项目名称 | 某某项目\n预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分\n总额 | 238.93 | 251.89 | 251.89 | 100.00% | 10 | 10\n");
        Assert.Equal(238.93m, d.Evaluation.Budget.Initial);
        Assert.Equal(251.89m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(251.89m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void GluedRun_ExactlyOneSplitFitsColumnsAndIdentities_Split()
    {
        var d = One("项目支出绩效自评表\n(2022年度)项目名称某某项目主管部门某某局实施单位某某局资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10其中:本年财政拨款2020其他资金年度总体目标\n绩效指标 一级指标 二级指标 三级指标 年度指标值 全年实际值 分值 得分");
        Assert.Equal(20m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(20m, d.Evaluation.Budget.Executed);
        Assert.Equal(100.00m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal(10m, d.Stated.ExecutionScore);
        Assert.Contains("唯一拆分", Value(d, "budget.adjusted").How, StringComparison.Ordinal);
        Assert.Equal("100.00%", Value(d, "budget.statedRatePercent").Source.Span);
        SpansHold(d);
    }

    [Theory]
    // A PDF's text runs the weight, the rate and the score together around the percent sign, or leaves only the weight and
    // the rate glued: the identities (50% = 155.1 ÷ 310.2, 5 = 10 × 50%) decide the one split.
    [InlineData("310.2155.11050%5")]
    [InlineData("310.2 155.1 1050% 5")]
    [InlineData("310.2154.741050%5")]
    public void GluedAroundPercent_SplitByTheIdentities(string run)
    {
        var d = One($"项目支出绩效自评表(2016年度)\n项目资金(万元) 年初预算数(A) 全年执行数(B) 分值(10分) 执行率(B/A) 得分\n年度资金总额: {run}\n");
        Assert.Equal(310.2m, d.Evaluation.Budget.Initial);
        Assert.Equal(50m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal(5m, d.Stated.ExecutionScore);
        Assert.Contains(d.Evaluation.Budget.Executed, new decimal?[] { 155.1m, 154.74m });
        SpansHold(d);
    }

    [Fact]
    public void GluedAroundPercent_NoSplitFits_NothingTaken()
    {
        var d = One("项目支出绩效自评表(2016年度)\n项目资金(万元) 年初预算数(A) 全年执行数(B) 分值(10分) 执行率(B/A) 得分\n年度资金总额: 310.2155.11070%5\n");
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void GluedRun_OcrLostBracket_WeightStatedInScoreHeader_DecidesTheSplit()
    {
        var d = One("2021年度项目支出绩效自评表\n项目名称某某建设补助预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A1得分(20分*执行率)年度财政 资金总额10001000100%20度效标80\n一级指标 二级指标 三级指标 年度指标值 实际完成值 得分");
        Assert.Equal(1000m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(1000m, d.Evaluation.Budget.Executed);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
        SpansHold(d);
    }

    [Fact]
    public void MoneyUnitInBrackets_AfterTheLabelOrTheNumber_StatesTheUnit()
    {
        const string Head = "某某县某某局2023年度部门整体支出绩效自评报告\n一、部门整体收支情况\n";
        var label = One(Head + "全年预算(元):13000000；全年执行(万元):1170；执行率:90%。\n");
        Assert.Equal(1300m, label.Evaluation.Budget.Adjusted);
        Assert.Equal(1170m, label.Evaluation.Budget.Executed);
        var after = One(Head + "全年预算数1300(万元)，全年执行数11700000（元），预算执行率90%。\n");
        Assert.Equal(1300m, after.Evaluation.Budget.Adjusted);
        Assert.Equal(1170m, after.Evaluation.Budget.Executed);
        SpansHold(after);

        // A bracket that is no money unit gives no amount.
        var people = One(Head + "全年预算(人次):1300；全年执行数1170(人次)，执行率90%。\n");
        Assert.Null(people.Evaluation.Budget.Adjusted);
        Assert.Null(people.Evaluation.Budget.Executed);
    }

    [Fact]
    public void GluedRun_RateCutToAWholePercent_SplitByTheRelaxedIdentity_OnlyWhenUnique()
    {
        // 200 / 75 / 37.00%: 75 ÷ 200 = 37.5%, the rate cut to 37 and printed with decimals; no split fits exactly.
        var d = One("2021年度项目支出绩效自评表\n项目名称某某建设补助预算数(A)执行数(B)执行率(B/A)年度财政资金总额2007537.00%度效标80\n一级指标 二级指标 三级指标 年度指标值 实际完成值 得分");
        Assert.Equal(200m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(75m, d.Evaluation.Budget.Executed);
        Assert.Equal(37m, d.Evaluation.Budget.StatedRatePercent);
        SpansHold(d);

        // A rate with real decimals (37.20%) is not a cut whole percent: nothing fits, nothing is taken.
        var none = One("2021年度项目支出绩效自评表\n项目名称某某建设补助预算数(A)执行数(B)执行率(B/A)年度财政资金总额2007537.20%度效标80\n一级指标 二级指标 三级指标 年度指标值 实际完成值 得分");
        Assert.Null(none.Evaluation.Budget.Executed);
        Assert.Contains(none.Missing, m => m.Path == "budget.executed" && m.Note.Contains("无法可靠拆分", StringComparison.Ordinal));
    }

    [Fact]
    public void Amount_ThousandsSeparatedByASpace_OrBrokenByTheLineEnd_ReadWhole()
    {
        const string Head = "某某县某某局2023年度部门整体支出绩效自评报告\n一、部门整体收支情况\n";
        var spaced = One(Head + "全年预算数1 300.00万元，全年执行数1 170.00万元，预算执行率90.00%。\n");
        Assert.Equal(1300m, spaced.Evaluation.Budget.Adjusted);
        Assert.Equal(1170m, spaced.Evaluation.Budget.Executed);
        SpansHold(spaced);

        var wrapped = One(Head + "2023年度本单位认真落实预算管理要求，严格执行预算，全年预算数1300万元，全年执行数11\n70万元，预算执行率90%。\n");
        Assert.Equal(1170m, wrapped.Evaluation.Budget.Executed);

        // Without a money unit, numbers a space apart are separate cells: 预算数 120 and 执行数 300 stay apart.
        var cells = One("2023年度项目支出绩效自评表\n项目名称 某某道路维护\n年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n年度资金总额 120 300 270 10 90% 9\n");
        Assert.Equal(300m, cells.Evaluation.Budget.Adjusted);
        Assert.Equal(270m, cells.Evaluation.Budget.Executed);
    }

    [Theory]
    [InlineData("全年预算数1300万元 全年执行数1170万元 预算执行率90%")]
    [InlineData("全年预算数：1300.00万元 全年执行数：1170.00万元 预算执行率：90.00%")]
    [InlineData("全年预算数（万元）：1300.00 全年执行数（万元）：1170.00 预算执行率：90.00%")]
    public void CoverFieldsOnOneLine_SpaceAfterAFigure_EndsTheClauseBefore(string line)
    {
        var d = One("某某县某某局2023年度部门整体支出绩效自评报告\n一、部门整体收支情况\n" + line + "\n");
        Assert.Equal(1300m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(1170m, d.Evaluation.Budget.Executed);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void GluedRun_SeveralSplitsFit_NothingTaken_Reported()
    {
        // 预算数, 执行数, 执行率 only: 12/9/75% and 129/7/5% both satisfy rate = B ÷ A with a non-zero rate.
        var d = One("2021年度项目支出绩效自评表\n项目名称某某建设补助预算数(A)执行数(B)执行率(B/A)年度财政资金总额12975%度效标80\n一级指标 二级指标 三级指标 年度指标值 实际完成值 得分");
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(d.Missing, m => m.Path == "budget.executed" && m.Note.Contains("无法可靠拆分", StringComparison.Ordinal));
    }

    [Fact]
    public void EnumeratedItemsStateDifferentRates_RatesAreTheItems_NoDocumentRate()
    {
        var d = One("""
            某区农业生产救灾资金转移支付2019年度绩效自评报告
            二、绩效目标实现情况分析
            (1)中央财政农业生产救灾(病虫害防控)资金30万元,资金支出29.9万元,执行率99.7%。(2)中央财政农业生产救灾(草地贪夜蛾防控)专项资金10万元,资金支出5.9万元,执行率59%。
            """);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal([99.7m, 59m], d.Stated.Rates.Select(r => r.RatePercent));
        Assert.Contains(d.Missing, m => m.Path == "budget.statedRatePercent" && m.Note.Contains("各项", StringComparison.Ordinal));
    }

    [Fact]
    public void EnumeratedItemStatesTheOneRate_ItIsTheDocumentRate()
    {
        var d = One("""
            某区农业生产救灾资金转移支付2019年度绩效自评报告
            二、绩效目标实现情况分析
            (1)中央财政农业生产救灾资金30万元,资金支出30万元,执行率100%。
            """);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("100%", Value(d, "budget.statedRatePercent").Source.Span);
    }

    [Theory]
    [InlineData("2022年云龙路网项目列入部门预算经费为3483万元,2022年实际支付3483万元。", "3483", "3483")]
    [InlineData("2022年度我校教育专项工作经费项目财政资金总额16.20万元,全部为县级配套资金,拨付使用16.20万元。", "16.20", "16.20")]
    [InlineData("项目预算金额为120万元,截至2022年12月31日,资金已使用118.5万元,结余1.5万元。", "120", "118.5")]
    [InlineData("2022年中央下达我市农业生产发展资金1969万元,主要用于农机购置补贴,2022年完成支付1900万元。", "1969", "1900")]
    [InlineData("2022年7月4日我市收到上级补助资金590万元,用于矿山修复治理,2022年完成支付590万元。", "590", "590")]
    public void ProjectReportNarrative_BudgetAndSpendingWordings(string sentence, string budget, string executed)
    {
        var d = One($"""
            某某项目2022年度绩效自评报告
            一、项目基本情况
            {sentence}
            """);
        Assert.Equal(decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
        Assert.Equal(decimal.Parse(executed, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    // (村获得…50万元 names the receiver and is read: ReadingRulesTests.Budget_AllocationToTheRegionAndWorksSpending.)
    [Fact]
    public void AllocationWordFarFromTheAmount_NotRead()
    {
        var d = One("""
            某某项目2022年度绩效自评报告
            一、项目基本情况
            根据《关于提前下达2022年农村综合改革转移支付预算的通知》,上级下达了2022年中央专项扶持壮大村集体经济资金,分给我乡某某村的2022年中央专项扶持壮大村集体经济资金50万元。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void FundAmountInTheSentenceOfExecutedAndRate_IsTheBudgetWhenTheRateIdentityHolds()
    {
        var d = One("""
            某某项目2023年度绩效自评报告
            2.项目资金执行情况分析。
            国家基本公共卫生服务项目州级补助资金8.00万元,截至2023年12月31日,资金已使用6.00万元,结余2万元,资金执行率75%。
            """);
        Assert.Equal(8.00m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(6.00m, d.Evaluation.Budget.Executed);
        Assert.Equal("8.00万元", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void FundAmountNotSatisfyingTheRate_NotTakenAsBudget()
    {
        var d = One("""
            某某项目2023年度绩效自评报告
            2.项目资金执行情况分析。
            国家基本公共卫生服务项目州级补助资金9.00万元,截至2023年12月31日,资金已使用6.00万元,结余2万元,资金执行率75%。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Equal(6.00m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void SeveralAllocationsThenTheirTotal_TotalIsTheBudget()
    {
        var d = One("""
            某某资金转移支付2021年度绩效自评报告
            一、绩效目标分解下达情况
            2020年10月30日,中央文件下达我区农业生产发展专项转移支付预算463142万元;2021年4月21日,中央文件下达我区农业生产发展资金预算163455万元;2021年6月,中央文件下达我区一次性补贴资金预算44440万元;2021年农业生产发展资金合计671037万元。
            """);
        Assert.Equal(671037m, d.Evaluation.Budget.Adjusted);
        Assert.Equal("671037万元", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void TotalWordWithAnAmountThatIsNotTheSum_DoesNotReplaceTheStatedBudget()
    {
        var d = One("""
            某某资金转移支付2021年度绩效自评报告
            一、绩效目标分解下达情况
            2021年中央文件下达我区专项转移支付预算463142万元;2021年4月21日,中央文件下达我区农业生产发展资金预算163455万元;其中农机补贴合计1000万元。
            """);
        Assert.NotEqual(1000m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void PinyinGlossesAfterCharacters_Removed_LabelsRead()
    {
        var d = One("""
            某某转移支付2019年度绩效自评报告
            一、绩效目标分解下达情况
            第十四師2019年度農(nóng)機(jī)購置補(bǔ)貼資金預(yù)算數(shù)60萬元。
            """);
        Assert.Equal(60m, d.Evaluation.Budget.Adjusted);
        Assert.Equal("60万元", Value(d, "budget.adjusted").Source.Span);
        Assert.Equal("第十四师2019年度农机购置补贴资金预算数60万元。", d.Text.Single(l => l.Text.Contains("60", StringComparison.Ordinal)).Text.Trim());
    }

    [Fact]
    public void TotalSplitBySourceAfterQizhong_IsTheProjectBudget()
    {
        var d = One("""
            某某学校2022年度项目支出绩效自评报告
            一、基本情况
            我校2022年项目为生均公用经费项目,按生均1000元安排,共计239万元,其中上级资金179.25万元,本级59.75万元,项目绩效目标是保证学校的正常运转。
            """);
        Assert.Equal(239m, d.Evaluation.Budget.Adjusted);
        Assert.Equal("239万元", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
    }

    [Theory]
    [InlineData("我校2022年公用经费共计239万元,其中上级资金179.25万元,本级50万元。")]
    [InlineData("我校2022年公用经费支出共计239万元,其中上级资金179.25万元,本级59.75万元。")]
    [InlineData("我校2022年收入共计239万元,其中上级资金179.25万元,本级59.75万元。")]
    public void TotalWhosePartsDoNotAddUpOrThatIsSpendingOrIncome_NotTheBudget(string sentence)
    {
        var d = One($"""
            某某学校2022年度项目支出绩效自评报告
            一、基本情况
            {sentence}
            """);
        Assert.NotEqual(239m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void TableRunTogetherInOneLine_ThousandsSeparators_Read()
    {
        var d = One("项目支出绩效自评表 (2022年度) 项目名称 某某经费 实施单位 某某局 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 1,200.00 1,234.56 1,172.83 10 95% 9.5 其中:本年财政拨款 1,200.00 1,234.56 1,172.83 上年结转资金 其他资金 年度总体目标 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分");
        Assert.Equal(1200.00m, d.Evaluation.Budget.Initial);
        Assert.Equal(1234.56m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(1172.83m, d.Evaluation.Budget.Executed);
        Assert.Equal(95m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("1,234.56", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void EveryCorpusFigure_StatedTextInsideItsCitedSpan_SpanInsideItsLine()
    {
        var checkedValues = 0;
        foreach (var file in CorpusFiles.All())
        {
            foreach (var d in PublishedImporter.ImportFile(file).Documents)
            {
                foreach (var v in d.Values.Where(v => v.Path.StartsWith("budget.", StringComparison.Ordinal) || v.Path.StartsWith("stated.", StringComparison.Ordinal)))
                {
                    Assert.NotNull(v.Source.Span);
                    var line = d.Text.Single(l => l.Number == v.Source.Line).Text;
                    Assert.Equal(v.Source.Span, line.Substring(v.Source.Column, v.Source.Length));
                    if (v.Stated is { } stated)
                    {
                        Assert.Contains(stated.Trim(), v.Source.Span!, StringComparison.Ordinal);
                    }

                    checkedValues++;
                }
            }
        }

        Assert.True(checkedValues >= 50, $"only {checkedValues} figures read");
    }

    [Theory]
    [InlineData("100100", "100", "100")]
    [InlineData("10095.5", "100", "95.5")]
    public void GluedIndicatorTotal_WeightIsTheSumOfLevel1Weights_Split(string glued, string weight, string score)
    {
        var d = One($"项目支出绩效自评表\n绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(70分)数量指标安装水标尺10≥266米≥266米10效益指标(20分)社会效益指标受益人口数20≥1000人≥1000人20满意度指标(10分)服务对象满意度指标满意度10≥95%≥95%10……总分{glued}注:1.一级指标分值统一设置");
        Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), d.Stated.TotalScore);
        Assert.Equal(decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture), d.Stated.TotalWeight);
        Assert.Equal(score, Value(d, "stated.totalScore").Source.Span);
    }

    [Fact]
    public void GluedIndicatorTotal_NoReadingFitsTheLevel1Weights_NotTaken()
    {
        var d = One("项目支出绩效自评表\n绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(70分)数量指标安装水标尺10≥266米≥266米10效益指标(20分)社会效益指标受益人口数20≥1000人≥1000人20……总分100100注:1.一级指标分值统一设置");
        Assert.Null(d.Stated.TotalScore);
        Assert.Contains(d.Missing, m => m.Path == "stated.totalScore" && m.Note.Contains("无法可靠拆分", StringComparison.Ordinal));
    }

    [Fact]
    public void NamedFigureAfter其中_IsAPartNotTheWhole()
    {
        var d = One("""
            某某县人民法院2018年度部门整体支出绩效自评报告
            一、部门基本情况
            2018年度支出5560.46万元。
            二、项目实施情况
            我院2018年共有8个支出项目，所有项目皆按照年初预算执行。其中，法院执行年初预算数6万元，年末结算支出6万元。
            """);
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Equal(5560.46m, d.Evaluation.Budget.Executed);

        // Right after 其中 with no name before the label, the figure is still the document's own.
        var whole = One("""
            某某县林业局2023年度部门整体支出绩效自评报告
            一、部门整体支出情况
            2023年全年预算数1300万元，其中：年初预算数1000万元，全年执行数1170万元，预算执行率90%。
            """);
        Assert.Equal(1000m, whole.Evaluation.Budget.Initial);
        Assert.Equal(1300m, whole.Evaluation.Budget.Adjusted);
        SpansHold(whole);
    }

    [Fact]
    public void TownNamedBeforeTheLabel_InItsGovernmentsReport_IsTheWhole()
    {
        var d = One("""
            某某县某某镇人民政府2023年度绩效自评报告
            一、基本情况
            2023年度某某县某某镇年初预算1848.31万元，全年(调整)预算数3587.78万元。
            """);
        Assert.Equal(1848.31m, d.Evaluation.Budget.Initial);
        Assert.Equal(3587.78m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);

        // Another place's figure in the same report stays unread.
        var other = One("""
            某某县某某镇人民政府2023年度绩效自评报告
            一、基本情况
            2023年度某某县某某乡年初预算1848.31万元。
            """);
        Assert.Null(other.Evaluation.Budget.Initial);
    }

    [Fact]
    public void TitleFundAmountAfterABracketedNote_IsTheBudget()
    {
        var d = One("""
            某某省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告
            一、绩效目标分解下达情况
            及时对中央农业生产和水利救灾资金(水利部分)6800万元进行了合理分解,已全部分解到位,其中甲市780万元、乙市690万元。
            """);
        Assert.Equal(6800m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);

        // Another fund's amount after a bracketed note is not the title fund's.
        var other = One("""
            某某省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告
            一、绩效目标分解下达情况
            及时对中央林业改革发展资金(林业部分)6800万元进行了合理分解。
            """);
        Assert.Null(other.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void ScoreKeyedToANumber_ThenTheNextCoverField_OnOneLine()
    {
        var d = One("""
            某某市财政预算支出项目绩效目标自评表 项目名称 道路养护 自评总分: 95 项目实施单位 某某市交通运输局 项目负责人 张三
            一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
            """);
        Assert.Equal(95m, d.Stated.TotalScore);
        Assert.Equal("95", Value(d, "stated.totalScore").Source.Span);

        // A count before a word that is no label keeps its measure: 自评总分: 95 项 is no score of 95 keyed alone.
        var count = One("""
            某某市财政预算支出项目绩效目标自评表 项目名称 道路养护 自评总分: 95 项指标全部完成
            一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
            """);
        Assert.NotEqual(95m, count.Stated.TotalScore);
    }
    [Fact]
    public void EnumeratedParts_FiguresAfterANamedPart_NotTheDocuments()
    {
        // 一是 / 二是 naming a unit or a spending item: that part's budget and rate, never the whole transfer's.
        var d = One("""
            某某自治区某某局中央转移支付2020年度绩效自评报告
            一、项目资金分解下达情况
            分解下达中央转移支付专项资金共22171万元。
            绩效目标情况,一是某某管理处年初预算内项目资金6152万元;二是提前下达某某博物馆项目资金6622万元。
            一是用于其他教育管理事务支出,即某某专项工作补助经费合计75万元,已于本年度支出75万元,预算完成率100%。
            """);
        Assert.Equal(22171m, d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        SpansHold(d);

        // A lead that names no item (一是严格预算执行) opens a point about the whole: its rate is the document's.
        var whole = One("""
            某某县某某局2023年度项目支出绩效自评报告
            一、项目资金情况
            一是严格预算执行,全年预算执行率100%;二是加强资金管理。
            """);
        Assert.Equal(100m, whole.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("100%", Value(whole, "budget.statedRatePercent").Source.Span);
    }
    [Fact]
    public void PipedHeaderWithEmptyGapCells_RowKeepsTheGaps_EachColumnTakesItsOwnCell()
    {
        // An OCR'd Sichuan table: the merged header cells after 预算执行数 exported empty, and the rows keep them empty.
        var d = One("""
            部门预算项目支出绩效自评表(2023年度) | | | | | | | | | | |
            | 项目名称 | 某某工作经费 | | | | | | | | |
            | 实施单位(盖章) | 某某市林业局 | | | | | | | | |
            预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |
            | 总额 | 5.00 | 6.00 | 4.50 | | | 75.00% | 10 | | |
            | 其中:财政资金 | 5.00 | 6.00 | 4.50 | | | 75.00% | / | / | |
            """);
        Assert.Equal(5.00m, d.Evaluation.Budget.Initial);
        Assert.Equal(6.00m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(4.50m, d.Evaluation.Budget.Executed);
        Assert.Equal(75.00m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("75.00%", Value(d, "budget.statedRatePercent").Source.Span);
        SpansHold(d);

        // Figures where the header has its gap: the row is not laid out cell for cell under it, and no rate is guessed.
        var other = One("""
            部门预算项目支出绩效自评表(2023年度) | | | | | | | | | | |
            | 项目名称 | 某某工作经费 | | | | | | | | |
            预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |
            | 总额 | 5.00 | 6.00 | 4.50 | 1.00 | 2.00 | 75.00% | 10 | | |
            """);
        Assert.Null(other.Evaluation.Budget.StatedRatePercent);
    }
    [Fact]
    public void ReceivedMoney_ConfirmedByTheStatedRate_IsTheBudget_OtherwiseNot()
    {
        var d = One("""
            2020年度项目绩效自评报告(某某会议经费项目)
            一、项目基本情况
            (一)项目资金情况
            1.项目资金到位情况。经市财政局预算科审核通过后,下发文件,到位资金12.5万元。
            2.项目资金执行情况。会议经费严格按照会议费制度管理办法,支出资金10万元,执行率80%。
            """);
        Assert.Equal(12.5m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(10m, d.Evaluation.Budget.Executed);
        Assert.Equal("12.5万元", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);

        // Received money the rate is not taken on (the rate is on a budget the text does not state): no budget.
        var part = One("""
            2020年度项目绩效自评报告(某某会议经费项目)
            一、项目基本情况
            (一)项目资金情况
            1.项目资金到位情况。截至年底到位资金8万元。
            2.项目资金执行情况。支出资金8万元,执行率80%。
            """);
        Assert.Null(part.Evaluation.Budget.Adjusted);
        Assert.Equal(8m, part.Evaluation.Budget.Executed);

        // No rate stated: received money alone is never the budget.
        var alone = One("""
            2020年度项目绩效自评报告(某某会议经费项目)
            一、项目基本情况
            1.项目资金到位情况。到位资金12.5万元。
            2.项目资金执行情况。支出资金10万元。
            """);
        Assert.Null(alone.Evaluation.Budget.Adjusted);
    }
    [Fact]
    public void RowNumberColumn_KeyedTotal_NumberOfTheRowSkipped_FiguresOnTheNextLineStayApart()
    {
        // A Sichuan transfer table one cell a line: 行次 before the columns, the row's number before its figures, and the
        // figures continued on the next line (52.800000 / 52.800000 …), which must not run together into one.
        var d = One("""
            某某区林业局2024年度林业草原改革发展资金绩效评价表
            资金投入情况
            (万元)
            行次 全年预算数
            (A)
            全年执行资金
            (E)
            年度资金总额(万元): 1 52.800000
            52.800000 52.800000 100.00% 30.800000 58.33%
            """);
        Assert.Equal(52.8m, d.Evaluation.Budget.Adjusted);
        Assert.Equal("52.800000", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);

        // Without a row-number column the small whole number keyed to the label is the row's amount as written.
        var plain = One("""
            某某区林业局2024年度林业草原改革发展资金绩效评价表
            资金投入情况
            年度资金总额(万元): 8 全年执行数(万元): 6
            """);
        Assert.Equal(8m, plain.Evaluation.Budget.Adjusted);
    }
    [Fact]
    public void ShortSpendingLabel_AfterAWordNamingTheWhole_IsNoLongerWord()
    {
        // 截至12月31日支出: the date names the whole year, so 支出 starts a label although a Chinese character precedes it.
        var d = One("""
            某某县某某局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            全年预算数130万元，截至12月31日支出117万元，预算执行进度90%。
            """);
        Assert.Equal(117m, d.Evaluation.Budget.Executed);
        Assert.Equal("117万元", Value(d, "budget.executed").Source.Span);
        SpansHold(d);

        // 日常公用支出: the end of a longer word, one kind of spending, not the document's.
        var part = One("""
            某某县某某局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            全年预算数130万元，日常公用支出20万元，预算执行率90%。
            """);
        Assert.Null(part.Evaluation.Budget.Executed);
    }
    [Fact]
    public void SentencesOpeningWithDifferentFunds_EachWithItsRate_NoRateOfTheWhole()
    {
        // Two named funds of a transfer, each with its own rate: the funds' rates, none of them the transfer's.
        var d = One("""
            某某县2023年度中央财政农业生产发展资金转移支付绩效自评报告
            一、绩效目标完成情况
            中央财政补助资金全年共100万元,拨付使用了95万元,预算执行率95%。
            天然商品林管护补助资金全年共30万元,当年未使用,预算执行率0%。
            """);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal(2, d.Stated.Rates.Count);

        // One fund's sentence alone, or the total's (合计), states the document's rate.
        var one = One("""
            某某县2023年度中央财政农业生产发展资金转移支付绩效自评报告
            一、绩效目标完成情况
            中央财政补助资金全年共100万元,拨付使用了95万元,预算执行率95%。
            """);
        Assert.Equal(95m, one.Evaluation.Budget.StatedRatePercent);
        var total = One("""
            某某市2023年度省级交通专项资金绩效自评报告
            二、自评情况
            某某市收到普通公路水路建设省补助资金合计7505万元,已支出2171.13万元,资金支付率28.93%。其中:
            收到普通国省道建设补助资金2666万元,已支出39万元,资金支付率1.46%。
            """);
        Assert.Equal(28.93m, total.Evaluation.Budget.StatedRatePercent);
    }
    [Fact]
    public void BatchesOfOneAllocation_WithoutTheirTotal_NoneIsTheBudget()
    {
        var d = One("""
            某某县2023年度中央财政农业生产发展资金转移支付绩效自评报告
            一、绩效目标分解下达情况
            第一批下达资金100万元，第二批下达资金30万元。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);

        // With their total stated, the total; a single batch stated alone is the allocation.
        var total = One("""
            某某县2023年度中央财政农业生产发展资金转移支付绩效自评报告
            一、绩效目标分解下达情况
            第一批下达资金100万元，第二批下达资金30万元，共计下达资金130万元。
            """);
        Assert.Equal(130m, total.Evaluation.Budget.Adjusted);
        var single = One("""
            某某县2023年度中央财政农业生产发展资金转移支付绩效自评报告
            一、绩效目标分解下达情况
            第一批下达资金100万元。
            """);
        Assert.Equal(100m, single.Evaluation.Budget.Adjusted);
    }
    [Fact]
    public void SeveralAllocationsToTheRegion_WithoutTheirTotal_NoneIsTheBudget()
    {
        var d = One("""
            某某市某某局2019年中央自然灾害救灾资金绩效自评报告
            一、基本情况
            我局2019年接收到救灾资金共三笔,分别是:
            1、省财政厅《关于下达2019年救灾资金的通知》,下达我市中央和省级自然灾害救灾资金900万元,主要用于受灾群众基本生活。
            2、省财政厅《关于下达2019年救灾资金的通知》,下达我市省级自然灾害救灾资金100万元,主要用于抗洪抢险。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);

        // With their total, the total; an allocation's own batches that add up to it are no other allocation; and an
        // allocation naming the fund of the title is that fund's, beside other funds'.
        var total = One("""
            某某市某某局2019年中央自然灾害救灾资金绩效自评报告
            一、基本情况
            1、下达我市中央和省级自然灾害救灾资金900万元。2、下达我市省级自然灾害救灾资金100万元。共计下达1000万元。
            """);
        Assert.Equal(1000m, total.Evaluation.Budget.Adjusted);
        var batches = One("""
            某某市2023年度中央土壤污染防治资金绩效自评报告
            一、绩效目标分解下达情况
            2023年度,中央下达我市土壤污染防治资金共1737万元。其中1月下达我市1300万元,8月下达我市437万元。
            """);
        Assert.Equal(1737m, batches.Evaluation.Budget.Adjusted);
        var titled = One("""
            某某县2023年度中央水利发展资金绩效自评报告
            一、绩效目标分解下达情况
            《关于下达2023年中央水利发展资金预算的通知》,下达我县2023年中央水利发展资金2263万元。《关于下达2023年衔接资金的通知》,下达我县2023年资金791万元。
            """);
        Assert.Equal(2263m, titled.Evaluation.Budget.Adjusted);
        var shares = One("""
            某某市2023年度公共文化服务体系建设补助资金绩效自评报告
            一、绩效目标分解下达情况
            《关于下达补助资金预算的通知》文件下达我市全民健身场地器材补短工程160万元。我局分别下达甲县和乙市各80万元。
            """);
        Assert.Equal(160m, shares.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void TwoFundsAllocatedSideBySide_NeitherIsTheBudget()
    {
        var d = One("""
            某某市2023年度中央生态环境资金转移支付绩效自评报告
            一、绩效目标分解下达情况
            土壤污染防治类:2023年度,中央下达我市土壤污染防治资金共1737万元,我市及时将中央资金下拨至相关旗县。
            大气污染防治类:2023年度,中央下达我市大气污染防治资金共24047万元,我市及时下拨中央资金。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void HeadingOfTheAllocation_ReadsNoAmountOnTheNextLine()
    {
        var d = One("""
            某某管理区专项转移支付2023年度农机购置补贴实施情况
            绩效目标分解下达情况
            2023年度省级拨付我区农机购置补贴资金62万元,中央拨付16万元,共计78万元。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);

        // The same allocation in a sentence of its own is read.
        var read = One("""
            某某管理区专项转移支付2023年度农机购置补贴实施情况
            绩效目标分解下达情况
            2023年度省级下达我区农机购置补贴资金62万元。
            """);
        Assert.Equal(62m, read.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void BudgetWordQualifyingSpending_IsNoBudget()
    {
        var d = One("""
            2020年度某某县某某办公室部门整体支出绩效自评报告
            二、部门财务情况
            2020年公共预算财政拨款支出1386.33万元,其中:基本支出1006.67万元;项目支出379.53万元。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);

        // A budget word with the money's kind between it and the amount is still the budget.
        var kind = One("""
            2020年度某某县某某办公室部门整体支出绩效自评报告
            二、部门财务情况
            2020年预算财政拨款1400万元。
            """);
        Assert.Equal(1400m, kind.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void AllocationFollowedByItsUses_NoneIsTheBudget()
    {
        var d = One("""
            中央转移支付2023年残疾人事业发展补助资金项目绩效自评报告
            一、项目基本情况
            该项目为2023年中央彩票公益金提前下达资金项目,用于残疾人康复补贴1.065万元,残疾儿童救助38.472万元,无障碍改造8.5万元。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);

        // The amount allocated first, its use after it: the allocation.
        var read = One("""
            中央转移支付2023年残疾人事业发展补助资金项目绩效自评报告
            一、项目基本情况
            该项目为2023年中央彩票公益金提前下达资金48.1万元,用于残疾人康复补贴和残疾儿童救助。
            """);
        Assert.Equal(48.1m, read.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void OneCellALineTable_BarLineBeforeTheRowLabel_ValuesStayInTheirColumns()
    {
        var d = One("""
            项目支出绩效自评表 (2024年度) |
            项目名称 |
            某某业务支出项目 |
            |
            年初预算数 |
            全年预算数 |
            全年执行数 |
            分值 |
            执行率(%) |
            得分 |
            ||||
            |
            年度资金总额 |
            0 |
            2.38 |
            2.38 |
            10 |
            100 |
            10 |
            """);
        Assert.Equal(0m, d.Evaluation.Budget.Initial);
        Assert.Equal(2.38m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(2.38m, d.Evaluation.Budget.Executed);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("2.38", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);

        // The same table without the bar line reads the same.
        var plain = One("""
            项目支出绩效自评表 (2024年度) |
            年初预算数 |
            全年预算数 |
            全年执行数 |
            分值 |
            执行率(%) |
            得分 |
            年度资金总额 |
            0 |
            2.38 |
            2.38 |
            10 |
            100 |
            10 |
            """);
        Assert.Equal(2.38m, plain.Evaluation.Budget.Adjusted);
        Assert.Equal(100m, plain.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void BareAmountWithItsPartsInABracket_IsTheFigure_NotItsFirstPart()
    {
        var d = One("""
            某某省城乡居民基本养老保险补助资金转移支付2022年度绩效自评报告
            二、绩效目标完成情况分析
            2022年,我区城乡居民基本养老保险全年预算数1080245.79万元,全区执行数1032849.44(含中央资金689139.31万元,地方资金332524.99万元,其他资金11185.14万元),总预算执行率95.61%。
            """);
        Assert.Equal(1032849.44m, d.Evaluation.Budget.Executed);
        Assert.Equal("1032849.44", Value(d, "budget.executed").Source.Span);

        // Parts that do not add up to the bare number: no spending is read rather than a part.
        var off = One("""
            某某省城乡居民基本养老保险补助资金转移支付2022年度绩效自评报告
            二、绩效目标完成情况分析
            2022年,我区城乡居民基本养老保险全年预算数1080245.79万元,全区执行数1032849.44(含中央资金689139.31万元,地方资金332524.99万元),总预算执行率95.61%。
            """);
        Assert.Null(off.Evaluation.Budget.Executed);
    }

    [Fact]
    public void RateInAClauseNamingAGoal_IsATarget_NotTheRateAchieved()
    {
        var d = One("""
            某某县某某局2023年度某某道路维护经费项目绩效自评报告
            一、项目基本情况
            项目绩效目标：预算执行率达到100%。实际支出117万元。
            """);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal(117m, d.Evaluation.Budget.Executed);

        // A goal named in an earlier clause of the sentence: the rate's own clause states what was achieved.
        var achieved = One("""
            某某县2021年度中央财政公共文化服务体系建设补助资金转移支付绩效自评报告
            一、整体绩效情况
            我县严格按照中央下达的区域绩效目标表进行资金分配,2021年中央下达公共文化服务体系建设专项资金执行率为96%。
            """);
        Assert.Equal(96m, achieved.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void TransferBudgetNamedMatchingMoney_IsALevelsShare_NotTheBudget()
    {
        var d = One("""
            某某市中央对地方转移支付2023年度绩效自评报告(农业保险保费)
            一、绩效目标分解下达情况
            2023年度,我市安排政策性农业保险保费补贴预算271万元,用于中央财政政策性农业保险与地方特色农产品保费补贴本级配套。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);

        var own = One("""
            某某县2021年度中央水利发展资金转移支付绩效自评报告
            一、绩效目标分解下达情况
            县财政下达配套资金30.9万元。
            """);
        Assert.Null(own.Evaluation.Budget.Adjusted);

        // The transfer's own allocation, with a matching share only required of the county after it: read.
        var transfer = One("""
            某某县2021年度中央水利发展资金转移支付绩效自评报告
            一、绩效目标分解下达情况
            2021年中央下达我县水利发展资金100万元,要求县级配套20万元。
            """);
        Assert.Equal(100m, transfer.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void BudgetContradictingExecutedAndRate_TheOneAmountThatFits_ReplacesIt()
    {
        var d = One("""
            某某县水稻集中育秧设施建设项目转移支付绩效自评报告
            一、绩效目标分解下达情况
            中央下达水稻集中育秧设施建设项目预算资金1465万元(该项目为两年期项目),上年完成支付784.685万元。
            结转水稻集中育秧设施建设项目资金合计680.315万元,全年预算执行数合计233.64万元。预算执行率34.3%。
            """);
        Assert.Equal(680.315m, d.Evaluation.Budget.Adjusted);
        Assert.Equal("680.315万元", Value(d, "budget.adjusted").Source.Span);
        Assert.Equal(233.64m, d.Evaluation.Budget.Executed);
        SpansHold(d);

        // A budget that agrees with them stays; so does one when no other amount fits.
        var agrees = One("""
            某某县水稻集中育秧设施建设项目转移支付绩效自评报告
            一、绩效目标分解下达情况
            中央下达项目预算资金680.315万元,另有结转资金1465万元。全年预算执行数合计233.64万元。预算执行率34.3%。
            """);
        Assert.Equal(680.315m, agrees.Evaluation.Budget.Adjusted);
        var none = One("""
            某某县水稻集中育秧设施建设项目转移支付绩效自评报告
            一、绩效目标分解下达情况
            中央下达项目预算资金1465万元。全年预算执行数合计233.64万元。预算执行率34.3%。
            """);
        Assert.Equal(1465m, none.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void YearOfAFormsDate_DoesNotMakeTheScoreAnotherYears()
    {
        var d = One("""
            某某市交通运输局2021年度乡村道路项目自评表
            某某市财政预算支出项目绩效目标自评表 填报日期:2022 年 8 月 10 项目名称 项目主管单 位 自评总分: 95 项目实施单位 某某市交通运输局
            """);
        Assert.Equal(95m, d.Stated.TotalScore);

        // Another year in the clause without a date label: another year's figure, not read.
        var other = One("""
            某某市交通运输局2021年度乡村道路项目绩效自评报告
            一、项目基本情况
            2022年项目自评得分95分。
            """);
        Assert.Null(other.Stated.TotalScore);
    }

    [Fact]
    public void ScoreLabelFollowedByABracketedRule_RuleNumberIsNoScore()
    {
        var d = One("""
            2021年度财政项目绩效自评表
            预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政 资金总额
            """);
        Assert.Null(d.Stated.TotalScore);

        // The maximum alone in the bracket, the score after it: read.
        var scored = One("""
            某某局2021年度项目支出绩效自评报告
            一、自评结论
            自评总分(100分)92分。
            """);
        Assert.Equal(92m, scored.Stated.TotalScore);
    }

    [Fact]
    public void TotalRowLabelOnItsOwnLine_FiguresOnTheNext_OneCellLost_PlacedByTheRate()
    {
        const string Table = """
            项目支出绩效自评表 |
            | ( 2023年度) |
            项目名称 | 某某林场野生动物收容所建设项目 |
            主管部门 | 某某区林业和草原局 | 实施单位 | 某某区林业和草原局 |
            项目资金 (万元) |
            | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 |
            | 32.4 | 31.69 | 10 | 97.80% | SCORE |
            年度 总体 目标 | 预期目标 | 实际完成情况 |
            """;
        var d = One(Table.Replace("SCORE", "9", StringComparison.Ordinal));
        Assert.Equal(32.4m, d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Equal(31.69m, d.Evaluation.Budget.Executed);
        Assert.Equal(97.80m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal(8, Value(d, "budget.adjusted").Source.Line);
        SpansHold(d);

        // A score that is neither the product (9.78) nor the product cut down (9): the row contradicts itself there, so its
        // weight and score are not read; its amounts and rate, which 执行率 = 执行数 ÷ 预算数 alone places, are.
        var off = One(Table.Replace("SCORE", "7", StringComparison.Ordinal));
        Assert.Equal((32.4m, 31.69m, 97.80m), (off.Evaluation.Budget.Adjusted, off.Evaluation.Budget.Executed, off.Evaluation.Budget.StatedRatePercent));
        Assert.Null(off.Stated.ExecutionScore);
        Assert.Contains(off.Missing, m => m.Path == "stated.executionScore");
        SpansHold(off);

        // Nor does the rate place them when it does not hold either (31.69 ÷ 32.4 is not 90%): nothing is read.
        var neither = One(Table.Replace("97.80%", "90%", StringComparison.Ordinal).Replace("SCORE", "7", StringComparison.Ordinal));
        Assert.Null(neither.Evaluation.Budget.Adjusted);
        Assert.Null(neither.Evaluation.Budget.Executed);

        // The line after the label holds text: not the row's figures.
        var text = One(Table.Replace("| 32.4 | 31.69 | 10 | 97.80% | SCORE |", "| 见附表 |", StringComparison.Ordinal));
        Assert.Null(text.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void UnitCaptionBeforeTheTotalRowsLabel_AndARateCutAsAFraction_Read()
    {
        var d = One("""
            市级文物保护专项经费绩效自评表(2022年度)
            项目名称 市级文物保护专项经费
            主管部门 某某区文化和旅游局   实施单位 某某区文化和旅游局
            项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            (万元) 年度资金总额 29 29 27.8 9 0.958 8
            其中:当年财政拨款 29 29 27.8 9 0.958 8
            年度总体目标 预期目标 实际完成情况
            """);
        Assert.Equal(29m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(29m, d.Evaluation.Budget.Initial);
        Assert.Equal(27.8m, d.Evaluation.Budget.Executed);
        Assert.Equal(95.8m, d.Evaluation.Budget.StatedRatePercent);
        SpansHold(d);

        // A fraction that is neither rounded nor cut from 执行数 ÷ 预算数 (0.9586…): the rate is not read.
        var off = One("""
            市级文物保护专项经费绩效自评表(2022年度)
            项目名称 市级文物保护专项经费
            项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            (万元) 年度资金总额 29 29 27.8 9 0.951 8
            年度总体目标 预期目标 实际完成情况
            """);
        Assert.Null(off.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void BudgetAmountHiddenElsewhere_TheVisibleAllocationIsNotTaken()
    {
        const string Report = """
            某某市林业和草原局2021年度中央对地方转移支付预算执行情况绩效自评报告
            一、绩效目标分解下达情况
            根据某某文件,下达给我单位资金HIDDEN万元,其中:造林补助2.35万元。
            根据某某文件,下达给我单位资金1.53万元,其中:造林补助2.42万元。
            """;
        var d = One(Report.Replace("HIDDEN", " 点击查看>> ", StringComparison.Ordinal));
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Contains(d.Missing, m => m.Path == "budget.adjusted" && m.Note.Contains("被隐去", StringComparison.Ordinal));

        // The same statement with its amount given: nothing is hidden, the reading is the ordinary one.
        var shown = One(Report.Replace("HIDDEN", "10", StringComparison.Ordinal));
        Assert.DoesNotContain(shown.Missing, m => m.Note.Contains("被隐去", StringComparison.Ordinal));

        // A unit in brackets after a label names a column's unit, not a hidden amount.
        var column = One("""
            某某县2021年度中央水利发展资金转移支付绩效自评报告
            一、绩效目标分解下达情况
            全年预算数(万元)见附表。2021年中央下达我县水利发展资金100万元。
            """);
        Assert.Equal(100m, column.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void ProjectSpendingInASentenceStatingGoals_IsPlanned_NotTheProjectsSpending()
    {
        var d = One("""
            关于学校项目绩效自评报告
            一、基本情况
            某某幼儿园2022年度整体支出绩效目标:资金总额120万元,基本支出18万元,项目支出102万元。
            """);
        Assert.Null(d.Evaluation.Budget.Executed);

        // The same figure stated as what was spent: the project's spending in its own report.
        var spent = One("""
            关于学校项目绩效自评报告
            一、基本情况
            参与绩效评价的项目共4个,项目支出102万元。
            """);
        Assert.Equal(102m, spent.Evaluation.Budget.Executed);
    }

    [Theory]
    [InlineData("20xx年我镇项目资金共到位1130.71万元,其中:财政衔接资金1077.56万元,预拨资金53.15万元。", null)]
    [InlineData("2022年项目预算资金实际到位50万元。", null)]
    [InlineData("2022年项目资金共100万元,已全部到位。", "100")]
    public void BudgetLabel_WithAmountNamedReceived_IsNoBudget(string sentence, string? budget)
    {
        var d = One($"""
            某某镇2022年度衔接资金项目绩效自评报告
            一、项目资金到位情况
            {sentence}
            """);
        Assert.Equal(budget is null ? null : decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
    }

    [Theory]
    [InlineData("我镇获得")]
    [InlineData("我乡获得")]
    [InlineData("下达我镇")]
    public void TownshipAllocation_IsTheBudget(string label)
    {
        var d = One($"""
            某某镇2022年度衔接资金项目绩效自评报告
            一、绩效目标分解下达情况
            2022年{label}财政衔接资金共1077.56万元,其中:中央专项衔接资金630.2万元,省级专项衔接资金429.36万元,市级资金18万元。
            """);
        Assert.Equal(1077.56m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void RateInAListOfTargets_IsNoStatedRate()
    {
        var d = One("""
            2019年市直发展项目绩效自评价报告
            一、项目概况
            2、项目年度预算绩效目标。其中,投入目标:市级财政投入金额2000万元,财政资金投入率100%,财政资金到位率100%,财政资金使用率100%。产出目标:完成规划24个。
            """);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    [InlineData("投入目标:年初预算100万元,实际支出98万元,预算执行率98%。")]
    [InlineData("根据绩效目标进行资金分配,2021年专项资金预算执行率为98%。")]
    public void RateAfterTargetsWithWhatWasDone_IsRead(string sentence)
    {
        var d = One($"""
            2021年某某项目绩效自评报告
            二、绩效目标完成情况
            {sentence}
            """);
        Assert.Equal(98m, d.Evaluation.Budget.StatedRatePercent);
    }

    // A project table's head stating its money unit, over the rows of the keyed-amount tests.
    private const string KeyedTable = "2021年度预算项目绩效自评表\n项目名称:某某项目 实施(主管)单位:某某局 金额单位:万元\n";

    [Theory]
    [InlineData("预算数 62.73 到位数 62.73 执行数 62.73")]
    [InlineData("预算数62.73到位数62.73执行数62.73")]
    [InlineData("预算数: 62.73 执行数: 62.73")]
    public void KeyedBareAmounts_UnderADeclaredTableUnit_AreAmountsInThatUnit(string row)
    {
        var d = One(KeyedTable + row + "\n");
        Assert.Equal(62.73m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(62.73m, d.Evaluation.Budget.Executed);
        Assert.Equal("62.73", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void KeyedBareAmounts_WithoutADeclaredUnitOrUnderAnIndicator_AreNoAmounts()
    {
        // No table unit stated: a bare number after 预算数 could be anything.
        var noUnit = One("""
            2021年度预算项目绩效自评表
            项目名称:某某项目 实施(主管)单位:某某局
            预算数 62.73 到位数 62.73 执行数 62.73
            """);
        Assert.Null(noUnit.Evaluation.Budget.Adjusted);
        Assert.Null(noUnit.Evaluation.Budget.Executed);

        // An indicator named like a figure's label (预算执行) with its weight, in a table whose unit is stated: no spending.
        var indicator = One("""
            2022年度部门整体支出绩效自评表
            部门名称:某某局 金额单位:万元
            预算执行 4 结转结余率 2 部门(单位)当年度结转结余额与当年度预算总额的比率
            """);
        Assert.Null(indicator.Evaluation.Budget.Executed);
    }

    [Theory]
    [InlineData("计划安排资金\n(万元)\n55\n实际到位资金\n(万元)\n55\n实际支出\n(万元)\n50\n结余(万元)\n5")]
    [InlineData("计划安排资金(万元)\n55\n实际支出(万元)\n50")]
    public void AmountLabelAloneOnItsLine_MoneyUnitStated_ValueOnTheLineBelow(string cover)
    {
        var d = One($"某某局2021年度项目支出绩效自评报告\n一、项目基本情况\n{cover}\n");
        Assert.Equal(55m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(50m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    [Fact]
    public void AmountLabelAloneOnItsLine_NoUnitOrAHeaderRunOverAColumnOfNumbers_NothingTaken()
    {
        // No money unit anywhere: 50 could be a count.
        var noUnit = One("某某局2021年度项目支出绩效自评报告\n一、项目基本情况\n实际支出\n50\n");
        Assert.Null(noUnit.Evaluation.Budget.Executed);

        // A header copied one cell a line over its values: 全年执行数's line below holds the budget's value.
        var header = One("某某局2021年度项目支出绩效自评报告\n单位:万元\n全年预算数\n全年执行数\n100\n90\n");
        Assert.NotEqual(100m, header.Evaluation.Budget.Executed);
    }

    [Fact]
    public void GluedSpendingAndRate_ExactlyOneCutFitsTheBudget_Split()
    {
        var d = One(KeyedTable + "预算数62.73到位数62.73执行数62.73100.00\n");
        Assert.Equal(62.73m, d.Evaluation.Budget.Executed);
        Assert.Equal(100.00m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("62.73", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void GluedSpendingAndRate_NoCutFitsTheBudget_NothingTakenAndSaid()
    {
        // 25.5 ÷ 50 is 51 %, not 50.00; 25.55 ÷ 50 is 51.1 %, not 0.00: no cut holds, so neither number is taken.
        var d = One(KeyedTable + "预算数50到位数50执行数25.550.00\n");
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(d.Missing, m => m.Path == "budget.executed" && m.Note.Contains("无法可靠拆分", StringComparison.Ordinal));
    }

    private const string SpacedIndicators = "2022年度项目支出绩效自评表\n项目名称 某某资金 实施单位 某某中学\n一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分\n产出指标 数量指标 学生人数 735人 735人 50 50\n";

    [Fact]
    public void IndicatorTotal_RunOnWithLastRemark_CellsWithoutBars_Read()
    {
        // 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 with its bars lost: the total's label after a remark and its value.
        var d = One(SpacedIndicators + "其他需要说明事项 无 总分 100 96 优\n");
        Assert.Equal(96m, d.Stated.TotalScore);
        Assert.Equal(100m, d.Stated.TotalWeight);
        Assert.Equal("优", d.Stated.Grade);
        Assert.Equal("96", Value(d, "stated.totalScore").Source.Span);
        SpansHold(d);
    }

    [Theory]
    [InlineData("满意度指标 服务对象满意度 学生满意度 ≥95% 98% 10 10 总分 100 96")]
    [InlineData("偏差说明 无 合计 100 96 项目已完工")]
    public void IndicatorTotal_RunOnLookAlikes_NotRead(string row)
    {
        // Figures before the label (an indicator's row), or words after the figures that are no grade.
        var d = One(SpacedIndicators + row + "\n");
        Assert.Null(d.Stated.TotalScore);
        Assert.Null(d.Stated.TotalWeight);
    }

    private static string OneCellALine(string cell) => "2022年度项目支出绩效自评表\n项目名称\n某某补助资金\n预算执行情况(万元) (20分)\n预算数(A)\n执行数(B)\n执行率(B/A)\n" + cell + "\n\n年度财政资金总额\n278.4449\n30.00\n10.77%\n2.16\n";

    [Fact]
    public void HeaderOneCellALine_CellWithSpacedNote_IsOneHeaderCell()
    {
        // 得分 (20分*执行率): a header cell with its note, its bars lost; the whole line names the score column.
        var d = One(OneCellALine("得分 (20分*执行率)"));
        Assert.Equal(278.4449m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(30.00m, d.Evaluation.Budget.Executed);
        Assert.Equal(10.77m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal(2.16m, d.Stated.ExecutionScore);
        Assert.Equal("30.00", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void HeaderOneCellALine_LineOfWordsNamingNoColumn_EndsTheHeader()
    {
        // 得分 说明见附件 names no column as a whole: no header cell, and the one-a-line header ends before it.
        var d = One(OneCellALine("得分 说明见附件"));
        Assert.Null(d.Stated.ExecutionScore);
        Assert.Null(d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void ScoreLabelInAHeaderRunOneCellALine_TheRowNumberBelowIsNoScore()
    {
        var d = One("2023年度部门整体支出绩效自评表\n一级 指标\n二级 指标\n三级 指标\n指标分值\n指标解释\n指标说明及评分标准\n自评得分\n\n1\n规划 (15分)\n");
        Assert.Null(d.Stated.TotalScore);

        // A cover one cell a line: a score under its label after another pair keeps being read.
        var cover = One("项目支出绩效自评报告\n实施单位\n某某县公路事务中心\n评价年度\n2023\n自评得分\n92\n评价等级\n优\n");
        Assert.Equal(92m, cover.Stated.TotalScore);
        Assert.Equal("优", cover.Stated.Grade);
    }

    [Fact]
    public void BudgetLabelInABracketOfParts_WithAnAddition_IsTheInitialBudget_TheWholeTheAdjusted()
    {
        var d = One("某某局某某专项资金绩效自评报告\n一、专项资金概况\n环境整治行动资金800万元(财政预算740万元,年底追加清洁行动资金60万元),主要用于环境整治。\n");
        Assert.Equal(740m, d.Evaluation.Budget.Initial);
        Assert.Equal(800m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);

        // Parts that do not add up to the amount before the bracket: the labelled one is not taken as the whole.
        var loose = One("某某局某某专项资金绩效自评报告\n一、专项资金概况\n环境整治行动资金800万元(财政预算700万元,年底追加清洁行动资金60万元),主要用于环境整治。\n");
        Assert.NotEqual(800m, loose.Evaluation.Budget.Adjusted);
        Assert.Null(loose.Evaluation.Budget.Initial);

        // Parts without an addition (中央资金 and 地方资金): the labelled part is no budget of the whole.
        var sources = One("某某局某某专项资金绩效自评报告\n一、专项资金概况\n环境整治行动资金800万元(中央预算500万元,地方资金300万元),主要用于环境整治。\n");
        Assert.Null(sources.Evaluation.Budget.Adjusted);
        Assert.Null(sources.Evaluation.Budget.Initial);
    }

    [Fact]
    public void BudgetLabelOverItemsListedByName_ReadsNoBudget()
    {
        var d = One("某某市园林绿化养护经费及行道树养护经费绩效评价报告\n一、项目概况\n2020年下达了园林绿化经费:514.56万元,行道树养护费:30.58万元。对全市绿化进行养护。\n");
        Assert.Null(d.Evaluation.Budget.Adjusted);

        // One item named, then no other item: its amount is read.
        var one = One("某某市园林绿化养护经费绩效评价报告\n一、项目概况\n2020年下达了园林绿化经费:514.56万元,对全市绿化进行养护。\n");
        Assert.Equal(514.56m, one.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void AdditionToTheBudget_IsNoBudget_TheInitialStays()
    {
        var d = One("某某街道2018年环卫工作项目绩效自评报告\n一、项目概况\n环境卫生作业服务费年初预算560万元,执行中追加预算1,690,235.03元,全年实际支出7,290,235.03元,项目收支平衡。\n");
        Assert.Equal(560m, d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Equal(729.023503m, d.Evaluation.Budget.Executed);

        // The budget after the addition, stated as such, is read.
        var adjusted = One("某某街道2018年环卫工作项目绩效自评报告\n一、项目概况\n年初预算560万元,调整后预算729.02万元,全年实际支出729.02万元。\n");
        Assert.Equal(729.02m, adjusted.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void UntitledDepartmentReport_SpendingOfAnAdditionOrOfAFund_IsNotTheDepartments()
    {
        var d = One("一、部门概况\n某某中心是某某局下属二级事业单位。\n二、部门资金基本情况\n(二)追加预算安排及支出情况\n2021年某某中心追加预算82.25万元,支出7.48万元。\n(三)专项资金安排及支出情况\n2021年某某中心安排专项资金5.6万元,支出 1.51万元。\n");
        Assert.Equal(Jixiao.Documents.Import.DocumentKind.DepartmentReport, d.Kind);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.Adjusted);

        // The whole year's spending after an addition, led by 全年, is read.
        var whole = One("某某街道2018年环卫工作项目绩效自评报告\n一、项目概况\n环境卫生作业服务费年初预算560万元,执行中追加预算169万元,全年实际支出729万元,项目收支平衡。\n");
        Assert.Equal(729m, whole.Evaluation.Budget.Executed);

        // A department's own spending after its budget (no fund named before it) is read.
        var own = One("某某局2021年度部门整体支出绩效自评报告\n一、部门概况\n2021年某某局全年预算数100万元,支出98万元。\n");
        Assert.Equal(98m, own.Evaluation.Budget.Executed);
    }

    [Fact]
    public void TwoRatesInClausesJoinedByASemicolon_NeitherIsTheDocuments()
    {
        var d = One("某某市2021年国家非物质文化遗产保护资金绩效自评报告\n一、基本情况\n2021年我市资金下达42万元,截至目前,传承人补助已及时划拨,资金使用率100%;薅草锣鼓(川东土家族薅草锣鼓)项目资金使用334896元,资金使用率83.72%。\n");
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(d.Missing, m => m.Path == "budget.statedRatePercent" && m.Note.Contains("同一句中", StringComparison.Ordinal));

        // The total first, its parts after 其中 (joined by semicolons): the total is read.
        var parts = One("某某县文化和旅游局2024年度部门整体支出绩效自评报告\n一、基本情况\n支出合计768.65万元,执行率为80.32%,其中:基本支出596.71万元,执行率达100.00%;项目支出171.94万元,执行率达47.72%。\n");
        Assert.Equal(80.32m, parts.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void SampleWritingItsYearsMasked_TheFileNamesYearIsNoEvaluatedYear()
    {
        var d = One("2024年项目支出绩效评估报告.docx\n1、2024年项目支出绩效评估报告(精选11篇)根据县财政局关于开展20xx年项目支出绩效评价工作的通知的要求,我馆开展了自评。现将我馆20xx年度项目支出绩效自评情况报告如下:一、项目概况\n");
        Assert.Equal(0, d.Evaluation.Year);
        Assert.Contains(d.Missing, m => m.Path == "year" && m.Note.Contains("20xx", StringComparison.Ordinal));

        // A report that states its year keeps it.
        var real = One("2024年项目支出绩效自评报告.docx\n根据县财政局关于开展2024年项目支出绩效评价工作的通知的要求,我馆开展了自评。现将我馆2024年度项目支出绩效自评情况报告如下:一、项目概况\n");
        Assert.Equal(2024, real.Evaluation.Year);
    }

    [Fact]
    public void FormsNote_ItsYearIsNoEvaluatedYear()
    {
        const string form = "财政支出项目绩效评价报告\n项目名称:某某森林生态效益补偿基金\n评价时间:2014 年5 月15 日\n项目绩效目标表\n{0}预算批复的绩效目标如有调整的,需在报告中加以说明。新增目标的项目可参照2014年预算编制中同类型项目目标填报。\n";
        var note = One(string.Format(System.Globalization.CultureInfo.InvariantCulture, form, "注:"));
        Assert.Equal(0, note.Evaluation.Year);

        // The same sentence in the body (no note) is read as before.
        var body = One(string.Format(System.Globalization.CultureInfo.InvariantCulture, form, string.Empty));
        Assert.Equal(2014, body.Evaluation.Year);
    }

    [Fact]
    public void ScoreLabelWithItsNumberEndingTheSentence_IsTheScore()
    {
        var d = One("项目支出绩效自评报告\n三、绩效指标分析情况\n(一)自评分数。\n对照《项目绩效自评指标评分表》逐项自评打分,自评分数100。\n");
        Assert.Equal(100m, d.Stated.TotalScore);

        // A number going on into other words (自评分数100项) is not taken.
        var counted = One("项目支出绩效自评报告\n三、绩效指标分析情况\n对照评分表逐项自评打分,自评分数100项指标全部完成。\n");
        Assert.Null(counted.Stated.TotalScore);
    }

    [Fact]
    public void RatesAfterTheMoneyOfDifferentSources_AreTheSources_NotTheDocuments()
    {
        var d = One("某某市残疾人事业发展补助资金绩效自评报告\n二、绩效目标完成情况分析\n实际完成情况为:截止2021年12月31日某某市中央资金完成636.75万元,预算执行率81.97%,省级资金完成288.26万元,预算执行率99.28%。\n");
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);

        // One source's money and its rate alone (all the money is central) is read.
        var one = One("某某市残疾人事业发展补助资金绩效自评报告\n二、绩效目标完成情况分析\n截止2021年12月31日中央资金完成636.75万元,预算执行率81.97%。\n");
        Assert.Equal(81.97m, one.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void TenThousandAloneBeforeAWordThatIsNoMeasure_IsAnAmountInWan()
    {
        var d = One("某某镇关于农村厕所革命建设项目的绩效自评报告\n二、项目资金申报及使用情况\n1、资金计划。某某村示范村建设项目预算资金13.971129万并且全部到位。\n");
        Assert.Equal(13.971129m, d.Evaluation.Budget.Adjusted);

        // 万 before a measure word counts things, not money.
        var counted = One("某某镇关于农村厕所革命建设项目的绩效自评报告\n二、项目资金申报及使用情况\n1、资金计划。某某村示范村建设项目预算资金覆盖1.2万亩并且全部到位。\n");
        Assert.Null(counted.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void AmountLabelAlone_UnitAndAmountTogetherOnTheLineBelow_IsRead()
    {
        var d = One("财政支出项目绩效评价报告\n项目名称:某某森林生态效益补偿基金\n计划投资额\n\n(万元)18821.06\n\n其中:中央财政4676\n");
        Assert.Equal(18821.06m, d.Evaluation.Budget.Adjusted);
        Assert.Equal("18821.06", Value(d, "budget.adjusted").Source.Span);

        // Words, not a figure's ending, after the label (计划投资情况): nothing is read from the line below.
        var words = One("财政支出项目绩效评价报告\n项目名称:某某森林生态效益补偿基金\n计划投资情况说明\n\n(万元)18821.06\n");
        Assert.Null(words.Evaluation.Budget.Adjusted);
    }
}
