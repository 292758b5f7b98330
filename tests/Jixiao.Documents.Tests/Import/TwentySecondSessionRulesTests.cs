using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-second session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentySecondSessionRulesTests
{
    private const string ProjectTitle = "2022年度溪口某某工程建设专项资金使用情况绩效自评报告";

    [Theory]
    [InlineData("发布机构 区农业农村局 发文日期 2023-03-28")]
    [InlineData("发布机构 | 区综合执法局 | 发文日期 | 2023-05-05 |")]
    [InlineData("公开目录: 财政预算绩效管理 公开责任部门: 区农业农村局")]
    public void APublisherNamedByItsLevelAlone_IsTheUnit(string publisherLine)
    {
        // A site names its own district's bodies without the district (区农业农村局): under a publisher's label, the unit as written.
        var d = Lines(publisherLine, ProjectTitle, "一、项目基本情况", "该项目由局农财科负责实施,2022年下达资金166万元。");
        Assert.StartsWith("区", d.Evaluation.Unit, StringComparison.Ordinal);
        Assert.EndsWith("局", d.Evaluation.Unit, StringComparison.Ordinal);
        SpansHold(d);
    }

    [Theory]
    // A mere source (来源) posts a centre's report as often as its own.
    [InlineData("发布时间:2023-11-02 15:39 来源:县城管执法局 作者:李某")]
    // A finance body publishes the county's transfer reports.
    [InlineData("发布机构: 县财政局 主题分类: 财政、金融、审计")]
    // A name without even its level could be any county's.
    [InlineData("发布机构: 林业局 发文日期: 2023-03-28")]
    public void APublisherByItsLevelAlone_UnderASourceOrAFinanceBody_NamesNoUnit(string publisherLine)
    {
        var d = Lines(publisherLine, ProjectTitle, "一、项目基本情况", "该项目2022年下达资金166万元。");
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit), d.Evaluation.Unit);
    }

    [Fact]
    public void AShortNamesFullForm_AfterAJoiner_IsTheSecondName()
    {
        // 区农业农村局 published; the text writes it in full only as the second of two names (…976号)和宁波市奉化区农业农村局、…).
        UnitRead("宁波市奉化区农业农村局",
            "发布机构 区农业农村局 发文日期 2023-03-28",
            ProjectTitle,
            "一、项目基本情况",
            "根据宁波市财政局《关于下达资金的通知》(甬财政发〔2020〕976号)和宁波市奉化区农业农村局、宁波市奉化区财政局《关于印发管理办法的通知》,实施本项目。",
            "项目承担单位为区农业农村局。区农业农村局负责按照管理办法组织实施。");
    }

    [Fact]
    public void AReportsBodyWithoutItsTitle_KeepsTheYearItStates()
    {
        // No kind's cues (a use-of-funds page, no 自评 title): the reader refuses the part, but the year it weighs — its
        // heading's and its sentences' (2024年县级下达…), below a title's weight — says which year it is.
        var r = Imported(
            "首页 新闻中心 信息公开 政务服务",
            "",
            "某某县民政局2024年县级福彩公益金的使用情况",
            "",
            "一、2024年县级福彩公益金分解下达情况",
            "2024年县级下达福彩公益金322.14万元,用于敬老院提升改造、重阳节活动等项目。",
            "二、2024年县级福彩公益金目标完成情况分析",
            "2024年三所敬老院进行适老化改造提升,社会福利院墙裙改造项目支出29.99万元。");
        Assert.Empty(r.Documents);
        var part = Assert.Single(r.Undecided);
        Assert.Equal(2024, part.Evaluation.Year);
        Assert.Contains(part.Values, v => v.Path == "year" && v.Source.Span is not null);
    }

    [Fact]
    public void ANewsItemWithoutATitlesYear_KeepsNoYear()
    {
        // 近日, …: the years a news item names are those of the work it reports, not an evaluated year.
        var r = Imported(
            "近日,市财政局召开预算绩效评审委员会2023年第一次会议,安排部署2022年度市级预算绩效自评工作。",
            "2023年,市财政局将紧紧围绕市级重点项目建设,持续保障和改善民生。");
        Assert.All(r.Documents.Concat(r.Undecided), d => Assert.Equal(0, d.Evaluation.Year));
    }

    [Fact]
    public void AFinanceBodysSpotReviewOfOthersSelfEvaluations_IsNoSelfEvaluation()
    {
        // 抽查审核 / N个项目评为优: a page on many units' evaluations — no grade, budget or kind of its own is read.
        var r = Imported(
            "根据有关要求,纳入本次绩效自评的基建项目有72个,涉及调整后预算金额136976.4万元。根据市财政局的抽查审核,共计对41个项目进行了审核,"
                + "涉及调整后预算金额110790.58万元。抽审的41个项目审核等级为:1个项目评为优,占评定项目的2.44%;3个项目评为良,占评定项目的7.32%。",
            "抽查项目评价审核等级汇总");
        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Contains("抽查审核", d.KindReason, StringComparison.Ordinal);
    }

    /// <summary>
    /// The kind each of the session's kind cues reads, or leaves alone where it must stay quiet (the reason beside each case).
    /// </summary>
    [Theory]
    // The unit's own report saying it will support the finance bureau's review names the review, but its title and outline decide.
    [InlineData(DocumentKind.ProjectReport, "某某县水利局2023年度小型水库维修养护项目支出绩效自评报告", "一、项目基本情况",
        "2023年全年预算数为120万元,执行数为118万元,预算执行率98.33%。", "二、下一步工作", "我局将积极配合县财政局做好抽查复核工作。")]
    // 受某某县财政局委托: an evaluator acting for the finance bureau, however much the title names the project.
    [InlineData(DocumentKind.Other, "某某县2018年烟叶生产项目资金绩效评价报告", "受某某县财政局委托,我们对某某县2018年烟叶生产项目资金进行了绩效评价。",
        "2018年县财政安排烟叶生产扶持资金300万元。")]
    // 受县人民政府委托 opens a government body's own account: no cue of a commissioned evaluator.
    [InlineData(DocumentKind.DepartmentReport, "某某县人民政府办公室2022年度部门整体支出绩效自评报告", "受县人民政府委托,现将我办2022年度部门整体支出绩效自评情况报告如下:",
        "一、部门基本情况", "2022年全年预算数为820万元,执行数为800万元。")]
    // 实地抽评: the bureau's notice of many units' self-evaluations and its own review of some, none its own evaluation.
    [InlineData(DocumentKind.Other, "为提高财政项目资金使用效益,我局组织市级各部门(单位)对2021年度项目支出开展绩效自评,并随机选取部分项目进行实地抽评。",
        "一、总体开展情况", "197家市级单位共对1388个部门专项进行了绩效自评,其中自评结论“优”1026个、“良”216个。")]
    public void TheKindRead(DocumentKind kind, params string[] lines)
    {
        Assert.Equal(kind, Lines(lines).Kind);
    }

    [Fact]
    public void ACoverNamingWhoCommissionedTheEvaluation_IsNoSelfEvaluation()
    {
        // 委托机构 / 评价机构: the cover of an evaluation commissioned from a firm — its score is the firm's, not a self-evaluation's.
        var d = Lines(
            "某某自治区某某管理局2020年度部门整体支出绩效评价报告",
            "主管部门   某某自治区某某厅",
            "项目单位   某某自治区某某管理局",
            "委托机构   某某自治区某某厅",
            "评价机构   某某会计师事务普通合伙",
            "一、绩效评价结论",
            "某某管理局2020年度部门整体支出绩效评价得分89.25分。");
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Null(d.Stated.TotalScore);
    }

    [Fact]
    public void AnUntitledFormWhoseYearCellNamesAnotherYear_KeepsNoYear()
    {
        // 年度: | 2023 | over completion text of 2022: the part contradicts itself, and nothing else settles which year it is.
        var r = Imported(
            "|",
            "年度: | 2023 |",
            "|",
            "单位基本情况 |",
            "年度 总目标 | 目标一:做好经费保障 | 完成 情况 | 截至2022年12月31日,(2022年度)共开展学习33次,2022年组织培训12场 |");
        Assert.Empty(r.Documents);
        Assert.Equal(0, Assert.Single(r.Undecided).Evaluation.Year);
    }

    [Fact]
    public void AFigureWrittenWithALeadingZero_IsNoAmount()
    {
        // A scrambled cover: the postal code 064200 lands right after 实际支出(万元). No amount is written so; it is not spending.
        var d = Lines(
            "某某市2019年一类疫苗储运能力建设项目绩效评价报告",
            "项目负责人 某某 地址 某某街 9 号 联系电话 实际支出(万元) 064200 实际到位资金(万元) 6 其中:中央财政 6 邮编");
        Assert.DoesNotContain(d.Values, v => v.Path == "budget.executed" && v.Value == "64200");
    }

    [Theory]
    [InlineData("实际支出(万元) 0.5 实际到位资金(万元) 0.5", "0.5")]
    [InlineData("实际支出(万元) 64 实际到位资金(万元) 64", "64")]
    public void AFigureWithoutALeadingZero_IsStillRead(string cover, string executed)
    {
        var d = Lines("某某市2019年一类疫苗储运能力建设项目绩效评价报告", cover);
        Assert.Equal(executed, Value(d, "budget.executed").Value);
    }
}
