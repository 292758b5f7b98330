using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the sixteenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class SixteenthSessionRulesTests
{
    /// <summary>The one document read from a title, a heading and one line of text under it.</summary>
    private static ImportedDocument Read(string title, string heading, string line) => One($"{title}\n{heading}\n{line}\n");

    /// <summary>Asserts that <paramref name="text"/> is refused as no self-evaluation: no document, one warning saying so.</summary>
    private static void NoSelfEvaluation(string text)
    {
        var r = PublishedImporter.ImportText(text, "t.txt");
        Assert.Empty(r.Documents);
        Assert.Contains("未识别出自评报告或自评表", Assert.Single(r.Warnings), StringComparison.Ordinal);
    }

    private static string DepartmentReport(string subject) => $"""
        {subject}2023年部门整体支出绩效自评报告
        一、部门基本情况
        本单位主要负责全镇经济社会发展工作。
        """;

    [Fact]
    public void TownNamedAsItsCountyGovernments_IsOneUnit()
    {
        var d = One(DepartmentReport("寻甸回族彝族自治县人民政府倘甸镇"));
        Assert.Equal("寻甸回族彝族自治县人民政府倘甸镇", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void GovernmentRunIntoACountysName_StaysNoUnit()
    {
        // 楚雄州人民政府 / 牟定县2023年…: a government's name run into the next line's county, two names, neither the unit.
        Assert.NotEqual("楚雄州人民政府牟定县", One(DepartmentReport("楚雄州人民政府牟定县")).Evaluation.Unit);
    }

    private static string ProjectReport(string title) => $"""
        {title}
        一、项目基本情况
        项目预算数为100万元,执行数为100万元,预算执行率100%。
        """;

    [Theory]
    [InlineData("桂阳县交通运输局农村公路养护资金绩效自评报告", "桂阳县交通运输局")]
    [InlineData("某某市民政局城乡医疗救助补助资金绩效自评报告", "某某市民政局")]
    public void TitleWithoutAYear_NamingAFundAfterARegionLedUnit_GivesThatUnit(string title, string unit)
    {
        var d = One(ProjectReport(title));
        Assert.Equal(unit, d.Evaluation.Unit);
        SpansHold(d);
    }

    [Theory]
    [InlineData("县民政局城乡医疗救助资金绩效自评报告")]      // a bare level names nobody in particular
    [InlineData("市总工会冬季困难群众救助金绩效自评报告")]
    public void FundAfterAUnitLedByItsLevelAlone_GivesNoUnit(string title)
    {
        Assert.Equal(string.Empty, One(ProjectReport(title)).Evaluation.Unit);
    }

    private const string FormTitle = "文昌市林业局2017年退耕苗圃项目绩效自评报告";

    [Fact]
    public void EvaluationReportFormsPlannedInvestment_IsTheBudget()
    {
        var d = Read(FormTitle, "一、项目基本情况", "计划投资额(万元)110.00");
        Assert.Equal(110.00m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void EvaluationReportFormsUse_IsTheSpending()
    {
        var d = Read(FormTitle, "一、项目基本情况", "实际到位资金(万元)84.74实际使用情况(万元)84.74其中:中央财政");
        Assert.Equal(84.74m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    private static string UntitledSichuanProjectReport(string analysisHeading) => $"""
        一、项目基本情况
        (一)绩效目标情况
        建设8个县级人大代表之家,并确保正常运行。
        (二)资金安排情况
        财政年初预算40万元。
        二、绩效目标完成情况分析
        {analysisHeading}
        2023年该项目预算40万元,实际支出40万元。
        (四)项目效益分析
        搭建代表履职平台。
        六、下一步改进措施
        建议2024年度安排预算资金40万元。
        """;

    [Fact]
    public void UntitledReportInSichuansProjectOutline_IsAProjectReport_OfTheYearSpentNotTheYearProposed()
    {
        var d = One(UntitledSichuanProjectReport("(一)预算执行进度情况分析"));
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal(2023, d.Evaluation.Year);
        Assert.Equal(40m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    [Fact]
    public void WithoutThoseHeadings_TheSameTextIsNoSelfEvaluation()
    {
        NoSelfEvaluation(UntitledSichuanProjectReport("(一)资金情况").Replace("(四)项目效益分析", "(四)其他", StringComparison.Ordinal));
    }

    private static string ReportOnProjects(string second) => $"""
        红河州某某支队2024年度项目支出绩效自评报告
        一、基本情况
        (一)项目概况。
        本单位编制2024年部门预算时,共编制项目支出预算2个。
        (1)项目名称:单位自有资金,主要用于开展个税申报工作。州级预算数0.01万元。
        预算0.01万元,实际下达0.01万元,实际支出金额0.01万元,支出进度100%。
        {second}
        """;

    [Fact]
    public void ReportGoingThroughItsProjectsOneByOne_GivesNoneOfTheirFigures()
    {
        var d = One(ReportOnProjects("(2)项目名称:从业资格考试工作经费。州级预算数1.00万元。"));
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Contains(d.Missing, m => m.Note.Contains("逐项写各项目", StringComparison.Ordinal));
    }

    [Fact]
    public void OneProjectItemAlone_KeepsItsFigures()
    {
        var d = One(ReportOnProjects("二、绩效目标完成情况"));
        Assert.Equal(0.01m, d.Evaluation.Budget.Executed);
    }

    private static string ReportWithProjectHeadings(string secondHeading) => $"""
        中共开远市委统一战线工作部2021年度项目支出绩效单位自评报告
        一、基本情况
        (一)反渗透工作经费项目
        年初预算资金为10万元,2020年结转资金为8.86万元,共投入资金2.76万元。
        {secondHeading}
        九三学社工作经费用于开展社务活动。
        """;

    [Fact]
    public void ReportWhoseHeadingsEachNameAProject_GivesNoFiguresReadUnderThem()
    {
        var d = One(ReportWithProjectHeadings("(二)九三学社工作经费项目"));
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void OneProjectHeadingAlone_KeepsItsFigures()
    {
        Assert.Equal(10m, One(ReportWithProjectHeadings("(二)其他情况")).Evaluation.Budget.Initial);
    }

    [Fact]
    public void SpendingStatedAsTheBudgetsFinalAccount_IsSpending()
    {
        var d = Read("益阳市资阳区文学艺术界联合会2021年部门整体支出绩效自评报告", "一、基本情况", "2021年区文联全年预算支出决算数为112.22万元。");
        Assert.Equal(112.22m, d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void TitleRunOnInsideAPagesChrome_BeforeATableCopiedOntoOneLine_IsATitle()
    {
        var d = PublishedImporter.ImportText("""
            作者:暂无 上传时间:2023-08-14 浏览次数:次 返回上级 附表2 2022年度共享工程项目自评表 项目单位(盖章):黄石市图书馆 主要领导签字: 填报日期:2023.6.28 项目名称 | 共享工程 | |||||||| 主管部门 | 黄石市文化和旅游局 | 项目实施单位 | 黄石市图书馆 | |||||| 项目类别 | 1、部门预算项目 ☑ 2、市直专项 | |||||||| 项目属性 | 1、持续性项目 ☑ 2、新增性项目 □ | |||||||| 项目类型 | 1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □ | |||||||| 预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | ||||| 年度财政资金总额 | 5 | 5 | 100% | 20 | ||||| 年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | ||| 产出指标(40分) | 数量指标 | 一个存储备份器 | 25TB | 25TB | 10 | |||| WIFI布点全覆盖 | 100%覆盖 | 100%覆盖 | ||||||| 质量指标 | 以最新资源面市 | 资源采购期以当年为主 | 资源采购期以当年为主 | 10 | ||||| 时效指标 | 可保证读者使用时长 | 全天候可用 | 全天候 | 10 | ||||| 2022年全年 | ≥360天 | ≥360天 | ||||||| 成本指标 | 以低价位高质量为采购原则 | 5万 | 5万 | 10 | ||||| 效益指标(30分) | 经济效益 | 社会公益服务无经济效益 | 公益性事业
            """, "t.txt").Documents[0];
        Assert.Equal(DocumentKind.ProjectTable, d.Kind);
        Assert.Equal(2022, d.Evaluation.Year);
    }

    [Theory]
    [InlineData("惠州市某某局2021部门整体绩效自评报告", 2021)]
    [InlineData("某某局2020项目支出绩效自评报告", 2020)]
    public void TitleThatLostIts年_NamesTheYear(string title, int year)
    {
        var d = Read(title, "一、部门基本情况", "本单位预算数为100万元。");
        Assert.Equal(year, d.Evaluation.Year);
    }

    [Fact]
    public void ProjectPeriodOfTheWholeYear_NamesTheYear()
    {
        var d = One("""
            某某市文化和旅游局项目支出绩效自评表
            项目名称 | 文化惠民工程 |
            实施单位 | 某某市文化和旅游局 | 项目负责人 | 张三 | 起止时间 | 2022年1月—12月 |
            年度资金总额 | 10 | 10 | 100% |
            """);
        Assert.Equal(2022, d.Evaluation.Year);
    }

    private static string FinalAccounts(string unit, string other) => $"""
        目录
        第一部分:{unit}本级概况
        一、主要职能
        第二部分:{other}本级2022年度部门决算报表
        一、收入支出决算总体情况说明
        """;

    [Fact]
    public void PartsOfFinalAccounts_OpeningWithTheSameUnit_NameIt()
    {
        var d = One(FinalAccounts("大冶市金山店镇人民政府", "大冶市金山店镇人民政府"));
        Assert.Equal("大冶市金山店镇人民政府", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void PartsOfFinalAccounts_OpeningWithTwoUnits_NameNone()
    {
        Assert.Equal(string.Empty, One(FinalAccounts("大冶市金山店镇人民政府", "大冶市财政局")).Evaluation.Unit);
    }

    [Theory]
    [InlineData("2022年预算资金449.69万元,已支付401.85万元。", 401.85)]   // money named by a budget label alone: the department's
    [InlineData("2022年安排专项资金449.69万元,已支付401.85万元。", null)] // a fund's amount: the spending after it is the fund's
    public void SpendingAfterTheBudgetsMoney_IsTheDepartmentsUnlessAFundIsNamed(string sentence, double? executed)
    {
        var d = Read("丰都县委统战部2022年部门整体支出绩效自评报告", "一、部门基本情况", sentence);
        Assert.Equal(executed is { } e ? (decimal)e : null, d.Evaluation.Budget.Executed);
    }

    [Theory]
    [InlineData("2023年部门预算批复1000万元,执行1000万元,执行率100%。", 1000.0, 1000.0)]
    [InlineData("计划投入资金200万元,实际投入资金200万元。", 200.0, 200.0)]
    [InlineData("中央财政下达我县资金1200万元,截至2023年12月31日,累计拨付1200万元,执行率100%。", 1200.0, 1200.0)]
    [InlineData("2023年公共预算财政拨款支出1386.33万元。", null, 1386.33)]
    [InlineData("2024年度财政拨款收入合计2024.05万元(均为一般公共预算收入),财政拨款支出合计2024.05万元,预算执行率100%。", 2024.05, 2024.05)]
    public void BudgetAndSpendingWordings(string sentence, double? budget, double? executed)
    {
        var d = Read("某某县农业农村局2023年部门整体支出绩效自评报告", "一、部门基本情况", sentence);
        Assert.Equal(budget is { } b ? (decimal)b : null, d.Evaluation.Budget.Adjusted);
        Assert.Equal(executed is { } e ? (decimal)e : null, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    [Theory]
    [InlineData("作者:某某县林业局  来源:本站  时间:2024-03-20", "某某县林业局")]
    [InlineData("作者:张三  来源:本站  时间:2024-03-20", "")]      // a person's name never ends like a unit
    public void PagesAuthorLine_NamesTheUnitLikeItsSource(string line, string unit)
    {
        var d = One($"""
            2023年森林防火项目绩效自评报告
            {line}
            一、项目基本情况
            2023年项目预算数100万元,执行数100万元,执行率100%。
            """);
        Assert.Equal(unit, d.Evaluation.Unit);
    }

    [Fact]
    public void WholeReceivedForTheYear_IsTheTransfersBudget()
    {
        var d = Read("某某县2023年度中央财政衔接推进乡村振兴补助资金绩效自评报告", "一、绩效目标分解下达情况", "2023年我县共收到衔接资金5000万元,已拨付4950万元。");
        Assert.Equal(5000m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(4950m, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }

    [Theory]
    [InlineData("2019年该项目支出4.37万元。", 4.37)]
    [InlineData("2019年本项目支出4.37万元。", 4.37)]
    [InlineData("2019年财政拨款项目支出4.37万元。", null)]   // a qualifying word makes a part
    public void ProjectPointedAt_ItsSpendingIsTheReports(string sentence, double? executed)
    {
        var d = Read("保山市团委2019年志愿服务工作经费项目绩效自评报告", "一、项目基本情况", sentence);
        Assert.Equal(executed is { } e ? (decimal)e : null, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void MetadataLineNamingAFund_BeforeARegionsTitle_GivesNoUnit()
    {
        // 责任部门 金凤区财政局 关键字 水利发展资金绩效: a metadata line run together; the label's words before the name make no unit.
        var d = One("""
            责任部门 金凤区财政局 关键字 水利发展资金绩效
            金凤区2017年度中央财政水利发展资金绩效自评报告
            一、基本情况
            2017年下达金凤区中央财政水利发展资金100万元。
            """);
        Assert.Equal(string.Empty, d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("石渠县德荣玛乡人民政府内设党政综合办事机构和直属事业机构。", "石渠县德荣玛乡人民政府")]
    [InlineData("近年来,石渠县德荣玛乡人民政府内设党政综合办事机构。", "")]   // a name inside a sentence describes nothing
    public void OverviewOpeningWithTheUnitAndWhatItHolds_NamesTheUnit(string line, string unit)
    {
        var d = One($"""
            乡镇部门整体支出绩效自评报告
            经相关业务股室全面综合评价,我乡部门整体支出绩效自评分为85分。
            一、单位概况
            {line}
            """);
        Assert.Equal(unit, d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("南县财政局2024年部门整体支出绩效自评报告", "总计280万元。其中:预算绩效评价55万元,预算编制与结算24万元。", null)] // parts named by their work
    [InlineData("台江区2020年河道专管员项目绩效自评报告", "本项目2020年资金计划19.2万元,其中:本级财政当年预算19.20万元。", 19.2)] // the budget's own part
    public void BarePartAfter其中_NamedByItsWork_IsNoBudget(string title, string sentence, double? budget)
    {
        var d = Read(title, "一、基本情况", sentence);
        Assert.Equal(budget is { } b ? (decimal)b : null, d.Evaluation.Budget.Adjusted);
    }

    [Theory]
    [InlineData("南县2021年渔政执法经费支出绩效评价报告\n南县农业综合行政执法大队 (2022年2月23日)\n为进一步确保我县渔业渔政执法健康有序发展,特实施本项目。")]
    public void CoversAuthorWithItsDateInBrackets_SignsTheReport(string opening)
    {
        var d = One(opening + """

            一、专项基本情况
            渔政执法经费共计4.8万元。
            """);
        Assert.Equal("南县农业综合行政执法大队", d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("当年预算执行率(当年预算支出数/当年预算计划数)87.4%。", 87.4)]
    [InlineData("预算执行率（执行数÷预算数）为87.4%。", 87.4)]
    [InlineData("预算执行率=执行数/预算数=87.4%。", 87.4)]
    [InlineData("预算执行率(按照年度计划测算的完成情况良好)87.4%。", null)]   // a bracket of words, no formula: too far
    public void FormulaInBracketsAfterTheRatesLabel_IsSkipped(string sentence, double? rate)
    {
        var d = Read("台江区2020年河道专管员项目绩效自评报告", "一、项目基本情况", sentence);
        Assert.Equal(rate is { } r ? (decimal)r : null, d.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    [InlineData("全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:中央财政资金 3144.00 3144.00", 7165.32, 6992.95)]
    [InlineData("全年预算数(A) 全年执行数(B) 6992.95 7165.32 其中:中央财政资金", null, null)]   // spending above the budget, no rate
    [InlineData("全年预算数(A) 全年执行数(B) 7165.32 6992.95 100 其中:中央财政资金", null, null)] // a third figure: no plain pair
    public void TwoMoneyColumnsWithoutTheRate_ArePairedOnlyWhenPlain(string line, double? budget, double? executed)
    {
        var d = One($"""
            就业补助资金绩效目标自评表
            (2022年度)
            转移支付(项目)名称 就业补助资金 中央主管部门 人力资源社会保障部 {line}
            """);
        Assert.Equal(budget is { } b ? (decimal)b : null, d.Evaluation.Budget.Adjusted);
        Assert.Equal(executed is { } e ? (decimal)e : null, d.Evaluation.Budget.Executed);
        SpansHold(d);
    }
}
