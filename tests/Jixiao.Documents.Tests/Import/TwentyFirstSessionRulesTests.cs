using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-first session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentyFirstSessionRulesTests
{
    [Fact]
    public void AYearTheTextLooksForwardTo_IsNotTheEvaluatedYear()
    {
        // 自2026年起,预计每年… twice outweighed the report's one 2023年 before the rule; a start looked forward to is no year of figures.
        var d = Lines(
            "某某医院建设项目专项债资金绩效评价报告",
            "一、项目概要",
            "2023年下达专项债资金5000万元,已全部支出。",
            "项目收入:自2026年起,预计每年门诊收入2000万元;自2026年起,预计每年住院收入3000万元。");
        Assert.Equal(2023, d.Evaluation.Year);
    }

    [Fact]
    public void AYearTheTextLooksForwardTo_AloneGivesNoYear()
    {
        // Alone, 自2026年起 names no evaluated year at all: the reader leaves the year out rather than guess.
        var d = Lines(
            "某某医院建设项目专项债资金绩效评价报告",
            "一、项目概要",
            "项目收入:自2026年起,预计每年门诊收入2000万元。");
        Assert.Equal(0, d.Evaluation.Year);
    }

    [Fact]
    public void APhraseOpeningWithAsIsNoSchoolsName()
    {
        // 我校…2014年作为省内三所试点评估高校之一: 作为 opens what the school was counted as, never its name.
        var d = Lines(
            "某某学院实验实训楼建设专项债项目绩效自评价报告",
            "一、项目概况",
            "我校2002年通过教育部本科教学工作水平合格评估,2014年作为省内三所试点评估高校之一,顺利通过本科教学工作审核评估。");
        Assert.DoesNotContain("作为", d.Evaluation.Unit ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void ABreadcrumbsShortColumnName_IsWrittenInFullWhenTheTextSaysIt()
    {
        // The page's column 海棠新城开发区管理委员会; the text's first item names it with its city and district.
        UnitRead("重庆市大足区海棠新城开发区管理委员会",
            "您当前位置: 首页>区政府部门>海棠新城开发区管理委员会>政务信息>招商引资",
            "2020年某某道路建设项目支出绩效自评报告",
            "一、基本情况",
            "1.重庆市大足区海棠新城开发区管理委员会于2013年1月成立,为区委、区政府派出机构。",
            "海棠新城管委会的主要职能职责为:编制海棠新城开发区经济、社会发展规划。",
            "2020年年初项目预算金额为3700万元,年末项目决算金额为3700万元。");
    }

    [Fact]
    public void ABreadcrumbsColumnName_StaysShortWhenTheTextNeverWritesItInFull()
    {
        UnitRead("海棠新城开发区管理委员会",
            "您当前位置: 首页>区政府部门>海棠新城开发区管理委员会>政务信息>招商引资",
            "2020年某某道路建设项目支出绩效自评报告",
            "一、基本情况",
            "海棠新城开发区管理委员会于2013年1月成立,为区委、区政府派出机构。",
            "2020年年初项目预算金额为3700万元,年末项目决算金额为3700万元。");
    }

    [Fact]
    public void AContentsEntryNamingAReport_StartsNoDocument()
    {
        // A final-accounts page's contents (目 录 on the page's first line) list an attached evaluation report with its page:
        // an entry between entries, never a second document.
        var r = Imported(
            "目 录",
            "第一部分 部门概况 1",
            "第二部分 2020年度部门决算情况说明 2",
            "第四部分 附件 24",
            "某某办部门2020年部门整体支出绩效评价报告 24",
            "一、部门(单位)概况 24",
            "二、部门财政资金收支情况 24",
            "第五部分 附表 44",
            "第一部分 部门概况",
            "一、基本职能及主要工作",
            "某某办负责全县以工代赈项目的规划和实施。");
        Assert.True(r.Documents.Count + r.Undecided.Count <= 1, $"{r.Documents.Count} documents, {r.Undecided.Count} undecided");
    }

    [Fact]
    public void ATitleWithAPageNumber_OutsideAnyContents_StillStartsADocument()
    {
        // A PDF's first page header (the title and its page number) with prose around it, then a second report: two documents.
        var r = Imported(
            "某某局2020年部门整体支出绩效自评报告 1",
            "一、部门概况",
            "某某局负责全县交通运输工作。",
            "二、自评结论",
            "经自评，2020年度部门整体支出绩效自评得分92分。",
            "",
            "",
            "",
            "",
            "某某局2020年农村公路养护项目支出绩效自评报告",
            "一、项目概况",
            "项目年初预算100万元,全年执行100万元。");
        Assert.Equal(2, r.Documents.Count);
    }

    [Fact]
    public void APartOfThePublisherThatSpeaksOfItself_IsTheUnit()
    {
        // 发布机构 昌宁县公安局, but the text says 我大队 and names 昌宁县公安局交通警察大队 as a sentence's subject.
        UnitRead("昌宁县公安局交通警察大队",
            "索引号 01526398-9-/2019-0620003 发布机构 昌宁县公安局",
            "公开目录 自评报告 发布日期 2019-06-20",
            "2018年度项目绩效自评报告(农村道路安全兼职协管员补助经费)",
            "一、项目基本情况",
            "2018年末保山市财政局下达我大队农村道路安全兼职协管员补助经费指标4.14万元。",
            "昌宁县公安局交通警察大队2018年度收到补助经费4.14万元,因年度考核未完成,资金结余。");
    }

    [Fact]
    public void APartOfThePublisher_IsNotReadFromAOneCharacterSelfName()
    {
        // 我校 ends in 校 alone: 某某中学是一所市直高中学校 is a sentence, not the school's part.
        UnitRead("常宁市第六中学",
            "常宁市第六中学2020年度部门整体支出绩效自评报告",
            "一、部门基本情况",
            "常宁市第六中学是一所市直高中学校,我校现有教职工200人。");
    }

    [Fact]
    public void ANameHoldingThe了OfASentence_IsNoUnit()
    {
        var d = Lines(
            "综治维稳工作经费项目绩效自评报告",
            "一、项目基本情况",
            "项目资金为财政拨款资金,主要使用于政法委及维稳办开展综治维稳工作。",
            "1.我委加强源头防范治理,在预防矛盾隐患上下功夫。",
            "2.突出以优化发展环境为重点,开展了系列专项综合整治行动。圆满完成了省委政法委调研、春节、国庆等重大节日安保工作。");
        Assert.DoesNotContain("了", d.Evaluation.Unit ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleRunOnAfterTheCoversDate_IsReadWithItsUnit()
    {
        // A sharing site's page run together: the cover's signature and date, then the inner title, then 一、 with no break.
        UnitRead("衡阳市森林公安局",
            "1、部门整体支出绩效自评报告(2021年度)单位名称:(盖章)主要负责人签字:秦洪伟2022年3月30日衡阳市森林公安局2021年度部门整体支出绩效自评报告一、部门、单位基本情况1 .主要职能:根据公安部关于森林公安机关管理体制调整工作实施方案,负责火场警戒、交通疏导、治安维护。");
    }

    [Fact]
    public void ADateBeforeASentence_CutsNoTitle()
    {
        // The date ends a sentence's clause, and what follows is prose, not a title: no unit is read from it.
        var d = Lines(
            "部门整体支出绩效自评报告(2021年度)",
            "一、部门基本情况",
            "我局于2022年3月30日召开会议研究自评工作,会议认为全年工作完成较好一、是加强了管理。");
        Assert.Equal(string.Empty, d.Evaluation.Unit ?? string.Empty);
    }

    [Fact]
    public void AnAmountGluedToTheNextCellsLabel_IsStillItsLabelsValue()
    {
        // The finance ministry's project cover run together: 计划投资额(万元)515 then 实际到位资金(万元)… with no break.
        var d = Lines(
            "2020年度美食购物项目绩效自评报告",
            "一、项目基本情况",
            "项目类型经常性项目()一次性项目()计划投资额(万元)515实际到位资金(万元)515实际使用情况(万元)500");
        Assert.Equal(515m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(500m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void AnAmountFollowedByAMeasureWord_IsNoBracketedLabelsValue()
    {
        // 计划投资额(万元) then 3个 (a count, not the amount): still nothing read as the budget.
        var d = Lines(
            "2020年度美食购物项目绩效自评报告",
            "一、项目基本情况",
            "计划投资额(万元)3个项目合计另行安排。");
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void ARoadSectionsManagementOffice_IsAUnit()
    {
        UnitRead("泸西县地方公路管理段",
            "泸西县地方公路管理段2020年农村公路安全生命防护工程项目支出绩效自评报告",
            "一、项目基本情况",
            "项目资金100万元,已全部支出。");
    }

    [Fact]
    public void AmountsOneCellALineWithTheirBars_AreRead()
    {
        // Hunan's project evaluation form copied from a web table, each cell on a line of its own ending in its bar.
        var d = Lines(
            "某某办公室财政支出项目绩效评价自评报告",
            "项目起止时间 |",
            "2019年1月起至2019年12月止 |",
            "计划安排资金 (万元) |",
            "2,489.4 |",
            "实际到位资金 (万元) |",
            "2,489.4 |",
            "实际支出 (万元) |",
            "2,466.6 |");
        Assert.Equal(2489.4m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(2466.6m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void AHeaderRunOneCellALineWithBars_StillGivesNoAmountOfItsOwn()
    {
        // 全年预算数 | / 全年执行数 | / 100 | / 90 |: a header over its values, not a label over its own (no money unit stated).
        var d = Lines(
            "某某项目支出绩效自评表",
            "全年预算数 |",
            "全年执行数 |",
            "100 |",
            "90 |");
        Assert.NotEqual(90m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void AFinanceBodyReportingAboutAProject_IsItsEvaluation()
    {
        // 仪陇县财政局关于…项目绩效评价报告: the bureau evaluates others' project (关于), no 自评 — 其他, its score no self-evaluation's.
        var r = Imported(
            "仪陇县财政局关于国省县乡道路养护及道班房维修项目绩效评价报告",
            "根据财政绩效评价工作的安排,对全县国省县乡公路养护及道班房维修项目进行了绩效评价,评价结果如下。",
            "一、项目资金执行情况",
            "项目绩效评价总体得分95分。");
        Assert.DoesNotContain(r.Documents, d => d.Kind is DocumentKind.ProjectReport or DocumentKind.ProjectTable);
    }

    [Theory]
    [InlineData("2022年度某某项目支出绩效运行监控报告")]
    [InlineData("2022年度某某局部门整体支出绩效监控报告")]
    [InlineData("2012年度城镇义务兵优待金项目支出绩效跟踪管理报告")]
    [InlineData("2023年度某某项目支出事前绩效评估报告")]
    [InlineData("2023年度某某项目支出绩效评价整改报告")]
    [InlineData("2023年度某某项目支出绩效评价结果应用情况报告")]
    [InlineData("2023年度某某项目支出绩效目标申报表")]
    [InlineData("2023年度某某项目中期绩效评估报告")]
    [InlineData("2023年上半年某某项目支出绩效运行情况报告")]
    [InlineData("2023年度某某项目竣工验收报告")]
    [InlineData("某某县2022年度新增债券资金项目审计报告")]
    public void AMonitoringReportDuringTheYear_IsNoSelfEvaluation(string title)
    {
        // Monitoring or tracking during the year (the cycle's 绩效监控), a review before the budget, the putting right of an
        // evaluation's findings and the use of its results: 其他, however much of the title names the project.
        var r = Imported(title, "一、项目概况", "项目预算100万元。");
        Assert.DoesNotContain(r.Documents, d => d.Kind is DocumentKind.ProjectReport or DocumentKind.DepartmentReport);
    }

    /// <summary>
    /// The kind each of the session's kind rules reads, or leaves alone where it must stay quiet (the reason beside each case).
    /// </summary>
    [Theory]
    // 部门整体支出绩效自评指标计分表: Hunan's department score form by its other name is a table.
    [InlineData(DocumentKind.DepartmentScoreTable, "2018年度部门整体支出绩效自评指标计分表", "一级指标 | 二级指标 | 三级指标 | 自评分", "投入(20分) | 目标设定(5分) | 绩效目标合理性(2分) | 2")]
    // The form's name in the body (附后的计分表) says nothing against the report's own title.
    [InlineData(DocumentKind.DepartmentReport, "2018年度某某局部门整体支出绩效自评报告", "一、部门基本情况", "经自评,我局2018年度部门整体支出绩效自评得分95分,各项得分见附后的自评指标计分表。")]
    // A finance body's own project, called a self-evaluation (自评), though its title says 关于.
    [InlineData(DocumentKind.ProjectReport, "仪陇县财政局关于2020年财政信息化建设项目绩效自评报告", "一、项目基本情况", "项目预算50万元,实际支出50万元。")]
    // 监控 alone names what a project builds (视频监控系统); only 绩效监控, 运行监控 and 绩效跟踪 speak of monitoring.
    [InlineData(DocumentKind.ProjectReport, "2022年度某某县公安局视频监控系统建设项目支出绩效自评报告", "一、项目概况", "项目预算100万元,实际支出100万元。")]
    // A self-evaluation that also reports its putting right (整改), or whose project was accepted (验收), or by an audit office
    // (审计厅), stays one.
    [InlineData(DocumentKind.DepartmentReport, "某某局2022年度部门整体支出绩效自评及整改情况报告", "一、部门基本情况", "2022年部门预算100万元。")]
    [InlineData(DocumentKind.ProjectReport, "2022年度某某项目支出绩效自评报告及问题整改情况", "一、部门基本情况", "2022年部门预算100万元。")]
    [InlineData(DocumentKind.ProjectReport, "2022年度某某道路(已竣工验收)项目支出绩效自评报告", "一、部门基本情况", "2022年部门预算100万元。")]
    [InlineData(DocumentKind.DepartmentReport, "湖南省审计厅2022年度部门整体支出绩效自评报告", "一、部门基本情况", "2022年部门预算100万元。")]
    public void TheKindRead(DocumentKind kind, string title, string first, string second)
    {
        Assert.Equal(kind, Lines(title, first, second).Kind);
    }
}
