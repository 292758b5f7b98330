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
}
