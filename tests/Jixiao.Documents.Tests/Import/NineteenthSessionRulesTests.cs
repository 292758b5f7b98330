using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the nineteenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class NineteenthSessionRulesTests
{
    [Fact]
    public void CoverBetweenATitleAndTheSameTitleRepeated_IsOneDocument()
    {
        var d = Lines(
            "临县2023年度农村供水工程项目支出绩效评价报告",
            "项目名称:临县2023年度农村供水工程项目",
            "项目主管部门:临县水务服务中心",
            "2024年8月",
            "临县2023年农村供水工程项目支出绩效评价报告",
            "一、项目基本情况",
            "全年落实资金120万元,已支出120万元,资金使用率为100%。");
        Assert.Equal(2023, d.Evaluation.Year);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void TwoTablesWithTheSameTitle_StayTwoDocuments()
    {
        // A table's rows (header columns) between the titles are a body: the second title starts the second table.
        var text = string.Join('\n',
            "2023年度项目支出绩效自评表",
            "项目名称 | 农村供水工程",
            "项目资金 | 年初预算数 | 全年预算数 | 全年执行数",
            "年度资金总额 | 100 | 120 | 120",
            "2023年度项目支出绩效自评表",
            "项目名称 | 农村公路养护",
            "项目资金 | 年初预算数 | 全年预算数 | 全年执行数",
            "年度资金总额 | 50 | 60 | 55") + "\n";
        Assert.Equal(2, PublishedImporter.ImportText(text, "t.txt").Documents.Count);
    }

    [Fact]
    public void CoverBetweenTwoDifferentTitles_StillSplits()
    {
        var text = string.Join('\n',
            "临县2023年度农村供水工程项目支出绩效评价报告",
            "项目名称:临县2023年度农村供水工程项目",
            "项目主管部门:临县水务服务中心",
            "2024年8月",
            "临县2023年农村公路养护项目支出绩效评价报告",
            "一、项目基本情况",
            "全年落实资金120万元,已支出120万元。") + "\n";
        Assert.Equal(2, PublishedImporter.ImportText(text, "t.txt").Documents.Count);
    }

    [Fact]
    public void TheUnitsOwnEvaluationGroup_IsNoUnit_TheTitleNamesIt()
    {
        UnitRead("十堰市房地产管理局", "十堰市房地产管理局部门整体支出绩效评价报告(2018年度)", "评价单位:十堰市房地产管理局绩效评价小组", "一、部门基本情况");
        UnitRead("十堰市房地产管理局", "部门整体支出绩效评价报告(2018年度)", "评价单位:十堰市房地产管理局", "一、部门基本情况");
        Assert.DoesNotContain("小组", Lines("部门整体支出绩效评价报告(2018年度)", "评价单位:十堰市房地产管理局绩效评价小组", "一、部门基本情况").Evaluation.Unit ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedFileNameAboveTheOwnTitle_TheOwnTitleNamesTheUnit()
    {
        UnitRead("中共南县县委组织部", "南县组织部2020年部门整体支出绩效报告及表格.docx", "中共南县县委组织部2020年度部门整体支出绩效评价报告", "一、基本情况");
        // A file name alone still names the unit.
        UnitRead("南县组织部", "南县组织部2020年部门整体支出绩效报告及表格.docx", "一、基本情况");
    }

    [Fact]
    public void SharingSitesDownloadBoxAndMenu_DoNotHideTheTitle()
    {
        var lines = new List<string> { "欢迎来到某某文库 - 分享文档赚钱的网站!", "全部分类" };
        lines.AddRange(new[] { "研究报告", "管理文献", "标准材料", "技术资料", "教育专区", "应用文书", "生活休闲", "考试试题" }.Select(m => "  • " + m + ">"));
        lines.AddRange([
            "ImageVerifierCode 换一换", "某某县卫健局2022年度项目支出绩效自评报告.doc",
            "• 资源ID:1841443       资源大小:40KB", "快捷下载 游客一键下载", "会员登录下载", "二维码", "微信扫一扫登录", "下载资源需要20金币",
            "邮箱/手机:", "温馨提示:", "如填写123,账号就是123,密码也是123。", "支付方式: 支付宝    微信支付", "验证码:   换一换", "账号:", "密码:",
            "友情提示", "2、PDF文件下载后,可能会被浏览器默认打开。", "3、本站不支持迅雷下载。", "4、本站资源下载后的文档和图纸-无水印。",
            "5、试题试卷类文档,如果标题没有明确说明有答案则都视为没有答案。",
            "某某县卫健局2022年度项目支出绩效自评报告", "一、项目基本情况",
        ]);
        var d = Lines([.. lines]);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("某某县卫健局", d.Evaluation.Unit);
        Assert.Equal(2022, d.Evaluation.Year);
    }

    [Theory]
    [InlineData("≥90%")]
    [InlineData("绩效目标>")]
    [InlineData("A>B")]
    public void ShortLinesEndingInAnArrow_OnlyAMenusItemIsChrome(string line)
    {
        // A menu's item is two or more Chinese characters and its arrow; a cell's comparison or a short code is none.
        Assert.Equal(line == "绩效目标>", PublishedImporter.IsChrome(line, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn));
    }

    [Fact]
    public void FundTitle_NameIsNeverCutInsideAWord()
    {
        // 科 ends a unit's name (a division), but 科技 is a word: the fund's name names no unit.
        Assert.True(string.IsNullOrEmpty(Lines("2023年度广东省中央引导地方科技发展资金绩效自评报告", "一、绩效目标分解下达情况").Evaluation.Unit));
        // A unit before the fund's name is still read.
        UnitRead("广东省科学技术厅", "2023年度广东省科学技术厅科技发展资金绩效自评报告", "一、绩效目标分解下达情况");
    }

    [Theory]
    [InlineData("本项目预算主管部门为宁波市奉化区教育局,宁波市奉化区教育服务管理中心为项目管理部门。")]
    [InlineData("该项目实施单位为宁波市奉化区教育局。")]
    [InlineData("本项目的主管部门为宁波市奉化区教育局;各学校为执行单位。")]
    public void ProjectsUnitStatedInASentence_IsRead(string sentence) =>
        UnitRead("宁波市奉化区教育局", "2024年七种对象免费入学项目绩效自评报告", "一、基本情况", sentence);

    [Theory]
    [InlineData("全县各项目主管部门为各乡镇人民政府。")]
    [InlineData("本项目预算主管部门负责宁波市奉化区教育局的审核。")]
    public void AUnitLabelInsideASentenceAboutOthers_IsNoUnit(string sentence) =>
        Assert.True(string.IsNullOrEmpty(Lines("2024年七种对象免费入学项目绩效自评报告", "一、基本情况", sentence).Evaluation.Unit));

    [Theory]
    [InlineData("本项目年初预算147.5万元,年中预算调减0.695万元,调整后预算146.805万元。", 147.5, 146.805)]
    [InlineData("本项目年初预算100万元,预算追加20万元,调整后预算120万元。", 100, 120)]
    [InlineData("本项目年初预算100万元,年中预算调整为120万元。", 100, 120)]
    public void ChangeWrittenAfterABudgetLabel_IsNoBudget(string sentence, double initial, double adjusted)
    {
        var d = Lines("2024年七种对象免费入学项目绩效自评报告", "一、基本情况", sentence);
        Assert.Equal((decimal)initial, d.Evaluation.Budget.Initial);
        Assert.Equal((decimal)adjusted, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Theory]
    [InlineData("县委组织部2020年度“三公”经费决算为7.04万元,比同口径预算安排的7.2万元,减少0.16万元。")]
    [InlineData("2020年支出596.25万元,较年初预算增加12万元。")]
    public void AmountComparedWith_IsNoBudget(string sentence) =>
        Assert.Null(Lines("中共南县县委组织部2020年度部门整体支出绩效评价报告", "一、基本情况", sentence).Evaluation.Budget.Adjusted);

    [Theory]
    [InlineData("本年度按比例预算安排120万元。", 120)]
    [InlineData("本年度预算安排120万元,比上年减少5万元。", 120)]
    public void AComparisonWordElsewhere_LeavesTheBudget(string sentence, double budget) =>
        Assert.Equal((decimal)budget, Lines("中共南县县委组织部2020年度部门整体支出绩效评价报告", "一、基本情况", sentence).Evaluation.Budget.Adjusted);

    [Theory]
    [InlineData("财政预算项目事前绩效评审专家组综合评价报告表", "评价项目:计划生育家庭特别扶助金项目单位:鹤山市卫生健康局")]
    [InlineData("2023年某某乡加工园配套设施建设项目支出绩效目标审批表", "项目名称 | 加工园配套设施建设项目 | 项目负责人 | 张某")]
    public void ReviewsAndApprovalsBeforeTheBudget_AreNoSelfEvaluation(string title, string line)
    {
        var d = Imported(title, line, "一级指标 | 二级指标 | 三级指标 | 指标值");
        Assert.All(d.Documents, doc => Assert.Equal(DocumentKind.Other, doc.Kind));
    }

    [Fact]
    public void AProjectSelfEvaluationTable_StaysOne()
    {
        var d = Lines("2023年某某乡加工园配套设施建设项目支出绩效自评表", "项目名称 | 加工园配套设施建设项目 | 项目负责人 | 张某", "一级指标 | 二级指标 | 三级指标 | 指标值");
        Assert.Equal(DocumentKind.ProjectTable, d.Kind);
    }

    [Fact]
    public void ALetterSendingMoney_IsOther()
    {
        var d = Lines("巫溪县财政局关于提前转下达2025年农村危房改造补助资金预算的函", "巫溪县住房和城乡建设委员会:", "根据重庆市财政局要求,2025年农村危房改造项目资金预算484.45万元提前下达给你们。中央主管部门和省级财政部门要求如下。");
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("巫溪县财政局", d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("资助标准为每人每学年1万元,为每名孤儿发放助学金1万元。")]
    [InlineData("纳入发放对象;发放标准为42元/户˙月。")]
    [InlineData("纳入发放对象;支出标准是42元。")]
    [InlineData("按月发放,补贴500元/只。")]
    public void AStandardOfPayment_IsNoSpending(string sentence) =>
        Assert.Null(Lines("2021年孤儿助学项目绩效自评报告", "一、项目基本情况", sentence).Evaluation.Budget.Executed);

    [Fact]
    public void SharingPagesPreviewMarks_DoNotHideTheTitle()
    {
        var lines = new List<string> { "常熟河道长效管理项目.docx", "上传人:b****2 文档编号:2374267 上传时间:2023-05-03 格式:DOCX 页数:15 大小:27.53KB", "下载 相关 举报" };
        for (var p = 1; p <= 15; p++)
        {
            lines.Add($"常熟河道长效管理项目.docx_第{p}页");
            lines.Add($"第{p}页 / 共15页");
        }

        lines.AddRange(["亲,该文档总共15页,全部预览完了,如果喜欢就下载吧!", "下载资源", "资源描述", "常熟市2016年度河道长效管理项目", "绩效评价自评报告", "一、项目基本情况"]);
        var d = Lines([.. lines]);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal(2016, d.Evaluation.Year);
    }

    [Fact]
    public void ShortNameInTheTitle_TheTextsDeclaredFullNameIsTheUnit()
    {
        UnitRead("贵阳市市政工程管理处", "市政处关于2015年市政设施维护项目支出绩效自评报告", "贵阳市市政工程管理处(以下简称“市政处”)根据相关规定对市政工程设施进行管理。", "一、项目基本情况");
        // Two full names declared for the same short name: none is taken.
        UnitRead("市政处", "市政处关于2015年市政设施维护项目支出绩效自评报告", "贵阳市市政工程管理处(以下简称“市政处”)负责管理。", "安顺市市政工程管理处(以下简称“市政处”)负责管理。", "一、项目基本情况");
    }

    [Fact]
    public void AFirmsVoiceUnderAnotherUnitsTitle_IsAnOutsideEvaluation()
    {
        var d = Lines("市政处关于2015年市政设施维护项目支出绩效评价报告", "贵阳市财政预算审核中心:", "我所本着客观、公正、公平的原则,对市政处关于2015年市政设施维护项目支出专项资金进行了绩效考评。", "一、项目基本情况");
        Assert.Equal(DocumentKind.Other, d.Kind);
        // An institute speaking of itself under its own title is its own report.
        var own = Lines("某某县农业科学研究所2022年度项目支出绩效自评报告", "我所本着实事求是的原则,对2022年度项目进行了自评。", "一、项目基本情况");
        Assert.Equal(DocumentKind.ProjectReport, own.Kind);
    }

    [Fact]
    public void AProvincesFormBundle_IsTheUnitsReport_ItsCompilerTheUnit()
    {
        var d = Lines("2020年度省级预算执行情况绩效单位自评报表", "编报部门(单位公章):中共甘肃省委党史研究室", "编报日期:2021年5月27日", "一、部门自评报告");
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("中共甘肃省委党史研究室", d.Evaluation.Unit);
        Assert.Equal(2020, d.Evaluation.Year);
    }

    [Fact]
    public void ATownSpeakingOfItself_IsTheOneTownItWritesAgainAndAgain()
    {
        UnitRead("位奇镇", "生态及地质灾害避险搬迁奖励资金项目支出绩效评价自评报告", "一、项目基本情况",
            "(一)项目概况位奇镇现有政府工作人员64人,因位奇镇在避险搬迁工作中成绩显著,县财政局下达位奇镇奖励资金28.6万元。",
            "二、项目资金情况项目资金28.6万元于2022年10月30日下达位奇镇,我镇于2022年12月31日之前全部支出。");
        // Its fullest form where the text writes one.
        UnitRead("新晃侗族自治县步头降苗族乡人民政府", "2021年度省级民族散杂居地区发展资金项目绩效自评报告", "一、项目基本情况",
            "新晃侗族自治县步头降苗族乡人民政府地处新晃县东部,我乡辖7个村。", "项目实施主要内容为步头降乡酉溪公路硬化工程,步头降乡群众受益。");
    }

    [Fact]
    public void ATownWritingOfSeveralTowns_NamesNone()
    {
        var d = Lines("生态及地质灾害避险搬迁奖励资金项目支出绩效评价自评报告", "一、项目基本情况",
            "我镇与邻近的清泉镇、位奇镇合作,因位奇镇和清泉镇成绩显著,下达位奇镇、清泉镇奖励资金。", "统筹城乡发展,全镇城乡居民受益。");
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit));
    }

    [Fact]
    public void AHeadlinePraisingWorkDone_IsNewsAboutTheUnitItOpensWith()
    {
        var d = Lines("海南省工业和信息化厅圆满完成2024年度无线电管理经费资金绩效自评工作", "2025-05-23 10:09发布",
            "根据工业和信息化部无线电管理局通知要求,海南省工业和信息化厅高度重视,认真开展2024年度无线电管理经费资金绩效评价工作。");
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("海南省工业和信息化厅", d.Evaluation.Unit);
        Assert.Equal(2024, d.Evaluation.Year);
    }

    [Fact]
    public void SentencesOpeningWithTheSameUnit_NameTheUnit()
    {
        UnitRead("红河州司法局", "2024年度法律援助专项项目绩效自评报告", "一、项目基本情况",
            "红河州司法局认真贯彻实施《中华人民共和国法律援助法》,依法加强法律援助工作。红河州司法局开展法律援助专项项目,目的是提高知晓率。");
    }

    [Theory]
    // Two units open sentences: none.
    [InlineData("红河州司法局认真贯彻实施法律援助法。红河州财政局下达资金20万元。红河州司法局开展法律援助。")]
    // A finance body opening sentences hands money out.
    [InlineData("红河州财政局下达资金20万元。红河州财政局拨付资金20万元。")]
    // A facility named at the head of a project, and a government above a town's, are no subjects.
    [InlineData("龙游县小南海中心幼儿园位于茶圩里村。龙游县小南海中心幼儿园扩建项目工程总投资约988万。")]
    [InlineData("江苏省政府批准实施该项目。江苏省政府安排资金用于建设。")]
    public void SentencesOpeningWithOthers_NameNoUnit(string sentences) =>
        Assert.True(string.IsNullOrEmpty(Lines("2024年度某某专项项目绩效自评报告", "一、项目基本情况", sentences).Evaluation.Unit));

    [Fact]
    public void AFinanceBodysEvaluationOfAFund_IsOther_ItsOwnSelfEvaluationIsNot()
    {
        var d = Lines("山东省财政厅2020年省级公租房保障和棚户区改造资金绩效评价报告", "一、项目基本情况", "城镇保障性安居工程是重大民生工程。转移支付资金下达各市。");
        Assert.Equal(DocumentKind.Other, d.Kind);
        var own = Lines("某某县财政局2020年度财政专项资金项目支出绩效自评报告", "一、项目基本情况", "我局对财政专项资金项目开展了绩效自评。");
        Assert.Equal(DocumentKind.ProjectReport, own.Kind);
    }

    [Theory]
    // 共落实 with the fund named between, 资金安排 noun first, 拨入 from a level above: the budget; 发放 after a pause: the spending.
    [InlineData("2023年度城镇保障性安居工程项目支出绩效评价报告", "2023年,我县共落实棚户区改造258.8556万元,目前已支出258.8556万元。", "adjusted", 258.8556)]
    [InlineData("2021年度农村中等职业教育发展项目绩效自评报告", "2021年度该项目资金安排80万元,主要用于补助。", "adjusted", 80)]
    [InlineData("2019年度科技馆免费开放项目绩效自评报告", "2019年市科协拨入科技馆免费开放补助资金63万元。", "adjusted", 63)]
    [InlineData("2021年孤儿助学项目绩效自评报告", "2021年高坪区符合条件53人次,发放助学金49万元。", "executed", 49)]
    public void MoneySaidSo_IsRead(string title, string sentence, string field, double amount)
    {
        var d = Lines(title, "一、项目基本情况", sentence);
        Assert.Equal((decimal)amount, field == "executed" ? d.Evaluation.Budget.Executed : d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Theory]
    // Measures secured, funds arranged in time: no money.
    [InlineData("2023年度城镇保障性安居工程项目支出绩效评价报告", "共落实整改措施12条,已支出258.8556万元。")]
    [InlineData("2021年度农村中等职业教育发展项目绩效自评报告", "项目资金安排及时,已全部到位。")]
    public void TheSameWordsWithoutTheirMoney_AreNoBudget(string title, string sentence) =>
        Assert.Null(Lines(title, "一、项目基本情况", sentence).Evaluation.Budget.Adjusted);
}
