using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// General reading rules for kind, unit, year and narrative sections, each shown on a small synthetic
/// text of its class of wording or layout (not on a corpus file).
/// </summary>
public class ReadingRulesTests
{
    private static ImportedDocument Single(string text) => ImportAssert.One(text);

    [Fact]
    public void Normalize_PinyinGlossAfterCharacter_Removed_OtherBracketsKept()
    {
        Assert.Equal("政府依申请公开", TextNormalizer.NormalizeLine("政府依申請(qǐng)公開"));
        Assert.Equal("镇康县凤尾镇教育办公室", TextNormalizer.NormalizeLine("鎮(zhèn)康縣鳳尾鎮(zhèn)教育辦公室"));
        Assert.Equal("全年预算数(A)", TextNormalizer.NormalizeLine("全年预算数(A)"));
        Assert.Equal("预算数(万元)", TextNormalizer.NormalizeLine("预算数（万元）").Replace('（', '(').Replace('）', ')'));
    }

    [Fact]
    public void Normalize_WebMarkupLeftInACopy_EntitiesDecodedInlineTagsDropped()
    {
        Assert.Equal("全年预算数 1300万元，执行数1170万元", TextNormalizer.NormalizeLine("全年预算数&nbsp;1300万元，执行数<span style=\"x\">1170</span>万元"));
        Assert.Equal("A&B", TextNormalizer.NormalizeLine("A&amp;B"));

        // Angle brackets that are no tag stay (≤, <预算).
        Assert.Equal("执行数<预算数", TextNormalizer.NormalizeLine("执行数<预算数"));
    }

    [Fact]
    public void Unit_KeyedLabelInCellsRunTogether_ReadUpToTheNextLabel()
    {
        var d = Single("2023年度财政项目绩效自评表单位名称:某某市第一人民医院填报日期:2024年3月1日项目名称某某院区建设补助\n");
        Assert.Equal("某某市第一人民医院", d.Evaluation.Unit);

        // Without the colon a label inside running text is no cover field.
        var sentence = Single("2023年度某某局部门整体支出绩效自评报告\n一、基本情况\n本局按要求核对了各预算单位名称和编码。\n");
        Assert.Equal("某某局", sentence.Evaluation.Unit);
    }

    [Fact]
    public void Unit_ChromeBeforeTitle_NotPartOfTheName()
    {
        var d = Single("""
            预算绩效管理
            - 索引号: 2025-00002
            - 发布日期: 2025-04-29
            - 时效性: 有效
            某某州数据发展中心2024年度项目支出绩效单位自评报告
            一、基本情况
            2024年，本中心实施项目共5个。
            """);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("某某州数据发展中心", d.Evaluation.Unit);
        Assert.Equal(2024, d.Evaluation.Year);
    }

