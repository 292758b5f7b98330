using Jixiao.Documents.Import;
using Jixiao.Documents.Reading;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// A unit read in a short or broken form whose full name the text writes: a district's body that the text names led by its
/// city, opening a clause; a cover label's value broken after its region (某某县 / 人民法院(公章)); the MOF project table's
/// 主管部门及代码 and a 实施单位 run into 项目资金(万元). And the look-alikes that keep the name as read: a label's value, a
/// name run on after a year's words, two different cities, a garbled title that puts a word before the name.
/// </summary>
public class UnitFullNameTests
{
    private static ImportedDocument Single(string text) => ImportAssert.One(text);

    private const string Title = "2021年度青石区东门街道办事处整体支出绩效自评报告\n";

    [Fact]
    public void Unit_DistrictBodyWrittenLedByItsCity_OpeningAClause_FullName()
    {
        var d = Single(Title + "根据《关于开展2021年度区级部门整体支出绩效评价的通知》要求,江城市青石区东门街道办事处及时布置自评。现将2021年度江城市青石区东门街道办事处(以下简称“我单位”)整体绩效自我评价报告如下:\n一、单位基本情况\n");
        Assert.Equal("江城市青石区东门街道办事处", d.Evaluation.Unit);
        ImportAssert.SpansHold(d);

        // A page title at a line's start names it so too, above a label's short form.
        var page = Single("江城市青石区商务委员会2021年度预算资金绩效自评公开\n2021年部门整体绩效目标自评表\n单位名称 青石区商务委员会 单位负责人 张三\n年初预算资金总额 1304.23万元\n");
        Assert.Equal("江城市青石区商务委员会", page.Evaluation.Unit);
    }

    [Fact]
    public void Unit_DistrictBody_CityOnlyInALabelAfterAYearOrTwoCities_KeptAsRead()
    {
        // Only after a year's words (完成2021年度江城市…): no clause opens with the name.
        var year = Single(Title + "我单位按照要求完成2021年度江城市青石区东门街道办事处整体支出自评工作。\n一、单位基本情况\n");
        Assert.Equal("青石区东门街道办事处", year.Evaluation.Unit);

        // Two cities before the same name: none.
        var two = Single(Title + "要求,江城市青石区东门街道办事处及时布置自评。经协商,河城市青石区东门街道办事处配合。\n一、单位基本情况\n");
        Assert.Equal("青石区东门街道办事处", two.Evaluation.Unit);

        // A label's value (部门:江城市青石区明德中学) is a cell, not the text acting: the 实施单位 stays as written.
        var table = Single("2022年度项目支出绩效自评表 | 部门:江城市青石区明德中学 |\n| 项目名称 | 营养改善计划专项资金 | 主管部门 | 青石区教育体育局 | 实施单位 | 青石区明德中学 | 项目资金 (元) |\n| 年度资金总额 | 1000000 | 1000000 | 10 | 100% | 10 |\n");
        Assert.Equal("青石区明德中学", table.Evaluation.Unit);
    }

