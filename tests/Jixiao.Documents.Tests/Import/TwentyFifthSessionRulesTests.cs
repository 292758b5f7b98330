using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-fifth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentyFifthSessionRulesTests
{
    // A government page's metadata block, its title and its reading aids, with every line break lost (joined with spaces).
    private const string Chrome = "索引号 11640102MB0U40499C/2022-00043 生成日期 2022-10-25 发布机构 兴庆区住房和城乡建设局 责任部门 兴庆区住房和城乡建设局 关键字 滨河家园垃圾转运站 公开方式 主动公开 公开时限 长期公开 是否有效 有效";

    private const string Body = "一、绩效目标分解下达情况 根据分配计划,下达2022年乡村振兴衔接资金100万元,主要用于支持移民重点村产业发展。 二、绩效目标完成情况分析 (一)资金投入情况分析。 1.项目资金到位情况分析。 下达第一批乡村振兴衔接资金100万元,全部列入滨河家园垃圾转运站提升改造项目,资金到位率100%。 2.项目资金执行情况分析。 项目已完成并通过验收,资金已全额支付。";

    [Fact]
    public void AJoinedPagesTitleAfterAMetadataValue_IsTheTitle()
    {
        // The title opens with its region, not its year, and stands between the last metadata value (有效) and the page's reading
        // aids (保护视力色: 字体颜色: 恢复默认): a line of its own, so its cues (项目, 自评报告) decide the kind over the
        // transfer template's body headings.
        var d = Lines($"{Chrome} 银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告 保护视力色: 字体颜色: 【绿】 恢复默认 {Body}");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("兴庆区住房和城乡建设局", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void ABreadcrumbsLastStep_IsNoTitle()
    {
        // 首页 > … > 财政预决算和三公经费: the page's section after a breadcrumb's mark, no title (its 决算 would make the page a
        // final-accounts notice); the body's own cues decide.
        var d = Lines("欢迎访问石峰区政府门户网 您当前位置: 首页 > 政务公开 > 财政资金 > 财政预决算和三公经费 浏览次数: 更新时间:2021-11-15 来源:区疾病预防控制中心 作者: "
            + "一、预算单位基本情况 本部门共有编制人数23人,实有人数23人。 二、部门整体支出绩效情况 2020年收入4816.24万元,支出4816.24万元。");
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
    }

    [Fact]
    public void AStreetReadAlone_IsItsOfficeWhereTheTextNamesIt()
    {
        string[] page = ["发布机构: | 东湖区董家窑街道 | 生成日期: | 2022-06-15 19:45 |",
            "根据区财政局通知要求,东湖区董家窑街道办事处开展了2021年部门整体支出绩效评价,现将有关情况报告如下:",
            "一、部门概况", "本单位实有人数45人。", "二、部门整体支出绩效情况", "2021年全年预算数为1200万元,全年执行数为1150万元。"];
        Assert.Equal("东湖区董家窑街道办事处", Lines(page).Evaluation.Unit);
        // The office named inside a longer word (新董家窑街道办事处) or nowhere: the street as the publisher line names it.
        var other = Lines([page[0], page[1].Replace("东湖区董家窑街道办事处", "我单位", StringComparison.Ordinal), .. page[2..]]);
        Assert.Equal("东湖区董家窑街道", other.Evaluation.Unit);
    }

    [Fact]
    public void SpendingLargerThanTheAdditionBeforeIt_IsTheYears()
    {
        const string title = "南陵县交通运输局2023年度公交补贴项目绩效自评报告";
        var d = Lines(title, "年底追加预算资金1000万元用于公交补贴项目,截止2023年底,已使用资金2924.27万元。");
        Assert.Equal("2924.27", Value(d, "budget.executed").Value);
        // Spending within the addition (追加预算82.25万元,支出7.48万元) stays the addition's.
        var within = Lines(title, "年底追加预算资金82.25万元用于公交补贴项目,截止2023年底,已使用资金7.48万元。");
        Assert.DoesNotContain(within.Values, v => v.Path == "budget.executed");
    }

    [Fact]
    public void AWholeScoreWrittenWithoutItsUnit_IsRead()
    {
        const string title = "某某县人才驿站补助资金2023年项目绩效自评报告";
        var d = Lines(title, "数量目标10分,质量目标10分,社会效益目标15分,服务对象满意度15分,总得分90,,(二)项目绩效目标完成情况");
        Assert.Equal(90m, d.Stated.TotalScore);
        var spaced = Lines(title, "三级指标 100 85 项目前期工作 综合得分 85 评价等次 良好");
        Assert.Equal(85m, spaced.Stated.TotalScore);
        // The grade called 等次.
        Assert.Equal("良", spaced.Stated.Grade);
        // A part's own score stays no total (数量目标10分).
        Assert.Null(Lines(title, "数量目标10分,质量目标10分。").Stated.TotalScore);
    }

    [Fact]
    public void AVerbOpeningAClause_StartsNoUnitsName()
    {
        // …降低风险、保障市委机关大院办公秩序: 保障 opens a purpose clause, 办 there is 办公's; 我办 names no unit of its own.
        string[] page = ["办公楼修缮经费项目绩效自评报告", "2017年,我办维修修缮达10处(次)以上,均经过相关部门验收合格,排除安全隐患、降低风险、保障市委机关大院办公秩序、环境、安全等情况。",
            "该项目年初预算资金为267万元,支付267万元。"];
        Assert.Equal(string.Empty, Lines(page).Evaluation.Unit);
    }

    [Fact]
    public void AFinalFigureInASentenceAboutIncome_IsNoSpending()
    {
        var d = Lines("2021年度部门整体支出绩效自评情况报告", "(三)部门整体收支情况",
            "单位年初预算收入785.59万元,决算数为885.63万元。单位年初预算支出785.59万元,决算支出960.28万元。");
        Assert.Equal("960.28", Value(d, "budget.executed").Value);
        // Without the income sentence, 决算数 is the spending.
        var spent = Lines("2021年度部门整体支出绩效自评情况报告", "(三)部门整体收支情况", "单位年初预算支出785.59万元,决算数为885.63万元。");
        Assert.Equal("885.63", Value(spent, "budget.executed").Value);
    }

    [Fact]
    public void TheProjectFormsMoneyCellsOnACoverTitledOnlyAsAFinanceEvaluation_MakeAProjectReport()
    {
        string[] cover = ["岳阳市财政支出绩效评价自评报告", "评价类型:项目实施过程评价R 项目完成结果评价□", "项目名称: 民族学院学前教育实训中心及公租房建设",
            "项目单位: 湖南民族职业学院", "主管部门: 岳阳市人民政府", "评价方式:部门(单位)绩效自评", "评价机构:部门(单位)评价组", "报告日期:二〇一九年七月十五日",
            "岳阳市财政局(制)", "一、项 目 基 本 概 况 |", "计划安排资金 (万元) |", "1720 |", "实际到位资金 (万元) |", "1680 |", "根据要求,我单位编制了本自评报告。"];
        Assert.Equal(DocumentKind.ProjectReport, Lines(cover).Kind);
        // Without the form's money cells (and the cover's 项目单位, which speaks for a project too) the generic title and body
        // words make it no project report.
        Assert.NotEqual(DocumentKind.ProjectReport, Lines([.. cover.Where(l => !l.StartsWith("计划安排资金", StringComparison.Ordinal) && !l.StartsWith("项目单位", StringComparison.Ordinal))]).Kind);
    }

    [Fact]
    public void ASelfEvaluationWorkSummary_IsASelfEvaluation()
    {
        // 自评工作总结, like 自评工作报告 and 自评总结: the body decides whose (实有人数: a department's).
        Assert.Equal(DocumentKind.DepartmentReport, Lines("某某县教育局2022年度预算绩效自评工作总结", "一、基本情况", "本单位实有人数45人。").Kind);
        Assert.Empty(Imported("某某县教育局2022年度工作总结", "一、基本情况", "本单位实有人数45人。").Documents);
    }
}