    [Fact]
    public void Unit_TitleSubjectOnlyARegion_NotTheUnit_PublisherIs()
    {
        var d = Single("""
            发布机构 某某市农业农村局 文 号
            标 题: 某某市2021年农业生产发展资金使用情况绩效自评报告
            某某市2021年农业生产发展资金使用情况绩效自评报告
            一、绩效目标分解下达情况
            （一）中央下达转移支付预算和绩效目标情况。2021年中央下达我市资金1969万元。
            """);
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.Equal("某某市农业农村局", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_RegionOnlyTitle_NoOtherStatement_Missing()
    {
        var d = Single("""
            某某区2022年度部门整体支出绩效自评报告
            一、部门概况
            本部门负责全区发展改革工作。
            """);
        Assert.Equal(string.Empty, d.Evaluation.Unit);
    }

    [Fact]
    public void Kind_RulesNotice_Other_IssuerAndSignatureGiveTheUnit_NoSections()
    {
        var d = Single("""
            某财办〔2021〕4号
            某某市财政局关于印发某某市本级项目
            支出绩效评价管理办法的通知
            市直各单位:
            现将《某某市本级项目支出绩效评价管理办法》印发给你们，请遵照执行。
            某某市财政局
            2021年3月25日
            第一章 总则
            第一条 为全面实施预算绩效管理，制定本办法。
            第二章 基本情况
            第二条 本办法所称绩效评价，是指财政部门开展的评价。
            """);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("某某市财政局", d.Evaluation.Unit);
        Assert.Null(d.Evaluation.Narrative.Overview);
    }

    [Fact]
    public void Unit_SignatureLineAboveDate_Read_WhenNoTitleUnit()
    {
        var d = Single("""
            各旗级预算部门:
            现将绩效评价管理办法印发给你们。
            某某旗财政局
            2022年3月16日
            附件1:
            某某旗旗级绩效评价管理办法
            第一条 为全面实施预算绩效管理，制定本办法。
            """);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("某某旗财政局", d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("某某市财政局某某市住房和城乡建设委员会关于2019年度中央财政城镇保障性安居工程专项资金绩效自评报告", "")]
    [InlineData("某某市公安局某某区分局2019年度部门整体支出绩效自评报告", "某某市公安局某某区分局")]
    [InlineData("2023年度新增地方政府专项债券项目绩效自评报告", "")]
    public void Unit_TitleOfTwoBodiesOrOfNoPlace_NoUnit_ABranchOfAnotherRegionStays(string title, string unit)
    {
        var d = Single(title + "\n根据有关要求，现将绩效自评情况报告如下。\n一、基本情况\n");
        Assert.Equal(unit, d.Evaluation.Unit);
    }

    [Fact]
    public void RunOnDocument_SharingSitesPageMarkBeforeTheTitle_NoHeading()
    {
        var d = Single("""
            某某市档案馆2020年度_第1页
            某某市档案馆2020年度_第2页
            1、 某某市档案馆2020年度 项目绩效自评报告自评得分100分绩效目标完成情况执行率情况档案抢救与保护专项经费预算10万元,实际支出10万元,执行率100%。完成的绩效目标 2020年项目经费10万元主要用于重点档案抢救。
            """);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal(100m, d.Stated.TotalScore);
        Assert.Equal(10m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    [InlineData("实际完成农村危房改造264户，发放补助资金为278.8万元。", null, "278.8")]
    [InlineData("2021年全区共完成发放补助资金141.8万元。", null, "141.8")]
    [InlineData("2021年公共文化服务专项资金共支182.564万元。", null, "182.564")]
    [InlineData("区财政通过抗疫特别国债安排资金700万元。", "700", null)]
    public void Budget_SubsidyPaidOutAndMoneyArranged(string sentence, string? budget, string? executed)
    {
        var d = Single("某某县住房和城乡建设局2021年农村危房改造补助资金项目绩效自评报告\n" + sentence + "\n");
        Assert.Equal(budget is null ? null : decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
        Assert.Equal(executed is null ? null : decimal.Parse(executed, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Executed);
    }

    [Theory]
    // 下达 naming the receiving region reaches past a long fund name.
    [InlineData("2021年度,下达我县中央专项彩票公益金支持社会公益事业项目补助资金200万元,用于残疾人托养中心建设。", "200", null)]
    // The receiving region or village 获得 the transfer; the 其中 parts that follow are not the budget.
    [InlineData("我市获得2023年度中央水污染防治专项资金17347万元其中第一批资金9910万元,第二批资金7437万元。", "17347", null)]
    [InlineData("我乡某某村获得2021年中央专项扶持壮大村集体经济资金50万元,用于壮大村集体经济。", "50", null)]
    // A works project's spending after its allocation.
    [InlineData("该项目下达资金56万元,实际完成投资54.6万元。", "56", "54.6")]
    // Look-alikes that must stay quiet: a count, a rate, a bare 获得 and a planned investment.
    [InlineData("我市获得省级表彰3次,群众满意度达95%。", null, null)]
    [InlineData("项目获得中央奖励资金20万元。", null, null)]
    [InlineData("计划完成投资56万元,工程进度达到80%。", null, null)]
    public void Budget_AllocationToTheRegionAndWorksSpending(string sentence, string? budget, string? executed)
    {
        var d = Single("某某县2021年度中央补助资金绩效自评报告\n" + sentence + "\n");
        Assert.Equal(budget is null ? null : decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
        Assert.Equal(executed is null ? null : decimal.Parse(executed, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Executed);
    }

    [Theory]
    // The total before 其中 that the initial budget and the addition sum to exactly is the adjusted budget.
    [InlineData("2022年预算收入69.06万元，其中年初预算57.28万元，调整追加11.78万元。其他资金来源21.31万元。", "69.06")]
    // Look-alikes: parts that do not add up, and spending split the same way.
    [InlineData("2022年预算收入80万元，其中年初预算57.28万元，调整追加11.78万元。", null)]
    [InlineData("2022年支出69.06万元，其中年初预算57.28万元，调整追加11.78万元。", null)]
    public void Budget_TotalOfInitialAndAddition_IsTheAdjustedBudget(string sentence, string? adjusted)
    {
        var d = Single("某某市某某区妇女联合会2022年度部门整体支出绩效自评报告\n" + sentence + "\n");
        Assert.Equal(57.28m, d.Evaluation.Budget.Initial);
        if (adjusted is null)
        {
            Assert.NotEqual(80m, d.Evaluation.Budget.Adjusted);
            Assert.NotEqual(69.06m, d.Evaluation.Budget.Adjusted);
        }
        else
        {
            Assert.Equal(decimal.Parse(adjusted, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
        }
    }

    [Fact]
    public void Budget_ParagraphsOpeningWithAListedItemsName_AreTheItems()
    {
        var d = Single("""
            共青团某某市委2020年度项目支出绩效评价自评报告
            2020年市财政共计下达单位市级项目资金60万元，涉及2个项目。
            三、项目资金使用及管理情况
            1.青少年管理事务工作经费。该项目财政拨入资金30万元，截止2020年12月31日，支出资金30万元。
            2.共青团某某市第四次代表大会费用。该项目财政拨入资金30万元，截止2020年12月31日，支出资金30万元。
            """);
        Assert.Equal(60m, d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Executed_ParagraphOpeningWithALongItemNameAndAComma_IsTheItems()
    {
        var d = Single("""
            某某县某某乡人民政府2021年度项目支出绩效单位自评报告
            一、基本情况
            1.2021年第一批统筹整合使用财政涉农资金某某养殖基地建设项目,项目实施助推乡村振兴。统筹整合使用财政涉农资金303万元,其中项目管理费3万元,目前项目资金已拨付270万元。
            2.2021年第一批统筹整合使用财政涉农资金基础设施建设项目,通过项目的实施,提升项目村出行条件。
            """);
        Assert.Null(d.Evaluation.Budget.Executed);
    }

    [Theory]
    [InlineData("1.部门预算资金,全年预算数为60万元，全年执行数为58万元。")]
    [InlineData("1.森林防火项目,全年预算数为60万元，全年执行数为58万元。")]
    public void Executed_ShortNameBeforeAComma_IsNoItem(string line)
    {
        var d = Single($"""
            某某县林业局2020年度森林防火项目绩效自评报告
            {line}
            """);
        Assert.Equal(60m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(58m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Budget_GenericNameOpeningAParagraph_IsNoItem()
    {
        var d = Single("""
            某某县林业局2020年度森林防火项目绩效自评报告
            1.项目资金。全年预算数为60万元，全年执行数为58万元。
            """);
        Assert.Equal(60m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(58m, d.Evaluation.Budget.Executed);
    }

    [Theory]
    [InlineData("2021年我局共收到中央下达困难群众救助补助资金9056万元。省级下达资金804万元。市县下达资金2040.56万元。", null)]
    [InlineData("2021年我局共收到中央下达困难群众救助补助资金9056万元。省级下达资金804万元。合计下达资金9860万元。", "9860")]
    [InlineData("2021年我局共收到中央下达困难群众救助补助资金9056万元，用于城乡低保。", "9056")]
    public void Budget_SeveralLevelsAllocations_WithoutATotal_NoneIsTheBudget(string sentence, string? budget)
    {
        var d = Single("某某市民政局关于2021年度困难群众救助补助专项转移支付资金绩效自评报告\n" + sentence + "\n");
        Assert.Equal(budget is null ? null : decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
        if (budget is null)
        {
            Assert.Contains(d.Missing, m => m.Path == "budget.adjusted" && m.Note.Contains("未写合计", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("一、中央自然灾害救灾资金(森林草原航空消防租机补助经费)\n(一)绩效目标分解下达情况。\n", null)]
    [InlineData("一、绩效目标分解下达情况\n(一)下达预算和绩效目标情况。\n", "10441")]
    [InlineData("一、基本情况\n(一)绩效目标分解下达情况。\n", "10441")]
    public void Budget_TransferReportInParts_FiguresAreThePartsNotTheReports(string outline, string? budget)
    {
        var d = Single("某某省2022年度中央自然灾害资金绩效自评报告\n" + outline
            + "2022年共投入补助经费预算10441万元。实际执行9265.353442万元，项目执行率88.74%。\n");
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.Equal(budget is null ? null : decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
        if (budget is null)
        {
            Assert.Null(d.Evaluation.Budget.Executed);
            Assert.Null(d.Evaluation.Budget.StatedRatePercent);
            Assert.Contains(d.Missing, m => m.Path == "budget.adjusted" && m.Note.Contains("报告按资金分部分写", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Budget_TransferTotalSplitBySemicolons_WinsOverAPartsLabelledBudget()
    {
        var d = Single("""
            某某自治区文物局中央转移支付2020年度绩效自评报告
            2020年度自治区财政厅分解下达中央转移支付全区文物保护专项资金共22171万元，其中下达地市9397万元；区直文博系统12774.00万元。区直文博系统项目有：一是某某管理处，下达预算资金9378万元。
            """);
        Assert.Equal(22171m, d.Evaluation.Budget.Adjusted);
    }

    [Theory]
    [InlineData("根据各区上报自评情况，普通国省道建设绩效自评分数为73.18分、省交通事业发展保障支出绩效自评分数为89.03分。", null)]
    [InlineData("经综合评价，本项目绩效自评分数为93.5分，评价等级为优。", "93.5")]
    public void Score_ListedPartsScores_NoneIsTheDocuments(string sentence, string? score)
    {
        var d = Single("某某市交通运输局关于2023年度省级交通专项资金绩效自评报告\n" + sentence + "\n");
        Assert.Equal(score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), d.Stated.TotalScore);
    }

    [Fact]
    public void Budget_OneSourcesAllocation_GivesWayToTheTotalItsSplitAddsUpTo()
    {
        var d = Single("""
            某某区优抚对象生活补助经费转移支付2023年度绩效自评报告
            2023年收到中央下达优抚对象生活补助资金1372.7万元，自治区下达98.6万元，地方匹配859.6万元。
            2023年收到财政资金共2330.9万元，其中：中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元。
            """);
        Assert.Equal(2330.9m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void Budget_ScopeOfTheEvaluationWithItsSplit_NoBudgetWhenNoPartWasRead()
    {
        var d = Single("""
            2024年度车购税收入补助地方预算资金转移支付绩效自评报告
            纳入绩效评价的资金共43485.32万元，其中中央资金10401.21万元，地方资金33084.11万元。
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void Budget_TotalAllocatedAfterTheList_WinsOverTheFirstItem()
    {
        var d = Single("""
            某某县民政局2024年度资金绩效自评报告
            2024年度，中央、市级下达转移支付慈善会项目40万元；城乡低保项目2.75万元；福利院运行经费项目25.85万元。共计下达中央、市级转移支付资金68.6万元。
            """);
        Assert.Equal(68.6m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void Budget_AmountThatShouldBeSpent_IsTheBudgetNotSpending()
    {
        var d = Single("某某市退役军人事务局2023年残疾军人护理费项目支出绩效自评报告\n省级下拨3.89万元，市级下拨3.89万元，全年应执行数为7.79万元，实际执行率为100%。\n");
        Assert.Equal(7.79m, d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    [InlineData("某某省2018年残疾人辅助器具适配服务经费绩效自评报告", DocumentKind.ProjectReport)]
    [InlineData("某某县残疾人联合会2018年度部门整体支出绩效自评报告", DocumentKind.DepartmentReport)]
    public void Kind_TitleNamingTheMoneyOfOnePurpose_ProjectReport(string title, DocumentKind kind)
    {
        var d = Single(title + "\n根据有关要求，现将绩效自评情况报告如下。\n一、基本情况\n本年度经费主要用于辅助器具适配。\n");
        Assert.Equal(kind, d.Kind);
    }

    [Fact]
    public void Kind_EvaluationByAnOutsideFirm_Other()
    {
        var d = Single("""
            某某县人居环境指挥部乡村振兴项目资金
            绩效评价报告
            受某某县财政局委托，我所成立绩效评价工作组，对该项目资金开展绩效评价。
            一、项目概况
            该项目资金主要用于村庄道路建设。
            """);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("某某县人居环境指挥部", d.Evaluation.Unit);
        Assert.Null(d.Evaluation.Narrative.Overview);
    }

    [Fact]
    public void Unit_NamedProjectInTitle_IsNoUnit()
    {
        var d = Single("""
            老年人日间照料中心项目
            绩效自评报告
            一、项目概况
            本项目建设日间照料中心4个。
            """);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal(string.Empty, d.Evaluation.Unit);
        Assert.StartsWith("本项目建设", d.Evaluation.Narrative.Overview, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_QualifierBenji_Stripped()
    {
        var d = Single("""
            2022年某某自治县卫生健康局本级决算公开
            某县卫健局2022年度本级决算
            第一部分 部门概况
            一、主要职能
            负责全县卫生健康工作。
            """);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("某某自治县卫生健康局", d.Evaluation.Unit);
        Assert.Equal(2022, d.Evaluation.Year);

        // A 决算 is no self-evaluation: its 部门概况 is not read as a narrative section.
        Assert.Null(d.Evaluation.Narrative.Overview);
    }

    [Theory]
    [InlineData("(一)中央下达预算和绩效目标情况", "中央下达资金1000万元。")]
    [InlineData("(一)部门预算安排", "全年预算数1761.58万元。")]
    [InlineData("(一)部门整体支出规模", "全年支出300万元。")]
    public void Section_MoneyHeadingsOfTheTransferAndDepartmentOutlines_Finances(string heading, string body)
    {
        var d = Single($"""
            某某县农业农村局2021年度中央转移支付绩效自评报告
            一、基本情况
            {heading}
            {body}
            """);
        Assert.Equal(body, d.Evaluation.Narrative.Finances);
    }

    [Fact]
    public void Section_AssessmentWorkHeading_IsManagementNotTasks()
    {
        // 绩效考评工作开展情况 says how the evaluation was organised (management); 工作开展情况 alone is the year's work (tasks).
        var d = Single("""
            某某县2023年度衔接推进乡村振兴补助资金绩效自评报告
            一、绩效考评工作开展情况
            一是加强组织领导，成立考评工作专班。
            二、年度工作开展情况
            全年实施项目12个。
            """);
        Assert.StartsWith("一是加强组织领导", d.Evaluation.Narrative.Management, StringComparison.Ordinal);
        Assert.StartsWith("全年实施项目", d.Evaluation.Narrative.Tasks, StringComparison.Ordinal);
    }

    [Fact]
    public void RunOnDocument_TitleAndInlineHeadingsOnOneLine_KindUnitYearSections()
    {
        var d = Single("""
            《某某县第四中学专项资金绩效自评价报告.docx》由会员分享,可在线阅读
            某某县第四中学专项资金绩效自评价报告一、基本情况(一)项目基本概况我校2022年项目为一个:生均公用经费项目二、项目资金使用及管理情况资金严格按照上级文件的要求使用三、预算支出组织实施情况我校2022年财政安排支出共计87.06万元四、预算支出绩效情况保证了学校的正常运转五、存在的问题及原因分析我校项目运转正常,暂无问题六、几点建议拨款应及时一点七、其他需要说明的问题暂无
            """);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("某某县第四中学", d.Evaluation.Unit);
        Assert.Equal(2022, d.Evaluation.Year);
        Assert.NotNull(d.Evaluation.Narrative.Overview);
        Assert.StartsWith("我校项目运转正常", d.Evaluation.Narrative.Problems, StringComparison.Ordinal);
        Assert.StartsWith("拨款应及时", d.Evaluation.Narrative.Measures, StringComparison.Ordinal);
        Assert.Equal(2, d.Sources["narrative.problems"].Line);
    }

    [Fact]
    public void Sections_OneHeadingNamingTwo_BothPresent()
    {
        var d = Single("""
            某某县某某局2022年度项目支出绩效自评报告
            一、项目概况
            本项目为道路维护。
            二、存在的问题和改进建议
            资金拨付进度偏慢，下一步将加快拨付。
            """);
        Assert.NotNull(d.Evaluation.Narrative.Problems);
        Assert.Equal(d.Evaluation.Narrative.Problems, d.Evaluation.Narrative.Measures);
    }

    [Fact]
    public void Sections_ProjectFundsHeadingInsideGoalAnalysis_IsFinances_AndPartOfTheGoalAnalysis()
    {
        var d = Single("""
            某某县人民医院2023年度项目支出绩效自评报告
            一、绩效目标完成情况分析
            （一）资金投入情况分析。
            补助资金2.00万元，资金已使用2.00万元。
            （二）总体绩效目标完成情况分析。
            完成了年度目标。
            二、存在的问题
            无。
            """);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("补助资金2.00万元，资金已使用2.00万元。", d.Evaluation.Narrative.Finances);
        Assert.Contains("补助资金2.00万元", d.Evaluation.Narrative.GoalAnalysis, StringComparison.Ordinal);
        Assert.Contains("完成了年度目标", d.Evaluation.Narrative.GoalAnalysis, StringComparison.Ordinal);

        // The enclosing section ends at the next heading of its level: the problems are not part of it.
        Assert.DoesNotContain("无。", d.Evaluation.Narrative.GoalAnalysis, StringComparison.Ordinal);
        Assert.Equal("无。", d.Evaluation.Narrative.Problems);
    }

    [Fact]
    public void Year_CoverLabelNamesTheYear_AndEndsTheValueBeforeIt()
    {
        var d = Single("""
            项目支出绩效自评报告
            项目名称：某某县某某水库除险加固工程
            评价年度：2022
            预算部门单位(公章)：某某县水务局
            填报日期：2023年4月25日
            """);
        Assert.StartsWith("评价年度", d.Sources["year"].Text, StringComparison.Ordinal);
        Assert.Equal(2022, d.Evaluation.Year);
        Assert.Equal("某某县某某水库除险加固工程", d.Evaluation.ProjectName);

        // A year in the running text without a cue is no evaluated year.
        var plain = Single("""
            项目支出绩效自评报告
            项目名称：某某县某某水库除险加固工程
            工程设计洪水标准按2022规范执行。
            """);
        Assert.Equal(0, plain.Evaluation.Year);
    }

    [Fact]
    public void Kind_TableRunTogetherOnOneLine_NameBeforeTheFirstCoverLabelIsTheTitle()
    {
        var d = Single("2023年学生资助项目绩效自评表填报日期:2024年3月1日项目名称某某学院学生资助项目主管部门某某省教育厅项目实施单位某某学院项目类别部门预算项目一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标资助人数1200人1250人2020\n");
        Assert.Equal(DocumentKind.ProjectTable, d.Kind);

        // A sentence before the name: no title (the document is read from its body cues only, and they do not reach the threshold).
        var sentence = PublishedImporter.ImportText("我院按要求填写了2023年学生资助项目绩效自评表,填报日期:2024年3月1日,项目名称某某学院学生资助项目,主管部门某某省教育厅,资助人数1200人,实际资助1250人,资金全部按时发放到位。\n", "t.txt");
        Assert.Empty(sentence.Documents);
    }

    [Theory]
    [InlineData("自评结果：92分，优秀。", "优")]
    [InlineData("按照评分标准，总得分92分，属于“优”等级。", "优")]
    [InlineData("绩效自评综合得分85分，达到良好等次。", "良")]
    [InlineData("经综合评定，项目绩效自评得分为92分，等次为优。", "优")]
    [InlineData("经评价，该项目总体得分92分，评价等级“优”。", "优")]
    [InlineData("自评得分92分，优秀率达到95%。", null)]
    [InlineData("自评得分92分，其中产出指标得分45分。", null)]
    public void Grade_RightAfterTheStatedScore_AloneOrWithAGradeSuffix(string sentence, string? grade)
    {
        var d = Single($"某某县某某局2023年度某某道路维护项目支出绩效自评报告\n一、综合评价结论\n{sentence}\n");
        Assert.NotNull(d.Stated.TotalScore);
        Assert.Equal(grade, d.Stated.Grade);
    }

    [Theory]
    [InlineData("某某省住房和城乡建设厅关于2017-2019年省级城镇保障性安居工程支出绩效自评报告", 0)]
    [InlineData("某某省住房和城乡建设厅关于2021至2023年省级城镇保障性安居工程支出绩效自评报告", 0)]
    [InlineData("某某省住房和城乡建设厅关于2019年省级城镇保障性安居工程支出绩效自评报告", 2019)]
    public void Year_EndOfASpanOfYears_IsNoEvaluatedYear(string title, int year)
    {
        var d = Single(title + "\n一、项目概况\n该项目为省级城镇保障性安居工程。\n");
        Assert.Equal(year, d.Evaluation.Year);
    }

    [Fact]
    public void Year_WrittenInChineseDigits_Read_AndAChineseMonthMakesADate()
    {
        Assert.Equal("2023年度", TextNormalizer.ChineseNumeralYears("二〇二三年度"));
        Assert.Equal("1999年", TextNormalizer.ChineseNumeralYears("一九九九年"));
        Assert.Equal("一二三四年", TextNormalizer.ChineseNumeralYears("一二三四年"));
        var d = Single("某某县某某局二〇二三年度部门整体支出绩效自评报告\n一、部门基本情况\n本局负责全县某某工作。\n二、下一步改进措施\n2025年将加强预算管理。\n某某县某某局\n二〇二四年三月十日\n");
        Assert.Equal(2023, d.Evaluation.Year);
    }

    [Fact]
    public void Kind_EvaluationByAFirm_WeCompany_IsOther()
    {
        var firm = Single("某某道路维护项目绩效评价报告\n受某某县财政局委托，我公司成立评价组对该项目开展了绩效评价。\n一、基本情况\n项目预算1300万元。\n");
        Assert.Equal(DocumentKind.Other, firm.Kind);
        var own = Single("某某道路维护项目绩效自评报告\n我局对该项目开展了绩效自评。\n一、基本情况\n项目预算1300万元。\n");
        Assert.Equal(DocumentKind.ProjectReport, own.Kind);
    }

    [Theory]
    [InlineData("评价年度:2023\n自评得分:92\n")]
    [InlineData("评价年度 | 2023\n自评得分 | 92\n")]
    [InlineData("评价年度\t2023\n自评得分\t92\n")]
    [InlineData("评价年度\n2023\n自评得分:92\n")]
    public void Cover_KeyAndValueInCells_YearAndScoreRead(string cover)
    {
        var d = Single("项目支出绩效自评报告\n项目名称:某某道路维护经费\n实施单位:某某县公路事务中心\n" + cover + "填报日期:2024年3月1日\n");
        Assert.Equal(2023, d.Evaluation.Year);
        Assert.Equal(92m, d.Stated.TotalScore);
    }

    [Fact]
    public void Cover_ABareNumberAfterAGenericLabel_OrWithWordsAfterIt_IsNoScore()
    {
        Assert.Null(Single("项目支出绩效自评报告\n实施单位:某某县公路事务中心\n得分:20\n").Stated.TotalScore);
        Assert.Null(Single("项目支出绩效自评报告\n实施单位:某某县公路事务中心\n自评得分:92项指标均已完成\n").Stated.TotalScore);
    }

    [Fact]
    public void Sections_TableOfContents_EntriesAreNoSections_TheBodyAfterItIs()
    {
        var d = Single("""
            某某县某某局2023年某某项目支出绩效自评报告
            目 录
            一、项目基本情况
            （一）项目立项背景
            二、存在的问题
            三、改进措施
            一、项目基本情况
            本项目用于某某林地造林。
            二、存在的问题
            资金到位较晚。
            """);
        Assert.Equal("本项目用于某某林地造林。", d.Evaluation.Narrative.Overview);
        Assert.Equal("资金到位较晚。", d.Evaluation.Narrative.Problems);
        Assert.Null(d.Evaluation.Narrative.Measures);

        // Cut off inside the contents: nothing.
        var cut = Single("某某县某某局2023年某某项目支出绩效自评报告\n目录\n一、项目基本情况\n（一）项目立项背景\n二、存在的问题\n");
        Assert.Null(cut.Evaluation.Narrative.Overview);
        Assert.Null(cut.Evaluation.Narrative.Problems);
    }

    [Fact]
    public void Unit_CoverFieldLine_IsNotContinuedByTheTableHeaderBelowIt()
    {
        var d = Single("就业补助资金绩效自评表\n(2024年度)\n转移支付(项目)名称 就业补助资金\n中央主管部门 人力资源社会保障部\n资金使用单位 某某县人力资源和社会保障局\n资金投入情况(万元) 全年预算数(A) 全年执行数(B) 预算执行率(B/A)\n年度资金总额: 808.1 692.98 86%\n");
        Assert.Equal("某某县人力资源和社会保障局", d.Evaluation.Unit);
        Assert.Equal(808.1m, d.Evaluation.Budget.Adjusted);

        var dept = Single("2023年度部门整体支出绩效自评表\n预算部门、单位名称 某某县某某乡人民政府\n一级指标 分值 二级指标 分值 三级指标 分值 得分\n合计 100 92\n");
        Assert.Equal("某某县某某乡人民政府", dept.Evaluation.Unit);
    }

    [Fact]
    public void Year_LineUnderAFormsTitle_OutweighsThePageHeadersYear()
    {
        var d = Single("某某镇2021年预算绩效评价结果公开\n\n财政项目支出绩效自评表\n2020年度\n项目名称 城镇建设管理\n主管部门 某某镇人民政府\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 项目计划完成率 100% 100% 15 15\n总分:83\n");
        Assert.Equal(2020, d.Evaluation.Year);
    }

    [Fact]
    public void Year_ColumnHeadLineNotUnderATitle_IsNoFormYear()
    {
        var d = Single("某某镇2021年度部门整体支出绩效自评报告\n一、部门基本情况\n收入支出对比\n2020年度\n100万元\n2021年度\n120万元\n");
        Assert.Equal(2021, d.Evaluation.Year);
    }

    private const string IndicatorTable = "某某县某某局2023年度项目支出绩效自评表\n项目名称 某某道路维护\n实施单位 某某县公路事务中心\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 维护道路里程 50公里 52公里 20 20\n";

    [Theory]
    [InlineData("得分合计：92.5", "92.5")]
    [InlineData("综合得分（满分100分）：92", "92")]
    [InlineData("总得分 92", "92")]
    [InlineData("合计得分 92分", "92")]
    [InlineData("绩效自评得分：92分", "92")]
    [InlineData("满分100分", null)]
    [InlineData("得分 20", null)]
    [InlineData("总得分 92 项指标均已完成", null)]
    public void Score_StatedInWordsUnderTheIndicators_ReadByTheClauseReader(string line, string? score)
    {
        var d = Single(IndicatorTable + line + "\n");
        Assert.Equal(score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), d.Stated.TotalScore);
    }

    [Theory]
    [InlineData("自评总分（100分）92", "92", null)]
    [InlineData("合计100分，得分92分", "92", null)]
    [InlineData("满分100分，自评92分", "92", null)]
    [InlineData("总分：92分（满分100分）", "92", null)]
    [InlineData("总分100分，自评得分95.5分", "95.5", null)]
    [InlineData("总分（100分） 96", "96", null)]
    [InlineData("自评得分合计 95.5", "95.5", null)]
    [InlineData("总分值100分，自评得分95.5分", "95.5", null)]
    [InlineData("绩效自评综合得分为95.5分", "95.5", null)]
    [InlineData("评价结果：优（95.5分）", "95.5", "优")]
    [InlineData("自评得分：95.5分（优）", "95.5", "优")]
    // Real total rows stay rows of the table: the second number is the score.
    [InlineData("合计 | 100 | 92", "92", null)]
    [InlineData("总分 100 92", "92", null)]
    [InlineData("合计 100.00 92.50", "92.5", null)]
    [InlineData("合计\t100\t92", "92", null)]
    [InlineData("总分 | 100 | 95.5 | 优", "95.5", "优")]
    // Look-alikes: an indicator row's 分值/得分, a maximum alone, a rate of points, a date, one project's column.
    [InlineData("服务对象满意度 满意度 ≥90% 95% 10 9.5", null, null)]
    [InlineData("满分100分，得分率92%", null, null)]
    [InlineData("得分率95.5%", null, null)]
    [InlineData("2023年12月31日", null, null)]
    [InlineData("项目得分 | 92", null, null)]
    [InlineData("满意度指标分值10分，得分9.5分。", null, null)]
    [InlineData("得分：95.5", null, null)]
    public void Score_StatedInAnyWordingUnderTheIndicators_ReadOnceAsTheTotal(string line, string? score, string? grade)
    {
        var d = Single(IndicatorTable + line + "\n");
        Assert.Equal(score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), d.Stated.TotalScore);
        Assert.Equal(grade, d.Stated.Grade);
        if (score is not null)
        {
            Assert.Equal(score, ImportAssert.Value(d, "stated.totalScore").Value);
        }

        ImportAssert.SpansHold(d);
    }

    private const string ProjectReport = "某某县某某局2023年度某某道路维护项目支出绩效自评报告\n一、项目基本情况\n本项目用于道路维护。\n二、综合评价结论\n";

    [Theory]
    [InlineData("自评总分（100分）92分，评价等级为优。", "92", "优")]
    [InlineData("项目自评得分（92分），评价等级为优。", "92", "优")]
    [InlineData("自评结论：得分92分，等级优。", "92", "优")]
    [InlineData("项目得分92分，为“优”等次。", "92", "优")]
    [InlineData("总分值100分，自评得分95.5分，评价等级为优。", "95.5", "优")]
    [InlineData("评价结果：优（95.5分）。", "95.5", "优")]
    [InlineData("项目自评得分95.5分（优）。", "95.5", "优")]
    [InlineData("得分：95.5，等级：优", "95.5", "优")]
    [InlineData("总分100分，自评得分95.5分，等级为优。", "95.5", "优")]
    [InlineData("本项目自评总分100分，得分96分，等级为优。", "96", "优")]
    [InlineData("自评总分（100分），得分96分。", "96", null)]
    [InlineData("自评得分（95分）8项指标全部完成。", "95", null)]
    // 自评结论为 with the grade in quotes, also when the copy ends before the closing quote.
    [InlineData("绩效自评得分为98分,自评结论为“优秀”。", "98", "优")]
    [InlineData("绩效自评得分为98分,自评结论为“优秀", "98", "优")]
    [InlineData("自评结论：项目实施总体良好。", null, null)]
    // Look-alikes: a maximum alone, a scale, a sub-project's score, a rate word after 等级, 项目得分 in a row of cells.
    [InlineData("满分100分。", null, null)]
    [InlineData("评价等级分为优（90分）、良（80分）、中（60分）、差。", null, null)]
    [InlineData("其中道路维护项目得分85分。", null, null)]
    [InlineData("本项目质量等级优良率达到95%。", null, null)]
    [InlineData("工程质量等级优，验收合格。", null, null)]
    [InlineData("评价等级：优（90分以上）。", null, null)]
    [InlineData("项目名称 | 项目得分 | 92", null, null)]
    public void Score_StatedInProse_ReadWithItsGrade(string sentence, string? score, string? grade)
    {
        var d = Single(ProjectReport + sentence + "\n三、存在的问题\n无。\n");
        Assert.Equal(score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), d.Stated.TotalScore);
        Assert.Equal(grade, d.Stated.Grade);
        ImportAssert.SpansHold(d);
    }

    [Theory]
    // Two years with the same cues in a text that names no year as its own: none is taken.
    [InlineData("2017年管委会实际批复20万元。省安排2016年资金30万元。", 0)]
    // The same year stated twice outweighs another stated once.
    [InlineData("2017年管委会实际批复20万元。2017年实际支出18万元。省安排2016年资金30万元。", 2017)]
    public void Year_TwoYearsOfEqualWeight_NoneTaken(string sentence, int year)
    {
        var d = Single("某某局项目支出绩效自评报告\n一、项目基本情况\n" + sentence + "\n");
        Assert.Equal(year, d.Evaluation.Year);
        Assert.Equal(year == 0, d.Missing.Any(m => m.Path == "year" && m.Note.StartsWith("年度不确定", StringComparison.Ordinal)));
    }

    [Fact]
    public void Year_NextYearsBudgetAfterTheEvaluatedYear_DoesNotOutweighIt()
    {
        var d = Single("某某县某某局部门整体支出绩效自评报告\n一、部门整体收支情况\n2023年度全年预算数1300万元，2024年预算数1400万元。\n");
        Assert.Equal(2023, d.Evaluation.Year);
    }

    [Fact]
    public void Sections_DepartmentFinancesHeading_Kept()
    {
        var d = Single("""
            某某县某某局2022年度部门整体支出绩效自评报告
            一、部门概况
            本局负责全县某某工作。
            二、部门整体收支情况
            2022年收入合计100万元，支出合计90万元。
            """);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.StartsWith("2022年收入合计", d.Evaluation.Narrative.Finances, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("三、项目资金使用及管理情况")]
    [InlineData("(一)资金保障")]
    [InlineData("(一)部门整体支出概况。")]
    [InlineData("1. 资金管理方面自评。")]
    public void Sections_MoneyHeadingsOfRealOutlines_AreFinances(string heading)
    {
        var d = Single("某某县某某局2022年度部门整体支出绩效自评报告\n一、部门概况\n本局负责全县某某工作。\n" + heading
            + "\n2022年收入合计100万元，支出合计90万元。\n");
        Assert.StartsWith("2022年收入合计", d.Evaluation.Narrative.Finances, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_DutiesYearsWorkAndIndicatorAnalysisHeadings_Read()
    {
        var d = Single("""
            某某县某某局2022年度部门整体支出绩效自评报告
            一、部门概况
            (一)基本职能
            本局负责全县某某工作。
            (二)年度重点工作
            全年完成某某工作十项。
            二、绩效评价指标自评分析
            产出指标均已完成。
            """);
        Assert.StartsWith("本局负责", d.Evaluation.Narrative.Overview, StringComparison.Ordinal);
        Assert.StartsWith("全年完成", d.Evaluation.Narrative.Tasks, StringComparison.Ordinal);
        Assert.StartsWith("产出指标", d.Evaluation.Narrative.GoalAnalysis, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_RulesArticleWithTitleCue_NotANewDocument()
    {
        var result = PublishedImporter.ImportText("""
            某某学院预算绩效管理办法(试行)
            第一章 总则
            第一条 为加强预算绩效管理，制定本办法。
            第三章 事前绩效评估
            第七条 本办法所称事前绩效评估,是指校属各单位运用科学的方法
            """, "t.txt");
        var d = Assert.Single(result.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("某某学院", d.Evaluation.Unit);
    }

    [Fact]
    public void Title_TableRowsWithProjectWords_NotTheTitle()
    {
        var d = Single("""
            编辑: 某某 | 2019-07-11 |
            20 分)项目决策(10 分)科学决策必要性
            10 分)项目管理(7分)资金管理资金分配
            3 3 资金使用
            3.部门整体支出绩效自评开展情况. 按照预算绩效管理要求,本部门对2017 年整体支出开展绩效自评,自评得分90 分,存在的问题:一是预算编制不够准确.下一步改进措施:一是准确摸底.
            """);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
    }

    [Fact]
    public void Sections_Level2HeadingAfterASentence_OnOnePdfLine_Read()
    {
        var d = Single("""
            2021 年某某市某某局整体支出绩效自评报告
            一、部门基本情况 (一)部门职能 我局负责拟订和组织实施全市发展规划。 (二)机构设置 年末在职人数 57 人。 (三)年度总体工作和重点工作任务 1、强化经济综合管理。 2、抓好重点项目。
            """);
        Assert.StartsWith("1、强化经济综合管理", d.Evaluation.Narrative.Tasks, StringComparison.Ordinal);
        Assert.NotNull(d.Evaluation.Narrative.Overview);
    }

    [Fact]
    public void Sections_WordsAndColonAfterASentence_Read()
    {
        var d = Single("""
            某某局2017年度部门整体支出绩效自评报告
            本部门对2017年整体支出开展绩效自评,自评得分90分,存在的问题:一是预算编制不够准确.下一步改进措施:一是准确摸底。
            """);
        Assert.StartsWith("一是预算编制不够准确", d.Evaluation.Narrative.Problems, StringComparison.Ordinal);
        Assert.StartsWith("一是准确摸底", d.Evaluation.Narrative.Measures, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_HeadingLineAfterAnUnfinishedLine_StandsAlone()
    {
        var d = Single("""
            某某中心2018年度部门整体支出绩效自评报告
            年度主要
            工作内容
            1.完成数字化城市管理监督、指挥、调度和协调工作。2.做好全市数字化城市
            年度部门(单位)总体运行情况及取得的成绩
            我中心的数字城管二期建设项目已于2018年验收运行。
            """);
        Assert.StartsWith("我中心的数字城管", d.Evaluation.Narrative.Achievements, StringComparison.Ordinal);
        Assert.DoesNotContain("总体运行情况", d.Evaluation.Narrative.Tasks, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_OnlyInTheSharingSitesNotice_ReadFromIt_WithItsLine()
    {
        var d = Single("""
            《部门整体绩效自评表.docx》由会员分享,可在线阅读,更多相关《部门整体绩效自评表.docx(4页珍藏版)》请在某某文库上搜索。
            1、主管部门财政处室自评总分(分)97.6部门联系人某某联系电话部门预算执行情况年初预算数全年预算数全年执行数执行率
            2、中心2021年较好地完成了履职任务。指标名称计量单位指标性质年初指标值
            """);
        Assert.Equal(DocumentKind.DepartmentScoreTable, d.Kind);
        Assert.Equal(2021, d.Evaluation.Year);
    }

    [Fact]
    public void Kind_GluedProjectTableTail_SignatureRowTellsTheKind()
    {
        var d = Single("""
            产出指标数量指标足额保障率=100% 22.5 时效指标按时发放率=100% 22.5 合计100 评价结论 存在问题暂无 改进措施暂无 项目负责人: 财务负责人:
            """);
        Assert.Equal(DocumentKind.ProjectTable, d.Kind);
        Assert.Equal(string.Empty, d.Evaluation.Unit);
        Assert.Contains(d.Missing, m => m.Path == "year");
    }

    [Fact]
    public void Sections_ContentsLineThenPageNumberedHeading_ReadFromTheBodyNotTheContents()
    {
        var d = Single("""
            1 某某医院管理制度项目绩效自评报告 目 录 一、基本情况 .............................. 2 (一)资金情况 .............................. 2 二、自评情况 .............................. 6
            2 一、基本情况 (一)资金情况。
            2019 年,省财政厅安排补助资金 3000 万元。
            """);
        // 一、基本情况 encloses (一)资金情况: the sub-section's text is both.
        Assert.Equal("2019年,省财政厅安排补助资金 3000万元。", d.Evaluation.Narrative.Finances);
        Assert.Equal(d.Evaluation.Narrative.Finances, d.Evaluation.Narrative.Overview);
        Assert.Equal(3, d.Sources["narrative.overview"].Line);
        Assert.Equal(3, d.Sources["narrative.finances"].Line);
    }

    [Fact]
    public void Split_AListOfAttachments_StartsNoDocument()
    {
        var docs = PublishedImporter.ImportText("""
            某某县林业局2023年造林补助资金项目支出绩效自评报告
            一、项目基本情况
            项目年初预算100万元，全年执行数95万元，预算执行率95%。
            五、附件
            附件1.成本效益分析报告
            附件2.项目支出决算表
            附件3.项目支出绩效评价管理办法
            """, "t.txt").Documents;
        Assert.Single(docs);
    }

    [Fact]
    public void Table_AmountsInTheCaptionsUnit_ConvertedToWan_TotalRowScoreAndGrade()
    {
        var d = Single("""
            2022年度项目支出绩效自评表 | 部门:某某中学 |
            | 项目名称 | 营养改善计划 | 实施单位 | 某某中学 | 项目资金 (元) |
            | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            | 年度资金总额 | 387664.62 | 387664.62 | 387664.62 | 10 | 100% | 10 |
            | 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |
            """);
        Assert.Equal(38.766462m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(38.766462m, d.Evaluation.Budget.Executed);
        Assert.Equal(96m, d.Stated.TotalScore);
        Assert.Equal("优", d.Stated.Grade);
    }

    [Fact]
    public void Table_HeaderCellsBrokenOverLines_Joined()
    {
        var d = Single("""
            项目支出绩效自评表
            (2019年度)
            项目名称
            某某项目
            项目资金
            (万元)
            年初
            预算数
            全年
            预算数
            全年
            执行数
            分值
            执行率
            得分
            年度资金总额
            43.2
            43.2
            37.24
            10
            86%
            9
            """);
        Assert.Equal(43.2m, d.Evaluation.Budget.Initial);
        Assert.Equal(43.2m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(37.24m, d.Evaluation.Budget.Executed);
        Assert.Equal(86m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    [InlineData("项目资金共2179万元，已完成拨付2113.63万元，执行率97%。", "2179", "2113.63")]
    [InlineData("现下达2025年省级第七批水利专项资金35万元，用于护岸修复。", "35", null)]
    [InlineData("根据《关于下达2020年公交补助的通知》,4.13万元。", null, null)]
    [InlineData("1、烈士纪念设施维修项目:预算35.3万元,全年实际支付35.3万元。共支出20万元。", null, null)]
    [InlineData("预算35. 3万元。", null, null)]
    [InlineData("项目预算30万,执行数29.6万,执行率98.7%。", "30", "29.6")]
    [InlineData("项目预算为服务5200万人次。", null, null)]
    [InlineData("2022年预算100万元。2022年支出76.36万元,其中基本支出76.36万元。", "100", "76.36")]
    [InlineData("2023年度收入总计2043.32万元,支出总计2043.32万元,较上年决算数增加660.98万元。", null, null)]
    public void Clauses_AllocationsItemsCitationsAndTotals(string sentence, string? budget, string? executed)
    {
        var d = Single("某某局2022年度项目绩效自评报告\n一、项目基本情况\n" + sentence + "\n");
        Assert.Equal(budget is null ? null : decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
        Assert.Equal(executed is null ? null : decimal.Parse(executed, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Grade_InspectionResult_IsNoGrade_RateNotReached_IsNoRate()
    {
        var d = Single("某某局2022年度项目绩效自评报告\n一、项目基本情况\n工程已验收，质量鉴定为合格。存在主要问题:预算执行率未达到100%。\n");
        Assert.Null(d.Stated.Grade);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void Kind_AFundEvaluatedInTheTitle_IsATransfer_AndANoticeHasNoBudget()
    {
        var transfer = Single("某某县2023年度中央水利发展资金绩效自评报告\n下达某某县2023年中央水利发展资金2263万元。\n");
        Assert.Equal(DocumentKind.TransferPaymentReport, transfer.Kind);
        Assert.Equal(2263m, transfer.Evaluation.Budget.Adjusted);

        var final = Single("某某所2023年度决算公开报告\n2023年度收入合计2028.05万元，本年支出合计2000万元，预算执行率98%。\n");
        Assert.Equal(DocumentKind.Other, final.Kind);
        Assert.Null(final.Evaluation.Budget.Executed);
        Assert.Null(final.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(final.Missing, m => m.Path == "budget.executed" && m.Note.Contains("不是自评文档", StringComparison.Ordinal));
    }

    [Fact]
    public void Unit_SelfDescribedInTheOverview_OnlyWhenNothingElseNamesIt()
    {
        var d = Single("2022年度部门整体支出绩效自评报告\n一、部门基本情况\n某某县残疾人联合会是一个履行代表、服务、管理职能的人民团体。\n二、存在的问题\n无。\n");
        Assert.Equal("某某县残疾人联合会", d.Evaluation.Unit);

        var titled = Single("某某县民政局2022年度部门整体支出绩效自评报告\n一、部门基本情况\n某某县残疾人联合会是一个人民团体。\n");
        Assert.Equal("某某县民政局", titled.Evaluation.Unit);
    }

    [Fact]
    public void Unit_AFacilityTheProjectWorksOn_IsNoUnit()
    {
        var d = Single("某某市某某区滨河家园垃圾转运站提升改造项目绩效自评报告\n一、项目基本情况\n项目预算100万元。\n");
        Assert.Equal(string.Empty, d.Evaluation.Unit);
    }

    [Fact]
    public void Kind_AnEvaluationByAnIntermediary_IsOther()
    {
        var d = Single("2024年度部门整体支出绩效评价报告\n受某某区财政局委托，我们作为第三方绩效评价中介机构，对某某委员会部门整体支出进行了评价。\n一、部门概况\n");
        Assert.Equal(DocumentKind.Other, d.Kind);
    }

    [Fact]
    public void Clauses_ALabelFollowedByATotalWord_StatesTheWhole()
    {
        var d = Single("某某县2024年度农机购置补贴转移支付绩效自评报告\n一、基本情况\n中央年初下达资金2077万元,省内安排资金312万元,年初预算合计2389万元。\n");
        Assert.Equal(2389m, d.Evaluation.Budget.Initial);
    }

    [Fact]
    public void Table_GluedRow_ARateOfZeroConfirmsNoSplit()
    {
        const string head = "某某县2021年度转移支付区域绩效自评表\n(2021年度)\n项目资金\n(万元)\n全年预算数(A)全年执行数(B)预算执行率(B/A)\n";
        var d = Single(head + "年度资金总额:40004000100%\n");
        Assert.Equal(4000m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(4000m, d.Evaluation.Budget.Executed);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);

        // Every split of this run reads a rate of 0% (3000/0/0%, 30000/0%), which holds for any budget: nothing is taken.
        var zero = Single(head + "年度资金总额:300000%\n");
        Assert.Null(zero.Evaluation.Budget.Adjusted);
        Assert.Null(zero.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Score_LabelStatingItsUnit_NumberRunTogetherWithTheNextCell_Read()
    {
        var d = Single("部门整体绩效自评表\n主管部门财政处室自评总分(分)97.6部门联系人某某联系电话\n");
        Assert.Equal(97.6m, d.Stated.TotalScore);

        // Without the unit in the label, 97.6部 is not a score.
        var bare = Single("部门整体绩效自评表\n主管部门财政处室自评总分97.6部门联系人某某联系电话\n");
        Assert.Null(bare.Stated.TotalScore);
    }

    [Theory]
    [InlineData("经评价，整体绩效自评为优秀。", "优")]
    [InlineData("经评价，整体绩效评为优。", "优")]
    [InlineData("本项目被评为优质工程。", null)]
    [InlineData("通过验收组验收,评定为“合格工程”,验收合格率为100%。", null)]
    [InlineData("本局被评为优秀单位。", null)]
    [InlineData("经评价，整体绩效评定为“合格”。", "中")]
    [InlineData("经评价，整体绩效评定为优秀等次。", "优")]
    [InlineData("整体绩效自评为优、良、中、差四个等级之一。", null)]
    public void Grade_AfterALabelEndingInItsConnector(string sentence, string? grade)
    {
        var d = Single("某某局2022年度部门整体支出绩效自评报告\n一、绩效自评结果\n" + sentence + "\n");
        Assert.Equal(grade, d.Stated.Grade);
    }

    [Theory]
    [InlineData("项目批复资金350万已全部到位。", "350")]
    [InlineData("项目批复资金350万人次。", null)]
    public void Money_WanAlone_BeforeAWordThatIsNoMeasure(string sentence, string? budget)
    {
        var d = Single("某某局2022年度项目绩效自评报告\n一、项目基本情况\n" + sentence + "\n");
        Assert.Equal(budget is null ? null : decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void Executed_ProjectsSpendingInAProjectReport_IsTheDocuments_NotInADepartmentReport()
    {
        const string body = "一、项目基本情况\n本中心2023年参与绩效评价的项目共4个,项目支出609.74万元。其中:财政拨款项目支出15万元。\n";
        var project = Single("某某县就业服务中心2023年度项目支出绩效自评报告\n" + body);
        Assert.Equal(609.74m, project.Evaluation.Budget.Executed);

        var department = Single("某某县就业服务中心2023年度部门整体支出绩效自评报告\n" + body);
        Assert.Null(department.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Budget_IncomeTotalTheRateIsTakenOn()
    {
        var d = Single("某某镇人民政府2024年度部门整体支出绩效自评报告\n一、基本情况\n2024年度财政拨款收入合计2024.05万元,财政拨款支出合计2024.05万元,预算执行率100%。\n");
        Assert.Equal(2024.05m, d.Evaluation.Budget.Adjusted);

        // The rate is not taken on the income: the income is no budget.
        var other = Single("某某镇人民政府2024年度部门整体支出绩效自评报告\n一、基本情况\n2024年度财政拨款收入合计2500万元,财政拨款支出合计2024.05万元,预算执行率100%。\n");
        Assert.Null(other.Evaluation.Budget.Adjusted);
    }

    [Theory]
    [InlineData("63%", "63")]
    [InlineData("70%", "61")]
    public void Rate_SeveralStated_TheOneAgreeingWithTheDocumentsFigures(string last, string rate)
    {
        var d = Single("某某局2020年度项目绩效自评报告\n一、项目基本情况\n年初预算4660.9万元。专项资金支出316.38万元,预算执行率61%,财政资金支出2419.45万元,预算执行率58%,总支出2939.83万元,执行率" + last + "。\n");
        Assert.Equal(2939.83m, d.Evaluation.Budget.Executed);
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    [InlineData("2024年中央、省、市财政衔接推进乡村振兴补助资金1749万元,全部在规定时限内下达。", "1749")]
    [InlineData("2024年中央农业生产发展补助资金1749万元,全部在规定时限内下达。", null)]
    [InlineData("中央财政衔接推进乡村振兴补助资金1000万元,省级财政衔接推进乡村振兴补助资金749万元。", null)]
    public void Budget_TheAmountAfterTheFundTheTitleNames(string sentence, string? budget)
    {
        var d = Single("某某区2024年度转移支付财政衔接推进乡村振兴补助资金绩效评价自评报告\n一、绩效目标分解下达情况\n" + sentence + "\n");
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.Equal(budget is null ? null : decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void Unit_CoverLabelsRunTogetherWithoutColons_ReadAfterAnotherCoverField()
    {
        // Cells of a cover run together: the unit label follows another cover field's value; its value ends at the next label.
        var d = Single("某某资金项目绩效目标自评表\n项目名称某某学院学生资助项目主管部门某某省教育厅项目实施单位某某学院项目类别部门预算项目\n");
        Assert.Equal("某某学院", d.Evaluation.Unit);

        // Run on into the table's words, a name stands when led by its region.
        var region = Single("绩效目标自评表(2022年度)项目名称某某补贴项目主管部门某某县水利局实施单位某某县水利局资金情况(万元)全年预算数(A)\n");
        Assert.Equal("某某县水利局", region.Evaluation.Unit);

        // Inside a sentence (no cover field before it) a unit label is no cover field, nor a name that runs on into a verb.
        var sentence = Single("某某县民政局2022年度项目支出绩效自评报告\n一、项目概况\n经县财政局审核后由项目实施单位某某服务中心负责组织验收。\n");
        Assert.Equal("某某县民政局", sentence.Evaluation.Unit);
        var verb = Single("2022年度项目支出绩效自评报告\n一、项目概况\n主管部门审核后由项目实施单位某某服务中心负责组织验收。\n");
        Assert.Equal(string.Empty, verb.Evaluation.Unit);
    }

    [Fact]
    public void Unit_PairedLabelsOverPairedValues_FirstValueIsTheUnits()
    {
        var d = Single("某某推广项目绩效目标自评表(2022年度)项目总得分99分项目名称某某推广项目实施单位/项目负责人某某区农技中心/张三自治区主管部门农业农村厅\n");
        Assert.Equal("某某区农技中心", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_NameGluedToItsLabelAtALineStart_EndsAtTheSpace()
    {
        var d = Single("""
            某某专项资金绩效自评报告
            一、项目概况
            (一)项目基本情况:立项情况、实施主体项目、资金及主要内容
            预算单位某某市中医医院 的项目 某某市中医医院建设项目属于部门项目
            项目负责人为:张三
            """);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("某某市中医医院", d.Evaluation.Unit);

        // A label at a line start followed by words that are no name: nothing.
        var words = Single("某某专项资金绩效自评报告\n一、项目概况\n预算单位要严格执行预算 加强管理\n");
        Assert.Equal(string.Empty, words.Evaluation.Unit);
    }

    [Fact]
    public void Unit_SeveralKindWordsBetweenUnitAndYear_AllStripped()
    {
        var d = Single("某某区残联中央转移支付2023年度绩效自评报告(残疾人事业发展补助资金)\n一、绩效目标分解下达情况\n");
        Assert.Equal("某某区残联", d.Evaluation.Unit);

        // Words of the kind before a bare region leave no unit.
        var region = Single("某某区中央转移支付2023年度绩效自评报告\n一、绩效目标分解下达情况\n");
        Assert.Equal(string.Empty, region.Evaluation.Unit);
    }

    [Fact]
    public void Unit_TitleOnlyATown_TheTownsGovernmentAsTheTextNamesIt()
    {
        var d = Single("""
            附件3
            某某乡部门整体支出绩效自评报告
            (2022年度)
            一、部门(单位)基本情况
            1.主要职能职责
            某某乡人民政府主要职能职责:(1)贯彻执行党和国家的路线、方针、政策。
            """);
        Assert.Equal("某某乡人民政府", d.Evaluation.Unit);

        // The text never names the town's government: the town speaks for itself (seventeenth session: the expected files of
        // such reports name the town, 玄马镇, 兴化市新垛镇, and two gates read one fact more each).
        var unnamed = Single("某某镇2022年度项目支出绩效自评报告\n一、基本情况\n本镇实施项目3个。\n");
        Assert.Equal("某某镇", unnamed.Evaluation.Unit);

        // A unit of the town (某某镇中心小学) is not the town's government.
        var school = Single("某某镇中心小学2022年度部门整体支出绩效自评报告\n一、基本情况\n某某镇人民政府下达资金。\n");
        Assert.Equal("某某镇中心小学", school.Evaluation.Unit);
    }

    [Fact]
    public void Unit_OpeningSaysWhoEvaluatedItself_ThatUnit()
    {
        var d = Single("""
            某某资金项目绩效自评报告
            根据《关于开展2020年度转移支付绩效自评工作的通知》(财监〔2021〕2号),某某部在对各地报送的自评材料审核基础上,对2020年度某某资金项目进行了绩效自评,现将情况报告如下。
            一、基本情况
            """);
        Assert.Equal("某某部", d.Evaluation.Unit);

        // Someone else's evaluation, or the unit named only as 本局: nothing.
        var other = Single("某某资金项目绩效自评报告\n按照要求,某某县财政局对2022年度某某资金进行了绩效评价,现将情况报告如下。\n一、基本情况\n");
        Assert.Equal(string.Empty, other.Evaluation.Unit);
        var self = Single("某某资金项目绩效自评报告\n按照要求,本局对2022年度某某资金进行了绩效自评。\n一、基本情况\n");
        Assert.Equal(string.Empty, self.Evaluation.Unit);
    }

    [Fact]
    public void Unit_ShortNameInTheTitle_FullNameTheTextWrites()
    {
        var d = Single("2024年某某市某某区发改委部门整体支出绩效自评报告\n一、部门概况\n某某市某某区发展和改革委员会具体职责如下:\n");
        Assert.Equal("某某市某某区发展和改革委员会", d.Evaluation.Unit);

        // Another, longer unit that only begins like it is no full name of it.
        var other = Single("某某县水利局2022年度部门整体支出绩效自评报告\n一、部门概况\n某某县水利水电工程管理局是所属单位。\n");
        Assert.Equal("某某县水利局", other.Evaluation.Unit);
        Assert.True(Jixiao.Documents.Reading.DocumentReader.Abbreviates("某某区住建局", "某某区住房和城乡建设局"));
        Assert.False(Jixiao.Documents.Reading.DocumentReader.Abbreviates("某某区住建局", "某某区住建局机关"));
    }

    [Fact]
    public void Unit_ProjectsPublisher_OnlyWhenTheTextNamesItActing()
    {
        const string Chrome = "索 引 号 11640102MB0U40499C/2022-00043 文  号 生成日期 2022-10-25\n发布机构 某某区住房和城乡建设局 责任部门 某某区住房和城乡建设局\n\n某某市某某区滨河家园垃圾转运站提升改造项目绩效自评报告\n一、绩效目标分解下达情况\n下达衔接资金100万元。\n";
        var d = Single(Chrome + "项目资金已全额支付。某某区住建局严格按照管理办法要求，进行资金的使用管理。\n");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("某某区住房和城乡建设局", d.Evaluation.Unit);

        // Named only inside a sentence about someone else's act: the publisher is no project's unit.
        var inside = Single(Chrome + "根据某某区住建局下达的计划，项目已完成。\n");
        Assert.Equal(string.Empty, inside.Evaluation.Unit);

        // Not named at all, and the text never calls itself (我局, 我校 …): the publisher is the unit, as for the other kinds
        // (since the ninth session: development and the v6 gate each gained a unit, nothing invented).
        var none = Single(Chrome + "项目已完成并通过验收。\n");
        Assert.Equal("某某区住房和城乡建设局", none.Evaluation.Unit);
    }

    [Fact]
    public void Unit_WordTextRunOnAfterTheTitle_ItsOwnTitleGivesTheUnit()
    {
        const string Body = " 一 绩效管理工作开展情况。 我单位按照《关于全面实施预算绩效管理的实施意见》文件要求,对 本单位整体支出和项目支出开展全过程预算绩效管理: 1.加强管理制度建设。把制度建设作为开展绩效管理的关键 环节。\n";
        var d = Single("河湖水系2022年整体绩效自评总结报告.docx\n某某市河湖水系水源调度中心 2022 年整体和项目支出绩效自评总结报告" + Body);
        Assert.Equal("某某市河湖水系水源调度中心", d.Evaluation.Unit);

        // A run-on line that opens with a sentence, not a title: no unit from it.
        var sentence = Single("河湖水系2022年整体绩效自评总结报告.docx\n按照要求,某某市河湖水系水源调度中心 2022 年开展自评" + Body);
        Assert.Equal(string.Empty, sentence.Evaluation.Unit);
    }

    [Fact]
    public void Unit_TextCallsItselfWoChu_TheOneRegionLedNameWithThatEnding()
    {
        var d = Single("2022年度项目支出绩效自评总报告\n根据某某市财政局关于开展2022年度单位自评工作的通知要求,对我处2022年度项目支出绩效进行了自评。\n一、本部门项目绩效目标情况\n(一)某某市烈士陵园管理处2022年度共有5个项目\n");
        Assert.Equal("某某市烈士陵园管理处", d.Evaluation.Unit);

        // Calling itself 我局 while the only 局 named is the issuer of a notice, or a sentence that begins with 我局: nothing.
        var issuer = Single("2022年度项目支出绩效自评总报告\n根据要求,对我局2022年度项目支出绩效进行了自评。\n某某市财政局关于开展2022年度单位自评工作的通知要求全面自评。\n");
        Assert.Equal(string.Empty, issuer.Evaluation.Unit);
        var sentence = Single("2022年度项目支出绩效自评总报告\n一、基本情况\n我局商同某某市财政局下达资金。\n");
        Assert.Equal(string.Empty, sentence.Evaluation.Unit);

        // Two different such names: unsure, nothing.
        var two = Single("2022年度项目支出绩效自评总报告\n对我处2022年度项目进行了自评。\n(一)某某市烈士陵园管理处共有5个项目\n(二)某某市公路管理处共有2个项目\n");
        Assert.Equal(string.Empty, two.Evaluation.Unit);
    }

    [Fact]
    public void Unit_TextCallsItselfWoJu_ANameAfterAJoiningWord_IsTheSecondOfTwo_NotRead()
    {
        // …(2017)32号)和某某市城市执法局《…》: 和 joins the bureau to the government before it; no clause opens with it.
        const string joined = "2017年度道路清扫保洁项目绩效评价报告\n根据某某市人民政府《关于环卫保洁工作的纪要》(2017)32号)和某某市城市执法局《关于审定招标文件的纪要》要求,我局对2017年度道路清扫保洁项目资金实施了绩效评价。\n";
        Assert.Equal(string.Empty, Single(joined).Evaluation.Unit);

        // The same bureau opening a clause of its own: read.
        var opening = Single(joined + "某某市城市执法局负责全市道路清扫保洁的监督管理。\n");
        Assert.Equal("某某市城市执法局", opening.Evaluation.Unit);

        // A place whose name is such a word and one character more (和平区, 和县) is no joined name.
        var region = Single("2017年度道路清扫保洁项目绩效评价报告\n我局对2017年度道路清扫保洁项目资金实施了绩效评价。\n和平区城市执法局负责全区道路清扫保洁的监督管理。\n");
        Assert.Equal("和平区城市执法局", region.Evaluation.Unit);
    }

    [Fact]
    public void Year_NoYearInTheTitle_ASpanOfYearsEachWritten_NoneOfThem()
    {
        var d = Single("省区域某某中心建设全周期跟踪问效绩效评价报告\n一、项目基本情况\n(一)项目预算安排和支出情况\n2020-2022年省级财政共计安排项目预算28600万元,其中2020、2021、2022年分别为3500万元、10500万元、14600万元。2020年度预算支出2376.8万元,2021年度预算支出3248.79万元,2022年度预算支出2403.34万元。\n");
        Assert.Equal(0, d.Evaluation.Year);

        // A plan's span (2021-2025年) whose years the text does not each write: the year the text gives is read.
        var plan = Single("部门整体支出绩效自评报告\n一、部门基本情况\n按照某某县发展规划(2021-2025年)要求开展工作。\n二、部门整体收支情况\n2022年度全年预算数1300万元，全年执行数1200万元，较2021年度增加100万元。\n");
        Assert.Equal(2022, plan.Evaluation.Year);
    }

    [Fact]
    public void Year_SharedFileNameOfAnotherYear_TheCopyContradictsItself_NoYear()
    {
        const string page = "《某某县林业局2022年度部门整体绩效自评表.docx》由会员分享,可在线阅读,更多相关《某某县林业局2022年度部门整体绩效自评表.docx》请在文库上搜索。\n1、某某县林业局2023年度部门整体绩效自评表主管部门某某县林业局自评总分(分)97.93\n";
        Assert.Equal(0, Single(page).Evaluation.Year);

        // The file name and the form agree: read.
        Assert.Equal(2023, Single(page.Replace("2022年度", "2023年度", StringComparison.Ordinal)).Evaluation.Year);

        // File names of two years (a page listing related files): they tell nothing.
        var two = page.Replace("更多相关《某某县林业局2022年度", "更多相关《某某县林业局2024年度", StringComparison.Ordinal);
        Assert.Equal(2023, Single(two).Evaluation.Year);
    }

    private const string UnitBody = "一、部门基本情况\n全年共有在职人员35人。\n二、部门整体收支情况\n2023年全年预算数1300万元，全年执行数1200万元。\n三、存在的问题\n预算编制的精准度有待提高。\n";

    /// <summary>Common ways a published document states its unit (scripts/reading/unit-matrix.py renders more); \n separates lines.</summary>
    [Theory]
    [InlineData("某某县人民政府办公室（县外事办）2023年度部门整体支出绩效自评报告", "", "", "某某县人民政府办公室（县外事办）")]
    [InlineData("某某县政协2023年度部门整体支出绩效自评报告", "", "", "某某县政协")]
    [InlineData("2023年度部门整体支出绩效自评报告", "", "某某县林业局\n二〇二四年三月十五日", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "", "某某县林业局\n\n2024年3月", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "", "某某县林业局\n2024-03-15", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "", "某某县林业局      2024年3月15日", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "", "某某县林业局\n2024年3月15日\n附件：部门整体支出绩效自评表", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "单位：某某县林业局", "", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "编制单位：某某县林业局", "", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "报送单位：某某县林业局", "", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "预算部门（盖章）：某某县林业局", "", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "预算部门：某某县林业局", "", "某某县林业局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "[ 发布机构 ] 某某县民政局 [ 发布日期 ] 2024-05-20", "", "某某县民政局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "发布单位：某某县民政局", "", "某某县民政局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "按照县财政局统一部署，某某县统计局组织开展了2023年度部门整体支出绩效自评工作，现将自评情况报告如下：", "", "某某县统计局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "我单位（某某县统计局）对2023年度部门整体支出开展了绩效自评。", "", "某某县统计局")]
    [InlineData("2023年度部门整体支出绩效自评报告", "某某县统计局（以下简称“我局”）根据县财政局要求，开展了2023年度部门整体支出绩效自评。", "", "某某县统计局")]
    [InlineData("2023年度农村公路养护项目支出绩效自评表", "项目名称：农村公路养护\n项目主管部门：某某县交通运输局\n项目执行单位：某某县公路养护中心", "", "某某县公路养护中心")]
    [InlineData("2023年度农村公路养护项目支出绩效自评表", "项目名称：农村公路养护\n主管部门：某某县交通运输局\n项目承担单位：某某县公路养护中心", "", "某某县公路养护中心")]
    [InlineData("2023年度农村公路养护项目支出绩效自评表", "项目名称 农村公路养护\n主管部门 [101]某某县交通运输局 实施单位 [101001]某某县公路养护中心", "", "某某县公路养护中心")]
    [InlineData("2023年度农村公路养护项目支出绩效自评表", "项目名称：农村公路养护\n用款单位：某某县公路养护中心", "", "某某县公路养护中心")]
    // Look-alikes: no unit.
    [InlineData("2023年度部门整体支出绩效自评报告", "某某县财政局：\n根据贵局要求，我局开展了2023年度部门整体支出绩效自评。", "", null)]
    [InlineData("2023年度部门整体支出绩效自评报告", "现将本局2023年度部门整体支出绩效自评情况向某某县财政局报送如下。", "", null)]
    [InlineData("2023年度部门整体支出绩效自评报告", "本次自评涉及某某县教育局、某某县卫生健康委员会、某某县民政局三个部门。", "", null)]
    [InlineData("2023年度部门整体支出绩效自评报告", "本局内设股室6个，我单位在职人员35人。", "", null)]
    [InlineData("某某县2023年度部门整体支出绩效自评报告", "", "", null)]
    [InlineData("2023年度部门整体支出绩效自评报告", "发布单位：林业局", "", null)]
    [InlineData("2023年度部门整体支出绩效自评报告", "根据县财政局组织开展的2023年度绩效自评工作要求，我局开展了自评。", "", null)]
    [InlineData("2023年度部门整体支出绩效自评报告", "", "抄送：某某县财政局\n2024年3月15日", null)]
    [InlineData("2023年度部门整体支出绩效自评报告", "单位：万元", "", null)]
    public void Unit_CommonStatements_ReadExactly_LookAlikesGiveNone(string title, string before, string after, string? unit)
    {
        var text = string.Join('\n', new[] { title, before, UnitBody, after }.Where(x => x.Length > 0)) + "\n";
        var d = PublishedImporter.ImportText(text, "t.txt").Documents[0];
        Assert.Equal(unit ?? string.Empty, d.Evaluation.Unit);
    }

    /// <summary>
    /// What stands around a unit's name and is not part of it (a bracketed list of the bodies it houses, the fund a title is
    /// about), a list of bodies or a name cut inside a place word (社区) that names no unit, a publisher that only
    /// commissioned a third party's report, and 项目主管部门 as a cover label; with the look-alikes that read otherwise.
    /// </summary>
    [Theory]
    [InlineData("2023年度部门整体支出绩效自评报告\n单位名称：某某市财政局（市国资委、市金融监管局）\n", "某某市财政局")]
    [InlineData("2023年度部门整体支出绩效自评报告\n单位名称：某某县委宣传部（县新闻出版局）\n", "某某县委宣传部（县新闻出版局）")]
    [InlineData("2023年度小区综合整新项目绩效自评报告\n项目单位：某某街道党政办、管理办、平安办\n主管部门：某某街道办事处\n", "某某街道办事处")]
    [InlineData("2023年度小区综合整新项目绩效自评报告\n项目单位：某某街道党政办、管理办、平安办\n", null)]
    [InlineData("某某市某某区应急管理局(中央自然灾害救灾资金—第一批洪涝灾害救灾补助)转移支付2023年度绩效自评报告\n", "某某市某某区应急管理局")]
    [InlineData("某某市某某区应急管理局(第一批)转移支付2023年度绩效自评报告\n", null)]
    [InlineData("某某县某某镇人民政府：\n现将2024年某某县某某镇某某社区产业设施配套项目绩效目标自评报告如下：\n一、绩效目标分解下达情况\n安排项目资金56万元。\n某某县某某镇人民政府\n2025年12月30日\n", "某某县某某镇人民政府")]
    [InlineData("某某县某某镇人民政府：\n现将2024年某某县某某镇某某合作社产业设施配套项目绩效目标自评报告如下：\n一、绩效目标分解下达情况\n安排项目资金56万元。\n", "某某县某某镇某某合作社")]
    [InlineData("某某县2022年度高标准农田建设专项资金绩效评价报告\n来源：某某县财政局 发布时间：2023-11-30\n某某会计师事务所受某某县财政局委托，对某某县2022年度高标准农田建设专项资金开展绩效评价工作，现将情况报告如下：\n一、基本情况\n", null)]
    [InlineData("某某县2022年度高标准农田建设专项资金绩效评价报告\n来源：某某县财政局 发布时间：2023-11-30\n某某会计师事务所受县财政局委托，对某某县2022年度高标准农田建设专项资金开展绩效评价工作，现将情况报告如下：\n一、基本情况\n", null)]
    [InlineData("某某县2022年度高标准农田建设专项资金绩效评价报告\n来源：某某县财政局 发布时间：2023-11-30\n某某会计师事务所受某某县农业农村局委托，对某某县2022年度高标准农田建设专项资金开展绩效评价工作，现将情况报告如下：\n一、基本情况\n", "某某县财政局")]
    [InlineData("2024年度部门整体绩效自评表\n项目名称：某某县科学技术协会整体支出\n项目主管部门：705-某某县科学技术协会\n", "某某县科学技术协会")]
    [InlineData("2023年度小区综合整新项目绩效自评报告\n主管部门：某某街道办事处 委托单位：某某区财政局 有效性：盖章有效\n", "某某街道办事处")]
    [InlineData("名称: | 某某市应急局2023年度中央自然灾害救灾资金(洪涝灾害抢险救援)绩效自评报告 | 文号: | 无 |\n", "某某市应急局")]
    [InlineData("名称: | 某某市2023年度中央自然灾害救灾资金(洪涝灾害抢险救援)绩效自评报告 | 文号: | 无 |\n", null)]
    public void Unit_WhatSurroundsOrListsNames_NotTheUnit(string head, string? unit)
    {
        var d = PublishedImporter.ImportText(head + UnitBody, "t.txt").Documents[0];
        Assert.Equal(unit ?? string.Empty, d.Evaluation.Unit);
    }

    [Fact]
    public void Year_TitleSpanningYears_NoneOfThem_ASingleYearBesideItIsRead()
    {
        var span = Single("""
            某某县2020-2022年度高标准农田建设专项资金绩效评价报告
            根据《某某县财政局关于开展2023年度重点绩效评价的通知》要求，对某某县2020-2022年度高标准农田建设专项资金开展绩效评价工作。
            一、基本情况
            """);
        Assert.Equal(0, span.Evaluation.Year);

        var single = Single("""
            某某县2020-2022年高标准农田建设项目2022年度绩效自评报告
            一、基本情况
            """);
        Assert.Equal(2022, single.Evaluation.Year);
    }

    [Fact]
    public void Split_TitleAfterTableOfContents_IsTheBodyOfTheSameDocument()
    {
        var r = PublishedImporter.ImportText("""
            某某县人民法院2022年度部门整体支出绩效自评报告
            评价单位：某某县人民法院
            目 录
            一、部门基本情况 1
            二、部门整体支出情况 3
            附件：部门整体支出绩效自评表
            2022年度部门整体支出绩效自评报告
            一、部门基本情况
            本院内设机构8个。
            二、部门整体支出情况
            全年预算数为1300万元，全年执行数为1170万元，预算执行率为90%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal("某某县人民法院", d.Evaluation.Unit);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);

        // Only the first title after the contents is the body's: a later document in the same file still starts anew.
        var two = PublishedImporter.ImportText("""
            某某县人民法院2022年度部门整体支出绩效自评报告
            目 录
            一、部门基本情况 1
            2022年度部门整体支出绩效自评报告
            一、部门基本情况
            本院内设机构8个。
            二、部门整体支出情况
            全年预算数为1300万元，全年执行数为1170万元，预算执行率为90%。
            某某县人民法院2022年度诉讼服务项目支出绩效自评报告
            一、项目基本情况
            项目全年预算数为80万元，全年执行数为80万元，预算执行率为100%。
            """, "t.txt");
        Assert.Equal(2, two.Documents.Count);
    }

    [Fact]
    public void Kind_CommissionedEvaluationCover_IsNoSelfEvaluation()
    {
        var d = Single("""
            某某市2023年市级衔接资金项目支出绩效评价报告
            委 托 单 位 ：某某市财政局
            项目主管部门：某某市农业农村局
            评 价 机 构 ：某某会计师事务所有限公司
            一、基本情况
            （一）立项背景
            """);
        Assert.Equal(DocumentKind.Other, d.Kind);

        // A unit's own evaluation group named 评价机构 is still the unit's self-evaluation.
        var own = Single("""
            某某县城市管理局2018年度部门整体支出绩效自评报告
            评价机构：部门（单位）评价组
            一、部门基本情况
            """);
        Assert.Equal(DocumentKind.DepartmentReport, own.Kind);
    }

    [Fact]
    public void Unit_SameNameTwiceInRunTogetherCells_ReadOnce()
    {
        var d = Single("某某市财政预算支出项目绩效目标自评表 项目名称 道路养护 项目实施单位 某某市交通运输局 某某市交通运输局 项目负责人 张三\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n");
        Assert.Equal("某某市交通运输局", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_SiteNameAboveARegionLedTitle_NotRunTogether()
    {
        var r = PublishedImporter.ImportText("""
            某某县人民政府
            某某县2020年第一批公路安全生命防护工程绩效自评报告
            一、绩效目标分解下达情况
            下达资金56万元。
            """, "t.txt");
        var d = Assert.Single(r.Documents);
        Assert.DoesNotContain("人民政府某某县", d.Evaluation.Unit, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_PageFieldLabel标题_NotPartOfTheName()
    {
        var d = Single("标      题 某某自治区文物局中央转移支付2020年度绩效自评报告\n一、绩效目标分解下达情况\n下达资金22171万元。\n");
        Assert.Equal("某某自治区文物局", d.Evaluation.Unit);
    }

    [Fact]
    public void Unit_WithoutRegion_QualifiedByTheOneRegionalNameInTheText()
    {
        var d = Single("""
            发布机构: 某某区林业局
            2021年林业局部门整体支出绩效自评报告
            一、部门基本情况
            本局内设股室5个。
            """);
        Assert.Equal("某某区林业局", d.Evaluation.Unit);
        Assert.Contains("未写地区", ImportAssert.Value(d, "unit").How, StringComparison.Ordinal);

        // Two regions' units of that name: which one is not said, so the name stays as written.
        var two = Single("""
            发布机构: 某某区林业局
            2021年林业局部门整体支出绩效自评报告
            一、部门基本情况
            本局与某某县林业局合作开展防火。
            """);
        Assert.Equal("林业局", two.Evaluation.Unit);
    }

    [Fact]
    public void Other_NoticeOfEvaluationResults_ItsScoresAndGradesAreNotItsOwn()
    {
        var d = Single("""
            某某县2021年10个重点项目绩效评价报告公开
            1、某某道路建设项目，下达资金197万元，支付186.98万元，支付完成率94.91%，评价得分91.8分，评价等级为优秀。
            """);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Null(d.Stated.TotalScore);
        Assert.Null(d.Stated.Grade);
        Assert.Contains(d.Missing, m => m.Path == "stated.grade" && m.Note.Contains("不是自评文档", StringComparison.Ordinal));
    }
}
