using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the thirty-fifth session, each with a text where it fires and a look-alike where it stays quiet.
/// </summary>
public class ThirtyFifthSessionRulesTests
{
    [Fact]
    public void AnItemOfANumberedListSectionNamingMoney_StaysInThatSection()
    {
        // 3.规范资金管理 names the money section (资金…管理), but under 三、改进措施 it is the third measure.
        var d = Lines(
            "某某县农业农村局2023年度部门整体支出绩效自评报告", "一、基本情况", "某某县农业农村局是县政府工作部门。",
            "二、存在的问题", "（一）绩效目标设置不够细化。", "（二）资金使用方面的问题", "个别项目资金拨付进度偏慢。",
            "三、改进措施", "1.细化绩效目标。", "2.加强培训。", "3.规范资金管理，提高资金使用效益。");
        Assert.Equal("1.细化绩效目标。\n2.加强培训。\n3.规范资金管理，提高资金使用效益。", d.Evaluation.Narrative.Measures);
        Assert.Contains("个别项目资金拨付进度偏慢", d.Evaluation.Narrative.Problems, StringComparison.Ordinal);
        Assert.Null(d.Evaluation.Narrative.Finances);

        // Under an unnumbered label (问题分析:) a deeper numbered heading is the outline's next part, not an item.
        var outline = Lines(
            "某某县文化旅游局2024年度转移支付绩效自评报告", "一、绩效目标分解下达情况", "资金已全部下达。", "二、绩效情况分析",
            "(一)资金投入情况分析。", "资金到位及时。", "问题分析:", "部分指标设置偏低。", "(四)绩效指标完成情况分析。", "各项指标均已完成。");
        Assert.Contains("各项指标均已完成", outline.Evaluation.Narrative.GoalAnalysis, StringComparison.Ordinal);
    }
}