    [Fact]
    public void Unit_CoverLabelBrokenAfterItsRegion_Joined()
    {
        var d = Single("部门(单位)全称:青石满族蒙古族自治县\n人民法院(公章)\n主管部门审核意见:\n青石县满族蒙古族自治县人民法院\n2023年部门整体支出绩效评价报告\n一、部门基本情况\n");
        Assert.Equal("青石满族蒙古族自治县人民法院", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_CoverLabelEndingInARegion_NextLineNoName_NotJoined()
    {
        // The next line is a label or a title: nothing joined.
        var label = Single("部门(单位)全称:青石县人民法院\n主管部门审核意见:\n2023年部门整体支出绩效自评报告\n一、部门基本情况\n");
        Assert.Equal("青石县人民法院", label.Evaluation.Unit);
        var title = Single("单位全称:青石县\n2023年部门整体支出绩效自评报告\n一、部门基本情况\n");
        Assert.DoesNotContain("2023", title.Evaluation.Unit ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Abbreviates_WordsPutBeforeTheWholeName_NoShortForm()
    {
        Assert.False(DocumentReader.Abbreviates("青石满族蒙古族自治县人民法院", "青石县满族蒙古族自治县人民法院"));
        Assert.True(DocumentReader.Abbreviates("江城市发改委", "江城市发展和改革委员会"));
    }

    [Fact]
    public void Unit_ProjectTableSupervisorWithCode_AndImplementerRunIntoTheMoneyRow()
    {
        var d = Single("项目支出绩效自评表.doc\n1、项目支出绩效自评表(2016年度)           项目名称【体制】自管道路清扫保洁外包工作经费主管部门及代码江城市青石区人民政府东门街道办事处实施单位:江城市青石区东门街道城市运行服务中心项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法年度资金总额:310.2154.741050%5执行率*该指标分值\n");
        Assert.Equal("江城市青石区东门街道城市运行服务中心", d.Evaluation.Unit);
    }
}

/// <summary>
/// Units that the text does not give as its own: a county's name alone before a project (a place whose name begins with a
/// region's ending, 镇安县), a body that acts on the self-reference in the same clause (…将资金拨付至我局账户), an office
/// signing without its parent (财务处 / 2024年3月29日). And the look-alikes still read.
/// </summary>
public class UnitNotOwnTests
{
    [Fact]
    public void IsRegionOnly_PlaceNameBeginningWithARegionEnding_IsARegion()
    {
        var none = ImportAssert.One("镇安县2023年烤烟产业项目绩效自评报告\n一、项目概况\n该项目投入中央财政资金1011.13万元。\n");
        Assert.True(string.IsNullOrEmpty(none.Evaluation.Unit));
        var quiet = ImportAssert.One("镇安县农业农村局2023年烤烟产业项目绩效自评报告\n一、项目概况\n该项目投入中央财政资金1011.13万元。\n");
        Assert.Equal("镇安县农业农村局", quiet.Evaluation.Unit);
    }

    [Fact]
    public void SelfReferredUnit_BodyActingOnTheSelfReferenceInItsClause_NotRead()
    {
        const string head = "某某县大气转移支付2020年度绩效自评报告\n一、绩效目标分解下达情况\n";
        var other = ImportAssert.One(head + "经协商,某某县财政局于2020年12月25日将中央专项资金154万元拨付至我局账户。我局及时支付。\n");
        Assert.NotEqual("某某县财政局", other.Evaluation.Unit);

        var own = ImportAssert.One(head + "某某县生态环境局严格按照文件要求分配资金,我局及时支付。\n");
        Assert.Equal("某某县生态环境局", own.Evaluation.Unit);
    }

    [Fact]
    public void SignatureUnit_OfficeWithoutItsParent_NotRead()
    {
        const string body = "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本年度预算执行情况良好。\n";
        var office = ImportAssert.One(body + "财务处\n2024年3月29日\n");
        Assert.NotEqual("财务处", office.Evaluation.Unit);

        var whole = ImportAssert.One(body + "某某县林业局\n2024年3月29日\n");
        Assert.Equal("某某县林业局", whole.Evaluation.Unit);
    }

    [Fact]
    public void TransferReport_FinanceBureauPublisher_NotNamedInTheText_NotRead()
    {
        const string text = "发布机构 {0} 责任部门 {0}\n\n某某区2017年度中央财政水利发展资金绩效自评报告\n一、基本情况\n(一)中央下达水利发展资金预算和绩效目标情况\n2017年中央下达水利发展资金1785万元。\n";
        var fiscal = ImportAssert.One(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "某某区财政局"));
        Assert.NotEqual("某某区财政局", fiscal.Evaluation.Unit);

        var sector = ImportAssert.One(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "某某区水务局"));
        Assert.Equal("某某区水务局", sector.Evaluation.Unit);
    }
}
