namespace Jixiao.Domain.Monitoring;

/// <summary>预警灯 (a traffic light of monitoring).</summary>
public enum Light
{
    /// <summary>绿灯: on track.</summary>
    Green,

    /// <summary>黄灯: behind, watch.</summary>
    Yellow,

    /// <summary>红灯: seriously behind.</summary>
    Red,

    /// <summary>蓝灯: over-achievement (an indicator far ahead of its pro-rated target).</summary>
    Blue,

    /// <summary>逾期: past the deadline and not submitted (a state of its own, not a red light).</summary>
    Overdue,

    /// <summary>无法判断: the inputs needed for the light are missing; the reason says which.</summary>
    NotAssessed,
}

/// <summary>How the months elapsed at the monitoring date are counted.</summary>
public enum MonthCounting
{
    /// <summary>完整月: months completed by the date (31 July → 7; 15 July → 6).</summary>
    Completed,

    /// <summary>按日折算: completed months plus the elapsed share of the current month (15 July → 6 + 15/31).</summary>
    Daily,
}

/// <summary>One band of a light scale: values below <see cref="Below"/> (percent) get <see cref="Light"/>; the last band has no bound.</summary>
public sealed record LightBand(decimal? Below, Light Light);

/// <summary>
/// 预警规则: every threshold and band of the monitoring lights (CYCLE §3, DOMAIN §8) for one region
/// and year, held as data (monitoring/*.yaml) and validated by <see cref="MonitoringSettingsLoader"/>.
/// </summary>
public sealed record MonitoringSettings
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Region { get; init; } = string.Empty;

    /// <summary>First year the settings apply to; null when not tied to a year.</summary>
    public int? Year { get; init; }

    /// <summary>Where the values come from (a rule, a notice, a vendor's defaults).</summary>
    public string? Source { get; init; }

    public MonthCounting MonthCounting { get; init; } = MonthCounting.Completed;

    /// <summary>Decimals of the progress value v before it is compared with the bands (四舍五入).</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>Budget light: v = (spent ÷ budget) ÷ (months ÷ 12) × 100.</summary>
    public IReadOnlyList<LightBand> Budget { get; init; } = DefaultBudget;

    /// <summary>Quantitative indicator light: v = current ÷ (target × months ÷ 12) × 100 (cumulative) or current ÷ target × 100 (levels).</summary>
    public IReadOnlyList<LightBand> Indicator { get; init; } = DefaultIndicator;

    /// <summary>Light of a quantitative indicator whose target is 0 (v cannot be computed).</summary>
    public Light ZeroTarget { get; init; } = Light.Red;

    /// <summary>Light of each qualitative progress answer.</summary>
    public IReadOnlyDictionary<QualitativeAnswer, Light> Qualitative { get; init; } = DefaultQualitative;

    /// <summary>Units whose values are levels (rates, scores), compared with the whole target rather than a pro-rated one.</summary>
    public IReadOnlyList<string> LevelUnits { get; init; } = ["%", "％", "分", "星", "级"];

    /// <summary>Deadline light: red when this many days or fewer are left (0 = the deadline is today).</summary>
    public int DeadlineRedDays { get; init; } = 3;

    /// <summary>Deadline light: yellow when this many days or fewer are left.</summary>
    public int DeadlineYellowDays { get; init; } = 7;

    /// <summary>Lights that require a 偏差原因 and a 纠偏措施.</summary>
    public IReadOnlyList<Light> ReasonRequiredFor { get; init; } = [Light.Red, Light.Yellow];

    /// <summary>A forecast at or above this percentage of the target requires a reason; null: no rule.</summary>
    public decimal? ForecastReasonAbovePercent { get; init; } = 130m;

    /// <summary>Allowed 偏差原因 codes (empty: any text).</summary>
    public IReadOnlyList<string> DeviationReasons { get; init; } = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"];

    /// <summary>Allowed 完成可能性 answers (empty: any text).</summary>
    public IReadOnlyList<string> Likelihoods { get; init; } = ["确定能", "有可能", "完全不可能"];

    /// <summary>
    /// Year end: an actual that differs from the mid-year forecast by more than this percentage of the forecast needs a
    /// reason (MON-YEAREND-FORECAST); null: no rule.
    /// </summary>
    public decimal? YearEndForecastDeviationPercent { get; init; } = 20m;

    internal static readonly IReadOnlyList<LightBand> DefaultBudget =
        [new(60m, Light.Red), new(80m, Light.Yellow), new(null, Light.Green)];

    internal static readonly IReadOnlyList<LightBand> DefaultIndicator =
        [new(60m, Light.Red), new(80m, Light.Yellow), new(120m, Light.Green), new(null, Light.Blue)];

    internal static readonly IReadOnlyDictionary<QualitativeAnswer, Light> DefaultQualitative = new Dictionary<QualitativeAnswer, Light>
    {
        [QualitativeAnswer.Achieved] = Light.Green,
        [QualitativeAnswer.PartlyAchieved] = Light.Yellow,
        [QualitativeAnswer.NotAchieved] = Light.Red,
    };

    /// <summary>The light of the first band whose bound lies above <paramref name="percent"/>.</summary>
    public static Light Band(IReadOnlyList<LightBand> bands, decimal percent)
    {
        ArgumentNullException.ThrowIfNull(bands);
        foreach (var band in bands)
        {
            if (band.Below is not { } below || percent < below)
            {
                return band.Light;
            }
        }

        return bands[^1].Light;
    }
}

/// <summary>Chinese names of the lights, in one place.</summary>
public static class LightText
{
    public static string Name(this Light light) => light switch
    {
        Light.Green => "绿灯",
        Light.Yellow => "黄灯",
        Light.Red => "红灯",
        Light.Blue => "蓝灯",
        Light.Overdue => "逾期",
        Light.NotAssessed => "无法判断",
    };

    /// <summary>Severity order for "the worst light": overdue and red first, not-assessed last.</summary>
    public static int Severity(this Light light) => light switch
    {
        Light.Overdue => 5,
        Light.Red => 4,
        Light.Yellow => 3,
        Light.Blue => 2,
        Light.Green => 1,
        Light.NotAssessed => 0,
    };

    public static bool TryParse(string? text, out Light light)
    {
        switch (text?.Trim())
        {
            case "绿" or "绿灯" or "green":
                light = Light.Green;
                return true;
            case "黄" or "黄灯" or "yellow":
                light = Light.Yellow;
                return true;
            case "红" or "红灯" or "red":
                light = Light.Red;
                return true;
            case "蓝" or "蓝灯" or "blue":
                light = Light.Blue;
                return true;
            case "逾期" or "overdue":
                light = Light.Overdue;
                return true;
            default:
                light = Light.NotAssessed;
                return false;
        }
    }
}
