using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Standard forms (财政部项目支出绩效自评表, 转移支付绩效自评表, 部门整体支出绩效自评表, 山东/四川项目表) flattened the ways real
/// tables get flattened — a header broken over lines or mid-cell, tab-separated cells, a grade on the total row — each with the
/// exact values read and a look-alike that must not be misread. Synthetic texts built like scripts/reading/layout-matrix.py.
/// </summary>
public class LayoutVariantTests
{
    /// <summary>The budget row of the MOF project table used throughout: 120.5 / 130 / 117 / 90%.</summary>
    private static void AssertMofBudget(ImportedDocument d)
    {
        Assert.Equal(120.5m, d.Evaluation.Budget.Initial);
        Assert.Equal(130m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(117m, d.Evaluation.Budget.Executed);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);
    }

    private const string Indicators = """
        一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
        产出指标 数量指标 维护道路里程 ≥50公里 52公里 20 20
        效益指标 社会效益指标 通行条件改善 明显改善 明显改善 30 25 部分路段仍需改造
        满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20 18
        """;

    /// <summary>The MOF project table one cell per line (120.5 / 130 / 117 / 10 / 90% / 9, total 100 / 92), as web mirrors copy it.</summary>
    private const string MofTableOneCellPerLine = """
        项目名称
        某某道路维护经费
        主管部门
        某某县交通运输局
        实施单位
        某某县公路事务中心
        项目资金(万元)
        年初预算数
        全年预算数(A)
        全年执行数(B)
        分值
        执行率(B/A)
        得分
        年度资金总额
        120.5
        130
        117
        10
        90%
        9
        其中:本年财政拨款
        120.5
        130
        117
        -
        -
        -
        一级指标
        二级指标
        三级指标
        年度指标值
        实际完成值
        分值
        得分
        产出指标
        数量指标
        维护道路里程
        ≥50公里
        52公里
        20
        20
        效益指标
        社会效益指标
        通行条件改善
        明显改善
        明显改善
        30
        25
        满意度指标
        服务对象满意度指标
        群众满意度
        ≥90%
        95%
        20
        18
        合计
        100
        92
        """;

    /// <summary>A second MOF project table one cell per line (某某桥梁维护经费, 50 / 60 / …, total 100 / 88), after a first one.</summary>
    private const string SecondMofTableOneCellPerLine = """
        项目名称
        某某桥梁维护经费
        主管部门
        某某县交通运输局
        实施单位
        某某县公路事务中心
        项目资金(万元)
        年初预算数
        全年预算数(A)
        全年执行数(B)
        分值
        执行率(B/A)
        得分
        年度资金总额
        50
        60
        30
        10
        50%
        5
        其中:本年财政拨款
        50
        60
        30
        -
        -
        -
        一级指标
        二级指标
        三级指标
        年度指标值
        实际完成值
        分值
        得分
        产出指标
        数量指标
        维护道路里程
        ≥50公里
        52公里
        20
        20
        效益指标
        社会效益指标
        通行条件改善
        明显改善
        明显改善
        30
        25
        满意度指标
        服务对象满意度指标
        群众满意度
        ≥90%
        95%
        20
        18
        合计
        100
        """;

    /// <summary>The same cells with a line of a bar (|) between every two, as a mirror writes the cell ends.</summary>
    private static string WithBarLines(string cells) => string.Join("\n|\n", cells.Split('\n'));

    // ------------------------------------------------------------------ header broken over lines

