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

    public bool IsEnabled(string code) => !Disabled.Contains(code, StringComparer.Ordinal);
}
