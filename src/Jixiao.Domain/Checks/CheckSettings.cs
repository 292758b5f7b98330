namespace Jixiao.Domain.Checks;

/// <summary>
/// Settings of the check engine, per framework (<see cref="Frameworks.FrameworkSettings.Checks"/>).
/// Every threshold of DOMAIN §8 and §11 is one of these; nothing is hard-coded in the checks.
/// </summary>
public sealed record CheckSettings
{
    /// <summary>Codes of checks switched off for this framework.</summary>
    public IReadOnlyList<string> Disabled { get; init; } = [];

    /// <summary>A sum differing from its stated total by more than the rounding tolerance but at most this share is 疑似, beyond it 确定.</summary>
    public decimal SuspectShare { get; init; } = 0.01m;

    /// <summary>Execution rate below this percentage needs a written reason.</summary>
    public decimal ExecutionReasonBelowPercent { get; init; } = 90m;

    /// <summary>Score rate may outrun the execution rate by at most this many points (§8: 5).</summary>
    public decimal ScoreOutrunPoints { get; init; } = 5m;

    /// <summary>More than this percentage of the budget unspent is flagged (§8: 20).</summary>
    public decimal UnspentPercent { get; init; } = 20m;

    /// <summary>Adjusted budget above the initial one by more than this percentage needs an explanation.</summary>
    public decimal AdjustmentPercent { get; init; } = 20m;

    /// <summary>Rates above this percentage are implausible.</summary>
    public decimal ImplausibleRatePercent { get; init; } = 110m;

    /// <summary>Actual at or above this percentage of the target needs an explanation; null: no rule.</summary>
    public decimal? OverAchievementPercent { get; init; } = 130m;

    /// <summary>Words that make a target vague (indicator lint).</summary>
    public IReadOnlyList<string> VagueWords { get; init; } =
    [
        "进一步", "有效提升", "明显改善", "显著提升", "有所提高", "有所提升", "不断提高", "逐步提高", "稳步提升",
        "大幅提升", "明显提高", "较好", "良好", "效果明显", "显著", "持续改善", "得到提升", "得到改善", "有效",
    ];

    /// <summary>Words showing a satisfaction figure rests on a survey.</summary>
    public IReadOnlyList<string> SurveyWords { get; init; } = ["问卷", "调查", "调研", "测评", "抽样", "回访"];

    /// <summary>Level-2 classes whose indicators can normally be counted (定性 there is linted).</summary>
    public IReadOnlyList<string> CountableLevel2 { get; init; } = ["数量", "时效", "成本"];

    /// <summary>Character n-gram size for recycled text.</summary>
    public int NgramSize { get; init; } = 3;

    /// <summary>Share of a section's n-grams found in another document's section to call it recycled.</summary>
    public decimal RecycledContainment { get; init; } = 0.6m;

    /// <summary>Sections shorter than this (characters, after removing punctuation) are not compared.</summary>
    public int RecycledMinChars { get; init; } = 30;

    /// <summary>Spending at or above this percentage of the initial budget (年初预算) is “far above” it (SPEND-OVER-INITIAL).</summary>
    public decimal OverInitialPercent { get; init; } = 150m;

    /// <summary>
    /// Names of rates that are shares of non-negative amounts (TEXT-RATE): stated negative (<c>-12.5%</c>, <c>&lt;0</c>)
    /// they cannot be right; stated above <see cref="ImplausibleRatePercent"/> they are implausible. Growth rates are not here.
    /// </summary>
    public IReadOnlyList<string> BoundedRateWords { get; init; } =
    [
        "执行率", "支出率", "控制率", "使用率", "到位率", "结转结余率", "结余率", "拨付率", "支付率",
        "覆盖率", "满意度", "满意率", "合格率", "达标率", "知晓率", "公开率", "验收率", "及时率", "准确率",
    ];

    /// <summary>
    /// Words right after a rate that make it a scoring criterion, not a stated value (TEXT-RATE): 达到100%计满分, 95%及以上得满分.
    /// Scoring rules quoted in a score table are no figures of the unit (with OCR a weight may run into them: 预算完成率5100%计满分).
    /// </summary>
    public IReadOnlyList<string> CriterionWords { get; init; } = ["计满分", "得满分", "满分", "及以上", "以上", "以下", "扣", "得分", "计分"];

    /// <summary>Phrases by which a document says its spending stayed within the budget (SPEND-OVER-INITIAL).</summary>
    public IReadOnlyList<string> WithinBudgetPhrases { get; init; } =
    [
        "未超预算", "未超出预算", "没有超预算", "没有超出预算", "不超预算", "未超过预算", "未突破预算", "控制在预算范围内", "控制在预算内",
        "在预算范围内", "在预算额度内", "未出现超预算", "无超预算",
    ];

    /// <summary>Labels of a total that a narrative list breaks down after 其中 (TEXT-SUM).</summary>
    public IReadOnlyList<string> TotalLabels { get; init; } =
    [
        "合计", "总计", "共计", "总额", "总支出", "支出总额", "支出合计", "总收入", "收入总额", "收入合计", "全年支出", "全年收入", "累计支出",
        "支出决算", "收入决算", "决算数", "执行数", "预算数", "支出预算", "收入预算",
    ];

    /// <summary>Headings (or inline labels) that open the problems part of a text whatever its numbering (套用文字).</summary>
    public IReadOnlyList<string> ProblemHeadings { get; init; } =
        ["存在的主要问题", "存在的问题", "存在问题", "主要问题", "问题和不足", "问题与不足", "存在的不足", "不足之处", "存在的困难和问题"];

    /// <summary>Headings (or inline labels) that open the measures part of a text (套用文字).</summary>
    public IReadOnlyList<string> MeasureHeadings { get; init; } =
        ["下一步改进措施", "改进措施", "整改措施", "改进建议", "意见建议", "下一步工作计划", "下一步工作打算", "下一步措施", "下一步打算", "有关建议"];

    /// <summary>Line starts that end a problems or measures part found in the text (signatures and contacts under a table).</summary>
    public IReadOnlyList<string> SectionEndMarkers { get; init; } =
        ["填报人", "联系人", "联系电话", "审核人", "负责人", "单位负责人", "填报日期", "附件", "附表"];

    public bool IsEnabled(string code) => !Disabled.Contains(code, StringComparer.Ordinal);
}