    [Fact]
    public void BudgetHeaderBrokenOverLines_OneHeader()
    {
        var d = One($"""
            某某县某某局2023年度项目支出绩效自评表
            项目名称 某某道路维护经费
            项目资金
            (万元)
            年初预算数 全年预算数(A) 全年执行数(B)
            分值 执行率(B/A) 得分
            年度资金总额 120.5 130 117 10 90% 9
            其中:本年财政拨款 120.5 130 117 - - -
            {Indicators}
            合计 100 92
            """);
        AssertMofBudget(d);
        Assert.Equal(10m, d.Stated.ExecutionWeight);
        Assert.Equal(9m, d.Stated.ExecutionScore);
        Assert.Equal(92m, d.Stated.TotalScore);
        Assert.Equal("130", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void HeaderCellBrokenMidWordAtLineEnd_JoinedIntoOneCell()
    {
        var d = One($"""
            2023年度项目支出绩效自评表
            项目资金(万元) 年初预算数 全年预算
            数(A) 全年执行数(B) 分值 执行率(B/A) 得分
            年度资金总额 120.5 130 117 10 90% 9
            {Indicators}
            合计 100 92
            """);
        AssertMofBudget(d);
        Assert.Equal(9m, d.Stated.ExecutionScore);
        SpansHold(d);
    }

    [Fact]
    public void LookAlike_BudgetHeaderFollowedByIndicatorHeader_NotOneHeader()
    {
        // A budget header left without figures, then the indicator header: two tables, not one header of both; the
        // indicator table's total is still its weight and score, and no budget figure is made up.
        var d = One("""
            2023年度项目支出绩效自评表
            年初预算数 全年预算数(A) 全年执行数(B)
            一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
            产出指标 数量指标 维护道路里程 ≥50公里 52公里 20 20
            合计 100 92
            """);
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Equal(100m, d.Stated.TotalWeight);
        Assert.Equal(92m, d.Stated.TotalScore);
    }

    [Fact]
    public void LookAlike_HeaderFollowedByWordsThatAreNoHeaderCells_NotContinued()
    {
        // 年初预算数 全年预算数 全年执行数 / 分值说明 见附件: the second line is prose, so the header is the first line only and
        // the total row's six figures do not fit its three columns: nothing is taken, the row is reported.
        var d = One("""
            2023年度项目支出绩效自评表
            年初预算数 全年预算数(A) 全年执行数(B)
            分值说明 见附件
            年度资金总额 120.5 130 117 10 90% 9
            """);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.Executed);
    }

    // ------------------------------------------------------------------ tab-separated cells

    [Fact]
    public void TabSeparatedTotalRow_WeightAndScoreByColumn()
    {
        var d = One("""
            2023年度项目支出绩效自评表
            项目资金(万元)	年初预算数	全年预算数(A)	全年执行数(B)	分值	执行率(B/A)	得分
            年度资金总额	120.5	130	117	10	90%	9
            一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分	偏差原因分析及改进措施
            产出指标	数量指标	维护道路里程	≥50公里	52公里	20	20	
            满意度指标	服务对象满意度指标	群众满意度	≥90%	95%	20	18	
            合计					100	92	
            """);
        Assert.Equal(100m, d.Stated.TotalWeight);
        Assert.Equal(92m, d.Stated.TotalScore);
        Assert.Equal("92", Value(d, "stated.totalScore").Source.Span);
        Assert.Contains("“得分”列", Value(d, "stated.totalScore").How, StringComparison.Ordinal);
        Assert.Equal(130m, d.Evaluation.Budget.Adjusted);
        SpansHold(d);
    }

    [Fact]
    public void LookAlike_TabSeparatedMoneyTotalUnderBudgetHeader_IsNoScore()
    {
        // 合计 under a budget header is the budget total: its money is the budget, never the evaluation's score.
        var d = One("""
            2023年度项目支出绩效自评表
            资金来源	年初预算数	全年预算数(A)	全年执行数(B)	执行率(B/A)
            合计	120.5	130	117	90%
            一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分
            产出指标	数量指标	维护道路里程	≥50公里	52公里	20	20
            """);
        Assert.Equal(130m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(117m, d.Evaluation.Budget.Executed);
        Assert.Null(d.Stated.TotalScore);
        Assert.Null(d.Stated.TotalWeight);
    }

    // ------------------------------------------------------------------ a grade on the total row

    [Theory]
    [InlineData("总分 100 92 优", "优")]
    [InlineData("总分 | 100 | 92 | 评价等级 | 优", "优")]
    [InlineData("合计 100 92 良好", "良")]
    [InlineData("总分 100 92 评价等级:优秀", "优")]
    public void GradeAfterTheTotalScore_IsTheGrade(string total, string grade)
    {
        var d = One($"""
            2023年度项目支出绩效自评表
            {Indicators}
            {total}
            """);
        Assert.Equal(92m, d.Stated.TotalScore);
        Assert.Equal(grade, d.Stated.Grade);
        Assert.Contains("得分后", Value(d, "stated.grade").How, StringComparison.Ordinal);
        SpansHold(d);
    }

    [Fact]
    public void GradeAfterTheTotalScore_OneCellPerLine()
    {
        var d = One("""
            2023年度项目支出绩效自评表
            一级指标
            二级指标
            三级指标
            年度指标值
            实际完成值
            分值
            得分
            产出指标
            数量指标
            维护道路里程
            ≥50公里
            52公里
            20
            20
            总分
            100
            92
            优
            """);
        Assert.Equal(92m, d.Stated.TotalScore);
        Assert.Equal("优", d.Stated.Grade);
    }

    [Theory]
    [InlineData("总分 100 92 优、良、中、差")]
    [InlineData("总分 | 100 | 92 | 优良率 | 95%")]
    [InlineData("总分 100 92 优 部分指标未完成")]
    [InlineData("总分 | 100 | 92 | 评价等级 | 良好以上")]
    public void LookAlike_NoGradeAloneAfterTheScore_NoGrade(string total)
    {
        var d = One($"""
            2023年度项目支出绩效自评表
            {Indicators}
            {total}
            """);
        Assert.Equal(92m, d.Stated.TotalScore);
        Assert.Null(d.Stated.Grade);
    }
    // ------------------------------------------------------------------ Shandong / Sichuan project table, 部门整体 score table

    [Fact]
    public void ShandongTable_OneCellPerLine_HeaderCellOfAColumnNotRead_Skipped()
    {
        var d = One("""
            区级部门预算项目支出绩效自评表
            ( 2019 年度)
            项目预算执行情况(10分)
            年初预算数(A)
            全年执行数(B)
            分值
            执行率(B/A)
            得分
            得分计算方法
            年度资金总额
            50
            45
            10
            90%
            9
            执行率*该指标分值,最高不得超过分值上限。
            """);
        Assert.Equal(50m, d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        Assert.Equal(45m, d.Evaluation.Budget.Executed);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal(9m, d.Stated.ExecutionScore);
        Assert.Equal("45", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void LookAlike_OneCellPerLine_WordsBeforeARowThatIsNoTotal_NothingTaken()
    {
        // The cells after the header are no total row (备注 / 某某专项资金 is a project's name, not 年度资金总额): its
        // numbers are not the budget.
        var d = One("""
            区级部门预算项目支出绩效自评表
            年初预算数(A)
            全年执行数(B)
            分值
            执行率(B/A)
            得分
            备注
            某某专项资金
            50
            45
            10
            90%
            9
            """);
        Assert.Null(d.Evaluation.Budget.Initial);
        Assert.Null(d.Evaluation.Budget.Executed);
        Assert.Null(d.Stated.ExecutionScore);
    }

    [Fact]
    public void ShandongTable_HeaderBrokenOverLines_WithACellOfAColumnNotRead()
    {
        var d = One("""
            区级部门预算项目支出绩效自评表
            ( 2019 年度)
            项目预算执行情况(10分) 年初预算数(A) 全年执行数(B)
            分值 执行率(B/A) 得分 得分计算方法
            年度资金总额 50 45 10 90% 9 执行率*该指标分值,最高不得超过分值上限。
            其中:财政拨款 50 45 - - -
            """);
        Assert.Equal(50m, d.Evaluation.Budget.Initial);
        Assert.Equal(45m, d.Evaluation.Budget.Executed);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal(10m, d.Stated.ExecutionWeight);
        Assert.Equal(9m, d.Stated.ExecutionScore);
        SpansHold(d);
    }

    [Fact]
    public void DeptScoreTable_PipedTotalWithAMergedCellLeftEmpty_WeightAndScoreInOrder()
    {
        var d = One("""
            2023年度部门整体支出绩效自评表
            一级指标 | 二级指标 | 三级指标 | 指标分值 | 评分标准 | 自评得分
            产出指标 | 数量指标 | 重点工作完成率 | 40 | 完成得满分 | 38
            满意度指标 | 服务对象满意度 | 群众满意度 | 20 | ≥90%得满分 | 16
            合计 | 100 | | 92
            """);
        Assert.Equal(100m, d.Stated.TotalWeight);
        Assert.Equal(92m, d.Stated.TotalScore);
        Assert.Equal("92", Value(d, "stated.totalScore").Source.Span);
    }

    [Fact]
    public void LookAlike_PipedTotalWithOneNumber_NotBothWeightAndScore()
    {
        // One number on the total row (总分 | 100 |): it is not taken as the score as well.
        var d = One("""
            2023年度部门整体支出绩效自评表
            一级指标 | 二级指标 | 三级指标 | 指标分值 | 评分标准 | 自评得分
            产出指标 | 数量指标 | 重点工作完成率 | 40 | 完成得满分 | 38
            合计 | 100 |
            """);
        Assert.Equal(100m, d.Stated.TotalWeight);
        Assert.Null(d.Stated.TotalScore);
    }
    // ------------------------------------------------------------------ OCR spaces inside a cell, spreadsheet fractions

    [Fact]
    public void HeaderCellsBrokenBySpacesInsideALine_Joined()
    {
        var d = One("""
            2023年度项目支出绩效自评表
            项目资金(万元) 年初预算数 全年预算 数(A) 全年执行 数(B) 分值 执行率(B/A) 得分
            年度资金总额 120.5 130 117 10 90% 9
            """);
        AssertMofBudget(d);
        SpansHold(d);
    }

    [Fact]
    public void LookAlike_TwoHeaderCellsSideBySide_NotJoinedIntoALongerOne()
    {
        // 预算 and 执行数 each head a column; together they would read 预算执行数 (one column): they stay two.
        var d = One("""
            2023年度项目支出绩效自评表
            资金来源 预算 执行数 执行率
            合计 100 90 90%
            """);
        Assert.Equal(100m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(90m, d.Evaluation.Budget.Executed);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void SpreadsheetRateAsFraction_AgreesWithExecutedOverBudget_ReadAsPercent()
    {
        var d = One("""
            2023年度项目支出绩效自评表
            项目资金(万元)	年初预算数	全年预算数(A)	全年执行数(B)	分值	执行率(B/A)	得分
            年度资金总额	120.5	130	117	10	0.9	9
            """);
        Assert.Equal(130m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(90m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Equal("0.9", Value(d, "budget.statedRatePercent").Stated);
        Assert.Contains("写作小数", Value(d, "budget.statedRatePercent").How, StringComparison.Ordinal);
    }

    [Fact]
    public void LookAlike_SmallRateWithoutPercent_ThatIsAPercent_KeptAsStated()
    {
        // 1.3 ÷ 130 = 1%: the cell 1 is a percent, not a fraction of 100%.
        var d = One("""
            2023年度项目支出绩效自评表
            项目资金(万元)	年初预算数	全年预算数(A)	全年执行数(B)	执行率(B/A)
            年度资金总额	130	130	1.3	1
            """);
        Assert.Equal(1.3m, d.Evaluation.Budget.Executed);
        Assert.Equal(1m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void LookAlike_SmallRateWithoutPercent_NoFiguresToCheck_NotTaken()
    {
        var d = One("""
            2023年度项目支出绩效自评表
            项目资金(万元)	年初预算数	全年预算数(A)	全年执行数(B)	执行率(B/A)
            年度资金总额	130	130	-	0.9
            """);
        Assert.Equal(130m, d.Evaluation.Budget.Adjusted);
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
        Assert.Contains(d.Missing, m => m.Path == "budget.statedRatePercent" && m.Note.Contains("无法确定是百分数还是小数", StringComparison.Ordinal));
    }


    // ------------------------------------------------------------------ a list of the tables before the first one

    [Fact]
    public void ListOfTablesBeforeTheFirstTable_OneDocumentWithTheTablesFigures()
    {
        // The page lists its tables (清单) and then gives the first, one cell per line, under a title of its own: the list
        // starts no document of its own, the figures are the one document's.
        var d = One($"""
            2023年度项目支出绩效自评表
            某某县某某局项目绩效自评表清单
            序号
            项目名称
            备注
            1
            某某道路维护经费自评表
            2
            某某桥梁维护经费自评表
            项目支出绩效自评表
            2023年度)
            {MofTableOneCellPerLine}
            """);
        AssertMofBudget(d);
        Assert.Equal(92m, d.Stated.TotalScore);
        SpansHold(d);
    }

    [Fact]
    public void LookAlike_ListThenTwoTables_TheSecondIsADocumentOfItsOwn()
    {
        // Only the first title after the list is the list's document: the second table is a document with its own figures.
        var r = PublishedImporter.ImportText($"""
            某某县某某局项目绩效自评表清单
            序号
            项目名称
            1
            某某道路维护经费自评表
            2
            某某桥梁维护经费自评表
            2023年度项目支出绩效自评表
            {MofTableOneCellPerLine}
            2023年度项目支出绩效自评表
            {SecondMofTableOneCellPerLine}
            88
            """, "t.txt");
        Assert.Equal(2, r.Documents.Count);
        AssertMofBudget(r.Documents[0]);
        Assert.Equal(60m, r.Documents[1].Evaluation.Budget.Adjusted);
        Assert.Equal(30m, r.Documents[1].Evaluation.Budget.Executed);
        Assert.Equal(88m, r.Documents[1].Stated.TotalScore);
    }

    [Fact]
    public void LookAlike_ListOfProblemsBetweenTwoTables_DoesNotJoinThem()
    {
        // 整改问题清单 names no kind of document: the table after it is a new document, as without it.
        var r = PublishedImporter.ImportText($"""
            2023年度项目支出绩效自评表
            {MofTableOneCellPerLine}
            某某县某某局整改问题清单
            2023年度项目支出绩效自评表
            {SecondMofTableOneCellPerLine}
            88
            """, "t.txt");
        Assert.Equal(2, r.Documents.Count);
        Assert.Equal(60m, r.Documents[1].Evaluation.Budget.Adjusted);
    }

    // ------------------------------------------------------------------ lines of cell bars between the cells

    [Fact]
    public void BarLinesBetweenCellsOnLinesOfTheirOwn_ReadAsEmptyLines()
    {
        // A web mirror writes each cell on its line and the cell ends (|, ||||) on lines of their own.
        var d = One($"""
            某某县某某局2023年度项目支出绩效自评表
            {WithBarLines(MofTableOneCellPerLine)}
            ||||
            """);
        AssertMofBudget(d);
        Assert.Equal(9m, d.Stated.ExecutionScore);
        Assert.Equal("117", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void LookAlike_CellsEndingInBars_ABarAloneIsAnEmptyCell()
    {
        // Where the cells end in bars (251.89 |), a bar alone is an empty cell: the empty score cell stays empty, the
        // figures keep their columns.
        var d = One("""
            部门预算项目支出绩效自评表(2023年度) |
            项目名称 |
            某某工资性支出 |
            预算执行情况(10分) |
            年初预算 |
            调整后预算数 |
            预算执行数 |
            预算执行率 |
            权重 |
            得分 |
            原因 |
            总额 |
            238.93 |
            251.89 |
            251.89 |
            100.00% |
            10 |
            |
            |
            """);
        Assert.Equal(238.93m, d.Evaluation.Budget.Initial);
        Assert.Equal(251.89m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(251.89m, d.Evaluation.Budget.Executed);
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
        Assert.Null(d.Stated.ExecutionScore);
    }

    // ------------------------------------------------------------------ a label cell, its value on the next line

    [Fact]
    public void CoverOneCellPerLine_ScoreAndGradeOnTheNextLine()
    {
        // The key–value cover of layout-matrix.py, one cell a line: 自评得分 / 92 / 评价等级 / 优.
        var d = One("""
            项目支出绩效自评报告
            项目名称
            某某道路维护经费
            实施单位
            某某县公路事务中心
            主管部门
            某某县交通运输局
            评价年度
            2023
            自评得分
            92
            评价等级
            优
            填报日期
            2024年3月1日
            """);
        Assert.Equal(92m, d.Stated.TotalScore);
        Assert.Equal("优", d.Stated.Grade);
        Assert.Equal(11, Value(d, "stated.totalScore").Source.Line);
        Assert.Equal("92", Value(d, "stated.totalScore").Source.Span);
        Assert.Equal("优", Value(d, "stated.grade").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void TotalWithItsMaximumInTheLabel_OneCellPerLine_TheNumberIsTheScore()
    {
        // 总分(100分) | 100 | 自评等级 | 优 one cell a line with bar lines between (yn-baoshan mirror): the 100 in the label is
        // the maximum, the one number after it the score.
        var d = One("""
            2022年度项目支出绩效自评表
            单位名称:某某市某某局
            项目名称
            春节走访慰问经费
            一级指标
            |
            二级指标
            |
            三级指标
            |
            年初目标值(A)
            |
            实际完成值(B)
            |
            分值
            |
            得分
            |
            产出指标
            |
            数量指标
            |
            慰问对象人数
            |
            50人
            |
            52人
            |
            50
            |
            48
            |
            满意度指标
            |
            服务对象满意度指标
            |
            群众满意度
            |
            ≥90%
            |
            95%
            |
            50
            |
            46
            |
            总分(100分)
            |
            94
            |
            自评等级
            |
            优
            |
            ||||||
            """);
        Assert.Equal(94m, d.Stated.TotalScore);
        Assert.Null(d.Stated.TotalWeight);
        Assert.Equal("优", d.Stated.Grade);
        Assert.Equal("94", Value(d, "stated.totalScore").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void TotalWithItsMaximumInTheLabel_OutsideATable_TheNextLineIsTheScore()
    {
        var d = One("""
            某某县某某局2023年度项目支出绩效自评报告
            总分(100分)
            88
            自评等级
            良
            """);
        Assert.Equal(88m, d.Stated.TotalScore);
        Assert.Equal("良", d.Stated.Grade);
        Assert.Equal("88", Value(d, "stated.totalScore").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void LookAlike_IndicatorHeaderEndingInScoreCells_NoTotal()
    {
        // A one-cell-a-line indicator table without a total row: the header's 分值 / 得分 are followed by a row label, and the
        // numbers under them are one indicator's weight and score.
        var d = One("""
            某某县某某局2023年度项目支出绩效自评表
            一级指标
            二级指标
            三级指标
            年度指标值
            实际完成值
            分值
            得分
            产出指标
            数量指标
            维护道路里程
            50公里
            52公里
            20
            20
            """);
        Assert.Null(d.Stated.TotalScore);
        Assert.Null(d.Stated.Grade);
    }

    [Fact]
    public void LookAlike_ABareScoreOrMaximumCellAndANumber_NoTotal()
    {
        // 满分 / 100 is the maximum; 得分 / 20 alone is one indicator's score; 等级 / 优 / 良 is a scale.
        var d = One("""
            某某县某某局2023年度项目支出绩效自评报告
            满分
            100
            得分
            20
            等级
            优
            良
            """);
        Assert.Null(d.Stated.TotalScore);
        Assert.Null(d.Stated.Grade);
    }
    [Theory]
    [InlineData(" ")]
    [InlineData(" | ")]
    [InlineData("\t")]
    [InlineData("\n")]
    public void ReceivedMoneyColumn_BetweenBudgetAndSpending_KeepsTheColumnsAfterItInPlace(string sep)
    {
        // 全年到位数 between 全年预算数 and 全年执行数: placed, never read; without it the spending and the rate were shifted.
        string Row(params string[] cells) => string.Join(sep, cells);
        var d = One(string.Join("\n",
            "某某县某某局2023年度项目支出绩效自评表",
            "(2023年度)",
            Row("项目名称", "某某道路维护经费"),
            Row("主管部门", "某某县交通运输局", "实施单位", "某某县公路事务中心"),
            Row("项目资金(万元)", "年初预算数", "全年预算数", "全年到位数", "全年执行数", "分值", "执行率", "得分"),
            Row("年度资金总额", "120.5", "130", "125", "117", "10", "90%", "9"),
            Row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) + "\n");
        AssertMofBudget(d);
        SpansHold(d);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(" | ")]
    [InlineData("\t")]
    public void RowNumberBeforeTheRowLabel_UnderASequenceHeader_IsNoFigure(string sep)
    {
        string Row(params string[] cells) => string.Join(sep, cells);
        var d = One(string.Join("\n",
            "某某县某某局2023年度项目支出绩效自评表",
            Row("项目名称", "某某道路维护经费", "实施单位", "某某县公路事务中心"),
            Row("序号", "项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            Row("1", "年度资金总额", "120.5", "130", "117", "10", "90%", "9"),
            Row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) + "\n");
        AssertMofBudget(d);

        // Without a sequence header the leading number is not known to be the row's number: the row is not read.
        var unknown = One(string.Join("\n",
            "某某县某某局2023年度项目支出绩效自评表",
            Row("项目名称", "某某道路维护经费", "实施单位", "某某县公路事务中心"),
            Row("项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            Row("1", "年度资金总额", "120.5", "130", "117", "10", "90%", "9"),
            Row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) + "\n");
        Assert.NotEqual(1m, unknown.Evaluation.Budget.Initial);
        Assert.NotEqual(1m, unknown.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void PipedRowOpeningWithAnEmptyCell_LabelAfterIt_ReadUnderTheHeader()
    {
        var d = One("""
            某某县某某局2023年度项目支出绩效自评表
            | 项目名称 | 某某道路维护经费 | 实施单位 | 某某县公路事务中心 |
            | 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            | | 年度资金总额 | 120.5 | 130 | 117 | 10 | 90% | 9 |
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
            """);
        AssertMofBudget(d);
        SpansHold(d);
    }
}
