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
}
