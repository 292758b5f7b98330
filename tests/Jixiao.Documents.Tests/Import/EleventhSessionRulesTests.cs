using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules made from the failures of the set v21 (read once unseen, then joined to the development corpus): each with a
/// synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class EleventhSessionRulesTests
{
    [Fact]
    public void QuotedRuleInALine_NamesNoDocument_TheFileStaysOne()
    {
        // The 办法 of a quoted rule made a sentence piece a title and split one evaluation in two.
        var r = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            某某县林业局主管全县林业工作。
            某某县林业局2023年度部门整体支出绩效评价工作是在符合《省人民政府关于推进预算绩效管理工作暂行办法》
            二、存在的问题
            绩效目标不够细化。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);

        // A title naming its own 办法 outside the quote still starts a document.
        var two = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            某某县林业局主管全县林业工作。
            二、存在的问题
            绩效目标不够细化。
            某某县财政局关于印发《某某县部门整体支出绩效评价实施细则》的通知
            各单位:现将细则印发给你们,请遵照执行。
            第一章 总则
            """, "t.txt");
        Assert.Equal(2, two.Documents.Count + two.Undecided.Count);
    }

    [Theory]
    [InlineData("某某资产评估咨询有限公司受某某区财政局的委托,对某某区物价局2016年度部门整体支出进行了绩效评价。")]
    [InlineData("某某会计师事务所受某某区财政局委托,对某某区物价局2016年度部门整体支出进行了绩效评价。")]
    public void FirmActingOnACommission_IsOther(string sentence)
    {
        var r = PublishedImporter.ImportText($"""
            某某区物价局2016年度部门整体支出绩效评价报告
            一、概述
            {sentence}
            评价总分为92分,评价等级为优。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Null(d.Stated.Grade);
    }

    [Fact]
    public void UnitBuyingFromAFirm_StaysItsOwnReport()
    {
        var r = PublishedImporter.ImportText("""
            某某区物价局2016年度部门整体支出绩效自评报告
            一、部门基本情况
            我局与某某信息技术有限公司签订运维合同,受理价格举报120件。
            自评得分92分,评价等级为优。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("优", d.Stated.Grade);
    }
}

public class EleventhSessionReadingTests
{
    [Fact]
    public void YearsSharingOne年_NameNoneAlone()
    {
        var d = One("""
            某某市统计局农业普查项目绩效自评报告2016及2017年财政支出项目绩效目标表
            一、项目概况
            (一)项目基本情况
            市政府成立领导小组。
            """);
        Assert.Equal(0, d.Evaluation.Year);

        // One year with its own 年 is still read.
        Assert.Equal(2016, One("""
            某某市统计局2016年农业普查项目绩效自评报告
            一、项目概况
            (一)项目基本情况
            市政府成立领导小组。
            """).Evaluation.Year);
    }

    [Theory]
    [InlineData("经综合评价,本项目绩效自评得分为100。其中,预算执行得分20分。", 100)]
    [InlineData("经综合评价,本项目绩效自评得分为95.5分。", 95.5)]
    public void ScoreSentence_WithoutItsUnit_IsRead(string sentence, double score)
    {
        var d = One($"""
            某某学校2021年科技推广服务项目绩效自评报告
            一、自评结论
            {sentence}
            """);
        Assert.Equal((decimal)score, d.Stated.TotalScore);
        SpansHold(d);
    }

    [Fact]
    public void ScoreLabelHeading_WithItsFigureOnTheNextLine_IsRead()
    {
        var d = One("""
            某某市图书馆2022年度项目支出绩效自评报告
            一、自评结论
            (一)自评得分

            100分。

            (二)绩效目标完成情况
            """);
        Assert.Equal(100m, d.Stated.TotalScore);
        Assert.Equal(5, d.Values.Single(v => v.Path == "stated.totalScore").Source.Line);

        // A heading that is no label keeps its own paragraph: the figure under it is nobody's score.
        Assert.Null(One("""
            某某市图书馆2022年度项目支出绩效自评报告
            一、自评结论
            (一)工作开展情况

            100分。
            """).Stated.TotalScore);
    }

    [Fact]
    public void CompletionRatio_IsTheRate()
    {
        var d = One("""
            某某市统计局2020年人口普查经费项目绩效自评报告
            一、项目概况
            该项目2020年度资金预算253.7万元,支出253.66万元,年度资金使用完成比率99.98 %。
            """);
        Assert.Equal(99.98m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void FundNamedInTitle_AfterUnitAndSubject_UnitIsItsStart()
    {
        Assert.Equal("永州市统计局", One("""
            永州市统计局第四次全国经济普查专项资金绩效评价报告
            一、项目概况
            (一)项目基本情况简介。根据规定开展普查。
            """).Evaluation.Unit);

        // A unit's whole name before the fund stays whole.
        Assert.Equal("耒阳市第四中学", One("""
            耒阳市第四中学专项资金绩效自评价报告
            一、基本情况
            (一)项目基本概况 我校2022年项目为一个。
            """).Evaluation.Unit);
    }

    [Fact]
    public void GovernmentIssuingABond_IsNotTheUnit()
    {
        var d = One("""
            江苏省政府专项债券项目绩效自评价报告
            一、项目情况
            (一)项目概况
            综合污水处理厂提升工程。
            """);
        Assert.NotEqual("江苏省政府", d.Evaluation.Unit);
    }

    [Fact]
    public void ContentsEntry_DoesNotUseUpTheOverview_TheBodyNamesTheUnit()
    {
        var r = PublishedImporter.ImportText("""
            目录
            第一部分 部门概况
            一、主要职能、职责
            二、部门机构设置及决算单位构成情况
            第二部分 2023年度部门决算情况说明
            一、收入支出决算总体情况说明
            二、收入决算情况说明
            第一部分 部门概况
            一、主要职能、职责
            某某市中级人民法院是国家审判机关,依法独立行使审判权。
            """, "t.txt");
        var d = Assert.Single(r.Documents.Concat(r.Undecided));
        Assert.Equal("某某市中级人民法院", d.Evaluation.Unit);
    }

    [Fact]
    public void CompilationTitle_DatesTheCollection_NotTheSample()
    {
        var r = PublishedImporter.ImportText("""
            2023年绩效评价自评报告模版(汇总16篇)
            2023年绩效评价自评报告模版(汇总16篇)篇一
            1、项目基本性质:教育系统基础设施建设与维护。
            (一)项目资金到位情况分析
            省财政厅将省级专项资金分解下达到我校。
            """, "t.txt");
        Assert.All(r.Documents.Concat(r.Undecided), d => Assert.Equal(0, d.Evaluation.Year));
    }

    [Fact]
    public void BlankTemplate_WithPlaceholders_IsOther()
    {
        var d = One("""
            项目支出绩效自评报告范本
            一、项目基本情况
            (一)项目概况 项目名称:[项目具体名称]。完成[X]公里道路,达到[X]%。
            """);
        Assert.Equal(DocumentKind.Other, d.Kind);

        // A masked real report (x, XX without brackets) keeps its kind.
        Assert.Equal(DocumentKind.ProjectReport, One("""
            项目支出绩效自评报告
            一、项目基本情况
            (一)项目概况 补助资金x万元,完成XX公里道路。
            """).Kind);
    }

    [Theory]
    [InlineData("(1) 建设项目立项(2分)我县严格按照基建项目申报审批程序编报项目建议书,程序完整。自评得2分。")]
    [InlineData("(二) 资金落实(6分 资金到位率,各项资金落实到位,自评得6分。")]
    public void ItemScore_UnderAWeightedItem_IsNotTheDocuments(string line)
    {
        var d = One($"""
            某某县学前教育促进工程项目绩效评价自评报告
            一、投入(14分)
            {line}
            """);
        Assert.Null(d.Stated.TotalScore);

        // The document's own score after such items is still read.
        Assert.Equal(92m, One($"""
            某某县学前教育促进工程项目绩效评价自评报告
            一、投入(14分)
            {line}
            经自评,本项目综合得分92分。
            """).Stated.TotalScore);
    }

    [Fact]
    public void LabelGluedBeforeTheRegion_IsNoPartOfTheUnit()
    {
        var d = One("""
            蚕茶卫生院整体支出绩效自评表.docx
            1、蚕茶卫生院整体支出绩效自评表(2021年度)评价部门名称南昌县黄马乡蚕茶卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率
            """);
        Assert.Equal("南昌县黄马乡蚕茶卫生院", d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("""
        某某市信访局2023年度部门决算中项目绩效评价报告
        一、自评工作开展情况
        全年信访总量下降。
        三、项目自评结果及分析
        绩效自评结果为良。
        """, DocumentKind.ProjectReport)]
    [InlineData("""
        索引号 | 12533025 | 发布机构 | 某某县地震局 |
        一、部门基本情况
        (一)部门概况
        1.主要职能
        负责全县地震监测预报工作。
        """, DocumentKind.DepartmentReport)]
    public void OutlineHeadings_SpeakForTheirKind(string text, DocumentKind kind) => Assert.Equal(kind, One(text).Kind);

    [Fact]
    public void FujianDepartmentTable_FundsRow_ReadByItsLayout()
    {
        var d = One("""
            某某市地震局2020年部门整体支出绩效自评
              部门整体支出绩效自评表
            ( 2020 年度)
            部门(单位)名称 某某市地震局 部门预算编码 409001007
            财政资金安排和使用情况 资金结构 预算安排 拨付情况 结余情况
            (万元) 年初部门预算安排金额(含历年结余结转)① 年中调整金额② 小计 年度拨付金额 支出实现率(%)⑤=④/③ 本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③
              ③=①+②
            财政资金小计 130.54 58.07 188.61 188.45 99.92 0.16 0.08
            ① 项目支出 30 0 30 30 100 0 0
            ② 基本支出 100.54 58.07 158.61 158.45 99.9 0.16 0.1
            合 计 130.54 58.07 188.61 188.45 99.92 0.16 0.08
            """);
        Assert.Equal(130.54m, d.Evaluation.Budget.Initial);
        Assert.Equal(188.61m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(188.45m, d.Evaluation.Budget.Executed);
        Assert.Equal(99.92m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(d.Values, v => v.Path == "budget.adjusted" && v.How.Contains("fj-dept-funds", StringComparison.Ordinal));
        SpansHold(d);
    }

    [Fact]
    public void ShortNameTheTextGivesItself_StatesItsOwnFigures()
    {
        const string text = """
            一、部门基本情况
            (一)部门概况
            山东省红十字会(以下简称“省红十字会”)成立于1911年。
            (二)部门预决算情况
            2021年度省红十字会批复支出预算1824.15万元,部门整体预算执行率为93.81%。
            """;
        var d = One(text);
        Assert.Equal(1824.15m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(93.81m, d.Evaluation.Budget.StatedRatePercent);

        // Without the text naming itself so, a long name before the figures is a subordinate unit's: not the document's.
        var other = One(text.Replace("(以下简称“省红十字会”)", string.Empty, StringComparison.Ordinal));
        Assert.Null(other.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void BudgetDoneShare_IsTheRate()
    {
        var d = One("""
            某某县交通运输局燃油税转移支付资金项目绩效自评报告
            五、评价结论及建议
            (一)评价结论。项目实施分配合理、使用合规、执行有效,预算完成100%,保障了全县农村公路的养护。
            """);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);

        // The words as a heading's (预算完成情况) give no rate.
        Assert.Null(One("""
            某某县交通运输局燃油税转移支付资金项目绩效自评报告
            五、评价结论及建议
            (一)预算完成情况。全县159公里农村公路完好率100%。
            """).Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void ProjectPeriodFromTheFirstMonth_NamesTheYear()
    {
        var d = One("""
            某某县财政支出项目绩效评价自评报告
            项目名称
            森林防火专项
            报告日期:2022年7月8日
            项目实施期
            2021年 1 月起至 2021 年 12 月止
            """);
        Assert.Equal(2021, d.Evaluation.Year);

        // A date alone (报告日期) names no evaluated year.
        Assert.Equal(0, One("""
            某某县财政支出项目绩效评价自评报告
            项目名称
            森林防火专项
            报告日期:2022年7月8日
            """).Evaluation.Year);
    }

    [Fact]
    public void UnitIntroducedWithItsShortName_IsTheUnit_WhenNothingElseNamesIt()
    {
        var d = One("""
            2018年度计划生育项目绩效自评报告
            现将自评情况报告如下:
            一、项目概况
            (一)单位职能:洪山区卫生和计划生育委员会(以下简称区卫计委)的主要职能是贯彻执行卫生计生工作的方针政策。
            """);
        Assert.Equal("洪山区卫生和计划生育委员会", d.Evaluation.Unit);
        SpansHold(d);

        // A firm so introduced is no unit.
        Assert.Equal(string.Empty, One("""
            2018年度计划生育项目绩效自评报告
            一、项目概况
            某某资产评估咨询有限公司(以下简称评估公司)负责资料收集。
            """).Evaluation.Unit);
    }

    [Fact]
    public void ProjectNameOpeningWithItsUnit_NamesTheUnit()
    {
        var d = One("""
            卫生健康发展专项资金项目绩效自评报告
            项目名称:海南省平山医院卫生健康发展专项资金项目
            一、项目概况
            """);
        Assert.Equal("海南省平山医院", d.Evaluation.Unit);
        SpansHold(d);

        // A project named after its region names no unit.
        Assert.Equal(string.Empty, One("""
            农村公路建设项目绩效自评报告
            项目名称:某某县2021年农村公路建设项目
            一、项目概况
            """).Evaluation.Unit);
    }

    [Fact]
    public void ContentsAfterACover_OpensNoDocumentOfItsOwn()
    {
        var r = PublishedImporter.ImportText("""
            重庆市某某区发展和改革委员会2023年专项区级储备粮补贴评价报告
            被评价单位:重庆市某某区发展和改革委员会
            项目名称:2023年专项区级储备粮补贴
            目 录
            附件2:项目支出绩效目标申报表.........................28
            重庆市某某区2023年专项区级储备粮补贴项目 绩效评价报告
            一、基本情况
            为深入贯彻预算绩效管理的意见精神,对储备粮补贴开展绩效评价。
            """, "t.txt");
        Assert.Single(r.Documents.Concat(r.Undecided));
    }

    [Fact]
    public void TableTitleUnderANumberedHeading_IsEmbeddedInTheReport()
    {
        const string text = """
            某某县人民检察院转移支付2021年度绩效自评报告
            一、基本情况
            中央财政下达专项转移支付资金264万元。
            2. 绩效目标及自评情况

            某某县人民检察院项目支出绩效自评表

            项目名称
            政法转移支付资金
            """;
        var r = PublishedImporter.ImportText(text, "t.txt");
        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);

        // After a line that is no numbered heading, the same title starts a document of its own.
        var two = PublishedImporter.ImportText(text.Replace("2. 绩效目标及自评情况", "以上为自评情况,下附自评表。", StringComparison.Ordinal), "t.txt");
        Assert.Equal(2, two.Documents.Count);
    }

    [Theory]
    [InlineData("xx省工业和信息化厅")]
    [InlineData("××县财政局")]
    public void MaskedName_IsNobodysUnit(string name)
    {
        var d = One($"""
            中小企业发展专项资金项目绩效自评报告
            单位名称:{name}
            一、项目概况
            """);
        Assert.Equal(string.Empty, d.Evaluation.Unit);
    }

    [Fact]
    public void TransferReportByFund_StatesNoBudgetOfItsOwn()
    {
        const string text = """
            转移支付年度绩效自评报告
            一、绩效目标分解下达情况
            (一)自然灾害防治体系建设补助资金
            上级下达我区中央地质灾害防治体系建设项目,安排预算175万元。
            (二)林业草原生态保护恢复资金
            上级下达林业草原生态保护恢复资金合计423.37万元。
            """;
        Assert.Null(One(text).Evaluation.Budget.Adjusted);

        // One fund's heading alone is a section, not a division of the report's money.
        Assert.Equal(175m, One(text[..text.IndexOf("(二)", StringComparison.Ordinal)]).Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void BareScoreAfterTheRate_IsTheExecutionIndicators()
    {
        Assert.Null(One("""
            某某市卫生健康委员会2019年度项目绩效自评报告
            一、项目资金情况
            市级计划生育专项,补助11万元,2019年实际使用资金11万元,执行率为100%,得分10分。
            """).Stated.TotalScore);

        // The self-evaluation's own score after a rate stays the document's.
        Assert.Equal(93m, One("""
            某某县2021年度转移支付绩效自评报告
            整体绩效情况:专项资金执行率为96%,绩效自评分数为93分。
            """).Stated.TotalScore);
    }

    [Theory]
    [InlineData("磐安县2015―2016年旅游发展资金绩效评价报告")]
    [InlineData("磐安县2015～2016年旅游发展资金绩效评价报告")]
    public void SpanOfYears_WithAnyDash_NamesNoYear(string title)
    {
        var r = PublishedImporter.ImportText($"""
            {title}
            一、项目评价依据
            《关于兑现2016年度旅游奖励补助资金的通知》
            """, "t.txt");
        Assert.All(r.Documents.Concat(r.Undecided), d => Assert.Equal(0, d.Evaluation.Year));
    }

    [Fact]
    public void ProjectBackground_SpeaksForAProjectReport()
    {
        Assert.Equal(DocumentKind.ProjectReport, One("""
            某某省地方金融监督管理局2020年金融发展专项资金绩效自评工作报告
            一、项目概况
            1.项目背景
            为更好地发挥金融发展专项资金的引导和杠杆作用,激励金融机构服务实体经济。
            """).Kind);
    }

    [Fact]
    public void DepartmentOutlineHeadings_WithoutATitle_SpeakForADepartmentReport()
    {
        var r = PublishedImporter.ImportText("""
            一、基本情况
            (一)年度总体工作和重点工作任务
            全年完成各项工作。
            (二)部门整体收支情况
            全年收入100万元。
            """, "t.txt");
        Assert.Equal(DocumentKind.DepartmentReport, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void ColumnLetterWithoutBrackets_NamesTheSameColumn()
    {
        var d = One("""
            某某县人民检察院项目支出绩效自评表
            项目名称
            政法转移支付资金
            项目资金(万元)
            年初预算数
            全年预算数A
            全年执行数B
            分值
            执行率
            得分
            年度资金总额
            264
            412.44
            330.48
            10
            80.13
            8
            """);
        Assert.Equal(412.44m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(330.48m, d.Evaluation.Budget.Executed);
        Assert.Equal(80.13m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void MoneyReceivedFromTheCentre_IsATransfersBudget()
    {
        var d = One("""
            某某省2022年度粮食风险基金中央对地方转移支付绩效自评报告
            一、绩效目标分解下达情况
            2022年,收到中央补助资金15150.00万元,全部补助到各级政府,执行率为100%。
            """);
        Assert.Equal(15150m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void InitialProjectBudget_AndMoneyPaidOnArrival_AreRead()
    {
        var d = One("""
            某某县融媒体中心2022年度项目支出绩效自评报告
            (二)项目资金情况。
            本单位为财政全额拨款单位,2022年年初项目预算总计899.7万元,实际到账支付462.4万元。
            """);
        Assert.Equal(899.7m, d.Evaluation.Budget.Initial);
        Assert.Equal(462.4m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void MoneyPutIntoTheProject_IsItsBudget()
    {
        var d = One("""
            某某县2023年产业发展项目绩效自评报告
            二、项目资金使用及管理情况
            (一)项目资金管理及使用情况 该项目投入中央财政资金1011.13万元,资金使用由县特产中心统一管理。
            """);
        Assert.Equal(1011.13m, d.Evaluation.Budget.Adjusted);

        // Work put in (项目投入人力50人次) is no money.
        Assert.Null(One("""
            某某县2023年产业发展项目绩效自评报告
            二、项目组织实施情况
            项目投入人力50人次。
            """).Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void JointIssuers_TheOneThePublisherNames_IsTheUnit()
    {
        const string body = """
            某某市财政局 某某市文化广播电视和旅游局 关于2019年旅游发展基金补助地方项目绩效自评报告
            一、项目基本情况
            旅游发展基金补助地方项目共3个。
            """;
        var d = One("来源:某某市文化广播电视和旅游局     发布时间:2020-04-27\n" + body);
        Assert.Equal("某某市文化广播电视和旅游局", d.Evaluation.Unit);

        // Copied elsewhere, a joint report names no single unit.
        Assert.Equal(string.Empty, One(body).Evaluation.Unit);
    }
}
