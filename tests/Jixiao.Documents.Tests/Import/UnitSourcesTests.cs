using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Where published copies state their unit outside a title or a label — a name alone at the head, a site banner with its
/// short form, a breadcrumb, 我单位“XX”, a date line with 来源 — and the look-alikes that must stay unread: a letter's
/// addressee, a banner alone, a banner of another body, a breadcrumb of two units, a finance bureau in a cited title.
/// Each on a small synthetic text.
/// </summary>
public class UnitSourcesTests
{
    private static ImportedDocument Single(string text) => ImportAssert.One(text);

    private const string JcyBody = "为进一步规范财政资金管理，根据《某某省财政厅关于开展2020年度部门绩效自评工作的通知》要求，我院开展了2020年度部门整体支出绩效自评工作。现将我院部门整体支出绩效自评结果报告如下：\n";

    [Fact]
    public void Unit_NameAloneAtTheHead_TheTextCallsItselfByItsEnding_Read()
    {
        var d = Single("目 录\n某某省人民检察院\n" + JcyBody + "某某省人民检察院为法律监督机关。\n");
        Assert.Equal("某某省人民检察院", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);
    }

    [Fact]
    public void Unit_NameAloneAtTheHead_OtherEndingOrNeverASubject_NotRead()
    {
        // A portal's name at the top (某某县财政局) while the text calls itself 我院: another body.
        var banner = Single("某某县财政局\n" + JcyBody + "某某省人民检察院为法律监督机关。\n");
        Assert.NotEqual("某某县财政局", banner.Evaluation.Unit);

        // The name never opens a clause in the text: not confirmed by this rule (only the weakest self-reference reads it).
        var alone = Single("目 录\n某某省人民检察院\n" + JcyBody);
        Assert.DoesNotContain("开头单独一行", ImportAssert.Value(alone, "unit").How, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_AddresseeBelowALettersTitle_IsNotTheWriter()
    {
        const string letter = """
            关于上报2023年1-4级残疾军人护理费项目
            支出绩效自评的报告

            某某州退役军人事务局
            根据《某某省退役军人事务厅关于开展2023年度绩效自评工作的通知》，某某市对2023年转移支付资金进行了绩效自评，现将自评报告如下：
            一、基本概况
            项目概况:2023年下拨护理费7.79万元。
            二、绩效目标开展情况
            1.我局按照上级部门相关文件精神，对发放人员进行了严格的身份审核。
            """;
        var d = Single(letter);
        Assert.NotEqual("某某州退役军人事务局", d.Evaluation.Unit);

        // With its colon the same.
        var colon = Single(letter.Replace("某某州退役军人事务局\n", "某某州退役军人事务局：\n", StringComparison.Ordinal));
        Assert.NotEqual("某某州退役军人事务局", colon.Evaluation.Unit);
    }

    [Fact]
    public void Unit_SiteBannerConfirmedByItsShortForm_Read()
    {
        var d = Single("""
            欢迎进入某某市生态环境局网站!
            您当前所在位置:首页 > 财政公开
            某某市中央水污染防治转移支付资金2023年度绩效自评报告
            来源:市生态环境局  发布日期: 2024-03-29
            结合我市实际情况，开展了2023年中央水污染防治专项资金绩效自评，现将自评情况汇总如下：
            一、绩效目标分解下达情况
            我市获得2023年度专项资金17347万元。
            """);
        Assert.Equal("某某市生态环境局", d.Evaluation.Unit);

        // The body's subject in its short form (县政协坚持…) confirms it too.
        var body = Single("欢迎来到某县政协网站!\n部门整体支出绩效评价报告\n一、基本情况\n1、支出:799.12万元。\n县政协坚持团结和民主两大主题。\n");
        Assert.Equal("某县政协", body.Evaluation.Unit);
    }

    [Fact]
    public void Unit_SiteBanner_AloneOrOfAnotherBody_NotRead()
    {
        // The banner alone: the site's owner need not be the report's writer.
        var alone = Single("欢迎进入某某市财政局网站!\n2023年度部门整体支出绩效自评报告\n一、基本情况\n全年预算数100万元。\n");
        Assert.Equal(string.Empty, alone.Evaluation.Unit);

        // A finance bureau's banner over a text that calls itself 我委 and names the bureau only as the issuer of a notice.
        var other = Single("欢迎访问某某县财政局网站\n2023年度部门整体支出绩效自评报告\n根据县财政局通知，我委开展了绩效自评。\n一、基本情况\n县财政局下达预算100万元。\n");
        Assert.Equal(string.Empty, other.Evaluation.Unit);
    }

    [Fact]
    public void Unit_SelfNameWithTheFullNameInQuotes_Read_ASuperiorQuotedAfter为_NotRead()
    {
        var d = Single("""
            2023年度部门决算
            一、部门/单位基本情况
            (一)主要职能。
            负责本区城镇绿化管理辅助性工作。本单位为“某某市某某区园林绿化局”所属二级预算单位。
            (二)机构情况。
            我单位“某某市某某区城镇绿化服务中心”设立了预算机构1个。
            """);
        Assert.Equal("某某市某某区城镇绿化服务中心", d.Evaluation.Unit);

        var superior = Single("2023年度部门决算\n一、部门/单位基本情况\n本单位为“某某市某某区园林绿化局”所属二级预算单位。\n");
        Assert.Equal(string.Empty, superior.Evaluation.Unit);
    }

    [Fact]
    public void Unit_BreadcrumbStepNamingOneUnit_Read_TwoOrRegionless_NotRead()
    {
        const string body = "\n某某县2020年第一批公路安全生命防护工程绩效自评报告\n一、绩效目标分解下达情况\n下达车购税补助56万元。\n二、绩效目标完成情况分析\n实际完成投资54.6万元。\n";
        var d = Single("某某县人民政府\n首页 >> 部门信息公开 >> 某某县交通运输局 >> 正文" + body);
        Assert.Equal("某某县交通运输局", d.Evaluation.Unit);

        var two = Single("首页 >> 某某县财政局 >> 某某县交通运输局 >> 正文" + body);
        Assert.Equal(string.Empty, two.Evaluation.Unit);

        var regionless = Single("首页 > 县交通运输局 > 部门项目" + body);
        Assert.Equal(string.Empty, regionless.Evaluation.Unit);
    }

    [Fact]
    public void Unit_DateLineWith来源_IsPageChrome_PublisherRead()
    {
        var d = Single("日期:2024-06-11 17:40  来源:某某区退役军人事务局\n优抚对象生活补助经费转移支付2023年度绩效自评报告\n一、绩效目标分解下达情况\n2023年收到资金2330.9万元。\n");
        Assert.Equal("某某区退役军人事务局", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_LabelAfterAnEmptyCoverField_Read()
    {
        var d = Single("2021年度预算项目绩效自评表\n一、基本情况项目名称:某某转移支付资金是否为专项资金:实施(主管)单位某某市某某区人民法院金额单位:万元\n");
        Assert.Equal("某某市某某区人民法院", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_ProjectImplementerCell_BeatsTheFillersUnitName()
    {
        var d = Single("""
            2022年度项目支出绩效自评表
            单位名称:某某县供销合作社联合社 填报日期:2023年4月15日
            项目名称
            某某合作社生猪养殖场建设项目
            主管部门
            某某县供销合作社联合社
            项目实施单位
            某某县某某牧业专业合作社
            """);
        Assert.Equal("某某县某某牧业专业合作社", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_NoticeMarkBeforeATitlesName_Stripped()
    {
        var d = Single("公告:某某省某某市残疾人联合会本级2022年度部门决算\n第一部分 部门概况\n一、主要职责\n");
        Assert.Equal("某某省某某市残疾人联合会", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_OpeningClause开展并完成了_NamesTheUnit_NotTheFinanceBureauOfTheCitedNotice()
    {
        var d = Single("2023年度中央对地方转移支付绩效自评报告\n根据《某某旗财政局关于开展2023年度中央对地方转移支付绩效自评工作的通知》文件要求,某某旗某某苏木人民政府开展并完成了本部门涉及中央对地方转移支付预算执行情况绩效自评工作，结果如下：\n一、项目一\n");
        Assert.Equal("某某旗某某苏木人民政府", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_ChromeLabelInATableRow_PublisherWithoutRegion_NotRead_RegionLedRead()
    {
        // 来源 on a row of cells the importer does not take for chrome still names the publisher: a name without its
        // region (财政局综合股) could be any county's office.
        const string text = "某某县2021年度中央彩票公益金支持地方社会公益事业发展资金绩效自评报告\n栏目: | 专项资金 | 来源: | 财政局综合股 |\n一、绩效目标分解下达情况\n中央下达我县资金200万元。\n二、绩效目标完成情况分析\n";
        Assert.Equal(string.Empty, Single(text).Evaluation.Unit);

        var led = Single(text.Replace("财政局综合股", "某某县民政局", StringComparison.Ordinal));
        Assert.Equal("某某县民政局", led.Evaluation.Unit);
        ImportAssert.SpansHold(led);
    }

    [Fact]
    public void Unit_PublisherIsADivisionOfItsBody_NotRead_TheBodyItselfRead()
    {
        const string text = "中央支持地方公共文化服务体系建设补助资金2022年度绩效自评报告\n2023-12-15 17:18     来源:某某市财政局综合科     作者:\n一、绩效目标分解下达情况\n合计下达我市资金5310万元。\n";
        Assert.Equal(string.Empty, Single(text).Evaluation.Unit);

        // The 厅's own division written with the 厅's ending only (厅公共服务处): no unit either.
        Assert.Equal(string.Empty, Single(text.Replace("某某市财政局综合科", "厅公共服务处", StringComparison.Ordinal)).Evaluation.Unit);

        var body = Single(text.Replace("某某市财政局综合科", "某某市财政局", StringComparison.Ordinal));
        Assert.Equal("某某市财政局", body.Evaluation.Unit);
    }

    [Fact]
    public void Unit_FirmsBranchUnderTheTitle_NotRead_ATownsOfficeEndingInSuoIs()
    {
        var firm = Single("某某县2023年农村危房改造项目\n绩效评价报告\n河南分所\n评价报告时间:2024年12月\n某某会计师事务所河南分所受某某县财政局委托，于2024年11月对某某县2023年农村危房改造项目开展预算绩效评价工作。\n");
        Assert.Equal(string.Empty, firm.Evaluation.Unit);

        var office = Single("某某县某某镇财政所2023年度部门整体支出绩效自评报告\n一、基本情况\n某某县某某镇财政所负责全镇财政收支管理。\n");
        Assert.Equal("某某县某某镇财政所", office.Evaluation.Unit);
    }

    [Fact]
    public void Unit_SealMarkAfterACoverLabel_BelongsToTheLabel()
    {
        // 主管部门(公章):XX — the implementer is a list of units (各地州…), so the 主管部门 names the unit.
        const string table = "项目支出绩效自评表\n(2023年度)\n项目名称:某某市大气污染防治资金\n实施单位(公章):各地州生态环境局、各企事业单位\n主管部门(公章):某某市生态环境局\n委托单位:某某市财政局\n";
        var d = Single(table);
        Assert.Equal("某某市生态环境局", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        // Without the 主管部门 line nothing names one unit: a list opened by 各 is none.
        Assert.Equal(string.Empty, Single(table.Replace("主管部门(公章):某某市生态环境局\n", string.Empty, StringComparison.Ordinal)).Evaluation.Unit);
    }

    [Fact]
    public void Unit_NewsHeadlineOpenedByARegionLedUnit_TheTextActingUnderIt_Read()
    {
        const string news = "某某省财政厅创新实施四项工作机制 提升绩效自评质效\n2025年,省财政厅进一步加强绩效自评管理,重点在完善统筹机制、优化联动机制四个方面下功夫,推进绩效自评从“形式完备”转向“实效优先”。\n完善统筹机制,推进系统治理。一是高位部署推进。要求各地各部门负责绩效自评,财政部门对重点项目抽查复核。\n";
        var d = Single(news);
        Assert.Equal("某某省财政厅", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        // The text names the unit without a province prefix the headline carries: the text's own full name.
        var prefixed = Single("江苏某某县财政局全面开展2022年县级财政支出绩效评价工作\n从省财政厅网站获悉,日前,某某县财政局启动2022年县级财政支出绩效评价工作。\n2022年绩效评价工作采取财政重点绩效评价（委托第三方）和部门自评价相结合的方式进行。\n");
        Assert.Equal("某某县财政局", prefixed.Evaluation.Unit);
    }

    [Fact]
    public void Unit_NewsHeadline_NameWithoutRegionOrNeverActing_NotRead()
    {
        var noRegion = Single("市财政局召开预算绩效评审委员会2023年第一次会议\n近日,市财政局召开预算绩效评审委员会2023年第一次会议,安排部署2022年度市级预算绩效自评工作。\n");
        Assert.Equal(string.Empty, noRegion.Evaluation.Unit);

        var silent = Single("某某省财政厅创新实施四项工作机制 提升绩效自评质效\n2025年,各地进一步加强绩效自评管理,推进绩效自评从“形式完备”转向“实效优先”。\n完善统筹机制,推进系统治理。要求各地各部门负责绩效自评,财政部门对重点项目抽查复核。\n");
        Assert.Equal(string.Empty, silent.Evaluation.Unit);
    }

    private const string EvaluationOpening = "为支持做好动物防疫工作,2021年度共下达我县动物防疫专项补助经费725.63万元,我们对该项经费进行了绩效评价,现将评价结果报告如下:\n";

    [Fact]
    public void Unit_EvaluatedObjectInQuotes_OpenedByAUnit_Read()
    {
        var d = Single(EvaluationOpening + "一、项目绩效评价工作情况\n(一)评价目的\n通过对“某某县动物疫病预防控制中心动物防疫专项经费”资金支出过程和结果的跟踪问效,进一步了解项目的实施进展情况。\n(二)评价过程\n县财政局组成了绩效评价工作组。\n");
        Assert.Equal("某某县动物疫病预防控制中心", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);
    }

    [Fact]
    public void Unit_EvaluatedObjectInQuotes_ARegionsProjectOrTwoUnits_NotRead()
    {
        var region = Single(EvaluationOpening + "一、项目绩效评价工作情况\n通过对“某某县2023年农村危房改造项目”资金支出过程和结果的跟踪问效,了解项目的实施进展情况。\n");
        Assert.Equal(string.Empty, region.Evaluation.Unit);

        var two = Single(EvaluationOpening + "一、评价对象\n本次评价通过对“某某县动物疫病预防控制中心动物防疫专项经费”和对“某某县农业农村局农机购置补贴资金”的跟踪问效,了解项目的实施进展情况。\n");
        Assert.Equal(string.Empty, two.Evaluation.Unit);
    }

    [Fact]
    public void Unit_SelfEvaluatorWithShortNameAndATeamClause_Read_EachDepartmentIsNone()
    {
        const string head = "某某省2018年残疾人辅助器具适配服务经费绩效自评报告\n根据《某某省财政厅关于开展2018年度省级财政支出绩效自评工作的通知》的规定,";
        var d = Single(head + "某某省残疾人联合会(以下简称“省残联”)成立绩效自评工作专班,对某某省残疾人辅助器具适配服务经费进行绩效自评,我公司接受委托成为绩效自评工作专班成员。\n一、项目基本情况\n");
        Assert.Equal("某某省残疾人联合会", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        var each = Single(head + "各部门成立绩效自评工作专班,对本部门项目进行绩效自评。\n一、项目基本情况\n");
        Assert.Equal(string.Empty, each.Evaluation.Unit);
    }

    [Fact]
    public void Unit_DeptTableCoverCell_Bumen_Read_ACollectiveDivisionWordIsNone()
    {
        var d = Single("部门整体支出绩效自评表 | |||\n(2023年度) | |||\n部门 | 某某县茶谷和美丽乡村建设服务中心 | |||\n预算资金 (万元) |\n年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | |\n");
        Assert.Equal("某某县茶谷和美丽乡村建设服务中心", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        // 财政处室 ("the finance divisions") in the 主管部门 cell of a table run together names no unit.
        var divisions = Single("1、部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人某某联系电话部门预算执行情况年初预算数全年预算数全年执行数执行率\n");
        Assert.Equal(string.Empty, divisions.Evaluation.Unit);
    }

    [Fact]
    public void Unit_GluedFundUserEndsAtTheMoneyBlock_ReadWithItsDash_AListIsNone()
    {
        const string table = "中央财政农业防灾减灾(动物防疫项目)绩效目标自评表 (2024年度)转移支付(项目)名称2024年农业防灾减灾(动物防疫补助)中央主管部门农业农村部地方主管部门省农业农村厅资金使用单位市农业农村局-市畜牧兽医服务中心资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:390390100%\n";
        var d = Single(table);
        Assert.Equal("市农业农村局-市畜牧兽医服务中心", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        // The fund's users written as a group (各县区) are no unit: the 地方主管部门 is the only one named.
        var group = Single(table.Replace("市农业农村局-市畜牧兽医服务中心", "各县区", StringComparison.Ordinal));
        Assert.Equal("省农业农村厅", group.Evaluation.Unit);
    }

    [Fact]
    public void Unit_ProjectNameInBracketsBelowTheTitle_OpenedByAUnit_Read_WithoutAUnitNone()
    {
        var d = Single("2022年度项目支出绩效自评报告\n\n(某某县建富果蔬种植专业合作社冷链设施建设项目)\n\n一、项目基本情况\n财政下达项目资金50万元，目前已拨付10万元。\n");
        Assert.Equal("某某县建富果蔬种植专业合作社", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        var none = Single("2020年度项目绩效自评报告\n(退役军人事务工作领导小组会议经费项目)\n一、项目基本情况\n到位资金0.26万元，支出资金0.26万元，执行率100%。\n");
        Assert.Equal(string.Empty, none.Evaluation.Unit);
    }

    private const string PublishedProject = "索引号 | 11533000MB1979679X-/2021-0707013 | 发布机构 | 某某市退役军人事务局 |\n公开目录 | 部门预算 | 发布日期 | 2021-07-07 |\n附件1\n2020年度项目绩效自评报告\n(退役军人事务工作领导小组会议经费项目)\n一、项目基本情况\n为做好该项目，我局对2020年度项目运行情况进行了全面的梳理。\n退役军人事务工作领导小组报送会议经费申请,经市财政局预算科审核通过后,到位资金0.26万元。\n";

    [Fact]
    public void Unit_ProjectPagesPublisher_TheTextCallsItselfByItsEnding_Read()
    {
        var d = Single(PublishedProject);
        Assert.Equal("某某市退役军人事务局", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);
    }

    [Fact]
    public void Unit_ProjectPagesPublisher_AnotherEndingOrAnotherBodyActing_NotRead()
    {
        // 我院 under a 局's page: another body wrote it.
        Assert.Equal(string.Empty, Single(PublishedProject.Replace("我局对", "我院对", StringComparison.Ordinal)).Evaluation.Unit);

        // Another 局 opens a clause (县财政局负责…): the 我局 may be that one.
        var other = Single(PublishedProject.Replace("申请,经市财政局", "申请。县财政局负责审核拨付,经市财政局", StringComparison.Ordinal));
        Assert.Equal(string.Empty, other.Evaluation.Unit);
    }

    [Fact]
    public void NavigationBars_AboveTheTitle_ArePageChrome_TitleStillRead()
    {
        const string report = """
            某某县农业农村局2023年度项目支出绩效自评报告
            一、项目基本情况
            2023年安排项目资金56万元，全部用于排水沟建设。
            """;
        // Without chrome the title gives the unit, the year and the kind.
        var plain = Single(report);
        Assert.Equal("某某县农业农村局", plain.Evaluation.Unit);

        // A site's navigation bars above it (bars, double spaces, brackets) are chrome: the same unit, year and kind, and
        // no navigation word glued to the unit.
        var page = Single("网站首页 | 政务公开 | 政务服务 | 互动交流\n无障碍浏览  长者模式  登录  注册\n【简体】【繁体】\n" + report);
        Assert.Equal("某某县农业农村局", page.Evaluation.Unit);
        Assert.Equal(plain.Evaluation.Year, page.Evaluation.Year);
        Assert.Equal(plain.Kind, page.Kind);
        ImportAssert.SpansHold(page);
    }

    [Fact]
    public void NavigationBar_OnlyNavigationWords_ARowOfOtherShortCellsIsNoChrome()
    {
        var v = Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn;
        Assert.True(PublishedImporter.IsChrome("首页 | 政务公开 | 互动交流", v));
        Assert.True(PublishedImporter.IsChrome("无障碍浏览  长者模式  登录  注册", v));
        // One navigation word alone, a table's header row, or navigation words beside other words: not a navigation bar.
        Assert.False(PublishedImporter.IsChrome("搜索", v));
        Assert.False(PublishedImporter.IsChrome("序号 | 项目名称 | 预算数 | 执行数", v));
        Assert.False(PublishedImporter.IsChrome("政务公开 | 某某县农业农村局2023年度项目支出绩效自评报告", v));
    }

    [Fact]
    public void RunOnPage_TitleThenItsDateLine_TitleRead_SiteNameBeforeItDropped()
    {
        // A page whose line breaks were lost: the title, then 发布时间 and the text on the same line.
        const string body = "某某县农业农村局2023年度项目支出绩效自评报告 发布时间:2024-04-19 16:47 来源:本站 根据县财政局通知要求，我局对2023年度项目开展了绩效自评，现将自评情况报告如下：项目资金56万元，全部用于排水沟建设。";
        var d = Single(body);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("某某县农业农村局", d.Evaluation.Unit);
        Assert.Equal(2023, d.Evaluation.Year);
        ImportAssert.SpansHold(d);

        // The site's name before the title is no part of the unit.
        var site = Single("某某县人民政府门户网站 " + body);
        Assert.Equal("某某县农业农村局", site.Evaluation.Unit);
        ImportAssert.SpansHold(site);

        // A breadcrumb before the title (您现在位置: 首页 > 政务公开 > 财政信息 XX自评报告): the title starts after its last step.
        var crumb = Assert.Single(PublishedImporter.ImportText("您现在位置: 首页 > 政务公开 > 财政信息 " + body + body, "t.txt").Documents);
        Assert.Equal("某某县农业农村局", crumb.Evaluation.Unit);
        Assert.Equal(DocumentKind.ProjectReport, crumb.Kind);
        ImportAssert.SpansHold(crumb);

        // A label's colon after the breadcrumb (… > 财政信息 标题:XX自评报告) is chrome of its own: no title from that head.
        var labelled = PublishedImporter.ImportText("首页 > 政务公开 > 财政信息 标题:" + body + body, "t.txt");
        Assert.All(labelled.Documents, x => Assert.DoesNotContain("标题", x.Evaluation.Unit, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("无障碍浏览 打开适老化模式 x 注册 登录", true)]
    [InlineData("| 无障碍 | 登录 | 注册 网站支持IPv6", true)]
    [InlineData("适老化专区 无障碍浏览 注册 登录 更换背景", true)]
    [InlineData("府门户网 7月22日 星期二 登录个人中心 无障碍阅读 长者版", true)]
    [InlineData("• 无障碍浏览", true)]
    [InlineData("登录", true)]
    [InlineData("政务微信", true)]
    [InlineData("移动端应用", true)]
    [InlineData("首页", true)]
    [InlineData("English", true)]
    [InlineData("通过政务微信推送政策解读120次。", false)]
    [InlineData("首页改版项目绩效自评报告", false)]
    [InlineData("某某县2022年特殊困难老年人家庭适老化改造项目绩效自评报告", false)]
    [InlineData("完成困难残疾人家庭无障碍改造120户,提升无障碍设施水平。", false)]
    [InlineData("适老化改造", false)]
    public void Chrome_AccessibilityAndAccountBar_IsChrome_AProjectOfThatNameIsNot(string line, bool chrome) =>
        Assert.Equal(chrome, PublishedImporter.IsChrome(TextNormalizer.NormalizeLine(line), Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn));

    [Fact]
    public void Unit_AccessibilityBarAboveARegionsTitle_NeverGluedToTheUnit()
    {
        var d = Single("无障碍浏览 打开适老化模式 x 注册 登录\n某某县人民政府\n无障碍浏览 打开适老化模式 x 注册 登录\n某某县2021年糖料蔗良种良法技术推广补助项目绩效自评报告\n一、绩效目标分解下达情况\n下达补助资金787.45万元,已足额到位。\n");
        Assert.DoesNotContain("无障碍", d.Evaluation.Unit, StringComparison.Ordinal);
        Assert.Equal(2021, d.Evaluation.Year);
    }

    [Fact]
    public void Unit_SelfDescription_UnderTheOverviewsSecondHeading_AfterAContentsList_Read()
    {
        const string contents = "目录\n第一部分单位概况\n一、职能简介\n二、2024年重点工作完成情况\n第二部分 2024年度单位决算情况说明\n一、收入支出决算总体情况说明\n";
        var d = Single(contents + "第一部分 单位概况\n一、职能简介\n某某县某某镇小学校是一所公办小学校。其宗旨是实施小学义务教育。\n二、2024年重点工作完成情况\n");
        Assert.Equal("某某县某某镇小学校", d.Evaluation.Unit);

        // The contents alone, or the body's overview naming nobody: nothing.
        Assert.Equal(string.Empty, Single(contents).Evaluation.Unit);
        Assert.Equal(string.Empty, Single(contents + "第一部分 单位概况\n一、职能简介\n本校是一所公办小学校。\n").Evaluation.Unit);
    }

    [Theory]
    [InlineData("工作活动(项目)承担单位: 某某县民政事业服务中心 (公章)")]
    [InlineData("项目实施单位:某某县民政事业服务中心(盖章)")]
    [InlineData("项目实施单位 某某县民政事业服务中心（公章）  项目负责人 张三")]
    public void Unit_SealMarkAfterTheName_IsDropped(string line)
    {
        var d = Single($"项目支出绩效自评表(2019年度)\n{line}\n");
        Assert.Equal("某某县民政事业服务中心", d.Evaluation.Unit);
        Assert.Equal("某某县民政事业服务中心", ImportAssert.Value(d, "unit").Source.Span);
        ImportAssert.SpansHold(d);
    }

    [Fact]
    public void Unit_TickedOptionHoldingALabelsWords_IsNoUnit()
    {
        // 评价机构's options: ☑项目单位评价组 is a choice among boxes, not a 单位 field.
        var d = Single("项目支出绩效自评表(2019年度)\n组织方式:□财政部门 □主管部门 √实施单位\n评价机构:□中介机构 □专家组 √项目单位评价组\n");
        Assert.Equal(string.Empty, d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_CoverRunOnAfterASpace_FirstWordWhenTheNextOpensAKnownCell()
    {
        // A cover whose line breaks were lost: the name ends where the next known cell (资金情况) begins.
        var d = Single("2023年项目支出绩效自评表\n项目名称 某某补贴到户项目 主管部门 县农业农村局 实施单位 某某镇人民政府 资金情况 (万元) 全年预算数(A) 全年执行数(B)\n");
        Assert.Equal("某某镇人民政府", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        // Words after the space that open no known cell may still be the name's (项目单位:某某街道 党政办、管理办): not cut.
        var list = Single("2018年度项目绩效评价报告\n项目名称:小区综合整新 项目单位:某某街道 党政办、管理办、平安办 委托单位:某某街道办事处\n");
        Assert.NotEqual("某某街道", list.Evaluation.Unit);
    }

    [Fact]
    public void Unit_BracketOpenedBeforeTheNameAndNeverClosed_IsNotPartOfIt()
    {
        // A page whose line breaks were lost: the title's bracketed subject names the unit.
        var d = Single("浏览量 主题词 2022年度项目支出绩效自评报告(某丰果蔬) 附件4: 2022年度项目支出绩效自评报告 (某某县某丰果蔬种植专业合作社冷链设施建设项目) 一、自评结论 (一)自评得分 县供销社对某某县某丰果蔬种植专业合作社的预算执行情况和年度绩效指标(产出指标、效益指标和满意度指标)完成情况认真开展自检自查,绩效自评得分83.44分,自评等级为良。 (二)绩效目标完成情况 1. 预算执行完成情况:财政下达项目资金50万元,目前已拨付10万元,预算执行率为22.22%。\n");
        Assert.Equal("某某县某丰果蔬种植专业合作社", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);
    }

    [Fact]
    public void Unit_MetadataOneCellALine_PublisherValueIsNoTitleHalfNorABodySubject()
    {
        // 发布机构 / 某某县教育体育局 above a category value naming a report, and the text calls itself 我校: a project page's
        // publisher, not its unit (the school that wrote it is not named).
        var d = Single("索引号\n01526405-X/20240325-00023\n发布机构\n某某县教育体育局\n\n公开目录\n绩效自评报告\n发布日期\n2024-03-25\n\n2023年度项目支出绩效自评报告(特殊教育公用经费补助资金)\n一、基本情况\n本项目用于我校特殊教育。\n");
        Assert.Equal(string.Empty, d.Evaluation.Unit);

        // The same name opening a sentence of the body acts in it: the publisher is the unit.
        var acting = Single("索引号\n01526405-X/20240325-00023\n发布机构\n某某县教育体育局\n\n2023年度项目支出绩效自评报告(特殊教育公用经费补助资金)\n一、基本情况\n某某县教育体育局严格按照要求实施本项目。\n");
        Assert.Equal("某某县教育体育局", acting.Evaluation.Unit);
    }

    [Fact]
    public void Unit_BareDepartmentLabelOverANameWithoutRegion_OneCellALine_NotRead()
    {
        var d = Single("某某县2021年度中央彩票公益金支持地方社会公益事业发展资金绩效自评报告\n索引号:\nGS4255/2022-19110\n部门:\n财政局\n一、基本情况\n本年度资金已按计划使用。\n");
        Assert.Equal(string.Empty, d.Evaluation.Unit);

        // With its region the name is read.
        var led = Single("2021年度部门整体支出绩效自评表\n部门:\n某某县民政局\n一级指标 | 分值 | 得分 |\n");
        Assert.Equal("某某县民政局", led.Evaluation.Unit);
    }

    [Fact]
    public void Unit_RunOnCover_ProjectNamedBy项目支出名称_DepartmentStandsForAnImplementerThatIsNoUnit()
    {
        // 实施单位 names no unit (相关项目建设单位): the 主管部门 after the project's name cell is the unit.
        var d = Single("2020年度某某专项资金项目支出绩效自评表\n项目支出名称某某专项资金主管部门湖南省发展和改革委员会实施单位相关项目建设单位项目资金\n");
        Assert.Equal("湖南省发展和改革委员会", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);
    }

    [Fact]
    public void Unit_TemplateWithTheRegionLeftBlank_IsNoUnit()
    {
        // A template's blank (_县, ____局) was never filled in: no unit.
        var d = Single("食品安全抽样检测工作经费项目绩效自评报告\n_县市场监督管理局食品安全抽样检测工作经费项目绩效自评报告\n根据_县财政局关于开展20_年财政项目支出绩效自评的通知,我局开展了自评。\n");
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit), d.Evaluation.Unit);

        // Filled in, the same line names the unit.
        var filled = Single("食品安全抽样检测工作经费项目绩效自评报告\n某某县市场监督管理局食品安全抽样检测工作经费项目绩效自评报告\n根据某某县财政局关于开展2021年财政项目支出绩效自评的通知,我局开展了自评。\n");
        Assert.Equal("某某县市场监督管理局", filled.Evaluation.Unit);
    }

    [Fact]
    public void Unit_ProjectPagesPublisher_IsTheUnit_UnlessAFinanceBodyOrTheTextCallsItselfOtherwise()
    {
        const string page = "索引号 01525910-3-/2022-0715007 发布机构 {0}\n公开目录 绩效评价 发布日期 2022-07-15\n某某县2021年糖料蔗良种良法技术推广补助项目绩效自评报告\n一、基本情况\n{1}全年预算数120万元,全年执行数120万元,预算执行率100%。\n";
        var own = Single(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "某某县农业农村局", string.Empty));
        Assert.Equal("某某县农业农村局", own.Evaluation.Unit);

        // The text calls itself 我校 on a page the county's education bureau published: the school wrote it, unnamed.
        var school = Single(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "某某县教育体育局", "我校特殊教育公用经费"));
        Assert.True(string.IsNullOrEmpty(school.Evaluation.Unit), school.Evaluation.Unit);

        // A finance bureau publishes the projects of others.
        var fiscal = Single(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "某某县财政局", string.Empty));
        Assert.True(string.IsNullOrEmpty(fiscal.Evaluation.Unit), fiscal.Evaluation.Unit);
    }

    [Fact]
    public void Unit_ImplementingBodyInAListRunTogether_EndsAtTheNextItemsNumber()
    {
        // 项目实施主体 names a project's unit; the next item's number (2.) ends its value.
        var d = Single("2017年度专项转移支付绩效评价报告\n一、项目概述 (一)项目概况 1.项目实施主体:自治区国土资源厅 2.主要内容:自治区国土资源厅在门户网站上发布招标公告\n");
        Assert.Equal("自治区国土资源厅", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        // A number inside the name's line that opens no item (2个) does not cut a value.
        var cover = Single("某某项目支出绩效自评报告\n项目实施单位:某某县第2中学\n");
        Assert.Equal("某某县第2中学", cover.Evaluation.Unit);
    }

    [Fact]
    public void Unit_LabelRunningOnIntoASentence_IsNoUnit()
    {
        // 部门 opening a run-on page: 部门评价报告根据县财政局要求 holds no name.
        var d = Single("2021年专项工作经费项目支出绩效自评报告\n部门评价报告根据县财政局要求,我办积极组织人员对2021年专项工作经费绩效情况进行评价。\n一、项目基本情况\n");
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit), d.Evaluation.Unit);

        // A cover cell with a name is read.
        var cover = Single("2021年度部门整体支出绩效自评表\n部门:某某县机构编制委员会办公室\n一级指标 | 分值 | 得分 |\n");
        Assert.Equal("某某县机构编制委员会办公室", cover.Evaluation.Unit);
    }

    [Fact]
    public void Unit_LetterTitle_NameStopsBefore关于()
    {
        // 玄马镇关于农村厕所革命建设项目的绩效自评报告: 关于 opens what the letter is about; no name runs through it.
        var d = Single("某某镇关于农村厕所革命建设项目的绩效自评报告\n为进一步加强衔接资金使用管理,根据县财政局要求,开展了自评工作。\n一、项目概况\n");
        Assert.DoesNotContain("关于", d.Evaluation.Unit ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_PublisherLedByATwoCharacterCounty_IsRead_ButNotInRunningText()
    {
        // 信息来源:寿县融媒体中心 — 寿县 is a county of two characters.
        var d = Single("某某中心中央对地方专项转移支付2019年度绩效自评报告\n发布时间:2020-04-14 09:49信息来源:寿县融媒体中心文字大小:[    ] 背景色:\n一、绩效目标分解下达情况\n2019年中央补助地方资金共计1586万元。\n");
        Assert.Equal("寿县融媒体中心", d.Evaluation.Unit);

        // In running text 由区财政局 is no unit led by a county 由区.
        var prose = Single("某某项目绩效自评报告\n一、项目基本情况\n项目资金由区财政局统一拨付,专款专用。\n");
        Assert.NotEqual("由区财政局", prose.Evaluation.Unit);
    }

    [Fact]
    public void Unit_OverviewOpeningWithWhenTheUnitWasFounded_NamesIt_ShortFormsTakeTheTextsFullName()
    {
        var d = Single("2021年度部门整体支出绩效自评报告\n一、基本情况\n(一)单位基本概况\n衡山县供销合作社联合社成立于1951年6月,系县人民政府直属事业单位。\n");
        Assert.Equal("衡山县供销合作社联合社", d.Evaluation.Unit);

        // 省规划展览馆成立于…: the short form; the text's full name (项目名称:海南省规划展览馆运行维护项目) ends with it.
        var full = Single("2018年度项目支出绩效自评报告\n一、基本情况\n省规划展览馆成立于2010年7月7日,隶属于省住房和城乡建设厅。\n项目名称:海南省规划展览馆运行维护项目\n");
        Assert.Equal("海南省规划展览馆", full.Evaluation.Unit);
    }
}
