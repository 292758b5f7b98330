using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-sixth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentySixthSessionRulesTests
{
    [Fact]
    public void ADistrictsPageSpeakingOfItsProvince_KeepsItsPublisher()
    {
        // A district bureau's notice says 对照我省区域绩效目标: every body below a province speaks of it so; the page's 来源 is
        // still the bureau.
        string[] notice = ["关于下达2020年中央和省级自然灾害救灾资金预算的通知", "来源:珠山区应急管理局 发布时间:2021-01-19 18:55 访问量:", "各乡镇:",
            "现下达你单位2020年救灾资金。请在组织预算执行中对照我省区域绩效目标做好绩效监控,确保年度绩效目标如期实现。"];
        var d = Lines(notice);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("珠山区应急管理局", d.Evaluation.Unit);
        // A text that speaks as a city (我市) under a town's publisher: another's page reposted, no unit.
        var reposted = Lines([notice[0], notice[1].Replace("珠山区应急管理局", "珠山区竟成镇人民政府", StringComparison.Ordinal), notice[2],
            notice[3].Replace("我省", "我市", StringComparison.Ordinal)]);
        Assert.Equal(string.Empty, reposted.Evaluation.Unit);
    }

    private static readonly string[] FujianTable =
    [
        "部门整体支出绩效自评表", "(2018年度)", "部门(单位)名称 中共宁德市委党史和地方志研究室 部门预算编码 901001033",
        "财政资金安排和使用情况 资金结构 (万元) 预算安排 拨付情况 结余情况 年初部门预算安排金额 历年结余结转 年中调整金额③ 小计 年度拨付金额 支出实现率(%) 本年度结余金额 资金结余率(%)",
    ];

    private static readonly string[] FujianIndicators =
    [
        "年度总体目标完成情况 预期目标 目标实际完成情况", "确保本委日常办公所需经费正常运行 完成年度目标",
        "年度绩效指标完成情况 一级指标 二级指标 三级指标 绩效 实际 评分标准 指标分值 自评得分 未完成原因",
        "产出目标 数量目标 编纂地方志书册数 2册 2册 本指标满分6分,少一册扣3分。 6 6 已完成",
    ];

    [Fact]
    public void AnAnchoredRowWithACellMoreThanTheLayout_IsPlacedByItsIdentitiesNotByPosition()
    {
        // 历年结余结转 stands between 年初安排 and 年中调整: by position 0 would be the budget, 275.1417 the spending and 254.6674
        // the rate. Whichever cell is the one too many, the rate's identity (254.6674 ÷ 275.1417 = 92.56 %) places the others.
        var d = Lines([.. FujianTable, "财政资金小计 253.7695 21.3722 0 275.1417 254.6674 92.56 20.4743 7.44", .. FujianIndicators]);
        Assert.Equal("275.14", Value(d, "budget.adjusted").Value);
        Assert.Equal("254.67", Value(d, "budget.executed").Value);
        Assert.Equal("92.56", Value(d, "budget.statedRatePercent").Value);
        // 年初安排 is not read: leaving out 21.3722 or 0 puts 253.7695 there, leaving out 253.7695 puts 21.3722.
        Assert.DoesNotContain(d.Values, v => v.Path == "budget.initial");
        SpansHold(d);
        // A rate that agrees with no placement (99.9): nothing is read rather than the cells by position.
        var wrong = Lines([.. FujianTable, "财政资金小计 253.7695 21.3722 0 275.1417 254.6674 99.9 20.4743 7", .. FujianIndicators]);
        Assert.DoesNotContain(wrong.Values, v => v.Path.StartsWith("budget.", StringComparison.Ordinal));
        // As many cells as the layout's columns, their identity holding (188.45 ÷ 188.61 = 99.92 %): read in order.
        var seven = Lines([.. FujianTable, "财政资金小计 130.54 58.07 188.61 188.45 99.92 0.16 0.08", .. FujianIndicators]);
        Assert.Equal("188.61", Value(seven, "budget.adjusted").Value);
        Assert.Equal("188.45", Value(seven, "budget.executed").Value);
        SpansHold(seven);
    }

    [Fact]
    public void AWholesScoreAfterPartsListedUnderAnotherLabel_IsTheDocuments()
    {
        const string title = "某某市交通运输局2020年智慧学校项目支出绩效自评报告";
        var d = Lines(title, "产出指标自评得分50分、效益指标自评得分30分、满意度指标自评得分10分、预算资金执行率自评得分10分,综合得分100分。");
        Assert.Equal(100m, d.Stated.TotalScore);
        Assert.Equal("100分", Value(d, "stated.totalScore").Source.Span);
        SpansHold(d);
        // Parts only, under the same label: no total.
        Assert.Null(Lines(title, "普通国省道建设绩效自评分数为73.18分、省交通事业发展保障支出绩效自评分数为89.03分。").Stated.TotalScore);
        // A later part under the listed label itself stays a part.
        Assert.Null(Lines(title, "产出指标自评得分50分、效益指标自评得分30分,满意度指标自评得分90分。").Stated.TotalScore);
    }

    [Fact]
    public void TheBudgetSetAtTheYearsStartByTheFinanceBureau_IsTheInitialBudget()
    {
        const string title = "宣州区招商合作服务中心2022年招商推介会项目绩效自评报告";
        var d = Lines(title, "资金投入和使用情况:该项目资金均为财政预算拨款资金。年初财政下达预算40万元,实际支付37.05万元,预算执行率92.63%。");
        Assert.Equal("40", Value(d, "budget.initial").Value);
        Assert.Equal("37.05", Value(d, "budget.executed").Value);
        SpansHold(d);
        var balanced = Lines("山东省残疾人联合会2023年度部门整体支出绩效评价报告", "2023年度年初收支预算为50289.2万元,全年预算为63501.78万元。");
        Assert.Equal("50289.2", Value(balanced, "budget.initial").Value);
        Assert.Equal("63501.78", Value(balanced, "budget.adjusted").Value);
        // Money received from the finance bureau at the year's start without a budget word stays no budget (年初财政拨付 is a payment).
        Assert.DoesNotContain(Lines(title, "年初财政拨付资金40万元。").Values, v => v.Path == "budget.initial");
    }

    [Fact]
    public void ACompanyDescribingItsBusiness_NamesTheProjectUnit()
    {
        // 一、项目概况 / (一)项目单位基本情况 / 某某置业有限公司经营范围包括…: a county company's project report; the plan it cites
        // (…和2035年远景目标纲要) names a horizon, never the evaluated year.
        var d = Lines("澄迈县农贸市场改造项目绩效自评报告", "一、项目概况", "(一)项目单位基本情况",
            "澄迈城投金岭置业有限公司经营范围包括许可项目:房地产开发经营;物业管理;房屋建筑和市政基础设施项目工程总承包。",
            "(二)项目的绩效目标", "《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》中指出,持续强化农业基础地位。");
        Assert.Equal("澄迈城投金岭置业有限公司", d.Evaluation.Unit);
        Assert.Equal(0, d.Evaluation.Year);
        SpansHold(d);
    }

    [Fact]
    public void AMoneyKeyOverALineOpeningWithItsAmount_IsOneField()
    {
        // A bond project's summary one cell a line: the key with its colon, a blank line, the amount with the rate in brackets.
        var d = Lines("安阳老城区旅游基础设施改造一期项目2023年资金绩效评价报告", "一、项目预算资金安排和使用情况",
            "项目名称:安阳老城区旅游基础设施改造一期项目", "项目资产登记管理单位:安阳市文化旅游发展集团有限责任公司",
            "2023年度预算资金安排", "其中:", "当年发行专项债券2000万元", "上年结转债券资金6592.39万元", "当年实际支出:", "",
            "              19500万元(预算执行率100%   )");
        Assert.Equal("19500", Value(d, "budget.executed").Value);
        Assert.Equal("100", Value(d, "budget.statedRatePercent").Value);
        Assert.Equal("安阳市文化旅游发展集团有限责任公司", d.Evaluation.Unit);
        SpansHold(d);
        // A key over a line of words (当年实际支出: / 详见附表) takes no figure from further down.
        var words = Lines("某某局2023年项目支出绩效自评报告", "一、项目资金情况", "当年实际支出:", "详见附表1,其中设备购置费用较上年增加12万元。");
        Assert.DoesNotContain(words.Values, v => v.Path == "budget.executed");
    }

    [Fact]
    public void ABondUseStatement_IsNoSelfEvaluation()
    {
        var d = Lines("桂林新城投资开发集团有限公司关于2020年-2021年发行的新增政府债券使用和管理情况",
            "截至2021年末,桂林新城投资开发集团有限公司及所属单位获得2021年新增政府一般债券资金3,000.00万元,安排用于本部门及所属单位1个项目。");
        Assert.Equal(DocumentKind.Other, d.Kind);
        // The year's end written short (截至2021年末) names the year.
        var report = Lines("某某县交通运输局农村公路建设项目绩效自评报告", "截至2021年末,项目已完成投资1200万元,全年预算数为1300万元。");
        Assert.Equal(2021, report.Evaluation.Year);
    }

    [Fact]
    public void AWebTablesCellsOneALine_PairALabelWithTheFigureUnderIt()
    {
        // Xiangtan's 部门整体 cover copied from a web table: each cell on its own line ending in a bar.
        var d = Lines("湘潭县中路铺镇人民政府2023年度部门整体支出绩效自评报告", "部门 概况 |", "单位名称 |", "湘潭县中路铺镇人民政府 |", "|",
            "年度预算金额 |", "4992万元 |", "||", "主管部门 |", "湘潭县人民政府 |");
        Assert.Equal("4992", Value(d, "budget.adjusted").Value);
        SpansHold(d);
        // The same cells with their bars lost to tabs or to a column gap.
        var tabbed = Lines("湘潭县中路铺镇人民政府2023年度部门整体支出绩效自评报告", "单位名称\t", "湘潭县中路铺镇人民政府\t", "年度预算金额\t", "4992万元\t");
        Assert.Equal("4992", Value(tabbed, "budget.adjusted").Value);
        // A score's label alone over a row number (自评得分 / 1 / 规划 …) is a header cell, no score.
        Assert.Null(Lines("湘潭县中路铺镇人民政府2023年度部门整体支出绩效自评报告", "自评得分", "1", "规划").Stated.TotalScore);
        // A label cell over a cell of words takes nothing.
        var words = Lines("湘潭县中路铺镇人民政府2023年度部门整体支出绩效自评报告", "年度预算金额 |", "详见附表 |");
        Assert.DoesNotContain(words.Values, v => v.Path == "budget.adjusted");
        // 项目资金安排落实财政资金40万元: the money secured, named by its source.
        var secured = Lines("炎陵县文化体育中心2016年预算支出绩效评价报告", "一、项目概况", "(一)项目资金安排落实财政资金40万元,已及时投入。", "(二)项目资金实际使用40万元。");
        Assert.Equal("40", Value(secured, "budget.adjusted").Value);
    }

    [Fact]
    public void AReportAddressedToTheMinistryOfFinance_IsAProvincesTransferReport()
    {
        string[] report = ["山东省2016年度财政专项扶贫资金", "绩效评价自评报告", "国务院扶贫办、财政部:",
            "根据《关于开展2016年度财政专项扶贫资金绩效评价工作的通知》要求,我省认真部署开展了2016年度全省财政专项扶贫资金绩效评价自评工作。现将有关情况报告如下:",
            "一、资金安排情况(自评得分20分)"];
        Assert.Equal(DocumentKind.TransferPaymentReport, Lines(report).Kind);
        // Addressed to the province's finance department: the fund's report stays a project's.
        Assert.Equal(DocumentKind.ProjectReport, Lines([.. report[..2], "省财政厅:", .. report[3..]]).Kind);
    }

    [Fact]
    public void TheSelfEvaluationsSituationTable_IsATable()
    {
        string[] form = ["洪江市部门整体支出绩效自评情况表", "部门(单位)名称: 洪江市住房和城乡建设局", "预 算 编 码: 00502", "评 价 方 式:部门(单位)绩效自评",
            "一、部门(单位)基本概况 |", "人员编制 |", "37 |", "实有人数 |", "36 |"];
        Assert.Equal(DocumentKind.DepartmentScoreTable, Lines(form).Kind);
        // The report on the same situation stays a report.
        Assert.Equal(DocumentKind.DepartmentReport, Lines(["洪江市住房和城乡建设局部门整体支出绩效自评情况报告", .. form[1..]]).Kind);
    }

    [Fact]
    public void AnAmountAfterABreakdownWord_IsAPartNotTheWhole()
    {
        const string title = "山东省2016年度财政专项扶贫资金绩效评价自评报告";
        var d = Lines(title, "2016年中央第二批财政专项扶贫资金20663万元,我省于2016年7月26日下达各市,包括发展资金18377万元,国有贫困农场资金302万元,少数民族发展资金580万元。");
        Assert.DoesNotContain(d.Values, v => v.Path == "budget.adjusted" && v.Value == "18377");
        // Without the breakdown the allocation is read.
        var whole = Lines(title, "我省于2016年7月26日下达各市发展资金18377万元。");
        Assert.Equal("18377", Value(whole, "budget.adjusted").Value);
    }

    [Fact]
    public void ABudgetOfNothingInASentence_IsNoBudget()
    {
        const string title = "益阳市资阳区文学艺术界联合会2021年度部门整体支出绩效自评报告";
        var d = Lines(title, "3、“三公”经费控制:区文联严格控制“三公”经费开支。上年年初预算安排 0 万元,实际支出0万元。");
        Assert.DoesNotContain(d.Values, v => v.Path is "budget.initial" or "budget.adjusted");
        // A form's cell stating 0 is read with its table (年初预算数 0 under the MOF project table's header).
        var table = Lines("稷山县项目支出绩效自评表", "(2021年度)", "项目名称 国家基本公共卫生服务项目", "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
            "年度资金总额 0 207.4538 207.4538 10 100% 10");
        Assert.Equal("0", Value(table, "budget.initial").Value);
    }

    [Fact]
    public void ALineOpeningWithAKeyAndItsColon_ContinuesNoSentence()
    {
        // A review form's cover copied cell after cell: 申报金额: opens the next field, it does not run on into the unit's name.
        var d = Lines("某某项目绩效自评报告", "评价项目:计划生育家庭特别扶助金项目单位:鹤山市卫生健康局", "申报金额:93万元建议金额:93万元");
        Assert.Equal("鹤山市卫生健康局", d.Evaluation.Unit);
        // A sentence broken before a word that is no key still runs on (…组织开展了 / 绩效自评工作,…).
        var broken = Lines("某某县统计局2023年度部门整体支出绩效自评报告", "一、部门概况", "根据县财政局的统一部署,某某县统计局认真组织开展了",
            "绩效自评工作,现将自评情况报告如下。");
        Assert.Equal("某某县统计局", broken.Evaluation.Unit);
    }

    [Fact]
    public void ANoticeTitledAPublicNotice_IsNoSelfEvaluation()
    {
        // …考核结果公示: the bureau's published results of others' evaluation (公示 names the title; 考核 speaks for 其他).
        var d = Lines("政府信息公开", "新乡市2024年度国有文艺院团社会效益评价考核结果公示", "发布时间:2025-04-29 11:22:32  发布人:  阅读次数:216次",
            "2025年,新乡市开展了国有院团社会效益绩效评价工作,根据全市国有院团报送的自评情况和支撑材料,形成了考核结果。特此公示:",
            "市级院团:新乡市演艺有限责任公司  97.5分     优秀");
        Assert.Equal(DocumentKind.Other, d.Kind);
        // A self-evaluation that ends 特此公示 stays one.
        var report = Lines("某某县交通运输局2023年度农村公路养护项目绩效自评报告", "一、项目基本情况", "全年预算数为100万元,全年执行数为98万元,执行率98%。", "特此公示。");
        Assert.Equal(DocumentKind.ProjectReport, report.Kind);
    }
}
