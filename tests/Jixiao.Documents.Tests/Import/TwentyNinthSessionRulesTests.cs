using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-ninth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentyNinthSessionRulesTests
{
    // A final account's explanation (kind 其他), read only for its unit and year.
    private const string Accounts = "一、收入支出决算总体情况说明";

    private const string DepartmentTitle = "某某县博物馆2021年度部门整体支出绩效自评报告";

    [Fact]
    public void BudgetedSpendingStandingAlone_IsTheBudget()
    {
        var d = Lines(DepartmentTitle, "二、部门整体支出绩效自评情况分析", "2021年财政拨款150.49万元,预算支出150.49万元,全年支出150.49万元,执行率100%。");
        Assert.Equal((150.49m, 150.49m, 100m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        Assert.Equal("150.49万元", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
        // Run into by a word (一般公共预算支出: spending from a fund) it is no budget.
        Assert.Null(Lines(DepartmentTitle, "二、部门整体支出绩效自评情况分析", "2021年一般公共预算支出150.49万元。").Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void ADepartmentsSpendingTotal_IsItsSpending()
    {
        var d = Lines("某某区疫情防控中心2022年部门整体支出绩效自评报告", "二、部门整体支出情况", "2022年收入总计201.93万元。", "2022年支出总计201.93万元,其中工资福利支出131.84万元。");
        Assert.Equal(201.93m, d.Evaluation.Budget.Executed);
        Assert.Null(d.Evaluation.Budget.Adjusted);
        SpansHold(d);
        // An explicit spending label outranks it.
        Assert.Equal(180m, Lines("某某区疫情防控中心2022年部门整体支出绩效自评报告", "二、部门整体支出情况", "2022年支出总计201.93万元,其中实际支出180万元,年末结转21.93万元。").Evaluation.Budget.Executed);
    }

    [Fact]
    public void AMaskedYearBeforeALabel_IsNoPartsName()
    {
        const string title = "某某服务中心20xx年部门整体支出绩效自评报告";
        var d = Lines(title, "一、部门基本情况", "我单位20xx年财政拨款支出为314.86万元,本年财政拨款收支差额为0万元。");
        Assert.Equal(314.86m, d.Evaluation.Budget.Executed);
        SpansHold(d);
        // A part named before the label still owns its figure.
        Assert.Null(Lines(title, "一、部门基本情况", "我单位下属某某培训学校20xx年财政拨款支出为14.86万元。").Evaluation.Budget.Executed);
    }

    [Fact]
    public void SpendingAfterMoneyReceived_IsTheDepartments()
    {
        const string title = "某某县委统战部2022年部门整体支出绩效自评报告";
        var d = Lines(title, "一、部门基本情况", "2022年预算资金449.69万元,项目调剂增加277.31万元,实际到位资金726.85万元,已支付461.85万元。");
        Assert.Equal((449.69m, 461.85m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed));
        SpansHold(d);
        // After a fund's own amount the spending stays that fund's.
        Assert.Null(Lines(title, "一、部门基本情况", "2022年安排统战专项资金5.6万元,已支付1.51万元。").Evaluation.Budget.Executed);
    }

    [Fact]
    public void APartyBodysPartHeadings_NameTheUnit()
    {
        var d = Lines("目 录", "第一部分:中国共产主义青年团某某市某某区委员会概况", "一、本部门职责",
            "第二部分:中国共产主义青年团某某市某某区委员会2023年度部门决算报表", "第三部分:中国共产主义青年团某某市某某区委员会2023年度部门决算情况说明", Accounts);
        Assert.Equal("中国共产主义青年团某某市某某区委员会", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void OnePartHeadingThatIsTheUnitsOverview_NamesIt()
    {
        var d = Lines("目 录", "第一部分渌口区水利局单位概况", "一、部门职责", "第二部分2019年度部门决算表", "第三部分2019年度部门决算情况说明", Accounts);
        Assert.Equal("渌口区水利局", d.Evaluation.Unit);
        // Without its region one heading alone names nobody in particular; two agreeing do.
        Assert.Equal(string.Empty, Lines("目 录", "第一部分 温泉街道办事处部门概况", "一、部门主要职责", "第二部分 2022年度部门决算表", Accounts).Evaluation.Unit);
        Assert.Equal("温泉街道办事处", Lines("目 录", "第一部分 温泉街道办事处部门概况", "一、部门主要职责", "第二部分 温泉街道办事处2022年度部门决算表", Accounts).Evaluation.Unit);
    }

    [Fact]
    public void AnAmountThatIsTheBudgetWithItsChange_IsTheYearsBudget()
    {
        const string title = "某某县人力资源和社会保障局2020年度人社专项经费项目支出绩效自评报告";
        var d = Lines(title, "二、资金使用情况", "2020年度预算安排人社专项经费388万元,年中追加人社专项经费140.8万元,其中追加就业服务工作经费33万元,全年实际拨入人社专项经费528.8万元。");
        Assert.Equal((388m, 528.8m), (d.Evaluation.Budget.Initial, d.Evaluation.Budget.Adjusted));
        Assert.Equal("528.8万元", Value(d, "budget.adjusted").Source.Span);
        SpansHold(d);
        // A reduction subtracts (147.5 - 0.695 = 146.805).
        var cut = Lines(title, "二、资金使用情况", "本项目申报区财政预算资金147.5万元,年中预算调减0.695万元,通过财政局实际批复项目经费146.805万元。");
        Assert.Equal((147.5m, 146.805m), (cut.Evaluation.Budget.Initial, cut.Evaluation.Budget.Adjusted));
        // Money passed down in instalments gives the year's budget but no initial budget.
        var allocated = Lines("某某区2021年中央财政困难群众救助补助资金绩效自评报告", "一、资金情况", "2021年中央财政困难群众救助补助资金下达我区111万元,调减40万元,全年实际下达71万元,已全额划转至各街道。");
        Assert.Equal(71m, allocated.Evaluation.Budget.Adjusted);
        Assert.Null(allocated.Evaluation.Budget.Initial);
        // An amount that is not the sum, or one spent, changes nothing.
        Assert.Equal(388m, Lines(title, "二、资金使用情况", "2020年度预算安排人社专项经费388万元,年中追加人社专项经费140.8万元,全年实际拨入人社专项经费520万元。").Evaluation.Budget.Adjusted);
        Assert.Equal(388m, Lines(title, "二、资金使用情况", "2020年度预算安排人社专项经费388万元,年中追加人社专项经费140.8万元,全年实际支出528.8万元。").Evaluation.Budget.Adjusted);
    }
}
