using Jixiao.Documents.Import;
using Jixiao.Documents.Reading;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules made from the failures of the set v27 (read once unseen, then joined to the development corpus): each with a
/// synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwelfthSessionRulesTests
{
    private const string ItemScoreReport = """
        某某区2021年度衔接推进乡村振兴补助资金绩效自评报告
        一、资金保障
        2021年区级衔接资金投入只增不减,稳中有升。(自评得分5分)
        二、存在的问题
        项目储备不足。
        """;

    [Fact]
    public void ScoreBelowTheFloor_IsAnItemsPoints_NoTotalScore()
    {
        // (自评得分5分) after an item's sentence: no document scores itself 5 of 100 (totalScoreFloor 30).
        var d = One(ItemScoreReport);
        Assert.Null(d.Stated.TotalScore);
        Assert.DoesNotContain(d.Values, v => v.Path == "stated.totalScore");
    }

    [Theory]
    [InlineData("自评得分95分", 95)]
    [InlineData("自评得分30分", 30)]
    [InlineData("经自评，综合得分为71.7分", 71.7)]
    public void ScoreAtOrAboveTheFloor_IsTheDocuments(string sentence, double score)
    {
        var d = One($"""
            某某县某某局2023年度部门整体支出绩效自评报告
            一、自评结论
            {sentence}。
            二、存在的问题
            绩效目标不够细化。
            """);
        Assert.Equal((decimal)score, d.Stated.TotalScore);
        SpansHold(d);
    }

    [Fact]
    public void TotalScoreFloor_IsData_ZeroKeepsEveryScore()
    {
        // A region whose documents are scored on another scale lowers the floor in its own file, no code.
        var files = VocabularyCatalog.Sources().Append(("reading/xx-province.yaml", "totalScoreFloor: 0\n"));
        var vocabulary = VocabularyLoader.Load(files);
        Assert.True(vocabulary.IsSuccess, string.Join("\n", vocabulary.Errors));
        var d = Assert.Single(PublishedImporter.ImportText(ItemScoreReport, "x.txt", new ImportOptions { Vocabulary = vocabulary.Value }).Documents);
        Assert.Equal(5m, d.Stated.TotalScore);
    }

    [Fact]
    public void TotalScoreFloor_OutOfRange_ErrorNamesFileAndLine()
    {
        var result = VocabularyLoader.Load([("reading/bad.yaml", "description: x\ntotalScoreFloor: 120\n")], complete: false);
        var e = Assert.Single(result.Errors);
        Assert.Equal("reading/bad.yaml:2", e.Path);
        Assert.Contains("totalScoreFloor", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The MOF project table run together by a sharing page, its budget row's figures glued as <paramref name="figures"/>.</summary>
    private static string GluedMofTable(string figures) => $"""
        项目支出绩效自评表(2016年度)
        项目名称 某某道路清扫保洁外包工作经费
        实施单位:某某街道城市运行服务中心
        项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法年度资金总额:{figures}执行率*该指标分值,最高不得超过分值上限。
        """;

    [Fact]
    public void GluedHeaderWithBracketedNotes_AndAScoringMethodColumn_FiguresRead()
    {
        // A sharing page ran the MOF project table's cells together: 分值(10分) holds digits only inside its bracket, and the
        // last column (得分计算方法) holds words, glued to the figures before it.
        var d = One(GluedMofTable("310.2154.741050%5"));
        Assert.Equal(310.2m, d.Evaluation.Budget.Initial);
        Assert.Equal(154.74m, d.Evaluation.Budget.Executed);
        Assert.Equal(50m, d.Evaluation.Budget.StatedRatePercent);
        SpansHold(d);
    }

    [Fact]
    public void GluedFiguresThatNoSplitExplains_NothingTaken()
    {
        // The same table whose glued run has no split that agrees with rate = B ÷ A and score = weight × rate: nothing is guessed.
        var d = One(GluedMofTable("310.2154.741080%3"));
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void ScoringMethodColumnWithWords_RowStillMatchesTheHeader()
    {
        // A department table whose last column says how the cell is scored: its words are that column's, not a sign that
        // the row has fewer figures than the header has columns.
        var d = One("""
            部门整体支出绩效自评表 |
            部门(单位)名称 | 某某镇人民政府 |
            部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 |
            年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 |
            基本支出 | 985.19 | 914.97 | 10 | 10 |
            """);
        Assert.Equal(1172.55m, d.Evaluation.Budget.Initial ?? d.Evaluation.Budget.Adjusted);
        Assert.Equal(1268.72m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    private static string PairReport(string money) => $"""
        某某县某某小学2023年度城乡义务教育阶段公用经费补助资金项目绩效自评报告
        一、项目基本情况
        {money}
        二、存在的问题
        资金下达较晚。
        """;

    [Fact]
    public void RateWithoutLabels_TheOnePairItProves_IsBudgetAndSpending()
    {
        // Neither 预算数 nor 执行数 is written; 108.61 ÷ 118.92 = 91.33 %, the rate stated after them.
        var d = One(PairReport("2023年我校收到上级下达城乡义务教育阶段公用经费补助资金118.92万元,全年发放108.61万元。城乡义务教育阶段公用经费补助资金项目预算执行率91.33 %。"));
        Assert.Equal(118.92m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(108.61m, d.Evaluation.Budget.Executed);
        Assert.Equal(91.33m, d.Evaluation.Budget.StatedRatePercent);
        SpansHold(d);
    }

    [Theory]
    // Two different pairs fit the rate (50 ÷ 100 and 10 ÷ 20): which is the document's is not said.
    [InlineData("我校获得补助资金100万元,兑现50万元;另获得配套资金20万元,兑现10万元。预算执行率50%。")]
    // At 100 % any amount written twice fits (118.92 … 118.92): no proof.
    [InlineData("我校获得补助资金118.92万元,全年兑现118.92万元。预算执行率100%。")]
    // No pair fits the rate.
    [InlineData("我校获得补助资金118.92万元,全年兑现100万元。预算执行率91.33%。")]
    public void RateWithoutLabels_NoSinglePair_NothingTaken(string money)
    {
        var d = One(PairReport(money));
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void RateWithoutLabels_InANewsItem_NothingTaken()
    {
        // A news item (kind 其他) proves nothing by a pair chosen to fit its rate: its figures may be anyone's.
        var r = PublishedImporter.ImportText("""
            某某县财政局召开绩效评价工作推进会
            近日，某某县财政局召开绩效评价工作推进会。会议通报，全县收到上级下达补助资金118.92万元,全年发放108.61万元,执行率91.33%。
            """, "t.txt");
        Assert.DoesNotContain(r.Documents.Concat(r.Undecided).SelectMany(x => x.Values), v => v.Path is "budget.adjusted" or "budget.executed");
    }

    [Theory]
    [InlineData("2019年")]
    [InlineData("2019年度")]
    public void SelfReferredUnit_RightAfterAYear_NameWithoutTheYearsMark(string year)
    {
        // The name opens its clause right after the year (2019年昌宁县殡葬服务中心向…): 年 is the date's, not the name's.
        var d = One($"""
            殡葬服务项目2019年度绩效自评报告
            一、项目基本情况
            {year}昌宁县殡葬服务中心向县级财政争取资金124.79万元。我中心严格按照规定使用资金。
            二、存在的问题
            资金到位较晚。
            """);
        Assert.Equal("昌宁县殡葬服务中心", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void SelfReferredUnit_AFinanceBodyPayingOut_IsNotTheWriter()
    {
        // 西畴县财政局…拨付资金: the body that paid the money; the writer calls itself 我单位/我局 and names itself nowhere.
        var paying = One("""
            2021年森林抚育项目绩效自评报告
            一、项目基本情况
            2021年森林抚育1万亩,西畴县财政局于2021年9月2日以文件拨付资金200万元。资金到位后,我局及时组织实施。
            二、存在的问题
            资金到位较晚。
            """);
        Assert.Equal(string.Empty, paying.Evaluation.Unit);

        // A finance bureau that describes its own work is still the writer.
        var own = One("""
            2021年度部门整体支出绩效自评报告
            一、部门基本情况
            西畴县财政局负责全县财政收支管理。我局内设股室12个。
            二、存在的问题
            绩效目标不够细化。
            """);
        Assert.Equal("西畴县财政局", own.Evaluation.Unit);
    }

    [Fact]
    public void HunanBaseDataTable_IsADepartmentTable()
    {
        // 部门整体支出绩效评价基础数据表 (Hunan's department form: staff, spending by kind …) names itself by 基础数据表, a title
        // word of kinds.yaml; before, its 2021年决算数 column was taken for a title and made it final accounts (其他).
        var d = One("""
            附件1
            2022年度部门整体支出绩效评价基础数据表
            财政供养人员情况(人)
            编制数
            2022年实际在职人数
            52
            52
            经费控制情况(万元)
            2021年决算数
            2022年预算数
            2022年决算数
            支出总额
            1274.38
            1342.49
            1342.49
            """);
        Assert.Equal(DocumentKind.DepartmentScoreTable, d.Kind);
    }

    [Fact]
    public void ProjectBaseDataTable_IsNoDepartmentTable()
    {
        var r = PublishedImporter.ImportText("""
            2022年度某某项目支出绩效评价基础数据表
            项目名称 某某道路养护项目
            年度预算数 120
            全年执行数 96.5
            """, "t.txt");
        Assert.DoesNotContain(r.Documents, d => d.Kind == DocumentKind.DepartmentScoreTable);
    }

    [Fact]
    public void TableRowScoreBelowTheFloor_IsNoTotalScore()
    {
        // 自评分数 heading the budget row's last column (its 10 points of 10): a table's path to the total score is held to
        // totalScoreFloor too.
        var d = One("""
            某某镇2023年度部门整体支出绩效自评报告
            一、部门基本情况
            某某镇人民政府负责全镇经济社会管理。
            二、预算执行情况
            项目 | 年初预算安排数 | 全年预算数 | 全年实际使用数 | 分值 | 执行率 | 自评分数 |
            年度资金总额: | 861.10 | 2030.12 | 2030.12 | 10 | 100% | 10 |
            三、存在的问题
            预算编制不够精细。
            """);
        Assert.Null(d.Stated.TotalScore);
        Assert.Equal(2030.12m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void MetadataLabelsRunIntoATitle_NeverPartOfTheUnit()
    {
        // A PDF's or a page's lines joined: the metadata cells 发布文号 关键词 run into the title (chrome.yaml valueBelow labels
        // are never part of a name); the publisher's label still names the unit.
        var d = One("""
            发布文号 关键词 宁国市2023年省级非物质文化遗产保护资金转移支付绩效自评报告
            发布机构 宁国市文化和旅游局
            一、绩效目标分解下达情况
            2023年下达省级非物质文化遗产保护资金30万元。
            二、存在的问题
            资金下达较晚。
            """);
        Assert.DoesNotContain("关键词", d.Evaluation.Unit, StringComparison.Ordinal);
        Assert.DoesNotContain("发布文号", d.Evaluation.Unit, StringComparison.Ordinal);
    }
}
