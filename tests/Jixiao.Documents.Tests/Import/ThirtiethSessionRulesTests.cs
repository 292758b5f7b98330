using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the thirtieth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class ThirtiethSessionRulesTests
{
    [Fact]
    public void AFigureAfterTheUnitTheLinesOpenWith_IsTheDocuments()
    {
        // No title: the lines open with the unit and the year, so its spending total is the department's own.
        var d = Lines("一、部门基本情况", "(一)部门概况", "某某市人民政府扶贫开发办公室2016年度参与整体支出绩效自评单位共1个。",
            "(三)部门整体收支情况", "某某市人民政府扶贫开发办公室2016年度支出合计174万元。");
        Assert.Equal("某某市人民政府扶贫开发办公室", d.Evaluation.Unit);
        Assert.Equal(174m, d.Evaluation.Budget.Executed);
        SpansHold(d);
        // Another body's name opening the line keeps the figure that body's.
        Assert.Null(Lines("一、部门基本情况", "(一)部门概况", "某某市人民政府扶贫开发办公室2016年度参与整体支出绩效自评单位共1个。",
            "(三)部门整体收支情况", "某某市扶贫管理服务中心2016年度支出合计74万元。").Evaluation.Budget.Executed);
    }

    [Fact]
    public void ATotalRowCopiedAsALine_GivesItsScoreNotItsWeight()
    {
        var d = Lines("项目支出绩效自评表", "（2023年度）", "总分 100分 98分");
        Assert.Equal(98m, d.Stated.TotalScore);
        SpansHold(d);
        // A stated total and a score in words stay as they were read: the score after its own label.
        Assert.Equal(95m, Lines("项目支出绩效自评表", "（2023年度）", "总分100分,自评得分95分。").Stated.TotalScore);
    }

    [Fact]
    public void ATablesTotalRowWithoutItsIndicatorHeader_GivesTheScore()
    {
        // A department's table copied one row a line, its indicators on another page.
        var d = Lines("某某县水利局2022年度部门整体支出绩效自评表", "预算执行情况（万元） 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分",
            "部门整体支出总额 1000 1200 1150 10 95.83% 9.58", "总分 100 92.5");
        Assert.Equal((92.5m, 100m), (d.Stated.TotalScore, d.Stated.TotalWeight));
        Assert.Equal((1200m, 1150m, 95.83m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        SpansHold(d);
        // One cell a line.
        Assert.Equal(97m, Lines("项目支出绩效自评表", "（2022年度）", "项目名称", "农村公路养护", "总分", "100", "97").Stated.TotalScore);
        // 合计 also totals a budget block's amounts: two amounts after it are no weight and score.
        Assert.Null(Lines("项目支出绩效自评表", "（2022年度）", "项目名称", "农村公路养护", "合计 120 97").Stated.TotalScore);
        // A score above the weight is no total row.
        Assert.Null(Lines("项目支出绩效自评表", "（2022年度）", "项目名称", "农村公路养护", "总分 90 97").Stated.TotalScore);
    }
}
