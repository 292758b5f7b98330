using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Kind cues (reading/kinds.yaml) for documents that are no self-evaluation although they speak of one (allocation
/// notices, notices of results, news), and for page chrome that must not speak for a kind; each with look-alikes
/// where the cue must stay quiet.
/// </summary>
public class KindCueTests
{
    [Fact]
    public void AllocationNotice_HandedToTheUnit_IsOther()
    {
        var r = PublishedImporter.ImportText("""
            区残联:
            根据市财政局《关于下达2023年中央残疾人事业发展补助资金的通知》文件精神,现将2023年中央残疾人事业发展补助资金134.39万元下达给你们,其中:一般公共预算资金50.29万元。
            项目名称 残疾人事业发展补助
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("下达给你们", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void LotteryFundAnnouncement_IsOther_WithItsUnitAndYear()
    {
        var r = PublishedImporter.ImportText("""
            某某市体育局2022年度体育彩票公益金使用情况公告
            根据《彩票管理条例》要求,现将我局2022年度体育彩票公益金使用情况公告如下:
            一、资金安排情况
            2022年共安排体育彩票公益金500万元,实际支出480万元。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("使用情况公告", d.KindReason, StringComparison.Ordinal);
        Assert.Equal("某某市体育局", d.Evaluation.Unit);
        Assert.Equal(2022, d.Evaluation.Year);
    }

    [Theory]
    [InlineData("某某县2020年农村电商提质增效工程绩效评价自评报告", DocumentKind.ProjectReport)]
    [InlineData("某某县水利工程管理站2022年度绩效自评报告", DocumentKind.DepartmentReport)]
    public void WorksProgrammeTitle_IsProject_UnitNameWithGongchengIsNot(string title, DocumentKind kind)
    {
        var r = PublishedImporter.ImportText($"""
            {title}
            按照有关要求，我局进行自评，自评分为100分。
            一、基本情况
            全年预算数为100万元。
            """, "t.txt");

        Assert.Equal(kind, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void LotteryFundSelfEvaluation_StaysProjectReport()
    {
        var r = PublishedImporter.ImportText("""
            某某市民政局2022年度福利彩票公益金使用情况绩效自评报告
            一、项目基本情况
            2022年安排福利彩票公益金项目资金300万元,全年执行数为290万元,预算执行率为96.67%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.NotEqual(DocumentKind.Other, d.Kind);
    }

    [Fact]
    public void TransferReport_QuotingAnAllocationNotice_StaysTransferReport()
    {
        var r = PublishedImporter.ImportText("""
            某某县2023年度中央残疾人事业发展补助资金转移支付绩效自评报告
            根据市财政局《关于下达2023年中央残疾人事业发展补助资金的通知》,市财政局下达我县资金134.39万元。
            一、绩效目标分解下达情况
            全年预算数为134.39万元,全年执行数为120万元,预算执行率为89.29%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.DoesNotContain("下达给你们", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoticeOfEvaluationResults_WithoutTitle_IsOtherAndItsFiguresNotRead()
    {
        var r = PublishedImporter.ImportText("""
            各部、局、办:
            根据实施方案要求,重点选择2022年度14个重点项目开展重点绩效评价,涉及财政资金8471.18万元。现将评价结果情况通报如下:
            一、重点项目评价情况
            重点绩效评价的14个项目,评价结果等级为“优”的4个。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("是新闻或通知", d.KindReason, StringComparison.Ordinal);
        Assert.Equal(0, d.Evaluation.Year);
        Assert.Null(d.Evaluation.Budget.Adjusted ?? d.Evaluation.Budget.Initial ?? d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void SelfEvaluationReport_PromisingToReportProblems_KeepsItsKind()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            我局开展了2023年度部门整体支出绩效自评,现将自评情况报告如下:
            一、部门概况
            全年预算数为120万元,全年执行数为114万元,预算执行率为95%。对发现的问题予以通报并督促整改。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal(95m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    [InlineData("您现在所在的位置 : 首页 > 政务 > 政府信息公开年度报告")]
    [InlineData("您现在的位置:首页 > 信息公开 > 年度报告")]
    [InlineData("您当前所在位置:首页>部门动态>工作报告")]
    public void Breadcrumb_NamingAReportColumn_DoesNotMakeATableAReport(string breadcrumb)
    {
        var r = PublishedImporter.ImportText($"""
            {breadcrumb}
            2021年某某局部门整体支出绩效自评表
            年度资金总额 4753.66万元 4753.66万元 3824.26万元 10 100% 10
            一级指标分值二级指标分值三级指标
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentScoreTable, d.Kind);
        Assert.DoesNotContain("标题含“报告”", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void FundEvaluationTable_IsATransferTable()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2024年度林业草原改革发展资金绩效评价表
            年度:2024年
            年度资金总额(万元): 52.8 52.8 100.00% 30.8 58.33%
            资金分配规范性 严格按照转移支付管理制度分配资金
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.TransferPaymentTable, d.Kind);
    }

    [Theory]
    [InlineData("某某县林业局2024年度林业草原改革发展资金绩效自评报告", DocumentKind.TransferPaymentReport)]
    [InlineData("某某县林业局2024年度造林项目绩效评价表", DocumentKind.ProjectTable)]
    public void FundReportOrProjectEvaluationTable_KeepTheirKinds(string title, DocumentKind kind)
    {
        var r = PublishedImporter.ImportText($"""
            {title}
            资金分配规范性 严格按照转移支付管理制度分配资金
            三级指标 指标性质 年度指标值
            """, "t.txt");

        Assert.Equal(kind, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void ProjectReportOutline_WithoutTitle_IsAProjectReport()
    {
        var r = PublishedImporter.ImportText("""
            (某某检查站租金项目)
            一、项目基本情况
            2019年财政安排某某检查站租金项目经费11.2万元。
            二、项目绩效自评工作开展情况
            由某某县林业局规划财务股牵头组成绩效评价工作小组。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Contains("项目绩效自评工作开展情况", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void FinalAccounts_WithProjectBasicsHeading_IsNoProjectReport()
    {
        // 项目基本情况 alone is no project report; the final accounts' own heading (收入支出决算) tells what it is.
        var r = PublishedImporter.ImportText("""
            一、项目基本情况
            2019年财政安排某某检查站租金项目经费11.2万元。
            二、收入支出决算总体情况说明
            2019年度收入总计120万元。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("收入支出决算", d.KindReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("县财政局三举措 开展项目绩效自评工作")]
    [InlineData("某某省财政厅创新实施四项工作机制 提升绩效自评质效")]
    [InlineData("精准施策提质效 绩效管理赋能财政高质量发展 ——某某市财政预算绩效管理工作成效综述")]
    public void NewsHeadline_AboutSelfEvaluationWork_IsNewsAndItsFiguresNotRead(string headline)
    {
        var r = PublishedImporter.ImportText($"""
            {headline}
            一是明确自评对象范围。将2022年度所有项目纳入自评范围,涉及资金12000万元。
            二是压实绩效管理责任。按照“谁支出、谁负责”的原则组织实施自评。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("是新闻或通知", d.KindReason, StringComparison.Ordinal);
        Assert.Null(d.Evaluation.Budget.Adjusted ?? d.Evaluation.Budget.Initial ?? d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void SelfEvaluationReport_NamingItsMeasures_KeepsItsKind()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            一、部门概况
            我局采取三项举措提升资金使用质效。全年预算数为120万元,全年执行数为114万元,预算执行率为95%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal(95m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    [InlineData("根据《关于开展2021年度部门单位整体支出自我绩效评价的通知》(某财评〔2022〕3号)要求,我局成立自评工作小组,查阅账务,形成本评价报告。", "部门整体自评报告", 2021)]
    [InlineData("根据《某县财政局关于开展2023年度中央对地方转移支付预算执行情况绩效自评工作的通知》文件要求,某某镇人民政府开展了自评工作,现将自评情况总结汇报如下:", "转移支付自评报告", 2023)]
    public void NoTitle_OpeningCitesTheCommissioningNotice_AndNamesItselfAReport_TakesKindAndYearFromTheNotice(string opening, string kind, int year)
    {
        var r = PublishedImporter.ImportText(opening + """

            一、基本情况
            本单位共有在职人员35人。2019年起承担辖区内的相关工作。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(kind, d.Kind.Name());
        Assert.Equal(year, d.Evaluation.Year);
        Assert.Empty(d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("根据《某市财政支出绩效评价管理办法》和相关资料,我局对2017年度道路清扫保洁项目资金实施了绩效评价,形成本报告如下:", "项目自评报告", 2017)]
    [InlineData("为加强预算绩效管理,我局对2022年度部门整体支出情况开展了绩效自评,现将自评情况报告如下:", "部门整体自评报告", 2022)]
    public void NoTitle_OpeningSaysWhatWasEvaluated_AndNamesItselfAReport_TakesKindAndYearFromTheSubject(string opening, string kind, int year)
    {
        var r = PublishedImporter.ImportText(opening + """

            一、基本情况
            本单位共有在职人员35人。2019年起承担辖区内的相关工作。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(kind, d.Kind.Name());
        Assert.Equal(year, d.Evaluation.Year);
    }

    [Theory]
    // What was evaluated, but no report named: nothing says what the document is.
    [InlineData("我局对2017年度道路清扫保洁项目资金实施了绩效评价,评价组查阅了有关资料。")]
    // Something done to the subject that is no evaluation (检查): no title.
    [InlineData("我局对2017年度道路清扫保洁项目资金开展了专项检查,形成本报告如下:")]
    public void NoTitle_OpeningSubjectWithoutEvaluationOrReport_StaysUndecided(string opening)
    {
        var r = PublishedImporter.ImportText(opening + """

            一、基本情况
            本单位共有在职人员35人。
            """, "t.txt");

        Assert.Empty(r.Documents);
    }

    [Theory]
    // The notice is cited but the opening does not name a report: nothing says what the document is.
    [InlineData("根据《关于开展2021年度部门单位整体支出自我绩效评价的通知》要求,我局成立自评工作小组,查阅有关账务。")]
    // The notice's subject is no evaluation of a kind (a fund's statistics): no title.
    [InlineData("根据《关于做好2021年度农业统计年报工作的通知》要求,形成本报告。")]
    public void NoTitle_OpeningCitesANotice_WithoutNamingAReportOrAKind_StaysUndecided(string opening)
    {
        var r = PublishedImporter.ImportText(opening + """

            一、基本情况
            本单位共有在职人员35人。
            """, "t.txt");

        Assert.Empty(r.Documents);
    }

    [Theory]
    // A title naming the money of one purpose (经费) and the project report's money heading: the project's report.
    [InlineData("某某县公安局2022年度辅警人员经费绩效自评工作报告", "项目自评报告")]
    // The same heading in a department's report (its projects' money): the title's 部门整体 decides.
    [InlineData("某某县公安局2022年度部门整体支出绩效自评报告", "部门整体自评报告")]
    public void ProjectMoneyHeading_SpeaksForAProjectReport_UnlessTheTitleSaysDepartment(string title, string kind)
    {
        var r = PublishedImporter.ImportText(title + """

            一、基本情况
            (一)项目背景、内容。
            我局实有辅警人员512人,协助公安机关参加各类勤务活动。
            (二)项目资金情况。
            全年预算数2565万元,全年执行数2565万元,预算执行率100%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(kind, d.Kind.Name());
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void TransferReport_MoneyHandedDownFromAbove_IsTransferReport()
    {
        // The title names a fund (its sub-item in brackets), never 转移支付: the body says the money came from above.
        var r = PublishedImporter.ImportText("""
            某某市应急局2023年度中央自然灾害救灾资金(洪涝灾害抢险救援)绩效自评报告
            一、绩效目标分解下达等情况
            2023年,省财政厅、省应急厅下达我市中央自然灾害救灾资金30万元,给予3个乡镇资金补助。
            二、绩效目标完成情况分析
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.Contains("下达我市", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void DepartmentReport_NamingMoneyHandedDown_StaysDepartmentReport()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            一、部门概况
            年初预算120万元,年中上级下达我县林业补助资金20万元,全年预算数为140万元,全年执行数为133万元,预算执行率为95%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal(95m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void EvaluationOfAnotherUnitsMoney_FollowingItUp_IsOther()
    {
        var r = PublishedImporter.ImportText("""
            2021年度中央财政农业相关转移支付资金共下达我县动物防疫专项补助经费725.63万元。我们对某某县动物疫病预防控制中心动物防疫专项经费进行了绩效评价,现将评价结果报告如下:
            一、项目绩效评价工作情况
            (一)评价目的
            通过对“某某县动物疫病预防控制中心动物防疫专项经费”资金支出过程和结果的跟踪问效,进一步了解项目的实施进展情况。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("跟踪问效", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfEvaluation_PromisingToFollowUp_KeepsItsKind()
    {
        var r = PublishedImporter.ImportText("""
            某某县教育局2022年度学生资助项目绩效自评报告
            一、项目概况
            全年预算数为80万元,全年执行数为80万元,预算执行率为100%。
            二、改进措施
            强化绩效跟踪问效,及时纠正偏差。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
    }

    [Fact]
    public void EvaluationByTheMinistrysResidentOffice_BuiltOnSelfEvaluations_IsOther()
    {
        var r = PublishedImporter.ImportText("""
            某某省林业厅2016年林业补助资金绩效评价报告
            财政部驻某某省财政监察专员办事处关于某某省林业厅2016年林业补助资金绩效评价的报告 财政部农业司:按照要求,专员办对某某省林业厅2016年林业补助资金开展了绩效评价,本次绩效评价采取自评和他评相结合的方式,在自评基础上开展绩效评价工作。其中森林公安转移支付996万元。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("专员办", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void RectificationReport_AnsweringAnEvaluation_IsOther()
    {
        var r = PublishedImporter.ImportText("""
            某某省财政厅关于2014-2018年地质灾害防治专项资金
            项目绩效评价发现问题的整改情况报告
            财政部自然资源和生态环境司:
            根据《关于地质灾害防治专项资金项目绩效评价结果整改的通知》要求,现将我省整改情况汇报如下:
            一、对照评价报告检查发现的主要问题
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("整改", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnnouncementOfAnEvaluationsResult_IsOtherAndItsScoreNotRead()
    {
        var r = PublishedImporter.ImportText("""
            某某区某某乡人民政府部门整体支出绩效评价报告结果公示
            按照文件要求,现将某某区某某乡人民政府部门整体支出绩效评价报告结果公示如下:
            本项目评价等级为“合格”,总得分为72.21分,其中:投入得分13.10分、过程得分25.41分。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Null(d.Stated.TotalScore);
        Assert.Null(d.Stated.Grade);
    }

    [Fact]
    public void SelfEvaluationPublishedAsAResult_KeepsItsKind()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2022年度部门整体支出绩效自评结果公示
            现将我局2022年度部门整体支出绩效自评结果公示如下:
            全年预算数为120万元,全年执行数为114万元,预算执行率为95%。自评得分95分。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
    }

    [Theory]
    // Rules that lost their title: their general chapter.
    [InlineData("发布机构 | 某某自治区自然资源厅 |\n第一章 总则\n第一条 为规范组织实施地质灾害防治建设项目,提高资金使用效益,制定本办法。")]
    // Final accounts from their contents.
    [InlineData("目录\n第一部分 单位概况\n第二部分 2024年度单位决算情况说明\n一、收入支出决算总体情况说明\n第五部分 附表\n一、收入支出决算总表")]
    // News of a key evaluation by the ministry.
    [InlineData("首页 > 正文\n在财政部组织开展的2021年中央财政林业草原生态保护恢复资金重点绩效评价中,山西省得到94.2分,位居全国第一。")]
    public void UntitledLookAlike_ByItsBody_IsOther(string text)
    {
        var r = PublishedImporter.ImportText(text, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
    }

    [Fact]
    public void DepartmentReport_CitingRulesAndFinalAccounts_KeepsItsKind()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            一、部门概况
            依据《某某县预算绩效管理办法》第一章总则,对照2023年度收入支出决算,全年预算数为120万元,全年执行数为114万元,预算执行率为95%。
            二、存在的问题
            财政重点绩效评价发现的问题已整改。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal(95m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void GoalTable_PublishedWithTheBudget_IsOther()
    {
        // Targets and a planned spending column, one cell a line: no actual value, no score.
        var r = PublishedImporter.ImportText("""
            项目名称
            某某公园运转经费
            预算单位
            某某博物馆
            项目负责人/ 联系电话
            中长期目标
            保证公园免费开放运转。
            半年(程) 计划执行数
            全年(程) 预算数
            一级指标
            二级指标
            三级指标
            全年(程) 指标值
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("计划执行数", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectTable_WithActualValues_StaysProjectTable()
    {
        var r = PublishedImporter.ImportText("""
            某某局2023年度项目支出绩效自评表
            项目名称
            某某公园运转经费
            项目负责人
            中长期目标
            保证公园免费开放运转。
            全年预算数
            全年执行数
            三级指标
            年度指标值
            实际完成值
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.ProjectTable, d.Kind);
    }

    [Theory]
    [InlineData("某某县农业农村局2023年度项目支出绩效自我评价报告", DocumentKind.ProjectReport)]
    [InlineData("某某县农业农村局2023年度部门整体支出绩效自我评价报告", DocumentKind.DepartmentReport)]
    public void CueVariant_自我评价_ReadLike自评(string title, DocumentKind kind)
    {
        var d = ImportAssert.One(title + "\n一、基本情况\n我局2023年项目资金56万元，全部用于排水沟建设。\n二、存在的问题\n资金拨付较慢。\n");
        Assert.Equal(kind, d.Kind);
        Assert.Equal(ImportAssert.One(title.Replace("自我评价", "自评", StringComparison.Ordinal) + "\n一、基本情况\n我局2023年项目资金56万元，全部用于排水沟建设。\n二、存在的问题\n资金拨付较慢。\n").Kind, d.Kind);
    }

    [Theory]
    [InlineData("评价年度:2024\n评价单位(公章): 某某县公路局\n填报日期:2025年3月1日\n")]
    [InlineData("移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心\n")]
    public void OpeningSentenceName_AfterCoverLabelsOrAMenu_GivesTheKind(string before)
    {
        var r = PublishedImporter.ImportText(before + """
            根据县财政局要求,我单位开展了自评工作。现将2024年度某某县公路局整体支出绩效自评情况报告如下:
            二、单位基本情况
            全年预算数为100万元,全年执行数为90万元。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
    }

    [Fact]
    public void GoalTableTitle_IsOther_AndAnAttachedOneStartsNoDocument()
    {
        var goal = PublishedImporter.ImportText("""
            专项资金绩效目标表
            (2017 年度)
            填报单位(盖章):某某县畜牧兽医水产局
            专项名称
            专项实施进度计划
            """, "t.txt");
        Assert.Equal(DocumentKind.Other, Assert.Single(goal.Documents).Kind);

        var notice = PublishedImporter.ImportText("""
            某某县财政局关于下达2022年省级水利专项资金的通知
            各有关单位:
            现下达2022年省级水利专项资金100万元,请按规定使用。
            附件:1.资金分配表
            2.2022年省级第七批水利专项资金绩效目标表
            一、项目名称 水库维修
            2022年省级第七批水利专项资金绩效目标表
            项目名称 水库维修
            年度目标 完成维修
            """, "t.txt");
        Assert.Equal(DocumentKind.Other, Assert.Single(notice.Documents).Kind);
    }

    [Fact]
    public void ProjectTemplateOutline_WithoutTitle_IsProjectReport()
    {
        var r = PublishedImporter.ImportText("""
            一、项目概况
            (一)项目单位基本情况。某某市农业农村局是市人民政府工作部门。
            (二)项目年度预算绩效目标、绩效指标设定情况。
            2020年我单位设定的绩效目标主要包括:举办茶产业博览会。
            """, "t.txt");

        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void DepartmentOutline_NamingProjectsInPassing_IsNotProjectReport()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2022年度部门整体支出绩效自评报告
            一、部门概况
            (一)部门基本情况。某某县林业局是县政府工作部门,年度预算绩效目标已设定。
            二、部门整体支出情况
            """, "t.txt");

        Assert.Equal(DocumentKind.DepartmentReport, Assert.Single(r.Documents).Kind);
    }

    [Theory]
    [InlineData("现将我市2021年涉农资金统筹整合绩效自评报告如下:", DocumentKind.TransferPaymentReport)]
    [InlineData("现将我县2021年涉农资金统筹整合道路建设项目绩效自评报告如下:", DocumentKind.ProjectReport)]
    public void AgriculturalFundsPooled_AreTransfers_UnlessAProjectIsNamed(string opening, DocumentKind kind)
    {
        var r = PublishedImporter.ImportText($"""
            根据省里的通知,我市及时组织各地深入分析实际成效,{opening}
            一、组织实施整体情况
            全年共召开会议48次。
            """, "t.txt");

        Assert.Equal(kind, Assert.Single(r.Documents).Kind);
    }

    [Theory]
    [InlineData("2022年区本级体彩公益金绩效使用自评报告", DocumentKind.ProjectReport)]
    [InlineData("2022年某某县中央集中彩票公益金转移支付绩效自评报告", DocumentKind.TransferPaymentReport)]
    [InlineData("某某区体育局2022年度部门整体支出绩效自评报告", DocumentKind.DepartmentReport)]
    public void LotteryFundTitle_IsNoDepartmentReport_AndOwnLevelMoneyNoTransfer(string title, DocumentKind kind)
    {
        var r = PublishedImporter.ImportText($"""
            {title}
            2022年,财政下拨体育馆运行经费为190万元,用于物业管理等方面的支出。
            1.全年承办各类赛事活动10余次。
            """, "t.txt");

        Assert.Equal(kind, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void CoverNamingTheReportAsItsProject_ThenTheTitleAgain_IsOneDocument()
    {
        var r = PublishedImporter.ImportText("""
            部门整体支出绩效评价报告
            项目名称:部门整体支出绩效评价报告
            项目单位: 某某县机构编制委员会办公室
            评价方式:部门(单位)绩效自评
            2018年4月3日
            某某县机构编制委员会办公室
            部门整体支出绩效评价报告
            根据《某某县财政局关于开展2017年度预算绩效自评工作的通知》的要求,我办对2017年度部门整体支出绩效进行了评价。
            一、部门基本情况
            (一)部门机构设置与主要职能
            """, "t.txt");

        Assert.Single(r.Documents);
    }

    [Fact]
    public void TwoProjectTables_EachWithItsProject_StayTwoDocuments()
    {
        var r = PublishedImporter.ImportText("""
            项目支出绩效自评表
            项目名称:某某公园运转经费
            主管部门:某某局
            全年预算数 100
            全年执行数 90
            项目支出绩效自评表
            项目名称:某某广场维修经费
            主管部门:某某局
            全年预算数 50
            """, "t.txt");

        Assert.Equal(2, r.Documents.Count);
    }

    [Fact]
    public void EvaluationPage_NamedSoAboveItsScoreTable_IsProjectReport()
    {
        var r = PublishedImporter.ImportText("""
            2024年度新增地方政府专项债券项目绩效评价情况
            发布日期:2025-06-24 08:59
            我单位2024年新增地方政府专项债券项目1个,争取债券资金2.62亿元。为加强专项债券项目绩效管理,提高专项债券资金使用效益,我单位从决策、管理、产出和效益等方面对2024年新增地方政府专项债券项目进行绩效自评,评价结果如下:
            2024年新增地方政府专项债券项目绩效评价表(单位:亿元)
            项目名称
            自评分数
            某某安置房项目
            97
            """, "t.txt");

        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void EvaluationHeading_InsideAReport_StartsNoDocument()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2022年度部门整体支出绩效自评报告
            一、部门概况
            某某县林业局负责全县林业工作。
            二、部门整体支出情况
            全年预算数为100万元,全年执行数为90万元。
            部门整体支出绩效评价情况
            各项指标均已完成。
            三、存在的问题
            人员不足。
            """, "t.txt");

        Assert.Equal(DocumentKind.DepartmentReport, Assert.Single(r.Documents).Kind);
    }

    [Theory]
    [InlineData("现将2023年度中央专项彩票公益金支持地方公益事业发展项目资金情况公告如下:", DocumentKind.Other)]
    [InlineData("现将2023年度中央专项彩票公益金支持地方公益事业发展项目绩效自评情况公告如下:", DocumentKind.ProjectReport)]
    public void FundMoneyAnnouncement_IsOther_ASelfEvaluationAnnouncedIsNot(string opening, DocumentKind kind)
    {
        var r = PublishedImporter.ImportText($"""
            按照省财政厅《彩票公益金资金管理办法》有关要求,{opening}
            一、资金规模
            2023年度项目资金共计330万元。
            二、支出内容及执行情况
            于2023年全部支出,预算执行率100%。
            """, "t.txt");

        Assert.Equal(kind, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void NewsOpening_UnderAHeadlineNamingSelfEvaluation_IsOtherNews()
    {
        var r = PublishedImporter.ImportText("""
            某某区开展预算项目单位绩效自评“一体化”系统填报
            近日,按照《某某区项目支出绩效评价管理办法》的要求,某某区财政局组织区直预算单位开展2023年绩效评价填报。
            截至4月中旬,各单位已上报项目绩效自评1355条。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("近日,", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void NewsOpening_InASelfEvaluationReport_KeepsItsKind()
    {
        var r = PublishedImporter.ImportText("""
            某某区财政局2023年度项目支出绩效自评报告
            近日,我局对2023年度项目支出开展了绩效自评。
            一、项目概况
            全年预算数为100万元,全年执行数为90万元。
            """, "t.txt");

        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void DepartmentOutline_WithoutTitle_IsDepartmentReport()
    {
        var r = PublishedImporter.ImportText("""
            一、部门(单位)基本情况
            1.职能职责。我园属全额拨款事业单位。
            二、部门概况
            我园设13个班。
            """, "t.txt");

        Assert.Equal(DocumentKind.DepartmentReport, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void UntitledTable_WithTargetsOnly_IsAGoalTable()
    {
        var r = PublishedImporter.ImportText("""
            项目名称 | 全市文物保护专项经费 | 预算金额 | 36万元 |
            预算单位 | 市文化和旅游局 | 项目负责人 | 某某 | 起止时间 | 2022年1月—12月 |
            年度绩效总目标 | 产出指标 | 开展文物安全巡查频次8次;文物保护项目验收合格率≥86% |
            效益指标 | 文物保护宣传覆盖人次≥20万人次 |
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("绩效目标表", d.KindReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("某某局2022年项目支出绩效自评表\n")]
    public void Table_WithActualValuesOrATitle_StaysProjectTable(string title)
    {
        var r = PublishedImporter.ImportText(title + """
            项目名称 | 全市文物保护专项经费 | 预算金额 | 36万元 |
            预算单位 | 市文化和旅游局 | 项目负责人 | 某某 |
            产出指标 | 文物安全巡查频次8次 | 实际完成值 | 8次 |
            """, "t.txt");

        Assert.Equal(DocumentKind.ProjectTable, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void CommissionedEvaluation_UnderAFileNameCallingItSelfEvaluation_IsOther()
    {
        var r = PublishedImporter.ImportText("""
            3绩效自评报告(某某县排灌站工程项目).doc
            某某县财政局: 根据《某某县财政局关于开展2022年度新增债券资金项目绩效评价工作的通知》要求,某某会计师事务所接受某某县财政局的委托,对2022年度新增债券资金项目进行了绩效评价,评价过程中我们实施了查阅资料、询问相关人员等我们认为必要的程序。
            一、绩效评价目的
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("我们认为必要", d.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfEvaluation_ThatMentionsAnAuditorsCheck_StaysProjectReport()
    {
        var r = PublishedImporter.ImportText("""
            某某县水利局2022年度排灌站工程项目绩效自评报告
            根据县财政局的要求,我局对排灌站工程项目开展了绩效自评。项目竣工后由某某会计师事务所进行了决算审计。
            一、项目概况
            项目预算100万元,实际支出100万元。
            """, "t.txt");

        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(r.Documents).Kind);
    }

    [Theory]
    [InlineData("主任、各位副主任、秘书长、各位委员:\n受自治区人民政府委托,现将2019年自治区财政转移支付安排使用管理情况报告如下,请予审议。")]
    [InlineData("某某市人大常委会:\n现将2019年市本级对下转移支付安排使用情况报告如下,请审议。")]
    public void ReportToThePeoplesCongress_OnTransfers_IsOther(string opening)
    {
        var r = PublishedImporter.ImportText(opening + """

            一、中央财政对自治区转移支付情况
            2019年,中央财政对自治区转移支付补助3326.9亿元,其中专项转移支付收入为516.4亿元。
            """, "t.txt");

        Assert.Equal(DocumentKind.Other, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void TransferSelfEvaluation_StaysTransferReport()
    {
        var r = PublishedImporter.ImportText("""
            某某县2019年中央对地方转移支付绩效自评报告
            现将2019年中央对地方转移支付绩效自评情况报告如下:
            一、绩效目标分解下达情况
            中央下达我县转移支付资金500万元。
            """, "t.txt");

        Assert.Equal(DocumentKind.TransferPaymentReport, Assert.Single(r.Documents).Kind);
    }

    [Theory]
    [InlineData("现将某某市2020年抗疫特别国债项目支出绩效自评工作报告如下:", DocumentKind.ProjectReport)]
    [InlineData("现将我局2020年部门整体支出绩效自评情况报告如下:", DocumentKind.DepartmentReport)]
    public void TitleNamingNoKind_TakesTheOpeningSentencesName(string opening, DocumentKind kind)
    {
        var r = PublishedImporter.ImportText($"""
            关于抗疫特别国债执行情况绩效自评报告
            按照有关规定,{opening}
            一、绩效目标分解下达情况
            2020年,自治州下达某某市资金4.54亿元。
            """, "t.txt");

        Assert.Equal(kind, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void TitleNamingItsKind_KeepsIt_WhateverTheOpeningSays()
    {
        var r = PublishedImporter.ImportText("""
            某某市2020年抗疫特别国债转移支付绩效自评报告
            按照有关规定,现将某某市2020年抗疫特别国债项目支出绩效自评工作报告如下:
            一、绩效目标分解下达情况
            2020年,自治州下达某某市资金4.54亿元。
            """, "t.txt");

        Assert.Equal(DocumentKind.TransferPaymentReport, Assert.Single(r.Documents).Kind);
    }

    [Theory]
    [InlineData("(一)项目基本情况简介", DocumentKind.ProjectReport)]
    [InlineData("(一)单位基本情况简介", DocumentKind.DepartmentReport)]
    public void UntypedTitle_ProjectOutlineHeading_IsProjectReport(string heading, DocumentKind kind)
    {
        var r = PublishedImporter.ImportText($"""
            某某县就业服务中心2024年绩效自评报告
            我单位开展了绩效自评,形成本评价报告。
            一、基本情况
            {heading}
            本单位2024年支出14.97万元。
            """, "t.txt");

        Assert.Equal(kind, Assert.Single(r.Documents).Kind);
    }

    [Theory]
    [InlineData("某某县2023年度中央专项彩票公益金绩效自评报告")]
    [InlineData("某某县2023年度中央财政城乡居民医疗保险补助资金绩效自评报告")]
    public void CentralMoneySpentBelow_TitleWithoutTransferWord_IsTransferReport(string title)
    {
        // No outline that names a transfer: the title alone must tell.
        var r = PublishedImporter.ImportText(title + "\n一、基本情况\n本年度资金已按计划使用。\n", "t.txt");
        Assert.Equal(DocumentKind.TransferPaymentReport, Assert.Single(r.Documents).Kind);

        // A unit's own project named after a central programme is still the unit's project (项目 in the title).
        var project = PublishedImporter.ImportText("某某县民政局2023年度中央财政养老服务项目绩效自评报告\n一、项目基本情况\n本项目已完成。\n", "t.txt");
        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(project.Documents).Kind);
    }

    [Fact]
    public void GoalTable_WithAProjectTitle_IsNoSelfEvaluation()
    {
        var r = PublishedImporter.ImportText("某某县民政局2023年度项目支出绩效目标表\n项目名称 | 某某项目 |\n年度目标 | 完成某某工作 |\n", "t.txt");
        Assert.Equal(DocumentKind.Other, Assert.Single(r.Documents).Kind);

        // A table of goals with their results (绩效目标自评表) is the self-evaluation.
        var own = PublishedImporter.ImportText("某某项目绩效目标自评表(2023年度)\n项目名称 | 某某项目 |\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n", "t.txt");
        Assert.Equal(DocumentKind.ProjectTable, Assert.Single(own.Documents).Kind);
    }

    [Fact]
    public void MetadataCellsOneALine_ValueUnderItsLabel_IsChrome_NoKind()
    {
        // A page's metadata (a summary row, then the details) copied one cell a line: 财政预算、决算 under 体裁分类 is the page's
        // category, not a title of final accounts.
        const string metadata = """
            [ 索引号 ]
            11500230008686254D/2023-00041
            [ 主题分类 ]
            财政
            [ 体裁分类 ]
            财政预算、决算
            [ 发布机构 ]
            某某县公安局
            [ 成文日期 ]
            2023-06-27
            [ 发布日期 ]
            2023-06-27

            """;
        var r = PublishedImporter.ImportText(metadata + metadata + """
            某某县公安局2022年度辅警人员经费绩效自评工作报告
            一、基本情况
            (二)项目资金情况。
            全年预算数2565万元,全年执行数2565万元,预算执行率100%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.DoesNotContain("决算", d.KindReason, StringComparison.Ordinal);
        Assert.Equal(2565m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void MetadataLabelLeftEmpty_TitleUnderIt_StaysTheTitle()
    {
        // 主题词 with no value: the line under it is the document's title, not the label's value.
        var r = PublishedImporter.ImportText("""
            发布日期
            2022-07-13
            主题词
            某某市文化和旅游局2021年度公共文化项目资金绩效自评报告
            一、基本情况
            全年预算数120万元,全年执行数118万元,预算执行率98.33%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.NotEqual(DocumentKind.Other, d.Kind);
        Assert.Equal("某某市文化和旅游局", d.Evaluation.Unit);
    }

    [Fact]
    public void UntitledReport_WithTheProjectTemplatesMoneyHeadings_IsProjectReport()
    {
        var r = PublishedImporter.ImportText("一、绩效自评工作开展情况\n我中心开展了2020年预算项目绩效自评。\n二、绩效目标自评完成情况分析\n1.项目资金到位情况分析。\n区级财政年初预算安排200万元。\n2.项目资金执行情况分析。\n已拨付资金66.86万元。\n", "t.txt");
        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(r.Documents).Kind);

        // A department's report that speaks of its projects' money keeps its title's kind.
        var dept = PublishedImporter.ImportText("某某局2020年度部门整体支出绩效自评报告\n一、部门基本情况\n本局负责全区某某工作。\n二、项目资金到位情况\n项目资金已全部到位。\n", "t.txt");
        Assert.Equal(DocumentKind.DepartmentReport, Assert.Single(dept.Documents).Kind);
    }

    [Fact]
    public void SharingPageFileName_NamingAKind_DecidesOverATemplateCoverBelowIt()
    {
        // The uploader's file name says project; the file's cover, copied from a template, says 部门整体.
        var r = PublishedImporter.ImportText("2019年度村残疾人专职委员工作补贴项目绩效自评报告.doc\n某某市残疾人联合会部门整体支出绩效评价报告 某某市残疾人联合会编制 目 录 1、项目基本概括 2、项目支出明细表 3、项目考评情况 项目名称 村专职委员工作补贴 项目单位 某某市残疾人联合会 考评方式:部门(单位)绩效自评 计划安排资金(万元) 21.7 实际支出(万元) 21.7 二、项目支出明细情况 支出内容 计划支出数 实际支出数\n", "t.txt");
        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(r.Documents).Kind);

        // A file name that names no kind on its own (专项资金绩效评价报告.docx) leaves the title below it to speak.
        var generic = ImportAssert.One("专项资金绩效评价报告.docx\n\n某某局2022年度部门整体支出绩效自评报告\n\n一、部门基本情况\n本局负责全区某某工作。\n");
        Assert.Equal(DocumentKind.DepartmentReport, generic.Kind);
    }

    [Fact]
    public void RegionalTransferTableCover_WithoutTheWordTransfer_IsTransferTable()
    {
        // The MOF table of central transfers by region: 中央主管部门 / 省级财政部门 on the cover, 区域绩效 in the title.
        var r = PublishedImporter.ImportText("食品监管补助资金区域绩效目标自评表\n专项名称\n食品监管补助资金\n中央主管部门\n市场监管总局\n省级财政部门\n某某省财政厅\n省级主管部门\n某某省市场监管局\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成指标值\n", "t.txt");
        Assert.Equal(DocumentKind.TransferPaymentTable, Assert.Single(r.Documents).Kind);

        // A report quoting the regional table's cover stays a report: its title says 报告.
        var report = ImportAssert.One("某某县2021年食品监管补助资金绩效自评报告\n一、基本情况\n专项名称:食品监管补助资金 中央主管部门:市场监管总局 省级财政部门:某某省财政厅\n全年预算数2.38万元,全年执行数2.38万元,预算执行率100%。\n");
        Assert.Equal(DocumentKind.TransferPaymentReport, report.Kind);

        // A project table of one's own (主管部门 only) stays a project table.
        var own = ImportAssert.One("食品安全抽检经费项目绩效自评表\n项目名称\n食品安全抽检经费\n主管部门\n某某县市场监管局\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成指标值\n");
        Assert.Equal(DocumentKind.ProjectTable, own.Kind);
    }

    [Theory]
    [InlineData("某某镇某某路项目绩效运行监控报告\n为进一步规范衔接资金管理,某某镇人民政府对2022年度实施的衔接资金项目进行绩效目标运行监控,现将1-12月份情况报告如下。\n")]
    [InlineData("某某市2018年政府预算公开\n发布时间: 2018-01-22\n2018年政府预算公开目录\n第一部分 2018年政府预算公开相关报表\n")]
    [InlineData("某某州2018年落实草原生态保护补助奖励机制政策\n实施方案\n为深入贯彻落实草原生态保护补助奖励机制政策,结合我州实际,特编制本实施方案。\n第一章 概述\n")]
    [InlineData("校属各单位:\n根据《某某省财政厅关于开展2024年省级绩效自评和部门评价工作的通知》要求,2024年度项目绩效自评工作已经启动。请各单位、各项目负责人按时完成。\n")]
    public void MonitoringBudgetPublicationPlanOrNoticeToUnits_IsOther(string text)
    {
        var d = ImportAssert.One(text);
        Assert.Equal(DocumentKind.Other, d.Kind);
    }

    [Fact]
    public void SelfEvaluationReport_SpeakingOfMonitoringAndPlans_KeepsItsKind()
    {
        var r = PublishedImporter.ImportText("某某县水利局2022年度某某项目支出绩效自评报告\n一、项目基本情况\n按照项目实施方案,我局开展了绩效运行监控,各单位:积极配合。\n全年预算数120万元,全年执行数118万元,预算执行率98.33%。\n", "t.txt");
        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void ListClauseNamingMonitoringAndAssessment_StartsNoDocument()
    {
        // (二)向财务处报送事前绩效评估结果、绩效运行监控结果、自评结果; is a clause of a list in rules, ending with a semicolon.
        var r = PublishedImporter.ImportText("某某学院预算绩效管理办法\n第一章 总则\n第一条 为规范预算绩效管理,制定本办法。\n第五条 各单位职责:\n(一)组织本单位绩效管理工作;\n(二)向财务处报送事前绩效评估结果、绩效目标、绩效运行监控结果、自评结果;\n(三)其他工作。\n", "t.txt");
        Assert.Equal(DocumentKind.Other, Assert.Single(r.Documents).Kind);
    }

    [Fact]
    public void RunOnDocument_TitleGluedToItsFirstSentence_TitleReadUpToTheClauseOpening()
    {
        // A sharing site's copy on one line: the title runs straight into 根据… of the first sentence.
        var r = PublishedImporter.ImportText("2018年度项目支出绩效自评报告根据某某区财政局开展2019年区级财政支出绩效评价工作方案(某财【2019】4号)的要求,我单位对委机关2018年度一般公共预算项目开展绩效自评。现将自评情况报告如下:一、项目概况(一)单位职能:某某\n", "t.txt");
        Assert.Equal(DocumentKind.ProjectReport, Assert.Single(r.Documents).Kind);

        // A sentence whose words end in 报告 before 根据 names no document: no title is cut from it.
        var sentence = PublishedImporter.ImportText("会议听取了审计报告根据安排,某某局2022年度部门整体支出绩效自评报告如下:一、部门概况 本局负责全区某某工作。\n", "t.txt");
        Assert.Equal(DocumentKind.DepartmentReport, Assert.Single(sentence.Documents).Kind);
    }

    [Fact]
    public void CoverCheckBoxes_AnUntickedOptionSpeaksForNothing_TheTitleDecidesATie()
    {
        // 评价机构: ☐中介机构 ☐专家组 项目单位评价组 (the tick lost): the unticked 中介机构 is no third party.
        const string cover = "财政支出项目绩效评价报告\n评价类型:□实施过程评价 完成结果评价\n项目名称:某某森林生态效益补偿基金\n项目单位:某某省生态公益林管理中心\n评价机构:{0}中介机构□专家组 项目单位评价组\n项目负责人:张三\n三级指标\n项目基本情况\n";
        var d = ImportAssert.One(string.Format(System.Globalization.CultureInfo.InvariantCulture, cover, "□"));
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("某某省生态公益林管理中心", d.Evaluation.Unit);

        // A scan's 口 for the box right after the colon is the same box.
        var scanned = ImportAssert.One(string.Format(System.Globalization.CultureInfo.InvariantCulture, cover, "口"));
        Assert.Equal(DocumentKind.ProjectReport, scanned.Kind);

        // The option ticked: a third party evaluated.
        var ticked = ImportAssert.One(string.Format(System.Globalization.CultureInfo.InvariantCulture, cover, "☑"));
        Assert.Equal(DocumentKind.Other, ticked.Kind);
    }

    [Fact]
    public void UntitledReport_WithYunnansProjectOutline_IsProjectReport()
    {
        var r = PublishedImporter.ImportText("为保障孤儿基本生活,某某市民政局扎实做好孤儿补助工作。\n一、自评结论\n(一)自评得分\n客观打出了自评分为98分。\n(二)绩效目标完成情况\n1.执行率情况\n某某市孤儿补助资金项目总预算458.96万元,2022年决算财政资金支出458.96万元。\n2、完成的绩效目标\n2022年共支出458.96万元。\n", "t.txt");
        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal(98m, d.Stated.TotalScore);

        // A department's titled report with the same words keeps its title's kind.
        var dept = ImportAssert.One("某某局2022年度部门整体支出绩效自评报告\n一、部门概况\n二、绩效目标完成情况\n1.执行率情况\n全年预算数100万元,全年执行数98万元。\n");
        Assert.Equal(DocumentKind.DepartmentReport, dept.Kind);
    }

    [Fact]
    public void IndicatorTable_TargetsAndWeightsOnly_IsOther()
    {
        var r = PublishedImporter.ImportText("2019年度某某县高中助学金项目绩效评价指标表\n发布时间: 2020-12-02 发布机构:教育局\n评价指标评价内容指标名称指标说明目标值分值备注\n产出数量指标享受资助人数达到预计值210010\n", "t.txt");
        Assert.Equal(DocumentKind.Other, Assert.Single(r.Documents).Kind);

        // A self-evaluation's indicator score table (…绩效自评指标评分表) is no such table.
        var scored = ImportAssert.One("2019年度某某县高中助学金项目绩效自评指标评分表\n一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n产出 | 数量 | 资助人数 | 10 | 10 |\n");
        Assert.NotEqual(DocumentKind.Other, scored.Kind);
    }

    [Fact]
    public void EssaySiteCompilationTitle_ItsCategoryNeverSpeaksAgainstTheSamplesKind()
    {
        // 残联项目绩效自评报告(精选6篇): the site's category says 项目; the sample follows the transfer report's outline.
        const string sample = "\n一、绩效目标分解下达情况\n20xx年中、省下达残疾人事业发展补助资金合计1067.2万元。\n二、绩效目标完成情况分析\n(一)资金投入情况分析\n";
        var compiled = ImportAssert.One("残联项目绩效自评报告(精选6篇)" + sample);
        Assert.Equal(DocumentKind.TransferPaymentReport, compiled.Kind);

        // The same words as a document's own title (no count of samples) keep speaking against a transfer.
        var own = ImportAssert.One("某某残联项目绩效自评报告" + sample);
        Assert.Equal(DocumentKind.ProjectReport, own.Kind);
    }
}
